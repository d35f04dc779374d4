import { createContext } from 'react';
import type {
  CentreSettings,
  Clock,
  DeskDatabase,
  DeskSession,
  IdSource,
  WorkstationSettings,
} from '../../db';

/** What every signed-in screen works with: the open database, who is signed in, and where. */
export interface DeskContextValue {
  readonly db: DeskDatabase;
  readonly session: DeskSession;
  readonly clock: Clock;
  readonly ids: IdSource;
  /** The centre's full settings (bilingual name and address for receipts), not only its profile. */
  readonly centre: CentreSettings;
  readonly workstation: WorkstationSettings;
  signOut(): void;
}

/** Provided by the signed-in part of the app only; undefined outside it. */
export const DeskContext = createContext<DeskContextValue | undefined>(undefined);
