import {
  applyEvent,
  ruleOf,
  startApplication,
  type ApplicationEvent,
  type ApplicationState,
  type LifecycleError,
} from '../../shared/domain';
import { applicationEventSchema, isUnchangedByEventSchema } from '../../shared/schemas';
import type { EventRejectionReason } from '../../shared/sync';
import { stateOf, type ApplicationRow } from '../store/applications';
import type { LogWriter } from './log-writer';

export interface Rejection {
  readonly reason: EventRejectionReason;
  readonly detail: string;
}

/** An event that follows from its application's history, with the state it leads to. */
export interface CheckedEvent {
  readonly event: ApplicationEvent;
  readonly previous: ApplicationRow | null;
  readonly state: ApplicationState;
  readonly centreCode: string;
  readonly providerBin: string | null;
}

export type CheckResult =
  { readonly ok: true; readonly value: CheckedEvent } | { readonly ok: false; readonly rejection: Rejection };

const reject = (reason: EventRejectionReason, detail: string): CheckResult => ({
  ok: false,
  rejection: { reason, detail },
});

function describeLifecycleError(error: LifecycleError): string {
  switch (error.kind) {
    case 'illegal-transition':
      return `'${error.eventType}' cannot follow status '${error.from}'`;
    case 'wrong-side':
      return `'${error.eventType}' is recorded by the ${error.expected}, not the ${error.actual}`;
    case 'wrong-application':
      return `event belongs to application ${error.actual}, not ${error.expected}`;
    case 'duplicate-event':
      return `event ${error.eventId} is already in the history`;
    case 'no-events':
      return 'no events';
  }
}

/** Parses and checks the life cycle of an event against the server's history of its application. */
async function checkLifecycle(
  log: LogWriter,
  event: ApplicationEvent,
  centreCode: string | null,
): Promise<CheckResult> {
  const previous = await log.application(event.applicationId);
  if (previous !== null && centreCode !== null && previous.centre_code !== centreCode) {
    return reject('unknown-application', `application ${event.applicationId} belongs to another centre`);
  }
  let state;
  if (event.type === 'drafted') {
    if (previous !== null)
      return reject('illegal-transition', `application ${event.applicationId} was already drafted`);
    state = startApplication(event);
  } else {
    if (previous === null)
      return reject('unknown-application', `application ${event.applicationId} is not on the server`);
    state = applyEvent(stateOf(previous), event);
  }
  if (!state.ok) return reject('illegal-transition', describeLifecycleError(state.error));
  let providerBin = previous?.provider_bin ?? null;
  if (event.type === 'accepted') {
    providerBin = event.application.provider.bin;
    if (!(await log.providerKnown(providerBin))) {
      return reject('unknown-provider', `provider BIN ${providerBin} is not in the server's directory`);
    }
  }
  return {
    ok: true,
    value: {
      event,
      previous,
      state: state.value,
      centreCode: previous?.centre_code ?? centreCode ?? '',
      providerBin,
    },
  };
}

/** A desk's event after the shared schema: the parsed event, or why it is invalid. */
export type ParsedDeskEvent =
  | { readonly ok: true; readonly event: ApplicationEvent }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * The schema half of checking a desk's event. It needs no database, so a push runs it before its
 * write transaction (shorter time holding the one writer lock); `checkDeskEvent` does the rest.
 */
export function parseDeskEvent(wire: unknown): ParsedDeskEvent {
  // Most events pass as they are: taken without zod's copy (see isUnchangedByEventSchema).
  if (isUnchangedByEventSchema(wire)) return { ok: true, event: wire };
  const parsed = applicationEventSchema.safeParse(wire);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, rejection: { reason: 'invalid-event', detail: detail.slice(0, 2000) } };
  }
  return { ok: true, event: parsed.data as ApplicationEvent };
}

/** A desk's event: valid, desk-side, recorded at the desk's own centre, and following from the history. */
export async function checkDeskEvent(
  log: LogWriter,
  centreCode: string,
  wire: unknown,
  /** `parseDeskEvent(wire)`, when the caller has run it already. */
  parsed: ParsedDeskEvent = parseDeskEvent(wire),
): Promise<CheckResult> {
  if (!parsed.ok) return parsed;
  const { event } = parsed;
  if (event.where.kind !== 'desk' || ruleOf(event.type).side !== 'desk') {
    return reject('illegal-transition', `a desk may not record '${event.type}' (the provider's event)`);
  }
  if (event.where.centreCode !== centreCode) {
    return reject(
      'illegal-transition',
      `event recorded at centre ${event.where.centreCode}, device is enrolled at ${centreCode}`,
    );
  }
  return checkLifecycle(log, event, centreCode);
}

/** A provider's event (console or server): valid, provider-side, for an application routed to this provider. */
export async function checkProviderEvent(
  log: LogWriter,
  providerBin: string,
  wire: unknown,
): Promise<CheckResult> {
  const parsed = applicationEventSchema.safeParse(wire);
  if (!parsed.success)
    return reject('invalid-event', parsed.error.issues.map((issue) => issue.message).join('; '));
  const event = parsed.data as ApplicationEvent;
  if (event.where.kind !== 'provider' || event.where.providerId !== providerBin) {
    return reject('illegal-transition', `event not recorded by provider ${providerBin}`);
  }
  const application = await log.application(event.applicationId);
  if (application === null || application.provider_bin !== providerBin) {
    return reject(
      'unknown-application',
      `application ${event.applicationId} is not routed to provider ${providerBin}`,
    );
  }
  return checkLifecycle(log, event, null);
}
