import { z } from 'zod';
import {
  centreCodeSchema,
  instantSchema,
  requiredText,
  uuidSchema,
  workstationCodeSchema,
  binSchema,
} from '../schemas';
import { providerKinds } from '../domain';
import { eventRejectionReasons, syncErrorCodes, syncLimits } from './protocol';

/** Lower-case hex SHA-256. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

const sequenceSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const cursorSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * An event as it travels: only its envelope is checked here (ids and type), the rest is kept as
 * sent. The server stores every authenticated event with a well-formed envelope and checks the
 * content separately (applicationEventSchema and the life-cycle rules), answering a failure with
 * an 'event-rejected' server event — so one bad event never blocks a desk's queue.
 */
export const wireEventSchema = z.looseObject({
  id: uuidSchema,
  applicationId: uuidSchema,
  type: z.string().min(1).max(64),
});
export type WireEvent = z.output<typeof wireEventSchema>;

// ── enrolment ────────────────────────────────────────────────────────────────────────────────

export const enrolRequestSchema = z.object({
  /** The one-time code the server administrator issued for this centre and workstation. */
  code: z.string().trim().min(6).max(64),
  /** What the desk was set up as: the server checks they match the code. */
  centreCode: centreCodeSchema,
  workstationCode: workstationCodeSchema,
  /** A label for the administrator's device list (e.g. the computer's name). */
  deskLabel: requiredText(100),
});
export type EnrolRequest = z.output<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  deviceId: uuidSchema,
  /** Shown once; the server keeps only its hash. The desk keeps it protected (host keychain). */
  deviceToken: z.string().min(32).max(200),
  centreCode: centreCodeSchema,
  workstationCode: workstationCodeSchema,
  serverEpoch: z.string().min(1).max(64),
  serverTime: instantSchema,
});
export type EnrolResponse = z.output<typeof enrolResponseSchema>;

// ── push ─────────────────────────────────────────────────────────────────────────────────────

export const pushEntrySchema = z.object({
  deviceSeq: sequenceSchema,
  /** SHA-256 of canonicalJson(event). */
  hash: sha256HexSchema,
  event: wireEventSchema,
});
export type PushEntry = z.output<typeof pushEntrySchema>;

export const pushRequestSchema = z
  .object({
    deviceId: uuidSchema,
    serverEpoch: z.string().min(1).max(64),
    events: z.array(pushEntrySchema).min(1).max(syncLimits.maxPushEvents),
  })
  // A page is one consecutive run of sequences: the server stores it in order or not at all.
  .refine(
    (push) => push.events.every((entry, i) => entry.deviceSeq === (push.events[0]?.deviceSeq ?? 0) + i),
    {
      message: 'events must be consecutive deviceSeq values in ascending order',
      path: ['events'],
    },
  );
export type PushRequest = z.output<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({
  /** Every event of this device up to here is stored (including earlier pushes). */
  ackedThroughSeq: cursorSchema,
  serverTime: instantSchema,
  serverEpoch: z.string().min(1).max(64),
});
export type PushResponse = z.output<typeof pushResponseSchema>;

// ── pull ─────────────────────────────────────────────────────────────────────────────────────

export const pullQuerySchema = z.object({
  cursor: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  limit: z.coerce.number().int().min(1).max(syncLimits.maxPullLimit).default(syncLimits.defaultPullLimit),
});
export type PullQuery = z.output<typeof pullQuerySchema>;

/**
 * What a desk pulls, in server order: events of its centre's applications that it did not push
 * itself (the provider's statuses, other workstations' shelf events…), and the server's answers
 * to its own events that could not be acted on.
 */
export const serverEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('application-event'), serverSeq: sequenceSchema, event: wireEventSchema }),
  z.object({
    kind: z.literal('event-rejected'),
    serverSeq: sequenceSchema,
    eventId: uuidSchema,
    applicationId: uuidSchema,
    deviceSeq: sequenceSchema,
    reason: z.enum(eventRejectionReasons),
    /** English, for the quarantine view's details and logs. */
    detail: z.string().max(2000),
    at: instantSchema,
  }),
]);
export type ServerEntry = z.output<typeof serverEntrySchema>;

export const pullResponseSchema = z.object({
  entries: z.array(serverEntrySchema),
  /** The serverSeq to ask from next time (the last entry's, or the request's when empty). */
  cursor: cursorSchema,
  hasMore: z.boolean(),
  serverTime: instantSchema,
  serverEpoch: z.string().min(1).max(64),
});
export type PullResponse = z.output<typeof pullResponseSchema>;

// ── directory ────────────────────────────────────────────────────────────────────────────────

export const directoryProviderSchema = z.object({
  bin: binSchema,
  name: z.object({ kk: requiredText(300), ru: requiredText(300) }),
  /** Which services it provides: the catalogue's providerKind (a secondary school, a college…). */
  kind: z.enum(providerKinds),
});
export type DirectoryProvider = z.output<typeof directoryProviderSchema>;

export const directoryResponseSchema = z.object({
  providers: z.array(directoryProviderSchema),
  serverTime: instantSchema,
});
export type DirectoryResponse = z.output<typeof directoryResponseSchema>;

// ── errors ───────────────────────────────────────────────────────────────────────────────────

export const syncErrorSchema = z.looseObject({
  error: z.enum(syncErrorCodes),
  message: z.string(),
  /** sequence-gap: the next deviceSeq the server will take. */
  expectedSeq: sequenceSchema.optional(),
  /** epoch-mismatch: the server's epoch and the last sequence it holds of this device. */
  serverEpoch: z.string().optional(),
  lastDeviceSeq: cursorSchema.optional(),
  /** sequence-conflict: the sequence that clashed. */
  deviceSeq: sequenceSchema.optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type SyncError = z.output<typeof syncErrorSchema>;
