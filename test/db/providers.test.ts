import { describe, expect, it } from 'vitest';
import {
  addLocalProvider,
  listProviders,
  matchProviders,
  providerDirectorySavedAt,
  providersFor,
  saveProviderDirectory,
} from '../../renderer/db';
import { iinCheckDigit } from '../../shared/domain';
import { clerkSession, mondayMorning, openTestDesk, TestClock, unwrap, unwrapErr } from './helpers';
import { putRawRows, readRawRows } from './upgrade-harness';

/** A BIN with a fitting check digit, from its first 11 digits (a few first-11s have none). */
function bin(first11: string): string {
  const digit = iinCheckDigit(first11);
  if (digit === null) throw new Error(`No check digit for ${first11}`);
  return `${first11}${digit}`;
}

const school42 = {
  bin: bin('05014000123'),
  name: { kk: '№ 42 мектеп-гимназиясы', ru: 'Школа-гимназия № 42' },
  kind: 'secondary-school' as const,
};
const polytechnic = {
  bin: bin('99034000456'),
  name: { kk: 'Алматы политехникалық колледжі', ru: 'Алматинский политехнический колледж' },
  kind: 'tvet-organisation' as const,
};
const school7 = {
  bin: bin('07124000789'),
  name: { kk: '№ 7 жалпы білім беретін мектеп', ru: 'Общеобразовательная школа № 7' },
  kind: 'secondary-school' as const,
};
const context = { clock: new TestClock(mondayMorning), session: clerkSession };

describe('provider directory', () => {
  it('is empty on a new desk, and the server directory is listed by kind', async () => {
    const { db } = await openTestDesk();
    expect(await listProviders(db)).toEqual([]);
    expect(await providerDirectorySavedAt(db)).toBeNull();

    unwrap(await saveProviderDirectory(db, [school42, polytechnic, school7], mondayMorning));
    expect((await listProviders(db)).map((p) => p.bin)).toEqual([polytechnic.bin, school7.bin, school42.bin]);
    expect((await providersFor(db, 'secondary-school')).map((p) => p.bin)).toEqual([
      school7.bin,
      school42.bin,
    ]);
    expect(await providersFor(db, 'tvet-organisation')).toEqual([
      { ...polytechnic, source: 'server', addedAt: mondayMorning, addedBy: null },
    ]);
    expect(await providerDirectorySavedAt(db)).toBe(mondayMorning);
  });

  it("replaces the server's entries and keeps local ones the server does not list", async () => {
    const { db } = await openTestDesk();
    unwrap(await saveProviderDirectory(db, [school42, school7], mondayMorning));
    const local = unwrap(await addLocalProvider(db, polytechnic, context));
    expect(local).toEqual({ ...polytechnic, source: 'local', addedAt: mondayMorning, addedBy: 'clerk-1' });
    const localSchool = {
      bin: bin('11114000321'),
      name: { kk: 'Жаңа мектеп', ru: 'Новая школа' },
      kind: 'secondary-school' as const,
    };
    unwrap(await addLocalProvider(db, localSchool, context));

    // The next directory drops school 7, lists the polytechnic under its official names.
    const renamed = { ...polytechnic, name: { kk: 'Политехникалық колледж', ru: 'Политехнический колледж' } };
    const later = '2026-03-03T05:00:00.000Z';
    unwrap(await saveProviderDirectory(db, [school42, renamed], later));
    const providers = await listProviders(db);
    expect(providers.map((p) => [p.bin, p.source])).toEqual([
      [localSchool.bin, 'local'],
      [renamed.bin, 'server'],
      [school42.bin, 'server'],
    ]);
    expect(providers.find((p) => p.bin === polytechnic.bin)?.name).toEqual(renamed.name);
    expect(await providerDirectorySavedAt(db)).toBe(later);
  });

  it('refuses an invalid server directory and writes nothing', async () => {
    const { db } = await openTestDesk();
    unwrap(await saveProviderDirectory(db, [school42], mondayMorning));
    const broken = { ...school7, bin: `${school7.bin.slice(0, 11)}${(Number(school7.bin[11]) + 1) % 10}` };
    const error = unwrapErr(await saveProviderDirectory(db, [school7, broken], mondayMorning));
    expect(error).toMatchObject({
      kind: 'invalid-directory',
      issues: [{ path: '1.bin', message: 'validation:bin.checksum' }],
    });
    expect((await listProviders(db)).map((p) => p.bin)).toEqual([school42.bin]);
  });

  it('validates a local provider with translated messages and refuses a BIN already listed', async () => {
    const { db, scenario } = await openTestDesk();
    const invalid = unwrapErr(
      await addLocalProvider(
        db,
        { bin: '12345', name: { kk: ' ', ru: 'Школа' }, kind: 'secondary-school' },
        context,
      ),
    );
    expect(invalid).toEqual({
      kind: 'invalid-provider',
      issues: [
        { path: 'bin', message: 'validation:bin.format' },
        { path: 'name.kk', message: 'validation:common.required' },
      ],
    });
    const checksum = unwrapErr(
      await addLocalProvider(
        db,
        { ...school42, bin: school42.bin.replace(/\d$/, (d) => String((Number(d) + 1) % 10)) },
        context,
      ),
    );
    expect(checksum).toMatchObject({ issues: [{ path: 'bin', message: 'validation:bin.checksum' }] });
    expect(await readRawRows(scenario, 'settings')).toEqual([]);

    unwrap(await saveProviderDirectory(db, [school42], mondayMorning));
    const duplicate = unwrapErr(
      await addLocalProvider(db, { ...school42, kind: 'tvet-organisation' }, context),
    );
    expect(duplicate).toMatchObject({
      kind: 'duplicate-bin',
      message: 'forms:provider.duplicateBin',
      existing: { bin: school42.bin, source: 'server' },
    });
    unwrap(await addLocalProvider(db, { ...school7, bin: ` ${school7.bin} ` }, context));
    const twice = unwrapErr(await addLocalProvider(db, school7, context));
    expect(twice).toMatchObject({ kind: 'duplicate-bin', existing: { source: 'local' } });
    expect((await listProviders(db)).map((p) => p.bin)).toEqual([school7.bin, school42.bin]);
  });

  it('rejects a stored directory that is not valid rather than trusting it', async () => {
    const { db, scenario } = await openTestDesk();
    await putRawRows(scenario, { settings: [{ key: 'providerDirectory', value: { providers: 'junk' } }] });
    await expect(listProviders(db)).rejects.toThrow(/provider directory is not valid/);
  });

  it('matches by BIN prefix or by words of either name', () => {
    const entries = [school42, polytechnic, school7].map((p) => ({
      ...p,
      source: 'server' as const,
      addedAt: mondayMorning,
      addedBy: null,
    }));
    expect(matchProviders(entries, school42.bin).map((p) => p.bin)).toEqual([school42.bin]);
    expect(matchProviders(entries, school42.bin.slice(0, 4)).map((p) => p.bin)).toEqual([school42.bin]);
    expect(matchProviders(entries, 'гимназия 42').map((p) => p.bin)).toEqual([school42.bin]);
    expect(matchProviders(entries, 'КОЛЛЕДЖ').map((p) => p.bin)).toEqual([polytechnic.bin]);
    expect(matchProviders(entries, 'мектеп').map((p) => p.bin)).toEqual([school42.bin, school7.bin]);
    expect(matchProviders(entries, 'лицей')).toEqual([]);
    expect(matchProviders(entries, '  ')).toHaveLength(3);
  });
});
