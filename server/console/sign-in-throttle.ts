/**
 * Slows down password guessing: after `maxFailures` failed sign-ins for one login within the
 * window, further attempts are refused until the window passes. In memory: a restart forgets,
 * which costs an attacker nothing they could not get by waiting.
 */
export class SignInThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 60_000,
  ) {}

  isBlocked(key: string, nowMs: number): boolean {
    return this.#recent(key, nowMs).length >= this.maxFailures;
  }

  recordFailure(key: string, nowMs: number): void {
    this.#failures.set(key, [...this.#recent(key, nowMs), nowMs]);
  }

  reset(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string, nowMs: number): number[] {
    return (this.#failures.get(key) ?? []).filter((at) => nowMs - at < this.windowMs);
  }
}
