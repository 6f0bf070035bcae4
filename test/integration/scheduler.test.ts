/**
 * The scheduler sampler against real processes: a synthetic worker whose compute intervals are known,
 * and the lesson's CPU-bound function on python3 (GIL) and the free-threaded 3.13t. The slice lengths
 * asserted are the switch interval's order of magnitude (3-10 ms at 5 ms, under 2 ms at 1 ms or well
 * under a 5 ms run beside it), which the GIL itself sets; no speed is asserted.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { measure } from '../../src/measure/engine';
import { startSampler } from '../../src/measure/scheduler/sampler';
import { taskTurns } from '../../src/measure/scheduler/timeline';
import type { Mode } from '../../src/shared/harnessProtocol';
import type { MeasureResult } from '../../src/shared/results';
import type { SchedulerNumbers } from '../../src/shared/scheduler';
import { samplesDir } from '../support/lesson';
import { freeThreadedPython, python3 } from '../support/pythons';
import { bestOf } from '../support/bestOf';

const worker = join(__dirname, '..', 'fixtures', 'scheduler', 'alternating_worker.py');
const cpuBound = join(samplesDir, 'cpu_bound.py');
const ms = (s: number) => `${(s * 1000).toFixed(2)} ms`;

/**
 * Up to `tries` runs until `shows` holds. A busy machine (other people's tests on 2 CPUs) can hold a
 * thread off the CPU, or the sampler, for tens of milliseconds; what the GIL does shows once it lets go.
 */
/** Up to `tries` runs until one shows the signature; a second between tries lets a burst of other load pass. */
async function measureCpuBound(python: string, switchIntervalSeconds?: number, modes: Mode[] = ['serial', 'threads']): Promise<MeasureResult> {
  const outcome = await measure(python, { file: cpuBound, function: 'cpu_bound', modes, workers: 2, repeats: 3, warmup: 1, switchIntervalSeconds });
  if (!outcome.ok) assert.fail(`${outcome.error.code}: ${outcome.error.message}`);
  assert.equal(outcome.result.kind, 'measure');
  const result = outcome.result as MeasureResult;
  const n = result.scheduler?.available ? result.scheduler.summary.threads : undefined;
  if (n) console.log(`      ${result.interpreter.version}${result.interpreter.freeThreaded ? 't' : ''} at ${ms(result.interpreter.switchIntervalSeconds)}: median slice ${n.medianSliceSeconds === null ? '—' : ms(n.medianSliceSeconds)}, ${n.handoversPerSecond.toFixed(0)} hand-overs/s, overlap ${(n.overlapShare * 100).toFixed(0)}%, no CPU free ${ms(n.readyWaitSeconds)}`);
  return result;
}

function threadNumbers(result: MeasureResult): SchedulerNumbers {
  const report = result.scheduler;
  assert.ok(report, 'a scheduler report');
  if (!report.available) assert.fail(`no timeline: ${report.reason}`);
  assert.ok(report.repeats.filter((r) => r.mode === 'threads').length === result.repeats, 'a timeline for every threaded repeat');
  for (const r of report.repeats) {
    assert.equal(r.lanes.length, 2, 'one lane per worker thread');
    assert.ok(r.sampled[0] < 0.005 && r.sampled[1] > r.wallSeconds - 0.005, `sampled ${r.sampled} of ${r.wallSeconds}`);
  }
  return report.summary.threads!;
}

/** One run of the synthetic worker under the sampler: its own compute intervals, the turns the sampler saw, the worst edge error. */
async function syntheticRun(python: string) {
  const child = spawn(python, [worker], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const sampler = startSampler(python, child.pid!);
  await sampler.on();
  child.stdin.end('go\n'); // the worker starts once the sampler samples
  await exited;
  const [trace] = await sampler.finish();
  assert.ok(trace, 'the sampler wrote its window');
  const intervals = JSON.parse(out) as [number, number][];
  assert.equal(intervals.length, 10);
  assert.ok(trace.startSeconds < intervals[0][0] && trace.endSeconds > intervals[9][1], 'the window covers the work');
  const main = trace.tasks.find((t) => t.tid === child.pid);
  assert.ok(main, 'the worker thread was sampled');
  const turns = taskTurns(main, trace.intervalSeconds);
  let worst = 0;
  for (const [start, end] of intervals) {
    const slice = turns.find(([s, e]) => e > start && s < end);
    worst = Math.max(worst, slice ? Math.max(Math.abs(slice[0] - start), Math.abs(slice[1] - end)) : Infinity);
  }
  console.log(`      worst edge ${ms(worst)} over ${intervals.length} compute slices, ${trace.samples} samples in ${ms(trace.endSeconds - trace.startSeconds)}`);
  return { intervals, turns, main, worst };
}

describe('scheduler sampler: a synthetic worker', function () {
  this.timeout(90000);
  it('recovers 20 ms compute slices between 20 ms sleeps within ±2 ms', async () => {
    const run = () => syntheticRun(python3().path);
    const { intervals, turns, main } = await bestOf(10, run, (r) => r.worst <= 0.002, 3000);
    for (const [start, end] of intervals) {
      const slice = turns.find(([s, e]) => e > start && s < end);
      assert.ok(slice, `a slice over the compute at ${start}`);
      assert.ok(Math.abs(slice[0] - start) <= 0.002, `start off by ${ms(slice[0] - start)}`);
      assert.ok(Math.abs(slice[1] - end) <= 0.002, `end off by ${ms(slice[1] - end)}`);
    }
    // The sleeps are waits that are not a lock: nanosleep, not futex.
    const sleeps = main.runs.filter((r) => r[2] === 'S' && r[0] > intervals[0][0] && r[1] < intervals[9][1]);
    assert.ok(sleeps.length >= 9 && sleeps.every((r) => r[3] !== 202), `sleeps ${JSON.stringify(sleeps.map((r) => r[3]))}`);
  });
});

describe('scheduler timeline: the lesson\'s CPU-bound function', function () {
  // (Up to a minute of tries: a shared host can leave no CPU free for tens of seconds at a time.)
  this.timeout(150000);

  it('python3 (GIL): threads hand over in slices near the 5 ms switch interval, one at a time', async () => {
    const slice = (r: MeasureResult) => (r.scheduler?.available ? r.scheduler.summary.threads?.medianSliceSeconds ?? 0 : 0);
    const result = await bestOf(12, () => measureCpuBound(python3().path), (r) => slice(r) >= 0.003 && slice(r) <= 0.010, 3000);
    assert.equal(result.interpreter.gilEnabled, true);
    const n = threadNumbers(result);
    assert.ok(n.medianSliceSeconds !== null && n.medianSliceSeconds >= 0.003 && n.medianSliceSeconds <= 0.010, `median slice ${n.medianSliceSeconds}`);
    assert.ok(n.handoversPerSecond > 50, `hand-overs per second ${n.handoversPerSecond}`);
    assert.ok(n.overlapShare < 0.3, `overlap ${n.overlapShare}`);
    assert.ok(n.lockWaitSeconds > n.otherWaitSeconds, 'the waits are lock (GIL) waits');
  });

  it('python3 (GIL) at a 1 ms switch interval: slices under 2 ms, or well under the 5 ms run beside it', async () => {
    const slice = (r: MeasureResult) => (r.scheduler?.available ? r.scheduler.summary.threads?.medianSliceSeconds ?? 1 : 1);
    // A 1 ms hand-over needs a free CPU the moment the GIL is offered, so load stretches it most of all
    // (CI has seen a 3.5 ms median on a busy host). The claim then holds as a ratio against a 5 ms run made
    // right after, under the same load: the shorter interval still gives clearly shorter slices.
    const pair = async () => {
      const at1 = await measureCpuBound(python3().path, 0.001);
      return { at1, at5: slice(at1) < 0.002 ? undefined : await measureCpuBound(python3().path, 0.005) };
    };
    const shorter = (p: { at1: MeasureResult; at5?: MeasureResult }) => slice(p.at1) < 0.002 || (p.at5 !== undefined && slice(p.at1) < 0.6 * slice(p.at5));
    const { at1, at5 } = await bestOf(12, pair, shorter, 3000);
    assert.ok(Math.abs(at1.interpreter.switchIntervalSeconds - 0.001) < 1e-9, 'the run used the interval asked for');
    const n = threadNumbers(at1);
    assert.ok(n.medianSliceSeconds !== null, 'a median slice');
    if (n.medianSliceSeconds >= 0.002) {
      assert.ok(at5, 'a 5 ms run to compare with');
      const m5 = threadNumbers(at5).medianSliceSeconds;
      assert.ok(m5 !== null && n.medianSliceSeconds < 0.6 * m5, `median slice ${ms(n.medianSliceSeconds)} at 1 ms against ${m5 === null ? '—' : ms(m5)} at 5 ms`);
    }
  });

  it('3.13t (no GIL): the threads run at the same time most of the time', async function () {
    const ft = freeThreadedPython();
    if (!ft) this.skip();
    const overlap = (r: MeasureResult) => (r.scheduler?.available ? r.scheduler.summary.threads?.overlapShare ?? 0 : 0);
    const result = await bestOf(12, () => measureCpuBound(ft.path), (r) => overlap(r) > 0.5, 3000);
    assert.equal(result.interpreter.gilEnabled, false);
    const n = threadNumbers(result);
    assert.ok(n.overlapShare > 0.5, `overlap ${n.overlapShare}`);
  });

  it('holds the request until what watches the run is ready: nothing is loaded before onSpawn settles', async () => {
    let spawnedAt = 0;
    let firstEventAt = 0;
    const outcome = await measure(python3().path, { file: cpuBound, function: 'cpu_bound', modes: ['serial', 'threads'], workers: 2, repeats: 1, warmup: 0 }, {
      onSpawn: () => {
        spawnedAt = Date.now();
        return new Promise<void>((resolve) => setTimeout(resolve, 1500));
      },
      onEvent: () => (firstEventAt ||= Date.now()),
    });
    assert.ok(outcome.ok, 'the run finished');
    assert.ok(firstEventAt - spawnedAt >= 1400, `first event ${firstEventAt - spawnedAt} ms after the spawn`);
    assert.ok(outcome.result.kind === 'measure' && (outcome.result as MeasureResult).scheduler?.available, 'and the sampler, started beside, still gave a timeline');
  });

  it('3.13t beside a CPU-bound process: the sampler is watching before the first measured repeat', async function () {
    // A free-threaded 3.13 yields the CPU hundreds of times while it starts; with every CPU busy the
    // sampler once came up seconds late, after the measurement, and there was no timeline at all.
    const ft = freeThreadedPython();
    if (!ft) this.skip();
    const hog = spawn(python3().path, ['-c', 'while True: pass'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      // (Threads only: serial repeats first would give a late sampler a head start and hide it.)
      const result = await measureCpuBound(ft.path, undefined, ['threads']);
      const report = result.scheduler;
      assert.ok(report?.available, `a timeline: ${report && !report.available ? report.reason : 'no report'}`);
      assert.equal(report.repeats.filter((r) => r.mode === 'threads').length, result.repeats, 'every threaded repeat sampled');
      // (The window opens when the first repeat is announced, a few ms late on a busy machine: most of it is seen.)
      for (const r of report.repeats) assert.ok(r.sampled[0] < r.wallSeconds / 2, `sampled from ${r.sampled[0]} s of a ${r.wallSeconds} s repeat`);
    } finally {
      hog.kill('SIGKILL');
    }
  });

  it('processes: one lane per worker process, found by its pid', async () => {
    const result = await measureCpuBound(python3().path, undefined, ['serial', 'processes']);
    const report = result.scheduler;
    if (!report?.available) assert.fail('no timeline');
    const repeats = report.repeats.filter((r) => r.mode === 'processes');
    assert.equal(repeats.length, 3);
    for (const r of repeats) {
      assert.equal(new Set(r.lanes.map((l) => l.pid)).size, r.lanes.length, 'a process per lane');
      assert.ok(r.lanes.every((l) => l.slices.length > 0));
    }
  });

  it('leaves the timeline out when asked, and the spans still carry thread ids', async () => {
    const outcome = await measure(python3().path, { file: cpuBound, function: 'cpu_bound', modes: ['serial', 'threads'], workers: 2, repeats: 1, warmup: 0 }, { scheduler: false });
    assert.ok(outcome.ok);
    const result = outcome.result as MeasureResult;
    assert.equal(result.scheduler, undefined);
    const threads = result.samples.find((s) => s.mode === 'threads')!;
    const ids = threads.workers.map((w) => w.nativeThreadId);
    assert.equal(new Set(ids).size, 2, 'two distinct threads');
    assert.ok(threads.workers.every((w) => w.pid !== w.nativeThreadId && typeof w.repeatClockSeconds === 'number'));
  });

  it('gives no timeline (and no line about one) for a serial-only run: there is nothing to draw', async () => {
    const outcome = await measure(python3().path, { file: cpuBound, function: 'cpu_bound', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 });
    assert.ok(outcome.ok);
    assert.equal((outcome.result as MeasureResult).scheduler, undefined);
  });

  it('rejects a switch interval that is not above 0 with a clear message', async () => {
    const outcome = await measure(python3().path, { file: cpuBound, function: 'cpu_bound', modes: ['serial'], workers: 1, repeats: 1, warmup: 0, switchIntervalSeconds: 0 });
    assert.ok(!outcome.ok);
    assert.equal(outcome.error.code, 'bad-request');
    assert.match(outcome.error.message, /switch interval/);
  });
});
