import { epochMillisOf, formatInstant, type CentreProfile, type Instant } from '../../shared/domain';

/** The time, passed in so repositories (and their tests) never read a hidden clock. */
export interface Clock {
  now(): Instant;
}

/** New UUIDs for applications, events and devices, passed in for the same reason. */
export interface IdSource {
  uuid(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
export const randomIds: IdSource = { uuid: () => crypto.randomUUID() };

export const userRoles = ['supervisor', 'clerk', 'mobile-clerk'] as const;
export type UserRole = (typeof userRoles)[number];

export interface SignedInUser {
  readonly id: string;
  readonly name: string;
  readonly role: UserRole;
}

/** Who works at this desk right now, and where: every event they record carries it. */
export interface DeskSession {
  readonly user: SignedInUser;
  readonly centre: CentreProfile;
  readonly workstationCode: string;
  readonly deviceId: string;
}

/** What a write that records events needs besides its input. */
export interface WriteContext {
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly session: DeskSession;
}

/**
 * The clock's reading in the one canonical spelling ('…T04:15:00.000Z'), so instants stored in
 * indexes compare as text. A clock that returns anything else is a programmer error (RangeError).
 */
export function nowFrom(clock: Clock): Instant {
  return canonicalInstant(clock.now());
}

export function canonicalInstant(instant: Instant): Instant {
  return formatInstant(epochMillisOf(instant));
}
