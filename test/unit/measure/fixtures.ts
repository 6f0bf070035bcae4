/**
 * Raw samples shaped like the harness's real output, for the pure measurement tests.
 * Under the GIL the threads' summed CPU is about the wall time (they take turns); in parallel it
 * is about workers × wall; while waiting it is near zero.
 */
import type { InterpreterFacts, LoadReport, Mode, RaceRun, RepeatSample, WorkerSpan } from '../../../src/shared/harnessProtocol';
import type { MeasureResult, RaceResult } from '../../../src/shared/results';
import { speedup, statsByMode } from '../../../src/measure/stats';
import { measureVerdict, raceVerdict } from '../../../src/measure/verdict';

export const gil311: InterpreterFacts = {
  implementation: 'cpython',
  version: '3.11.7',
  versionInfo: [3, 11, 7],
  executable: '/usr/bin/python3',
  freeThreaded: false,
  gilEnabled: true,
  switchIntervalSeconds: 0.005,
  cpuCount: 2,
  startMethod: 'fork',
  platform: 'linux',
};

export const ft313: InterpreterFacts = {
  ...gil311,
  version: '3.13.5',
  versionInfo: [3, 13, 5],
  executable: '/opt/py/bin/python3.13t',
  freeThreaded: true,
  gilEnabled: false,
};

export const gil39: InterpreterFacts = { ...gil311, version: '3.9.18', versionInfo: [3, 9, 18], executable: '/root/.pyenv/versions/3.9.18/bin/python3.9' };

/** [start, end, cpu] per worker, offsets from the repeat's start. */
export type Span = [number, number, number];

export function sample(mode: Mode, repeat: number, wallSeconds: number, spans: Span[]): RepeatSample {
  const workers: WorkerSpan[] = spans.map(([startSeconds, endSeconds, cpuSeconds], worker) => ({ worker, startSeconds, endSeconds, cpuSeconds }));
  return { mode, repeat, wallSeconds, cpuSeconds: workers.reduce((s, w) => s + w.cpuSeconds, 0), workers };
}

/** Two calls one after another, each computing for half the wall time. */
export const serialCpu = (repeat: number, wall: number) => sample('serial', repeat, wall, [[0, wall / 2, wall / 2], [wall / 2, wall, wall / 2]]);
/** Two threads under the GIL: both span the whole repeat, each got half the CPU. */
export const threadsGil = (repeat: number, wall: number) => sample('threads', repeat, wall, [[0, wall, wall / 2], [0, wall, wall / 2]]);
/** Two threads (or processes) truly in parallel: each computed for the whole wall time. */
export const parallel = (mode: Mode, repeat: number, wall: number) => sample(mode, repeat, wall, [[0, wall, wall], [0, wall, wall]]);
/** Two waits (sleep / socket) one after another: almost no CPU. */
export const serialWait = (repeat: number, wall: number) => sample('serial', repeat, wall, [[0, wall / 2, 0.001], [wall / 2, wall, 0.001]]);
/** Two waits overlapping in threads. */
export const threadsWait = (repeat: number, wall: number) => sample('threads', repeat, wall, [[0, wall, 0.001], [0, wall, 0.001]]);

export const noSkips: LoadReport = { skipped: [], missingNames: [] };

export function measureResult(samples: RepeatSample[], interpreter: InterpreterFacts = gil311, over: Partial<MeasureResult> = {}): MeasureResult {
  const modes = statsByMode(samples);
  const speedups = { threads: speedup(samples, 'threads'), processes: speedup(samples, 'processes') };
  const workers = samples[0]?.workers.length ?? 2;
  return {
    kind: 'measure',
    interpreter,
    target: { file: '/work/lesson/cpu_bound.py', function: 'cpu_bound' },
    workers,
    repeats: Math.max(0, ...samples.map((s) => s.repeat + 1)),
    modes,
    speedup: speedups,
    samples,
    load: noSkips,
    verdict: measureVerdict({ interpreter, workers, modes, speedup: speedups, samples }),
    ...over,
  };
}

export function raceResult(runs: RaceRun[], interpreter: InterpreterFacts = gil311, over: Partial<RaceResult> = {}): RaceResult {
  return {
    kind: 'race',
    interpreter,
    target: { file: '/work/lesson/race_counter.py', function: 'increment' },
    global: 'counter',
    state: 'counter',
    workers: 2,
    runs,
    load: noSkips,
    verdict: raceVerdict(interpreter, 'counter', runs),
    ...over,
  };
}

export const close = (actual: number, expected: number, eps = 1e-9): boolean => Math.abs(actual - expected) <= eps;
