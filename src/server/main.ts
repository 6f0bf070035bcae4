/**
 * GIL Lab's language server: race diagnostics (pull, or push for clients without pull), quick
 * fixes, and the functions of a document for the CodeLenses. Started by the extension over IPC or
 * by anything else over stdio (`node dist/server.js --stdio`).
 */
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Parser } from 'web-tree-sitter';
import { incomingKey, type IncomingThreadEntry } from '../analysis/crossModule';
import { createPythonParser } from '../analysis/parser';
import type { AnalysisResult } from '../analysis/raceAnalysis';
import { CODES, DIAGNOSTIC_SOURCE, FUNCTIONS_REQUEST, WARMED_UP_NOTIFICATION, type Finding, type FunctionsParams, type FunctionsResult, type ServerInitOptions, type WarmedUpParams } from '../shared/analysis';
import { DEFAULT_SETTINGS, type DiagnosticSeverityName, type ServerSettings } from '../shared/settings';
import { STEPS, stepCommandUri, stepHandlerUri } from '../shared/walkthrough';
import { AnalysisCache } from './analysisCache';
import { DocumentState } from './documentState';
import { ProjectThreads } from './projectThreads';
import { warmUp } from './warmUp';

const connection = createConnection(ProposedFeatures.all);
const states = new Map<string, DocumentState>();
const stateOf = (uri: string) => states.get(uri) ?? states.set(uri, new DocumentState()).get(uri)!;

const documents = new TextDocuments<TextDocument>({
  create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
  update: (document, changes, version) => {
    const state = stateOf(document.uri);
    let updated = document;
    for (const change of changes) {
      state.editTree(updated, change);
      updated = TextDocument.update(updated, [change], version);
    }
    return updated;
  },
});

let parser: Parser | undefined;
const parserReady = createPythonParser().then((p) => (parser = p));
/** Analyses of earlier sessions, when the client gave a directory for them. */
let cache: AnalysisCache | undefined;
let pullDiagnostics = false;
let configurationRequests = false;
/** VS Code's URI scheme when the client is GIL Lab's extension; other clients get `command:` links. */
let uriScheme: string | undefined;
/** The workspace folders' paths, indexed after start-up for threads that cross modules. */
let workspaceRoots: string[] = [];

const filePath = (uri: string): string | undefined => {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
};
const project = new ProjectThreads((file) => documents.get(pathToFileURL(file).href)?.getText() ?? documents.all().find((d) => filePath(d.uri) === file)?.getText());

/**
 * The threads other files of the workspace start on this document's code, as last worked out (none
 * until the index is read). When those may be stale they are worked out again in the background, and
 * the diagnostics asked for again if they changed.
 */
function incomingOf(uri: string): IncomingThreadEntry[] {
  const file = filePath(uri);
  if (file === undefined || !parser || !project.ready) return [];
  const kept = project.kept(file);
  if (!kept?.current) refreshWhereIncomingChanged();
  return kept?.entries ?? [];
}

connection.onInitialize((params) => {
  pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
  configurationRequests = !!params.capabilities.workspace?.configuration;
  const options = params.initializationOptions as ServerInitOptions | undefined;
  const scheme = options?.uriScheme;
  uriScheme = typeof scheme === 'string' && /^[a-z][a-z0-9+.-]*$/i.test(scheme) ? scheme : undefined;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceRoots = folders.map(filePath).filter((p): p is string => p !== undefined);
  if (typeof options?.cacheDir === 'string' && path.isAbsolute(options.cacheDir)) {
    try {
      cache = new AnalysisCache(options.cacheDir, __filename);
    } catch (err) {
      connection.console.warn(`No analysis cache: ${String(err)}`);
    }
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'GIL Lab Race Analysis' },
  };
});

/**
 * Settings per document (they are resource-scoped), asked of the client once and kept until the
 * client says the `gilLab` section changed or the document closes: a pull then costs no round trip.
 */
const settingsCache = new Map<string, Promise<ServerSettings>>();
function settingsFor(uri: string): Promise<ServerSettings> {
  if (!configurationRequests) return Promise.resolve({ diagnostics: DEFAULT_SETTINGS.diagnostics });
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'gilLab' }).then((c: Partial<ServerSettings> | null) => ({
      diagnostics: { ...DEFAULT_SETTINGS.diagnostics, ...(c?.diagnostics ?? {}) },
    }));
    settingsCache.set(uri, settings);
  }
  return settings;
}

const SEVERITY: Record<DiagnosticSeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const stepLink = (step: string) => (uriScheme ? stepHandlerUri(uriScheme, step) : stepCommandUri(step));

function toDiagnostic(uri: string, f: Finding, severity: DiagnosticSeverity): Diagnostic {
  return {
    range: f.range,
    severity,
    code: f.code,
    codeDescription: { href: stepLink(f.code === CODES.unlockedSharedWrite || f.code === CODES.checkThenAct ? STEPS.pitfallRace : STEPS.practiceLocks) },
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: r.file !== undefined ? pathToFileURL(r.file).href : uri, range: r.range }, message: r.message })),
  };
}

/** How long after the last analysis of a document its result is written to the cache. */
const CACHE_WRITE_DELAY_MS = 2000;
/** How long after serving a kept analysis the server checks it with its own (and builds the tree). */
const VERIFY_DELAY_MS = 300;
const cacheWrites = new Map<string, NodeJS.Timeout>();

/**
 * The analysis of a document's current version: computed once per version; for a document's first
 * version, taken from the cache when an earlier session analysed the same text, then verified.
 */
function analysisOf(uri: string, document: TextDocument): { result: AnalysisResult; hasError: boolean } {
  const state = stateOf(uri);
  const incoming = incomingOf(uri);
  // (An earlier session's analysis knew of no threads from other files: kept only where there are none.)
  if (incoming.length === 0 && !state.has(document.version) && !state.tree && cache) {
    const kept = cache.get(document.getText());
    if (kept) {
      state.adopt(document.version, kept);
      connection.console.log(`Analysis of ${uri} (version ${document.version}) taken from an earlier session; checking it.`);
      setTimeout(() => verifyKept(uri, document.version, kept), VERIFY_DELAY_MS);
      return kept;
    }
  }
  const fresh = !state.has(document.version, incoming);
  const analysis = state.analysis(parser!, document, incoming);
  if (fresh && cache && incoming.length === 0) {
    clearTimeout(cacheWrites.get(uri));
    cacheWrites.set(uri, setTimeout(() => keep(uri), CACHE_WRITE_DELAY_MS));
  }
  return analysis;
}

/** Writes the latest analysis of a document to the cache, if it is still the current version's. */
function keep(uri: string, document = documents.get(uri)): void {
  clearTimeout(cacheWrites.get(uri));
  cacheWrites.delete(uri);
  const state = states.get(uri);
  if (!cache || !document || !state?.has(document.version) || state.analysedIncoming !== '') return;
  try {
    cache.put(document.getText(), state.analysis(parser!, document));
  } catch (err) {
    connection.console.warn(`Could not keep the analysis of ${uri}: ${String(err)}`);
  }
}

/** Analyses a document whose analysis came from the cache; if the result differs, the diagnostics are asked for again. */
function verifyKept(uri: string, version: number, kept: { result: AnalysisResult; hasError: boolean }): void {
  const document = documents.get(uri);
  if (!document || document.version !== version || !parser) return; // changed or closed: the next analysis is a fresh one
  try {
    const checked = stateOf(uri).reanalyse(parser, document);
    if (JSON.stringify(checked) === JSON.stringify(kept)) return;
    connection.console.warn(`The kept analysis of ${uri} differed from a fresh one; diagnostics refreshed.`);
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else schedulePush(uri);
  } catch (err) {
    connection.console.error(`Analysis of ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

async function findingsOf(uri: string): Promise<Finding[] | undefined> {
  const document = documents.get(uri);
  if (!document) return undefined;
  await parserReady;
  try {
    return analysisOf(uri, document).result.findings;
  } catch (err) {
    // Never let one odd file take the server down.
    connection.console.error(`Analysis of ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return [];
  }
}

async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
  const settings = await settingsFor(uri);
  if (!settings.diagnostics.enable) return [];
  const findings = (await findingsOf(uri)) ?? [];
  const { severity, checkThenActSeverity } = settings.diagnostics;
  return findings.map((f) => toDiagnostic(uri, f, SEVERITY[f.code === CODES.checkThenAct ? checkThenActSeverity : severity] ?? DiagnosticSeverity.Warning));
}

connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => ({
  kind: DocumentDiagnosticReportKind.Full,
  items: await diagnosticsOf(params.textDocument.uri),
}));

// Push for clients without pull diagnostics, debounced per document.
const pushTimers = new Map<string, NodeJS.Timeout>();
function schedulePush(uri: string): void {
  if (pullDiagnostics) return;
  clearTimeout(pushTimers.get(uri));
  pushTimers.set(
    uri,
    setTimeout(async () => {
      pushTimers.delete(uri);
      const document = documents.get(uri);
      if (document) await connection.sendDiagnostics({ uri, version: document.version, diagnostics: await diagnosticsOf(uri) });
    }, 150),
  );
}
documents.onDidOpen((e) => schedulePush(e.document.uri));
documents.onDidChangeContent((e) => schedulePush(e.document.uri));
documents.onDidClose((e) => {
  settingsCache.delete(e.document.uri);
  if (cacheWrites.has(e.document.uri)) keep(e.document.uri, e.document); // now, before its state goes (the manager has let go of it already)
  states.get(e.document.uri)?.dispose();
  states.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) schedulePush(d.uri);
});

connection.onCodeAction(async (params) => {
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours.length === 0) return [];
  const findings = (await findingsOf(params.textDocument.uri)) ?? [];
  const document = documents.get(params.textDocument.uri);
  const actions: CodeAction[] = [];
  for (const d of ours) {
    const f = findings.find((x) => x.code === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
    if (!f) continue;
    if (f.fix) {
      const action = CodeAction.create(f.fix.title, { changes: { [params.textDocument.uri]: f.fix.edits } }, CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.isPreferred = true;
      actions.push(action);
    }
    if (document) {
      const line = document.getText({ start: { line: f.range.start.line, character: 0 }, end: { line: f.range.start.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      const suppress = CodeAction.create(
        `Suppress ${f.code} on this line (# noqa: ${f.code})`,
        { changes: { [params.textDocument.uri]: [{ range: { start: { line: f.range.start.line, character: line.length }, end: { line: f.range.start.line, character: line.length } }, newText: `  # noqa: ${f.code}` }] } },
        CodeActionKind.QuickFix,
      );
      suppress.diagnostics = [d];
      actions.push(suppress);
    }
  }
  return actions;
});

connection.onRequest(FUNCTIONS_REQUEST, async (params: FunctionsParams): Promise<FunctionsResult> => {
  const document = documents.get(params.uri);
  if (!document) return { version: null, hasSyntaxError: false, functions: [] };
  await parserReady;
  const state = stateOf(params.uri);
  try {
    const { result, hasError } = analysisOf(params.uri, document);
    if (!hasError) return { version: document.version, hasSyntaxError: false, functions: result.functions };
    return { version: null, hasSyntaxError: true, functions: state.lastGoodFunctions?.functions ?? result.functions };
  } catch (err) {
    connection.console.error(`Listing functions of ${params.uri} failed: ${String(err)}`);
    return { version: null, hasSyntaxError: true, functions: state.lastGoodFunctions?.functions ?? [] };
  }
});

// Warm the parser and the analysis while no document is open (see warmUp.ts). A client sends its open
// documents right after `initialized`, so the short wait leaves a server started by an open alone.
connection.onInitialized(() => {
  setTimeout(async () => {
    await parserReady;
    const shouldStop = () => documents.all().length > 0;
    if (shouldStop()) return;
    const { rounds, ms } = await warmUp(parser!, { shouldStop });
    connection.console.log(`Warm-up: ${rounds} rounds of parse and analysis in ${ms.toFixed(0)} ms${shouldStop() ? ' (stopped: a document opened)' : ''}.`);
    if (rounds > 0) void connection.sendNotification(WARMED_UP_NOTIFICATION, { rounds, ms } satisfies WarmedUpParams);
  }, 100);
  // Read the workspace's Python files once the first diagnostics are out, for threads that cross modules.
  if (workspaceRoots.length > 0) {
    setTimeout(async () => {
      await parserReady;
      const started = performance.now();
      try {
        const said = await project.index(workspaceRoots);
        connection.console.log(`${said} (${(performance.now() - started).toFixed(0)} ms).`);
        refreshWhereIncomingChanged();
      } catch (err) {
        connection.console.warn(`Could not index the workspace's Python files: ${String(err)}`);
      }
    }, INDEX_DELAY_MS);
  }
});

/** How long after start-up the workspace's files are read (the first open's analysis goes first). */
const INDEX_DELAY_MS = 1000;
let incomingCheck: NodeJS.Timeout | undefined;

/** Works out the threads from other files of the open documents again, and asks for the diagnostics again where they changed. */
function refreshWhereIncomingChanged(): void {
  clearTimeout(incomingCheck);
  incomingCheck = setTimeout(async () => {
    if (!parser || !project.ready) return;
    const stale: TextDocument[] = [];
    for (const d of documents.all()) {
      const file = filePath(d.uri);
      const analysed = states.get(d.uri)?.analysedIncoming;
      if (file === undefined || analysed === undefined) continue;
      if (analysed !== incomingKey(await project.incomingFor(parser, file))) stale.push(d);
    }
    if (stale.length === 0) return;
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const d of stale) schedulePush(d.uri);
  }, 200);
}

async function fileChanged(uri: string, deleted = false): Promise<void> {
  const file = filePath(uri);
  if (file === undefined || !project.ready) return;
  await project.changed(file, deleted);
  refreshWhereIncomingChanged();
}
documents.onDidSave((e) => void fileChanged(e.document.uri));
connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const c of changes) await fileChanged(c.uri, c.type === FileChangeType.Deleted);
});

documents.listen(connection);
connection.listen();
