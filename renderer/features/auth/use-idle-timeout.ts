import { useEffect } from 'react';

/** Input that shows someone is at the counter. */
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once `minutes` pass without keyboard, mouse or touch input. Paused while
 * `enabled` is false (the screen is already locked).
 */
export function useIdleTimeout(minutes: number, enabled: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const type of activityEvents)
      window.addEventListener(type, restart, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of activityEvents) window.removeEventListener(type, restart, { capture: true });
    };
  }, [minutes, enabled, onIdle]);
}
