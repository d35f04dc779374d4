import type { Result } from '../../../shared/domain';

/** The value of an ok Result; fails the test with the error otherwise. */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`Expected ok, got error: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed Result; fails the test if it was ok. */
export function unwrapErr<T, E>(result: Result<T, E>): E {
  if (result.ok) throw new Error(`Expected an error, got: ${JSON.stringify(result.value)}`);
  return result.error;
}
