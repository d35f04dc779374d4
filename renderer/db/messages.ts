/**
 * Validation message keys used only by renderer/db's own schemas (settings, users). Their texts
 * belong in locales/{kk,ru,en}/validation.json — listed for the locale owners in the report.
 */
export const dbMessages = {
  timeOfDay: 'validation:hours.timeOfDay',
  hoursOrder: 'validation:hours.order',
  login: 'validation:user.login',
  passwordTooShort: 'validation:user.passwordTooShort',
  pin: 'validation:user.pin',
} as const;
