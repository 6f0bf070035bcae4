/**
 * GIL008 for a thread, a Timer or a pool task handed the result of a call (`Thread(target=work(i))`),
 * and its quick fix: CPython runs the work on the main thread, one call after another, before the fix,
 * and on the new threads, at once, after it. A Timer handed None fails with TypeError when it fires,
 * and a pool's future holds it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyzeText, applyEdits, pythonAccepts } from './corpusUtil';

// Four workers that each wait 0.2 s; the script prints the threads that ran them and the wall time.
const RACE = [
  'import threading',
  'import time',
  '',
  'ran_on = []',
  '',
  '',
  'def lap(lane):',
  '    time.sleep(0.2)',
  '    ran_on.append(threading.current_thread().name)',
  '',
  '',
  'started = time.perf_counter()',
  'racers = []',
  'for lane in range(4):',
  '    racers.append(threading.Thread(target=lap(lane)))',
  'for racer in racers:',
  '    racer.start()',
  'for racer in racers:',
  '    racer.join()',
  'print(sorted(set(ran_on)), round(time.perf_counter() - started, 2))',
  '',
].join('\n');

const TIMER_AND_POOL = [
  'import threading',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  'errors = []',
  'threading.excepthook = lambda hook: errors.append(hook.exc_type.__name__)',
  '',
  '',
  'def beep():',
  '    pass',
  '',
  '',
  'alarm = threading.Timer(0.01, beep())',
  'alarm.start()',
  'alarm.join()',
  'with ThreadPoolExecutor(max_workers=1) as pool:',
  '    future = pool.submit(beep())',
  'print(errors, type(future.exception()).__name__)',
  '',
].join('\n');

describe('GIL008: a target called where the thread is made, and its fix', function () {
  this.timeout(60_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  const run = (text: string): string => {
    const r = spawnSync('python3', ['-c', text], { encoding: 'utf8', timeout: 50_000 });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };

  it('is flagged with a fix that hands over the function and its arguments; the fixed program runs the laps on the threads, at once', () => {
    const { findings } = analyzeText(parser, RACE);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    const [finding] = findings;
    assert.equal(finding.code, 'GIL008');
    assert.equal(finding.range.start.line, 14);
    assert.match(finding.message, /`lap\(lane\)` is called here, at once/);
    assert.ok(finding.fix, 'a quick fix');
    const fixed = applyEdits(RACE, finding.fix.edits);
    assert.match(fixed, /threading\.Thread\(target=lap, args=\(lane,\)\)/);
    assert.deepEqual(pythonAccepts([fixed]), [true]);
    assert.equal(analyzeText(parser, fixed).findings.length, 0);
    // Before: the main thread ran all four laps, one after another (at least 4 × 0.2 s).
    const [beforeThreads, beforeWall] = run(RACE).split('] ');
    assert.equal(beforeThreads + ']', "['MainThread']");
    assert.ok(Number(beforeWall) >= 0.8, `four laps of 0.2 s took ${beforeWall} s`);
    // After: the laps run on the four threads, and they sleep at once (well under four laps).
    const [afterThreads, afterWall] = run(fixed).split('] ');
    assert.ok(!afterThreads.includes('MainThread') && afterThreads.split(',').length === 4, afterThreads);
    assert.ok(Number(afterWall) < Number(beforeWall), `fixed ${afterWall} s against ${beforeWall} s`);
  });

  it('says what a Timer and a pool do with None, as CPython does', () => {
    const { findings } = analyzeText(parser, TIMER_AND_POOL);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['GIL008', 11], ['GIL008', 15]]);
    assert.match(findings[0].message, /fails with TypeError: 'NoneType' object is not callable/);
    assert.match(findings[1].message, /future it hands back holds TypeError/);
    assert.equal(run(TIMER_AND_POOL), "['TypeError'] TypeError");
    const fixed = applyEdits(applyEdits(TIMER_AND_POOL, findings[1].fix!.edits), findings[0].fix!.edits);
    assert.match(fixed, /Timer\(0\.01, beep\)/);
    assert.match(fixed, /pool\.submit\(beep\)/);
    assert.equal(run(fixed), '[] NoneType');
  });
});
