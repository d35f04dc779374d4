/** The screens of the desk and their hash-router paths (`#/intake`, …). */
export const screenPaths = {
  intake: '/intake',
  shelf: '/shelf',
  supervisor: '/supervisor',
  sync: '/sync',
  settings: '/settings',
} as const;

export type ScreenId = keyof typeof screenPaths;

/** Where the desk opens: the clerk's main job. */
export const homeScreen: ScreenId = 'intake';
