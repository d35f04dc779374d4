import { err, ok, type Result } from '../../../shared/domain';
import type { Table } from 'dexie';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';
import type { SettingRecord } from '../records';
import {
  settingDefaults,
  settingSchemas,
  type SettingKey,
  type SettingValue,
  type SettingValues,
} from './settings-schemas';

export type SetSettingError =
  { readonly kind: 'invalid-setting'; readonly issues: readonly ValidationIssue[] } | StorageError;

function hasDefault(key: SettingKey): key is keyof typeof settingDefaults {
  return key in settingDefaults;
}

/** Reads a setting from a transaction's settings table (or the database's). Stored data is re-checked: a bad row is a bug, so it throws. */
export async function readSetting<K extends SettingKey>(
  settings: Table<SettingRecord, string>,
  key: K,
): Promise<SettingValue<K>> {
  const row = await settings.get(key);
  if (row === undefined) {
    return (hasDefault(key) ? settingDefaults[key] : undefined) as SettingValue<K>;
  }
  const parsed = settingSchemas[key].safeParse(row.value);
  if (!parsed.success)
    throw new TypeError(`The stored setting "${key}" is not valid: ${parsed.error.message}`);
  return parsed.data as SettingValue<K>;
}

export function getSetting<K extends SettingKey>(db: DeskDatabase, key: K): Promise<SettingValue<K>> {
  return readSetting(dexieOf(db).settings, key);
}

/** Validates `value` (with the setting's schema) and stores the parsed value; nothing is written when invalid. */
export async function setSetting<K extends SettingKey>(
  db: DeskDatabase,
  key: K,
  value: SettingValues[K],
): Promise<Result<SettingValues[K], SetSettingError>> {
  const parsed = settingSchemas[key].safeParse(value);
  if (!parsed.success) return err({ kind: 'invalid-setting', issues: validationIssues(parsed.error) });
  const written = await writeTransaction(dexieOf(db), ['settings'], (tables) =>
    tables.settings.put({ key, value: parsed.data }),
  );
  return written.ok ? ok(parsed.data as SettingValues[K]) : written;
}
