import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { needsSetUp, type DeskDatabase, type DeskSession } from '../../db';
import { SetUpScreen } from '../../features/auth/SetUpScreen';
import { SignInScreen } from '../../features/auth/SignInScreen';
import { GateFrame } from './GateFrame';
import { SignedInDesk } from './SignedInDesk';
import { useOpenDatabase } from './use-open-database';
import { useDeskSync } from '../../sync/desk-sync';

/**
 * Opens the desk database once and walks the desk through first-run set-up and sign-in; only a
 * signed-in desk renders `children` (the routed screens), with useDesk() available inside.
 */
export function DeskProvider({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const opening = useOpenDatabase();
  if (opening.state === 'open') return <DeskGate db={opening.db}>{children}</DeskGate>;
  return (
    <GateFrame>
      {opening.state === 'opening' ? (
        <p role="status">{t('auth:opening')}</p>
      ) : (
        <p role="alert" data-testid="database-failed">
          {t('auth:databaseFailed')}
        </p>
      )}
    </GateFrame>
  );
}

type Stage =
  | { readonly kind: 'checking' }
  | { readonly kind: 'set-up' }
  | { readonly kind: 'sign-in' }
  | { readonly kind: 'signed-in'; readonly session: DeskSession };

function DeskGate({ db, children }: { readonly db: DeskDatabase; readonly children: ReactNode }) {
  const { t } = useTranslation();
  // Sync runs while the database is open, signed in or not (an accepted application must leave).
  useDeskSync(db);
  const [stage, setStage] = useState<Stage>({ kind: 'checking' });
  useEffect(() => {
    let current = true;
    void needsSetUp(db).then((firstRun) => {
      if (current) setStage({ kind: firstRun ? 'set-up' : 'sign-in' });
    });
    return () => {
      current = false;
    };
  }, [db]);

  switch (stage.kind) {
    case 'checking':
      return (
        <GateFrame>
          <p role="status">{t('auth:opening')}</p>
        </GateFrame>
      );
    case 'set-up':
      return (
        <GateFrame>
          <SetUpScreen db={db} onSetUp={() => setStage({ kind: 'sign-in' })} />
        </GateFrame>
      );
    case 'sign-in':
      return (
        <GateFrame>
          <SignInScreen db={db} onSignedIn={(session) => setStage({ kind: 'signed-in', session })} />
        </GateFrame>
      );
    case 'signed-in':
      return (
        <SignedInDesk db={db} session={stage.session} onSignOut={() => setStage({ kind: 'sign-in' })}>
          {children}
        </SignedInDesk>
      );
  }
}
