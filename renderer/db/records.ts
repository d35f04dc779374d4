import type {
  ApplicantRole,
  ApplicationEvent,
  ApplicationState,
  CalendarData,
  CalendarOverride,
  EventActor,
  Instant,
  ReceiptLanguage,
} from '../../shared/domain';
import type { Applicant, Application, Representative } from '../../shared/schemas';
import type { PasswordHash } from '../auth/password-hash';
import type { UserRole } from './context';
import type { IntakeDraft } from './drafts/draft-schema';

/**
 * What the tables hold today. These are the LIVE shapes: an upgrade function never imports them
 * (it declares the shapes it reads and writes itself, see schema/versions.ts), so changing a type
 * here cannot silently change what an old upgrade does.
 */

export interface DeskPlace {
  readonly centreCode: string;
  readonly workstationCode: string;
}

export type SyncState = 'pending' | 'synced';

/** The projection the screens read: the domain's folded state plus what intake recorded. */
export interface ApplicationRecord extends ApplicationState {
  readonly applicantRole: ApplicantRole;
  readonly applicant: Applicant;
  readonly representative: Representative | null;
  readonly receiptLanguage: ReceiptLanguage;
  /** The application as accepted, immutable (a correction is a new event); null when refused at intake. */
  readonly content: Application | null;
  readonly calendarVersion: string | null;
  readonly queueTicket: string | null;
  /** When the clerk started the intake (the 'drafted' event) and decided it (accepted or refused). */
  readonly serviceStartedAt: Instant;
  readonly intakeAt: Instant;
  /** Time at the counter, for the supervisor's service-time figures (the standard allows 15 minutes). */
  readonly serviceSeconds: number;
  readonly intakeBy: EventActor;
  readonly intakeWhere: DeskPlace;
  readonly receiptCopiesPrinted: number;
  /** 'synced' once the server has acknowledged every event of the application (renderer/sync). */
  readonly syncState: SyncState;
  /** Search keys (indexed): the applicant's and representative's IINs and normalised name words. */
  readonly searchIins: readonly string[];
  readonly searchNames: readonly string[];
}

/** One event of an application's history, append-only. */
export interface EventRecord {
  readonly id: string;
  readonly applicationId: string;
  /** 0, 1, 2… within the application: the order the history is folded and shown in. */
  readonly position: number;
  /** The outbox sequence of an event this desk made; null for events pulled from the server. */
  readonly deviceSeq: number | null;
  readonly event: ApplicationEvent;
  readonly storedAt: Instant;
}

/** An event this desk made that the server has not acknowledged yet. */
export interface OutboxRecord {
  /** Gap-free per device, from 1, allocated in the transaction that made the event. */
  readonly deviceSeq: number;
  readonly eventId: string;
  readonly applicationId: string;
  readonly event: ApplicationEvent;
  readonly queuedAt: Instant;
}

/** A scan, stored once by its content. */
export interface AttachmentRecord {
  readonly sha256: string;
  readonly blob: Blob;
  readonly mediaType: string;
  readonly byteLength: number;
  readonly applicationId: string | null;
  readonly addedAt: Instant;
  readonly uploadState: 'pending' | 'uploaded';
}

export interface UserRecord {
  readonly id: string;
  /** Normalised (NFC, lower case); unique. */
  readonly login: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly password: PasswordHash;
  readonly pin: PasswordHash | null;
  readonly active: boolean;
  readonly createdAt: Instant;
  /** The supervisor who added the user; null for the first supervisor. */
  readonly createdBy: string | null;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export type CalendarRecord =
  | {
      readonly key: `data:${string}`;
      readonly kind: 'data';
      readonly version: string;
      readonly data: CalendarData;
      readonly installedAt: Instant;
    }
  | {
      readonly key: `override:${string}`;
      readonly kind: 'override';
      readonly override: CalendarOverride;
      readonly recordedAt: Instant;
      readonly recordedBy: string;
    };

/** The sync engine's own bookkeeping (cursor, server epoch, acknowledged sequence…); renderer/sync owns the values. */
export interface SyncStateRecord {
  readonly key: string;
  readonly value: unknown;
}

export interface DraftRecord extends IntakeDraft {
  readonly updatedAt: Instant;
  readonly savedBy: string;
}

export interface CounterRecord {
  readonly name: string;
  readonly value: number;
}
