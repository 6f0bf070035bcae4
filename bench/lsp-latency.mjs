/**
 * Language server latency: dist/server.js over stdio, a 5,000-line Python file opened, then
 * single-character edits (alternately inside a comment and inside a number literal, so the file
 * stays valid and findings stay put), each followed by a pull of diagnostics. Latency = from sending
 * didChange to the pull's answer. Reference, in this process and interleaved with the edits: a full
 * parse (no old tree) + race analysis of the same text; the ratio server / reference tells how much
 * the incremental parse, the protocol and the process hop add or save. Also timed in process: the
 * server's own DocumentState (incremental parse + analysis) on the same edits, and on edits that
 * change what unchanged statements mean (a global rebound, an import added), where the statement
 * summaries the server keeps between edits help less.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDir, fmt, median, quantile, requireTs, root, run, serverJs, table } from './lib/common.mjs';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
} = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

export const LINES = 5000;

/** A 5,000-line module with threads, locks, shared globals, Thread subclasses and plain helpers. */
export function generateFile() {
  const out = ['"""Generated for the language-server latency bench: 5,000 lines of threaded Python."""', 'import threading', 'import queue', ''];
  for (let i = 0; out.length < LINES; i++) {
    const racy = i % 4 === 0; // every fourth worker forgets its lock
    out.push(
      `# ---- block ${i}: a worker, its shared state and the threads that run it`,
      `counter_${i} = 0`,
      `totals_${i} = {}`,
      `lock_${i} = threading.Lock()`,
      `jobs_${i} = queue.Queue()`,
      '',
      '',
      `def work_${i}(n):`,
      `    """Adds up n steps into the shared counter."""`,
      `    global counter_${i}`,
      `    for step in range(n):`,
      `        value = step * ${i + 1} % 7  # edit`,
      racy ? `        counter_${i} += value` : `        with lock_${i}:`,
      racy ? `        totals_${i}[step % 3] = totals_${i}.get(step % 3, 0) + 1` : `            counter_${i} += value`,
      `        jobs_${i}.put(value)`,
      `    return counter_${i}`,
      '',
      '',
      `class Worker${i}(threading.Thread):`,
      `    def __init__(self):`,
      `        super().__init__()`,
      `        self.hits = 0`,
      `        self._lock = threading.Lock()`,
      '',
      `    def run(self):`,
      `        for _ in range(10):`,
      `            with self._lock:`,
      `                self.hits += 1`,
      '',
      '',
      `def helper_${i}(items):`,
      `    result = []`,
      `    for item in items:`,
      `        if item % 2:`,
      `            result.append(item * 2)`,
      `        else:`,
      `            result.append(item + 1)`,
      `    return sorted(result)`,
      '',
      '',
      `threads_${i} = [threading.Thread(target=work_${i}, args=(100,)) for _ in range(2)]`,
      `for t in threads_${i}:`,
      `    t.start()`,
      `for t in threads_${i}:`,
      `    t.join()`,
      '',
      '',
    );
  }
  out.length = LINES;
  return `${out.join('\n')}\n`;
}

/** The k-th single-character edit of `doc`: into a comment on even k, into a number on odd k. */
function editFor(doc, k) {
  const lines = doc.getText().split('\n');
  const marker = k % 2 === 0 ? '# edit' : 'for _ in range(10';
  const hits = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].includes(marker)) hits.push(i);
  const line = hits[(k * 37) % hits.length];
  const character = lines[line].indexOf(marker) + marker.length;
  const text = k % 2 === 0 ? 'abcdefghijklmnopqrstuvwxyz'[k % 26] : String(k % 10);
  return { range: { start: { line, character }, end: { line, character } }, text };
}

/** Node's options for the server's process, as the extension starts it (src/shared/analysis.ts). */
let serverExecArgv = [];

/** dist/server.js over stdio, with a client that answers what the server asks of it. */
function startServer(initializationOptions) {
  const proc = spawn(process.execPath, [...serverExecArgv, serverJs, '--stdio'], { cwd: root, stdio: 'pipe' });
  const stderr = [];
  proc.stderr.on('data', (d) => stderr.push(d.toString()));
  const conn = createProtocolConnection(proc.stdout, proc.stdin);
  conn.onRequest('workspace/configuration', () => [{}]);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  const logs = [];
  conn.onNotification('window/logMessage', (m) => logs.push(m.message));
  let warmedUp;
  conn.onNotification('gilLab/warmedUp', (p) => (warmedUp = p));
  conn.listen();
  const initialize = async () => {
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } }, workspaceFolders: null, initializationOptions });
    await conn.sendNotification(InitializedNotification.type, {});
  };
  const pull = async (uri) => {
    const report = await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
    return report.items;
  };
  const stop = async () => {
    try {
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
    } finally {
      setTimeout(() => proc.exitCode === null && proc.kill(), 2000).unref();
      conn.dispose();
    }
  };
  return { proc, conn, stderr, logs, warmedUp: () => warmedUp, initialize, pull, stop };
}

/** Starts a server, waits for its warm-up to end (its log says so), then times open -> first diagnostics. */
async function openInWarmedServer(text, uri) {
  const server = startServer();
  try {
    await server.initialize();
    const deadline = performance.now() + 15000;
    while (!server.warmedUp() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const warmUpLog = server.logs.find((l) => l.startsWith('Warm-up:'));
    const t = performance.now();
    await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
    const findings = (await server.pull(uri)).length;
    return { openMs: performance.now() - t, findings, warmUpLog: warmUpLog ?? 'no warm-up reported within 15 s' };
  } finally {
    await server.stop();
  }
}

/**
 * Open -> first diagnostics in a server started by the open, for a file an earlier session analysed
 * (VS Code restoring an editor): one server analyses the file and closes it, which writes its cache
 * entry (src/server/analysisCache.ts); a second server, started as the open's, gets the same text.
 */
async function openKeptFromEarlierSession(text, uri) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gil-lab-bench-cache-'));
  try {
    const earlier = startServer({ cacheDir });
    try {
      await earlier.initialize();
      await earlier.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
      await earlier.pull(uri);
      await earlier.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      for (const deadline = performance.now() + 10_000; readdirSync(cacheDir).length === 0; ) {
        if (performance.now() > deadline) throw new Error('the earlier session wrote no cache entry');
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await earlier.stop();
    }
    const server = startServer({ cacheDir });
    try {
      await server.initialize();
      const t = performance.now();
      await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
      const findings = (await server.pull(uri)).length;
      const openMs = performance.now() - t;
      // Let the server check what it served, as it does after a restore, and say if it disagreed.
      await new Promise((r) => setTimeout(r, 1500));
      return { openMs, findings, fromCache: server.logs.some((l) => l.includes('earlier session')), disagreed: server.logs.some((l) => l.includes('differed')) };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

export async function lspLatency({ full, log }) {
  const edits = full ? 200 : 50;
  const { createPythonParser } = await requireTs('src/analysis/parser.ts');
  const { analyze } = await requireTs('src/analysis/raceAnalysis.ts');
  const { DocumentState } = await requireTs('src/server/documentState.ts');
  serverExecArgv = [...(await requireTs('src/shared/analysis.ts')).SERVER_EXEC_ARGV];
  const refParser = await createPythonParser();
  const incParser = await createPythonParser();

  const text = generateFile();
  // The first parse + analysis in a fresh process: as cold as the server's first one (wasm not tiered
  // up, JavaScript not optimised) but without the protocol, so open -> first diagnostics can be told
  // apart into cold code and what the server adds. (This process's own first analysis may already be
  // warm: the check bench's in-process sweep runs the same modules before this one.)
  const first = await run(process.execPath, [`${benchDir}/lib/first-analysis.mjs`], { input: text });
  if (first.code !== 0) throw new Error(`first-analysis.mjs failed: ${first.stderr.slice(-500)}`);
  const cold = JSON.parse(first.stdout);
  const coldFirstMs = cold.parseMs + cold.analysisMs;
  const uri = 'file:///bench/generated_5000.py';
  // Open -> first diagnostics as a user meets it when opening a Python workspace started the server
  // earlier: it warmed up while no file was open (src/server/warmUp.ts). Its own server, timed first.
  // Several servers, one open each: a single first open swings by a fifth with the garbage collector.
  const warmStarts = [];
  for (let k = 0; k < (full ? 7 : 3); k++) warmStarts.push(await openInWarmedServer(text, uri));
  const warmStart = { openMs: median(warmStarts.map((w) => w.openMs)), openMsEach: warmStarts.map((w) => w.openMs), findings: warmStarts[0].findings, warmUpLog: warmStarts[0].warmUpLog };
  const kept = await openKeptFromEarlierSession(text, uri);
  if (!kept.fromCache) throw new Error('the second server did not take the earlier session\'s analysis');
  const server = startServer();
  const { conn, stderr } = server;

  const pull = () => server.pull(uri);
  const reference = (t) => {
    const start = performance.now();
    const tree = refParser.parse(t);
    const n = analyze(tree, t).findings.length;
    tree.delete();
    return { ms: performance.now() - start, findings: n };
  };

  const scenarios = [
    { label: 'a module global rebound (`counter_0 = 0` <-> a Lock): the writes that read it re-checked', from: 'counter_0 = 0\n', to: 'counter_0 = threading.Lock()\n', edits: full ? 40 : 10, ms: [] },
    { label: 'an unrelated import added and removed (`import queue, json`)', from: 'import queue\n', to: 'import queue, json\n', edits: full ? 40 : 10, ms: [] },
    { label: 'an alias of threading added and removed: every statement re-summarised', from: 'import threading\n', to: 'import threading, threading as th\n', edits: full ? 40 : 10, ms: [] },
  ];
  const latencies = [];
  const references = [];
  const incremental = [];
  let openMs;
  let findingsFirst;
  let findingsLast;
  let mismatches = 0;
  try {
    let doc = TextDocument.create(uri, 'python', 1, text);
    const state = new DocumentState();
    state.analysis(incParser, doc);
    // Open right after the handshake, as a client does with the file whose opening started the server.
    await server.initialize();
    let t = performance.now();
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
    findingsFirst = (await pull()).length;
    openMs = performance.now() - t;
    log(`  opened ${LINES} lines: ${fmt.ms(openMs)} to first diagnostics (${findingsFirst} findings; ${warmStart.findings} in the warmed server); ${edits} edits`);

    for (let k = 0; k < edits; k++) {
      const change = editFor(doc, k);
      const version = doc.version + 1;
      t = performance.now();
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      const items = await pull();
      latencies.push(performance.now() - t);
      findingsLast = items.length;

      // The same edit in process: the server's own DocumentState (incremental), then the reference.
      const before = doc;
      state.editTree(before, change);
      doc = TextDocument.update(before, [change], version);
      t = performance.now();
      const inc = state.analysis(incParser, doc).result.findings.length;
      incremental.push(performance.now() - t);
      const ref = reference(doc.getText());
      references.push(ref.ms);
      if (ref.findings !== items.length || inc !== items.length) mismatches++;
    }
    // Edits that change what unchanged statements mean, in process: the kept summaries help less.
    const replaceOnce = (search, replacement) => {
      const at = doc.getText().indexOf(search);
      if (at < 0) throw new Error(`the bench file lacks ${JSON.stringify(search)}`);
      return { range: { start: doc.positionAt(at), end: doc.positionAt(at + search.length) }, text: replacement };
    };
    for (const s of scenarios) {
      for (let k = 0; k < s.edits; k++) {
        const change = k % 2 === 0 ? replaceOnce(s.from, s.to) : replaceOnce(s.to, s.from);
        state.editTree(doc, change);
        doc = TextDocument.update(doc, [change], doc.version + 1);
        t = performance.now();
        state.analysis(incParser, doc);
        s.ms.push(performance.now() - t);
      }
    }
  } finally {
    await server.stop();
  }

  const result = {
    lines: LINES,
    edits,
    openToDiagnosticsMs: openMs,
    openInWarmedServer: warmStart,
    openKeptFromEarlierSession: kept,
    freshProcessFirstAnalysis: { parseMs: cold.parseMs, analysisMs: cold.analysisMs, findings: cold.findings },
    findings: { afterOpen: findingsFirst, afterEdits: findingsLast, mismatchesWithReference: mismatches },
    server: { medianMs: median(latencies), p95Ms: quantile(latencies, 0.95), maxMs: Math.max(...latencies), minMs: Math.min(...latencies) },
    referenceFullParse: { medianMs: median(references), p95Ms: quantile(references, 0.95) },
    inProcessIncremental: { medianMs: median(incremental), p95Ms: quantile(incremental, 0.95) },
    ratio: {
      serverOverFullParse: median(latencies) / median(references),
      inProcessIncrementalOverFullParse: median(incremental) / median(references),
      openOverFullParse: openMs / median(references),
      openInWarmedServerOverFullParse: warmStart.openMs / median(references),
      openKeptFromEarlierSessionOverFullParse: kept.openMs / median(references),
      freshProcessFirstAnalysisOverFullParse: coldFirstMs / median(references),
    },
    otherEditsInProcess: scenarios.map((s) => ({ edit: s.label, edits: s.edits, medianMs: median(s.ms), p95Ms: quantile(s.ms, 0.95) })),
    goalMedianMs: 25,
    serverStderr: stderr.join('').slice(-2000),
  };
  const text2 = table([
    [`edit -> diagnostics, ${LINES}-line file, ${edits} edits`, 'median', 'p95', 'ratio to reference'],
    ['language server over stdio (didChange + pull)', fmt.ms(result.server.medianMs), fmt.ms(result.server.p95Ms), fmt.ratio(result.ratio.serverOverFullParse)],
    ['in process: DocumentState (incremental parse + analysis)', fmt.ms(result.inProcessIncremental.medianMs), fmt.ms(result.inProcessIncremental.p95Ms), fmt.ratio(result.ratio.inProcessIncrementalOverFullParse)],
    ['reference, in process: full parse + analysis', fmt.ms(result.referenceFullParse.medianMs), fmt.ms(result.referenceFullParse.p95Ms), '1.000'],
    ...result.otherEditsInProcess.map((s) => [`in process, ${s.edit}`, fmt.ms(s.medianMs), fmt.ms(s.p95Ms), fmt.ratio(s.medianMs / result.referenceFullParse.medianMs)]),
  ]);
  return {
    result,
    text: `${text2}\nopen -> first diagnostics, server started by the open: ${fmt.ms(openMs)} (${fmt.ratio(result.ratio.openOverFullParse)} of the reference); server started with the workspace: ${fmt.ms(warmStart.openMs)}, median of ${warmStarts.length} servers (${fmt.ratio(result.ratio.openInWarmedServerOverFullParse)}; each ${warmStarts.map((w) => fmt.ratio(w.openMs / median(references))).join(' ')}; the first one's log: ${warmStart.warmUpLog}); server started by the open of a file an earlier session analysed: ${fmt.ms(kept.openMs)} (${fmt.ratio(result.ratio.openKeptFromEarlierSessionOverFullParse)}; checked afterwards: ${kept.disagreed ? 'DIFFERED' : 'the same'})\nthe first parse + analysis in a fresh process, as cold but without the protocol: ${fmt.ms(coldFirstMs)} (${fmt.ratio(result.ratio.freshProcessFirstAnalysisOverFullParse)}; parse ${fmt.ms(cold.parseMs)}, analysis ${fmt.ms(cold.analysisMs)})\nfindings ${findingsFirst} after open, ${findingsLast} after the edits; server/reference finding-count mismatches: ${mismatches}`,
    failed: mismatches
      ? `${mismatches} edits where the server's findings differ from a fresh analysis`
      : kept.findings !== findingsFirst || kept.disagreed
        ? `the earlier session's analysis gave ${kept.findings} findings (${kept.disagreed ? 'a fresh one differed' : 'a fresh one agreed'}), the open ${findingsFirst}`
      : warmStarts.some((w) => w.findings !== findingsFirst)
        ? `a warmed server found ${warmStarts.map((w) => w.findings).join('/')} on open, the other ${findingsFirst}`
        : undefined,
  };
}
