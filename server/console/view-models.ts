import type { ApplicationStatus, CentreTimeZone, LocalDate, ResultKind } from '../../shared/domain';
import type { ConsoleLanguage, ConsoleT } from './i18n';

/** A signed-in member of a provider's staff. */
export interface ConsoleUser {
  readonly id: string;
  readonly displayName: string;
  readonly providerBin: string;
  readonly providerName: { readonly kk: string; readonly ru: string };
}

/** The tabs of the incoming list. */
export const consoleViews = ['incoming', 'in-work', 'to-dispatch', 're-requests', 'all'] as const;
export type ConsoleView = (typeof consoleViews)[number];

export interface ApplicationRow {
  readonly id: string;
  readonly receiptNumber: string | null;
  readonly serviceId: string;
  readonly applicantName: string;
  readonly centreCode: string;
  readonly status: ApplicationStatus;
  /** When the result is due (the provider's working days from the hand-in). */
  readonly dueDate: LocalDate | null;
  /** A re-request's one-working-day deadline. */
  readonly providerDueDate: LocalDate | null;
  readonly acceptedAt: string | null;
  /** The paper result (or the re-requested one) has been dispatched to the centre. */
  readonly dispatched: boolean;
}

export interface HistoryLine {
  readonly type: string;
  readonly at: string;
  readonly byName: string;
  readonly why: string | null;
  readonly resultKind: ResultKind | null;
}

export interface ApplicationDetail extends ApplicationRow {
  readonly resultKind: ResultKind | null;
  /** The accepted application as the desk sent it (shared/schemas applicationContentSchema). */
  readonly snapshot: Readonly<Record<string, unknown>> | null;
  readonly history: readonly HistoryLine[];
}

/** What every page needs to render. */
export interface PageContext {
  readonly t: ConsoleT;
  readonly language: ConsoleLanguage;
  /** The current path with its query, to come back to after a language switch. */
  readonly path: string;
  readonly user: ConsoleUser | null;
  readonly csrfToken: string | null;
  readonly today: LocalDate;
  /** The providers' zone: times are shown on their wall clock. */
  readonly timeZone: CentreTimeZone;
  readonly notice: { readonly kind: 'ok' | 'error'; readonly text: string } | null;
}
