import {
  applyEvent,
  decodeIin,
  isMinorOn,
  localDateOf,
  powerOfAttorneyStatusOn,
  type ApplicationStatus,
  type IssuedRecipient,
  type LocalDate,
  type Result,
} from '../../../shared/domain';
import { issuedRecipientSchema } from '../../../shared/schemas';
import { nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import {
  actorOf,
  appendEvents,
  checkedEvent,
  deskPlaceOf,
  type InvalidEventError,
} from '../applications/application-events';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';
import type { ApplicationRecord } from '../records';

/**
 * Who came for the result, as the clerk checked them: the applicant (the IIN typed from their
 * identity document), a parent or legal representative of a minor applicant, or a representative
 * with a notarised power of attorney.
 */
export type HandOverPerson =
  | { readonly kind: 'applicant'; readonly presentedIin: string }
  | Exclude<IssuedRecipient, { readonly kind: 'applicant' }>;

export interface HandOverInput {
  readonly applicationId: string;
  readonly person: HandOverPerson;
}

export type HandOverError =
  | { readonly kind: 'not-found'; readonly applicationId: string }
  | { readonly kind: 'not-on-shelf'; readonly status: ApplicationStatus }
  /** The names, IINs or power of attorney as typed do not pass the event schema. */
  | { readonly kind: 'invalid-recipient'; readonly issues: readonly ValidationIssue[] }
  /** The IIN on the identity document is not the applicant's. */
  | { readonly kind: 'iin-mismatch' }
  /** A parent or legal representative collects only for an applicant who is a minor today. */
  | { readonly kind: 'applicant-not-minor' }
  /** The power of attorney is not valid today (in the centre's zone). */
  | { readonly kind: 'power-of-attorney-expired'; readonly validUntil: LocalDate }
  | { readonly kind: 'power-of-attorney-not-yet-valid'; readonly issuedOn: LocalDate }
  | InvalidEventError
  | StorageError;

export interface HandedOver {
  readonly record: ApplicationRecord;
  readonly recipient: IssuedRecipient;
  /** The slot the item left (now free). */
  readonly slot: string | null;
}

function recipientOf(person: HandOverPerson): IssuedRecipient {
  return person.kind === 'applicant' ? { kind: 'applicant' } : person;
}

function digitsOf(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The applicant's birth date as recorded at intake, else as the IIN's digits give it. */
function birthDateOf(record: ApplicationRecord): LocalDate | null {
  if (record.applicant.birthDate !== undefined) return record.applicant.birthDate;
  return /^\d{12}$/.test(record.applicant.iin) ? decodeIin(record.applicant.iin).birthDate : null;
}

/** A minor today; unknown birth date: what intake said (a representative applied for them). */
function isMinorApplicant(record: ApplicationRecord, today: LocalDate): boolean {
  const birthDate = birthDateOf(record);
  return birthDate === null ? record.applicantRole === 'legal-representative' : isMinorOn(birthDate, today);
}

/**
 * Hands a result on the shelf over to a verified person: ONE transaction writes the 'issued' event
 * with the recipient, its outbox row and the projection (the slot becomes free). Every refusal
 * writes nothing and says why.
 */
export async function handOverResult(
  db: DeskDatabase,
  input: HandOverInput,
  context: WriteContext,
): Promise<Result<HandedOver, HandOverError>> {
  const { session, ids } = context;
  const now = nowFrom(context.clock);
  const today = localDateOf(now, session.centre.timeZone);
  const parsed = issuedRecipientSchema.safeParse(recipientOf(input.person));
  if (!parsed.success)
    return { ok: false, error: { kind: 'invalid-recipient', issues: validationIssues(parsed.error) } };
  const recipient = parsed.data as IssuedRecipient;
  if (recipient.kind === 'representative') {
    const status = powerOfAttorneyStatusOn(recipient.powerOfAttorney, today);
    if (status === 'expired')
      return {
        ok: false,
        error: { kind: 'power-of-attorney-expired', validUntil: recipient.powerOfAttorney.validUntil },
      };
    if (status === 'not-yet-valid')
      return {
        ok: false,
        error: { kind: 'power-of-attorney-not-yet-valid', issuedOn: recipient.powerOfAttorney.issuedOn },
      };
  }

  return writeTransaction<HandedOver, HandOverError>(
    dexieOf(db),
    ['applications', 'events', 'outbox', 'counters'],
    async (tables, abort) => {
      const record = await tables.applications.get(input.applicationId);
      if (record === undefined) return abort({ kind: 'not-found', applicationId: input.applicationId });
      if (record.status !== 'on-shelf') return abort({ kind: 'not-on-shelf', status: record.status });
      if (input.person.kind === 'applicant' && digitsOf(input.person.presentedIin) !== record.applicant.iin)
        return abort({ kind: 'iin-mismatch' });
      if (recipient.kind === 'legal-representative' && !isMinorApplicant(record, today))
        return abort({ kind: 'applicant-not-minor' });

      const event = checkedEvent(
        {
          id: ids.uuid(),
          applicationId: record.applicationId,
          type: 'issued',
          at: now,
          by: actorOf(session),
          where: deskPlaceOf(session),
          recipient,
        },
        abort,
      );
      const next = applyEvent(record, event);
      if (!next.ok) throw new TypeError(`The hand-over was refused: ${JSON.stringify(next.error)}`);
      await appendEvents(tables, [event], record.eventCount, now);
      const updated: ApplicationRecord = { ...record, ...next.value, syncState: 'pending' };
      await tables.applications.put(updated);
      return { record: updated, recipient, slot: record.shelfSlot };
    },
  );
}
