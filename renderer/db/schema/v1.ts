import type { SchemaVersion } from './schema-version';

/**
 * Version 1 (issue 4, counter intake). Per table: the primary key first, then the indexes
 * (`&` unique, `*` one entry per array element, `[a+b]` compound).
 */
export const version1: SchemaVersion = {
  version: 1,
  stores: {
    // The projection. Receipt numbers are unique (a refusal has none: null is not indexed);
    // [status+dueDate] serves the deadline lists; searchIins/searchNames serve the search box.
    applications:
      'applicationId, status, [status+dueDate], serviceId, intakeAt, dueDate, &receiptNumber, *searchIins, *searchNames, syncState',
    // Append-only history; the unique [applicationId+position] orders it and stops two writers
    // from both appending "event 3" of the same application.
    events: 'id, &[applicationId+position]',
    // Primary key = the gap-free device sequence, so the push reads it in order.
    outbox: 'deviceSeq, applicationId',
    attachments: 'sha256, applicationId, uploadState',
    users: 'id, &login, role',
    settings: 'key',
    calendar: 'key, kind',
    syncState: 'key',
    drafts: 'id, updatedAt',
    // Named sequences: 'deviceSeq', and one receipt sequence per centre and workstation.
    counters: 'name',
  },
  upgrade: null,
};
