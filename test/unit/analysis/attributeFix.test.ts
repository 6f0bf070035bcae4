/**
 * Shape 1 (an attribute read into a local and stored back later) and its quick fix: a lock that
 * belongs to the object (created in __init__, or a new __init__), the class (a class attribute), or
 * the module (an attribute of a module-level object), held from the read to the write. Each fixed
 * text must be valid Python, clear its finding, and, where the program can run, really stop losing
 * updates when CPython runs it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import type { Finding } from '../../../src/shared/analysis';
import { analyzeText, applyEdits, pythonAccepts } from './corpusUtil';

const LEDGER = [
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  '',
  'class Ledger:',
  '    """Money in, money out."""',
  '',
  '    def __init__(self):',
  '        """Starts empty."""',
  '        self.balance = 0',
  '',
  '    def deposit(self, amount):',
  '        current = self.balance',
  '        time.sleep(0.01)',
  '        self.balance = current + amount',
  '',
  '',
  'ledger = Ledger()',
  'with ThreadPoolExecutor(max_workers=4) as pool:',
  '    for _ in range(8):',
  '        pool.submit(ledger.deposit, 1)',
  'print(ledger.balance)',
  '',
].join('\n');

function runPython(text: string): string {
  const r = spawnSync('python3', ['-c', text], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

describe('shape 1: attribute read into a local and stored back, and its lock fix', function () {
  this.timeout(60_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  const only = (text: string): Finding => {
    const { findings } = analyzeText(parser, text);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    return findings[0];
  };

  it('flags the write back, names the read, the sleep and where threads start', () => {
    const f = only(LEDGER);
    assert.equal(f.code, 'GIL001');
    assert.equal(f.range.start.line, 14);
    assert.equal(f.subject, 'self.balance');
    assert.equal(
      f.message,
      '`self.balance` is an attribute of an object whose method runs in several threads, and code that runs in threads (ThreadPoolExecutor.submit at line 21) reads it into `current` at line 13 and writes it back here. `time.sleep(0.01)` at line 14 makes this thread wait between the two, and the other threads run meanwhile, on every interpreter, with the GIL or without. An update another thread makes in between is then lost. Hold one lock from the read to the write.',
    );
    assert.doesNotMatch(f.message, /the lock\b(?! from)/);
  });

  it('creates self._lock in __init__ (after its docstring) and holds it from the read to the write; CPython then loses nothing', () => {
    const f = only(LEDGER);
    assert.equal(f.fix?.title, 'Create `self._lock = threading.Lock()` in __init__ and guard the update with it');
    const fixed = applyEdits(LEDGER, f.fix.edits);
    assert.match(fixed, /^import threading$/m);
    assert.match(fixed, /"""Starts empty\."""\n {8}self\._lock = threading\.Lock\(\)\n {8}self\.balance = 0\n/);
    assert.match(fixed, /def deposit\(self, amount\):\n {8}with self\._lock:\n {12}current = self\.balance\n {12}time\.sleep\(0\.01\)\n {12}self\.balance = current \+ amount\n/);
    assert.deepEqual(pythonAccepts([fixed]), [true]);
    assert.deepEqual(analyzeText(parser, fixed).findings, []);
    // The sleep makes the loss certain before the fix, on any interpreter; after it, nothing is lost.
    assert.ok(Number(runPython(LEDGER)) < 8, 'the unfixed ledger loses deposits');
    assert.equal(runPython(fixed), '8');
  });

  it('adds an __init__ before the first method when there is none, calling the base class when there is one', () => {
    const plain = ['import threading', '', 'class Score:', '    points = 0', '', '    def add(self):', '        now = self.points', '        self.points = now + 1', '', 's = Score()', 'for _ in range(2):', '    threading.Thread(target=s.add).start()', ''].join('\n');
    const f1 = only(plain);
    assert.equal(f1.fix?.title, 'Add __init__ creating `self._lock = threading.Lock()` and guard the update with it');
    const fixed1 = applyEdits(plain, f1.fix.edits);
    assert.match(fixed1, /points = 0\n\n {4}def __init__\(self\):\n {8}self\._lock = threading\.Lock\(\)\n\n {4}def add\(self\):\n {8}with self\._lock:\n/);
    const based = plain.replace('class Score:', 'class Base:\n    pass\n\nclass Score(Base):');
    const fixed2 = applyEdits(based, only(based).fix!.edits);
    assert.match(fixed2, /def __init__\(self, \*args, \*\*kwargs\):\n {8}super\(\)\.__init__\(\*args, \*\*kwargs\)\n {8}self\._lock = threading\.Lock\(\)\n/);
    assert.deepEqual(pythonAccepts([fixed1, fixed2]), [true, true]);
    assert.deepEqual(analyzeText(parser, fixed1).findings, []);
    assert.deepEqual(analyzeText(parser, fixed2).findings, []);
  });

  it('keeps a dataclass its generated __init__: the lock is a class attribute', () => {
    const text = ['import threading', 'from dataclasses import dataclass', '', '@dataclass', 'class Meter:', '    reading: int = 0', '', '    def tick(self):', '        r = self.reading', '        self.reading = r + 1', '', 'm = Meter()', 'for _ in range(2):', '    threading.Thread(target=m.tick).start()', ''].join('\n');
    const fixed = applyEdits(text, only(text).fix!.edits);
    assert.match(fixed, /class Meter:\n {4}_lock = threading\.Lock\(\)\n {4}reading: int = 0\n/);
    assert.deepEqual(pythonAccepts([fixed]), [true]);
    assert.deepEqual(analyzeText(parser, fixed).findings, []);
  });

  it('a class attribute gets a lock in its class; an attribute of a module-level object a lock named after the object', () => {
    const cls = ['import threading', '', 'class Hits:', '    n = 0', '', 'def hit():', '    seen = Hits.n', '    Hits.n = seen + 1', '', 'for _ in range(2):', '    threading.Thread(target=hit).start()', ''].join('\n');
    const f = only(cls);
    assert.match(f.message, /^`Hits\.n` is a class attribute, shared by every instance and thread, and code that runs in threads \(threading\.Thread at line 11\) reads it into `seen` at line 7/);
    const fixedCls = applyEdits(cls, f.fix!.edits);
    assert.match(fixedCls, /class Hits:\n {4}_lock = threading\.Lock\(\)\n {4}n = 0\n/);
    assert.match(fixedCls, /def hit\(\):\n {4}with Hits\._lock:\n {8}seen = Hits\.n\n {8}Hits\.n = seen \+ 1\n/);
    const obj = ['import threading', '', 'class Tank:', '    def __init__(self):', '        self.level = 0', '', 'tank = Tank()', '', 'def fill():', '    now = tank.level', '    tank.level = now + 1', '', 'pumps = [threading.Thread(target=fill) for _ in range(2)]', ''].join('\n');
    const fixedObj = applyEdits(obj, only(obj).fix!.edits);
    assert.match(fixedObj, /^tank = Tank\(\)\ntank_lock = threading\.Lock\(\)\n/m);
    assert.match(fixedObj, /with tank_lock:\n {8}now = tank\.level\n/);
    assert.deepEqual(pythonAccepts([fixedCls, fixedObj]), [true, true]);
    assert.deepEqual(analyzeText(parser, fixedCls).findings, []);
    assert.deepEqual(analyzeText(parser, fixedObj).findings, []);
  });

  it('uses a lock the class already has, and offers no fix that would take a held lock twice', () => {
    const text = LEDGER.replace('        self.balance = 0', '        self.balance = 0\n        self._guard = threading.Lock()').replace('import time', 'import threading\nimport time');
    assert.equal(only(text).fix?.title, 'Guard with the existing lock `self._guard`');
    const readLocked = text.replace('        current = self.balance\n', '        with self._guard:\n            current = self.balance\n');
    const f = only(readLocked);
    assert.match(f.message, /writes it back here \(only the read holds a lock\)/);
    assert.equal(f.fix, undefined);
  });

  it('no finding when the instance is not shared, the read and write hold one lock, or the value stored is not derived from the read', () => {
    const own = LEDGER.replace('ledger = Ledger()\n', '').replace('pool.submit(ledger.deposit, 1)', 'pool.submit(lambda: Ledger().deposit(1))').replace('print(ledger.balance)', '');
    const fresh = LEDGER.replace('self.balance = current + amount', 'self.balance = amount');
    for (const text of [own, fresh]) assert.deepEqual(analyzeText(parser, text).findings, [], text);
  });
});
