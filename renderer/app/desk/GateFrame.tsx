import type { ReactNode } from 'react';
import { AppHeader } from '../shell/AppHeader';
import '../shell/shell.css';

/** The frame of the screens before sign-in (and the lock): the header with the language switch. */
export function GateFrame({ children }: { readonly children: ReactNode }) {
  return (
    <div className="shell">
      <AppHeader />
      <div className="shell__body">
        <main tabIndex={-1} className="shell__main">
          {children}
        </main>
      </div>
    </div>
  );
}
