import { useEffect } from 'react';
import { usePlaying, useUiActions } from '../state/ui-store';

/** A readable pace: time to take in the map before the next year. */
const PLAYBACK_STEP_MS = 1200;

/**
 * While playing, moves to the next year every step, and stops at the last year.
 * Nothing starts on its own: only the play button sets `playing`.
 */
export function usePlayback(year: number, last: number, goToYear: (year: number) => void): void {
  const playing = usePlaying();
  const { setPlaying } = useUiActions();
  useEffect(
    function stepThroughYears() {
      if (!playing) return;
      if (year >= last) {
        setPlaying(false);
        return;
      }
      const timer = window.setTimeout(() => goToYear(year + 1), PLAYBACK_STEP_MS);
      return () => window.clearTimeout(timer);
    },
    [playing, year, last, goToYear, setPlaying],
  );
}
