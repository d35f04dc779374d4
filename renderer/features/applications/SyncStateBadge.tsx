import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../db';
import '../sync/sync.css';

/** Whether the application is on the server, still waiting to be sent, or rejected (see Sync). */
export function SyncStateBadge({ state }: { readonly state: SyncState }) {
  const { t } = useTranslation();
  return (
    <span className={`sync-badge sync-badge--${state}`} data-testid="sync-state" data-sync-state={state}>
      {t(`sync:state.${state}`)}
    </span>
  );
}
