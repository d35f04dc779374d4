/**
 * Expected domain failures (an illegal transition, a date outside the calendar's coverage…) are
 * returned as data, never thrown. Throwing is reserved for programmer errors such as a malformed
 * date string that should have been validated at the boundary.
 * Same shape as HostResult in shared/host, so the UI handles both alike.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
