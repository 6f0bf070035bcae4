/**
 * The language server re-analyses a document on every edit and keeps the summaries of the
 * statements that did not change (AnalysisMemo). Kept summaries must never change a result: after
 * every edit the server's DocumentState (incremental parse + memo) must give exactly what a fresh
 * parse and analysis of the same text gives. Random edits over the corpus check that broadly; the
 * scripted cases check the edits that change what an unchanged statement means (a lock rebound, an
 * import renamed, lines typed above).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyze, type AnalysisResult } from '../../../src/analysis/raceAnalysis';
import { DocumentState } from '../../../src/server/documentState';
import { analyzeText, corpusFiles, prng, readCorpus } from './corpusUtil';

const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'walkthroughs', 'samples');

/** Snippets random edits insert: statement starts, names that change meanings, breakage. */
const SNIPPETS = ['\n', '    ', '#', 'x', '1', ':', '(', ')', '\n\n\n', 'global counter\n', '    counter += 1\n', 'lock = threading.Lock()\n', 'lock = None\n', 'import threading as th\n', 'import json\n', 'from threading import Thread as T\n', 'def f():\n    pass\n', 'class C(threading.Thread):\n    def run(self):\n        self.n += 1\n', 'with lock:\n', '"""', "'''"];

/** An open document as the server holds it: text, version, and its DocumentState. */
class OpenDocument {
  document: TextDocument;
  readonly state = new DocumentState();
  constructor(text: string) {
    this.document = TextDocument.create('file:///incremental.py', 'python', 1, text);
  }

  edit(change: TextDocumentContentChangeEvent): void {
    this.state.editTree(this.document, change);
    this.document = TextDocument.update(this.document, [change], this.document.version + 1);
  }

  replace(search: string, replacement: string): void {
    const start = this.document.getText().indexOf(search);
    assert.ok(start >= 0, `the document contains ${JSON.stringify(search)}`);
    this.edit({ range: { start: this.document.positionAt(start), end: this.document.positionAt(start + search.length) }, text: replacement });
  }
}

describe('race analysis across edits (kept statement summaries)', function () {
  this.timeout(120_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  function incremental(doc: OpenDocument): AnalysisResult {
    return doc.state.analysis(parser, doc.document).result;
  }

  /**
   * The memo against the same tree analysed without one; and, where the file parses, against a fresh
   * parse too (with syntax errors tree-sitter's error recovery may build an edited tree differently
   * from a fresh one, which is not the memo's doing).
   */
  function assertSame(doc: OpenDocument, label: string): AnalysisResult {
    const got = incremental(doc);
    const text = doc.document.getText();
    const tree = doc.state.tree!;
    assert.deepEqual(got, analyze(tree, text), `${label}: the analysis with kept summaries differs from one without`);
    if (!tree.rootNode.hasError) assert.deepEqual(got, analyzeText(parser, text), `${label}: the incremental analysis differs from a fresh parse's`);
    return got;
  }

  it('gives what a fresh analysis gives after each of 600 random edits', () => {
    const sources = [...corpusFiles().map(readCorpus), ...readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8'))];
    let findingsSeen = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = prng(seed * 104_729);
      // A dozen sources in one module: many top-level statements, imports in between.
      const text = Array.from({ length: 12 }, () => sources[Math.floor(rnd() * sources.length)]).join('\n\n');
      const doc = new OpenDocument(text);
      findingsSeen += assertSame(doc, `seed ${seed}, before any edit`).findings.length;
      for (let k = 0; k < 50; k++) {
        const current = doc.document.getText();
        const at = Math.floor(rnd() * (current.length + 1));
        const deleteLength = rnd() < 0.4 ? Math.floor(rnd() * 40) : 0;
        const insert = rnd() < 0.8 ? SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] : '';
        const end = Math.min(current.length, at + deleteLength);
        doc.edit({ range: { start: doc.document.positionAt(at), end: doc.document.positionAt(end) }, text: insert });
        findingsSeen += assertSame(doc, `seed ${seed}, edit ${k + 1} (at ${at}, deleted ${end - at}, inserted ${JSON.stringify(insert)})`).findings.length;
      }
    }
    assert.ok(findingsSeen > 1000, `the edited modules kept giving findings (${findingsSeen})`);
  });

  const RACY = `import threading

lock = threading.Lock()
counter = 0


def work():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(4)]
`;

  it('moves a finding down when lines are typed above its function', () => {
    const doc = new OpenDocument(RACY.replace('        with lock:\n            counter += 1', '        counter += 1'));
    const before = assertSame(doc, 'before').findings;
    assert.equal(before.length, 1);
    doc.replace('counter = 0\n', 'counter = 0\n# one\n# two\n# three\n');
    const after = assertSame(doc, 'after three lines above').findings;
    assert.equal(after.length, 1);
    assert.equal(after[0].range.start.line, before[0].range.start.line + 3);
    assert.equal(after[0].related[0].range.start.line, before[0].related[0].range.start.line + 3, 'the thread start moved too');
  });

  it('flags an unchanged function when the lock it uses stops being a lock', () => {
    const doc = new OpenDocument(RACY);
    assert.deepEqual(assertSame(doc, 'with the lock').findings, []);
    doc.replace('lock = threading.Lock()', 'lock = None');
    const findings = assertSame(doc, 'lock = None').findings;
    assert.deepEqual(findings.map((f) => f.subject), ['counter'], 'the write under `with lock:` is no longer guarded');
    doc.replace('lock = None', 'lock = threading.Lock()');
    assert.deepEqual(assertSame(doc, 'the lock back').findings, []);
  });

  it('flags an unchanged call that hands a dict to a helper when the helper starts to pickle it', () => {
    const source = [
      'import pickle',
      'import threading',
      '',
      'handlers = {}',
      '',
      '',
      'def write_out(table, path):',
      '    print(len(table), path)',
      '',
      '',
      'def save():',
      '    write_out(handlers, "handlers.save")',
      '',
      '',
      'def register(key, handler):',
      '    handlers[key] = handler',
      '',
      '',
      'threading.Timer(5, save).start()',
      'for n in range(3):',
      '    threading.Thread(target=register, args=(n, print)).start()',
      '',
    ].join('\n');
    const doc = new OpenDocument(source);
    assert.deepEqual(assertSame(doc, 'the helper only counts').findings, []);
    doc.replace('    print(len(table), path)', '    with open(path, "wb") as f:\n        pickle.dump(table, f)');
    const findings = assertSame(doc, 'the helper pickles').findings;
    assert.deepEqual(findings.map((f) => `${f.code} ${f.subject} ${f.range.start.line + 1}`), ['GIL004 handlers 13'], 'the unchanged `write_out(handlers, …)` goes through the dict now');
    doc.replace('    with open(path, "wb") as f:\n        pickle.dump(table, f)', '    print(len(table), path)');
    assert.deepEqual(assertSame(doc, 'the helper counts again').findings, []);
  });

  it('flags an unchanged `+=` when the global it adds to stops being a list', () => {
    // (`seen += [x]` extends a list in place, one step; on a number it reads, adds and writes back.)
    const doc = new OpenDocument(RACY.replace('counter = 0', 'counter = []').replace('        with lock:\n            counter += 1', '        counter += [1]'));
    assert.deepEqual(assertSame(doc, 'a list').findings, []);
    doc.replace('counter = []', 'counter = 0');
    assert.deepEqual(assertSame(doc, 'a number').findings.map((f) => f.subject), ['counter']);
    doc.replace('counter = 0', 'counter = []');
    assert.deepEqual(assertSame(doc, 'a list again').findings, []);
  });

  it('follows an import renamed under an unchanged thread start', () => {
    const source = RACY.replace('        with lock:\n            counter += 1', '        counter += 1')
      .replace('import threading\n', 'import threading\nfrom threading import Thread as Worker\n')
      .replace('threading.Thread(target=work)', 'Worker(target=work)');
    // (A name that does not say "thread" itself: `Thread(…)` and `LoopThread(…)` count as starts by their name.)
    const doc = new OpenDocument(source);
    assert.equal(assertSame(doc, '`Worker` is threading.Thread').findings.length, 1);
    doc.replace('from threading import Thread as Worker\n', 'from threading import Thread as T\n');
    assert.deepEqual(assertSame(doc, '`Worker` is no longer imported').findings, []);
    doc.replace('from threading import Thread as T\n', 'from threading import Thread as Worker\n');
    assert.equal(assertSame(doc, '`Worker` imported again').findings.length, 1);
  });

  it('follows the import of a library base class under an unchanged class', () => {
    // (A Django view class answers requests on threads only while `View` is Django's: the class's kept
    // summary holds its bases as that import named them.)
    const source = ['import threading', 'from django.http import JsonResponse', 'from django.views import View', '', 'threading.Thread(target=print).start()', '', '', 'class Hits(View):', '    count = 0', '', '    def get(self, request):', '        Hits.count += 1', '        return Hits.count', ''].join('\n');
    const doc = new OpenDocument(source);
    assert.equal(assertSame(doc, '`View` is Django\'s').findings.length, 1);
    doc.replace('from django.views import View', 'from my_views import View');
    assert.deepEqual(assertSame(doc, '`View` is another module\'s').findings, []);
    doc.replace('from my_views import View', 'from django.views import View');
    assert.equal(assertSame(doc, '`View` imported again').findings.length, 1);
  });

  it('follows a Timer subclass that starts or stops calling its function, under an unchanged start', () => {
    const source = [
      'import threading',
      '',
      'class Every(threading.Timer):',
      '    def run(self):',
      '        while not self.finished.wait(self.interval):',
      '            self.function(*self.args, **self.kwargs)',
      '',
      'hits = 0',
      '',
      'def reset():',
      '    global hits',
      '    print(hits)',
      '    hits = 0',
      '',
      'Every(5.0, reset).start()',
      'for _ in range(100):',
      '    hits += 1',
      '',
    ].join('\n');
    const doc = new OpenDocument(source);
    assert.deepEqual(assertSame(doc, 'run() calls self.function').findings.map((f) => f.subject), ['hits']);
    doc.replace('            self.function(*self.args, **self.kwargs)', '            print("tick")');
    assert.deepEqual(assertSame(doc, 'run() only ticks').findings, []);
    doc.replace('            print("tick")', '            self.function(*self.args, **self.kwargs)');
    assert.deepEqual(assertSame(doc, 'run() calls self.function again').findings.map((f) => f.subject), ['hits']);
  });

  it('follows a queue of callables whose workers go from several to one, under an unchanged put', () => {
    const source = [
      'import queue',
      'import threading',
      '',
      'hits = 0',
      '',
      'def hit():',
      '    global hits',
      '    hits += 1',
      '',
      'def drain(tasks):',
      '    while True:',
      '        task = tasks.get()',
      '        task()',
      '',
      'tasks = queue.Queue()',
      'for _ in range(4):',
      '    threading.Thread(target=drain, args=(tasks,)).start()',
      'tasks.put(hit)',
      '',
    ].join('\n');
    const doc = new OpenDocument(source);
    assert.deepEqual(assertSame(doc, 'four workers').findings.map((f) => f.subject), ['hits']);
    doc.replace('for _ in range(4):\n    threading', 'if True:\n    threading');
    assert.deepEqual(assertSame(doc, 'one worker').findings, []);
    doc.replace('if True:\n    threading', 'for _ in range(4):\n    threading');
    assert.deepEqual(assertSame(doc, 'four workers again').findings.map((f) => f.subject), ['hits']);
  });

  it('tells apart two identical statements at different places', () => {
    const worker = '\n\ndef work():\n    global counter\n    counter += 1\n';
    const doc = new OpenDocument(`import threading\ncounter = 0\n${worker}${worker}\nthreading.Thread(target=work).start()\n`);
    const findings = assertSame(doc, 'two identical definitions').findings;
    assert.equal(findings.length, 1, 'only the last definition of `work` runs in threads');
    assert.equal(findings[0].range.start.line, 11);
  });
});
