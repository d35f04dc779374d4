import { describe, expect, it } from 'vitest';
import { getApplication } from '../../renderer/db';
import { currentSchemaVersion, schemaVersions } from '../../renderer/db/schema/versions';
import { uuid } from './helpers';
import {
  idbVersionOf,
  newUpgradeScenario,
  openCurrent,
  readRawShape,
  seedAtVersion,
} from './upgrade-harness';

describe('schema version 3 (the storage shelf)', () => {
  it('adds the shelf tables and indexes, and version 2 rows read on', async () => {
    const step = schemaVersions[2];
    expect(step?.version).toBe(3);
    // New tables and indexes only: no rows to change.
    expect(step?.upgrade).toBeNull();

    const scenario = newUpgradeScenario();
    const onShelf = uuid('a', 1);
    const elsewhere = uuid('a', 2);
    // Rows as version 2 stored them (only the fields the indexes and this test read).
    const row = (
      applicationId: string,
      status: string,
      shelfSlot: string | null,
      storageLastDay: string | null,
    ) => ({
      applicationId,
      status,
      shelfSlot,
      storageLastDay,
      receiptNumber: null,
      searchIins: [],
      searchNames: [],
      syncState: 'synced',
      dueDate: '2026-03-20',
      intakeAt: '2026-03-02T05:00:00.000Z',
      serviceId: 'duplicate-secondary',
    });
    await seedAtVersion(scenario, 2, {
      applications: [
        row(onShelf, 'on-shelf', 'A-1-03', '2026-04-20'),
        row(elsewhere, 'issued', null, '2026-04-01'),
      ],
    });

    const db = await openCurrent(scenario);
    expect((await getApplication(db, onShelf))?.record).toMatchObject({
      status: 'on-shelf',
      shelfSlot: 'A-1-03',
    });
    db.close();

    const shape = await readRawShape(scenario);
    expect(shape.idbVersion).toBe(idbVersionOf(currentSchemaVersion));
    const applicationIndexes = Object.values(shape.stores.applications?.indexes ?? {});
    expect(applicationIndexes).toContain('shelfSlot');
    expect(applicationIndexes).toContain('[status+storageLastDay]');
    expect(shape.stores.returnBatches?.keyPath).toBe('id');
    expect(Object.values(shape.stores.returnBatches?.indexes ?? {}).sort()).toEqual([
      'createdAt',
      'providerBin',
    ]);
    expect(Object.values(shape.stores.shelfFlags?.indexes ?? {}).sort()).toEqual([
      'kind',
      'raisedAt',
      'receiptNumber',
    ]);
    expect(shape.stores.stockTakes?.keyPath).toBe('id');
    expect(shape.stores.stockTakeScans?.keyPath).toEqual(['stockTakeId', 'receiptNumber']);
  });
});
