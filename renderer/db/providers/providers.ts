import { z } from 'zod';
import { err, providerKinds, type Instant, type ProviderKind, type Result } from '../../../shared/domain';
import { binSchema, instantSchema, requiredText, validationMessages as m } from '../../../shared/schemas';
import { directoryProviderSchema, type DirectoryProvider } from '../../../shared/sync/messages';
import { nowFrom, type Clock, type DeskSession } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';

/**
 * The provider directory: the schools and colleges applications are addressed to. The sync server
 * hands it to the desk; a desk that has not had it yet (first run, a mobile clerk offline) adds
 * the provider the applicant names itself. Stored as one row of the settings table.
 */
export const providerDirectoryKey = 'providerDirectory';

/** A provider's kind is the catalogue's providerKind: a service goes to the providers of its kind. */
export const directoryKinds = providerKinds;
export type DirectoryKind = ProviderKind;

export const providerMessages = {
  duplicateBin: 'forms:provider.duplicateBin',
} as const;

const storedProviderSchema = z.object({
  bin: binSchema,
  name: z.object({ kk: requiredText(300), ru: requiredText(300) }),
  kind: z.enum(directoryKinds),
  /** 'server': from the sync server's directory; 'local': added at this desk. */
  source: z.enum(['server', 'local']),
  addedAt: instantSchema,
  /** The user who added a local entry (null for the server's). */
  addedBy: z.string().nullable(),
});
export type DirectoryEntry = z.output<typeof storedProviderSchema>;

const storedDirectorySchema = z.object({
  providers: z.array(storedProviderSchema),
  /** When the server's directory was last saved (null: never). */
  serverAt: instantSchema.nullable(),
});
type StoredDirectory = z.output<typeof storedDirectorySchema>;

const emptyDirectory: StoredDirectory = { providers: [], serverAt: null };

/** A provider the clerk enters: its BIN and its names in both languages. */
export const newProviderSchema = z.object({
  bin: binSchema,
  name: z.object({ kk: requiredText(300), ru: requiredText(300) }),
  kind: z.enum(directoryKinds, { error: m.common.choice }),
});
export type NewProvider = z.input<typeof newProviderSchema>;

export type AddLocalProviderError =
  | { readonly kind: 'invalid-provider'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'duplicate-bin'; readonly existing: DirectoryEntry; readonly message: string }
  | StorageError;

export type SaveProviderDirectoryError =
  { readonly kind: 'invalid-directory'; readonly issues: readonly ValidationIssue[] } | StorageError;

function parseStored(value: unknown): StoredDirectory {
  if (value === undefined) return emptyDirectory;
  const parsed = storedDirectorySchema.safeParse(value);
  if (!parsed.success)
    throw new TypeError(`The stored provider directory is not valid: ${parsed.error.message}`);
  return parsed.data;
}

const byName = (a: DirectoryEntry, b: DirectoryEntry) =>
  a.name.kk.localeCompare(b.name.kk, 'kk', { numeric: true }) || a.bin.localeCompare(b.bin);

/** Every provider, server-sourced and local, by Kazakh name. */
export async function listProviders(db: DeskDatabase): Promise<DirectoryEntry[]> {
  const row = await dexieOf(db).settings.get(providerDirectoryKey);
  return [...parseStored(row?.value).providers].sort(byName);
}

/** The providers of one kind (schools or colleges). */
export async function providersFor(db: DeskDatabase, kind: DirectoryKind): Promise<DirectoryEntry[]> {
  return (await listProviders(db)).filter((provider) => provider.kind === kind);
}

/** When the server's directory was last saved here (null: never — the desk relies on local entries). */
export async function providerDirectorySavedAt(db: DeskDatabase): Promise<Instant | null> {
  const row = await dexieOf(db).settings.get(providerDirectoryKey);
  return parseStored(row?.value).serverAt;
}

/**
 * The server's directory replaces every server-sourced entry; a local entry stays while the server
 * does not list its BIN (once it does, the server's names win).
 */
export async function saveProviderDirectory(
  db: DeskDatabase,
  providers: readonly DirectoryProvider[],
  at: Instant,
): Promise<Result<readonly DirectoryEntry[], SaveProviderDirectoryError>> {
  const parsed = z.array(directoryProviderSchema).safeParse(providers);
  if (!parsed.success) return err({ kind: 'invalid-directory', issues: validationIssues(parsed.error) });
  const parsedAt = instantSchema.safeParse(at);
  if (!parsedAt.success) return err({ kind: 'invalid-directory', issues: validationIssues(parsedAt.error) });
  const fromServer = new Map<string, DirectoryEntry>();
  for (const provider of parsed.data) {
    fromServer.set(provider.bin, {
      bin: provider.bin,
      name: { kk: provider.name.kk, ru: provider.name.ru },
      kind: provider.kind,
      source: 'server',
      addedAt: parsedAt.data,
      addedBy: null,
    });
  }
  return writeTransaction(dexieOf(db), ['settings'], async (tables) => {
    const stored = parseStored((await tables.settings.get(providerDirectoryKey))?.value);
    const kept = stored.providers.filter((p) => p.source === 'local' && !fromServer.has(p.bin));
    const next: StoredDirectory = { providers: [...fromServer.values(), ...kept], serverAt: parsedAt.data };
    await tables.settings.put({ key: providerDirectoryKey, value: next });
    return [...next.providers].sort(byName);
  });
}

/** Adds a provider the server has not listed (yet); a BIN already in the directory is refused. */
export async function addLocalProvider(
  db: DeskDatabase,
  input: NewProvider,
  context: { readonly clock: Clock; readonly session: DeskSession },
): Promise<Result<DirectoryEntry, AddLocalProviderError>> {
  const parsed = newProviderSchema.safeParse(input);
  if (!parsed.success) return err({ kind: 'invalid-provider', issues: validationIssues(parsed.error) });
  const entry: DirectoryEntry = {
    ...parsed.data,
    source: 'local',
    addedAt: nowFrom(context.clock),
    addedBy: context.session.user.id,
  };
  return writeTransaction<DirectoryEntry, AddLocalProviderError>(
    dexieOf(db),
    ['settings'],
    async (tables, abort) => {
      const stored = parseStored((await tables.settings.get(providerDirectoryKey))?.value);
      const existing = stored.providers.find((p) => p.bin === entry.bin);
      if (existing !== undefined)
        abort({ kind: 'duplicate-bin', existing, message: providerMessages.duplicateBin });
      await tables.settings.put({
        key: providerDirectoryKey,
        value: { ...stored, providers: [...stored.providers, entry] },
      });
      return entry;
    },
  );
}

/** Type-ahead: providers whose BIN starts with the digits typed, or whose names contain every word. */
export function matchProviders(providers: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const normalised = normaliseName(query);
  if (normalised === '') return [...providers];
  const digits = query.replace(/\s+/g, '');
  if (/^\d+$/.test(digits)) return providers.filter((p) => p.bin.startsWith(digits));
  const words = normalised.split(' ');
  return providers.filter((p) => {
    const names = `${normaliseName(p.name.kk)} ${normaliseName(p.name.ru)}`;
    return words.every((word) => names.includes(word));
  });
}

function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[«»"'.,№#-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
