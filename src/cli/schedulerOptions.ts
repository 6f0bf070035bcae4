/** The CLI's scheduler parts: `--switch-interval SECONDS` and the timeline in `--json`. */
import type { MeasureResult } from '../shared/results';
import { schedulerSentences } from '../measure/scheduler/words';

/** A number of seconds above 0 and at most 1 (longer intervals would let one thread run alone for whole seconds). */
export function switchIntervalArg(value: string | undefined, usage: (message: string) => Error): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1 || value.trim() === '') throw usage(`--switch-interval takes seconds above 0 and at most 1, e.g. 0.001, not '${value}'`);
  return n;
}

/** Slices per worker and the derived numbers, with stable names; null when the run was not sampled. */
export function schedulerJson(result: MeasureResult): unknown {
  const report = result.scheduler;
  if (!report) return null;
  if (!report.available) return { available: false, reason: report.reason };
  return {
    available: true,
    switchIntervalSeconds: report.switchIntervalSeconds,
    modes: report.summary,
    sentences: schedulerSentences(result),
    repeats: report.repeats.map((t) => ({
      mode: t.mode,
      repeat: t.repeat,
      wallSeconds: t.wallSeconds,
      sampledSeconds: t.sampled,
      sampleIntervalSeconds: t.intervalSeconds,
      numbers: t.numbers,
      workers: t.lanes.map((l) => ({ worker: l.worker, pid: l.pid, tid: l.tid, slices: l.slices, lockWaits: l.lockWaits, otherWaits: l.otherWaits, readyWaits: l.readyWaits })),
    })),
  };
}
