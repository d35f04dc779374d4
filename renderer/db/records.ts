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
import type { EventRejectionReason } from '../../shared/sync';

/**
 * What the tables hold today. These are the LIVE shapes: an upgrade function never imports them
 * (it declares the shapes it reads and writes itself, see schema/versions.ts), so changing a type
 * here cannot silently change what an old upgrade does.
 */

export interface DeskPlace {
  readonly centreCode: string;
  readonly workstationCode: string;
}

/** 'rejected': the server stored an event of it but could not act on it (see the quarantine table). */
export type SyncState = 'pending' | 'synced' | 'rejected';

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
  /** The catalogue document it is a scan of (null: not tied to one). */
  readonly documentId: string | null;
  /** The file's name as the clerk picked it (null: a photo from the camera). */
  readonly fileName: string | null;
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

/** Why the desk holds its whole push back: the server saw one device sequence with two contents. */
export type DeviceHoldCode = 'sequence-conflict' | 'device-quarantined';

/**
 * What sync could not get through (schema version 2): an event the server stored but rejected
 * (pulled 'event-rejected'), a pulled event this desk could not apply to its history, or the
 * whole-device hold after a 409 sequence-conflict / device-quarantined.
 */
export type QuarantineRecord =
  | {
      readonly id: `rejection:${string}`;
      readonly kind: 'rejection';
      readonly applicationId: string;
      readonly eventId: string;
      readonly deviceSeq: number;
      readonly reason: EventRejectionReason;
      /** The server's English detail, for the administrator. */
      readonly detail: string;
      /** When the server rejected it (server time). */
      readonly rejectedAt: Instant;
      /** The event as this desk holds it (null if its history lacks it). */
      readonly event: ApplicationEvent | null;
      readonly recordedAt: Instant;
    }
  | {
      readonly id: `unapplied:${string}`;
      readonly kind: 'unapplied';
      readonly applicationId: string;
      readonly eventId: string;
      /** Why the desk could not take it: it does not parse, or does not follow from the history. */
      readonly problem: 'invalid-event' | 'illegal-transition' | 'unknown-application';
      readonly detail: string;
      readonly event: unknown;
      readonly recordedAt: Instant;
    }
  | {
      readonly id: 'device-hold';
      readonly kind: 'device-hold';
      readonly code: DeviceHoldCode;
      readonly deviceSeq: number | null;
      readonly detail: string;
      readonly recordedAt: Instant;
    };

/** A later device sequence of an event pushed again (schema version 2): the re-push source beside the events' own. */
export interface ResentRecord {
  readonly deviceSeq: number;
  readonly eventId: string;
  readonly resentAt: Instant;
}

/** A return of results to one provider after their shelf month (issue 6): one transfer act. */
export interface ReturnBatchRecord {
  readonly id: string;
  readonly providerBin: string;
  readonly providerName: { readonly kk: string; readonly ru: string };
  /** The items, in the order the act lists them. */
  readonly applicationIds: readonly string[];
  readonly createdAt: Instant;
  readonly createdBy: EventActor;
  /** When the transfer act was last printed (null: not yet). */
  readonly actPrintedAt: Instant | null;
}

export type ShelfFlagKind =
  /** A result arrived whose receipt number matches no application of this centre. */
  | 'no-matching-application'
  /** The same item was received a second time (it is already on the shelf). */
  | 'received-twice'
  /** The application is not in a state to be received (not ready, already issued…). */
  | 'not-expected';

/** Something receiving noticed and refused to accept silently; a supervisor resolves it. */
export interface ShelfFlagRecord {
  readonly id: string;
  readonly kind: ShelfFlagKind;
  readonly receiptNumber: string;
  readonly applicationId: string | null;
  readonly raisedAt: Instant;
  readonly raisedBy: EventActor;
  readonly resolvedAt: Instant | null;
  readonly resolvedBy: EventActor | null;
  readonly note: string | null;
}

/** A stock-take: every item on the shelf scanned, then compared with what should be there. */
export interface StockTakeRecord {
  readonly id: string;
  readonly startedAt: Instant;
  readonly startedBy: EventActor;
  readonly finishedAt: Instant | null;
}

export interface StockTakeScanRecord {
  readonly stockTakeId: string;
  /** As scanned (canonical form when it parses as a receipt number). */
  readonly receiptNumber: string;
  readonly scannedAt: Instant;
  /** Where the item was found, when the clerk scanned the slot label too. */
  readonly slot: string | null;
}
