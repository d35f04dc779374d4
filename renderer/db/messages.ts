/**
 * Validation message keys used only by renderer/db's own schemas (settings, users). They live in
 * the forms namespace (locales/{kk,ru,en}/forms.json); validation.json holds shared/'s keys only.
 */
export const dbMessages = {
  timeOfDay: 'forms:hours.timeOfDay',
  hoursOrder: 'forms:hours.order',
  login: 'forms:user.login',
  passwordTooShort: 'forms:user.passwordTooShort',
  pin: 'forms:user.pin',
  rackCode: 'forms:shelf.rackCode',
  rackCodeTwice: 'forms:shelf.rackCodeTwice',
} as const;
