import { describe, expect, it } from 'vitest';
import {
  applicationEventTypes,
  applicationStatuses,
  applyEvent,
  canEmit,
  eventsAllowedFrom,
  foldEvents,
  historyEventRules,
  historyEventsAllowedIn,
  historyEventTypes,
  isHistoryEventType,
  receiptLayouts,
  startApplication,
  statusEventTypes,
  type ApplicationEvent,
  type ApplicationState,
  type ReceiptPrintedEvent,
} from '../../../shared/domain';
import { pageSizes } from '../../../shared/host';
import { unwrap, unwrapErr } from './unwrap';

const applicationId = '0b6f1d5e-8a5c-4c1e-9f0e-2d7a3b4c5d6e';
const desk = { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' } as const;
const provider = { kind: 'provider', providerId: 'school-42' } as const;
const clerk = { userId: 'clerk-1', name: 'Айгүл Серікқызы' };
const teacher = { userId: 'school-42-secretary', name: 'Марат Ахметов' };
const at = '2026-03-02T05:00:00.000Z';

const drafted: ApplicationEvent = {
  id: 'e-drafted',
  applicationId,
  type: 'drafted',
  at,
  by: clerk,
  where: desk,
  serviceId: 'duplicate-secondary',
};
const accepted: ApplicationEvent = {
  id: 'e-accepted',
  applicationId,
  type: 'accepted',
  at,
  by: clerk,
  where: desk,
  receiptNumber: 'ALM01-03-000123-4',
  dueDate: '2026-03-26',
  calendarVersion: 'kz-2024-2027.1',
  presentedDocumentIds: ['application', 'identity-document'],
  application: {
    id: applicationId,
    serviceId: 'duplicate-secondary',
    provider: { bin: '050140001238', name: '№ 42 мектеп' },
  },
};
const refused: ApplicationEvent = {
  id: 'e-refused',
  applicationId,
  type: 'refused-at-intake',
  at,
  by: clerk,
  where: desk,
  reason: 'incomplete-package',
  missingDocumentIds: ['identity-document'],
};

function printed(copy: number, overrides: Partial<ReceiptPrintedEvent> = {}): ReceiptPrintedEvent {
  return {
    id: `e-print-${copy}`,
    applicationId,
    type: 'receipt-printed',
    at,
    by: clerk,
    where: desk,
    copy,
    layout: 'receipt-80mm',
    language: 'kk',
    ...overrides,
  };
}

/** A state in `status` (only the status matters to the rules). */
function stateIn(status: ApplicationState['status']): ApplicationState {
  return { ...unwrap(startApplication(drafted)), status };
}

describe('receipt printed: a history-only event', () => {
  it('is listed with the event types but is not a transition', () => {
    expect(historyEventTypes).toEqual(['receipt-printed', 'dispatched-to-centre', 'return-received']);
    expect(applicationEventTypes).toEqual([...statusEventTypes, ...historyEventTypes]);
    expect(isHistoryEventType('receipt-printed')).toBe(true);
    expect(isHistoryEventType('accepted')).toBe(false);
    for (const status of applicationStatuses)
      expect(eventsAllowedFrom(status)).not.toContain('receipt-printed');
  });

  it('changes nothing but the history: status and fields stay, the last event and count move on', () => {
    const before = unwrap(foldEvents([drafted, accepted]));
    const after = unwrap(applyEvent(before, printed(1)));
    expect(after).toEqual({
      ...before,
      lastEvent: { id: 'e-print-1', type: 'receipt-printed', at },
      eventCount: before.eventCount + 1,
    });
    const reprinted = unwrap(foldEvents([drafted, accepted, printed(1), printed(2, { layout: 'A4' })]));
    expect(reprinted).toMatchObject({
      status: 'accepted',
      receiptNumber: 'ALM01-03-000123-4',
      eventCount: 4,
    });
  });

  it('is allowed in every status after intake, terminal ones included, and never before', () => {
    for (const status of applicationStatuses) {
      const result = applyEvent(stateIn(status), printed(2));
      if (status === 'draft') {
        expect(unwrapErr(result)).toEqual({
          kind: 'illegal-transition',
          eventId: 'e-print-2',
          eventType: 'receipt-printed',
          from: 'draft',
        });
      } else {
        expect(unwrap(result).status, status).toBe(status);
      }
    }
    expect(historyEventsAllowedIn('none')).toEqual([]);
    expect(historyEventsAllowedIn('draft')).toEqual([]);
    expect(historyEventsAllowedIn('issued')).toEqual(['receipt-printed']);
    expect(historyEventsAllowedIn('accepted', 'provider')).toEqual([]);
    expect(historyEventsAllowedIn('accepted', 'desk')).toEqual(['receipt-printed']);
  });

  it('keeps the refusal receipt printable after a refusal at intake', () => {
    const state = unwrap(foldEvents([drafted, refused, printed(1), printed(2)]));
    expect(state).toMatchObject({ status: 'refused-at-intake', eventCount: 4 });
    expect(state.refusal?.missingDocumentIds).toEqual(['identity-document']);
  });

  it('only the desk records it, and it cannot start an application', () => {
    expect(canEmit('desk', 'receipt-printed')).toBe(true);
    expect(canEmit('provider', 'receipt-printed')).toBe(false);
    expect(historyEventRules['receipt-printed'].side).toBe('desk');
    const state = unwrap(foldEvents([drafted, accepted]));
    expect(unwrapErr(applyEvent(state, printed(1, { where: provider, by: teacher })))).toEqual({
      kind: 'wrong-side',
      eventId: 'e-print-1',
      eventType: 'receipt-printed',
      expected: 'desk',
      actual: 'provider',
    });
    expect(unwrapErr(startApplication(printed(1)))).toMatchObject({
      kind: 'illegal-transition',
      from: 'none',
    });
  });

  it('a print is one event: the same event twice is a duplicate', () => {
    expect(unwrapErr(foldEvents([drafted, accepted, printed(1), printed(1)]))).toEqual({
      kind: 'duplicate-event',
      eventId: 'e-print-1',
    });
  });

  it('names its layouts as the host names its page sizes', () => {
    expect([...receiptLayouts]).toEqual([...pageSizes]);
  });
});
