/**
 * Threads across modules: the labelled projects in test/corpus-projects/ (one folder each, `# expect:`
 * markers as in the single-file corpus) checked folder by folder as `gil-lab check` does, and the
 * import resolution and hand-off rules underneath.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importedFiles, incomingEntries, resolveModule, resolveTarget, threadingServerClasses } from '../../../src/analysis/crossModule';
import { pythonFiles } from '../../../src/analysis/projectFiles';
import { checkPaths } from '../../../src/cli/check';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyze } from '../../../src/analysis/raceAnalysis';
import { expectedFindings, pythonAccepts } from './corpusUtil';

const PROJECTS_DIR = join(__dirname, '..', '..', 'corpus-projects');
const projects = readdirSync(PROJECTS_DIR).sort();

async function filesOf(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const f of pythonFiles(dir)) out.push(f);
  return out;
}

describe('race analysis across the modules of a project', function () {
  this.timeout(60_000);

  it('has racy and safe projects, all valid Python', async () => {
    assert.ok(projects.length >= 6, `only ${projects.length} projects`);
    const files = (await Promise.all(projects.map((p) => filesOf(join(PROJECTS_DIR, p))))).flat();
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const racy = projects.filter((p) => texts.some((t, i) => files[i].includes(`/${p}/`) && expectedFindings(t).size > 0));
    assert.ok(racy.length >= 3 && projects.length - racy.length >= 2, `racy ${racy.join(', ')} of ${projects.join(', ')}`);
    assert.deepEqual(files.filter((_, i) => !pythonAccepts(texts)[i]), []);
  });

  for (const project of projects) {
    it(`${project}: every marker found, nothing else`, async () => {
      const dir = join(PROJECTS_DIR, project);
      const expected = new Set<string>();
      for (const file of await filesOf(dir)) for (const k of expectedFindings(readFileSync(file, 'utf8'))) expected.add(`${relative(dir, file)}:${k}`);
      const actual = new Set((await checkPaths([dir])).map((f) => `${relative(dir, f.file)}:${f.line}:${f.code}`));
      assert.deepEqual([...actual].sort(), [...expected].sort());
    });
  }

  it('the message of a finding reached from another module names the file and line of the start', async () => {
    const findings = await checkPaths([join(PROJECTS_DIR, 'chat_server')]);
    const relayed = findings.find((f) => f.file.endsWith('handlers.py'));
    assert.match(relayed?.message ?? '', /threading\.Thread in server\.py at line 12/);
    const joined = findings.find((f) => f.file.endsWith('state.py'));
    assert.match(joined?.message ?? '', /a call from serve_client\(\) in handlers\.py at line 9/);
  });

  it('reads the project files a module imports from its import lines', () => {
    const known = new Set(['/p/app/main.py', '/p/app/cook.py', '/p/app/pkg/__init__.py', '/p/app/pkg/jobs.py', '/p/app/pkg/state.py']);
    const text = ['import os, cook', 'from pkg import jobs as j', 'from pkg.state import (Board,', '    Tally)', 'import json', ''].join('\n');
    assert.deepEqual([...importedFiles('/p/app/main.py', text, known)].sort(), ['/p/app/cook.py', '/p/app/pkg/__init__.py', '/p/app/pkg/jobs.py', '/p/app/pkg/state.py']);
    assert.deepEqual([...importedFiles('/p/app/pkg/jobs.py', 'from . import state\nfrom .state import Board\n', known)].sort(), ['/p/app/pkg/__init__.py', '/p/app/pkg/state.py']);
  });

  it('publishes the classes that serve each request on a thread: ThreadingMixIn in their bases, or a class built on one', () => {
    const text = ['import socketserver', 'class Quiz(socketserver.ThreadingMixIn, socketserver.TCPServer):', '    pass', 'class Final(Quiz):', '    pass', 'class Serial(socketserver.TCPServer):', '    pass', ''].join('\n');
    assert.deepEqual(threadingServerClasses(text).sort(), ['Final', 'Quiz']);
    assert.deepEqual(threadingServerClasses('class Serial(socketserver.TCPServer):\n    pass\n'), []);
  });

  it("hands off project code only: the standard library's callables, the module's own, and locals that hide an import are not", async () => {
    const parser = await createPythonParser();
    const text = [
      'import os, threading',
      'from jobs import fetch, Worker',
      'import tools',
      'def own(): pass',
      'def main():',
      '    for u in range(3):',
      '        threading.Thread(target=os.getcwd).start()',
      '        threading.Thread(target=own).start()',
      '        threading.Thread(target=fetch).start()',
      '        threading.Thread(target=tools.crawl).start()',
      '        Worker(u).start()',
      'def other():',
      '    fetch = print',
      '    for _ in range(2):',
      '        threading.Thread(target=fetch).start()',
      '',
    ].join('\n');
    const tree = parser.parse(text)!;
    try {
      const handOffs = analyze(tree, text).handOffs ?? [];
      assert.deepEqual(handOffs.map((h) => [h.target, h.line, h.several]).sort(), [['jobs.Worker', 11, true], ['jobs.fetch', 9, true], ['tools.crawl', 10, true]]);
    } finally {
      tree.delete();
    }
  });

  it("hands off a method called on a module global made from another module's class, as run on that one object", async () => {
    const parser = await createPythonParser();
    const text = [
      'import queue, threading',
      'from lobby import Lobby',
      'from tally import *',
      'from os.path import *',
      'room = Lobby()',
      'board = Scoreboard()',
      'jobs = queue.Queue()',
      'def client(conn):',
      '    room.vote(conn)',
      '    board.score(1)',
      '    jobs.put(conn)',
      '    mine = Lobby()',
      '    mine.vote(conn)',
      'for c in range(3):',
      '    threading.Thread(target=client, args=(c,)).start()',
      '',
    ].join('\n');
    const tree = parser.parse(text)!;
    try {
      const handOffs = analyze(tree, text).handOffs ?? [];
      assert.deepEqual(handOffs.map((h) => [h.target, h.line, h.several, h.sharedSelf]).sort(), [['lobby.Lobby', 12, true, undefined], ['lobby.Lobby.vote', 9, true, true], ['tally.Scoreboard.score', 10, true, true]]);
    } finally {
      tree.delete();
    }
  });

  it('one file checked alone sees no thread reaching it from another', async () => {
    assert.deepEqual(await checkPaths([join(PROJECTS_DIR, 'chat_server', 'handlers.py')]), []);
  });
});

describe('resolving imports between a project\'s files', () => {
  const known = new Set(['/p/app/__init__.py', '/p/app/main.py', '/p/app/jobs.py', '/p/app/sub/__init__.py', '/p/app/sub/deep.py', '/p/tools.py', '/p/app/state/__init__.py']);

  it('finds absolute modules from the nearest folder up, and packages by their __init__', () => {
    assert.equal(resolveModule('/p/app/main.py', 'jobs', known), '/p/app/jobs.py');
    assert.equal(resolveModule('/p/app/main.py', 'tools', known), '/p/tools.py');
    assert.equal(resolveModule('/p/app/main.py', 'app.sub.deep', known), '/p/app/sub/deep.py');
    assert.equal(resolveModule('/p/app/main.py', 'app.state', known), '/p/app/state/__init__.py');
    assert.equal(resolveModule('/p/app/main.py', 'requests', known), undefined);
  });

  it('finds relative modules from the importing file\'s package', () => {
    assert.equal(resolveModule('/p/app/main.py', '.jobs', known), '/p/app/jobs.py');
    assert.equal(resolveModule('/p/app/sub/deep.py', '..jobs', known), '/p/app/jobs.py');
    assert.equal(resolveModule('/p/app/sub/deep.py', '.', known), '/p/app/sub/__init__.py');
    assert.equal(resolveModule('/p/app/main.py', '.missing', known), undefined);
  });

  it('splits a target into its module and the function, Class.method or object.method inside it', () => {
    assert.deepEqual(resolveTarget('/p/app/main.py', '.jobs.fetch', known), { file: '/p/app/jobs.py', name: 'fetch' });
    assert.deepEqual(resolveTarget('/p/app/main.py', 'app.sub.deep.Worker.run', known), { file: '/p/app/sub/deep.py', name: 'Worker.run' });
    assert.deepEqual(resolveTarget('/p/app/main.py', 'tools.registry.add', known), { file: '/p/tools.py', name: 'registry.add' });
    assert.equal(resolveTarget('/p/app/main.py', 'threading.Thread', known), undefined);
  });

  it('one start of one thread is one thread; a second start of the same code, or a pool, makes several', () => {
    const one = new Map([['/p/app/main.py', [{ target: '.jobs.fetch', several: false, line: 3, how: 'threading.Thread' }]]]);
    assert.deepEqual(incomingEntries(one, known).get('/p/app/jobs.py'), [{ name: 'fetch', how: 'threading.Thread in main.py at line 3', several: false, from: { file: '/p/app/main.py', line: 3 } }]);
    const two = new Map([...one, ['/p/tools.py', [{ target: 'app.jobs.fetch', several: false, line: 8, how: 'threading.Thread' }]]]);
    assert.deepEqual(incomingEntries(two, known).get('/p/app/jobs.py')?.map((e) => [e.how, e.several]), [['threading.Thread in ../tools.py at line 8', true], ['threading.Thread in main.py at line 3', true]]);
    const calls = new Map([['/p/app/main.py', [3, 4].map((line) => ({ target: '.jobs.fetch', several: false, line, how: 'a call from loop()' }))]]);
    assert.deepEqual(incomingEntries(calls, known).get('/p/app/jobs.py')?.map((e) => [e.how, e.several]), [['a call from loop() in main.py at line 3', false]], "two calls from one thread's code are still one thread");
    const pool = new Map([['/p/app/main.py', [{ target: '.jobs.fetch', several: true, line: 5, how: 'ThreadPoolExecutor.map' }]]]);
    assert.deepEqual(incomingEntries(pool, known).get('/p/app/jobs.py'), [{ name: 'fetch', how: 'ThreadPoolExecutor.map in main.py at line 5', several: true, from: { file: '/p/app/main.py', line: 5 } }]);
  });
});
