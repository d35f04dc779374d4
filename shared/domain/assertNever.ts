/**
 * Exhaustiveness guard for `switch` statements over unions (statuses, event types…).
 * If a new member is added and a switch forgets it, the call no longer type-checks.
 * At run time it only fires on data that bypassed the types (e.g. an unvalidated payload).
 */
export function assertNever(value: never, context = 'value'): never {
  throw new TypeError(`Unexpected ${context}: ${JSON.stringify(value)}`);
}
