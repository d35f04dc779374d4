/**
 * Every custom validation message is an i18n key 'validation:<path>' whose texts live in
 * locales/{kk,ru,en}/validation.json (nested: 'validation:iin.checksum' → { iin: { checksum } }).
 * Schemas reference keys through this object only, so a test can check every key has all three texts.
 */
export const validationMessages = {
  common: {
    required: 'validation:common.required',
    tooLong: 'validation:common.tooLong',
    invalid: 'validation:common.invalid',
    choice: 'validation:common.choice',
  },
  date: { invalid: 'validation:date.invalid' },
  instant: { invalid: 'validation:instant.invalid' },
  id: { invalid: 'validation:id.invalid' },
  code: {
    centre: 'validation:code.centre',
    workstation: 'validation:code.workstation',
  },
  receiptNumber: {
    invalid: 'validation:receiptNumber.invalid',
    checkCharacter: 'validation:receiptNumber.checkCharacter',
  },
  iin: {
    format: 'validation:iin.format',
    checksum: 'validation:iin.checksum',
  },
  bin: {
    format: 'validation:bin.format',
    checksum: 'validation:bin.checksum',
  },
  name: { characters: 'validation:name.characters' },
  phone: { format: 'validation:phone.format' },
  email: { invalid: 'validation:email.invalid' },
  consent: { required: 'validation:consent.required' },
  representative: {
    required: 'validation:representative.required',
    notExpected: 'validation:representative.notExpected',
    relation: 'validation:representative.relation',
  },
  powerOfAttorney: { validUntilBeforeIssued: 'validation:powerOfAttorney.validUntilBeforeIssued' },
  application: {
    serviceUnknown: 'validation:application.serviceUnknown',
    portalOnly: 'validation:application.portalOnly',
    roleNotAllowed: 'validation:application.roleNotAllowed',
    answerRequired: 'validation:application.answerRequired',
    documentMissing: 'validation:application.documentMissing',
    documentUnknown: 'validation:application.documentUnknown',
    groundRequired: 'validation:application.groundRequired',
    groundUnknown: 'validation:application.groundUnknown',
    groundsNotApplicable: 'validation:application.groundsNotApplicable',
    schoolYearRequired: 'validation:application.schoolYearRequired',
    schoolYear: 'validation:application.schoolYear',
  },
  event: {
    place: 'validation:event.place',
    type: 'validation:event.type',
    reasonRequired: 'validation:event.reasonRequired',
    missingDocumentsRequired: 'validation:event.missingDocumentsRequired',
    snapshotMismatch: 'validation:event.snapshotMismatch',
  },
  catalogue: {
    textRequired: 'validation:catalogue.textRequired',
    channelsMismatch: 'validation:catalogue.channelsMismatch',
    duplicateId: 'validation:catalogue.duplicateId',
    unknownGround: 'validation:catalogue.unknownGround',
    questionNotAsked: 'validation:catalogue.questionNotAsked',
    term: 'validation:catalogue.term',
  },
  calendar: {
    coverageOrder: 'validation:calendar.coverageOrder',
    holidayDay: 'validation:calendar.holidayDay',
    weeks: 'validation:calendar.weeks',
  },
} as const;

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T];
export type ValidationMessageKey = Leaves<typeof validationMessages>;

/** All keys, flattened (for the locale completeness test and for tooling). */
export function allValidationMessageKeys(): ValidationMessageKey[] {
  const walk = (node: unknown): string[] =>
    typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(walk);
  return walk(validationMessages) as ValidationMessageKey[];
}
