import { useEffect, useState } from 'react';
import { openDeskDatabase, type DeskDatabase, type OpenDatabaseError } from '../../db';

export type OpeningDatabase =
  | { readonly state: 'opening' }
  | { readonly state: 'failed'; readonly error: OpenDatabaseError }
  | { readonly state: 'open'; readonly db: DeskDatabase };

/** Opens the desk database once for the life of the window, and closes it when the app unmounts. */
export function useOpenDatabase(): OpeningDatabase {
  const [opening, setOpening] = useState<OpeningDatabase>({ state: 'opening' });
  useEffect(() => {
    let unmounted = false;
    let opened: DeskDatabase | undefined;
    void openDeskDatabase().then((answer) => {
      if (answer.ok) {
        opened = answer.value;
        if (unmounted) answer.value.close();
        else setOpening({ state: 'open', db: answer.value });
      } else if (!unmounted) {
        console.error('[desk] the database did not open', answer.error);
        setOpening({ state: 'failed', error: answer.error });
      }
    });
    return () => {
      unmounted = true;
      opened?.close();
    };
  }, []);
  return opening;
}
