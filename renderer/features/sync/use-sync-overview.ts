import { useEffect, useState } from 'react';
import { readSyncOverview, watchQuery, type DeskDatabase, type SyncOverview } from '../../db';

/** The sync state as the engine recorded it, kept current (Dexie live query, across windows too). */
export function useSyncOverview(db: DeskDatabase): SyncOverview | undefined {
  const [overview, setOverview] = useState<SyncOverview>();
  useEffect(
    () =>
      watchQuery(() => readSyncOverview(db)).subscribe(setOverview, (error: unknown) =>
        console.error('[sync] the sync state could not be read', error),
      ),
    [db],
  );
  return overview;
}

/** navigator.onLine, kept current by the window's online / offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
