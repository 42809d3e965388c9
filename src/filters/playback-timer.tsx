import { useEffect } from 'react';
import { useUiActions } from '../state/ui-store';

/** A readable pace: time to take in the map before the next year. */
const PLAYBACK_STEP_MS = 1200;

export interface PlaybackTimerProps {
  year: number;
  last: number;
  goToYear: (year: number) => void;
}

/**
 * Mounted only while playing (its own chunk, loaded on the first press of play): moves to the
 * next year every step, and stops at the last year. Renders nothing.
 */
export function PlaybackTimer({ year, last, goToYear }: PlaybackTimerProps) {
  const { setPlaying } = useUiActions();
  useEffect(
    function stepThroughYears() {
      if (year >= last) {
        setPlaying(false);
        return;
      }
      const timer = window.setTimeout(() => goToYear(year + 1), PLAYBACK_STEP_MS);
      return () => window.clearTimeout(timer);
    },
    [year, last, goToYear, setPlaying],
  );
  return null;
}
