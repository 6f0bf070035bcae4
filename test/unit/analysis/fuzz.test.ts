/**
 * Hostile input for the race analysis: random bytes, truncated corpus files, deep nesting and a very
 * large file must all come back with a result (no throw, no stack overflow, no hang). Then the quick
 * fixes: applied to the corpus they give valid Python and clear the finding they were offered for.
 */
import { strict as assert } from 'node:assert';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyze, type AnalysisResult } from '../../../src/analysis/raceAnalysis';
import { analyzeText, applyEdits, corpusFiles, prng, pythonAccepts, readCorpus } from './corpusUtil';

/** A generous bound: the machine is small and shared, this only catches hangs and blow-ups. */
const BOUND_MS = 20_000;

describe('race analysis on hostile input', function () {
  this.timeout(120_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  /** Parses and analyses; the failure message says which input broke it. */
  function check(text: string, label: string): AnalysisResult {
    const started = Date.now();
    const tree = parser.parse(text);
    if (!tree) return { findings: [], functions: [] }; // tree-sitter may give up; the callers handle that
    try {
      const result = analyze(tree, text);
      assert.ok(Array.isArray(result.findings) && Array.isArray(result.functions), label);
      for (const f of result.findings) {
        assert.ok(f.range.start.line >= 0 && f.range.end.line >= f.range.start.line, `${label}: bad range ${JSON.stringify(f.range)}`);
      }
      return result;
    } catch (err) {
      throw new Error(`${label}: analysis threw ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      tree.delete();
      const took = Date.now() - started;
      assert.ok(took < BOUND_MS, `${label}: took ${took} ms`);
    }
  }

  it('survives random bytes (seeded)', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = prng(seed);
      const bytes = Buffer.alloc(Math.floor(rnd() * 4096));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
      check(bytes.toString('utf8'), `random bytes, seed ${seed} (utf8)`);
      check(bytes.toString('latin1'), `random bytes, seed ${seed} (latin1)`);
    }
  });

  it('survives random token soup around thread and lock words (seeded)', () => {
    const tokens = ['threading.Thread(target=', 'def f(', 'def g(self', '):', 'global x', 'nonlocal y', 'x += 1', 'self.a += 1', 'd[k] = d.get(k, 0) + 1',
      'with lock:', 'with threading.Lock():', 'lock.acquire()', 'lock.release()', 'if lock.acquire(timeout=1):', 'class C(threading.Thread):', 'def run(self):',
      'lambda: ', 'functools.partial(', 'ex.submit(', 'pool.map(', 'asyncio.to_thread(', 'loop.run_in_executor(None, ', 'threading.Semaphore(3)', 'import threading',
      'from threading import Lock', 'try:', 'finally:', '# noqa', '# noqa: GIL001', '"""', "'", '(', ')', '[', ']', '{', '}', ',', ':', '\n', '\n    ', '\n        ', '\t', '\\', '@', 'async ', 'await '];
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = prng(seed * 7919);
      const parts: string[] = [];
      const n = Math.floor(rnd() * 300);
      for (let i = 0; i < n; i++) parts.push(tokens[Math.floor(rnd() * tokens.length)], rnd() < 0.3 ? '\n' : ' ');
      check(parts.join(''), `token soup, seed ${seed}`);
    }
  });

  it('survives every truncated prefix of the corpus files', function () {
    // (The work grows with the corpus, over a thousand files: cuts and drops are spread out so that it stays
    // near a minute, and a busy machine gets room before the test counts as hung.)
    this.timeout(300_000);
    for (const file of corpusFiles()) {
      const text = readCorpus(file);
      const step = Math.max(1, Math.floor(text.length / 15));
      for (let end = 0; end < text.length; end += step) check(text.slice(0, end), `${file} cut at ${end}`);
      // and with a line dropped, which breaks indentation and blocks (from a line that depends on the file name, so files differ)
      const lines = text.split('\n');
      for (let drop = file.length % 5; drop < lines.length; drop += 5) check([...lines.slice(0, drop), ...lines.slice(drop + 1)].join('\n'), `${file} without line ${drop + 1}`);
    }
  });

  it('survives 500 nested ifs inside a thread target', () => {
    const lines = ['import threading', 'counter = 0', 'def worker():', '    global counter'];
    for (let i = 0; i < 500; i++) lines.push(`${'    '.repeat(i + 1)}if x${i}:`);
    lines.push(`${'    '.repeat(501)}counter += 1`);
    lines.push('for _ in range(2):', '    threading.Thread(target=worker).start()');
    const result = check(lines.join('\n') + '\n', '500 nested ifs');
    assert.equal(result.findings.length, 1, 'the write at depth 500 is found');
    assert.equal(result.findings[0].range.start.line, 504);
  });

  it('survives 5,000 nested parentheses, brackets and calls', () => {
    check(`x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`, 'nested parens');
    check(`x = ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'nested brackets');
    check(`threading.Thread(target=${'f('.repeat(3000)}${')'.repeat(3000)})\n`, 'nested calls');
    check(`x = ${'('.repeat(5000)}\n`, 'unclosed parens');
    check(`import threading\nthreading.Thread(target=${Array.from({ length: 5000 }, (_, i) => `a${i}`).join('.')}).start()\n`, 'a 5,000-long attribute chain');
  });

  it('survives 300 nested functions and classes with a thread target at the bottom', () => {
    const lines = ['import threading'];
    for (let i = 0; i < 300; i++) lines.push(`${'    '.repeat(i)}${i % 2 ? 'class' : 'def'} n${i}${i % 2 ? '' : '()'}:`);
    lines.push(`${'    '.repeat(300)}threading.Thread(target=n0).start()`);
    check(lines.join('\n') + '\n', 'nested definitions');
  });

  it('analyses a 50,000-line file within the bound and finds its races', () => {
    const block = (i: number) => [
      `counter_${i} = 0`,
      `lock_${i} = threading.Lock()`,
      `def work_${i}(items):`,
      `    global counter_${i}`,
      `    for item in items:`,
      `        if item % 3 == ${i % 3}:`,
      `            counter_${i} += 1`,
      `        with lock_${i}:`,
      `            counter_${i} -= 0`,
      `[threading.Thread(target=work_${i}, args=(range(10),)).start() for _ in range(2)]`,
    ];
    const lines = ['import threading'];
    let i = 0;
    while (lines.length < 50_000) lines.push(...block(i++));
    const started = Date.now();
    const result = check(lines.join('\n') + '\n', '50,000 lines');
    const took = Date.now() - started;
    console.log(`      50,000 lines (${i} thread targets): ${result.findings.length} findings in ${took} ms`);
    assert.equal(result.findings.length, i, 'one unlocked write per block');
    assert.equal(result.functions.length, i);
  });
});

describe('quick fixes', function () {
  this.timeout(120_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  const analyseText = (text: string) => analyzeText(parser, text);

  const count = (r: AnalysisResult, subject: string, code = 'GIL001') => r.findings.filter((f) => f.code === code && f.subject === subject).length;

  it('guard a global with a new lock: valid Python, the finding is gone, the lock and import are there', () => {
    const text = ['"""Module docstring."""', 'from concurrent.futures import ThreadPoolExecutor', '', 'hits = 0', '', '', 'def work(n):', '    global hits', '    for _ in range(n):', '        hits += 1', '', '', 'with ThreadPoolExecutor() as ex:', '    for _ in range(4):', '        ex.submit(work, 10)', ''].join('\n');
    const before = analyseText(text);
    assert.equal(before.findings.length, 1);
    const fix = before.findings[0].fix;
    assert.ok(fix, 'a fix is offered');
    const fixed = applyEdits(text, fix.edits);
    assert.deepEqual(pythonAccepts([fixed]), [true], fixed);
    assert.match(fixed, /^import threading$/m);
    assert.match(fixed, /^hits_lock = threading\.Lock\(\)$/m);
    assert.match(fixed, /^ {8}with hits_lock:\n {12}hits \+= 1$/m);
    assert.deepEqual(analyseText(fixed).findings, []);
  });

  it('reuse the existing module lock, and self._lock for attributes', () => {
    const text = ['import threading', '', 'total = 0', 'guard = threading.Lock()', '', 'class Box:', '    def __init__(self):', '        self._lock = threading.Lock()', '        self.n = 0', '',
      '    def add(self):', '        self.n += 1', '', 'def bump():', '    global total', '    total = total + 1', '', 'box = Box()', 'for _ in range(2):', '    threading.Thread(target=box.add).start()', '    threading.Thread(target=bump).start()', ''].join('\n');
    const before = analyseText(text);
    const titles = before.findings.map((f) => f.fix?.title);
    assert.deepEqual(titles, ['Guard with the existing lock `self._lock`', 'Guard with the existing lock `guard`']);
    let fixed = text;
    // Apply one at a time, re-analysing in between (as an editor would).
    for (let round = 0; round < 2; round++) {
      const f = analyseText(fixed).findings[0];
      fixed = applyEdits(fixed, f.fix!.edits);
    }
    assert.deepEqual(pythonAccepts([fixed]), [true], fixed);
    assert.deepEqual(analyseText(fixed).findings, []);
  });

  it('every fix offered on the corpus gives valid Python and removes its finding', () => {
    const cases: { label: string; fixed: string; subject: string; code: string; before: number }[] = [];
    for (const file of corpusFiles()) {
      const text = readCorpus(file);
      for (const f of analyseText(text).findings) {
        if (!f.fix) continue;
        cases.push({ label: `${file}:${f.range.start.line + 1} (${f.fix.title})`, fixed: applyEdits(text, f.fix.edits), subject: f.subject, code: f.code, before: count(analyseText(text), f.subject, f.code) });
      }
    }
    assert.ok(cases.length >= 30, `only ${cases.length} fixes offered on the corpus`);
    const valid = pythonAccepts(cases.map((c) => c.fixed));
    const broken = cases.filter((_, i) => !valid[i]).map((c) => c.label);
    assert.deepEqual(broken, [], 'fixes that broke the file');
    const notCleared = cases.filter((c) => count(analyseText(c.fixed), c.subject, c.code) !== c.before - 1).map((c) => c.label);
    assert.deepEqual(notCleared, [], 'fixes that did not clear their finding');
  });
});
