import { describe, expect, it } from 'vitest';
import { getApplication } from '../../renderer/db';
import { upgradeToV2SyncSnapshots } from '../../renderer/db/schema/v2-sync';
import { schemaVersions, currentSchemaVersion } from '../../renderer/db/schema/versions';
import { duplicateApplication, uuid } from './helpers';
import {
  idbVersionOf,
  newUpgradeScenario,
  openCurrent,
  readRawRows,
  readRawShape,
  seedAtVersion,
} from './upgrade-harness';

/** Rows as version 1 stored them (raw: no live record types). */
function v1Rows(applicationId: string, content: unknown, firstSeq: number) {
  const drafted = {
    id: uuid('e', firstSeq),
    applicationId,
    type: 'drafted',
    serviceId: 'duplicate-secondary',
  };
  const accepted = {
    id: uuid('e', firstSeq + 1),
    applicationId,
    type: 'accepted',
    receiptNumber: 'ALM01-03-000001',
  };
  return {
    application: {
      applicationId,
      status: 'accepted',
      content,
      searchIins: [],
      searchNames: [],
      syncState: 'pending',
    },
    events: [
      { id: drafted.id, applicationId, position: 0, deviceSeq: firstSeq, event: drafted, storedAt: 'x' },
      {
        id: accepted.id,
        applicationId,
        position: 1,
        deviceSeq: firstSeq + 1,
        event: accepted,
        storedAt: 'x',
      },
    ],
    outbox: [
      { deviceSeq: firstSeq, eventId: drafted.id, applicationId, event: drafted, queuedAt: 'x' },
      { deviceSeq: firstSeq + 1, eventId: accepted.id, applicationId, event: accepted, queuedAt: 'x' },
    ],
  };
}

describe('version 2 (sync)', () => {
  it('has a named upgrade and adds the deviceSeq index on events, the quarantine and resent tables', async () => {
    const step = schemaVersions[1];
    expect(step?.version).toBe(2);
    expect(step?.upgrade).toBe(upgradeToV2SyncSnapshots);
    const scenario = newUpgradeScenario();
    await seedAtVersion(scenario, 1);
    (await openCurrent(scenario)).close();
    const shape = await readRawShape(scenario);
    expect(shape.idbVersion).toBe(idbVersionOf(currentSchemaVersion));
    expect(Object.values(shape.stores.events?.indexes ?? {}).sort()).toEqual([
      '&[applicationId+position]',
      'deviceSeq',
    ]);
    expect(shape.stores.quarantine).toEqual({
      keyPath: 'id',
      autoIncrement: false,
      indexes: { applicationId: 'applicationId', kind: 'kind' },
    });
    expect(shape.stores.resent).toEqual({
      keyPath: 'deviceSeq',
      autoIncrement: false,
      indexes: { eventId: 'eventId' },
    });
  });

  it('copies the accepted snapshot from the application row into the event and its outbox row', async () => {
    const scenario = newUpgradeScenario();
    const withProvider = uuid('a', 1);
    const content = duplicateApplication(withProvider);
    const { provider: _provider, ...contentWithoutProvider } = duplicateApplication(uuid('a', 2));
    const first = v1Rows(withProvider, content, 1);
    const second = v1Rows(uuid('a', 2), contentWithoutProvider, 3);
    await seedAtVersion(scenario, 1, {
      applications: [first.application, second.application],
      events: [...first.events, ...second.events],
      // Seq 2 was acknowledged already (deleted): only the history holds it.
      outbox: [first.outbox[0], ...second.outbox],
    });

    const db = await openCurrent(scenario);
    const history = (await getApplication(db, withProvider))?.history ?? [];
    db.close();

    const accepted = history.find((event) => event.type === 'accepted');
    expect(accepted).toMatchObject({ type: 'accepted', application: content });
    expect(history.find((event) => event.type === 'drafted')).not.toHaveProperty('application');
    const events = (await readRawRows(scenario, 'events')) as {
      id: string;
      event: Record<string, unknown>;
    }[];
    const outbox = (await readRawRows(scenario, 'outbox')) as {
      deviceSeq: number;
      event: Record<string, unknown>;
    }[];
    // Without a provider the event stays as it was (the server will reject it visibly).
    const secondAccepted = events.find((row) => row.id === uuid('e', 4));
    expect(secondAccepted?.event).toEqual(second.events[1]?.event);
    expect(outbox.map((row) => row.deviceSeq)).toEqual([1, 3, 4]);
    expect(outbox.find((row) => row.deviceSeq === 4)?.event).not.toHaveProperty('application');
    expect(outbox.find((row) => row.deviceSeq === 1)?.event).not.toHaveProperty('application');
  });

  it('copies the snapshot into a queued accepted event too, and leaves a refused application alone', async () => {
    const scenario = newUpgradeScenario();
    const id = uuid('a', 5);
    const content = duplicateApplication(id);
    const rows = v1Rows(id, content, 1);
    const refusedId = uuid('a', 6);
    const refused = { id: uuid('e', 9), applicationId: refusedId, type: 'refused-at-intake' };
    await seedAtVersion(scenario, 1, {
      applications: [
        rows.application,
        { applicationId: refusedId, content: null, searchIins: [], searchNames: [] },
      ],
      events: [
        ...rows.events,
        { id: refused.id, applicationId: refusedId, position: 1, deviceSeq: 3, event: refused },
      ],
      outbox: rows.outbox,
    });
    (await openCurrent(scenario)).close();
    const outbox = (await readRawRows(scenario, 'outbox')) as {
      deviceSeq: number;
      event: Record<string, unknown>;
    }[];
    expect(outbox.find((row) => row.deviceSeq === 2)?.event.application).toEqual(content);
    const events = (await readRawRows(scenario, 'events')) as {
      id: string;
      event: Record<string, unknown>;
    }[];
    expect(events.find((row) => row.id === refused.id)?.event).toEqual(refused);
  });
});
