import type { TFunction } from 'i18next';
import type { UserRole } from '../../db';

/** A user's role in the interface language (literal keys, so the key check sees them). */
export function roleText(role: UserRole, t: TFunction): string {
  switch (role) {
    case 'supervisor':
      return t('common:roles.supervisor');
    case 'clerk':
      return t('common:roles.clerk');
    case 'mobile-clerk':
      return t('common:roles.mobile-clerk');
  }
}
