/**
 * From what the sampler saw (state letters per thread, about every millisecond) to run slices per
 * worker and the numbers the verdict quotes. Pure: no I/O, tested in plain mocha.
 *
 * Slice boundaries come from the state letters, not the run-time counter: the kernel refreshes a
 * running thread's counter in lumps, so counter deltas would give lumpy slices. A boundary lies
 * somewhere between the last sample in one state and the first in the next: we take the midpoint.
 */
import type { Mode, RepeatSample, WorkerSpan } from '../../shared/harnessProtocol';
import type { Interval, RepeatTimeline, SamplerTrace, SchedulerLane, SchedulerNumbers, SchedulerReport, TaskRun, TaskTrace } from '../../shared/scheduler';
import { quantile } from '../stats';

/** One sample of one thread: [time, state letter, syscall number or null]. */
export type ThreadSample = [time: number, state: string, syscall: number | null];

/** Collapses consecutive samples with the same state, as the sampler does before it writes them. */
export function collapseSamples(samples: readonly ThreadSample[]): TaskRun[] {
  const runs: TaskRun[] = [];
  for (const [t, state, syscall] of samples) {
    const last = runs[runs.length - 1];
    if (last && last[2] === state) last[1] = t;
    else runs.push([t, t, state, syscall]);
  }
  return runs;
}

const RUNNING = (run: TaskRun) => run[2] === 'R';
const WAITING = (run: TaskRun) => run[2] === 'S' || run[2] === 'D';

/** The intervals of the runs that match, with boundaries at the midpoints between neighbouring runs. */
export function stateIntervals(runs: readonly TaskRun[], match: (run: TaskRun) => boolean): Interval[] {
  const out: Interval[] = [];
  runs.forEach((run, i) => {
    if (!match(run)) return;
    const prev = runs[i - 1];
    const next = runs[i + 1];
    const start = prev ? (prev[1] + run[0]) / 2 : run[0];
    const end = next ? (run[1] + next[0]) / 2 : run[1];
    const last = out[out.length - 1];
    if (last && Math.abs(last[1] - start) < 1e-9) last[1] = end; // e.g. S then D then S: one wait
    else out.push([start, end]);
  });
  return out;
}

export function clip(intervals: readonly Interval[], from: number, to: number): Interval[] {
  const out: Interval[] = [];
  for (const [s, e] of intervals) {
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (b > a) out.push([a, b]);
  }
  return out;
}

/** The parts of `intervals` outside every hole (both sorted by start). */
export function subtract(intervals: readonly Interval[], holes: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [s0, e] of intervals) {
    let s = s0;
    for (const [hs, he] of holes) {
      if (he <= s || hs >= e) continue;
      if (hs > s) out.push([s, hs]);
      s = Math.max(s, he);
      if (s >= e) break;
    }
    if (e > s) out.push([s, e]);
  }
  return out;
}

/**
 * When the thread was ready but had no CPU: each time it was put on a CPU between two samples, the
 * wait the kernel added (schedstat) ends at the midpoint of those samples.
 */
export function readyIntervals(trace: TaskTrace): Interval[] {
  const out: Interval[] = [];
  for (const [before, after, delayNs] of trace.queued ?? []) {
    if (delayNs <= 0) continue;
    const arrival = (before + after) / 2;
    out.push([arrival - delayNs / 1e9, arrival]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * A thread's turns: its R intervals, each starting when it first got a CPU. A thread woken from a wait
 * (for the GIL, say) that then waits for a CPU has not run yet, so that wait is cut off the front; a
 * thread preempted in the middle of its turn keeps the turn (it still holds what it held), and the
 * preemption shows as a ready wait inside it.
 */
export function turns(running: readonly Interval[], ready: readonly Interval[], tolerance: number): Interval[] {
  const out: Interval[] = [];
  for (const [s, e] of running) {
    const leading = clip(ready, s, e).find(([rs]) => rs <= s + tolerance);
    const start = leading ? leading[1] : s;
    if (e > start) out.push([start, e]);
  }
  return out;
}

/**
 * The R intervals of a thread, each start moved earlier than the midpoint when the kernel's run-time
 * counter says the thread had already run longer. A sampler held off the CPU on a busy machine leaves
 * a wide gap between the last waiting sample and the first running one; the counter (exact for a
 * sleeping thread, at most a tick behind for a running one) bounds how late the thread can have
 * started: no later than the first running sample minus the CPU time it used since it slept.
 */
export function runningIntervals(trace: TaskTrace): Interval[] {
  const runNs = new Map(trace.runNs.map(([t, ns]) => [t, ns]));
  const starts = new Map<TaskRun, number>();
  trace.runs.forEach((run, i) => {
    const prev = trace.runs[i - 1];
    if (!RUNNING(run) || !prev || !WAITING(prev)) return;
    const asleep = runNs.get(prev[0]);
    const running = runNs.get(run[0]);
    if (asleep === undefined || running === undefined || running <= asleep) return;
    starts.set(run, Math.max(prev[1], Math.min((prev[1] + run[0]) / 2, run[0] - (running - asleep) / 1e9)));
  });
  if (starts.size === 0) return stateIntervals(trace.runs, RUNNING);
  return stateIntervals(trace.runs, RUNNING).map(([s, e]) => {
    const run = trace.runs.find((r) => RUNNING(r) && r[0] >= s && r[0] <= e);
    const better = run && starts.get(run);
    return [better !== undefined && better < s + 1e-12 ? better : s, e] as Interval;
  });
}

/** A thread's turns on a CPU in sampler time, from its trace alone. */
export function taskTurns(trace: TaskTrace, intervalSeconds: number): Interval[] {
  return turns(runningIntervals(trace), readyIntervals(trace), intervalSeconds);
}

const shift = (intervals: readonly Interval[], by: number): Interval[] => intervals.map(([s, e]) => [s + by, e + by]);
const total = (intervals: readonly Interval[]) => intervals.reduce((sum, [s, e]) => sum + (e - s), 0);

/** The futex system call's number, by Node's process.arch: a thread waiting in it waits for a lock. */
export function futexSyscall(arch: string): number | null {
  switch (arch) {
    case 'x64':
      return 202;
    case 'arm64':
    case 'riscv64':
    case 'loong64':
      return 98;
    case 'ia32':
      return 240;
    case 'arm':
      return 240;
    default:
      return null;
  }
}

/** Time during which at least `min` of the lanes' intervals overlap. */
export function coveredAtLeast(lanes: readonly (readonly Interval[])[], min: number): number {
  const edges: [number, number][] = [];
  for (const lane of lanes) for (const [s, e] of lane) edges.push([s, 1], [e, -1]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let since = 0;
  let covered = 0;
  for (const [t, d] of edges) {
    if (depth >= min) covered += t - since;
    depth += d;
    since = t;
  }
  return covered;
}

/** A slice start in one lane counts as a hand-over when another lane's slice ended within `tolerance` of it. */
export function countHandovers(lanes: readonly (readonly Interval[])[], tolerance: number): number {
  let count = 0;
  lanes.forEach((lane, i) => {
    for (const [start] of lane) {
      const handedBy = lanes.some((other, j) => j !== i && other.some(([, end]) => Math.abs(end - start) <= tolerance));
      if (handedBy) count++;
    }
  });
  return count;
}

export interface LaneInput {
  worker: number;
  /** The worker's calls, in seconds from the repeat's start. */
  calls: Interval[];
  trace: TaskTrace;
}

/** The numbers for one repeat, from its lanes (already clipped to the calls). */
export function deriveNumbers(lanes: readonly SchedulerLane[], calls: readonly Interval[][], wallSeconds: number, intervalSeconds: number, waitsClassified: boolean): SchedulerNumbers {
  const tolerance = 2 * intervalSeconds;
  const sliceLanes = lanes.map((l) => l.slices);
  const inner: number[] = [];
  lanes.forEach((lane, i) => {
    for (const [s, e] of lane.slices) {
      const atCallEdge = calls[i].some(([cs, ce]) => Math.abs(s - cs) <= tolerance || Math.abs(e - ce) <= tolerance);
      if (!atCallEdge) inner.push(e - s);
    }
  });
  inner.sort((a, b) => a - b);
  // Overlap counts time on a CPU: a turn's preemptions (ready, no CPU free) are left out. Counting
  // whole turns would count two threads that both wait for a CPU on a busy machine as running at once.
  const onCpu = lanes.map((l) => subtract(l.slices, [...l.readyWaits].sort((a, b) => a[0] - b[0])));
  const anyRan = coveredAtLeast(onCpu, 1);
  return {
    handoversPerSecond: wallSeconds > 0 ? countHandovers(sliceLanes, tolerance) / wallSeconds : 0,
    medianSliceSeconds: inner.length ? quantile(inner, 0.5) : null,
    slices: sliceLanes.reduce((n, l) => n + l.length, 0),
    overlapShare: anyRan > 0 ? coveredAtLeast(onCpu, 2) / anyRan : 0,
    lockWaitSeconds: lanes.reduce((sum, l) => sum + total(l.lockWaits), 0),
    otherWaitSeconds: lanes.reduce((sum, l) => sum + total(l.otherWaits), 0),
    readyWaitSeconds: lanes.reduce((sum, l) => sum + total(l.readyWaits), 0),
    waitsClassified,
  };
}

/** The kernel's run time over an interval, from the schedstat readings nearest its ends. */
function runSecondsWithin(trace: TaskTrace, from: number, to: number): number | undefined {
  const readings = trace.runNs;
  if (readings.length < 2) return undefined;
  const before = [...readings].reverse().find(([t]) => t <= from) ?? readings[0];
  const after = readings.find(([t]) => t >= to) ?? readings[readings.length - 1];
  return after[1] > before[1] ? (after[1] - before[1]) / 1e9 : undefined;
}

/** A worker's lane: its thread's (or process's) states, from the sampler's clock to the repeat's, clipped to its calls. */
export function buildLane(input: LaneInput, origin: number, futex: number | null, intervalSeconds: number): SchedulerLane {
  const { trace, calls } = input;
  const inCalls = (intervals: Interval[]) => calls.flatMap(([s, e]) => clip(intervals, s, e));
  const isLock = (run: TaskRun) => futex !== null && run[3] === futex;
  const ready = readyIntervals(trace);
  const running = runningIntervals(trace);
  const lane: SchedulerLane = {
    worker: input.worker,
    pid: trace.pid,
    tid: trace.tid,
    slices: inCalls(shift(turns(running, ready, intervalSeconds), -origin)),
    lockWaits: inCalls(shift(stateIntervals(trace.runs, (r) => WAITING(r) && isLock(r)), -origin)),
    otherWaits: inCalls(shift(stateIntervals(trace.runs, (r) => WAITING(r) && !isLock(r)), -origin)),
    readyWaits: inCalls(shift(running.flatMap(([s, e]) => clip(ready, s, e)), -origin)),
  };
  const first = Math.min(...calls.map(([s]) => s));
  const last = Math.max(...calls.map(([, e]) => e));
  const run = runSecondsWithin(trace, first + origin, last + origin);
  if (run !== undefined) lane.runSeconds = run;
  return lane;
}

const hasIds = (w: WorkerSpan) => typeof w.nativeThreadId === 'number' && typeof w.repeatClockSeconds === 'number';

/**
 * The timeline of one measured repeat from the sampler's window over it, or undefined when the spans
 * do not say which thread ran them (an older harness) or the sampler saw none of those threads.
 */
export function repeatTimeline(sample: RepeatSample, trace: SamplerTrace, arch: string): RepeatTimeline | undefined {
  const spans = sample.workers.filter(hasIds);
  if (spans.length === 0 || spans.length !== sample.workers.length) return undefined;
  const origin = spans[0].repeatClockSeconds!;
  const byWorker = new Map<number, LaneInput>();
  for (const span of spans) {
    const task = trace.tasks.find((t) => t.tid === span.nativeThreadId && (span.pid === undefined || t.pid === span.pid));
    if (!task) continue;
    const lane = byWorker.get(span.worker) ?? { worker: span.worker, calls: [], trace: task };
    lane.calls.push([span.startSeconds, span.endSeconds]);
    byWorker.set(span.worker, lane);
  }
  if (byWorker.size === 0) return undefined;
  const futex = futexSyscall(arch);
  const inputs = [...byWorker.values()].sort((a, b) => a.worker - b.worker);
  const lanes = inputs.map((input) => buildLane(input, origin, futex, trace.intervalSeconds));
  const syscallSeen = inputs.some((i) => i.trace.runs.some((r) => WAITING(r) && r[3] !== null));
  const sampled: Interval = [Math.max(0, trace.startSeconds - origin), Math.min(sample.wallSeconds, trace.endSeconds - origin)];
  return {
    mode: sample.mode,
    repeat: sample.repeat,
    wallSeconds: sample.wallSeconds,
    sampled,
    intervalSeconds: trace.samples > 1 ? (trace.endSeconds - trace.startSeconds) / trace.samples : trace.intervalSeconds,
    samples: trace.samples,
    samplerCpuSeconds: trace.samplerCpuSeconds,
    lanes,
    numbers: deriveNumbers(lanes, inputs.map((i) => i.calls), sample.wallSeconds, trace.intervalSeconds, futex !== null && syscallSeen),
  };
}

/** The sampler window that covers most of a repeat. */
export function windowFor(sample: RepeatSample, traces: readonly SamplerTrace[]): SamplerTrace | undefined {
  const origin = sample.workers[0]?.repeatClockSeconds;
  if (origin === undefined) return undefined;
  let best: SamplerTrace | undefined;
  let bestOverlap = 0;
  for (const trace of traces) {
    const overlap = Math.min(trace.endSeconds, origin + sample.wallSeconds) - Math.max(trace.startSeconds, origin);
    if (overlap > bestOverlap) {
      best = trace;
      bestOverlap = overlap;
    }
  }
  return best;
}

function medianOf(values: number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/** Medians over a mode's repeats. */
export function summarizeNumbers(all: readonly SchedulerNumbers[]): SchedulerNumbers {
  const slices = all.map((n) => n.medianSliceSeconds).filter((s): s is number => s !== null);
  return {
    handoversPerSecond: medianOf(all.map((n) => n.handoversPerSecond)),
    medianSliceSeconds: slices.length ? medianOf(slices) : null,
    slices: medianOf(all.map((n) => n.slices)),
    overlapShare: medianOf(all.map((n) => n.overlapShare)),
    lockWaitSeconds: medianOf(all.map((n) => n.lockWaitSeconds)),
    otherWaitSeconds: medianOf(all.map((n) => n.otherWaitSeconds)),
    readyWaitSeconds: medianOf(all.map((n) => n.readyWaitSeconds)),
    waitsClassified: all.every((n) => n.waitsClassified),
  };
}

/** Timelines for every sampled repeat of the threaded and processes modes, and their medians per mode. */
export function schedulerReport(samples: readonly RepeatSample[], traces: readonly SamplerTrace[], arch: string, switchIntervalSeconds: number): SchedulerReport {
  const repeats: RepeatTimeline[] = [];
  for (const sample of samples) {
    if (sample.mode === 'serial') continue;
    const trace = windowFor(sample, traces);
    const timeline = trace && repeatTimeline(sample, trace, arch);
    if (timeline) repeats.push(timeline);
  }
  if (repeats.length === 0) return { available: false, reason: 'The scheduler sampler saw none of the worker threads of this run.' };
  const summary: Partial<Record<Mode, SchedulerNumbers>> = {};
  for (const mode of ['threads', 'processes'] as const) {
    const numbers = repeats.filter((r) => r.mode === mode).map((r) => r.numbers);
    if (numbers.length) summary[mode] = summarizeNumbers(numbers);
  }
  return { available: true, switchIntervalSeconds, repeats, summary };
}
