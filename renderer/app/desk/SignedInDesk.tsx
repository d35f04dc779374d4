import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getSetting,
  randomIds,
  systemClock,
  type CentreSettings,
  type DeskDatabase,
  type DeskSession,
  type WorkstationSettings,
} from '../../db';
import { LockScreen } from '../../features/auth/LockScreen';
import { useIdleTimeout } from '../../features/auth/use-idle-timeout';
import { DeskContext, type DeskContextValue } from './desk-context';
import { GateFrame } from './GateFrame';

interface Workplace {
  readonly centre: CentreSettings;
  readonly workstation: WorkstationSettings;
  readonly idleLockMinutes: number;
}

export interface SignedInDeskProps {
  readonly db: DeskDatabase;
  readonly session: DeskSession;
  readonly onSignOut: () => void;
  readonly children: ReactNode;
}

/** The signed-in desk: provides useDesk() and locks the screen after the idle time. */
export function SignedInDesk({ db, session, onSignOut, children }: SignedInDeskProps) {
  const { t } = useTranslation();
  const workplace = useWorkplace(db);
  const [locked, setLocked] = useState(false);
  const lock = useCallback(() => setLocked(true), []);
  useIdleTimeout(workplace?.idleLockMinutes ?? 0, workplace !== undefined && !locked, lock);

  const desk = useMemo<DeskContextValue | undefined>(
    () =>
      workplace === undefined
        ? undefined
        : {
            db,
            session,
            clock: systemClock,
            ids: randomIds,
            centre: workplace.centre,
            workstation: workplace.workstation,
            signOut: onSignOut,
          },
    [db, session, workplace, onSignOut],
  );

  if (desk === undefined) {
    return (
      <GateFrame>
        <p role="status">{t('auth:opening')}</p>
      </GateFrame>
    );
  }
  return (
    <DeskContext.Provider value={desk}>
      {/* Hidden, not unmounted: a half-filled screen survives the lock, but shows nothing meanwhile. */}
      <div hidden={locked} data-testid="desk-unlocked">
        {children}
      </div>
      {locked && (
        <GateFrame>
          <LockScreen db={db} user={session.user} onUnlocked={() => setLocked(false)} onSignOut={onSignOut} />
        </GateFrame>
      )}
    </DeskContext.Provider>
  );
}

/** The centre and workstation settings (set up before anyone could sign in) and the idle time. */
function useWorkplace(db: DeskDatabase): Workplace | undefined {
  const [workplace, setWorkplace] = useState<Workplace>();
  useEffect(() => {
    let current = true;
    void Promise.all([
      getSetting(db, 'centre'),
      getSetting(db, 'workstation'),
      getSetting(db, 'idleLockMinutes'),
    ]).then(([centre, workstation, idleLockMinutes]) => {
      if (centre === undefined || workstation === undefined)
        throw new Error('Signed in at a desk that is not set up');
      if (current) setWorkplace({ centre, workstation, idleLockMinutes });
    });
    return () => {
      current = false;
    };
  }, [db]);
  return workplace;
}
