/** Robust statistics over repeats. Pure: no I/O, tested in plain mocha. */
import type { Mode, RepeatSample } from '../shared/harnessProtocol';
import type { ModeStats, Spread, SpeedupStats } from '../shared/results';

/** Linear-interpolated quantile of sorted values (q in [0, 1]). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
  return { median, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, mad: quantile(deviations, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/** Summed worker CPU over wall time: ~1 when threads take turns, ~N when N run at once, ~0 while waiting. */
export function cpuPerWall(sample: RepeatSample): number {
  const cpu = sample.workers.reduce((sum, w) => sum + w.cpuSeconds, 0);
  return sample.wallSeconds > 0 ? cpu / sample.wallSeconds : 0;
}

/**
 * CPUs a mode kept busy at once, counted against what one call got alone (the serial run): ~1 when
 * threads take turns, ~N when N run in parallel. Stays true on a loaded machine, where the raw CPU per
 * wall of every mode shrinks alike. 0 without a serial run or when the serial calls used no CPU.
 */
export function cpusAtOnce(modes: Partial<Record<Mode, ModeStats>>, mode: Mode): number {
  const alone = modes.serial?.cpuPerWallMedian ?? 0;
  const together = modes[mode]?.cpuPerWallMedian ?? 0;
  return alone > 0 ? together / alone : 0;
}

export function modeStats(samples: readonly RepeatSample[]): ModeStats {
  const walls = samples.map((s) => s.wallSeconds);
  const s = spread(walls);
  return {
    medianSeconds: s.median,
    minSeconds: s.min,
    maxSeconds: s.max,
    madSeconds: s.mad,
    iqrSeconds: s.q3 - s.q1,
    samplesSeconds: walls,
    cpuPerWallMedian: spread(samples.map(cpuPerWall)).median,
  };
}

export function statsByMode(samples: readonly RepeatSample[]): Partial<Record<Mode, ModeStats>> {
  const out: Partial<Record<Mode, ModeStats>> = {};
  for (const mode of ['serial', 'threads', 'processes'] as const) {
    const mine = samples.filter((s) => s.mode === mode);
    if (mine.length > 0) out[mode] = modeStats(mine);
  }
  return out;
}

/**
 * serial / mode. The median uses the two medians (what the panel shows); the range comes from
 * repeats paired by round, which ran back to back, so drift largely cancels within a pair.
 */
export function speedup(samples: readonly RepeatSample[], mode: Mode): SpeedupStats | undefined {
  const serial = samples.filter((s) => s.mode === 'serial');
  const other = samples.filter((s) => s.mode === mode);
  if (serial.length === 0 || other.length === 0) return undefined;
  const median = spread(serial.map((s) => s.wallSeconds)).median / spread(other.map((s) => s.wallSeconds)).median;
  const ratios: number[] = [];
  for (const s of serial) {
    const pair = other.find((o) => o.repeat === s.repeat);
    if (pair && pair.wallSeconds > 0) ratios.push(s.wallSeconds / pair.wallSeconds);
  }
  const r = spread(ratios.length > 0 ? ratios : [median]);
  return { median, low: r.min, high: r.max };
}
