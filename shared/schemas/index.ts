// Public API of the zod schemas. Every custom message is an i18n key (see messages.ts).
export * from './messages';
export * from './primitives';
export * from './iin';
export * from './person';
export * from './applicant';
export * from './powerOfAttorney';
export * from './provider';
export * from './application';
export * from './events';
export * from './catalogue';
export * from './calendarData';
export * from './events-fast-path';
