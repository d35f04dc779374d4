import type { HostApi, HostMethod, HostResult } from '../../shared/host';

/** What a HostApi method takes over IPC: its single argument, or undefined when it takes none. */
export type HostPayload<M extends HostMethod> =
  Parameters<HostApi[M]> extends [infer Payload] ? Payload : undefined;

/** What a HostApi method answers when it succeeds. */
export type HostValue<M extends HostMethod> =
  Awaited<ReturnType<HostApi[M]>> extends HostResult<infer Value> ? Value : never;

/** One call across the bridge; preload and main agree on this shape through the contract's channels. */
export type HostInvoke = <M extends HostMethod>(
  method: M,
  payload: HostPayload<M>,
) => Promise<HostResult<HostValue<M>>>;
