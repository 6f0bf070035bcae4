/**
 * GIL004 for a folder tested and then made by several threads, and its quick fix (`os.makedirs(…,
 * exist_ok=True)`): the fixed text is valid Python with no finding left, and CPython running the
 * program ends threads with FileExistsError before the fix and never after it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyzeText, applyEdits, pythonAccepts } from './corpusUtil';

// Eight threads let go together make the same folder, 40 times over; the script prints how many
// threads ended with FileExistsError (threading.excepthook sees each thread's uncaught exception).
const DOWNLOADER = [
  'import os',
  'import shutil',
  'import tempfile',
  'import threading',
  '',
  'ROOT = tempfile.mkdtemp()',
  'failures = []',
  'threading.excepthook = lambda hook: failures.append(hook.exc_type.__name__)',
  'run = 0',
  '',
  '',
  'def fetch(start):',
  '    start.wait()',
  '    target = os.path.join(ROOT, f"run{run}")',
  '    if not os.path.exists(target):',
  '        os.mkdir(target)',
  '',
  '',
  'for run in range(40):',
  '    start = threading.Barrier(8)',
  '    threads = [threading.Thread(target=fetch, args=(start,)) for _ in range(8)]',
  '    for t in threads:',
  '        t.start()',
  '    for t in threads:',
  '        t.join()',
  'shutil.rmtree(ROOT)',
  'print(failures.count("FileExistsError"), len(failures))',
  '',
].join('\n');

describe('GIL004: a folder tested and then made by several threads, and its fix', function () {
  this.timeout(60_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  const run = (text: string): number[] => {
    const r = spawnSync('python3', ['-c', text], { encoding: 'utf8', timeout: 50_000 });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim().split(' ').map(Number);
  };

  it('is flagged with a fix that makes the folder in one step, and the fixed program loses no thread', () => {
    const { findings } = analyzeText(parser, DOWNLOADER);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    const [finding] = findings;
    assert.equal(finding.code, 'GIL004');
    assert.equal(finding.range.start.line, 14); // the `if`
    assert.match(finding.message, /FileExistsError/);
    assert.ok(finding.fix, 'a quick fix');
    assert.equal(finding.fix.edits[0].newText, 'os.makedirs(target, exist_ok=True)');
    const fixed = applyEdits(DOWNLOADER, finding.fix.edits);
    assert.match(fixed, /\n {4}os\.makedirs\(target, exist_ok=True\)\n/);
    assert.deepEqual(pythonAccepts([fixed]), [true]);
    assert.equal(analyzeText(parser, fixed).findings.length, 0);
    const [racyErrors, racyAll] = run(DOWNLOADER);
    assert.ok(racyErrors > 0, 'the program raised no FileExistsError in 40 rounds of 8 threads');
    assert.equal(racyErrors, racyAll);
    assert.deepEqual(run(fixed), [0, 0]);
  });

  it('leaves alone a folder named after the thread, one made with exist_ok=True, and one whose FileExistsError is caught', () => {
    const variants = [
      DOWNLOADER.replace('f"run{run}"', 'f"t{threading.get_ident()}"'),
      DOWNLOADER.replace('    if not os.path.exists(target):\n        os.mkdir(target)', '    if not os.path.exists(target):\n        os.makedirs(target, exist_ok=True)'),
      DOWNLOADER.replace('    if not os.path.exists(target):\n        os.mkdir(target)', '    try:\n        if not os.path.exists(target):\n            os.mkdir(target)\n    except FileExistsError:\n        pass'),
    ];
    for (const text of variants) assert.deepEqual(analyzeText(parser, text).findings.map((f) => f.message), []);
  });
});
