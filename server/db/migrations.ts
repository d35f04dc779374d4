import type { MigrationStep } from './migration-steps';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly steps: readonly MigrationStep[];
}

/**
 * The server's migrations, in order. Never edit or reorder one that has shipped: the server refuses
 * to start on a database whose applied history differs (see db/migrate.ts). Add a new one instead.
 */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'initial',
    steps: [
      {
        kind: 'create-table',
        table: 'meta',
        columns: [
          { name: 'key', type: 'text' },
          { name: 'value', type: 'text' },
        ],
        primaryKey: ['key'],
      },
      {
        kind: 'create-table',
        table: 'devices',
        columns: [
          { name: 'id', type: 'text' },
          { name: 'centre_code', type: 'text' },
          { name: 'workstation_code', type: 'text' },
          { name: 'label', type: 'text' },
          { name: 'token_sha256', type: 'text' },
          { name: 'status', type: 'text' },
          { name: 'last_device_seq', type: 'bigint' },
          { name: 'enrolled_at', type: 'text' },
          { name: 'last_seen_at', type: 'text', nullable: true },
        ],
        primaryKey: ['id'],
        unique: [['token_sha256']],
      },
      {
        kind: 'create-index',
        name: 'devices_by_workstation',
        table: 'devices',
        columns: ['centre_code', 'workstation_code'],
      },
      {
        kind: 'create-table',
        table: 'enrolment_codes',
        columns: [
          { name: 'code_sha256', type: 'text' },
          { name: 'centre_code', type: 'text' },
          { name: 'workstation_code', type: 'text' },
          { name: 'issued_at', type: 'text' },
          { name: 'expires_at', type: 'text' },
          { name: 'used_by', type: 'text', nullable: true },
          { name: 'used_at', type: 'text', nullable: true },
        ],
        primaryKey: ['code_sha256'],
      },
      {
        kind: 'create-table',
        table: 'providers',
        columns: [
          { name: 'bin', type: 'text' },
          { name: 'name_kk', type: 'text' },
          { name: 'name_ru', type: 'text' },
          { name: 'kind', type: 'text' },
        ],
        primaryKey: ['bin'],
      },
      {
        kind: 'create-table',
        table: 'provider_users',
        columns: [
          { name: 'id', type: 'text' },
          { name: 'provider_bin', type: 'text' },
          { name: 'login', type: 'text' },
          { name: 'display_name', type: 'text' },
          { name: 'password_hash', type: 'text' },
          { name: 'active', type: 'integer' },
          { name: 'created_at', type: 'text' },
        ],
        primaryKey: ['id'],
        unique: [['login']],
        foreignKeys: [{ columns: ['provider_bin'], references: 'providers.bin' }],
      },
      {
        kind: 'create-table',
        table: 'console_sessions',
        columns: [
          { name: 'token_sha256', type: 'text' },
          { name: 'user_id', type: 'text' },
          { name: 'created_at', type: 'text' },
          { name: 'expires_at', type: 'text' },
        ],
        primaryKey: ['token_sha256'],
        foreignKeys: [{ columns: ['user_id'], references: 'provider_users.id' }],
      },
      {
        kind: 'create-table',
        table: 'events',
        columns: [
          { name: 'server_seq', type: 'bigint' },
          { name: 'kind', type: 'text' },
          { name: 'event_id', type: 'text', nullable: true },
          { name: 'application_id', type: 'text' },
          { name: 'origin', type: 'text' },
          { name: 'device_id', type: 'text', nullable: true },
          { name: 'device_seq', type: 'bigint', nullable: true },
          { name: 'target_device_id', type: 'text', nullable: true },
          { name: 'hash', type: 'text' },
          { name: 'type', type: 'text' },
          { name: 'outcome', type: 'text' },
          { name: 'centre_code', type: 'text', nullable: true },
          { name: 'provider_bin', type: 'text', nullable: true },
          { name: 'body', type: 'text' },
          { name: 'received_at', type: 'text' },
        ],
        primaryKey: ['server_seq'],
        unique: [['event_id'], ['device_id', 'device_seq']],
      },
      { kind: 'create-index', name: 'events_by_application', table: 'events', columns: ['application_id'] },
      {
        kind: 'create-index',
        name: 'events_by_centre',
        table: 'events',
        columns: ['centre_code', 'server_seq'],
      },
      {
        kind: 'create-index',
        name: 'events_by_target',
        table: 'events',
        columns: ['target_device_id', 'server_seq'],
      },
      {
        kind: 'create-table',
        table: 'applications',
        columns: [
          { name: 'id', type: 'text' },
          { name: 'centre_code', type: 'text' },
          { name: 'provider_bin', type: 'text', nullable: true },
          { name: 'service_id', type: 'text' },
          { name: 'receipt_number', type: 'text', nullable: true },
          { name: 'status', type: 'text' },
          { name: 'due_date', type: 'text', nullable: true },
          { name: 'accepted_at', type: 'text', nullable: true },
          { name: 'snapshot', type: 'text', nullable: true },
          { name: 'state', type: 'text' },
          { name: 'updated_seq', type: 'bigint' },
        ],
        primaryKey: ['id'],
      },
      {
        kind: 'create-index',
        name: 'applications_by_provider',
        table: 'applications',
        columns: ['provider_bin', 'status'],
      },
      {
        kind: 'create-table',
        table: 'blobs',
        columns: [
          { name: 'sha256', type: 'text' },
          { name: 'media_type', type: 'text' },
          { name: 'length', type: 'bigint' },
          { name: 'bytes', type: 'bytes' },
          { name: 'stored_at', type: 'text' },
        ],
        primaryKey: ['sha256'],
      },
      {
        kind: 'create-table',
        table: 'conflicting_pushes',
        columns: [
          { name: 'id', type: 'text' },
          { name: 'device_id', type: 'text' },
          { name: 'device_seq', type: 'bigint' },
          { name: 'stored_event_id', type: 'text', nullable: true },
          { name: 'stored_hash', type: 'text' },
          { name: 'pushed_event_id', type: 'text' },
          { name: 'pushed_hash', type: 'text' },
          { name: 'pushed_body', type: 'text' },
          { name: 'received_at', type: 'text' },
        ],
        primaryKey: ['id'],
      },
    ],
  },
];
