import { err, ok, type Result } from '../../../shared/domain';
import { hashSecret, verifySecret, type PasswordHash } from '../../auth/password-hash';
import type { DeskSession } from '../context';
import { dexieOf, type DeskDatabase, type DeskDexie } from '../database';
import type { UserRecord } from '../records';
import { normaliseLogin } from './user-schemas';
import { readWorkplace, sessionOf } from './user-session';

export type SignInError =
  | { readonly kind: 'not-set-up' }
  /** Unknown login or wrong password — one answer, so the screen does not reveal which logins exist. */
  | { readonly kind: 'wrong-credentials' }
  | { readonly kind: 'inactive' };

export type UnlockError =
  | { readonly kind: 'not-set-up' }
  | { readonly kind: 'unknown-user' }
  | { readonly kind: 'no-pin' }
  | { readonly kind: 'wrong-pin' }
  | { readonly kind: 'inactive' };

// An unknown login still costs one hash, so the answer takes as long as for a wrong password.
let decoy: Promise<PasswordHash> | undefined;
function decoyHash(): Promise<PasswordHash> {
  decoy ??= hashSecret('decoy: no such user');
  return decoy;
}

/** Stores a stronger hash after a successful check when the policy has moved on; a failure here is not a sign-in failure. */
async function upgradeHash(dexie: DeskDexie, user: UserRecord, field: 'password' | 'pin', secret: string) {
  const fresh = await hashSecret(secret);
  try {
    await dexie.users.update(user.id, field === 'password' ? { password: fresh } : { pin: fresh });
  } catch {
    // Kept for the next sign-in: the old hash still verifies.
  }
}

/** Checks a login and password and opens a session at this desk's centre and workstation. */
export async function signIn(
  db: DeskDatabase,
  credentials: { readonly login: string; readonly password: string },
): Promise<Result<DeskSession, SignInError>> {
  const dexie = dexieOf(db);
  const workplace = await readWorkplace(dexie.settings);
  if (workplace === null) return err({ kind: 'not-set-up' });
  const user = await dexie.users.where('login').equals(normaliseLogin(credentials.login)).first();
  const check = await verifySecret(credentials.password, user?.password ?? (await decoyHash()));
  if (user === undefined || !check.matches) return err({ kind: 'wrong-credentials' });
  if (!user.active) return err({ kind: 'inactive' });
  if (check.needsRehash) await upgradeHash(dexie, user, 'password', credentials.password);
  return ok(sessionOf(user, workplace.centre, workplace.workstation));
}

/** Unlocks an idle-locked screen with the signed-in user's PIN. */
export async function unlockWithPin(
  db: DeskDatabase,
  input: { readonly userId: string; readonly pin: string },
): Promise<Result<DeskSession, UnlockError>> {
  const dexie = dexieOf(db);
  const workplace = await readWorkplace(dexie.settings);
  if (workplace === null) return err({ kind: 'not-set-up' });
  const user = await dexie.users.get(input.userId);
  if (user === undefined) return err({ kind: 'unknown-user' });
  if (user.pin === null) return err({ kind: 'no-pin' });
  const check = await verifySecret(input.pin, user.pin);
  if (!check.matches) return err({ kind: 'wrong-pin' });
  if (!user.active) return err({ kind: 'inactive' });
  if (check.needsRehash) await upgradeHash(dexie, user, 'pin', input.pin);
  return ok(sessionOf(user, workplace.centre, workplace.workstation));
}
