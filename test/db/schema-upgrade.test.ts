import { describe, expect, it } from 'vitest';
import { IDBKeyRange } from 'fake-indexeddb';
import {
  currentSchemaVersion,
  getApplication,
  getSetting,
  listDrafts,
  openDeskDatabase,
} from '../../renderer/db';
import { schemaVersions } from '../../renderer/db/schema/versions';
import {
  createRawDatabase,
  idbVersionOf,
  newUpgradeScenario,
  openCurrent,
  openRaw,
  readRawRows,
  readRawShape,
  seedAtVersion,
} from './upgrade-harness';

describe('schema versions', () => {
  it('are declared once, oldest first; every upgrade function is named for its step', () => {
    expect(schemaVersions.map((step) => step.version)).toEqual(schemaVersions.map((_, index) => index + 1));
    expect(currentSchemaVersion).toBe(schemaVersions.length);
    // A step that only adds tables or indexes has no rows to change (upgrade: null); one that does
    // change rows names its function after itself, and has its own test from the version before.
    for (const step of schemaVersions.slice(1)) {
      if (step.upgrade === null) continue;
      expect(step.upgrade.name, `version ${step.version}`).toMatch(
        new RegExp(`^upgradeToV${step.version}[A-Z]`),
      );
    }
    expect(schemaVersions[1]?.upgrade).not.toBeNull();
  });

  it('version 1 creates exactly the tables and indexes of ARCHITECTURE.md', async () => {
    const scenario = newUpgradeScenario();
    await seedAtVersion(scenario, 1);
    const shape = await readRawShape(scenario);
    expect(shape.idbVersion).toBe(idbVersionOf(1));
    const summary = Object.fromEntries(
      Object.entries(shape.stores).map(([name, store]) => [
        name,
        { key: store.keyPath, auto: store.autoIncrement, indexes: Object.values(store.indexes).sort() },
      ]),
    );
    expect(summary).toEqual({
      applications: {
        key: 'applicationId',
        auto: false,
        indexes: [
          '&receiptNumber',
          '*searchIins',
          '*searchNames',
          '[status+dueDate]',
          'dueDate',
          'intakeAt',
          'serviceId',
          'status',
          'syncState',
        ],
      },
      events: { key: 'id', auto: false, indexes: ['&[applicationId+position]'] },
      outbox: { key: 'deviceSeq', auto: false, indexes: ['applicationId'] },
      attachments: { key: 'sha256', auto: false, indexes: ['applicationId', 'uploadState'] },
      users: { key: 'id', auto: false, indexes: ['&login', 'role'] },
      settings: { key: 'key', auto: false, indexes: [] },
      calendar: { key: 'key', auto: false, indexes: ['kind'] },
      syncState: { key: 'key', auto: false, indexes: [] },
      drafts: { key: 'id', auto: false, indexes: ['updatedAt'] },
      counters: { key: 'name', auto: false, indexes: [] },
    });
  });
});

describe('upgrade scaffold', () => {
  it('opens over an empty "version 0" database that plain IndexedDB created', async () => {
    const scenario = newUpgradeScenario();
    await createRawDatabase(scenario, 1, () => {});
    const db = await openCurrent(scenario);
    expect(db.schemaVersion).toBe(currentSchemaVersion);
    expect(await listDrafts(db)).toEqual([]);
    db.close();
    expect((await readRawShape(scenario)).idbVersion).toBe(idbVersionOf(currentSchemaVersion));
  });

  it('keeps the rows of a "version 0" store whose key matches a table of version 1', async () => {
    const scenario = newUpgradeScenario();
    // A prototype kept its settings in a hand-made store with the same key path.
    await createRawDatabase(scenario, 1, (raw) => {
      const settings = raw.createObjectStore('settings', { keyPath: 'key' });
      settings.put({ key: 'language', value: 'ru' });
      settings.put({ key: 'idleLockMinutes', value: 10 });
    });
    const db = await openCurrent(scenario);
    expect(await getSetting(db, 'language')).toBe('ru');
    expect(await getSetting(db, 'idleLockMinutes')).toBe(10);
    db.close();
    expect(await readRawRows(scenario, 'settings')).toHaveLength(2);
  });

  it('drops a store no version declares — a retired table must be copied in its upgrade first', async () => {
    const scenario = newUpgradeScenario();
    await createRawDatabase(scenario, 1, (raw) => {
      raw.createObjectStore('legacyNotes', { keyPath: 'id' }).put({ id: 1, text: 'kept nowhere' });
    });
    (await openCurrent(scenario)).close();
    expect(Object.keys((await readRawShape(scenario)).stores)).not.toContain('legacyNotes');
  });

  it('seeds version 1 with raw rows and reads them back through the repositories', async () => {
    const scenario = newUpgradeScenario();
    const applicationId = 'a0000000-0000-4000-8000-000000000001';
    await seedAtVersion(scenario, 1, {
      applications: [{ applicationId, status: 'accepted', searchIins: [], searchNames: [] }],
      events: [
        { id: 'e2', applicationId, position: 1, deviceSeq: 2, event: { id: 'e2', type: 'accepted' } },
        { id: 'e1', applicationId, position: 0, deviceSeq: 1, event: { id: 'e1', type: 'drafted' } },
      ],
    });
    const db = await openCurrent(scenario);
    const found = await getApplication(db, applicationId);
    expect(found?.record.status).toBe('accepted');
    expect(found?.history.map((event) => event.id)).toEqual(['e1', 'e2']);
    db.close();
  });
});

describe('a database from a newer build', () => {
  it('is refused rather than written with older rows (the app was downgraded)', async () => {
    const scenario = newUpgradeScenario();
    await seedAtVersion(scenario, currentSchemaVersion);
    const newer = idbVersionOf(currentSchemaVersion + 1);
    (
      await openRaw(scenario, newer, (raw) => raw.createObjectStore('shelfSlots', { keyPath: 'slot' }))
    ).close();

    const opened = await openDeskDatabase({ name: scenario.name, indexedDB: scenario.factory, IDBKeyRange });

    expect(opened).toEqual({
      ok: false,
      error: {
        kind: 'newer-database',
        installedVersion: currentSchemaVersion + 1,
        knownVersion: currentSchemaVersion,
      },
    });
    expect((await readRawShape(scenario)).idbVersion).toBe(newer);
  });
});
