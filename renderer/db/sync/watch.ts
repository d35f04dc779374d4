import { liveQuery } from 'dexie';

/** A subscription to a query's answers: called with the first answer and again whenever the tables it read change. */
export interface Watch<T> {
  subscribe(next: (value: T) => void, fail: (error: unknown) => void): () => void;
}

/**
 * Re-runs `query` when a table it read changes — in this window or another one of the same
 * origin (Dexie's live queries). Screens read sync state with it; the sync engine wakes on the
 * outbox with it. `query` must read only through renderer/db functions.
 */
export function watchQuery<T>(query: () => Promise<T>): Watch<T> {
  return {
    subscribe(next, fail) {
      const subscription = liveQuery(query).subscribe({ next, error: fail });
      return () => subscription.unsubscribe();
    },
  };
}
