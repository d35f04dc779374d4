import { useEffect, useState } from 'react';
import { epochMillisOf, type Instant } from '../../../shared/domain';
import type { Clock } from '../../db';

/** The standard allows 15 minutes at the counter; the clerk is warned 3 minutes before. */
export const serviceLimitMinutes = 15;
export const serviceWarningMinutes = 12;

export interface IntakeTimer {
  readonly elapsedSeconds: number;
  readonly warning: boolean;
  readonly overLimit: boolean;
}

function secondsSince(startedAt: Instant, clock: Clock): number {
  return Math.max(0, Math.floor((epochMillisOf(clock.now()) - epochMillisOf(startedAt)) / 1000));
}

/** Seconds since the intake started, re-read from the clock every second (survives a reload). */
export function useIntakeTimer(startedAt: Instant, clock: Clock): IntakeTimer {
  const [elapsedSeconds, setElapsedSeconds] = useState(() => secondsSince(startedAt, clock));
  useEffect(() => {
    const tick = window.setInterval(() => setElapsedSeconds(secondsSince(startedAt, clock)), 1000);
    return () => window.clearInterval(tick);
  }, [startedAt, clock]);
  return {
    elapsedSeconds,
    warning: elapsedSeconds >= serviceWarningMinutes * 60,
    overLimit: elapsedSeconds >= serviceLimitMinutes * 60,
  };
}

/** mm:ss (minutes keep counting past 59 rather than wrapping). */
export function formatElapsed(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
