/**
 * What race messages say a program does, run on the real interpreters (python3, 3.9 and the
 * free-threaded 3.13t where present). The loop tested outside its lock (GIL004): the checker flags the
 * program, every run keeps all its updates and ends past the limit by less than the number of threads,
 * and the free-threaded build overshoots. With the GIL it rarely does, which is not asserted.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../src/analysis/parser';
import { analyze } from '../../src/analysis/raceAnalysis';
import { allPythons } from '../support/pythons';

const THREADS = 4;
const LIMIT = 20_000;
const RUNS = 20;
// Four threads count to the limit, testing it outside the lock; the script prints each run's end value.
const COUNT_TO_LIMIT = [
  'import threading',
  '',
  'count = 0',
  'lock = threading.Lock()',
  '',
  '',
  'def work(limit):',
  '    global count',
  '    while count < limit:',
  '        with lock:',
  '            count += 1',
  '',
  '',
  'ends = []',
  `for run in range(${RUNS}):`,
  '    count = 0',
  `    threads = [threading.Thread(target=work, args=(${LIMIT},)) for _ in range(${THREADS})]`,
  '    for t in threads:',
  '        t.start()',
  '    for t in threads:',
  '        t.join()',
  '    ends.append(count)',
  'print(" ".join(map(str, ends)))',
  '',
].join('\n');

describe('race messages against real interpreters', function () {
  this.timeout(120_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  it('flags the loop that tests its count outside the lock (GIL004)', () => {
    const tree = parser.parse(COUNT_TO_LIMIT)!;
    const findings = analyze(tree, COUNT_TO_LIMIT).findings;
    tree.delete();
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, f.subject]), [['GIL004', 8, 'count']]);
    assert.match(findings[0].message, /by up to one less than the number of threads/);
    assert.match(findings[0].message, /overshot in every one of 50 runs on the free-threaded 3\.13t/);
  });

  for (const py of allPythons()) {
    it(`${py.label}: no update is lost and each run ends at most ${THREADS - 1} past the limit${py.label === '3.13t' ? '; runs overshoot' : ''}`, () => {
      const r = spawnSync(py.path, ['-c', COUNT_TO_LIMIT], { encoding: 'utf8', timeout: 110_000 });
      assert.equal(r.status, 0, r.stderr);
      const ends = r.stdout.trim().split(' ').map(Number);
      assert.equal(ends.length, RUNS);
      for (const end of ends) assert.ok(end >= LIMIT && end <= LIMIT + THREADS - 1, `a run ended at ${end}`);
      const over = ends.filter((e) => e > LIMIT).length;
      console.log(`      ${py.label}: ${over} of ${RUNS} runs ended past ${LIMIT} (${ends.filter((e) => e > LIMIT).join(', ') || 'none'})`);
      if (py.label === '3.13t') assert.ok(over > 0, 'the free-threaded build overshot in no run');
    });
  }
});
