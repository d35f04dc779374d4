import { useRef } from 'react';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';
import { WorkplaceSummary } from './WorkplaceSummary';
import { SyncStatusIndicator } from '../../features/sync/SyncStatusIndicator';
import { useFocusHeadingOnNavigation } from './use-focus-heading-on-navigation';
import './shell.css';

const mainContentId = 'main-content';

/** The frame around every screen: header, side navigation and the main region. */
export function AppShell() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(mainRef);
  return (
    <div className="shell">
      <SkipLink targetId={mainContentId} />
      <AppHeader
        workplace={
          <>
            <WorkplaceSummary />
            <SyncStatusIndicator />
          </>
        }
      />
      <div className="shell__body">
        <SideNav />
        <main id={mainContentId} ref={mainRef} tabIndex={-1} className="shell__main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
