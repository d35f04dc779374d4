import { useEffect, useState } from 'react';
import { localDateOf, type LocalDate } from '../../../shared/domain';
import {
  listDueForReturn,
  listReRequests,
  listReturnBatches,
  watchQuery,
  type DueForReturnGroup,
  type ReRequestView,
  type ReturnBatchView,
} from '../../db';
import { useDesk } from '../../app/desk/use-desk';

export interface ReturnsData {
  readonly today: LocalDate;
  readonly due: readonly DueForReturnGroup[];
  readonly batches: readonly ReturnBatchView[];
  readonly reRequests: readonly ReRequestView[];
}

export type ReturnsState =
  { readonly state: 'loading' } | { readonly state: 'failed' } | ({ readonly state: 'ready' } & ReturnsData);

/** What the returns screen shows, live: due items, batches (with the provider's confirmations), re-requests. */
export function useReturns(): ReturnsState {
  const { db, clock, session } = useDesk();
  const [data, setData] = useState<ReturnsState>({ state: 'loading' });
  useEffect(() => {
    const read = async (): Promise<ReturnsData> => {
      const today = localDateOf(clock.now(), session.centre.timeZone);
      const [due, batches, reRequests] = await Promise.all([
        listDueForReturn(db, today),
        listReturnBatches(db),
        listReRequests(db, today),
      ]);
      return { today, due, batches, reRequests };
    };
    return watchQuery(read).subscribe(
      (answer) => setData({ state: 'ready', ...answer }),
      (error: unknown) => {
        console.error('[returns] the lists could not be read', error);
        setData({ state: 'failed' });
      },
    );
  }, [db, clock, session]);
  return data;
}
