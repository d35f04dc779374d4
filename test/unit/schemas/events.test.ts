import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../../shared/domain';
import { applicationEventSchema, eventPlaceSchema, receiptNumberSchema } from '../../../shared/schemas';
import { events, receiptPrintedEvent, refusalEvent } from './fixtures';
import { issuesOf } from './issues';

const check = (input: unknown) => issuesOf(applicationEventSchema.safeParse(input));
const [drafted, accepted, , , resultReady] = events;

describe('application event schema', () => {
  it('accepts one event of every type', () => {
    for (const event of [...events, refusalEvent, receiptPrintedEvent])
      expect(check(event), event.type).toEqual([]);
  });

  it('parses a whole life that the domain folds to "issued"', () => {
    const parsed = events.map((event) => applicationEventSchema.parse(event));
    const state = foldEvents(parsed);
    expect(state.ok && state.value.status).toBe('issued');
  });

  it('a receipt print is parsed into history without moving the status', () => {
    const [first, second, ...rest] = events.map((event) => applicationEventSchema.parse(event));
    const reprint = applicationEventSchema.parse(receiptPrintedEvent);
    const state = foldEvents([first, second, reprint, ...rest].filter((e) => e !== undefined));
    expect(state.ok && state.value).toMatchObject({ status: 'issued', eventCount: events.length + 1 });
  });

  it('a receipt print names its copy, layout and language', () => {
    expect(check({ ...receiptPrintedEvent, copy: 0 })).toEqual(['copy: validation:common.invalid']);
    expect(check({ ...receiptPrintedEvent, copy: 1.5 })).toEqual(['copy: validation:common.invalid']);
    expect(check({ ...receiptPrintedEvent, copy: 100 })).toEqual(['copy: validation:common.invalid']);
    expect(check({ ...receiptPrintedEvent, copy: '2' })).toEqual(['copy: validation:common.invalid']);
    expect(check({ ...receiptPrintedEvent, layout: 'A5' })).toEqual(['layout: validation:common.choice']);
    expect(check({ ...receiptPrintedEvent, language: 'en' })).toEqual(['language: validation:common.choice']);
    const { layout: _layout, ...withoutLayout } = receiptPrintedEvent;
    expect(check(withoutLayout)).toEqual(['layout: validation:common.choice']);
  });

  it('records who, when, where and why', () => {
    expect(check({ ...drafted, at: '2026-03-02 10:00' })).toEqual(['at: validation:instant.invalid']);
    expect(check({ ...drafted, at: '2026-03-02T10:00:00+05:00' })).toEqual([
      'at: validation:instant.invalid',
    ]);
    expect(check({ ...drafted, by: { userId: '', name: 'x' } })).toEqual([
      'by.userId: validation:common.required',
    ]);
    expect(
      check({ ...drafted, where: { kind: 'desk', centreCode: 'alm01', workstationCode: '03' } }),
    ).toEqual(['where.centreCode: validation:code.centre']);
    expect(check({ ...drafted, where: { kind: 'desk', centreCode: 'ALM01', workstationCode: '' } })).toEqual([
      'where.workstationCode: validation:code.workstation',
    ]);
    expect(check({ ...drafted, where: { kind: 'somewhere' } })).toEqual([
      'where.kind: validation:event.place',
    ]);
    expect(check({ ...drafted, why: 'x'.repeat(1001) })).toEqual(['why: validation:common.tooLong']);
    expect(issuesOf(eventPlaceSchema.safeParse({ kind: 'provider', providerId: 'school-42' }))).toEqual([]);
  });

  it('rejects unknown types and ids that are not UUIDs', () => {
    expect(check({ ...drafted, type: 'teleported' })).toEqual(['type: validation:event.type']);
    expect(check({ ...drafted, id: 'event-1' })).toEqual(['id: validation:id.invalid']);
    expect(check({ ...drafted, serviceId: 'no-such-service' })).toEqual([
      'serviceId: validation:application.serviceUnknown',
    ]);
  });

  it('checks receipt numbers, including their check character', () => {
    expect(check({ ...accepted, receiptNumber: 'ALM01-03-000123-5' })).toEqual([
      'receiptNumber: validation:receiptNumber.checkCharacter',
    ]);
    expect(check({ ...accepted, receiptNumber: 'ALM01/03/123' })).toEqual([
      'receiptNumber: validation:receiptNumber.invalid',
    ]);
    expect(issuesOf(receiptNumberSchema.safeParse('ALM01-03-000123-4'))).toEqual([]);
  });

  it('a reasoned refusal must say why', () => {
    expect(check({ ...resultReady, resultKind: 'reasoned-refusal' })).toEqual([
      'why: validation:event.reasonRequired',
    ]);
    expect(
      check({ ...resultReady, resultKind: 'reasoned-refusal', why: 'No record in the archive' }),
    ).toEqual([]);
    expect(check({ ...resultReady, resultKind: 'a-cake' })).toEqual(['resultKind: validation:common.choice']);
  });

  it('a refusal for an incomplete package lists what is missing', () => {
    expect(check({ ...refusalEvent, missingDocumentIds: [] })).toEqual([
      'missingDocumentIds: validation:event.missingDocumentsRequired',
    ]);
    expect(check({ ...refusalEvent, reason: 'no-consent', missingDocumentIds: [] })).toEqual([]);
  });

  it('hand-over to a representative carries a valid power of attorney and IIN', () => {
    const issued = events[events.length - 1] as (typeof events)[number] & {
      recipient: { powerOfAttorney: object };
    };
    const withPoa = (powerOfAttorney: object, iin = '910712400453') => ({
      ...issued,
      recipient: { ...issued.recipient, powerOfAttorney, iin },
    });
    expect(check(withPoa({ ...issued.recipient.powerOfAttorney, validUntil: '2025-01-01' }))).toEqual([
      'recipient.powerOfAttorney.validUntil: validation:powerOfAttorney.validUntilBeforeIssued',
    ]);
    expect(check(withPoa(issued.recipient.powerOfAttorney, '910712400454'))).toEqual([
      'recipient.iin: validation:iin.checksum',
    ]);
    expect(check({ ...issued, recipient: { kind: 'neighbour' } })).toEqual([
      'recipient.kind: validation:common.choice',
    ]);
  });
});
