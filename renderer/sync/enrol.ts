import { epochMillisOf, formatInstant, type Instant } from '../../shared/domain';
import { enrolRequestSchema, enrolResponseSchema, syncPaths, type SyncErrorCode } from '../../shared/sync';
import { saveSyncEnrolment, type Clock, type DeskDatabase, type SyncEnrolment } from '../db';
import { callServer, joinUrl, type FetchLike, type SyncTimers } from './sync-client';
import { plainTokenKeeper, type TokenKeeper } from './token-keeper';

export interface EnrolInput {
  readonly serverUrl: string;
  readonly code: string;
  readonly centreCode: string;
  readonly workstationCode: string;
  readonly deskLabel: string;
  /** The supervisor enrolling the desk (user id). */
  readonly enrolledBy: string;
  /**
   * The sync server this desk was set up with (AppInfo.syncServerUrl): the Content-Security-Policy
   * lets the desk reach that origin only, so an address elsewhere is refused here, with a reason,
   * rather than failing later as a blocked request.
   */
  readonly allowedServerUrl?: string;
}

export interface EnrolDeps {
  readonly db: DeskDatabase;
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly timers: SyncTimers;
  readonly timeoutMs?: number;
  /** Seals the token with the OS keychain where the host has one; default: kept as it came. */
  readonly tokens?: TokenKeeper;
}

/** Why enrolment failed: a server error code ('sync:errors.<code>'), or what the desk found. */
export type EnrolError =
  | { readonly kind: 'invalid-input'; readonly fields: readonly string[] }
  /** The address is on another server than the one this desk may reach (see allowedServerUrl). */
  | { readonly kind: 'other-server'; readonly allowedOrigin: string }
  | {
      readonly kind: 'server';
      readonly code: SyncErrorCode | 'unexpected-response' | 'network' | 'storage-failed';
    };

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function originOf(text: string | undefined): string | null {
  if (text === undefined || !isHttpUrl(text)) return null;
  return new URL(text).origin;
}

/**
 * Enrols this desk with the one-time code an administrator issued for its centre and
 * workstation: POST /v1/enrol, then the device id and token are stored (syncState). The engine
 * starts syncing on its next wake-up.
 */
export async function enrolDesk(
  deps: EnrolDeps,
  input: EnrolInput,
): Promise<{ ok: true; value: SyncEnrolment } | { ok: false; error: EnrolError }> {
  const request = enrolRequestSchema.safeParse({
    code: input.code,
    centreCode: input.centreCode,
    workstationCode: input.workstationCode,
    deskLabel: input.deskLabel,
  });
  const fields = [
    ...(isHttpUrl(input.serverUrl) ? [] : ['serverUrl']),
    ...(request.success ? [] : request.error.issues.map((issue) => String(issue.path[0] ?? ''))),
  ];
  if (!request.success || fields.length > 0) return { ok: false, error: { kind: 'invalid-input', fields } };
  const allowedOrigin = originOf(input.allowedServerUrl);
  if (allowedOrigin !== null && originOf(input.serverUrl) !== allowedOrigin)
    return { ok: false, error: { kind: 'other-server', allowedOrigin } };
  const answer = await callServer({
    fetch: deps.fetch,
    timers: deps.timers,
    nowMs: () => epochMillisOf(deps.clock.now()),
    timeoutMs: deps.timeoutMs ?? 30_000,
    method: 'POST',
    url: joinUrl(input.serverUrl, syncPaths.enrol),
    token: null,
    body: request.data,
    schema: enrolResponseSchema,
  });
  switch (answer.kind) {
    case 'network':
      return { ok: false, error: { kind: 'server', code: 'network' } };
    case 'unreadable':
      return { ok: false, error: { kind: 'server', code: 'unexpected-response' } };
    case 'refused':
      return { ok: false, error: { kind: 'server', code: answer.error?.error ?? 'unexpected-response' } };
    case 'ok':
      break;
  }
  const at: Instant = formatInstant(epochMillisOf(deps.clock.now()));
  const token = await (deps.tokens ?? plainTokenKeeper).protect(answer.value.deviceToken);
  const saved = await saveSyncEnrolment(
    deps.db,
    {
      serverUrl: new URL(input.serverUrl).href,
      deviceId: answer.value.deviceId,
      deviceToken: token.stored,
      tokenProtection: token.protection,
      centreCode: answer.value.centreCode,
      workstationCode: answer.value.workstationCode,
      deskLabel: request.data.deskLabel,
      enrolledAt: at,
      enrolledBy: input.enrolledBy,
    },
    answer.value.serverEpoch,
  );
  if (!saved.ok) return { ok: false, error: { kind: 'server', code: 'storage-failed' } };
  return saved;
}
