import { acceptApplication, applyPulledPage, type DeskDatabase, type DeskSession } from '../../renderer/db';
import type { Instant, LocalDate } from '../../shared/domain';
import type { ServerEntry } from '../../shared/sync';
import {
  clerkSession,
  duplicateApplication,
  iinWithSerial,
  SequentialIds,
  type TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
} from './helpers';

/*
 * Items reach the shelf of a test desk the way they reach a real one: this desk accepts the
 * application, and the rest of its life arrives in pulled pages (applyPulledPage, the sync
 * engine's own repository) — the provider's events, and the shelf events another workstation of
 * the centre (04) recorded: placed on the shelf, issued, returned, re-requested.
 */

export const supervisorSession: DeskSession = {
  ...clerkSession,
  user: { id: 'supervisor-1', name: 'Сейітова Айгүл Маратқызы', role: 'supervisor' },
};

const provider = {
  by: { userId: 'provider-1', name: 'Ержан Бекұлы' },
  where: { kind: 'provider', providerId: '050140001238' },
};
const otherDesk = {
  by: { userId: 'clerk-2', name: 'Дана Ахметова' },
  where: { kind: 'desk', centreCode: 'ALM01', workstationCode: '04' },
};

export type ShelfStep =
  | {
      readonly type: 'placed-on-shelf';
      readonly at: Instant;
      readonly shelfSlot: string;
      readonly storageLastDay: LocalDate;
    }
  | { readonly type: 'issued'; readonly at: Instant }
  | { readonly type: 'returned-to-provider'; readonly at: Instant }
  | { readonly type: 're-requested'; readonly at: Instant; readonly providerDueDate: LocalDate }
  | { readonly type: 'receipt-printed'; readonly at: Instant };

export class ShelfDesk {
  private serverSeq = 0;
  private eventIds = new SequentialIds('b');
  private acceptIds = new SequentialIds('c');
  private accepted = 0;

  constructor(
    readonly db: DeskDatabase,
    readonly clock: TestClock,
  ) {}

  /** Accepts an application at this desk (on `at`); returns its id and receipt number. */
  async accept(at: Instant): Promise<{ applicationId: string; receiptNumber: string }> {
    this.accepted += 1;
    const id = uuid('a', this.accepted);
    this.clock.set(at);
    const accepted = unwrap(
      await acceptApplication(
        this.db,
        {
          application: duplicateApplication(id, {
            surname: 'Сейітқали',
            givenName: 'Әлия',
            iin: iinWithSerial(this.accepted),
          }),
          startedAt: at,
          queueTicket: 'Б-017',
          termCalendar,
        },
        writeContext(this.clock, this.acceptIds),
      ),
    );
    return { applicationId: id, receiptNumber: accepted.record.receiptNumber ?? '' };
  }

  private entry(event: Record<string, unknown>): ServerEntry {
    this.serverSeq += 1;
    return {
      kind: 'application-event',
      serverSeq: this.serverSeq,
      event: { id: this.eventIds.uuid(), ...event },
    } as ServerEntry;
  }

  /** The provider's work up to result-ready, pulled. */
  async resultReady(applicationId: string, at: Instant): Promise<void> {
    await this.pull([
      this.entry({ applicationId, type: 'sent-to-provider', at, ...provider, providerId: '050140001238' }),
      this.entry({ applicationId, type: 'taken-into-work', at, ...provider }),
      this.entry({
        applicationId,
        type: 'result-ready',
        at,
        ...provider,
        resultKind: 'duplicate-general-secondary-attestation',
      }),
    ]);
  }

  /** Shelf events another workstation recorded, pulled. */
  async steps(applicationId: string, steps: readonly ShelfStep[]): Promise<void> {
    await this.pull(
      steps.map((step) => {
        switch (step.type) {
          case 'issued':
            return this.entry({ applicationId, ...step, ...otherDesk, recipient: { kind: 'applicant' } });
          case 'receipt-printed':
            return this.entry({
              applicationId,
              ...step,
              ...otherDesk,
              copy: 2,
              layout: 'A4',
              language: 'kk',
            });
          default:
            return this.entry({ applicationId, ...step, ...otherDesk });
        }
      }),
    );
  }

  /** Accepted, made ready and placed: an item on the shelf. */
  async onShelf(input: { placedAt: Instant; slot: string; lastDay: LocalDate }): Promise<{
    applicationId: string;
    receiptNumber: string;
  }> {
    const item = await this.accept(input.placedAt);
    await this.resultReady(item.applicationId, input.placedAt);
    await this.steps(item.applicationId, [
      { type: 'placed-on-shelf', at: input.placedAt, shelfSlot: input.slot, storageLastDay: input.lastDay },
    ]);
    return item;
  }

  private async pull(entries: ServerEntry[]): Promise<void> {
    const applied = unwrap(
      await applyPulledPage(this.db, {
        entries,
        cursor: this.serverSeq,
        serverEpoch: 'epoch-1',
        serverTime: this.clock.now(),
        at: this.clock.now(),
      }),
    );
    if (applied.unapplied !== 0 || applied.applied !== entries.length)
      throw new Error(`Pulled events did not apply: ${JSON.stringify(applied)}`);
  }
}
