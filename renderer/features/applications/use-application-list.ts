import { useEffect, useState } from 'react';
import { listTodaysApplications, searchApplications, watchQuery, type ApplicationRecord } from '../../db';
import { useDesk } from '../../app/desk/use-desk';

export type ApplicationList =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | {
      readonly state: 'ready';
      /** null: today's applications; otherwise the search that found these. */
      readonly query: string | null;
      readonly applications: readonly ApplicationRecord[];
    };

/** Today's applications when `query` is empty, otherwise what the search box finds (IIN, name or receipt number). */
export function useApplicationList(query: string): ApplicationList {
  const { db, clock } = useDesk();
  const [list, setList] = useState<ApplicationList>({ state: 'loading' });
  // Live: applications another workstation accepted, and sync states, show as they change.
  useEffect(() => {
    setList({ state: 'loading' });
    const text = query.trim();
    const read = (): Promise<{
      readonly query: string | null;
      readonly applications: readonly ApplicationRecord[];
    }> =>
      text === ''
        ? listTodaysApplications(db, clock).then(({ applications }) => ({ query: null, applications }))
        : searchApplications(db, text).then(({ applications }) => ({ query: text, applications }));
    return watchQuery(read).subscribe(
      (answer) => setList({ state: 'ready', ...answer }),
      (error: unknown) => {
        console.error('[applications] the list could not be read', error);
        setList({ state: 'failed' });
      },
    );
  }, [db, clock, query]);
  return list;
}
