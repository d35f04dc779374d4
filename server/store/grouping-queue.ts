/** How a queued item is answered. */
export type Settlement<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

export interface Queued<R> {
  settle(outcome: Settlement<R>): void;
}

/**
 * Items that arrive while a group is being run wait here and are run together in the next group
 * (group commit). The first group starts after the event loop's I/O phase, so that items that
 * arrived together go together — node:sqlite never yields inside a transaction, so without that
 * nothing would ever queue. If a group fails as a whole, each of its items runs again alone: one
 * failing item never takes the others with it.
 */
export class GroupingQueue<R, T extends Queued<R>> {
  readonly #waiting: T[] = [];
  #draining = false;

  constructor(
    /** Takes the next group off the queue (at least its first item). */
    private readonly take: (waiting: T[]) => T[],
    /** Runs a group (one transaction): a value per item, in order, or throws. */
    private readonly run: (group: readonly T[]) => Promise<readonly R[]>,
  ) {}

  add(item: T): void {
    this.#waiting.push(item);
    if (this.#draining) return;
    this.#draining = true;
    setImmediate(() => void this.#drain());
  }

  async #drain(): Promise<void> {
    try {
      while (this.#waiting.length > 0) {
        const group = this.take(this.#waiting);
        const together = await this.#attempt(group);
        if (together.ok || group.length === 1) {
          group.forEach((item, i) => item.settle(outcomeAt(together, i)));
          continue;
        }
        for (const item of group) item.settle(outcomeAt(await this.#attempt([item]), 0));
      }
    } finally {
      this.#draining = false;
    }
  }

  async #attempt(group: readonly T[]): Promise<Settlement<readonly R[]>> {
    try {
      return { ok: true, value: await this.run(group) };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

function outcomeAt<R>(outcome: Settlement<readonly R[]>, i: number): Settlement<R> {
  if (!outcome.ok) return outcome;
  if (i >= outcome.value.length)
    return { ok: false, error: new Error('The group gave this item no answer.') };
  return { ok: true, value: outcome.value[i] as R };
}
