import { err, type Result } from '../../../shared/domain';
import { hashSecret } from '../../auth/password-hash';
import { nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';
import type { UserRecord } from '../records';
import { newUserSchema } from './user-schemas';
import { summaryOf, type UserSummary } from './user-session';

export type AddUserError =
  | { readonly kind: 'invalid-user'; readonly issues: readonly ValidationIssue[] }
  /** Only an active supervisor adds users. */
  | { readonly kind: 'not-allowed' }
  | { readonly kind: 'login-taken'; readonly login: string }
  | StorageError;

/** A supervisor adds a supervisor, clerk or mobile clerk. */
export async function addUser(
  db: DeskDatabase,
  input: unknown,
  context: WriteContext,
): Promise<Result<UserSummary, AddUserError>> {
  if (context.session.user.role !== 'supervisor') return err({ kind: 'not-allowed' });
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return err({ kind: 'invalid-user', issues: validationIssues(parsed.error) });
  const fields = parsed.data;
  const password = await hashSecret(fields.password);
  const pin = fields.pin === undefined ? null : await hashSecret(fields.pin);
  const user: UserRecord = {
    id: context.ids.uuid(),
    login: fields.login,
    displayName: fields.displayName,
    role: fields.role,
    password,
    pin,
    active: true,
    createdAt: nowFrom(context.clock),
    createdBy: context.session.user.id,
  };

  return writeTransaction<UserSummary, AddUserError>(dexieOf(db), ['users'], async (tables, abort) => {
    // The session may be stale: the stored user decides.
    const actor = await tables.users.get(context.session.user.id);
    if (actor === undefined || !actor.active || actor.role !== 'supervisor')
      return abort({ kind: 'not-allowed' });
    if ((await tables.users.where('login').equals(user.login).count()) > 0) {
      return abort({ kind: 'login-taken', login: user.login });
    }
    await tables.users.add(user);
    return summaryOf(user);
  });
}

/** Everyone who can sign in at this desk (and those who no longer can), by name. */
export async function listUsers(db: DeskDatabase): Promise<UserSummary[]> {
  const users = await dexieOf(db).users.toArray();
  return users.map(summaryOf).sort((a, b) => a.displayName.localeCompare(b.displayName, 'kk'));
}
