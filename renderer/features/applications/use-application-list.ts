import { useEffect, useState } from 'react';
import { listTodaysApplications, searchApplications, type ApplicationRecord } from '../../db';
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
  useEffect(() => {
    let current = true;
    setList({ state: 'loading' });
    const text = query.trim();
    const found =
      text === ''
        ? listTodaysApplications(db, clock).then(({ applications }) => ({ query: null, applications }))
        : searchApplications(db, text).then(({ applications }) => ({ query: text, applications }));
    found.then(
      (answer) => {
        if (current) setList({ state: 'ready', ...answer });
      },
      (error: unknown) => {
        console.error('[applications] the list could not be read', error);
        if (current) setList({ state: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [db, clock, query]);
  return list;
}
