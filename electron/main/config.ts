import { defaultSyncServerOrigin } from '../../shared/host/csp';

/** Start-up configuration of the main process: embedded defaults, overridable by environment. */
export interface DeskConfig {
  /** Base URL of the sync server, normalised (always ends with "/"). */
  readonly syncServerUrl: string;
  /** Its origin: the only one the CSP's connect-src allows. */
  readonly syncServerOrigin: string;
  /** Replaces Electron's userData folder (journal, IndexedDB); null keeps the OS default. */
  readonly userDataDir: string | null;
}

export const DEFAULT_SYNC_SERVER_URL = new URL('/', defaultSyncServerOrigin).href;
export const SYNC_SERVER_URL_ENV = 'COUNTER_DESK_SERVER_URL';
/** Used by tests and by support to run a desk on a separate data folder. */
export const DATA_DIR_ENV = 'COUNTER_DESK_DATA_DIR';

export interface ResolvedDeskConfig {
  readonly config: DeskConfig;
  /** Why an override was ignored; logged at start-up so a typo is visible rather than silent. */
  readonly warnings: readonly string[];
}

/** `isAbsolutePath` is the running OS's path.isAbsolute; tests pass path.win32's or path.posix's. */
export function resolveDeskConfig(
  env: Readonly<Record<string, string | undefined>>,
  isAbsolutePath: (candidate: string) => boolean,
): ResolvedDeskConfig {
  const warnings: string[] = [];
  const server = resolveSyncServer(env[SYNC_SERVER_URL_ENV]?.trim(), warnings);
  const userDataDir = resolveDataDir(env[DATA_DIR_ENV]?.trim(), warnings, isAbsolutePath);
  return { config: { ...server, userDataDir }, warnings };
}

function resolveSyncServer(
  override: string | undefined,
  warnings: string[],
): Pick<DeskConfig, 'syncServerUrl' | 'syncServerOrigin'> {
  if (override === undefined || override === '') return describeServer(DEFAULT_SYNC_SERVER_URL);
  const problem = syncServerUrlProblem(override);
  if (problem === null) return describeServer(override);
  warnings.push(`${SYNC_SERVER_URL_ENV} ignored (${problem}); using ${DEFAULT_SYNC_SERVER_URL}`);
  return describeServer(DEFAULT_SYNC_SERVER_URL);
}

function resolveDataDir(
  override: string | undefined,
  warnings: string[],
  isAbsolute: (candidate: string) => boolean,
): string | null {
  if (override === undefined || override === '') return null;
  // Relative paths would depend on the working directory the desk happened to start in.
  if (isAbsolute(override)) return override;
  warnings.push(`${DATA_DIR_ENV} ignored (not an absolute path)`);
  return null;
}

function syncServerUrlProblem(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return 'not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'only http: and https: are allowed';
  if (url.username !== '' || url.password !== '') return 'credentials do not belong in the URL';
  if (url.search !== '' || url.hash !== '') return 'a base URL has no query or fragment';
  return null;
}

function describeServer(validUrl: string): Pick<DeskConfig, 'syncServerUrl' | 'syncServerOrigin'> {
  const url = new URL(validUrl);
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return { syncServerUrl: url.href, syncServerOrigin: url.origin };
}
