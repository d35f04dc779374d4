import { err, type Result, type ShelfLayout } from '../../../shared/domain';
import type { DeskSession } from '../context';
import type { DeskDatabase } from '../database';
import { getSetting, setSetting, type SetSettingError } from '../settings/settings';

/** Only a supervisor describes the shelf (checked here, not only by hiding the form). */
export type SaveShelfLayoutError = { readonly kind: 'not-supervisor' } | SetSettingError;

export function getShelfLayout(db: DeskDatabase): Promise<ShelfLayout> {
  return getSetting(db, 'shelfLayout');
}

/** Validates and stores the racks (codes upper-cased, unique; rows and slots within shelfLimits). */
export async function saveShelfLayout(
  db: DeskDatabase,
  layout: ShelfLayout,
  session: DeskSession,
): Promise<Result<ShelfLayout, SaveShelfLayoutError>> {
  if (session.user.role !== 'supervisor') return err({ kind: 'not-supervisor' });
  return setSetting(db, 'shelfLayout', layout);
}
