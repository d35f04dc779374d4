import type { z } from 'zod';
import { hostFail, hostPayloadSchemas, type HostMethod, type HostResult } from '../../../shared/host';
import type { HostPayload, HostValue } from '../../common/host-call';
import { isTrustedSender, type IpcSenderFacts } from './trusted-sender';

/** The main-side implementation of one method: receives the validated payload, answers a HostResult. */
export type HostMethodImpl<M extends HostMethod> = (
  payload: HostPayload<M>,
) => Promise<HostResult<HostValue<M>>>;

export interface HostCall extends IpcSenderFacts {
  readonly payload: unknown;
}

// Compile-time proof that each contract schema parses to exactly what its method takes; the one
// cast below (`parsed.data as HostPayload<M>`) rests on it.
type SchemaMismatch = {
  [M in HostMethod]: z.output<(typeof hostPayloadSchemas)[M]> extends HostPayload<M>
    ? HostPayload<M> extends z.output<(typeof hostPayloadSchemas)[M]>
      ? never
      : M
    : M;
}[HostMethod];
const schemasMatchContract: [SchemaMismatch] extends [never] ? true : SchemaMismatch = true;
void schemasMatchContract;

/**
 * The core of every IPC handler, free of Electron: sender check, payload validation, the call,
 * and errors turned into data. It never throws, so nothing crosses IPC as an exception.
 */
export async function answerHostCall<M extends HostMethod>(
  method: M,
  impl: HostMethodImpl<M>,
  call: HostCall,
): Promise<HostResult<HostValue<M>>> {
  if (!isTrustedSender(call)) {
    return hostFail('forbidden-sender', `${method}: the sender is not the application's main frame`);
  }
  const schema: z.ZodType = hostPayloadSchemas[method];
  const parsed = schema.safeParse(call.payload);
  if (!parsed.success) {
    // Paths and messages only: the rejected values may be secrets or personal data.
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`,
    );
    return hostFail('invalid-payload', `${method}: ${issues.join('; ')}`);
  }
  try {
    return await impl(parsed.data as HostPayload<M>);
  } catch (error) {
    return hostFail('internal', `${method}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
