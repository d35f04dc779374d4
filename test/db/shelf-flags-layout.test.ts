import { describe, expect, it } from 'vitest';
import {
  checkArrivingResult,
  getShelfLayout,
  listOpenShelfFlags,
  resolveShelfFlag,
  saveShelfLayout,
} from '../../renderer/db';
import { defaultShelfLayout } from '../../shared/domain';
import { clerkSession, openTestDesk, TestClock, unwrap, unwrapErr, writeContext } from './helpers';
import { shelfSupervisor } from './shelf-helpers';

const at = '2026-03-11T05:00:00.000Z';

describe('shelf flags', () => {
  it('a supervisor resolves an open flag with a note; a clerk cannot; a note is required', async () => {
    const { db } = await openTestDesk();
    const clerk = writeContext(new TestClock(at));
    const check = unwrap(await checkArrivingResult(db, 'ALM01-03-000777-K', clerk));
    if (check.kind !== 'flagged') throw new Error('expected a flag');
    const flagId = check.flag.id;

    expect(unwrapErr(await resolveShelfFlag(db, { flagId, note: 'Returned to the courier' }, clerk))).toEqual(
      {
        kind: 'not-supervisor',
      },
    );
    const supervisor = writeContext(new TestClock('2026-03-11T07:00:00.000Z'), undefined, shelfSupervisor);
    expect(unwrapErr(await resolveShelfFlag(db, { flagId, note: '   ' }, supervisor))).toEqual({
      kind: 'note-required',
    });
    expect(unwrapErr(await resolveShelfFlag(db, { flagId, note: 'x'.repeat(1001) }, supervisor))).toEqual({
      kind: 'note-too-long',
      limit: 1000,
    });
    expect(await listOpenShelfFlags(db)).toHaveLength(1);

    const resolved = unwrap(
      await resolveShelfFlag(db, { flagId, note: ' Курьерге қайтарылды, акт №12 ' }, supervisor),
    );
    expect(resolved).toMatchObject({
      id: flagId,
      resolvedAt: '2026-03-11T07:00:00.000Z',
      resolvedBy: { userId: 'supervisor-1' },
      note: 'Курьерге қайтарылды, акт №12',
    });
    expect(await listOpenShelfFlags(db)).toEqual([]);
    expect(unwrapErr(await resolveShelfFlag(db, { flagId, note: 'again' }, supervisor))).toEqual({
      kind: 'already-resolved',
      resolvedAt: '2026-03-11T07:00:00.000Z',
    });
    expect(unwrapErr(await resolveShelfFlag(db, { flagId: 'no-such-flag', note: 'n' }, supervisor))).toEqual({
      kind: 'not-found',
      flagId: 'no-such-flag',
    });

    // The same stray item scanned after the flag was resolved opens a new flag.
    const again = unwrap(await checkArrivingResult(db, 'ALM01-03-000777-K', clerk));
    expect(again.kind === 'flagged' && again.flag.id).not.toBe(flagId);
    expect(await listOpenShelfFlags(db)).toHaveLength(1);
  });
});

describe('shelf layout', () => {
  it('only a supervisor changes it; codes are upper-cased, checked and unique', async () => {
    const { db } = await openTestDesk();
    expect(await getShelfLayout(db)).toEqual(defaultShelfLayout);
    const layout = { racks: [{ code: 'b', rows: 3, slotsPerRow: 12 }] };
    expect(unwrapErr(await saveShelfLayout(db, layout, clerkSession))).toEqual({ kind: 'not-supervisor' });
    expect(await getShelfLayout(db)).toEqual(defaultShelfLayout);

    expect(unwrap(await saveShelfLayout(db, layout, shelfSupervisor))).toEqual({
      racks: [{ code: 'B', rows: 3, slotsPerRow: 12 }],
    });
    expect(await getShelfLayout(db)).toEqual({ racks: [{ code: 'B', rows: 3, slotsPerRow: 12 }] });

    const twice = unwrapErr(
      await saveShelfLayout(
        db,
        {
          racks: [
            { code: 'A', rows: 1, slotsPerRow: 1 },
            { code: 'a', rows: 2, slotsPerRow: 2 },
          ],
        },
        shelfSupervisor,
      ),
    );
    expect(twice).toMatchObject({
      kind: 'invalid-setting',
      issues: [{ message: 'forms:shelf.rackCodeTwice' }],
    });
    const bad = unwrapErr(
      await saveShelfLayout(db, { racks: [{ code: 'A-1', rows: 0, slotsPerRow: 201 }] }, shelfSupervisor),
    );
    expect(bad).toMatchObject({ kind: 'invalid-setting' });
    expect(bad.kind === 'invalid-setting' && bad.issues.map((issue) => issue.path)).toEqual([
      'racks.0.code',
      'racks.0.rows',
      'racks.0.slotsPerRow',
    ]);
    expect(await getShelfLayout(db)).toEqual({ racks: [{ code: 'B', rows: 3, slotsPerRow: 12 }] });
  });
});
