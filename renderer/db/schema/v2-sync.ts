import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schema-version';

/*
 * Version 2 (issue 5, sync). The row shapes this upgrade reads and writes, frozen as version 1
 * stored them — never the live types of records.ts.
 */
interface EventRowV1 {
  readonly id: string;
  readonly applicationId: string;
  readonly position: number;
  readonly deviceSeq: number | null;
  readonly event: {
    readonly type: string;
    readonly application?: unknown;
    readonly [field: string]: unknown;
  };
  readonly storedAt: string;
}
interface OutboxRowV1 {
  readonly deviceSeq: number;
  readonly eventId: string;
  readonly applicationId: string;
  readonly event: {
    readonly type: string;
    readonly application?: unknown;
    readonly [field: string]: unknown;
  };
  readonly queuedAt: string;
}
interface ApplicationRowV1 {
  readonly applicationId: string;
  /** The application as accepted (null when refused at intake); v1 content may lack `provider`. */
  readonly content: { readonly provider?: unknown; readonly [field: string]: unknown } | null;
}

/** The snapshot an accepted event of version 1 lacks, or null when the row cannot give it. */
function snapshotFrom(application: ApplicationRowV1 | undefined): Record<string, unknown> | null {
  const content = application?.content ?? null;
  if (content === null || typeof content !== 'object') return null;
  // Without a provider the event cannot be routed; it stays as it is and the server rejects it visibly.
  if (content.provider === undefined || content.provider === null) return null;
  return { ...content };
}

/**
 * Accepted events now carry the immutable application snapshot (`application`, with its provider).
 * Version 1 events lack it: copy it from the application row's `content` into the event and into
 * its outbox row (the push reads either). Rows whose content has no provider are left as they are.
 */
export async function upgradeToV2SyncSnapshots(transaction: Transaction): Promise<void> {
  const events = transaction.table<EventRowV1, string>('events');
  const outbox = transaction.table<OutboxRowV1, number>('outbox');
  const applications = transaction.table<ApplicationRowV1, string>('applications');
  const accepted = (await events.toArray()).filter(
    (row) => row.event.type === 'accepted' && row.event.application === undefined,
  );
  if (accepted.length === 0) return;
  const owners = await applications.bulkGet(accepted.map((row) => row.applicationId));
  const snapshots = new Map<string, Record<string, unknown>>();
  accepted.forEach((row, index) => {
    const snapshot = snapshotFrom(owners[index]);
    if (snapshot !== null) snapshots.set(row.id, snapshot);
  });
  await events.bulkPut(
    accepted.flatMap((row) => {
      const application = snapshots.get(row.id);
      return application === undefined ? [] : [{ ...row, event: { ...row.event, application } }];
    }),
  );
  const queued = (await outbox.toArray()).filter((row) => snapshots.has(row.eventId));
  await outbox.bulkPut(
    queued.map((row) => ({ ...row, event: { ...row.event, application: snapshots.get(row.eventId) } })),
  );
}

export const version2: SchemaVersion = {
  version: 2,
  stores: {
    // deviceSeq: the desk re-pushes from its history after a server restore (outbox rows are
    // deleted on acknowledgement). Pulled events have none (null is not indexed).
    events: 'id, &[applicationId+position], deviceSeq',
    // What the server rejected ('rejection:<eventId>'), events the desk could not apply, and the
    // whole-device hold ('device-hold') after a sequence conflict.
    quarantine: 'id, kind, applicationId',
    // An event pushed again under a new sequence (a rejection retried after the administrator fixed
    // its cause): the history keeps its first sequence, this its later ones, so a re-push after a
    // server restore finds every sequence the desk ever used.
    resent: 'deviceSeq, eventId',
  },
  upgrade: upgradeToV2SyncSnapshots,
};
