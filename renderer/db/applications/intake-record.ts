import {
  epochMillisOf,
  type ApplicantRole,
  type ApplicationState,
  type Instant,
  type ReceiptLanguage,
} from '../../../shared/domain';
import type { Applicant, Application, Representative } from '../../../shared/schemas';
import type { DeskSession } from '../context';
import { searchIinsOf, searchNamesOf } from '../internal/search-keys';
import type { ApplicationRecord } from '../records';
import { actorOf } from './application-events';

export interface IntakeFacts {
  readonly state: ApplicationState;
  readonly applicantRole: ApplicantRole;
  readonly applicant: Applicant;
  readonly representative: Representative | null;
  readonly receiptLanguage: ReceiptLanguage;
  readonly content: Application | null;
  readonly calendarVersion: string | null;
  readonly queueTicket: string | null;
  readonly startedAt: Instant;
  readonly decidedAt: Instant;
  readonly session: DeskSession;
}

/** The projection row written when the intake is decided (accepted or refused). */
export function intakeRecord(facts: IntakeFacts): ApplicationRecord {
  const people = facts.representative === null ? [facts.applicant] : [facts.applicant, facts.representative];
  const seconds = Math.round((epochMillisOf(facts.decidedAt) - epochMillisOf(facts.startedAt)) / 1000);
  return {
    ...facts.state,
    applicantRole: facts.applicantRole,
    applicant: facts.applicant,
    representative: facts.representative,
    receiptLanguage: facts.receiptLanguage,
    content: facts.content,
    calendarVersion: facts.calendarVersion,
    queueTicket: facts.queueTicket,
    serviceStartedAt: facts.startedAt,
    intakeAt: facts.decidedAt,
    // A desk clock that was set back between start and decision must not give a negative time.
    serviceSeconds: Math.max(0, seconds),
    intakeBy: actorOf(facts.session),
    intakeWhere: {
      centreCode: facts.session.centre.centreCode,
      workstationCode: facts.session.workstationCode,
    },
    receiptCopiesPrinted: 0,
    syncState: 'pending',
    searchIins: searchIinsOf(people),
    searchNames: searchNamesOf(people),
  };
}
