/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile (q in 0…1) of the values; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] ?? NaN;
  const highValue = sorted[high] ?? NaN;
  return lowValue + (highValue - lowValue) * (position - low);
}

/** Summary of one interaction's samples. */
export interface InteractionFigures {
  samples: number;
  /** Main-thread busy time from input to result on screen. */
  medianMs: number;
  p95Ms: number;
  /** Main-thread busy time until the first frame after the input. */
  firstFrameMedianMs: number;
  /** Input to result on screen, including worker time (not main-thread time). */
  toResultMedianMs: number;
  longTasks: number;
  longestTaskMs: number;
}

export interface InteractionSample {
  busyMs: number;
  firstFrameBusyMs: number;
  toResultMs: number;
  longTasks: number[];
}

export function summarize(samples: readonly InteractionSample[]): InteractionFigures {
  const tasks = samples.flatMap((sample) => sample.longTasks);
  return {
    samples: samples.length,
    medianMs: median(samples.map((sample) => sample.busyMs)),
    p95Ms: quantile(
      samples.map((sample) => sample.busyMs),
      0.95,
    ),
    firstFrameMedianMs: median(samples.map((sample) => sample.firstFrameBusyMs)),
    toResultMedianMs: median(samples.map((sample) => sample.toResultMs)),
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks),
  };
}
