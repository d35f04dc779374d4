/**
 * The server's tables as Kysely sees them. Sequence numbers are JavaScript numbers (PostgreSQL's
 * int8 is parsed to a number when it is opened, see db/open.ts); JSON is stored as text, exactly
 * as written, so a hash computed over it stays reproducible on both databases.
 */
export interface MetaTable {
  key: string;
  value: string;
}

export interface MigrationsTable {
  id: number;
  name: string;
  checksum: string;
  applied_at: string;
}

export type DeviceStatus = 'active' | 'revoked' | 'quarantined';

export interface DevicesTable {
  id: string;
  centre_code: string;
  workstation_code: string;
  label: string;
  token_sha256: string;
  status: DeviceStatus;
  last_device_seq: number;
  enrolled_at: string;
  last_seen_at: string | null;
}

export interface EnrolmentCodesTable {
  code_sha256: string;
  centre_code: string;
  workstation_code: string;
  issued_at: string;
  expires_at: string;
  used_by: string | null;
  used_at: string | null;
}

/** The catalogue's provider kinds (shared/domain), stored as text. */
export type { ProviderKind } from '../../shared/domain';
import type { ProviderKind } from '../../shared/domain';

export interface ProvidersTable {
  bin: string;
  name_kk: string;
  name_ru: string;
  kind: ProviderKind;
}

export interface ProviderUsersTable {
  id: string;
  provider_bin: string;
  login: string;
  display_name: string;
  password_hash: string;
  active: number;
  created_at: string;
}

export interface ConsoleSessionsTable {
  token_sha256: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export type EventOrigin = 'desk' | 'provider' | 'server';
export type EventEntryKind = 'application-event' | 'event-rejected';
/** 'applied': part of the application's history; 'rejected': stored as sent and answered by a rejection entry; 'duplicate': an event id already applied, pushed again under a new sequence. */
export type EventOutcome = 'applied' | 'rejected' | 'duplicate';

export interface EventsTable {
  server_seq: number;
  kind: EventEntryKind;
  /** The event's id when applied (unique); null for rejection entries and events not applied. */
  event_id: string | null;
  application_id: string;
  origin: EventOrigin;
  device_id: string | null;
  device_seq: number | null;
  /** For a rejection entry: the device it answers. */
  target_device_id: string | null;
  hash: string;
  type: string;
  outcome: EventOutcome;
  centre_code: string | null;
  provider_bin: string | null;
  body: string;
  received_at: string;
}

export interface ApplicationsTable {
  id: string;
  centre_code: string;
  provider_bin: string | null;
  service_id: string;
  receipt_number: string | null;
  status: string;
  due_date: string | null;
  accepted_at: string | null;
  /** The 'accepted' event's application snapshot (JSON), null before acceptance. */
  snapshot: string | null;
  /** shared/domain ApplicationState (JSON): what the next event is checked against. */
  state: string;
  updated_seq: number;
}

export interface BlobsTable {
  sha256: string;
  media_type: string;
  length: number;
  bytes: Uint8Array;
  stored_at: string;
}

export interface ConflictingPushesTable {
  id: string;
  device_id: string;
  device_seq: number;
  stored_event_id: string | null;
  stored_hash: string;
  pushed_event_id: string;
  pushed_hash: string;
  pushed_body: string;
  received_at: string;
}

export interface Database {
  meta: MetaTable;
  migrations: MigrationsTable;
  devices: DevicesTable;
  enrolment_codes: EnrolmentCodesTable;
  providers: ProvidersTable;
  provider_users: ProviderUsersTable;
  console_sessions: ConsoleSessionsTable;
  events: EventsTable;
  applications: ApplicationsTable;
  blobs: BlobsTable;
  conflicting_pushes: ConflictingPushesTable;
}
