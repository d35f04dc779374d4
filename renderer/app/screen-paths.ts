/** The screens of the desk and their hash-router paths (`#/intake`, …). */
export const screenPaths = {
  intake: '/intake',
  applications: '/applications',
  shelf: '/shelf',
  returns: '/returns',
  supervisor: '/supervisor',
  sync: '/sync',
  settings: '/settings',
} as const;

export type ScreenId = keyof typeof screenPaths;

/** Where the desk opens: the clerk's main job. */
export const homeScreen: ScreenId = 'intake';

/** The route pattern of one application's screen, and the path to a given one. */
export const applicationRoute = `${screenPaths.applications}/:applicationId`;
export function applicationPath(applicationId: string): string {
  return `${screenPaths.applications}/${encodeURIComponent(applicationId)}`;
}
