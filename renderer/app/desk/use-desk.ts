import { useContext } from 'react';
import { DeskContext, type DeskContextValue } from './desk-context';

export type { DeskContextValue } from './desk-context';

/**
 * The signed-in desk: database, session, clock, ids, centre and workstation. Only screens inside
 * the signed-in part of the app may call it; anywhere else is a programmer error, so it throws.
 */
export function useDesk(): DeskContextValue {
  const desk = useContext(DeskContext);
  if (desk === undefined) throw new Error('useDesk() is used outside the signed-in desk');
  return desk;
}
