import { useEffect, useState } from 'react';
import {
  readShelfOverview,
  readShelfReview,
  watchQuery,
  type ShelfOverview,
  type ShelfReview,
} from '../../db';
import { useDesk } from '../../app/desk/use-desk';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'supervisors-only' }
  | { readonly state: 'ready'; readonly value: T };

/** The counts and the first page of the list, from the indexes: what the screen shows first. */
export function useShelfOverview(limit: number): Loaded<ShelfOverview> {
  const { db, clock, session } = useDesk();
  const [state, setState] = useState<Loaded<ShelfOverview>>({ state: 'loading' });
  useEffect(
    () =>
      watchQuery(() => readShelfOverview(db, clock, session, limit)).subscribe(
        (answer) =>
          setState(answer.ok ? { state: 'ready', value: answer.value } : { state: 'supervisors-only' }),
        (error: unknown) => {
          console.error('[supervisor] the shelf overview could not be read', error);
          setState({ state: 'failed' });
        },
      ),
    [db, clock, session, limit],
  );
  return state;
}

/**
 * The whole shelf, live (items received, issued or returned at any workstation show as they
 * change), for the filters and the slot map. Read only once `enabled` (after the overview), so the
 * first screenful does not wait behind it.
 */
export function useShelfReview(enabled: boolean): Loaded<ShelfReview> {
  const { db, clock, session } = useDesk();
  const [state, setState] = useState<Loaded<ShelfReview>>({ state: 'loading' });
  useEffect(() => {
    if (!enabled) return undefined;
    return watchQuery(() => readShelfReview(db, clock, session)).subscribe(
      (answer) =>
        setState(answer.ok ? { state: 'ready', value: answer.value } : { state: 'supervisors-only' }),
      (error: unknown) => {
        console.error('[supervisor] the shelf could not be read', error);
        setState({ state: 'failed' });
      },
    );
  }, [db, clock, session, enabled]);
  return state;
}
