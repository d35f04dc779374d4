import { err, type Result } from '../../../shared/domain';
import { hashSecret } from '../../auth/password-hash';
import { nowFrom, type Clock, type DeskSession, type IdSource } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';
import type { UserRecord } from '../records';
import { deskSetUpSchema } from './user-schemas';
import { readWorkplace, sessionOf } from './user-session';

export type SetUpDeskError =
  | { readonly kind: 'invalid-set-up'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'already-set-up' }
  | StorageError;

/** Whether the first run's set-up is still to do (no centre, workstation or user yet). */
export async function needsSetUp(db: DeskDatabase): Promise<boolean> {
  const dexie = dexieOf(db);
  return (await readWorkplace(dexie.settings)) === null || (await dexie.users.count()) === 0;
}

/**
 * First run: the centre, this workstation (with a new device id) and the first supervisor, in one
 * transaction — a desk is never left half set up. Returns the supervisor's session.
 */
export async function setUpDesk(
  db: DeskDatabase,
  input: unknown,
  context: { readonly clock: Clock; readonly ids: IdSource },
): Promise<Result<DeskSession, SetUpDeskError>> {
  const parsed = deskSetUpSchema.safeParse(input);
  if (!parsed.success) return err({ kind: 'invalid-set-up', issues: validationIssues(parsed.error) });
  const { centre, workstationCode, supervisor } = parsed.data;
  // Hash before the transaction: it may await nothing but the database.
  const password = await hashSecret(supervisor.password);
  const pin = supervisor.pin === undefined ? null : await hashSecret(supervisor.pin);
  const workstation = { code: workstationCode, deviceId: context.ids.uuid() };
  const user: UserRecord = {
    id: context.ids.uuid(),
    login: supervisor.login,
    displayName: supervisor.displayName,
    role: 'supervisor',
    password,
    pin,
    active: true,
    createdAt: nowFrom(context.clock),
    createdBy: null,
  };

  return writeTransaction<DeskSession, SetUpDeskError>(
    dexieOf(db),
    ['settings', 'users'],
    async (tables, abort) => {
      if ((await readWorkplace(tables.settings)) !== null || (await tables.users.count()) > 0) {
        return abort({ kind: 'already-set-up' });
      }
      await tables.settings.bulkPut([
        { key: 'centre', value: centre },
        { key: 'workstation', value: workstation },
      ]);
      await tables.users.add(user);
      return sessionOf(user, centre, workstation);
    },
  );
}
