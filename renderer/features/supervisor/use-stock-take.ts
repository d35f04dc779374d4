import { useEffect, useState } from 'react';
import { readStockTake, watchQuery, type StockTakeView } from '../../db';
import { useDesk } from '../../app/desk/use-desk';

export type StockTakeState =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly view: StockTakeView };

/** The open stock-take with its scans, or the last finished one with its report; live. */
export function useStockTake(): StockTakeState {
  const { db, session } = useDesk();
  const [state, setState] = useState<StockTakeState>({ state: 'loading' });
  useEffect(
    () =>
      watchQuery(() => readStockTake(db, session)).subscribe(
        (answer) => setState(answer.ok ? { state: 'ready', view: answer.value } : { state: 'failed' }),
        (error: unknown) => {
          console.error('[supervisor] the stock-take could not be read', error);
          setState({ state: 'failed' });
        },
      ),
    [db, session],
  );
  return state;
}
