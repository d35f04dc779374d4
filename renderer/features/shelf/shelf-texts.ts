import type { TFunction } from 'i18next';
import {
  datePartsOf,
  resultKindLabels,
  type Language,
  type LocalDate,
  type ResultKind,
} from '../../../shared/domain';
import type { HandOverError, PlaceOnShelfError, ShelfFlagKind } from '../../db';
import { statusText } from '../applications/application-texts';

/** 'DD.MM.YYYY', as dates are written in Kazakhstan. */
export function localDateText(date: LocalDate): string {
  const { year, month, day } = datePartsOf(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

export function resultKindText(kind: ResultKind | null, language: Language, t: TFunction): string {
  return kind === null ? t('shelf:receive.noResultKind') : resultKindLabels[kind][language];
}

// Literal keys in switches, so the key check sees every one of them.
export function placeErrorText(error: PlaceOnShelfError, t: TFunction): string {
  switch (error.kind) {
    case 'slot-occupied':
      return t('shelf:receive.error.slot-occupied', {
        slot: error.slot,
        receiptNumber: error.receiptNumber ?? '',
      });
    case 'unknown-slot':
      return t('shelf:receive.error.unknown-slot', { slot: error.slot });
    case 'not-expected':
      return t('shelf:receive.error.not-expected', { status: statusText(error.status, t) });
    case 'calendar-unavailable':
      return t('shelf:receive.error.calendar-unavailable');
    case 'not-found':
      return t('shelf:receive.error.not-found');
    case 'invalid-event':
    case 'storage-failed':
      return t('shelf:receive.error.failed');
  }
}

export function handOverErrorText(error: HandOverError, t: TFunction): string {
  switch (error.kind) {
    case 'iin-mismatch':
      return t('shelf:handOver.error.iin-mismatch');
    case 'applicant-not-minor':
      return t('shelf:handOver.error.applicant-not-minor');
    case 'power-of-attorney-expired':
      return t('shelf:handOver.error.power-of-attorney-expired', { date: localDateText(error.validUntil) });
    case 'power-of-attorney-not-yet-valid':
      return t('shelf:handOver.error.power-of-attorney-not-yet-valid', {
        date: localDateText(error.issuedOn),
      });
    case 'not-on-shelf':
      return t('shelf:handOver.error.not-on-shelf', { status: statusText(error.status, t) });
    case 'invalid-recipient':
      return t('shelf:handOver.error.invalid-recipient');
    case 'not-found':
      return t('shelf:handOver.error.not-found');
    case 'invalid-event':
    case 'storage-failed':
      return t('shelf:handOver.error.failed');
  }
}

export function flagKindText(kind: ShelfFlagKind, t: TFunction): string {
  switch (kind) {
    case 'no-matching-application':
      return t('shelf:flags.kind.no-matching-application');
    case 'received-twice':
      return t('shelf:flags.kind.received-twice');
    case 'not-expected':
      return t('shelf:flags.kind.not-expected');
  }
}
