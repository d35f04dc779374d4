import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicationEventTypes,
  applicationStatuses,
  applyEvent,
  assertNever,
  canEmit,
  eventRules,
  eventsAllowedFrom,
  foldEvents,
  isResultAtCentre,
  isTerminalStatus,
  ruleOf,
  startApplication,
  statusEventTypes,
  statusOwner,
  type ApplicationEvent,
  type ApplicationEventType,
  type ApplicationState,
  type StatusEventType,
} from '../../../shared/domain';
import { unwrap, unwrapErr } from './unwrap';

const applicationId = '0b6f1d5e-8a5c-4c1e-9f0e-2d7a3b4c5d6e';
const desk = { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' } as const;
const provider = { kind: 'provider', providerId: 'school-42' } as const;
const clerk = { userId: 'clerk-1', name: 'Айгүл Серікқызы' };
const teacher = { userId: 'school-42-secretary', name: 'Марат Ахметов' };

let counter = 0;
/** A well-formed event of any type, recorded by the side the rules expect. */
function event(
  type: ApplicationEventType,
  overrides: Partial<Record<string, unknown>> = {},
): ApplicationEvent {
  counter += 1;
  const base = {
    id: `event-${counter}`,
    applicationId,
    at: `2026-03-02T05:${String(counter % 60).padStart(2, '0')}:00.000Z`,
    by: ruleOf(type).side === 'desk' ? clerk : teacher,
    where: ruleOf(type).side === 'desk' ? desk : provider,
  };
  const payloads: Record<ApplicationEventType, object> = {
    drafted: { serviceId: 'duplicate-secondary' },
    accepted: {
      receiptNumber: 'ALM01-03-000123-4',
      dueDate: '2026-03-26',
      calendarVersion: 'kz-2024-2027.1',
      presentedDocumentIds: ['application', 'identity-document'],
    },
    'refused-at-intake': { reason: 'incomplete-package', missingDocumentIds: ['identity-document'] },
    'sent-to-provider': { providerId: 'school-42' },
    'taken-into-work': {},
    'result-ready': { resultKind: 'duplicate-general-secondary-attestation' },
    'placed-on-shelf': { shelfSlot: 'B-17', storageLastDay: '2026-04-27' },
    issued: { recipient: { kind: 'applicant' } },
    'returned-to-provider': { why: 'Storage month ended' },
    're-requested': { providerDueDate: '2026-06-02' },
    'receipt-printed': { copy: 1, layout: 'receipt-80mm', language: 'kk' },
    'dispatched-to-centre': {},
    'return-received': {},
  };
  return { ...base, type, ...payloads[type], ...overrides } as ApplicationEvent;
}

const fold = (types: ApplicationEventType[]) => foldEvents(types.map((t) => event(t)));
const happyPath: ApplicationEventType[] = [
  'drafted',
  'accepted',
  'sent-to-provider',
  'taken-into-work',
  'result-ready',
  'placed-on-shelf',
  'issued',
];

describe('application life cycle', () => {
  it('follows the happy path to "issued"', () => {
    const state = unwrap(fold(happyPath));
    expect(state).toMatchObject({
      applicationId,
      serviceId: 'duplicate-secondary',
      status: 'issued',
      receiptNumber: 'ALM01-03-000123-4',
      dueDate: '2026-03-26',
      providerId: 'school-42',
      resultKind: 'duplicate-general-secondary-attestation',
      shelfSlot: null,
      storageLastDay: '2026-04-27',
      issuedTo: { kind: 'applicant' },
      eventCount: 7,
    });
    expect(state.lastEvent.type).toBe('issued');
  });

  it('goes back to the provider after the shelf month and returns on a re-request', () => {
    const returned = unwrap(fold([...happyPath.slice(0, 6), 'returned-to-provider']));
    expect(returned).toMatchObject({ status: 'returned-to-provider', shelfSlot: null });
    const requested = unwrap(applyEvent(returned, event('re-requested')));
    expect(requested).toMatchObject({ status: 're-requested', providerDueDate: '2026-06-02' });
    const back = unwrap(
      applyEvent(requested, event('placed-on-shelf', { shelfSlot: 'C-02', storageLastDay: '2026-07-02' })),
    );
    expect(back).toMatchObject({ status: 'on-shelf', shelfSlot: 'C-02', providerDueDate: null });
    const issued = unwrap(
      applyEvent(
        back,
        event('issued', {
          recipient: {
            kind: 'representative',
            name: 'Ержан Қасымов',
            iin: '850315300128',
            powerOfAttorney: {
              number: 'N-1',
              notary: 'Notary',
              issuedOn: '2026-05-01',
              validUntil: '2027-05-01',
            },
          },
        }),
      ),
    );
    expect(issued.issuedTo).toMatchObject({ kind: 'representative', name: 'Ержан Қасымов' });
  });

  it('ends at intake with a refusal receipt', () => {
    const state = unwrap(fold(['drafted', 'refused-at-intake']));
    expect(state).toMatchObject({
      status: 'refused-at-intake',
      refusal: { reason: 'incomplete-package', missingDocumentIds: ['identity-document'] },
    });
    expect(isTerminalStatus(state.status)).toBe(true);
  });

  it('a reasoned refusal is a result like any other: shelf, then hand-over', () => {
    const events = [
      ...happyPath.slice(0, 4).map((t) => event(t)),
      event('result-ready', { resultKind: 'reasoned-refusal', why: 'Archive has no record' }),
    ];
    expect(unwrap(foldEvents(events)).resultKind).toBe('reasoned-refusal');
  });
});

describe('illegal transitions are typed errors, never exceptions', () => {
  it('an event that cannot follow the current status', () => {
    const state = unwrap(fold(['drafted']));
    const skip = event('issued');
    expect(unwrapErr(applyEvent(state, skip))).toEqual({
      kind: 'illegal-transition',
      eventId: skip.id,
      eventType: 'issued',
      from: 'draft',
    });
  });

  it('anything after a terminal status', () => {
    expect(unwrapErr(fold([...happyPath, 'returned-to-provider']))).toMatchObject({
      kind: 'illegal-transition',
      from: 'issued',
    });
    expect(unwrapErr(fold(['drafted', 'refused-at-intake', 'accepted']))).toMatchObject({
      kind: 'illegal-transition',
      from: 'refused-at-intake',
    });
  });

  it('drafting twice, or starting with anything but a draft', () => {
    expect(unwrapErr(fold(['drafted', 'drafted']))).toMatchObject({
      kind: 'illegal-transition',
      eventType: 'drafted',
      from: 'draft',
    });
    expect(unwrapErr(fold(['accepted']))).toMatchObject({
      kind: 'illegal-transition',
      eventType: 'accepted',
      from: 'none',
    });
  });

  it('an event recorded by the wrong side', () => {
    const state = unwrap(fold(['drafted', 'accepted', 'sent-to-provider']));
    const forged = event('taken-into-work', { where: desk, by: clerk });
    expect(unwrapErr(applyEvent(state, forged))).toEqual({
      kind: 'wrong-side',
      eventId: forged.id,
      eventType: 'taken-into-work',
      expected: 'provider',
      actual: 'desk',
    });
    expect(unwrapErr(startApplication(event('drafted', { where: provider }))).kind).toBe('wrong-side');
  });

  it('an event of another application, a repeated event, no events at all', () => {
    const state = unwrap(fold(['drafted']));
    const other = event('accepted', { applicationId: 'another' });
    expect(unwrapErr(applyEvent(state, other))).toEqual({
      kind: 'wrong-application',
      eventId: other.id,
      expected: applicationId,
      actual: 'another',
    });
    const accepted = event('accepted');
    expect(unwrapErr(foldEvents([event('drafted'), accepted, accepted]))).toEqual({
      kind: 'duplicate-event',
      eventId: accepted.id,
    });
    expect(unwrapErr(foldEvents([]))).toEqual({ kind: 'no-events' });
  });

  it('property: any sequence of events folds to a state or a typed error, never a throw', () => {
    const anyType = fc.constantFrom(...applicationEventTypes);
    const anySide = fc.constantFrom(desk, provider);
    fc.assert(
      fc.property(fc.array(fc.tuple(anyType, anySide), { maxLength: 12 }), (steps) => {
        const result = foldEvents(steps.map(([type, where]) => event(type, { where })));
        if (!result.ok)
          expect(['no-events', 'illegal-transition', 'wrong-side']).toContain(result.error.kind);
      }),
    );
  });

  it('property: folding equals applying events one by one, and each step follows the rules', () => {
    const walk = fc.array(fc.nat(), { maxLength: 15 }).map((choices) => {
      const types: StatusEventType[] = ['drafted'];
      let status: ApplicationState['status'] = 'draft';
      for (const choice of choices) {
        const next = eventsAllowedFrom(status);
        if (next.length === 0) break;
        const type = next[choice % next.length] as StatusEventType;
        types.push(type);
        status = eventRules[type].to;
      }
      return types;
    });
    fc.assert(
      fc.property(walk, (types) => {
        const events = types.map((t) => event(t));
        let state = unwrap(startApplication(events[0] as ApplicationEvent));
        types.slice(1).forEach((type, index) => {
          const before = state.status;
          state = unwrap(applyEvent(state, events[index + 1] as ApplicationEvent));
          expect(eventRules[type].from).toContain(before);
          expect(state.status).toBe(eventRules[type].to);
        });
        expect(unwrap(foldEvents(events))).toEqual(state);
      }),
    );
  });
});

describe('who may emit what', () => {
  it('the provider (through the server) owns its queue, the work, the result, its dispatch and the receipt of a returned result; the desk everything else', () => {
    const providerEvents = applicationEventTypes.filter((t) => canEmit('provider', t));
    expect(providerEvents).toEqual([
      'sent-to-provider',
      'taken-into-work',
      'result-ready',
      'dispatched-to-centre',
      'return-received',
    ]);
    expect(applicationEventTypes.filter((t) => canEmit('desk', t))).toHaveLength(
      applicationEventTypes.length - providerEvents.length,
    );
  });

  it('lists the next possible events for a status, per side', () => {
    expect(eventsAllowedFrom('none')).toEqual(['drafted']);
    expect(eventsAllowedFrom('draft')).toEqual(['accepted', 'refused-at-intake']);
    expect(eventsAllowedFrom('on-shelf')).toEqual(['issued', 'returned-to-provider']);
    expect(eventsAllowedFrom('on-shelf', 'provider')).toEqual([]);
    expect(eventsAllowedFrom('in-progress', 'provider')).toEqual(['result-ready']);
    expect(eventsAllowedFrom('issued')).toEqual([]);
  });

  it('the owner of each status is the side whose events lead into it', () => {
    for (const status of applicationStatuses) {
      const into = statusEventTypes.filter((t) => eventRules[t].to === status);
      expect(into.length, status).toBeGreaterThan(0);
      for (const type of into) expect(eventRules[type].side, `${type} → ${status}`).toBe(statusOwner(status));
    }
  });

  it('classifies statuses', () => {
    expect(applicationStatuses.filter(isTerminalStatus)).toEqual(['refused-at-intake', 'issued']);
    expect(applicationStatuses.filter(isResultAtCentre)).toEqual(['on-shelf']);
  });

  it('fails loudly on a status that bypassed the types', () => {
    expect(() => statusOwner('lost' as never)).toThrow(TypeError);
    expect(() => isTerminalStatus('lost' as never)).toThrow(TypeError);
    expect(() => isResultAtCentre('lost' as never)).toThrow(TypeError);
    expect(() => assertNever('x' as never)).toThrow('Unexpected value: "x"');
    const state = unwrap(fold(['drafted', 'accepted']));
    expect(() => applyEvent(state, { ...event('sent-to-provider'), type: 'teleported' } as never)).toThrow(
      TypeError,
    );
  });
});
