import { randomInt } from 'node:crypto';
import type { ServerDatabase } from '../db/open';
import type { EnrolRequest } from '../../shared/sync';
import { newId, newSecret, sha256Hex } from './ids';
import { epochIn } from './meta';
import { writeTransaction } from './transaction';

/** Crockford's base32 without look-alikes: easy to read out and type. */
const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const defaultEnrolmentCodeTtlMs = 24 * 60 * 60 * 1000;

/** Upper-case, no separators or spaces: what the code is hashed as. */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export interface IssuedEnrolmentCode {
  readonly code: string;
  readonly centreCode: string;
  readonly workstationCode: string;
  readonly expiresAt: string;
}

/** A one-time code for one centre and workstation. Only its hash is stored. */
export async function issueEnrolmentCode(
  database: ServerDatabase,
  input: { readonly centreCode: string; readonly workstationCode: string; readonly ttlMs?: number },
  now: Date,
): Promise<IssuedEnrolmentCode> {
  const raw = Array.from({ length: 12 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
  const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? defaultEnrolmentCodeTtlMs)).toISOString();
  await writeTransaction(database, (trx) =>
    trx
      .insertInto('enrolment_codes')
      .values({
        code_sha256: sha256Hex(normaliseEnrolmentCode(code)),
        centre_code: input.centreCode,
        workstation_code: input.workstationCode,
        issued_at: now.toISOString(),
        expires_at: expiresAt,
        used_by: null,
        used_at: null,
      })
      .execute(),
  );
  return { code, centreCode: input.centreCode, workstationCode: input.workstationCode, expiresAt };
}

export type EnrolOutcome =
  | {
      readonly kind: 'enrolled';
      readonly deviceId: string;
      readonly deviceToken: string;
      readonly serverEpoch: string;
    }
  | { readonly kind: 'unknown-code' }
  | { readonly kind: 'used-code' }
  | { readonly kind: 'expired-code' }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'workstation-taken'; readonly deviceId: string };

/** Redeems a code: one device per centre and workstation while it is not revoked. */
export async function enrolDevice(
  database: ServerDatabase,
  request: EnrolRequest,
  now: Date,
): Promise<EnrolOutcome> {
  return writeTransaction(database, async (trx): Promise<EnrolOutcome> => {
    const codeHash = sha256Hex(normaliseEnrolmentCode(request.code));
    const code = await trx
      .selectFrom('enrolment_codes')
      .selectAll()
      .where('code_sha256', '=', codeHash)
      .executeTakeFirst();
    if (code === undefined) return { kind: 'unknown-code' };
    if (code.used_by !== null) return { kind: 'used-code' };
    if (Date.parse(code.expires_at) <= now.getTime()) return { kind: 'expired-code' };
    if (code.centre_code !== request.centreCode || code.workstation_code !== request.workstationCode) {
      return { kind: 'mismatch' };
    }
    const holder = await trx
      .selectFrom('devices')
      .select('id')
      .where('centre_code', '=', request.centreCode)
      .where('workstation_code', '=', request.workstationCode)
      .where('status', '!=', 'revoked')
      .executeTakeFirst();
    if (holder !== undefined) return { kind: 'workstation-taken', deviceId: holder.id };
    const deviceId = newId();
    const deviceToken = newSecret();
    const at = now.toISOString();
    await trx
      .insertInto('devices')
      .values({
        id: deviceId,
        centre_code: request.centreCode,
        workstation_code: request.workstationCode,
        label: request.deskLabel,
        token_sha256: sha256Hex(deviceToken),
        status: 'active',
        last_device_seq: 0,
        enrolled_at: at,
        last_seen_at: at,
      })
      .execute();
    await trx
      .updateTable('enrolment_codes')
      .set({ used_by: deviceId, used_at: at })
      .where('code_sha256', '=', codeHash)
      .execute();
    return { kind: 'enrolled', deviceId, deviceToken, serverEpoch: await epochIn(trx) };
  });
}
