/**
 * The measurement engine (src/measure/engine.ts) against real interpreters: python3, a 3.9 and the
 * free-threaded 3.13t where present. Every assertion is a signature that holds on a loaded 2-CPU
 * machine: call counts, the CPU-time vs wall relation the GIL imposes, error kinds and locations,
 * lost-update counting, and that cancel and timeout leave no process behind. No speed is asserted.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, probeInterpreter, raceCheck, type RunOptions } from '../../src/measure/engine';
import type { HarnessError, InterpreterFacts, Mode } from '../../src/shared/harnessProtocol';
import type { EngineOutcome, MeasureResult, RaceResult } from '../../src/shared/results';
import { sampleConstant } from '../support/lesson';
import { allPythons } from '../support/pythons';

const fixtures = join(__dirname, '..', 'fixtures', 'measure');
const fixture = (name: string) => join(fixtures, name);
const lessonRace = join(__dirname, '..', '..', 'walkthroughs', 'samples', 'race_counter.py');
const LESSON_ROUNDS = sampleConstant('race_counter.py', 'ROUNDS');
const ALL: Mode[] = ['serial', 'threads', 'processes'];
const VERDICTS = ['gil-serialised', 'overlapping-waits', 'parallel', 'processes-win', 'starved', 'overhead-bound', 'too-fast', 'noisy', 'mixed'];

function ok(outcome: EngineOutcome, what: string): MeasureResult | RaceResult {
  if (!outcome.ok) assert.fail(`${what}: ${outcome.error.code}: ${outcome.error.message}\n${outcome.error.traceback ?? ''}`);
  return outcome.result;
}

function failed(outcome: EngineOutcome, code: HarnessError['code']): HarnessError {
  if (outcome.ok) assert.fail(`expected a ${code} error, got a result`);
  assert.equal(outcome.error.code, code, `${outcome.error.code}: ${outcome.error.message}`);
  assert.ok(outcome.error.message.length > 0 && !outcome.error.message.includes('\n'), `one-line message: ${outcome.error.message}`);
  return outcome.error;
}

/** What the interpreter says about itself, asked without the harness. */
function selfReport(python: string): { version: string; abiflags: string } {
  const out = execFileSync(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3]); print(getattr(sys, "abiflags", ""))'], { encoding: 'utf8' });
  const [version, abiflags] = out.split('\n');
  return { version, abiflags };
}

/**
 * Processes that carry `marker`: in their command line (pgrep -f, which leaves itself out) or in
 * their environment (the harness, its pool workers and their children all inherit
 * GIL_LAB_TEST_MARKER). Scoped to this test's marker, so other people's runs on the machine don't count.
 */
function marked(marker: string): number[] {
  const pids = new Set<number>();
  const byCmd = spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' });
  for (const line of byCmd.stdout.split('\n')) if (line.trim()) pids.add(Number(line));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`GIL_LAB_TEST_MARKER=${marker}\0`)) pids.add(Number(entry));
    } catch {
      /* gone, or not ours */
    }
  }
  pids.delete(process.pid);
  return [...pids];
}

async function waitFor(condition: () => boolean, ms: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) return -1;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

function cleanUp(marker: string) {
  for (const pid of marked(marker)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

let markers = 0;
const newMarker = (label: string) => `gil-lab-test-marker-${process.pid}-${label.replace(/\W/g, '')}-${++markers}-${Date.now()}`;

const canSeeProcesses = process.platform === 'linux' && spawnSync('pgrep', ['--version']).status === 0;

for (const py of allPythons()) {
  describe(`measurement engine on ${py.label} (${py.path})`, function () {
    let facts: InterpreterFacts;

    before(async () => {
      facts = await probeInterpreter(py.path);
    });

    it('probes the interpreter: version, build, GIL, CPUs, start method', async () => {
      const self = selfReport(py.path);
      assert.equal(facts.implementation, 'cpython');
      assert.equal(facts.version, self.version);
      assert.deepEqual(facts.versionInfo, self.version.split('.').map(Number));
      const builtFreeThreaded = self.abiflags.includes('t');
      assert.equal(facts.freeThreaded, builtFreeThreaded, `abiflags '${self.abiflags}'`);
      if (py.label === '3.13t') assert.equal(facts.freeThreaded, true, 'the free-threaded test interpreter is not a free-threaded build');
      assert.equal(facts.gilEnabled, !builtFreeThreaded, 'the GIL is on exactly in GIL builds (PYTHON_GIL unset)');
      assert.ok(Number.isInteger(facts.cpuCount) && facts.cpuCount >= 1, `cpuCount ${facts.cpuCount}`);
      const online = Number(execFileSync('nproc', ['--all'], { encoding: 'utf8' }).trim());
      assert.ok(facts.cpuCount <= online, `cpuCount ${facts.cpuCount} > ${online} CPUs online`);
      assert.ok(['fork', 'spawn', 'forkserver'].includes(facts.startMethod), facts.startMethod);
      if (process.platform === 'linux' && facts.versionInfo[1] < 14) assert.equal(facts.startMethod, 'fork');
      assert.ok(facts.switchIntervalSeconds > 0);
      assert.equal(facts.platform, process.platform);
      assert.ok(existsSync(facts.executable), facts.executable);
    });

    it('the free-threaded build reports the GIL on when PYTHON_GIL=1 turns it back on', async function () {
      if (!facts.freeThreaded) this.skip();
      const withGil = await probeInterpreter(py.path, { env: { PYTHON_GIL: '1' } });
      assert.equal(withGil.freeThreaded, true);
      assert.equal(withGil.gilEnabled, true);
    });

    it('runs the same number of calls in serial, threads and processes, with per-worker spans and a verdict', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gil-lab-calls-'));
      try {
        const calls = join(dir, 'calls.txt');
        const [workers, repeats, warmup] = [2, 2, 1];
        const result = ok(await measure(py.path, { file: fixture('counted.py'), function: 'counted_work', modes: ALL, workers, repeats, warmup }, { timeoutMs: 90000, env: { GIL_LAB_TEST_CALLS: calls } }), 'measure') as MeasureResult;

        // Counted by the function itself: (warmup + repeats) x workers calls in every mode.
        const lines = readFileSync(calls, 'utf8').trim().split('\n').map((l) => l.split(' '));
        const harnessPid = lines.find(([, thread]) => thread.startsWith('gil-lab-'))?.[0];
        assert.ok(harnessPid, 'no call ran on a gil-lab thread');
        const perMode = {
          serial: lines.filter(([pid, thread]) => pid === harnessPid && thread === 'MainThread').length,
          threads: lines.filter(([pid, thread]) => pid === harnessPid && thread.startsWith('gil-lab-')).length,
          processes: lines.filter(([pid]) => pid !== harnessPid).length,
        };
        const each = (warmup + repeats) * workers;
        assert.deepEqual(perMode, { serial: each, threads: each, processes: each }, `calls per mode: ${JSON.stringify(perMode)}`);
        assert.equal(lines.length, 3 * each);

        assert.equal(result.workers, workers);
        assert.equal(result.repeats, repeats);
        assert.ok(typeof result.poolStartupSeconds === 'number' && result.poolStartupSeconds > 0, 'pool start-up measured apart');
        for (const mode of ALL) {
          const samples = result.samples.filter((s) => s.mode === mode);
          assert.deepEqual(samples.map((s) => s.repeat), [0, 1], `${mode} repeats`);
          for (const s of samples) {
            assert.equal(s.workers.length, workers, `${mode}: one span per call`);
            assert.ok(s.wallSeconds > 0);
            for (const w of s.workers) {
              assert.ok(w.worker >= 0 && w.worker < workers, `${mode} worker index ${w.worker}`);
              assert.ok(w.startSeconds >= -0.001 && w.endSeconds > w.startSeconds, `${mode} span ${w.startSeconds}..${w.endSeconds}`);
              assert.ok(w.endSeconds <= s.wallSeconds + 0.01, `${mode} span ends after the repeat`);
              assert.ok(w.cpuSeconds > 0, `${mode}: a CPU-bound call used no CPU`);
              // One thread cannot use more CPU than the time it ran.
              assert.ok(w.cpuSeconds <= w.endSeconds - w.startSeconds + 0.005, `${mode}: cpu ${w.cpuSeconds} > span ${w.endSeconds - w.startSeconds}`);
            }
            if (mode !== 'processes') assert.deepEqual(s.workers.map((w) => w.worker).sort(), [0, 1]);
            if (mode === 'serial') {
              // One after another: each call starts after the previous one ended.
              const [a, b] = [...s.workers].sort((x, y) => x.startSeconds - y.startSeconds);
              assert.ok(b.startSeconds >= a.endSeconds - 1e-6);
            }
            if (mode === 'threads' && facts.gilEnabled) {
              // The GIL's signature: the threads together used no more CPU than one CPU could in that wall time.
              const summed = s.workers.reduce((sum, w) => sum + w.cpuSeconds, 0);
              assert.ok(summed <= s.wallSeconds * 1.3 + 0.005, `with the GIL, ${summed.toFixed(4)} s of thread CPU in ${s.wallSeconds.toFixed(4)} s wall`);
            }
          }
          const stats = result.modes[mode];
          assert.ok(stats, `no stats for ${mode}`);
          assert.ok(stats.minSeconds <= stats.medianSeconds && stats.medianSeconds <= stats.maxSeconds);
          assert.equal(stats.samplesSeconds.length, repeats);
        }
        assert.ok(result.speedup.threads && result.speedup.threads.median > 0);
        assert.ok(result.speedup.processes && result.speedup.processes.median > 0);
        assert.ok(VERDICTS.includes(result.verdict.kind), result.verdict.kind);
        assert.ok(result.verdict.headline.length > 20 && result.verdict.step.length > 0);
        const cpuPerWall = result.modes.threads!.cpuPerWallMedian;
        if (facts.gilEnabled) assert.notEqual(result.verdict.kind, 'parallel', 'pure Python cannot run in parallel under the GIL');
        console.log(`      ${py.label}: threads used ${cpuPerWall.toFixed(2)} s CPU per s wall; threads ×${result.speedup.threads.median.toFixed(2)}, processes ×${result.speedup.processes.median.toFixed(2)}; verdict ${result.verdict.kind}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('measures how long the serial and processes calls waited for a CPU (Linux schedstat), one entry per repeat', async function () {
      if (!existsSync('/proc/self/schedstat')) this.skip();
      const result = ok(await measure(py.path, { file: fixture('workloads.py'), function: 'cpu_bound', modes: ALL, workers: 2, repeats: 2, warmup: 0 }, { timeoutMs: 90000 }), 'measure') as MeasureResult;
      const queue = result.runQueue ?? [];
      assert.deepEqual(queue.map((q) => `${q.mode} ${q.repeat}`).sort(), ['processes 0', 'processes 1', 'serial 0', 'serial 1']);
      for (const q of queue) {
        const wall = result.samples.find((s) => s.mode === q.mode && s.repeat === q.repeat)!.wallSeconds;
        // Read around the repeat: a window at least its wall time.
        assert.ok(q.windowSeconds! >= wall, `${q.mode} ${q.repeat}: window ${q.windowSeconds} s < wall ${wall} s`);
        assert.equal(q.processes, q.mode === 'processes' ? 3 : 1, 'serial: the harness; processes: the harness and its 2 pool workers');
        // Each process waits at most the whole window for a CPU.
        assert.ok(q.seconds >= 0 && q.seconds <= q.windowSeconds! * q.processes! + 0.001, `${q.mode} ${q.repeat}: waited ${q.seconds} s in a ${q.windowSeconds} s window`);
      }
    });

    it('loads only what the function needs: top-level benchmarks, prints, loops and os._exit are skipped and listed', async () => {
      let printed = '';
      const result = ok(
        await measure(py.path, { file: fixture('top_level_work.py'), function: 'work', modes: ['serial', 'processes'], workers: 2, repeats: 1, warmup: 0 }, { timeoutMs: 60000, onStderr: (t) => (printed += t) }),
        'measure work()',
      ) as MeasureResult;
      const reasons = Object.fromEntries(result.load.skipped.map((s) => [s.line, s.reason]));
      assert.deepEqual(Object.keys(reasons).map(Number), [11, 13, 16, 17, 34, 38], JSON.stringify(result.load.skipped));
      assert.match(reasons[11], /calls build_table\(\) defined in this file/);
      assert.match(reasons[13], /loop/);
      assert.match(reasons[17], /call/);
      assert.match(reasons[38], /main block/);
      assert.equal(result.load.skipped.find((s) => s.line === 17)?.text.startsWith('os._exit(9)'), true);
      assert.deepEqual(result.load.missingNames, []);
      assert.ok(!printed.includes('must be skipped'), `a skipped print ran: ${printed}`);
      assert.equal(result.samples.filter((s) => s.mode === 'processes').length, 1, 'the pool workers loaded the file the same way');

      // The lesson-style workloads.py: a 10**8-iteration call at top level that is never run.
      const lesson = ok(await measure(py.path, { file: fixture('workloads.py'), function: 'cpu_bound', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 }, { timeoutMs: 60000, onStderr: (t) => (printed += t) }), 'cpu_bound') as MeasureResult;
      assert.deepEqual(lesson.load.skipped.map((s) => s.text), ['print("top-level print must be skipped")', 'cpu_bound(10**8)  # a heavy top-level call the harness must not run']);
      assert.ok(!printed.includes('must be skipped'));
    });

    it('says which skipped statement a function depends on', async () => {
      const uses = failed(await measure(py.path, { file: fixture('top_level_work.py'), function: 'uses_table', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 }, { timeoutMs: 60000 }), 'user-exception');
      assert.match(uses.message, /NameError/);
      assert.match(uses.hint ?? '', /TABLE is set only at line 11 .*skipped/);
      assert.deepEqual(uses.location, { file: fixture('top_level_work.py'), line: 25 });

      // A closure made by a call to a function of the file: its name is never bound.
      const closure = failed(await measure(py.path, { file: fixture('top_level_work.py'), function: 'closure_work', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 }, { timeoutMs: 60000 }), 'function-not-found');
      assert.match(closure.message, /closure_work\(\) is set only at line 34 .*skipped \(calls make_worker\(\)/);
      assert.equal(closure.location?.line, 34);
      assert.ok(closure.hint);

      // Before running anything, a result names what the function reads from skipped statements.
      const race = await raceCheck(py.path, { file: fixture('top_level_work.py'), function: 'work', global: 'LIMIT', workers: 2, runs: 1 }, { timeoutMs: 60000 });
      assert.deepEqual((ok(race, 'race') as RaceResult).load.missingNames, []);
    });

    it('times a lambda-assigned name in processes, also with the spawn start method: workers load it by name, nothing is pickled', async () => {
      for (const method of ['', 'spawn']) {
        const result = ok(
          await measure(py.path, { file: fixture('top_level_work.py'), function: 'square_all', modes: ['serial', 'processes'], workers: 2, repeats: 1, warmup: 0 }, { timeoutMs: 90000, env: method ? { GIL_LAB_START_METHOD: method } : {} }),
          `square_all with ${method || 'the default start method'}`,
        ) as MeasureResult;
        assert.equal(result.samples.find((s) => s.mode === 'processes')?.workers.length, 2);
      }
    });

    it('reports errors the user can act on: arguments, syntax, imports, exceptions, worker-only load failures', async () => {
      const opts: RunOptions = { timeoutMs: 60000 };
      const req = (file: string, fn: string, modes: Mode[] = ['serial'], args?: string) => ({ file: fixture(file), function: fn, modes, workers: 2, repeats: 1, warmup: 0, args });

      const needs = failed(await measure(py.path, req('workloads.py', 'needs_two'), opts), 'needs-arguments');
      assert.match(needs.message, /needs_two\(\) needs arguments: a, b/);
      assert.ok(needs.hint);
      ok(await measure(py.path, req('workloads.py', 'needs_two', ['serial'], '(2, 3)'), opts), 'with arguments');
      failed(await measure(py.path, req('workloads.py', 'needs_two', ['serial'], '(1, 2, 3)'), opts), 'bad-arguments');
      failed(await measure(py.path, req('workloads.py', 'needs_two', ['serial'], '(undefined_name,)'), opts), 'bad-arguments');

      const syntax = failed(await measure(py.path, req('broken_syntax.py', 'fine'), opts), 'syntax-error');
      assert.deepEqual(syntax.location, { file: fixture('broken_syntax.py'), line: 5 });
      assert.match(syntax.message, /broken_syntax\.py line 5/);

      const imp = failed(await measure(py.path, req('broken_import.py', 'work'), opts), 'import-error');
      assert.deepEqual(imp.location, { file: fixture('broken_import.py'), line: 3 });
      assert.match(imp.message, /gil_lab_no_such_module_for_tests/);
      assert.ok(imp.hint);

      const missing = failed(await measure(py.path, req('workloads.py', 'no_such_function'), opts), 'function-not-found');
      assert.match(missing.hint ?? '', /cpu_bound/);
      failed(await measure(py.path, { ...req('workloads.py', 'cpu_bound'), file: fixture('does_not_exist.py') }, opts), 'file-not-found');

      for (const modes of [['serial'], ['processes']] as Mode[][]) {
        const raised = failed(await measure(py.path, req('workloads.py', 'raises', modes), opts), 'user-exception');
        assert.equal(raised.message, "The function raised ValueError: boom from the user's code", modes[0]);
        assert.deepEqual(raised.location, { file: fixture('workloads.py'), line: 46 }, modes[0]);
        assert.match(raised.traceback ?? '', /ValueError/);
      }

      const worker = failed(await measure(py.path, req('worker_only_failure.py', 'work', ['serial', 'processes']), opts), 'import-error');
      assert.match(worker.message, /worker process could not load work\(\).*ZeroDivisionError/);
      assert.equal(worker.location?.line, 5);
    });

    it('reports a process that died: os._exit and SIGKILL in the harness, os._exit in a pool worker', async () => {
      const opts: RunOptions = { timeoutMs: 60000 };
      const req = (fn: string, modes: Mode[]) => ({ file: fixture('dying.py'), function: fn, modes, workers: 2, repeats: 1, warmup: 0 });
      assert.match(failed(await measure(py.path, req('exits', ['serial']), opts), 'process-died').message, /exited with code 7/);
      assert.match(failed(await measure(py.path, req('killed', ['serial']), opts), 'process-died').message, /signal SIGKILL/);
      assert.match(failed(await measure(py.path, req('exits', ['processes']), opts), 'process-died').message, /^A worker process \d+ exited with code 7 .*while running exits\(\) in the processes mode, repeat 1 of 1\.$/);
    });

    it('race check on the lesson\'s tight counter += 1 loop: counts per run, and losses where the build loses them', async () => {
      const workers = 4;
      const result = ok(await raceCheck(py.path, { file: lessonRace, function: 'increment', global: 'counter', workers, runs: 3 }, { timeoutMs: 120000 }), 'race') as RaceResult;
      assert.equal(result.global, 'counter');
      assert.deepEqual(result.runs.map((r) => r.mode), ['serial', 'threads', 'threads', 'threads']);
      for (const run of result.runs) {
        assert.equal(run.expected, workers * LESSON_ROUNDS);
        assert.equal(run.observed + run.lost, run.expected);
        assert.ok(run.lost >= 0 && run.observed > 0, JSON.stringify(run));
      }
      assert.equal(result.runs[0].lost, 0, 'the serial run lost updates');
      const lost = result.runs.filter((r) => r.mode === 'threads').map((r) => r.lost);
      console.log(`      ${py.label} (${facts.version}${facts.freeThreaded ? 't' : ''}): lost ${lost.join(', ')} of ${workers * LESSON_ROUNDS} per threaded run`);
      if (!facts.gilEnabled) assert.ok(lost.some((l) => l > 0), 'no lost update without the GIL');
      else if (facts.versionInfo[1] >= 10) assert.deepEqual(lost, [0, 0, 0], 'measured: with the GIL, 3.10+ does not switch inside this loop');
      assert.ok(result.verdict.headline.includes('counter'));

      // Refusals: a global that is not a number, a global that does not exist.
      const calls = { GIL_LAB_TEST_CALLS: join(tmpdir(), 'unused') };
      assert.match(failed(await raceCheck(py.path, { file: fixture('counted.py'), function: 'touch_label', global: 'label', workers: 2, runs: 1 }, { env: calls }), 'not-a-number').message, /label is a str/);
      assert.match(failed(await raceCheck(py.path, { file: fixture('counted.py'), function: 'touch_label', global: 'nope', workers: 2, runs: 1 }, { env: calls }), 'bad-state').message, /no module-level name nope/);
    });

    describe('cancel and timeout stop every process the run started', function () {
      before(function () {
        if (!canSeeProcesses) this.skip();
      });

      it('cancel (AbortSignal) while pool workers and their children run: nothing with the marker remains', async () => {
        const marker = newMarker(py.label);
        try {
          const abort = new AbortController();
          const run = measure(py.path, { file: fixture('dying.py'), function: 'spins_with_child', modes: ['processes'], workers: 2, repeats: 1, warmup: 1 }, { signal: abort.signal, timeoutMs: 60000, env: { GIL_LAB_TEST_MARKER: marker } });
          // The harness, 2 pool workers and the children they started, which carry the marker in argv.
          const seen = await waitFor(() => spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).length >= 2 && marked(marker).length >= 5, 30000);
          const before = marked(marker).length;
          assert.ok(seen >= 0, `the marked processes never started (saw ${before})`);
          const t0 = Date.now();
          abort.abort();
          const outcome = await run;
          failed(outcome, 'cancelled');
          const gone = await waitFor(() => marked(marker).length === 0, 5000);
          assert.ok(gone >= 0, `still running 5 s after cancel: ${marked(marker).join(', ')}`);
          console.log(`      ${py.label}: cancel left nothing of ${before} processes after ${Date.now() - t0} ms`);
        } finally {
          cleanUp(marker);
        }
      });

      it('timeout while threads wait in the user\'s children: error "timeout", nothing with the marker remains', async () => {
        const marker = newMarker(py.label);
        try {
          let peak = 0;
          const poll = setInterval(() => (peak = Math.max(peak, marked(marker).length)), 100);
          const t0 = Date.now();
          const outcome = await measure(py.path, { file: fixture('dying.py'), function: 'spins_with_child', modes: ['serial', 'threads'], workers: 2, repeats: 1, warmup: 1 }, { timeoutMs: 4000, env: { GIL_LAB_TEST_MARKER: marker } });
          clearInterval(poll);
          const error = failed(outcome, 'timeout');
          assert.ok(error.hint);
          assert.ok(Date.now() - t0 >= 3900, 'stopped before its timeout');
          assert.ok(peak >= 2, `the harness and its child never ran (peak ${peak})`);
          const t1 = Date.now();
          const gone = await waitFor(() => marked(marker).length === 0, 5000);
          assert.ok(gone >= 0, `still running 5 s after the timeout: ${marked(marker).join(', ')}`);
          console.log(`      ${py.label}: timeout left nothing of ${peak} processes after ${Date.now() - t1} ms`);
        } finally {
          cleanUp(marker);
        }
      });

      it('an already-aborted signal starts nothing', async () => {
        const abort = new AbortController();
        abort.abort();
        failed(await measure(py.path, { file: fixture('workloads.py'), function: 'forever', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 }, { signal: abort.signal }), 'cancelled');
      });
    });
  });
}

describe('measurement engine: interpreters that cannot run it', () => {
  it('a path with no interpreter gives process-died with a clear message', async () => {
    const outcome = await measure('/nonexistent/python3', { file: fixture('workloads.py'), function: 'cpu_bound', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 });
    assert.match(failed(outcome, 'process-died').message, /No Python interpreter at \/nonexistent\/python3/);
    await assert.rejects(probeInterpreter('/nonexistent/python3'), /No Python interpreter/);
  });

  it('a Python older than 3.9 is refused by name', async function () {
    const old = ['3.8', '3.7', '3.6']
      .map((v) => readdirSafe(join(process.env.HOME ?? '', '.pyenv', 'versions')).find((d) => d.startsWith(`${v}.`)))
      .filter((d): d is string => !!d)
      .map((d) => join(process.env.HOME ?? '', '.pyenv', 'versions', d, 'bin', 'python3'))
      .find((p) => existsSync(p));
    if (!old) this.skip();
    await assert.rejects(probeInterpreter(old), /needs Python 3\.9 or newer; this is 3\.[678]/);
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
