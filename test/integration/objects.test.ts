/**
 * Methods, instances and counted state against real interpreters (python3, 3.9 and the free-threaded
 * 3.13t where present): Class.method targets with and without a constructor expression, one shared
 * instance in threads and a pickled copy per process, race checks on an attribute, a class attribute
 * and container items, and the errors a user can act on. Losses are asserted only for the
 * copy-wait-write shape, where a 1 ms wait between the read and the write hands the GIL over.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, probeInterpreter, raceCheck, type RunOptions } from '../../src/measure/engine';
import type { HarnessError, InterpreterFacts } from '../../src/shared/harnessProtocol';
import type { EngineOutcome, MeasureResult, RaceResult } from '../../src/shared/results';
import { allPythons } from '../support/pythons';

const objects = join(__dirname, '..', 'fixtures', 'measure', 'objects.py');
const ROUNDS = Number(/^ROUNDS = (\d+)$/m.exec(readFileSync(objects, 'utf8'))![1]);
const opts: RunOptions = { timeoutMs: 120000 };

function ok<T extends MeasureResult | RaceResult>(outcome: EngineOutcome, what: string): T {
  if (!outcome.ok) assert.fail(`${what}: ${outcome.error.code}: ${outcome.error.message}\n${outcome.error.traceback ?? ''}`);
  return outcome.result as T;
}

function failed(outcome: EngineOutcome, code: HarnessError['code']): HarnessError {
  if (outcome.ok) assert.fail(`expected a ${code} error, got a result`);
  assert.equal(outcome.error.code, code, `${outcome.error.code}: ${outcome.error.message}`);
  assert.ok(outcome.error.message.length > 0 && !outcome.error.message.includes('\n'), `one-line message: ${outcome.error.message}`);
  return outcome.error;
}

/** Threaded runs lose some updates; serial runs none; every run adds up. */
function assertLost(result: RaceResult, expectedPerRun: number, label: string): number[] {
  for (const run of result.runs) {
    assert.equal(run.expected, expectedPerRun, `${label}: ${JSON.stringify(run)}`);
    assert.equal(run.observed + run.lost, run.expected);
  }
  assert.equal(result.runs[0].mode, 'serial');
  assert.equal(result.runs[0].lost, 0, `${label}: the serial run lost updates`);
  const lost = result.runs.filter((r) => r.mode === 'threads').map((r) => r.lost);
  assert.ok(lost.reduce((a, b) => a + b, 0) > 0, `${label}: no update lost in ${lost.length} threaded runs`);
  return lost;
}

for (const py of allPythons()) {
  describe(`methods, instances and counted state on ${py.label} (${py.path})`, function () {
    let facts: InterpreterFacts;
    before(async () => {
      facts = await probeInterpreter(py.path);
    });

    it('Class.method with no constructor expression: Class() made once per repeat, shared by every thread, a pickled copy per process', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gil-lab-objects-'));
      try {
        const calls = join(dir, 'calls.txt');
        const workers = 3;
        const result = ok<MeasureResult>(
          await measure(py.path, { file: objects, function: 'Tally.record', modes: ['serial', 'threads', 'processes'], workers, repeats: 2, warmup: 0 }, { ...opts, env: { GIL_LAB_TEST_CALLS: calls } }),
          'Tally.record',
        );
        assert.equal(result.target.function, 'Tally.record');
        assert.equal(result.sharing, 'Threads share one Tally instance (made once per repeat); each worker process gets its own pickled copy.');
        const rows = readFileSync(calls, 'utf8').trim().split('\n').map((l) => l.split(' '));
        assert.equal(rows.length, 3 * 2 * workers, 'calls in every mode and repeat');
        const harnessPid = rows.find((r) => r[2] === 'MainThread')![0];
        const threadRows = rows.filter((r) => r[2].startsWith('gil-lab-'));
        assert.equal(threadRows.length, 2 * workers);
        // Repeats run one after another, so each repeat's calls are consecutive in the file.
        const byRepeat = [threadRows.slice(0, workers), threadRows.slice(workers)];
        for (const repeat of byRepeat) assert.equal(new Set(repeat.map((r) => r[1])).size, 1, `threads of one repeat ran on one instance: ${JSON.stringify(repeat)}`);
        const processRows = rows.filter((r) => r[0] !== harnessPid);
        assert.equal(processRows.length, 2 * workers, 'every processes call ran in a worker process');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the pickled copy reaches workers started by spawn too (nothing inherited: they load the class by name first)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gil-lab-objects-'));
      try {
        const calls = join(dir, 'calls.txt');
        ok(await measure(py.path, { file: objects, function: 'Tally.record', modes: ['serial', 'processes'], workers: 2, repeats: 1, warmup: 0 }, { ...opts, env: { GIL_LAB_TEST_CALLS: calls, GIL_LAB_START_METHOD: 'spawn' } }), 'spawn');
        const rows = readFileSync(calls, 'utf8').trim().split('\n').map((l) => l.split(' '));
        assert.equal(rows.length, 4);
        // Serial runs first, in the harness; then the processes mode, in its workers.
        const harnessPid = rows[0][0];
        assert.equal(rows[1][0], harnessPid, `the two serial calls in the harness: ${JSON.stringify(rows)}`);
        assert.ok(rows.slice(2).every((r) => r[0] !== harnessPid), `two calls in worker processes: ${JSON.stringify(rows)}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a constructor expression and arguments; a constructor that needs arguments asks for one', async () => {
      const needs = failed(await measure(py.path, { file: objects, function: 'Account.deposit', args: '(5,)', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 }, opts), 'needs-instance');
      assert.match(needs.message, /Account\(\) needs arguments: opening/);
      assert.match(needs.hint ?? '', /Instance lens.*--instance/);
      const result = ok<MeasureResult>(
        await measure(py.path, { file: objects, function: 'Account.deposit', instance: 'Account(100)', args: '(5,)', modes: ['serial', 'threads'], workers: 2, repeats: 1, warmup: 0 }, opts),
        'Account(100).deposit(5)',
      );
      assert.equal(result.target.instance, 'Account(100)');
      assert.match(result.sharing ?? '', /^Threads share one Account instance and the same argument objects/);
      failed(await measure(py.path, { file: objects, function: 'Account.deposit', instance: 'Account(100)', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 }, opts), 'needs-arguments');
      // Static and class methods are called without an instance; giving one is a mistake said plainly.
      ok(await measure(py.path, { file: objects, function: 'Stats.bump_item', modes: ['serial', 'threads', 'processes'], workers: 2, repeats: 1, warmup: 0 }, opts), 'static method');
      ok(await measure(py.path, { file: objects, function: 'Stats.hit', modes: ['serial', 'threads', 'processes'], workers: 2, repeats: 1, warmup: 0 }, opts), 'class method');
      assert.match(failed(await measure(py.path, { file: objects, function: 'Stats.hit', instance: 'Stats()', modes: ['serial'], workers: 2, repeats: 1, warmup: 0 }, opts), 'bad-instance').message, /class method, called without an instance/);
    });

    it('a bad instance expression fails with its own error and where it was raised', async () => {
      const req = (fn: string, instance?: string) => ({ file: objects, function: fn, instance, modes: ['serial' as const], workers: 2, repeats: 1, warmup: 0 });
      const raised = failed(await measure(py.path, req('Broken.run'), opts), 'bad-instance');
      assert.equal(raised.message, 'The instance expression Broken() raised RuntimeError: no database here');
      const raiseLine = readFileSync(objects, 'utf8').split('\n').findIndex((l) => l.includes('raise RuntimeError("no database here")')) + 1;
      assert.deepEqual(raised.location, { file: objects, line: raiseLine });
      assert.match(raised.traceback ?? '', /RuntimeError/);
      assert.match(failed(await measure(py.path, req('Tally.add', 'Tally(3)'), opts), 'bad-instance').message, /^The instance expression Tally\(3\) raised TypeError: .*argument/);
      assert.match(failed(await measure(py.path, req('Tally.add', 'no_such_name'), opts), 'bad-instance').message, /raised NameError: name 'no_such_name' is not defined/);
      assert.match(failed(await measure(py.path, req('Tally.add', 'Tally('), opts), 'bad-instance').message, /^The instance expression Tally\( is not a Python expression/);
      assert.match(failed(await measure(py.path, req('Tally.add', 'Account(1)'), opts), 'bad-instance').message, /gave an object of class Account, not a Tally/);
      assert.match(failed(await measure(py.path, req('Tally.nope'), opts), 'function-not-found').hint ?? '', /add, add_locked/);
      assert.match(failed(await measure(py.path, req('Nope.add'), opts), 'function-not-found').message, /no module-level class Nope/);
      assert.match(failed(await measure(py.path, req('Outer.Inner.m'), opts), 'bad-request').message, /methods of module-level classes/);
    });

    it('an instance that cannot be pickled: threads share it, processes refuse it with a clear message', async () => {
      ok(await measure(py.path, { file: objects, function: 'Guarded.add', modes: ['serial', 'threads'], workers: 2, repeats: 1, warmup: 0 }, opts), 'threads share a locked instance');
      const e = failed(await measure(py.path, { file: objects, function: 'Guarded.add', modes: ['serial', 'threads', 'processes'], workers: 2, repeats: 1, warmup: 0 }, opts), 'not-picklable');
      assert.match(e.message, /^Each worker process gets its own copy of the Guarded instance by pickling, and this one cannot be pickled: TypeError: cannot pickle '_thread\.lock' object$/);
      assert.match(e.hint ?? '', /__getstate__/);
    });

    it('race check on an attribute of the shared instance, a class attribute and container items: copy-wait-write loses updates', async () => {
      const workers = 2;
      const race = (fn: string, state: string, extra: { args?: string; instance?: string } = {}) => raceCheck(py.path, { file: objects, function: fn, state, workers, runs: 2, ...extra }, opts);
      const attr = ok<RaceResult>(await race('Tally.add', 'self.total'), 'self.total');
      assert.equal(attr.state, 'self.total');
      assert.equal(attr.global, 'self.total', 'the field scripts read today stays');
      assert.equal(attr.sharing, 'Threads share one Tally instance (made once per run).');
      const lost = assertLost(attr, workers * ROUNDS, 'self.total');
      const withInstance = ok<RaceResult>(await race('Account.deposit', 'self.balance', { instance: 'Account(1000)', args: '(5,)' }), 'Account(1000)');
      assertLost(withInstance, workers * ROUNDS * 5, 'self.balance from Account(1000)');
      const classAttr = ok<RaceResult>(await race('Stats.hit', 'Stats.hits'), 'Stats.hits');
      assertLost(classAttr, workers * ROUNDS, 'Stats.hits');
      assertLost(ok<RaceResult>(await race('Stats.hit', 'cls.hits'), 'cls.hits'), workers * ROUNDS, 'cls.hits');
      assertLost(ok<RaceResult>(await race('Stats.bump_item', 'hits["a"]'), 'hits["a"]'), workers * ROUNDS, 'hits["a"]');
      assertLost(ok<RaceResult>(await race('bump_counts', 'COUNTS.value'), 'COUNTS.value'), workers * ROUNDS, 'COUNTS.value of a module-level object');
      // A shared list passed as the argument: every thread gets the same list.
      const box = ok<RaceResult>(await race('bump', 'BOX[0]', { args: '(BOX, ROUNDS)' }), 'BOX[0]');
      assert.match(box.sharing ?? '', /same argument objects/);
      assertLost(box, workers * ROUNDS, 'BOX[0]');
      console.log(`      ${py.label} (${facts.version}${facts.freeThreaded ? 't' : ''}): self.total lost ${lost.join(', ')} of ${workers * ROUNDS}`);
      // Under one lock from the read to the write nothing is lost.
      const locked = ok<RaceResult>(await race('Tally.add_locked', 'self.total'), 'add_locked');
      assert.deepEqual(locked.runs.map((r) => r.lost), [0, 0, 0]);
    });

    it('race check refusals name what would be counted', async () => {
      const race = (fn: string, state: string, args?: string) => raceCheck(py.path, { file: objects, function: fn, state, args, workers: 2, runs: 1 }, opts);
      assert.match(failed(await race('bump', 'BOX', '(BOX, 1)'), 'not-a-number').message, /^BOX is a list, not a number; .* such as BOX\[0\]\.$/);
      assert.match(failed(await race('bump', 'hits', '(BOX, 1)'), 'not-a-number').message, /hits is a dict, not a number; .* such as hits\['a'\]/);
      assert.match(failed(await race('bump', 'BOX[1]', '(BOX, 1)'), 'not-a-number').message, /^BOX\[1\] is a str, not a number/);
      assert.match(failed(await race('Tally.add', 'self'), 'bad-state').message, /self alone is not a number/);
      assert.match(failed(await race('Tally.add', 'self.nope'), 'bad-state').message, /There is no self\.nope to count: the Tally instance has no attribute nope/);
      assert.match(failed(await race('bump', 'self.total', '(BOX, 1)'), 'bad-state').message, /bump\(\) is not called on one/);
      assert.match(failed(await race('bump', 'NOPE[0]', '(BOX, 1)'), 'bad-state').message, /no module-level name NOPE/);
      assert.equal(failed(await race('bump', 'box[0]', '(BOX, 1)'), 'bad-state').message, 'box is a parameter of bump(); the race check counts state by the name the module gives it, so count BOX[0].');
      assert.match(failed(await race('bump', 'BOX[i]', '(BOX, 1)'), 'bad-state').message, /key is written out/);
      assert.match(failed(await race('bump', 'BOX[0] + 1', '(BOX, 1)'), 'bad-state').message, /not state the race check can count/);
    });
  });
}
