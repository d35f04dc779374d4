// Public API of the pure domain core. See shared/README.md for what lives where.
export * from './assertNever';
export * from './result';
export * from './localizedText';

export * from './time/localDate';
export * from './time/instant';
export * from './time/timeZone';

export * from './calendar/calendarData';
export * from './calendar/kazakhstanCalendar';
export * from './calendar/workCalendar';
export * from './calendar/workingDays';
export * from './calendar/coverage';

export * from './centre/openingHours';

export * from './deadlines/resultDueDate';
export * from './deadlines/shelfStorage';
export * from './deadlines/providerReturnDueDate';
export * from './deadlines/schoolYearCutoff';

export * from './iin/iin';
export * from './provider/bin';

export * from './catalogue/vocabulary';
export * from './catalogue/serviceDefinition';
export * from './catalogue/catalogue';
export * from './catalogue/intakeAnswers';
export * from './catalogue/documentConditions';
export * from './catalogue/requiredDocuments';
export * from './catalogue/intakeRules';
export * from './catalogue/intakeRefusal';
export * from './catalogue/intakeCheck';

export * from './people/age';
export * from './people/powerOfAttorney';
export * from './people/representative';

export * from './shelf/shelfLayout';

export * from './receipt/receiptNumber';
export * from './receipt/receiptLayout';

export * from './lifecycle/status';
export * from './lifecycle/events';
export * from './lifecycle/transitions';
export * from './lifecycle/fold';
