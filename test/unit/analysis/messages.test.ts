/**
 * Shape 6: the messages say exactly what the code does. The read-then-write-back message names where
 * the threads start and speaks of a lock only when the code holds one; several unlocked updates of
 * one state in one function are one finding, with the others as related locations and one fix that
 * guards them all.
 */
import { strict as assert } from 'node:assert';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyzeText, applyEdits, pythonAccepts } from './corpusUtil';

describe('finding messages and grouping', function () {
  this.timeout(60_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  const READ_BACK = ['import threading', '', 'stock = 10', '', 'def take():', '    global stock', '    left = stock - 1', '    stock = left', '', 'for _ in range(3):', '    threading.Thread(target=take).start()', ''].join('\n');

  it('a global read into a local and written back: where threads start, the local, no lock it does not have', () => {
    const [f, ...rest] = analyzeText(parser, READ_BACK).findings;
    assert.equal(rest.length, 0);
    assert.equal(
      f.message,
      '`stock` is a module global, and code that runs in threads (threading.Thread at line 11) reads it into `left` at line 7 and writes it back here. Another thread can run between the two (with the GIL the interpreter switches threads between any two steps; without it, threads run at the same time). An update another thread makes in between is then lost. Hold one lock from the read to the write.',
    );
    assert.deepEqual(f.related.map((r) => [r.range.start.line, r.message]), [[10, 'take() runs in threads started here (threading.Thread at line 11)']]);
    const fixed = applyEdits(READ_BACK, f.fix!.edits);
    assert.match(fixed, /^stock_lock = threading\.Lock\(\)$/m);
    assert.match(fixed, / {4}with stock_lock:\n {8}left = stock - 1\n {8}stock = left\n/);
    assert.deepEqual(analyzeText(parser, fixed).findings, []);
  });

  it('says which side holds a lock when only one does', () => {
    const text = READ_BACK.replace('stock = 10', 'stock = 10\nguard = threading.Lock()').replace('    stock = left', '    with guard:\n        stock = left');
    const [f] = analyzeText(parser, text).findings;
    assert.match(f.message, /reads it into `left` at line 8 and writes it back here \(only the write holds a lock\)\. /);
    assert.equal(f.fix, undefined, 'wrapping it in the same lock again would deadlock');
  });

  it('several unlocked updates of one state in one function: one finding, the others related, one fix for all', () => {
    const text = ['import threading', '', 'open_files = 0', '', 'def handle(path):', '    global open_files', '    open_files += 1', '    try:', '        print(path)', '    finally:', '        open_files -= 1', '', 'for p in ("a", "b"):', '    threading.Thread(target=handle, args=(p,)).start()', ''].join('\n');
    const { findings } = analyzeText(parser, text);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    const [f] = findings;
    assert.equal(f.range.start.line, 6);
    assert.match(f.message, / This function also updates `open_files` without a lock at line 11\.$/);
    assert.deepEqual(f.related.map((r) => [r.range.start.line, r.message]), [
      [10, '`open_files` is also updated here without a lock'],
      [13, 'handle() runs in threads started here (threading.Thread at line 14)'],
    ]);
    assert.equal(f.fix?.title, 'Create `open_files_lock = threading.Lock()` and guard the 2 updates with it');
    const fixed = applyEdits(text, f.fix.edits);
    assert.match(fixed, / {4}with open_files_lock:\n {8}open_files \+= 1\n/);
    assert.match(fixed, / {8}with open_files_lock:\n {12}open_files -= 1\n/);
    assert.deepEqual(pythonAccepts([fixed]), [true]);
    assert.deepEqual(analyzeText(parser, fixed).findings, []);
  });

  it('different states in one function stay separate findings', () => {
    const text = ['import threading', '', 'hits = 0', 'misses = 0', '', 'def look(found):', '    global hits, misses', '    if found:', '        hits += 1', '    else:', '        misses += 1', '', 'for f in (True, False):', '    threading.Thread(target=look, args=(f,)).start()', ''].join('\n');
    assert.deepEqual(analyzeText(parser, text).findings.map((f) => f.subject), ['hits', 'misses']);
  });
});
