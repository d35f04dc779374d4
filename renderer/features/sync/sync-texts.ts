import type { TFunction } from 'i18next';
import type { QuarantineRecord, SyncProblemCode } from '../../db';

/** The translated text of a sync problem ('sync:errors.<code>'). */
export function syncProblemText(code: SyncProblemCode, t: TFunction): string {
  return t(`sync:errors.${code}`);
}

/** What happened to a quarantined item, translated per rejection reason / problem / hold code. */
export function quarantineText(item: QuarantineRecord, t: TFunction): string {
  switch (item.kind) {
    case 'rejection':
      return t(`sync:quarantine.reason.${item.reason}`);
    case 'unapplied':
      return t(`sync:quarantine.problem.${item.problem}`);
    case 'device-hold':
      return t(`sync:quarantine.hold.${item.code}`);
  }
}
