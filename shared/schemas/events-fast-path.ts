import {
  applicantRoles,
  findService,
  firstReceiptCopy,
  hasValidBinChecksum,
  hasValidIinChecksum,
  isCentreCode,
  isInstant,
  isLocalDate,
  isWorkstationCode,
  maxReceiptCopy,
  parseReceiptNumber,
  receiptLanguages,
  receiptLayouts,
  representativeRelations,
  type ApplicationEvent,
} from '../domain';
import { emailSchema } from './person';
import { uuidPattern } from './primitives';

/**
 * A quick yes for the events a desk pushes most: true only when `applicationEventSchema` would
 * accept the value AND give it back unchanged (nothing to trim, no key it would drop, the phone
 * already in its stored form). Anything else answers false and goes to the schema itself, which
 * has the last word and the translated messages — so a false here is never a rejection.
 *
 * Why it exists: the server checks every pushed event with the schema, and zod's parse copies
 * every object and field (a thousand-event page: a third of the push's garbage). This checks in
 * place, calling the same domain rules. It mirrors events.ts, application.ts, applicant.ts,
 * provider.ts and primitives.ts; test/unit/schemas/events-fast-path.test.ts mutates every field
 * of real events and fails when this says yes where the schema says no or changes the value.
 */
export function isUnchangedByEventSchema(value: unknown): value is ApplicationEvent {
  if (!isPlainObject(value)) return false;
  const check = eventChecks.get(value['type']);
  return check !== undefined && check(value);
}

type Check = (value: unknown) => boolean;
type JsonObject = Record<string, unknown>;

/** What JSON.parse makes of an object (zod would copy anything else into one). */
function isPlainObject(value: unknown): value is JsonObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * An object with exactly these keys (the optional ones may be missing), each passing its check,
 * and then `refine`. A key the schema does not know would be dropped by zod: not unchanged.
 */
function object(
  required: Readonly<Record<string, Check>>,
  optional: Readonly<Record<string, Check>> = {},
  refine: (value: JsonObject) => boolean = () => true,
): Check {
  // Maps, not the literals: a key such as "constructor" must not find Object's own members.
  const checks = new Map([...Object.entries(required), ...Object.entries(optional)]);
  const requiredKeys = new Set(Object.keys(required));
  return (value) => {
    if (!isPlainObject(value)) return false;
    let present = 0;
    for (const key of Object.keys(value)) {
      const check = checks.get(key);
      const member = value[key];
      if (check === undefined || member === undefined || !check(member)) return false;
      if (requiredKeys.has(key)) present += 1;
    }
    return present === requiredKeys.size && refine(value);
  };
}

const string = (value: unknown): value is string => typeof value === 'string';

/** requiredText(max): already trimmed, so the schema's trim changes nothing. */
const text =
  (max: number): Check =>
  (value) =>
    string(value) && value.length >= 1 && value.length <= max && value.trim() === value;

const matches =
  (pattern: RegExp): Check =>
  (value) =>
    string(value) && pattern.test(value);

const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
};

const integer =
  (min: number, max: number): Check =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

const boolean: Check = (value) => typeof value === 'boolean';

/** By index, not `every`: a hole (which `every` skips) is not a valid item. */
const arrayOf =
  (item: Check, maxLength = Number.POSITIVE_INFINITY): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length > maxLength) return false;
    for (let i = 0; i < value.length; i += 1) if (!item(value[i])) return false;
    return true;
  };

const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);

// ── primitives.ts ─────────────────────────────────────────────────────────────────────────────
const uuid = matches(uuidPattern);
const instant: Check = (value) => string(value) && isInstant(value);
const localDate: Check = (value) => string(value) && isLocalDate(value);
const sha256 = matches(/^[0-9a-f]{64}$/);

// ── person.ts, iin.ts, applicant.ts ───────────────────────────────────────────────────────────
const personNamePattern = /^\p{L}[\p{L}\p{M}' -]*$/u;
const text100 = text(100);
const personName: Check = (value) => text100(value) && personNamePattern.test(value as string);
/** Only the stored form: anything else the schema would rewrite. */
const phone = matches(/^\+77\d{9}$/);
const email: Check = (value) => emailSchema.safeParse(value).success;

const iinOverride = object({ supervisorUserId: text(64), reason: text(500), at: instant });

/** checkIinField: a malformed IIN never passes; a wrong check digit only with the supervisor's override. */
function iinPasses(person: JsonObject): boolean {
  const iin = person['iin'] as string;
  if (!/^\d{12}$/.test(iin)) return false;
  return hasValidIinChecksum(iin) || person['iinChecksumOverride'] !== undefined;
}

const personFields = {
  required: {
    iin: (value: unknown) => string(value) && value.trim() === value,
    surname: personName,
    givenName: personName,
  },
  optional: { iinChecksumOverride: iinOverride, patronymic: personName, phone },
};

const applicant = object(
  personFields.required,
  { ...personFields.optional, birthDate: localDate, email, address: text(300) },
  iinPasses,
);

const representative = object(
  { ...personFields.required, relation: oneOf(representativeRelations) },
  personFields.optional,
  iinPasses,
);

// ── provider.ts, application.ts ───────────────────────────────────────────────────────────────
const bin: Check = (value) =>
  string(value) && value.trim() === value && /^\d{12}$/.test(value) && hasValidBinChecksum(value);

const documentIds = arrayOf(text(64));

const scanRef = object({
  sha256,
  documentId: nullable(text(64)),
  mediaType: text(100),
  byteLength: integer(1, Number.MAX_SAFE_INTEGER),
});

const applicationContent = object(
  {
    id: uuid,
    serviceId: text(64),
    applicantRole: oneOf(applicantRoles),
    applicant,
    provider: object({ bin, name: text(300) }),
    answers: object({}, { nameChanged: boolean, documentDamaged: boolean, grounds: arrayOf(text(64)) }),
    presentedDocumentIds: documentIds,
    consent: object({ given: (value) => value === true, recordedAt: instant }),
    receiptLanguage: oneOf(receiptLanguages),
  },
  { representative, scans: arrayOf(scanRef, 50), schoolYearStart: integer(2000, 2100) },
);

// ── events.ts ─────────────────────────────────────────────────────────────────────────────────
/** `where` of a desk's event; a provider's event goes to the schema. */
const deskPlace = object({
  kind: (value) => value === 'desk',
  centreCode: (value) => string(value) && isCentreCode(value),
  workstationCode: (value) => string(value) && isWorkstationCode(value),
});

const base = {
  id: uuid,
  applicationId: uuid,
  at: instant,
  by: object({ userId: text(64), name: text(200) }),
  where: deskPlace,
};
const baseOptional = { why: text(1000) };

const eventOf = (
  type: ApplicationEvent['type'],
  fields: Readonly<Record<string, Check>>,
  refine?: (value: JsonObject) => boolean,
): Check => object({ ...base, type: (value) => value === type, ...fields }, baseOptional, refine);

/** The types a desk pushes most; the others always go to the schema. */
const eventChecks = new Map<unknown, Check>([
  [
    'drafted',
    eventOf('drafted', { serviceId: (value) => string(value) && findService(value) !== undefined }),
  ],
  [
    'accepted',
    eventOf(
      'accepted',
      {
        receiptNumber: (value) => string(value) && parseReceiptNumber(value).ok,
        dueDate: localDate,
        calendarVersion: text(64),
        presentedDocumentIds: documentIds,
        application: applicationContent,
      },
      (event) => (event['application'] as JsonObject)['id'] === event['applicationId'],
    ),
  ],
  [
    'receipt-printed',
    eventOf('receipt-printed', {
      copy: integer(firstReceiptCopy, maxReceiptCopy),
      layout: oneOf(receiptLayouts),
      language: oneOf(receiptLanguages),
    }),
  ],
]);
