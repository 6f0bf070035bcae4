import { strict as assert } from 'node:assert';
import {
  clip,
  collapseSamples,
  countHandovers,
  coveredAtLeast,
  deriveNumbers,
  futexSyscall,
  readyIntervals,
  repeatTimeline,
  runningIntervals,
  schedulerReport,
  stateIntervals,
  subtract,
  turns,
  windowFor,
  type ThreadSample,
} from '../../../src/measure/scheduler/timeline';
import { sampleIntervalFor, schedulerUnavailableReason } from '../../../src/measure/scheduler/sampler';
import type { RepeatSample } from '../../../src/shared/harnessProtocol';
import type { Interval, SamplerTrace, TaskTrace } from '../../../src/shared/scheduler';

const FUTEX = 202;
const NANOSLEEP = 230;

/** What a sampler would see of one thread whose state at time t is `state(t)`, sampled every `every` s from `from` to `to`. */
function sampleThread(state: (t: number) => [string, number | null], from: number, to: number, every = 0.001): ThreadSample[] {
  const out: ThreadSample[] = [];
  for (let t = from; t <= to + 1e-12; t += every) {
    const [s, sys] = state(t);
    out.push([t, s, sys]);
  }
  return out;
}

function task(pid: number, tid: number, samples: ThreadSample[]): TaskTrace {
  return { pid, tid, runs: collapseSamples(samples), runNs: [] };
}

function trace(tasks: TaskTrace[], start: number, end: number, samples: number): SamplerTrace {
  return { pid: 100, startSeconds: start, endSeconds: end, samples, intervalSeconds: 0.001, samplerCpuSeconds: 0.01, tasks };
}

function repeat(mode: 'threads' | 'processes', wall: number, origin: number, spans: { worker: number; tid: number; pid?: number; start: number; end: number }[]): RepeatSample {
  return {
    mode,
    repeat: 0,
    wallSeconds: wall,
    cpuSeconds: 0,
    workers: spans.map((s) => ({ worker: s.worker, startSeconds: s.start, endSeconds: s.end, cpuSeconds: 0, pid: s.pid ?? 100, nativeThreadId: s.tid, repeatClockSeconds: origin })),
  };
}

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

/** Two threads taking turns every `slice` seconds, the waiting one in a futex: what the GIL does. */
function gilPair(origin: number, wall: number, slice: number) {
  const holder = (t: number) => Math.floor((t - origin) / slice) % 2;
  const state = (me: number) => (t: number): [string, number | null] => (holder(t) === me ? ['R', null] : ['S', FUTEX]);
  // Samples land a third of a millisecond off the turn boundaries, as they would.
  const from = origin + 0.0003;
  const a = sampleThread(state(0), from, origin + wall);
  const b = sampleThread(state(1), from, origin + wall);
  return { a: task(100, 11, a), b: task(100, 12, b), samples: a.length };
}

describe('scheduler timeline: samples to intervals', () => {
  it('collapses consecutive samples with the same state into runs', () => {
    const runs = collapseSamples([
      [0, 'R', null],
      [1, 'R', null],
      [2, 'S', FUTEX],
      [3, 'S', FUTEX],
      [4, 'R', null],
    ]);
    assert.deepEqual(runs, [
      [0, 1, 'R', null],
      [2, 3, 'S', FUTEX],
      [4, 4, 'R', null],
    ]);
  });

  it('puts each boundary midway between the last sample in one state and the first in the next', () => {
    const runs = collapseSamples([
      [0, 'R', null],
      [1, 'R', null],
      [2, 'S', FUTEX],
      [3, 'S', FUTEX],
      [4, 'R', null],
      [5, 'R', null],
    ]);
    assert.deepEqual(stateIntervals(runs, (r) => r[2] === 'R'), [
      [0, 1.5],
      [3.5, 5],
    ]);
    assert.deepEqual(stateIntervals(runs, (r) => r[2] === 'S'), [[1.5, 3.5]]);
  });

  it('joins adjacent matching runs (S then D is one wait)', () => {
    const runs = collapseSamples([
      [0, 'S', 7],
      [1, 'D', 0],
      [2, 'R', null],
    ]);
    assert.deepEqual(stateIntervals(runs, (r) => r[2] === 'S' || r[2] === 'D'), [[0, 1.5]]);
  });

  it('clips, subtracts and counts overlap', () => {
    assert.deepEqual(clip([[0, 2], [3, 5], [6, 7]], 1, 4), [[1, 2], [3, 4]]);
    assert.deepEqual(subtract([[0, 10]], [[2, 3], [5, 6]]), [[0, 2], [3, 5], [6, 10]]);
    assert.deepEqual(subtract([[0, 2]], [[-1, 3]]), []);
    assert.equal(coveredAtLeast([[[0, 4]], [[2, 6]]], 1), 6);
    assert.equal(coveredAtLeast([[[0, 4]], [[2, 6]]], 2), 2);
    assert.equal(coveredAtLeast([[[0, 1]], [[1, 2]]], 2), 0);
  });

  it('counts a hand-over when one lane starts where another stopped', () => {
    const a: Interval[] = [[0, 5], [10, 15]];
    const b: Interval[] = [[5.001, 10]];
    assert.equal(countHandovers([a, b], 0.002), 2); // b after a at 5, a after b at 10
    assert.equal(countHandovers([a, [[20, 30]]], 0.002), 0);
  });

  it('places the wait for a CPU before the moment the thread got one, and cuts it off the front of a turn', () => {
    const t: TaskTrace = { pid: 1, tid: 1, runs: [], runNs: [], queued: [[1.0, 1.002, 3e6, 1], [2.0, 2.002, 0, 1]] };
    assert.deepEqual(readyIntervals(t), [[1.001 - 0.003, 1.001]]);
    // A turn woken at 0.997 that first ran at 1.001 starts at 1.001; a preemption in the middle stays inside.
    assert.deepEqual(turns([[0.9975, 1.5]], [[0.9975, 1.001], [1.2, 1.25]], 0.001), [[1.001, 1.5]]);
  });

  it('moves a start earlier than the midpoint when the run-time counter says the thread ran longer (a late sample)', () => {
    // Asleep until the sample at 10 ms, seen running only at 30 ms (the sampler was held off the CPU),
    // having used 18 ms of CPU by then: it started by 12 ms, not at the midpoint 20 ms.
    const t: TaskTrace = {
      pid: 1,
      tid: 1,
      runs: [[0, 0.01, 'S', 230], [0.03, 0.05, 'R', null], [0.051, 0.06, 'S', 230]],
      runNs: [[0, 1e9], [0.03, 1e9 + 18e6], [0.051, 1e9 + 39e6]],
    };
    const [[start, end]] = runningIntervals(t);
    near(start, 0.012, 1e-9, 'start');
    near(end, 0.0505, 1e-9, 'end at the midpoint');
    // A counter that cannot be right (more CPU than time since the last sleeping sample) is clamped to that sample.
    const wild: TaskTrace = { ...t, runNs: [[0, 1e9], [0.03, 1e9 + 90e6]] };
    near(runningIntervals(wild)[0][0], 0.01, 1e-9, 'clamped');
    // Without counter readings: the midpoint.
    near(runningIntervals({ ...t, runNs: [] })[0][0], 0.02, 1e-9, 'midpoint');
  });

  it('knows the futex system call of the common architectures', () => {
    assert.equal(futexSyscall('x64'), 202);
    assert.equal(futexSyscall('arm64'), 98);
    assert.equal(futexSyscall('s390x'), null);
  });
});

describe('scheduler timeline: one repeat', () => {
  it('recovers 5 ms turns of two GIL threads: hand-overs, median slice, no overlap, lock waits', () => {
    const origin = 1000;
    const wall = 0.2;
    const { a, b, samples } = gilPair(origin, wall, 0.005);
    const sample = repeat('threads', wall, origin, [
      { worker: 0, tid: 11, start: 0, end: wall },
      { worker: 1, tid: 12, start: 0, end: wall },
    ]);
    const timeline = repeatTimeline(sample, trace([a, b], origin, origin + wall, samples), 'x64');
    assert.ok(timeline);
    assert.deepEqual(timeline.lanes.map((l) => l.worker), [0, 1]);
    near(timeline.numbers.medianSliceSeconds!, 0.005, 0.0005, 'median slice');
    near(timeline.numbers.handoversPerSecond, 200, 10, 'hand-overs per second');
    assert.ok(timeline.numbers.overlapShare < 0.01, `overlap ${timeline.numbers.overlapShare}`);
    near(timeline.numbers.lockWaitSeconds, wall, 0.003, 'lock waits');
    assert.equal(timeline.numbers.otherWaitSeconds, 0);
    assert.equal(timeline.numbers.waitsClassified, true);
  });

  it('shows two threads running side by side as overlap with no hand-overs', () => {
    const origin = 50;
    const both = (): [string, number | null] => ['R', null];
    const a = task(100, 21, sampleThread(both, origin, origin + 0.1));
    const b = task(100, 22, sampleThread(both, origin, origin + 0.1));
    const sample = repeat('threads', 0.1, origin, [
      { worker: 0, tid: 21, start: 0, end: 0.1 },
      { worker: 1, tid: 22, start: 0, end: 0.1 },
    ]);
    const timeline = repeatTimeline(sample, trace([a, b], origin, origin + 0.1, 101), 'x64')!;
    assert.equal(timeline.numbers.handoversPerSecond, 0);
    near(timeline.numbers.overlapShare, 1, 0.001, 'overlap');
    assert.equal(timeline.numbers.medianSliceSeconds, null, 'one slice per call, touching both ends: no inner slice');
  });

  it('tells sleeping from waiting for a lock', () => {
    const origin = 0;
    const sleeper = (t: number): [string, number | null] => (t < 0.05 ? ['R', null] : ['S', NANOSLEEP]);
    const locker = (t: number): [string, number | null] => (t < 0.05 ? ['S', FUTEX] : ['R', null]);
    const sample = repeat('threads', 0.1, origin, [
      { worker: 0, tid: 1, start: 0, end: 0.1 },
      { worker: 1, tid: 2, start: 0, end: 0.1 },
    ]);
    const t = trace([task(100, 1, sampleThread(sleeper, 0, 0.1)), task(100, 2, sampleThread(locker, 0, 0.1))], 0, 0.1, 101);
    const n = repeatTimeline(sample, t, 'x64')!.numbers;
    near(n.otherWaitSeconds, 0.05, 0.001, 'sleep');
    near(n.lockWaitSeconds, 0.05, 0.001, 'lock wait');
    const unknownArch = repeatTimeline(sample, t, 's390x')!.numbers;
    assert.equal(unknownArch.waitsClassified, false);
    near(unknownArch.otherWaitSeconds, 0.1, 0.002, 'every wait is "other" when the futex number is unknown');
  });

  it('maps threads to workers by the spans ids, in repeat time, clipped to each call', () => {
    const origin = 10;
    const run = (): [string, number | null] => ['R', null];
    const t = trace([task(100, 7, sampleThread(run, origin - 0.05, origin + 0.2)), task(100, 8, sampleThread(run, origin - 0.05, origin + 0.2))], origin - 0.05, origin + 0.2, 251);
    const sample = repeat('threads', 0.2, origin, [
      { worker: 0, tid: 8, start: 0.01, end: 0.1 },
      { worker: 1, tid: 7, start: 0.02, end: 0.15 },
    ]);
    const timeline = repeatTimeline(sample, t, 'x64')!;
    assert.deepEqual(timeline.lanes.map((l) => [l.worker, l.tid]), [[0, 8], [1, 7]]);
    assert.deepEqual(timeline.lanes[0].slices, [[0.01, 0.1]]);
    assert.deepEqual(timeline.lanes[1].slices, [[0.02, 0.15]]);
    assert.equal(timeline.sampled[0], 0);
    near(timeline.sampled[1], 0.2, 1e-9, 'sampled to the repeat\'s end');
  });

  it('gives no timeline for spans without thread ids (an older harness) or threads it never saw', () => {
    const sample = repeat('threads', 0.1, 0, [{ worker: 0, tid: 1, start: 0, end: 0.1 }]);
    const withoutIds: RepeatSample = { ...sample, workers: sample.workers.map(({ nativeThreadId, repeatClockSeconds, ...rest }) => rest) };
    const t = trace([task(100, 1, sampleThread(() => ['R', null], 0, 0.1))], 0, 0.1, 101);
    assert.equal(repeatTimeline(withoutIds, t, 'x64'), undefined);
    assert.equal(repeatTimeline(repeat('threads', 0.1, 0, [{ worker: 0, tid: 99, start: 0, end: 0.1 }]), t, 'x64'), undefined);
  });

  it('matches each repeat with the sampling window that covers it', () => {
    const first = trace([], 0, 1, 1000);
    const second = trace([], 2, 3, 1000);
    assert.equal(windowFor(repeat('threads', 0.5, 2.2, [{ worker: 0, tid: 1, start: 0, end: 0.5 }]), [first, second]), second);
    assert.equal(windowFor(repeat('threads', 0.5, 5, [{ worker: 0, tid: 1, start: 0, end: 0.5 }]), [first, second]), undefined);
  });

  it('derives no median slice from slices that only start or end with a call', () => {
    const lane = { worker: 0, pid: 1, tid: 1, slices: [[0, 0.01], [0.02, 0.03], [0.04, 0.05]] as Interval[], lockWaits: [], otherWaits: [], readyWaits: [] };
    const n = deriveNumbers([lane], [[[0, 0.05]]], 0.05, 0.001, true);
    assert.equal(n.slices, 3);
    near(n.medianSliceSeconds!, 0.01, 1e-9, 'the one inner slice');
  });
});

describe('scheduler timeline: report', () => {
  it('gives medians per mode over the sampled repeats, and skips serial', () => {
    const origin = 100;
    const { a, b, samples } = gilPair(origin, 0.1, 0.005);
    const threads = repeat('threads', 0.1, origin, [
      { worker: 0, tid: 11, start: 0, end: 0.1 },
      { worker: 1, tid: 12, start: 0, end: 0.1 },
    ]);
    const serial: RepeatSample = { ...threads, mode: 'serial' };
    const report = schedulerReport([serial, threads], [trace([a, b], origin, origin + 0.1, samples)], 'x64', 0.005);
    assert.equal(report.available, true);
    if (!report.available) return;
    assert.equal(report.repeats.length, 1);
    assert.equal(report.switchIntervalSeconds, 0.005);
    near(report.summary.threads!.medianSliceSeconds!, 0.005, 0.0005, 'summary median slice');
    assert.equal(report.summary.processes, undefined);
  });

  it('says why when the sampler saw none of the workers', () => {
    const report = schedulerReport([repeat('threads', 0.1, 0, [{ worker: 0, tid: 1, start: 0, end: 0.1 }])], [], 'x64', 0.005);
    assert.equal(report.available, false);
    if (!report.available) assert.match(report.reason, /saw none/);
  });
});

describe('scheduler sampler: interval', () => {
  it('samples about every millisecond, twice per switch interval below 2 ms', () => {
    assert.equal(sampleIntervalFor(undefined), 0.001);
    assert.equal(sampleIntervalFor(0.005), 0.001);
    assert.equal(sampleIntervalFor(0.05), 0.001);
    assert.equal(sampleIntervalFor(0.001), 0.0005);
    assert.equal(sampleIntervalFor(0.0001), 0.00025);
    assert.match(schedulerUnavailableReason('darwin')!, /macOS/);
    assert.match(schedulerUnavailableReason('win32')!, /Windows/);
    assert.match(schedulerUnavailableReason('linux', '/no/such/proc/task')!, /\/proc/);
  });
});
