import { describe, expect, it } from 'vitest';
import { centreProfileOf, getSetting, setSetting } from '../../renderer/db';
import { almatyTimeZone } from '../../shared/domain';
import { almatyCentreSettings, openTestDesk, unwrap, unwrapErr } from './helpers';
import { putRawRows, readRawRows } from './upgrade-harness';

describe('settings', () => {
  it('have typed values, with a default where the desk needs one', async () => {
    const { db } = await openTestDesk();
    expect(await getSetting(db, 'idleLockMinutes')).toBe(5);
    expect(await getSetting(db, 'language')).toBeUndefined();
    expect(await getSetting(db, 'centre')).toBeUndefined();

    unwrap(await setSetting(db, 'idleLockMinutes', 15));
    unwrap(await setSetting(db, 'language', 'kk'));
    unwrap(await setSetting(db, 'centre', almatyCentreSettings));
    unwrap(
      await setSetting(db, 'workstation', { code: '03', deviceId: 'd0000000-0000-4000-8000-000000000001' }),
    );

    expect(await getSetting(db, 'idleLockMinutes')).toBe(15);
    expect(await getSetting(db, 'language')).toBe('kk');
    const centre = await getSetting(db, 'centre');
    expect(centre).toEqual(almatyCentreSettings);
    expect(centre && centreProfileOf(centre)).toEqual({
      centreCode: 'ALM01',
      timeZone: almatyTimeZone,
      hours: almatyCentreSettings.hours,
      week: 'five-day',
    });
    expect(await getSetting(db, 'workstation')).toEqual({
      code: '03',
      deviceId: 'd0000000-0000-4000-8000-000000000001',
    });
  });

  it('are validated before they are written', async () => {
    const { db, scenario } = await openTestDesk();
    expect(unwrapErr(await setSetting(db, 'idleLockMinutes', 0))).toMatchObject({
      kind: 'invalid-setting',
      issues: [{ path: '' }],
    });
    const lateOpening = {
      ...almatyCentreSettings,
      code: 'alm',
      hours: {
        ...almatyCentreSettings.hours,
        weekly: { ...almatyCentreSettings.hours.weekly, mon: { open: '18:00', close: '09:00' } },
      },
    };
    expect(unwrapErr(await setSetting(db, 'centre', lateOpening))).toEqual({
      kind: 'invalid-setting',
      issues: [
        { path: 'code', message: 'validation:code.centre' },
        { path: 'hours.weekly.mon.close', message: 'forms:hours.order' },
      ],
    });
    expect(await readRawRows(scenario, 'settings')).toEqual([]);
  });

  it('a stored value that no longer fits its schema is a bug, reported loudly', async () => {
    const { db, scenario } = await openTestDesk();
    await putRawRows(scenario, { settings: [{ key: 'idleLockMinutes', value: 'five' }] });
    await expect(getSetting(db, 'idleLockMinutes')).rejects.toThrow(TypeError);
  });
});
