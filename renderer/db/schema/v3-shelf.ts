import type { SchemaVersion } from './schema-version';

/**
 * Version 3 (issue 6, the storage shelf). New tables only, and two indexes on applications that
 * the shelf lists read; no row changes, so no upgrade function.
 */
export const version3: SchemaVersion = {
  version: 3,
  stores: {
    // shelfSlot: what is in a slot (receiving, the slot map); [status+storageLastDay]: what is due
    // for return ("on-shelf" and past its last day) without reading the whole shelf.
    applications:
      'applicationId, status, [status+dueDate], serviceId, intakeAt, dueDate, &receiptNumber, *searchIins, *searchNames, syncState, shelfSlot, [status+storageLastDay]',
    // One return to one provider: its items and its transfer act.
    returnBatches: 'id, providerBin, createdAt',
    // What receiving noticed and did not silently accept: a result without its application, a
    // second receipt of the same item. Open until a supervisor resolves it.
    shelfFlags: 'id, kind, receiptNumber, raisedAt',
    // A stock-take of the shelf and what was scanned during it (one row per item, by receipt number).
    stockTakes: 'id, startedAt',
    stockTakeScans: '[stockTakeId+receiptNumber], stockTakeId',
  },
  upgrade: null,
};
