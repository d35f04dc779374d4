interface Waiting<T, R> {
  readonly item: T;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

type Attempt<R> =
  { readonly ok: true; readonly values: readonly R[] } | { readonly ok: false; readonly error: unknown };

/**
 * Items that arrive while a group is being run wait here and are run together in the next group
 * (group commit); each `add` resolves with its item's own value once its group has run. The first
 * group starts after the event loop's I/O phase, so that items that arrived together go together —
 * node:sqlite never yields inside a transaction, so without that nothing would ever queue. If a
 * group fails as a whole, each of its items runs again alone: one failing item never takes the
 * others with it.
 */
export class GroupingQueue<T, R> {
  readonly #waiting: Waiting<T, R>[] = [];
  #draining = false;

  constructor(
    /** Which of the waiting items (oldest first) make the next group, by index; the oldest always does. */
    private readonly take: (waiting: readonly T[]) => readonly number[],
    /** Runs a group (one transaction): a value per item, in order, or throws. */
    private readonly run: (group: readonly T[]) => Promise<readonly R[]>,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      if (this.#draining) return;
      this.#draining = true;
      setImmediate(() => void this.#drain());
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#waiting.length > 0) {
        const group = this.#takeGroup();
        const together = await this.#attempt(group);
        if (together.ok || group.length === 1) {
          group.forEach((waiting, i) => settle(waiting, together, i));
          continue;
        }
        for (const waiting of group) settle(waiting, await this.#attempt([waiting]), 0);
      }
    } finally {
      this.#draining = false;
    }
  }

  #takeGroup(): Waiting<T, R>[] {
    const chosen = new Set(this.take(this.#waiting.map((waiting) => waiting.item)));
    // Whatever `take` chose, the oldest item goes: the queue always moves.
    chosen.add(0);
    const group = this.#waiting.filter((_, i) => chosen.has(i));
    const rest = this.#waiting.filter((_, i) => !chosen.has(i));
    this.#waiting.splice(0, this.#waiting.length, ...rest);
    return group;
  }

  async #attempt(group: readonly Waiting<T, R>[]): Promise<Attempt<R>> {
    try {
      return { ok: true, values: await this.run(group.map((waiting) => waiting.item)) };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

function settle<T, R>(waiting: Waiting<T, R>, attempt: Attempt<R>, i: number): void {
  if (!attempt.ok) waiting.reject(attempt.error);
  else if (i >= attempt.values.length) waiting.reject(new Error('The group gave this item no answer.'));
  else waiting.resolve(attempt.values[i] as R);
}
