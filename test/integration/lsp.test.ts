/**
 * The bundled language server (dist/server.js) spoken to over stdio, as any LSP client would:
 * pull and push diagnostics, incremental edits, quick fixes applied and re-checked, the
 * gilLab/functions request, hostile documents, and a clean shutdown.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FUNCTIONS_REQUEST, type FunctionsResult } from '../../src/shared/analysis';

/** LSP 3.18 lets a message be markup; this server sends plain strings. */
const messageOf = (d: { message: string | { value: string } }): string => (typeof d.message === 'string' ? d.message : d.message.value);

const root = join(__dirname, '..', '..');
const serverJs = join(root, 'dist', 'server.js');

/** A running server and a client connection to it. */
class Session {
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: (() => void)[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<number | null>;
  /** What the client answers for the `gilLab` section, and how often the server asked. */
  settings: object = {};
  configurationRequests = 0;
  /** What the server logged, and how often it asked for the diagnostics again. */
  readonly logs: string[] = [];
  refreshes = 0;

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, [...(this.published.get(p.uri) ?? []), p]);
      for (const w of this.waiters.splice(0)) w();
    });
    conn.onRequest('workspace/configuration', () => {
      this.configurationRequests++;
      return [this.settings];
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    conn.onNotification('window/logMessage', (m: { message: string }) => {
      this.logs.push(m.message);
    });
    conn.listen();
  }

  static async start(capabilities: ClientCapabilities, initializationOptions?: object, folders?: string[]): Promise<Session> {
    const proc = spawn(process.execPath, [serverJs, '--stdio'], { cwd: root, stdio: 'pipe' });
    const conn = createProtocolConnection(proc.stdout, proc.stdin);
    const session = new Session(proc, conn);
    const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: folders?.map((f) => ({ uri: pathToFileURL(f).href, name: basename(f) })) ?? null, initializationOptions });
    assert.equal(init.serverInfo?.name, 'GIL Lab Race Analysis');
    await conn.sendNotification(InitializedNotification.type, {});
    return session;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = (await this.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    return report.items;
  }

  /** Waits for a publishDiagnostics of `uri` that satisfies `ok`. */
  async waitForPublished(uri: string, ok: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 30_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = (this.published.get(uri) ?? []).find(ok);
      if (match) return match;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics published for ${uri}; got ${JSON.stringify(this.published.get(uri))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  functions(uri: string): Promise<FunctionsResult> {
    return this.conn.sendRequest<FunctionsResult>(FUNCTIONS_REQUEST, { uri });
  }

  async shutdown(): Promise<number | null> {
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
    this.conn.dispose();
    if (code === 'timeout') {
      this.proc.kill();
      throw new Error('the server did not exit after shutdown/exit');
    }
    return code;
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
    this.conn.dispose();
  }
}

const RACY = [
  'import threading', // 0
  '', // 1
  'counter = 0', // 2
  '', // 3
  '', // 4
  'def work(n):', // 5
  '    global counter', // 6
  '    for _ in range(n):', // 7
  '        counter += 1', // 8
  '', // 9
  '', // 10
  'threads = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]', // 11
  'for t in threads:', // 12
  '    t.start()', // 13
  '',
].join('\n');

const codesAt = (items: Diagnostic[]) => items.map((d) => `${d.range.start.line}:${d.code}`).sort();

describe('language server over stdio', function () {
  this.timeout(120_000);

  before(function () {
    if (existsSync(serverJs)) return;
    const r = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit', timeout: 110_000 });
    assert.equal(r.status, 0, 'building dist/ failed');
  });

  describe('with pull diagnostics', () => {
    let s: Session;
    const uri = 'file:///work/racy.py';
    let doc: TextDocument;

    before(async () => {
      s = await Session.start({ textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } });
    });
    after(() => s?.kill());

    it('reports the unlocked write of a racy document', async () => {
      doc = TextDocument.create(uri, 'python', 1, RACY);
      await s.open(uri, RACY, 1);
      const items = await s.pull(uri);
      assert.deepEqual(codesAt(items), ['8:GIL001']);
      const d = items[0];
      assert.equal(d.source, 'GIL Lab');
      assert.equal(d.severity, 2); // warning by default
      assert.deepEqual(d.range, { start: { line: 8, character: 8 }, end: { line: 8, character: 20 } });
      assert.match(messageOf(d), /`counter` is a module global/);
      assert.match(decodeURIComponent(d.codeDescription?.href ?? ''), /^command:workbench\.action\.openWalkthrough\?.*"step":"pitfall-race"/, 'a client that is not GIL Lab gets a command link');
      assert.equal(d.relatedInformation?.[0].location.range.start.line, 11, 'points at the Thread(...) that runs it');
      // no push when the client pulls
      assert.equal(s.published.get(uri), undefined);
    });

    it('follows incremental edits', async () => {
      const changes: TextDocumentContentChangeEvent[] = [
        { range: { start: { line: 6, character: 11 }, end: { line: 6, character: 18 } }, text: 'counter, hits' },
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'hits = 0\n' },
        { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '        hits = hits + 2\n' },
      ];
      await s.change(uri, 2, changes);
      doc = TextDocument.update(doc, changes, 2);
      assert.match(doc.getText(), /global counter, hits\n {4}for _ in range\(n\):\n {8}counter \+= 1\n {8}hits = hits \+ 2\n/);
      assert.deepEqual(codesAt(await s.pull(uri)), ['10:GIL001', '9:GIL001']);
      // a change that only touches a line's middle
      const rename: TextDocumentContentChangeEvent[] = [{ range: { start: { line: 10, character: 22 }, end: { line: 10, character: 23 } }, text: '3' }];
      await s.change(uri, 3, rename);
      doc = TextDocument.update(doc, rename, 3);
      const items = await s.pull(uri);
      assert.deepEqual(codesAt(items), ['10:GIL001', '9:GIL001']);
      assert.match(messageOf(items.find((d) => d.range.start.line === 10)!), /`hits`/);
    });

    it('offers a quick fix and a noqa action; applying the fix clears the diagnostic', async () => {
      let version = 3;
      for (const subject of ['counter', 'hits']) {
        const items = await s.pull(uri);
        const d = items.find((x) => messageOf(x).startsWith(`\`${subject}\``));
        assert.ok(d, `a diagnostic for ${subject} in ${JSON.stringify(codesAt(items))}`);
        const actions = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
        assert.ok(actions.length >= 2, JSON.stringify(actions));
        const noqa = actions.find((a) => a.title.includes('noqa'));
        assert.ok(noqa?.edit?.changes?.[uri]?.[0].newText.includes('# noqa: GIL001'));
        const fix = actions.find((a) => a.isPreferred);
        assert.ok(fix?.edit?.changes?.[uri], 'a preferred quick fix with edits');
        assert.equal(fix.kind, 'quickfix');
        assert.deepEqual(fix.diagnostics, [d]);
        const fixedText = TextDocument.applyEdits(doc, fix.edit.changes[uri]);
        version++;
        await s.change(uri, version, [{ text: fixedText }]);
        doc = TextDocument.create(uri, 'python', version, fixedText);
        const after = await s.pull(uri);
        assert.equal(after.filter((x) => messageOf(x).startsWith(`\`${subject}\``)).length, 0, `the ${subject} diagnostic is gone:\n${fixedText}`);
      }
      assert.deepEqual(await s.pull(uri), []);
      const text = doc.getText();
      assert.match(text, /^counter_lock = threading\.Lock\(\)$/m);
      assert.match(text, /^ {8}with counter_lock:\n {12}counter \+= 1\n {8}with counter_lock:\n {12}hits = hits \+ 3$/m, text);
    });

    it('shape 1 and GIL004: an attribute written back after a sleep, a cache filled without a lock; their quick fixes applied, both gone', async () => {
      const ledgerUri = 'file:///work/ledger.py';
      const text = readFileSync(join(root, 'test', 'fixtures', 'analysis', 'ledger_rates.py'), 'utf8');
      let ledger = TextDocument.create(ledgerUri, 'python', 1, text);
      await s.open(ledgerUri, text, 1);
      const items = await s.pull(ledgerUri);
      assert.deepEqual(codesAt(items), ['13:GIL001', '17:GIL004']);
      const writeBack = items[0];
      assert.match(messageOf(writeBack), /^`self\.balance` is an attribute of an object whose method runs in several threads, and code that runs in threads \(ThreadPoolExecutor\.submit at line 27\) reads it into `current` at line 12 and writes it back here\. `time\.sleep\(0\.001\)` at line 13 makes this thread wait between the two, and the other threads run meanwhile, on every interpreter, with the GIL or without\./);
      assert.equal(writeBack.relatedInformation?.[0].location.range.start.line, 26, 'points at the submit that runs it');
      const check = items[1];
      assert.match(messageOf(check), /^`rates\[currency\]` is an item of the module-level container `rates`, and code that runs in threads \(ThreadPoolExecutor\.submit at line 28\) tests it here and sets it at line 19 with no lock over both: two threads can both find the key missing/);
      assert.match(decodeURIComponent(check.codeDescription?.href ?? ''), /"step":"pitfall-race"/);

      let version = 1;
      for (const [d, title, code] of [
        [writeBack, 'Create `self._lock = threading.Lock()` in __init__ and guard the update with it', 'GIL001'],
        [check, 'Create `rates_lock = threading.Lock()` and hold it over the test and the set', 'GIL004'],
      ] as const) {
        // Fixes move lines: find the diagnostic again by its code and subject.
        const current = (await s.pull(ledgerUri)).find((x) => x.code === code && messageOf(x).split(' ')[0] === messageOf(d).split(' ')[0]);
        assert.ok(current, `the ${code} diagnostic is there before its fix`);
        const actions = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: ledgerUri }, range: current.range, context: { diagnostics: [current], only: ['quickfix'] } })) as CodeAction[];
        const fix = actions.find((a) => a.isPreferred);
        assert.equal(fix?.title, title);
        const fixedText = TextDocument.applyEdits(ledger, fix!.edit!.changes![ledgerUri]);
        version++;
        await s.change(ledgerUri, version, [{ text: fixedText }]);
        ledger = TextDocument.create(ledgerUri, 'python', version, fixedText);
        assert.ok(!(await s.pull(ledgerUri)).some((x) => x.code === code), `the ${code} diagnostic is gone:\n${fixedText}`);
      }
      assert.deepEqual(await s.pull(ledgerUri), []);
      const fixed = ledger.getText();
      assert.match(fixed, /def __init__\(self\):\n {8}self\._lock = threading\.Lock\(\)\n {8}self\.balance = 0\n/);
      assert.match(fixed, / {8}with self\._lock:\n {12}current = self\.balance\n {12}time\.sleep\(0\.001\)\n {12}self\.balance = current \+ amount\n/);
      assert.match(fixed, /^rates_lock = threading\.Lock\(\)$/m);
      assert.match(fixed, / {4}with rates_lock:\n {8}if currency not in rates:\n {12}rates\[currency\] = len\(currency\) \* 0\.1\n/);
      const compiled = spawnSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: fixed, encoding: 'utf8' });
      assert.equal(compiled.status, 0, compiled.stderr);
    });

    it('re-checks a function it did not see change when the module rebinds the lock it holds', async () => {
      // The server keeps each statement's analysis between edits; `work` stays as it is while
      // `lock` stops being a lock, then becomes one again.
      const locked = RACY.replace('counter = 0', 'counter = 0\nlock = threading.Lock()').replace('        counter += 1', '        with lock:\n            counter += 1');
      const lockedUri = 'file:///work/locked.py';
      await s.open(lockedUri, locked);
      assert.deepEqual(await s.pull(lockedUri), []);
      const rebind = (version: number, from: string, to: string) => {
        const line = locked.split('\n').indexOf('lock = threading.Lock()');
        return s.change(lockedUri, version, [{ range: { start: { line, character: 7 }, end: { line, character: 7 + from.length } }, text: to }]);
      };
      await rebind(2, 'threading.Lock()', 'None');
      assert.deepEqual(codesAt(await s.pull(lockedUri)), ['10:GIL001'], '`with lock:` no longer guards the write');
      await rebind(3, 'None', 'threading.Lock()');
      assert.deepEqual(await s.pull(lockedUri), []);
    });

    it('answers gilLab/functions, keeping the last good list while the text does not parse', async () => {
      const good = await s.functions(uri);
      assert.equal(good.hasSyntaxError, false);
      assert.equal(good.version, doc.version);
      assert.deepEqual(good.functions.map((f) => [f.qualifiedName, f.kind, f.requiredParams, f.hasRaceFinding]), [['work', 'function', 1, false]]);
      assert.deepEqual(good.functions[0].writesGlobals.sort(), ['counter', 'hits']);

      const racy = 'import threading\nn = 0\ndef bump():\n    global n\n    n += 1\nfor _ in range(2):\n    threading.Thread(target=bump).start()\n';
      await s.open('file:///work/bump.py', racy);
      const bump = await s.functions('file:///work/bump.py');
      assert.deepEqual(bump.functions.map((f) => [f.name, f.hasRaceFinding]), [['bump', true]]);

      const broken: TextDocumentContentChangeEvent[] = [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'def broken(:\n' }];
      await s.change(uri, doc.version + 1, broken);
      doc = TextDocument.update(doc, broken, doc.version + 1);
      const during = await s.functions(uri);
      assert.equal(during.hasSyntaxError, true);
      assert.equal(during.version, null);
      assert.deepEqual(during.functions.map((f) => f.name), ['work']);

      const unknown = await s.functions('file:///work/never-opened.py');
      assert.deepEqual(unknown, { version: null, hasSyntaxError: false, functions: [] });
    });

    it('survives documents of garbage bytes and keeps answering', async () => {
      let seed = 12345;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let i = 0; i < 5; i++) {
        const bytes = Buffer.alloc(2000 + i * 3000);
        for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rnd() * 256);
        const garbage = bytes.toString('latin1') + '\uD800' + 'with threading.Lock():\n' + '('.repeat(2000);
        const gUri = `file:///work/garbage-${i}.py`;
        await s.open(gUri, garbage);
        const items = await s.pull(gUri);
        assert.ok(Array.isArray(items));
        const fns = await s.functions(gUri);
        assert.ok(Array.isArray(fns.functions));
        await s.change(gUri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, text: '\u0000\uFFFF' }]);
        assert.ok(Array.isArray(await s.pull(gUri)));
        await s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: gUri } });
      }
      assert.equal(s.proc.exitCode, null, `server died: ${s.stderr.join('')}`);
      // still serving the first document
      assert.ok(Array.isArray(await s.pull(uri)));
    });

    it('shuts down and exits cleanly', async () => {
      const code = await s.shutdown();
      assert.equal(code, 0, s.stderr.join(''));
    });
  });

  describe('started by GIL Lab (its URI scheme in the initialization options)', () => {
    it("links each diagnostic's code to its walkthrough step through the extension's URI handler", async () => {
      const s = await Session.start({ textDocument: { diagnostic: { dynamicRegistration: false } } }, { uriScheme: 'code-oss' });
      try {
        const uri = 'file:///work/linked.py';
        await s.open(uri, RACY, 1);
        const [d] = await s.pull(uri);
        assert.equal(d.codeDescription?.href, 'code-oss://gil-lab.gil-lab/walkthrough?step=pitfall-race');
        assert.equal(await s.shutdown(), 0);
      } finally {
        s.kill();
      }
    });
  });

  describe('with a cache directory (analyses kept between sessions)', () => {
    const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } } };
    const uri = 'file:///work/restored.py';
    let dir: string;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'gil-lab-lsp-cache-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const entries = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []);
    const waitFor = async (ok: () => boolean, what: string) => {
      for (const deadline = Date.now() + 10_000; !ok(); await new Promise((r) => setTimeout(r, 50))) if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    };
    /** One session: open the text, pull, list functions, close (which writes the entry), shut down. */
    const session = async (text: string) => {
      const s = await Session.start(PULL, { cacheDir: dir });
      try {
        await s.open(uri, text, 1);
        const items = await s.pull(uri);
        const functions = await s.functions(uri);
        return { s, items, functions };
      } catch (err) {
        s.kill();
        throw err;
      }
    };

    it('a new session serves the same text from the cache, checks it, and analyses edits afresh', async () => {
      const first = await session(RACY);
      try {
        assert.deepEqual(codesAt(first.items), ['8:GIL001']);
        assert.ok(!first.s.logs.some((l) => l.includes('earlier session')));
        await first.s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await waitFor(() => entries().length === 1, 'the entry written on close');
        assert.equal(await first.s.shutdown(), 0);
      } finally {
        first.s.kill();
      }

      const second = await session(RACY);
      try {
        assert.deepEqual(second.items, first.items);
        assert.deepEqual(second.functions, first.functions);
        assert.ok(second.s.logs.some((l) => l.includes('taken from an earlier session')), second.s.logs.join('\n'));
        // The check runs shortly after; it agrees, so nothing is refreshed.
        await new Promise((r) => setTimeout(r, 1500));
        assert.equal(second.s.refreshes, 0);
        assert.ok(!second.s.logs.some((l) => l.includes('differed')));
        // An edit is analysed in the ordinary way (the check built the tree).
        await second.s.change(uri, 2, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '        pass\n' }]);
        assert.deepEqual(codesAt(await second.s.pull(uri)), ['9:GIL001']);
        assert.equal(await second.s.shutdown(), 0);
      } finally {
        second.s.kill();
      }
    });

    it('a kept entry that a fresh analysis contradicts is replaced, and the client asked to pull again', async () => {
      // Tamper with the entry: same text, no findings.
      const [entry] = entries();
      const kept = JSON.parse(readFileSync(join(dir, entry), 'utf8'));
      kept.result.findings = [];
      writeFileSync(join(dir, entry), JSON.stringify(kept));
      const s = (await session(RACY)).s;
      try {
        await waitFor(() => s.refreshes > 0, 'a diagnostics refresh');
        assert.ok(s.logs.some((l) => l.includes('differed from a fresh one')), s.logs.join('\n'));
        assert.deepEqual(codesAt(await s.pull(uri)), ['8:GIL001']);
        assert.equal(await s.shutdown(), 0);
      } finally {
        s.kill();
      }
    });

    it('ignores a damaged entry, and a cache directory that is not absolute', async () => {
      for (const f of entries()) writeFileSync(join(dir, f), Buffer.from([0x00, 0xff, 0x7b, 0x0a]));
      const damaged = await session(RACY);
      try {
        assert.deepEqual(codesAt(damaged.items), ['8:GIL001']);
        assert.ok(!damaged.s.logs.some((l) => l.includes('earlier session')));
        assert.equal(await damaged.s.shutdown(), 0);
      } finally {
        damaged.s.kill();
      }
      const relative = await Session.start(PULL, { cacheDir: 'relative/dir' });
      try {
        await relative.open(uri, RACY, 1);
        assert.deepEqual(codesAt(await relative.pull(uri)), ['8:GIL001']);
        assert.equal(await relative.shutdown(), 0);
        assert.equal(existsSync(join(root, 'relative')), false);
      } finally {
        relative.kill();
      }
    });
  });

  describe('with settings from the client', () => {
    let s: Session;
    after(() => s?.kill());

    it('asks once per document, then again only after the client says the settings changed', async () => {
      s = await Session.start({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } }, textDocument: { diagnostic: { dynamicRegistration: false } } });
      const uri = 'file:///work/settings.py';
      await s.open(uri, RACY, 1);
      assert.equal((await s.pull(uri))[0].severity, 2, 'warning by default');
      await s.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }]);
      assert.deepEqual(codesAt(await s.pull(uri)), ['9:GIL001']);
      assert.equal(s.configurationRequests, 1, 'an edit does not ask again');

      s.settings = { diagnostics: { severity: 'error' } };
      await s.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      assert.equal((await s.pull(uri))[0].severity, 1, 'error after the change');
      s.settings = { diagnostics: { severity: 'error', checkThenActSeverity: 'hint' } };
      await s.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const lazy = 'file:///work/lazy.py';
      await s.open(lazy, 'import threading\n\ncache = {}\n\n\ndef load(k):\n    if k not in cache:\n        cache[k] = k * 2\n    global hits\n    hits += 1\n\n\nhits = 0\nfor k in range(3):\n    threading.Thread(target=load, args=(k,)).start()\n', 1);
      const both = await s.pull(lazy);
      assert.deepEqual(both.map((d) => [d.code, d.severity]), [['GIL004', 4], ['GIL001', 1]], 'GIL004 follows its own setting');
      s.settings = { diagnostics: { enable: false } };
      await s.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      assert.deepEqual(await s.pull(uri), [], 'nothing when diagnostics are turned off');
      assert.equal(s.configurationRequests, 4, 'each document asks again after a change of settings');
      assert.equal(await s.shutdown(), 0);
    });
  });

  describe('with pushed diagnostics (a client without pull)', () => {
    let s: Session;
    after(() => s?.kill());

    it('publishes on open and change, and clears on close', async () => {
      s = await Session.start({});
      const uri = 'file:///work/pushed.py';
      await s.open(uri, RACY, 1);
      const first = await s.waitForPublished(uri, (p) => p.version === 1);
      assert.deepEqual(codesAt(first.diagnostics), ['8:GIL001']);

      const locked = RACY.replace('        counter += 1', '        with threading.Lock():\n            counter += 1');
      await s.change(uri, 2, [{ text: locked }]);
      const second = await s.waitForPublished(uri, (p) => p.version === 2);
      assert.deepEqual(codesAt(second.diagnostics), ['8:GIL002', '9:GIL001']);

      await s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      await s.waitForPublished(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
      assert.equal(await s.shutdown(), 0);
    });
  });

  describe('threads started in another file of the workspace', () => {
    /** Waits until the server has read the workspace and asked for diagnostics again. */
    const indexedAndRefreshed = async (s: Session) => {
      for (const deadline = Date.now() + 20_000; !s.logs.some((l) => l.includes('Python files indexed')) || s.refreshes === 0; ) {
        if (Date.now() > deadline) throw new Error(`no index and refresh: ${s.logs.join(' | ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    /** Tells the server that `file` changed on disk and waits until it asks for diagnostics again. */
    const refreshedAfterChange = async (s: Session, file: string) => {
      const before = s.refreshes;
      await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).href, type: FileChangeType.Changed }] });
      for (const deadline = Date.now() + 10_000; s.refreshes === before; ) {
        if (Date.now() > deadline) throw new Error('no refresh after the starter changed');
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    /**
     * A copy of a corpus project as the workspace of a new server, with `file` open: `beforeIndex` is what the first pull
     * gave, before the workspace was read (pulled then so that the server asks for it again after); `body` runs once it
     * has been read and the server asked for diagnostics again.
     */
    const inProjectCopy = async (project: string, file: string, body: (x: { s: Session; dir: string; uri: string; beforeIndex: Diagnostic[] }) => Promise<void>) => {
      const dir = mkdtempSync(join(tmpdir(), 'gil-lab-lsp-project-'));
      const from = join(root, 'test', 'corpus-projects', project);
      for (const f of readdirSync(from)) writeFileSync(join(dir, f), readFileSync(join(from, f)));
      const s = await Session.start({ textDocument: { diagnostic: { dynamicRegistration: false } } }, undefined, [dir]);
      try {
        const uri = pathToFileURL(join(dir, file)).href;
        await s.open(uri, readFileSync(join(dir, file), 'utf8'));
        const beforeIndex = await s.pull(uri);
        await indexedAndRefreshed(s);
        await body({ s, dir, uri, beforeIndex });
        assert.equal(await s.shutdown(), 0);
      } finally {
        s.kill();
        rmSync(dir, { recursive: true, force: true });
      }
    };
    it('a handler module gets the finding once the workspace is read, with the start named; a starter changed on disk to one thread takes it away', async function () {
      this.timeout(60_000);
      await inProjectCopy('chat_server', 'handlers.py', async ({ s, dir, uri, beforeIndex }) => {
        // Alone the file starts no thread; once the workspace is read the server asks for diagnostics again.
        assert.deepEqual(beforeIndex, []);
        const found = await s.pull(uri);
        assert.deepEqual(found.map((d) => [d.code, d.range.start.line + 1]), [['GIL001', 14]]);
        assert.match(messageOf(found[0]), /threading\.Thread in server\.py at line 12/);
        // Its related location is the start, in the other file.
        assert.deepEqual([found[0].relatedInformation?.[0].location.uri, found[0].relatedInformation?.[0].location.range.start.line], [pathToFileURL(join(dir, 'server.py')).href, 11]);
        // server.py now starts one thread, once: nothing runs serve_client twice at a time.
        const server = join(dir, 'server.py');
        writeFileSync(server, readFileSync(server, 'utf8').replace(/    while True:\n        conn, addr = listener.accept\(\)\n/, '    conn, addr = listener.accept()\n').replace(/\n        threading/, '\n    threading'));
        await refreshedAfterChange(s, server);
        assert.deepEqual(await s.pull(uri), []);
      });
    });

    it("a class whose one object another module keeps and calls from each client's thread gets the findings; one object per thread takes them away", async function () {
      this.timeout(60_000);
      await inProjectCopy('lobby_global', 'lobby.py', async ({ s, dir, uri }) => {
        const found = await s.pull(uri);
        assert.deepEqual(found.map((d) => [d.code, d.range.start.line + 1]), [['GIL004', 11], ['GIL001', 15]]);
        assert.match(messageOf(found[1]), /a call from per_client\(\) in server\.py at line 16/);
        // server.py now makes a Lobby in each client's thread: no object is shared.
        const server = join(dir, 'server.py');
        writeFileSync(server, readFileSync(server, 'utf8').replace('room = Lobby(seats=4)\n', '').replace('def per_client(conn, name):\n', 'def per_client(conn, name):\n    room = Lobby(seats=4)\n'));
        await refreshedAfterChange(s, server);
        assert.deepEqual(await s.pull(uri), []);
      });
    });
    it('a class that hands itself to the Thread subclasses it starts from another module gets the findings of their calls back into it', async function () {
      this.timeout(60_000);
      await inProjectCopy('kitchen_cooks', 'kitchen.py', async ({ s, uri }) => {
        const found = await s.pull(uri);
        assert.deepEqual(found.map((d) => [d.code, d.range.start.line + 1]), [['GIL004', 11], ['GIL001', 16]]);
        assert.match(messageOf(found[1]), /a call from Cook\.run\(\) in cook\.py at line 17/);
      });
    });
    it("a request handler made into a threading server by a third module is flagged; the server's module dropping ThreadingMixIn on disk takes it away", async function () {
      this.timeout(60_000);
      await inProjectCopy('quiz_buzzer', 'contestant.py', async ({ s, dir, uri }) => {
        const found = await s.pull(uri);
        assert.deepEqual(found.map((d) => [d.code, d.range.start.line + 1]), [['GIL004', 8], ['GIL001', 12]]);
        assert.match(messageOf(found[1]), /the request handler ContestantHandler, run on a thread per request by BuzzerServer in host\.py at line 7/);
        // The server now serves one connection after another.
        const server = join(dir, 'buzzer_server.py');
        writeFileSync(server, readFileSync(server, 'utf8').replace('socketserver.ThreadingMixIn, ', ''));
        await refreshedAfterChange(s, server);
        assert.deepEqual(await s.pull(uri), []);
      });
    });
  });
});
