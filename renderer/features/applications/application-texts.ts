import type { TFunction } from 'i18next';
import {
  findService,
  intakeRefusalReasons,
  toLocalDateTime,
  type ApplicationEventType,
  type ApplicationStatus,
  type CentreTimeZone,
  type EventPlace,
  type Instant,
  type IntakeRefusalReasonId,
  type Language,
} from '../../../shared/domain';
import type { ApplicationRecord } from '../../db';

/** The service's name from the catalogue in the interface language (its id if the catalogue lost it). */
export function serviceName(serviceId: string, language: Language): string {
  return findService(serviceId)?.name[language] ?? serviceId;
}

export function refusalReasonText(reason: IntakeRefusalReasonId, language: Language): string {
  return intakeRefusalReasons[reason].text[language];
}

/** Surname, given name and patronymic, as on the identity document. */
export function applicantName(record: ApplicationRecord): string {
  const { surname, givenName, patronymic } = record.applicant;
  return [surname, givenName, patronymic].filter((part) => part !== undefined && part !== '').join(' ');
}

/** 'DD.MM.YYYY HH:MM' on the centre's clock (how dates are written in Kazakhstan), whatever the computer's zone. */
export function centreDateTime(instant: Instant, zone: CentreTimeZone): string {
  const local = toLocalDateTime(instant, zone);
  const [year, month, day] = local.date.split('-');
  return `${day}.${month}.${year} ${centreTime(instant, zone)}`;
}

export function centreTime(instant: Instant, zone: CentreTimeZone): string {
  const { minuteOfDay } = toLocalDateTime(instant, zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

export function placeText(place: EventPlace, t: TFunction): string {
  return place.kind === 'desk'
    ? t('applications:place.desk', { centre: place.centreCode, workstation: place.workstationCode })
    : t('applications:place.provider', { provider: place.providerId });
}

// Literal keys in switches, so the key check sees every one of them.
export function statusText(status: ApplicationStatus, t: TFunction): string {
  switch (status) {
    case 'draft':
      return t('applications:status.draft');
    case 'accepted':
      return t('applications:status.accepted');
    case 'refused-at-intake':
      return t('applications:status.refused-at-intake');
    case 'sent-to-provider':
      return t('applications:status.sent-to-provider');
    case 'in-progress':
      return t('applications:status.in-progress');
    case 'result-ready':
      return t('applications:status.result-ready');
    case 'on-shelf':
      return t('applications:status.on-shelf');
    case 'issued':
      return t('applications:status.issued');
    case 'returned-to-provider':
      return t('applications:status.returned-to-provider');
    case 're-requested':
      return t('applications:status.re-requested');
  }
}

export function eventText(type: ApplicationEventType, t: TFunction): string {
  switch (type) {
    case 'drafted':
      return t('applications:event.drafted');
    case 'accepted':
      return t('applications:event.accepted');
    case 'refused-at-intake':
      return t('applications:event.refused-at-intake');
    case 'sent-to-provider':
      return t('applications:event.sent-to-provider');
    case 'taken-into-work':
      return t('applications:event.taken-into-work');
    case 'result-ready':
      return t('applications:event.result-ready');
    case 'placed-on-shelf':
      return t('applications:event.placed-on-shelf');
    case 'issued':
      return t('applications:event.issued');
    case 'returned-to-provider':
      return t('applications:event.returned-to-provider');
    case 're-requested':
      return t('applications:event.re-requested');
    case 'receipt-printed':
      return t('applications:event.receipt-printed');
    case 'dispatched-to-centre':
      return t('applications:event.dispatched-to-centre');
    case 'return-received':
      return t('applications:event.return-received');
  }
}
