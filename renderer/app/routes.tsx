import { Navigate, type RouteObject } from 'react-router';
import { ApplicationScreen } from '../features/applications/ApplicationScreen';
import { ApplicationsScreen } from '../features/applications/ApplicationsScreen';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ReturnsScreen } from '../features/returns/ReturnsScreen';
import { ShelfScreen } from '../features/shelf/ShelfScreen';
import { SupervisorScreen } from '../features/supervisor/SupervisorScreen';
import { SyncScreen } from '../features/sync/SyncScreen';
import { applicationRoute, homeScreen, screenPaths } from './screen-paths';
import { AppErrorScreen } from './shell/AppErrorScreen';
import { AppShell } from './shell/AppShell';

const toHome = <Navigate to={screenPaths[homeScreen]} replace />;

/** One route table for the hash router of the app and the memory router of the tests. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <AppErrorScreen />,
    children: [
      { index: true, element: toHome },
      { path: screenPaths.intake, element: <IntakeScreen /> },
      { path: screenPaths.applications, element: <ApplicationsScreen /> },
      { path: applicationRoute, element: <ApplicationScreen /> },
      { path: screenPaths.shelf, element: <ShelfScreen /> },
      { path: screenPaths.returns, element: <ReturnsScreen /> },
      { path: screenPaths.supervisor, element: <SupervisorScreen /> },
      { path: screenPaths.sync, element: <SyncScreen /> },
      { path: screenPaths.settings, element: <SettingsScreen /> },
      // An unknown address (an old bookmark, a stray hash) opens the home screen.
      { path: '*', element: toHome },
    ],
  },
];
