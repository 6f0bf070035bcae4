/**
 * Every claim the walkthrough makes that can be measured, measured on each interpreter CI has
 * (python3, 3.9, the free-threaded 3.13t). A claim that is false on some version fails here, so the
 * step's wording has to name the versions it holds for. Bounds are loose: the claims are about
 * ×1 against ×2, not about percent.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, probeInterpreter, raceCheck } from '../../src/measure/engine';
import { cpusAtOnce } from '../../src/measure/stats';
import type { MeasureResult, RaceResult } from '../../src/shared/results';
import type { InterpreterFacts } from '../../src/shared/harnessProtocol';
import { createPythonParser, parsePython } from '../../src/analysis/parser';
import { analyze } from '../../src/analysis/raceAnalysis';
import type { TextEdit0 } from '../../src/shared/analysis';
import { allPythons, type TestPython } from '../support/pythons';
import { bestOf } from '../support/bestOf';
import { ceilingIfMissed, machineCeiling, NO_SECOND_CPU } from '../support/machineCeiling';

const samples = join(__dirname, '..', '..', 'walkthroughs', 'samples');
const sample = (name: string) => join(samples, name);
const pythons = allPythons();

function run(python: string, file: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(python, [file], { encoding: 'utf8', timeout: 60000, env: { ...process.env, ...env } });
}

async function measured(py: TestPython, file: string, fn: string, modes: ('serial' | 'threads' | 'processes')[]): Promise<MeasureResult> {
  const outcome = await measure(py.path, { file, function: fn, modes, workers: 2, repeats: 3, warmup: 1 }, { timeoutMs: 120000 });
  if (!outcome.ok) throw new Error(`${py.label} ${fn}: ${outcome.error.message}`);
  const result = outcome.result as MeasureResult;
  const s = (m: 'threads' | 'processes') => result.speedup[m]?.median.toFixed(2);
  console.log(`      ${py.label} ${fn}: threads ×${s('threads')}${modes.includes('processes') ? `, processes ×${s('processes')}` : ''}, verdict ${result.verdict.kind}`);
  return result;
}

/** One race check of `fn` on the global `global`: four threads, three runs, and the updates each run lost. */
async function raced(py: TestPython, file: string, fn: string, global: string, runs = 3): Promise<RaceResult> {
  const outcome = await raceCheck(py.path, { file, function: fn, global, workers: 4, runs }, { timeoutMs: 120000 });
  if (!outcome.ok) throw new Error(`${py.label} ${fn}: ${outcome.error.message}`);
  const result = outcome.result as RaceResult;
  const lost = result.runs.filter((r) => r.mode === 'threads').map((r) => r.lost);
  console.log(`      ${py.label} ${fn}: lost per threaded run ${lost.join(', ')} of ${result.runs[0].expected}`);
  return result;
}
const threadedLosses = (r: RaceResult) => r.runs.filter((x) => x.mode === 'threads').map((x) => x.lost);
const serialLosses = (r: RaceResult) => r.runs.filter((x) => x.mode === 'serial').map((x) => x.lost);

/** A GIL build of CPython 3.10 or later: where the tight loop happens not to lose updates. */
const gilAtLeast310 = (f: InterpreterFacts) => f.gilEnabled && (f.versionInfo[0] > 3 || f.versionInfo[1] >= 10);

/** More GIL builds from pyenv (3.10, 3.12, 3.13) for the version-worded race claim, when present. */
function morePyenvGilBuilds(): TestPython[] {
  const root = join(homedir(), '.pyenv', 'versions');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((v) => /^3\.1[0-9]\.\d+$/.test(v))
    .map((v) => ({ label: v, path: join(root, v, 'bin', 'python3') }))
    .filter((p) => existsSync(p.path) && !pythons.some((q) => execFileSync(q.path, ['-c', 'import sys;print(sys.executable)']).toString().trim() === p.path));
}

describe('walkthrough claims, measured', function () {
  this.timeout(300000);
  const facts = new Map<string, InterpreterFacts>();

  before(async () => {
    for (const py of pythons) facts.set(py.label, await probeInterpreter(py.path));
    console.log(`      interpreters: ${pythons.map((p) => `${p.label} = ${facts.get(p.label)!.version}${facts.get(p.label)!.freeThreaded ? 't' : ''}`).join(', ')}`);
  });

  describe('step "What the GIL is"', () => {
    it('the switch interval is 5 ms unless changed, and free-threaded builds run without a GIL', () => {
      for (const py of pythons) {
        const f = facts.get(py.label)!;
        assert.equal(f.switchIntervalSeconds, 0.005, py.label);
        assert.equal(f.gilEnabled, !f.freeThreaded, `${py.label}: GIL on exactly when not free-threaded`);
      }
    });
  });

  describe('step "Why CPython has a GIL" (refcount.py)', () => {
    for (const py of pythons) {
      it(`each new reference adds one, and removing them returns the count (${py.label})`, () => {
        const out = run(py.path, sample('refcount.py'));
        const deltas = [...out.matchAll(/\(\+(\d+)\)/g)].map((m) => Number(m[1]));
        assert.deepEqual(deltas, [1, 3, 0], out);
      });
    }
  });

  describe('step "CPU-bound work: threads are no faster"', () => {
    for (const py of pythons) {
      it(`cpu_bound() in threads: no faster with the GIL, faster without it (${py.label})`, async function () {
        const f = facts.get(py.label)!;
        if (f.gilEnabled) {
          // Taking turns shows in CPU time whatever else the machine is doing: never more than one call's CPU at once.
          // (The verdict also reads wall times, which a busy machine can skew for a whole run, as it did once in CI: a
          // serial run 1.33× slower than the threads, at 1.0 CPUs. Up to three tries for the verdict; while other
          // programs hold the CPUs it says so, "starved", and that is true too.)
          const serialised = (x: { m: MeasureResult }) => x.m.verdict.kind === 'gil-serialised' && cpusAtOnce(x.m.modes, 'threads') < 1.3;
          const r = await bestOf(3, async () => ceilingIfMissed(py, { m: await measured(py, sample('cpu_bound.py'), 'cpu_bound', ['serial', 'threads']) }, serialised), serialised, 2000);
          assert.ok(cpusAtOnce(r.m.modes, 'threads') < 1.3, `threads kept ${cpusAtOnce(r.m.modes, 'threads').toFixed(2)} CPUs busy with the GIL`);
          if (r.m.verdict.kind === 'starved' && r.ceiling < NO_SECOND_CPU) return console.log(`      no second CPU free in three tries (two bare interpreters ×${r.ceiling.toFixed(2)}): the verdict said so`);
          assert.equal(r.m.verdict.kind, 'gil-serialised', `${r.m.verdict.headline}\n${r.m.verdict.detail}`);
        } else if (f.cpuCount >= 2) {
          // Faster in wall time needs a second free CPU; other work on the machine can take it for a while, so up to six tries.
          // (A run counts when it shows all three: another tenant of the host once held the threads to 1.49 CPUs in a run the verdict still called parallel.)
          // Still held after six, the same run's ceiling (two bare interpreters at once) must show that no second CPU was
          // free, and the verdict must not blame a GIL: that is what the product tells the user then.
          const parallel = (x: { m: MeasureResult }) => x.m.verdict.kind === 'parallel' && cpusAtOnce(x.m.modes, 'threads') > 1.5 && x.m.speedup.threads!.median > 1.3;
          const r = await bestOf(6, async () => ceilingIfMissed(py, { m: await measured(py, sample('cpu_bound.py'), 'cpu_bound', ['serial', 'threads']) }, parallel), parallel, 3000);
          if (!parallel(r) && r.ceiling < NO_SECOND_CPU) {
            assert.notEqual(r.m.verdict.kind, 'gil-serialised', r.m.verdict.headline);
            return console.log(`      no second CPU free in six tries (two bare interpreters ×${r.ceiling.toFixed(2)}): verdict ${r.m.verdict.kind}`);
          }
          assert.ok(cpusAtOnce(r.m.modes, 'threads') > 1.5, `threads kept ${cpusAtOnce(r.m.modes, 'threads').toFixed(2)} CPUs busy without the GIL; two bare interpreters ×${r.ceiling.toFixed(2)}`);
          assert.ok(r.m.speedup.threads!.median > 1.3, `threads ×${r.m.speedup.threads!.median} without the GIL on ${f.cpuCount} CPUs; two bare interpreters ×${r.ceiling.toFixed(2)}`);
          assert.equal(r.m.verdict.kind, 'parallel', r.m.verdict.headline);
        } else this.skip();
      });
    }
  });

  describe('step "I/O-bound work: threads help" (no internet)', () => {
    for (const py of pythons) {
      it(`fetch() from the local slow server: threads overlap the waits (${py.label})`, async () => {
        // A loaded machine can delay a thread's wake-up past the server's wait: up to three tries.
        const r = await bestOf(3, () => measured(py, sample('io_bound.py'), 'fetch', ['serial', 'threads']), (x) => x.speedup.threads!.median > 1.5 && x.verdict.kind === 'overlapping-waits', 1000);
        assert.ok(r.speedup.threads!.median > 1.5, `threads ×${r.speedup.threads!.median}`);
        assert.equal(r.verdict.kind, 'overlapping-waits');
      });
    }
  });

  describe('step "Pitfall: counter += 1" (race_counter.py)', () => {
    for (const py of [...pythons, ...morePyenvGilBuilds()]) {
      it(`tight loop loses nothing on 3.10+ with the GIL, loses on 3.9 and free-threaded (${py.label})`, async () => {
        // Where updates are lost, how many is chance: a run of three may lose none, so up to three tries for the loss.
        // Where none are lost, one try: the claim is that none ever are.
        const losesHere = (x: RaceResult) => !gilAtLeast310(x.interpreter) && threadedLosses(x).some((l) => l > 0);
        const r = await bestOf(3, () => raced(py, sample('race_counter.py'), 'increment', 'counter'), (x) => gilAtLeast310(x.interpreter) || losesHere(x));
        assert.deepEqual(serialLosses(r), serialLosses(r).map(() => 0), 'serial runs never lose');
        const f = r.interpreter;
        if (gilAtLeast310(f)) assert.ok(threadedLosses(r).every((l) => l === 0), `lost ${threadedLosses(r)} on ${f.version}`);
        else assert.ok(threadedLosses(r).some((l) => l > 0), `lost nothing on ${f.version}${f.freeThreaded ? 't' : ''}`);
      });
    }
    for (const py of pythons) {
      it(`a call between read and write loses updates on every interpreter (${py.label})`, async () => {
        const r = await bestOf(3, () => raced(py, sample('race_counter.py'), 'increment_with_call', 'counter'), (x) => threadedLosses(x).some((l) => l > 0));
        assert.ok(threadedLosses(r).some((l) => l > 0), `lost nothing on ${r.interpreter.version}`);
      });
    }
  });

  describe('step "Pitfall: threads for CPU-bound speed" (thumbnails.py)', () => {
    for (const py of pythons) {
      it(`make_thumbnail() in threads gains nothing with the GIL (${py.label})`, async function () {
        // The step speaks of GIL builds only. On 3.13t its threads read one shared IMAGE list and, measured,
        // kept between 1.1 and 1.9 CPUs busy from run to run, so no claim is made there.
        if (!facts.get(py.label)!.gilEnabled) this.skip();
        // The verdict also reads wall times, which other work on the machine can skew for a run: up to three tries.
        // (While other programs hold the CPUs the verdict says so, "starved": true too, when two bare interpreters show it.)
        const serialised = (x: { m: MeasureResult }) => cpusAtOnce(x.m.modes, 'threads') < 1.3 && x.m.verdict.kind === 'gil-serialised';
        const r = await bestOf(3, async () => ceilingIfMissed(py, { m: await measured(py, sample('thumbnails.py'), 'make_thumbnail', ['serial', 'threads']) }, serialised), serialised, 2000);
        assert.ok(cpusAtOnce(r.m.modes, 'threads') < 1.3, `threads kept ${cpusAtOnce(r.m.modes, 'threads').toFixed(2)} CPUs busy`);
        if (r.m.verdict.kind === 'starved' && r.ceiling < NO_SECOND_CPU) return console.log(`      no second CPU free in three tries (two bare interpreters ×${r.ceiling.toFixed(2)}): the verdict said so`);
        assert.equal(r.m.verdict.kind, 'gil-serialised', `${r.m.verdict.headline}\n${r.m.verdict.detail}`);
      });
    }
  });

  describe('step "Best practice: processes"', () => {
    for (const py of pythons) {
      it(`a process pool runs cpu_bound() in parallel (${py.label})`, async function () {
        if (facts.get(py.label)!.cpuCount < 2) this.skip();
        // What the machine gives at that moment: two bare interpreters computing at once against one alone, measured
        // beside each try. On a shared machine another program may hold a CPU; then the pool is held to that ceiling.
        const bar = (ceiling: number) => Math.min(1.3, 0.75 * ceiling);
        const r = await bestOf(6, async () => ({ m: await measured(py, sample('cpu_bound.py'), 'cpu_bound', ['serial', 'threads', 'processes']), ceiling: machineCeiling(py) }), (x) => x.m.speedup.processes!.median > bar(x.ceiling) && cpusAtOnce(x.m.modes, 'processes') > bar(x.ceiling), 3000);
        const against = `the machine's ceiling at that moment: ×${r.ceiling.toFixed(2)}`;
        assert.ok(cpusAtOnce(r.m.modes, 'processes') > bar(r.ceiling), `processes kept ${cpusAtOnce(r.m.modes, 'processes').toFixed(2)} CPUs busy; ${against}`);
        assert.ok(r.m.speedup.processes!.median > bar(r.ceiling), `processes ×${r.m.speedup.processes!.median}; ${against}`);
        assert.ok(r.m.poolStartupSeconds !== undefined && r.m.poolStartupSeconds > 0, 'pool start-up is timed apart from the work');
      });
    }
  });

  describe('step "Best practice: a lock" (bank.py and its quick fix)', () => {
    let fixedDir: string;
    before(async () => {
      // Apply the analysis's own quick fix, as the button does, to a copy.
      fixedDir = mkdtempSync(join(tmpdir(), 'gil-lab-bank-'));
      const text = readFileSync(sample('bank.py'), 'utf8');
      const parser = await createPythonParser();
      const { findings } = analyze(parsePython(parser, text)!, text);
      assert.equal(findings.length, 1, 'bank.py has one finding');
      writeFileSync(join(fixedDir, 'bank.py'), applyEdits(text, findings[0].fix!.edits));
      const again = readFileSync(join(fixedDir, 'bank.py'), 'utf8');
      assert.deepEqual(analyze(parsePython(parser, again)!, again).findings, [], 'the fix clears the finding');
    });
    after(() => rmSync(fixedDir, { recursive: true, force: true }));

    for (const py of pythons) {
      it(`deposit() loses deposits before the fix and none after it (${py.label})`, async () => {
        const before = await bestOf(3, () => raced(py, sample('bank.py'), 'deposit', 'balance'), (x) => threadedLosses(x).some((l) => l > 0));
        assert.ok(threadedLosses(before).some((l) => l > 0), 'the unlocked version loses deposits');
        // (One threaded run: a lock taken 800,000 times by four threads with the GIL is slow, ~10 s a run on two free CPUs, and cannot lose.)
        const after = await raced(py, join(fixedDir, 'bank.py'), 'deposit', 'balance', 1);
        assert.deepEqual(threadedLosses(after), threadedLosses(after).map(() => 0), 'the locked version loses none');
      });
    }
  });

  describe('step "Best practice: a lock", acquire() without with', () => {
    const leftTaken = [
      'import threading',
      'lock = threading.Lock()',
      'def place(order):',
      '    lock.acquire()',
      '    if order is None:',
      '        return',
      '    lock.release()',
      't = threading.Thread(target=place, args=(None,))',
      't.start()',
      't.join()',
      'print("next thread got the lock:", lock.acquire(timeout=0.5))',
    ].join('\n');
    for (const py of pythons) {
      it(`a return between acquire() and release() leaves the lock taken: the next thread waits (${py.label})`, () => {
        const out = execFileSync(py.path, ['-c', leftTaken], { encoding: 'utf8', timeout: 60000 });
        assert.match(out, /next thread got the lock: False/);
      });
    }
    it('GIL Lab flags that return (GIL005)', async () => {
      const parser = await createPythonParser();
      const text = leftTaken.replace('t = threading.Thread(target=place, args=(None,))\nt.start()\nt.join()', 'for o in (None, 1):\n    threading.Thread(target=place, args=(o,)).start()');
      const codes = analyze(parsePython(parser, text)!, text).findings.map((f) => `${f.range.start.line + 1}:${f.code}`);
      assert.deepEqual(codes, ['6:GIL005']);
    });
  });

  describe('step "Best practice: a lock", state in an object (ledger.py and its quick fix)', () => {
    let fixedDir: string;
    const rounds = () => Number(/^ROUNDS = (\d+)$/m.exec(readFileSync(sample('ledger.py'), 'utf8'))![1]);
    before(async () => {
      // The analysis's own quick fix, applied to a copy as the step's button applies it.
      fixedDir = mkdtempSync(join(tmpdir(), 'gil-lab-ledger-'));
      const text = readFileSync(sample('ledger.py'), 'utf8');
      const parser = await createPythonParser();
      const { findings } = analyze(parsePython(parser, text)!, text);
      assert.deepEqual(findings.map((f) => `${f.code} ${f.subject}`), ['GIL001 self.balance'], 'ledger.py has one finding, on self.balance');
      const fixed = applyEdits(text, findings[0].fix!.edits);
      assert.match(fixed, /^ {8}self\._lock = threading\.Lock\(\)$/m, 'a lock of the ledger, made in __init__');
      assert.match(fixed, /^ {12}with self\._lock:\n {16}balance = self\.balance\n.*\n {16}self\.balance = balance \+ amount$/m, 'held from the read to the write');
      writeFileSync(join(fixedDir, 'ledger.py'), fixed);
      assert.deepEqual(analyze(parsePython(parser, fixed)!, fixed).findings, [], 'the fix clears the finding');
    });
    after(() => rmSync(fixedDir, { recursive: true, force: true }));

    const racedState = async (py: TestPython, file: string) => {
      const outcome = await raceCheck(py.path, { file, function: 'Ledger.deposit', state: 'self.balance', workers: 4, runs: 3 }, { timeoutMs: 120000 });
      if (!outcome.ok) throw new Error(`${py.label} Ledger.deposit: ${outcome.error.message}`);
      const result = outcome.result as RaceResult;
      console.log(`      ${py.label} Ledger.deposit (${file === sample('ledger.py') ? 'as shipped' : 'locked'}): lost per threaded run ${threadedLosses(result).join(', ')} of ${result.runs[0].expected}`);
      return result;
    };
    for (const py of [...pythons, ...morePyenvGilBuilds()]) {
      it(`Ledger.deposit() loses deposits on every interpreter before the fix and none after it (${py.label})`, async () => {
        const before = await bestOf(3, () => racedState(py, sample('ledger.py')), (x) => threadedLosses(x).some((l) => l > 0));
        assert.equal(before.state, 'self.balance');
        assert.equal(before.runs[0].expected, 4 * rounds() * 10, 'four calls of ROUNDS deposits of 10');
        assert.deepEqual(serialLosses(before), [0]);
        assert.ok(threadedLosses(before).some((l) => l > 0), `no threaded run lost a deposit on ${before.interpreter.version}`);
        const after = await racedState(py, join(fixedDir, 'ledger.py'));
        assert.deepEqual(threadedLosses(after), [0, 0, 0], 'the locked ledger loses none');
      });
    }
    it('the threads share one Ledger; processes would each need a pickled copy, and the locked one cannot be pickled', async () => {
      const py = pythons[0];
      const shipped = await measure(py.path, { file: sample('ledger.py'), function: 'Ledger.deposit', modes: ['serial', 'threads', 'processes'], workers: 2, repeats: 1, warmup: 0 }, { timeoutMs: 120000 });
      assert.ok(shipped.ok && shipped.result.kind === 'measure', 'the ledger as shipped is timed in processes too');
      assert.equal(shipped.result.sharing, 'Threads share one Ledger instance (made once per repeat); each worker process gets its own pickled copy.');
      const locked = await measure(py.path, { file: join(fixedDir, 'ledger.py'), function: 'Ledger.deposit', modes: ['serial', 'threads', 'processes'], workers: 2, repeats: 1, warmup: 0 }, { timeoutMs: 120000 });
      assert.ok(!locked.ok, 'the locked ledger was timed in processes');
      assert.equal(locked.error.code, 'not-picklable');
      assert.match(locked.error.message, /own copy of the Ledger instance by pickling, and this one cannot be pickled: TypeError: cannot pickle '_thread\.lock' object/);
    });
  });

  describe('step "Synchronization primitives" (primitives.py)', () => {
    for (const py of pythons) {
      it(`Event, Semaphore(2) and Barrier(3) do what the step says (${py.label})`, () => {
        // The Barrier's three threads pass within 50 ms of each other, and two workers are inside the Semaphore at once,
        // unless the machine is busy enough to delay a wake-up past a worker's 50 ms: up to three tries.
        const passedTogether = (o: string) => {
          const m = /passed between ([\d.]+) s and ([\d.]+) s/.exec(o);
          return m !== null && Number(m[1]) >= 0.09 && Number(m[2]) - Number(m[1]) < 0.05 && /at most 2 of 6 workers/.test(o);
        };
        let out = run(py.path, sample('primitives.py'));
        for (let i = 1; i < 3 && !passedTogether(out); i++) out = run(py.path, sample('primitives.py'));
        assert.match(out, /Event: +0 of 6 waiters ran before set\(\), 6 after/);
        assert.match(out, /at most 2 of 6 workers inside a Semaphore\(2\)/);
        const [, first, last] = /passed between ([\d.]+) s and ([\d.]+) s/.exec(out)!;
        assert.ok(Number(first) >= 0.09 && Number(last) - Number(first) < 0.05, out);
      });
    }
  });

  describe('step "Summary"', () => {
    it('PYTHON_GIL=1 turns the GIL back on in a free-threaded build', async function () {
      const ft = pythons.find((p) => facts.get(p.label)!.freeThreaded);
      if (!ft) this.skip();
      const f = await probeInterpreter(ft!.path, { env: { ...process.env, PYTHON_GIL: '1' } });
      assert.equal(f.freeThreaded, true);
      assert.equal(f.gilEnabled, true);
    });
  });

  describe('the samples', () => {
    it('compile on every interpreter, and only the race samples have findings', async () => {
      const parser = await createPythonParser();
      for (const name of readdirSync(samples).filter((n) => n.endsWith('.py'))) {
        for (const py of pythons) execFileSync(py.path, ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read())', sample(name)]);
        const text = readFileSync(sample(name), 'utf8');
        const codes = analyze(parsePython(parser, text)!, text).findings.map((f) => f.code);
        if (name === 'race_counter.py') assert.deepEqual(codes, ['GIL001', 'GIL001'], name);
        else if (name === 'bank.py' || name === 'ledger.py') assert.deepEqual(codes, ['GIL001'], name);
        else assert.deepEqual(codes, [], name);
      }
    });

    it('run on their own, the way the lesson does (cpu_bound.py, io_bound.py, race_counter.py)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'gil-lab-samples-'));
      try {
        for (const name of ['cpu_bound.py', 'io_bound.py', 'race_counter.py', 'thumbnails.py', 'bank.py', 'ledger.py']) {
          copyFileSync(sample(name), join(dir, name));
          assert.ok(run(pythons[0].path, join(dir, name)).trim().length > 0, name);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

/** Applies zero-based, non-overlapping edits (as LSP would) to a text. */
function applyEdits(text: string, edits: TextEdit0[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
