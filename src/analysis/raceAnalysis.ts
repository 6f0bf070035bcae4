/**
 * Finds shared state that code running in threads changes without a lock. Pure: no `vscode`, no LSP;
 * the server, the `check` CLI and plain mocha tests share it. Never throws on syntax errors: ERROR
 * nodes are simply not matched.
 *
 * The work is split in two (see statementSummary.ts): each top-level statement is summarised from
 * its own nodes, and those summaries are kept in an AnalysisMemo while the statement's text and the
 * module's imports stay the same; this module then resolves names, thread entry points and calls
 * across the summaries. An edit inside one function thus costs that function, not the whole file.
 */
import { Parser, type Node, type Tree } from 'web-tree-sitter';
import { CODES, type Finding, type FixSuggestion, type FunctionInfo, type Position0, type Range0 } from '../shared/analysis';
import { claimEdit, guardFix, SourceLines, suppressed, type FixContext, type InsertAt, type LockHome } from './fixes';
import {
  heldAt,
  methodNamed,
  classBodyContainers,
  classLevelContainers,
  functionWrites,
  StatementScope,
  summarizeStatement,
  containerBindingsIn,
  LINE_START_BINDING,
  type CallableRef,
  type Definition,
  type FunctionSummary,
  type FunctionWrites,
  type LockedUpdate,
  type ModuleFact,
  type ModuleView,
  type ReceiverRef,
  type ArgName,
  NEW_OBJECT,
  type CheckThenAct,
  MQTT_THREAD,
  APSCHEDULER_JOB,
  paramNames,
  STARTS_BY_NAME,
  type Passed,
  type SharedWrite,
  type StatementSummary,
  timerClassesIn,
  isEmptyContainer,
  queueDispatchIn,
  queueDispatchKey,
  takesLock,
  bindSummary,
  MONITOR_BASE,
  HAND_LOCK,
} from './statementSummary';
import { STDLIB_MODULES } from './stdlibModules';
import { CALL_FROM, THREADING_SERVER, threadingServerClasses, type IncomingThreadEntry, type ThreadHandOff } from './crossModule';
import { absolutePosition, absoluteRange, aliasesKey, callArgs, CLASS_TYPES, CONSTANT_VALUE, constructorKind, dotted, enclosing, escapeRegExp, FUNCTION_TYPES, HTTP_VERBS, importsModule, isStatusValue, isThreadPoolClass, LOCKISH, PLAIN_SELF_ATTRIBUTE, POOL_METHODS, qualify, range as rangeOf, relativeRange, REPEATING, REQUEST_HANDLERS, starImportNames, STATUS_STORE, threadPoolClasses, threadStartsHanded, VIEW_CLASSES, walk, WATCHDOG_HANDLERS, WEBSOCKET_THREAD, withItemValue, type StateKind } from './syntax';

export interface AnalysisResult {
  findings: Finding[];
  functions: FunctionInfo[];
  /** Imported code this module runs on threads, for the module that defines it (see crossModule.ts). */
  handOffs?: ThreadHandOff[];
}

/**
 * The statement summaries of one document, kept from one analysis to the next (the language server
 * keeps one per open document). Summaries of statements that are gone are dropped on each analysis.
 */
export class AnalysisMemo {
  private contextKey = '';
  private summaries = new Map<string, StatementSummary>();
  private next = new Map<string, StatementSummary>();

  /** Starts an analysis; summaries depend on the module's context (its imports), so a new one drops them all. */
  begin(contextKey: string): void {
    if (contextKey !== this.contextKey) this.summaries.clear();
    this.contextKey = contextKey;
    this.next = new Map();
  }

  /** The summary kept for a statement with this text, else `compute`'s. */
  summaryOf(statement: Node, text: string, compute: () => StatementSummary): StatementSummary {
    // (To the end of its last line: a comment there is in its functions' body lines, which scans read.)
    const key = `${statement.type}\u0000${text.slice(statement.startIndex, lineEndAfter(text, statement.endIndex))}`;
    const summary = this.next.get(key) ?? this.summaries.get(key) ?? compute();
    this.next.set(key, summary);
    return summary;
  }

  end(): void {
    this.summaries = this.next;
  }
}

/** A base class imported from the project and named for a thread (`StoppableThread`, `workers.BaseThread`): a Thread subclass, as a rule. */
const IMPORTED_THREAD_BASE = /^(?:\.*[\w.]*\.)?[A-Z]\w*Thread$/;

/** Quick test that spares the full analysis for files that cannot start a thread. */
const THREAD_HINT = /Thread|Timer|Lock\(|allocate_lock\s*\(|QMutex\b|[a-z0-9]_threads?\s*\(|SocketIO|socketio|add_event_|loop_start|pigpio|Phidget22|TeleBot|Flask|FastAPI|APIRouter|Blueprint|MethodView|flask_restx|flask_restful|current_app|submit\s*\(|to_thread|run_in_executor|Pool|\.i?map(?:_unordered|_async)?\(|\.apply(?:_async)?\(\s*[^\s)]|\.\s*starmap|Callback=|(?:import|from)\s+(?:gradio|rospy|dash|django|rest_framework|flask|cherrypy|pynput|werkzeug|google\.cloud|gpiozero|multitasking|apscheduler|watchdog|sounddevice|vlc)\b|QThread|QRunnable|_pb2_grpc\b|T(?:ThreadPool|Threaded)Server\b|(?:import|from)\s+[\w.]+\.\w*thread\w*\s/;

/**
 * False when the text cannot give a finding: it names nothing that starts a thread and none of the
 * lock mistakes. A linter run skips such files before parsing them (most files of a code base).
 */
const STARTS_SOMETHING = /\.\s*start\s*\(\s*\)/;

/** A call that hands back an item of a container or queue (`q.get()`, `jobs.pop()`), not a new object. */
const TAKES_ITEM = /\.(?:get|get_nowait|pop|popleft)$/;

/** Quick test for files that may run other modules' code on threads (see crossModule.ts), findings or not. */
export function mayHandOff(text: string): boolean {
  return mayHaveFindings(text) || STARTS_SOMETHING.test(text) || SERVES_REQUESTS.test(text);
}

export function mayHaveFindings(text: string): boolean {
  return THREAD_HINT.test(text) || /with\s+threading\.Lock\(\)|Semaphore/.test(text);
}

// ---------------------------------------------------------------- the module, from its statements

interface Statement {
  node: Node;
  /** Where the statement starts now: its summary's positions are relative to this. */
  base: Position0;
  summary: StatementSummary;
  /** The module text it takes: from its first line's start to its last line's end (see statementMatches). */
  from: number;
  to: number;
  /** Its nodes, indexed when a function in it needs its shared writes computed. */
  scope?: StatementScope;
}

interface FunctionRef {
  statement: Statement;
  definition: Definition & { t: 'function' };
  fn: FunctionSummary;
}

interface ClassInfo {
  name: string;
  methods: Map<string, FunctionRef>;
  isThread: boolean;
  /** A Thread subclass's method its thread runs: `run`, or the target its `__init__` hands the base (`super().__init__(target=self.pump)`). */
  run: string;
  /** Attributes assigned a lock or a semaphore in the class (`self._lock = threading.Lock()`). */
  lockAttrs: Set<string>;
  /** The subset that holds a Semaphore(n > 1), which does not exclude. */
  semaphoreAttrs: Set<string>;
  /** Attributes assigned `nullcontext()` or a choice of it and a lock (not in lockAttrs): they may hold nothing. */
  noLockAttrs: Set<string>;
  /** Lock attributes assigned a lock handed to the object (`self._lock = lock`): perhaps one for many objects. */
  handedLockAttrs: Set<string>;
  /** Lock attributes made in the class body (`lock = threading.Lock()`): one lock for every instance. */
  classBodyLockAttrs: Set<string>;
  site: Range0;
  /** For the lock fix: where a new method or class attribute goes, and what the class is built on. */
  bodyInsert: InsertAt | undefined;
  methodInsert: InsertAt | undefined;
  hasBases: boolean;
  bases: string[];
  isDataclass: boolean;
  isContainer: boolean;
}

interface Imports {
  aliases: Map<string, string>;
  threadingImported: { module?: string; lockName?: string };
  lastImportLine: number;
  /** `from players import *` of modules outside the standard library: names used here may come from them. */
  stars: string[];
}

interface Module {
  text: string;
  /** The text's lines, split once on first use (textual checks on the few candidates that need them). */
  lines?: string[];
  /** Where each line starts in the text, found once on first use (line ranges sliced without joining lines). */
  lineStarts?: number[];
  /** The globals only ever bound to containers at the start of a line, found once on first use. */
  containerGlobals?: Set<string>;
  imports: Imports;
  statements: Statement[];
  /** "f", "C.m", "outer.inner" → its definition; a name defined twice is its last definition. */
  functions: Map<string, FunctionRef>;
  classes: Map<string, ClassInfo>;
  /** The last module-level binding of each global, and every binding in document order (`line` 0-based). */
  globals: Map<string, { kind: StateKind; endLine: number }>;
  globalHistory: Map<string, { kind: StateKind; line: number; ctor?: string; alias?: string }[]>;
  /** Calls of each top-level function name that pass names, with where they are (built on first use). */
  callSites?: Map<string, { args: ArgName[]; at: NameContext }[]>;
  /** `x.name(` and `x.name` handed on (before `,` `)` `]`), by `name`: the receiver and where (built on first use). */
  memberUses?: Map<string, { receiver: string; index: number }[]>;
  /** madeOnceAt's answers, by its arguments: many rules ask it of the same classes. */
  madeOnce?: Map<string, Range0 | undefined>;
  /** The text files the module opens for writing (see textFilesOf; built on first use). */
  textFiles?: { globals: Set<string>; names: Set<string> };
  /** Where each name is called (`Name(`, `x.Name(`), by name: text offsets in document order (built on first use). */
  nameCalls?: Map<string, number[]>;
  /** statementMatches's answers, by pattern, and functionMatches's, by function and pattern. */
  scans?: Map<RegExp, RegExpMatchArray[]>;
  /** Each statement's kept scans (see statementMatches), in the order of `statements`. */
  statementScans?: Map<RegExp, { kept: KeptMatch[]; from: number; matches: RegExpMatchArray[] }>[];
  /** Earlier definitions of a name defined again later, in order (the last one is in `functions`). */
  redefined: Map<string, FunctionRef[]>;
  /** Executors and pools bound to names anywhere ("ex" from `with ThreadPoolExecutor() as ex`). */
  executors: Map<string, StateKind>;
}

/** The top modules of the classes that make a pool of threads (`concurrent`, `multiprocessing`). */
const THREAD_POOL_MODULES: ReadonlySet<string> = new Set(threadPoolClasses().map((q) => q.split('.')[0]));

/** Python 2's names of the standard modules the analysis knows (`SocketServer`), as Python 3 spells them. */
const PYTHON2_MODULES: ReadonlyMap<string, string> = new Map([['SocketServer', 'socketserver'], ['Queue', 'queue'], ['BaseHTTPServer', 'http.server'], ['SimpleHTTPServer', 'http.server'], ['SimpleXMLRPCServer', 'xmlrpc.server']]);
function python3Name(module: string): string {
  // (six's `six.moves.socketserver`, `six.moves.BaseHTTPServer.BaseHTTPRequestHandler`: the module it moves to.)
  const moved = /^six\.moves\.(\w+)(.*)$/.exec(module);
  if (moved) return `${python3Name(moved[1])}${moved[2]}`;
  return PYTHON2_MODULES.get(module) ?? module;
}

/** Whether `pattern` (global) matches `text` outside the given [start, end) ranges. */
function usedOutside(pattern: RegExp, text: string, ranges: [number, number][]): boolean {
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (!ranges.some(([start, end]) => m!.index >= start && m!.index < end)) return true;
  return false;
}

/** Top-level imports: what local names stand for, and how `threading` is reachable for a fix. */
function readImports(statements: Node[], text: string, topComments: [number, number][]): Imports {
  const imports: Imports = { aliases: new Map(), threadingImported: {}, lastImportLine: -1, stars: [] };
  const { aliases, threadingImported } = imports;
  for (const stmt of statements) {
    const type = stmt.type;
    if (type !== 'import_statement' && type !== 'import_from_statement') continue;
    // (An import inside a top-level `try`: a new import goes after the whole `try`.)
    const end = stmt.parent?.parent?.type === 'try_statement' ? stmt.parent.parent.endPosition.row : stmt.endPosition.row;
    if (type === 'import_statement') {
      imports.lastImportLine = end;
      for (const n of stmt.namedChildren) {
        if (!n) continue;
        if (n.type === 'dotted_name') aliases.set(n.text.split('.')[0], python3Name(n.text.split('.')[0]));
        if (n.type === 'aliased_import') {
          const name = n.childForFieldName('name')?.text;
          const alias = n.childForFieldName('alias')?.text;
          if (name && alias) aliases.set(alias, python3Name(name));
        }
        if (n.text === 'threading') threadingImported.module = 'threading';
        if (n.type === 'aliased_import' && n.childForFieldName('name')?.text === 'threading') threadingImported.module = n.childForFieldName('alias')?.text;
      }
    } else if (stmt.type === 'import_from_statement') {
      imports.lastImportLine = end;
      const from = stmt.childForFieldName('module_name')?.text;
      if (!from) continue;
      const module = python3Name(from);
      // `from threading import *`: the names the analysis knows, as if imported one by one.
      if (stmt.namedChildren.some((n) => n?.type === 'wildcard_import')) {
        for (const name of starImportNames(module)) aliases.set(name, `${module}.${name}`);
        if (!STDLIB_MODULES.has(module.replace(/^\.+/, '').split('.')[0]) || module.startsWith('.')) imports.stars.push(module);
      }
      for (const n of stmt.childrenForFieldName('name')) {
        if (!n) continue;
        const name = n.type === 'aliased_import' ? n.childForFieldName('name')?.text : n.text;
        const local = n.type === 'aliased_import' ? n.childForFieldName('alias')?.text : n.text;
        // (`from . import handlers`: `.handlers`, as Python spells the module.)
        if (name && local) aliases.set(local, module.endsWith('.') ? `${module}${name}` : python3Name(`${module}.${name}`));
        if (module === 'threading' && name === 'Lock' && local) threadingImported.lockName = local;
      }
    }
  }
  // A listing that uses `Thread(…)` or `Lock()` and imports neither (a book's snippet, a notebook cell
  // copied out): the names can only be threading's.
  // (Read in the module's text, not statement by statement: only its top-level comments are outside them.)
  for (const name of ['Thread', 'Lock']) {
    // (Bare: `threading.Lock()` is no use of a bare `Lock`, and asking the costly question below of every module that makes one is slow.)
    if (aliases.has(name) || !usedOutside(new RegExp(`(?<![\\w.])${name}\\s*\\(`, 'g'), text, topComments)) continue;
    if (new RegExp(`(?:^|;)[ \\t]*(?:(?:class|def)\\s+${name}\\b|${name}\\s*=[^=])`, 'm').test(text) || statements.some((st) => st.type === 'import_from_statement' && st.namedChildren.some((n) => n?.type === 'wildcard_import'))) continue;
    aliases.set(name, `threading.${name}`);
  }
  // `executor_cls = ThreadPoolExecutor` (perhaps `ProcessPoolExecutor` on another path), at module
  // level or in its `if` blocks: the name makes a thread pool when any of its values does. (Only
  // where a module of such a class is imported: most modules import none, and this reads every statement.)
  if (![...aliases.values()].some((q) => THREAD_POOL_MODULES.has(q.split('.')[0]))) return imports;
  for (const stmt of statements) {
    const type = stmt.type;
    if (type !== 'if_statement' && type !== 'expression_statement') continue;
    const blocks = type === 'if_statement' ? [stmt, ...stmt.namedChildren.filter((c) => c?.type === 'else_clause' || c?.type === 'elif_clause')].map((c) => c?.childForFieldName(c.type === 'else_clause' ? 'body' : 'consequence')) : [];
    for (const s of type === 'expression_statement' ? [stmt] : blocks.flatMap((b) => b?.namedChildren ?? [])) {
      const a = s?.type === 'expression_statement' ? s.namedChildren[0] : undefined;
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
      const right = a?.childForFieldName('right');
      // (`ProcessPoolExecutor if processes else ThreadPoolExecutor` too.)
      const values = right?.type === 'conditional_expression' ? [right.namedChildren[0], right.namedChildren[2]] : [right];
      const q = left?.type === 'identifier' ? values.map((v) => (v?.type === 'identifier' || v?.type === 'attribute' ? qualify(aliases, dotted(v)) : undefined)).find((x) => x !== undefined && isThreadPoolClass(x)) : undefined;
      if (q !== undefined) aliases.set(left!.text, q);
    }
  }
  return imports;
}

function buildModule(tree: Tree, text: string, memo: AnalysisMemo | undefined): Module {
  const nodes: Node[] = [];
  const importing: Node[] = [];
  const topComments: [number, number][] = [];
  for (const n of tree.rootNode.namedChildren) {
    const type = n?.type;
    if (n && type === 'comment') topComments.push([n.startIndex, n.endIndex]);
    if (!n || type === 'comment') continue;
    nodes.push(n);
    importing.push(n);
    // (`try: import threading as _t` / `except ImportError: import dummy_threading as _t`: the try's imports count.)
    if (type === 'try_statement') importing.push(...(n.childForFieldName('body')?.namedChildren.filter((c): c is Node => c?.type === 'import_statement' || c?.type === 'import_from_statement') ?? []));
  }
  const imports = readImports(importing, text, topComments);
  // A statement's summary reads nothing outside it but the imports, the root's type (a module, or an
  // ERROR node when the file does not parse: its statements are then not module-level) and the
  // module's repeating Timer subclasses and hand-written pools.
  memo?.begin(`${tree.rootNode.type}\u0000${aliasesKey(imports.aliases)}\u0000${[...timerClassesIn(text)].join(',')}\u0000${queueDispatchKey(queueDispatchIn(text))}`);
  const statements = nodes.map((node): Statement => {
    let scope: StatementScope | undefined;
    const summarize = () => summarizeStatement((scope = new StatementScope(node, text, imports.aliases)));
    // A statement with a syntax error is summarised afresh: tree-sitter's error recovery can give the
    // same text another tree in other surroundings, so its text alone does not name its summary.
    const summary = memo && !node.hasError ? memo.summaryOf(node, text, summarize) : summarize();
    const start = node.startIndex;
    const statement: Statement = { node, base: { line: node.startPosition.row, character: node.startPosition.column }, summary, scope, from: text.lastIndexOf('\n', start - 1) + 1, to: lineEndAfter(text, node.endIndex) };
    // (Its functions' bodies are read on first use, from this tree: a kept summary's own tree may be gone.)
    bindSummary(summary, () => (statement.scope ??= new StatementScope(node, text, imports.aliases)));
    return statement;
  });
  memo?.end();

  const module: Module = { text, imports, statements, functions: new Map(), classes: new Map(), globals: new Map(), globalHistory: new Map(), redefined: new Map(), executors: new Map() };
  // Definitions first (a lock attribute names its class by key), then what names are bound to.
  for (const statement of statements) {
    for (const d of statement.summary.definitions) {
      if (d.t === 'function') {
        const ref: FunctionRef = { statement, definition: d, fn: d.fn };
        const earlier = module.functions.get(d.key);
        if (earlier) {
          const list = module.redefined.get(d.key) ?? [];
          list.push(earlier);
          module.redefined.set(d.key, list);
        }
        module.functions.set(d.key, ref);
        if (d.parentIsClass) module.classes.get(d.parent)?.methods.set(d.name, ref);
      } else {
        module.classes.set(d.key, {
          name: d.key,
          methods: new Map(),
          isThread: d.isThread,
          run: 'run',
          lockAttrs: new Set(),
          semaphoreAttrs: new Set(),
          noLockAttrs: new Set(),
          handedLockAttrs: new Set(),
          classBodyLockAttrs: new Set(),
          site: absoluteRange(d.nameRange, statement.base),
          bodyInsert: d.bodyInsert && { line: statement.base.line + d.bodyInsert.line, indent: d.bodyInsert.indent },
          methodInsert: d.methodInsert && { line: statement.base.line + d.methodInsert.line, indent: d.methodInsert.indent },
          hasBases: d.hasBases,
          bases: d.bases,
          isDataclass: d.isDataclass,
          isContainer: d.isContainer,
        });
      }
    }
  }
  // A subclass of the module's own Thread subclass is one too (`class Worker(StoppableThread)`), and so is
  // one built on an imported class named for a thread (`from .util import StoppableThread`).
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of module.classes.values()) {
      if (c.isThread) continue;
      if (c.bases.some((b) => module.classes.get(b)?.isThread || (!module.classes.has(b) && IMPORTED_THREAD_BASE.test(b) && !STDLIB_MODULES.has(b.replace(/^\.+/, '').split('.')[0])))) c.isThread = grew = true;
    }
  }
  for (const c of module.classes.values()) {
    const init = c.isThread && !c.methods.has('run') ? c.methods.get('__init__') : undefined;
    const target = init && /\b__init__\s*\([^()]*\btarget\s*=\s*self\s*\.\s*(\w+)\s*[,)]/.exec(functionText(module, init))?.[1];
    if (target !== undefined && c.methods.has(target)) c.run = target;
  }
  /** Lock attributes stored from a parameter (`self.__sem = sem`), with the parameter. */
  const handedFrom: [ClassInfo, string, string][] = [];
  const unnamedFrom: [ClassInfo, string, string][] = [];
  for (const statement of statements) {
    for (const b of statement.summary.bindings) {
      if (b.t === 'global') {
        // (A lock made for it goes after its last binding at the top level, not inside a block; for a
        // name bound only in a block, before that block.)
        const before = module.globals.get(b.name);
        module.globals.set(b.name, { kind: b.kind, endLine: b.nested ? (before?.endLine ?? statement.base.line - 1) : statement.base.line + b.endLine });
        const history = module.globalHistory.get(b.name) ?? [];
        history.push({ kind: b.kind, line: statement.base.line, ...(b.ctor && { ctor: b.ctor }), ...(b.alias && { alias: b.alias }) });
        module.globalHistory.set(b.name, history);
      }
      // An executor attribute given a thread pool anywhere keeps it: `self.pool = ProcessPoolExecutor()` on
      // another path does not make the thread pool's submits run in processes.
      else if (b.t === 'executor') {
        if (module.executors.get(b.name) !== 'thread-executor') module.executors.set(b.name, b.kind);
      } else {
        for (const key of b.classes) {
          const c = module.classes.get(key);
          if (!c) continue;
          if (b.noLock) {
            c.noLockAttrs.add(b.attr);
            continue;
          }
          if (b.unnamed) {
            if (b.param !== undefined) unnamedFrom.push([c, b.attr, b.param]);
            continue;
          }
          c.lockAttrs.add(b.attr);
          if (b.semaphore) c.semaphoreAttrs.add(b.attr);
          if (b.handed) c.handedLockAttrs.add(b.attr);
          if (b.handed && b.param !== undefined) handedFrom.push([c, b.attr, b.param]);
          if (b.classBody) c.classBodyLockAttrs.add(b.attr);
        }
      }
    }
  }
  // A subclass of the standard library's queue holds its one mutex and the three Conditions made on it.
  for (const c of module.classes.values()) if (c.bases.some((b) => STDLIB_QUEUES.has(b))) for (const a of QUEUE_LOCK_ATTRS) c.lockAttrs.add(a);
  // A logging handler holds the lock its base makes (`self.lock`, from createLock()), and `handle()` holds it over `emit()`.
  for (const c of module.classes.values()) if (c.bases.some((b) => LOGGING_HANDLER.test(b))) c.lockAttrs.add('lock');
  // A subclass holds the locks its base classes in this module make (`self._hosts_lock = Lock()` in the base's `__init__`).
  const inherit = (c: ClassInfo, seen: Set<string>): void => {
    for (const name of c.bases) {
      const base = module.classes.get(name);
      if (!base || seen.has(name)) continue;
      seen.add(name);
      inherit(base, seen);
      for (const a of base.lockAttrs) if (!c.noLockAttrs.has(a)) c.lockAttrs.add(a);
      for (const a of base.semaphoreAttrs) c.semaphoreAttrs.add(a);
      for (const a of base.handedLockAttrs) c.handedLockAttrs.add(a);
      for (const a of base.classBodyLockAttrs) c.classBodyLockAttrs.add(a);
      // And, for a class that runs a thread of its own, the methods it does not define itself: `cache.put()`
      // on a subclass whose `__init__` starts its cleanup thread runs the base's put() beside that thread.
      if (startsOwnThread(module, c)) for (const [m, ref] of base.methods) if (!c.methods.has(m)) c.methods.set(m, ref);
    }
  };
  // A lock attribute stored from a parameter that every construction hands a Semaphore(n > 1)
  // (`TicketSeller(sem)` with `sem = threading.Semaphore(512)`): a semaphore, which does not exclude.
  // What the constructions hand a parameter that `__init__` keeps in an attribute (`Worker(lock)`, `Worker(lock=l1)`).
  const handedTo = (c: ClassInfo, param: string) => {
    const index = (c.methods.get('__init__')?.fn.params ?? []).indexOf(param) - 1;
    const sites = index < 0 ? [] : classCalls(module, c.name, 20).map((n) => (n.parent?.type === 'call' ? callArgs(n.parent) : undefined));
    return sites.map((args) => args?.keyword.get(param) ?? args?.positional[index]);
  };
  for (const [c, attr, param] of handedFrom) {
    const handed = handedTo(c, param);
    if (handed.length > 0 && handed.every((a) => a?.type === 'identifier' && (module.globals.get(a.text)?.kind === 'semaphore-n' || localSemaphoreN(module, a)))) c.semaphoreAttrs.add(attr);
  }
  // `self.l = l`, held by `with self.l:`, is a lock where every construction hands one (`th1(delay, l1)`, `l1 = threading.RLock()`).
  for (const [c, attr, param] of unnamedFrom) {
    const handed = handedTo(c, param);
    if (handed.length > 0 && handed.every((a) => a?.type === 'identifier' && (module.globals.get(a.text)?.kind === 'lock' || localOfKind(module, a, 'lock')))) (c.lockAttrs.add(attr), c.handedLockAttrs.add(attr));
  }
  for (const c of module.classes.values()) inherit(c, new Set([c.name]));
  return module;
}

/** A Thread subclass, or a class whose own methods start a thread or a Timer on one of its methods (`Thread(target=self._cleanup)`). */
function startsOwnThread(module: Module, c: ClassInfo): boolean {
  return c.isThread || [...c.methods.values()].some((ref) => ref.definition.key.startsWith(`${c.name}.`) && /\b(?:Thread|Timer)\s*\([^)]*\bself\s*\.\s*\w+/.test(functionText(module, ref)));
}

/**
 * The module facts a function's shared writes depend on, asked one name at a time, as they stand when
 * its threads start: a global rebound further down (`num = threading.local()` after the threads
 * ran) does not change what the threads saw. `startLine` is the first module-level line that starts
 * them, or Infinity when they start from inside functions (called, as a rule, once the module has run).
 */
function moduleView(module: Module, startLine = Infinity): ModuleView {
  const lockAttrs = new Set<string>();
  const semaphoreAttrs = new Set<string>();
  const noLockAttrs = new Set<string>();
  let nestedClasses: Set<string> | undefined;
  const accessors = new Map<string, ReturnType<ModuleView['accessor']>>();
  const dumpers = new Map<string, ReturnType<ModuleView['dumper']>>();
  for (const c of module.classes.values()) {
    for (const a of c.lockAttrs) lockAttrs.add(a);
    for (const a of c.semaphoreAttrs) semaphoreAttrs.add(a);
    for (const a of c.noLockAttrs) noLockAttrs.add(a);
  }
  return {
    aliases: module.imports.aliases,
    globalKind: (name) => {
      const history = module.globalHistory.get(name);
      if (!history) return undefined;
      let bound = history[0];
      for (const b of history) if (b.line < startLine) bound = b;
      // `DATA = Slot()` where `class Slot(threading.local)`: each thread sees its own attributes.
      const cls = bound.kind === 'value' && bound.ctor !== undefined ? module.classes.get(bound.ctor) : undefined;
      if (cls && builtOn(module, cls, THREAD_LOCAL)) return 'thread-local';
      return bound.kind;
    },
    // A class defined in a function (`def main(): class Counter: …`) is a class by its own name there.
    isClass: (name) => module.classes.has(name) || (nestedClasses ??= new Set([...module.classes.keys()].filter((k) => k.includes('.')).map((k) => k.slice(k.lastIndexOf('.') + 1)))).has(name),
    isLockAttr: (attr) => lockAttrs.has(attr),
    isSemaphoreAttr: (attr) => semaphoreAttrs.has(attr),
    mayHoldNoLock: (attr) => noLockAttrs.has(attr),
    perThreadLock: (classAttr) => {
      const dot = classAttr.lastIndexOf('.');
      const c = module.classes.get(classAttr.slice(0, dot));
      const attr = classAttr.slice(dot + 1);
      // (Made by this module, more than once: a library's Thread subclass that no code here makes is made by its
      // users, one object whose lock its own thread and their calls share.)
      return !!c && c.isThread && c.lockAttrs.has(attr) && !c.handedLockAttrs.has(attr) && !c.classBodyLockAttrs.has(attr) && classCalls(module, c.name, 1).length > 0 && madeOnceAt(module, c.name) === undefined && !startsHelperThread(module, c);
    },
    containerGlobal: (name) => (module.containerGlobals ??= containerGlobalsOf(module)).has(name),
    inheritedContainer: (classAttr) => {
      const dot = classAttr.lastIndexOf('.');
      return inheritedContainerOf(module, classAttr.slice(0, dot), classAttr.slice(dot + 1));
    },
    returnsItemOf: (name) => {
      const fn = module.functions.get(name);
      const of = fn && !fn.definition.parent ? fn.fn.returnsItemOf : undefined;
      return of !== undefined && module.globals.get(of)?.kind === 'value' ? of : undefined;
    },
    isPackageObject: (name) => !module.globalHistory.has(name) && !module.classes.has(name) && !module.functions.has(name) && importedObject(module.imports.aliases.get(name), name),
    // (Asked again for every function whose kept writes are checked, and each asks every class: answered once per view.)
    accessor: (name, method) => answeredOnce(accessors, `${method}\u0000${name}`, () => sameFactFor(module, name, method, (fn) => fn.accessor)),
    dumper: (name, method) =>
      answeredOnce(dumpers, `${method}\u0000${name}`, () => {
        const d = sameFactFor(module, name, method, (fn) => fn.dumpsParam);
        return d && JSON.stringify(d);
      }),
  };
}

/** The answer kept in `answers` under `key`, made by `make` the first time. */
function answeredOnce<T>(answers: Map<string, T>, key: string, make: () => T): T {
  if (!answers.has(key)) answers.set(key, make());
  return answers.get(key) as T;
}

/**
 * A fact of the module function `name`, or for a method (`obj.name(...)`, class unknown) the fact every
 * class's method of that name has alike: by the name alone, methods that differ say nothing.
 */
function sameFactFor<T>(module: Module, name: string, method: boolean, pick: (fn: FunctionSummary) => T | undefined): T | undefined {
  if (!method) {
    const fn = module.functions.get(name);
    return fn && !fn.definition.parent ? pick(fn.fn) : undefined;
  }
  let found: T | undefined;
  for (const c of module.classes.values()) {
    const m = c.methods.get(name);
    if (!m) continue;
    const fact = pick(m.fn);
    if (fact === undefined || (found !== undefined && JSON.stringify(found) !== JSON.stringify(fact))) return undefined;
    found = fact;
  }
  return found;
}

/** The base class of the module (through others of its bases) whose body makes the container `attr` that class `name` inherits, unless the class sets it on `self`. */
function inheritedContainerOf(module: Module, name: string, attr: string, depth = 0): string | undefined {
  const cls = module.classes.get(name);
  const root = module.statements[0]?.node.tree.rootNode;
  if (!cls || !root || depth > 4) return undefined;
  for (const b of cls.bases) {
    const base = module.classes.get(b);
    const node = base && classNode(root, base);
    if (!base || !node) continue;
    if (classBodyContainers(node).has(attr)) return new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=(?!=)`).test(classNode(root, cls)?.text ?? '') ? undefined : base.name;
    const further = inheritedContainerOf(module, b, attr, depth + 1);
    if (further !== undefined) return further;
  }
  return undefined;
}

/** A view that notes every answer it gives, so a result can be kept until one of them changes. */
function notingView(view: ModuleView, facts: ModuleFact[]): ModuleView {
  const note = <T extends ModuleFact>(fact: T): T['answer'] => (facts.push(fact), fact.answer);
  return {
    aliases: view.aliases,
    globalKind: (name) => note({ ask: 'globalKind', name, answer: view.globalKind(name) }),
    isClass: (name) => note({ ask: 'isClass', name, answer: view.isClass(name) }),
    isLockAttr: (name) => note({ ask: 'isLockAttr', name, answer: view.isLockAttr(name) }),
    isSemaphoreAttr: (name) => note({ ask: 'isSemaphoreAttr', name, answer: view.isSemaphoreAttr(name) }),
    mayHoldNoLock: (name) => note({ ask: 'mayHoldNoLock', name, answer: view.mayHoldNoLock(name) }),
    isPackageObject: (name) => note({ ask: 'isPackageObject', name, answer: view.isPackageObject(name) }),
    perThreadLock: (name) => note({ ask: 'perThreadLock', name, answer: view.perThreadLock(name) }),
    containerGlobal: (name) => note({ ask: 'containerGlobal', name, answer: view.containerGlobal(name) }),
    returnsItemOf: (name) => note({ ask: 'returnsItemOf', name, answer: view.returnsItemOf(name) }),
    inheritedContainer: (name) => note({ ask: 'inheritedContainer', name, answer: view.inheritedContainer(name) }),
    accessor: (name, method) => {
      const a = view.accessor(name, method);
      facts.push({ ask: 'accessor', name, method, answer: a && JSON.stringify(a) });
      return a;
    },
    dumper: (name, method) => {
      const d = view.dumper(name, method);
      facts.push({ ask: 'dumper', name, method, answer: d });
      return d;
    },
  };
}

function stillHolds(view: ModuleView, facts: readonly ModuleFact[]): boolean {
  return facts.every((f) => {
    if (f.ask === 'dumper') return view.dumper(f.name, f.method) === f.answer;
    if (f.ask !== 'accessor') return view[f.ask](f.name) === f.answer;
    const a = view.accessor(f.name, f.method);
    return (a && JSON.stringify(a)) === f.answer;
  });
}

// ---------------------------------------------------------------- code that runs in threads

interface ThreadEntry {
  key: string;
  /** Reached through a bound method (obj.method as target): its instance is shared by the threads. */
  boundMethod: boolean;
  site: Range0;
  how: string;
  /** The site's line when it runs as the module runs (not inside a function), else undefined. */
  moduleLine: number | undefined;
  /** A threading.Thread or Timer: one thread per time the site runs. */
  oneThread: boolean;
  /** A Pool's result callback: every call of it runs on the pool's one result thread, beside the program's others. */
  resultThread?: boolean;
  /** The main program calling into code that threads run too: one thread, however often it calls. */
  mainProgram?: boolean;
  /** Of `mainProgram`: a method that starts the thread at `site` and calls this one (0-based `line`) beside it. */
  calledBeside?: { starter: string; line: number };
  /** Started by a module that imports this one (see crossModule.ts): once, at `moduleLine`, the end of this module. */
  fromImporter?: true;
  /** A start in another file (absolute path, 1-based line), for the related location. */
  elsewhere?: { file: string; line: number };
  /** Objects the site hands the target, by the target's parameter name, with their class when known. */
  handed?: Map<string, string | undefined>;
  /** Of `handed`, objects whose class another module defines, the one that started the thread: `self.restaurant` → (its file, `Restaurant`). */
  handedFrom?: Map<string, { file: string; cls: string }>;
  /** The site runs more than once, so what it hands reaches several threads. */
  repeats?: boolean;
  /** Parameters handed an object made anew for each thread. */
  freshParams?: string[];
  /** Parameters of a one-thread target handed an object its starter goes on using while the thread runs. */
  keptParams?: string[];
  /** Parameters of a one-thread target handed an object its starting function made (`board = Board()`): each call's own. */
  starterMadeParams?: string[];
  /** Parameters of a one-thread target handed an object its starting function made, however many other threads it hands it to too. */
  madeByStarter?: string[];
  /** Other thread classes whose constructors are handed an object this one's is handed too (`handed`). */
  handedAlsoTo?: string[];
  /** A closure started once per call of this method (`submit`), which runs many times on one object. */
  perCallOf?: string;
  /** Parameters handed an object that other thread starts of the same code hand too (`args=(purse,)` twice): one object for several threads. */
  handedTwice?: string[];
  /** Parameters that get an index no other thread gets (`args=(k,)` in `for k in range(n)`): `totals[k]` is the thread's own slot. */
  distinctParams?: string[];
  /** Parameters handed an item that each round picks from one container (`random.choice(accounts)`): rounds can pick the same one. */
  pickedParams?: string[];
  /** Parameters handed a literal by a start run once (`args=[0]`): with other starts of the same code handing other literals, each thread's own. */
  literalParams?: [string, string][];
  /**
   * Not a start seen in the file: the class takes this lock around these attributes elsewhere, so it
   * is meant to be called from several threads (as RacerD takes any lock use for a claim of thread
   * safety). Only those attributes are reported on through such an entry.
   */
  guardedBy?: { lock: string; attrs: ReadonlySet<string>; besideOwnThread?: boolean; /** What code holding the lock changes, in its own body or in the helpers it calls (`self.x`). */ changedUnder?: ReadonlySet<string> };
  /**
   * For an object's own thread (`Thread(target=self._run)`, once per object): the attributes that
   * methods called from outside the object also change, with those methods. Only these are shared
   * between the object's thread and the code calling them (see ownThreadSharing).
   */
  sharedWith?: Map<string, string[]>;
  /** For an object's own thread: the methods of the object that code outside it calls (see ownThreadSharing), whether or not they change anything. */
  calledOutside?: string[];
}

/** Where a name is looked up: inside a function (its key), at a line. */
interface NameContext {
  fnKey: string | undefined;
  line: number;
}

type Target = { t: 'function'; ref: FunctionRef } | { t: 'lambda'; statement: Statement; calls: CallableRef[] };

/** What function a callable reference names, as a key into module.functions (or a lambda's key). */
function resolveCallable(module: Module, statement: Statement, ref: CallableRef, lambdas: Map<string, Target>, atLine?: number, site?: NameContext): { key: string; bound: boolean } | undefined {
  if (ref.t === 'name') {
    // A nested function first (closures), then a module-level one.
    for (let s = ref.scope; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : undefined) if (module.functions.has(`${s}.${ref.name}`)) return { key: `${s}.${ref.name}`, bound: false };
    if (!module.functions.has(ref.name)) {
      // `fn = task` at module level, then `Thread(target=fn)`: the function the global names.
      const bound = module.globalHistory.get(ref.name)?.at(-1);
      const alias = bound?.alias;
      if (alias !== undefined && module.functions.has(alias) && !alias.includes('.')) return { key: alias, bound: false };
      // `cb = Progress()`, then `Thread(target=cb)` or `pool.submit(cb, n)`: the object's `__call__`, on that one object.
      const ctor = bound?.ctor ?? (site ? classOf(module, ref.name, site) : undefined);
      const callable = ctor !== undefined ? module.classes.get(ctor) : undefined;
      return callable?.methods.has('__call__') ? { key: `${callable.name}.__call__`, bound: true } : undefined;
    }
    return { key: atLine === undefined ? ref.name : definitionAt(module, ref.name, atLine), bound: false };
  }
  if (ref.t === 'method') {
    const own = ref.selfClass !== undefined ? module.classes.get(ref.selfClass) : undefined;
    if (own?.methods.has(ref.attr)) return { key: `${own.name}.${ref.attr}`, bound: true };
    // `obj.method`: on obj's class where the start site shows it (`obj = C()` in that function, a global);
    // else only when one class has that method.
    const cls = ref.ofClass ?? (ref.receiver !== undefined && site ? classOf(module, ref.receiver, site) : undefined);
    const key = methodOn(module, ref.attr, cls);
    return key ? { key, bound: true } : undefined;
  }
  if (ref.t === 'partial') return resolveCallable(module, statement, ref.inner, lambdas, undefined, site);
  const lambda = statement.summary.lambdas[ref.lambda];
  const at = absolutePosition(lambda.at, statement.base);
  const key = `<lambda@${at.line + 1}:${at.character}>`;
  lambdas.set(key, { t: 'lambda', statement, calls: lambda.calls });
  return { key, bound: false };
}

/**
 * The imported callable a reference names, as imported (`handlers.handle_client` for
 * `from handlers import handle_client`; `jobs.Worker.run` for `jobs.Worker(x).run`), when it is not
 * this module's own and no local of the function around hides the name.
 */
function importedCallable(module: Module, ref: CallableRef, at: NameContext): string | undefined {
  if (ref.t === 'partial') return importedCallable(module, ref.inner, at);
  if (ref.t === 'lambda' || (ref.t === 'method' && ref.isSelf)) return undefined;
  const head = (ref.t === 'name' ? ref.name : (ref.ofClass ?? ref.receiver))?.split('.')[0];
  if (head === undefined || module.functions.has(head) || module.classes.has(head) || module.globals.has(head)) return undefined;
  for (let s = at.fnKey; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : undefined) {
    const fn = module.functions.get(s)?.fn;
    if (fn && (fn.params.includes(head) || fn.locals.includes(head))) return undefined;
  }
  const q = module.imports.aliases.get(head);
  if (q === undefined || STDLIB_MODULES.has(q.split('.')[0])) return undefined;
  const rest = ref.t === 'name' ? ref.name.slice(head.length) : `${(ref.ofClass ?? ref.receiver)!.slice(head.length)}.${ref.attr}`;
  const target = q + rest;
  // `import handlers` then `target=handlers`: a module, not a callable.
  return target.replace(/^\.+/, '').includes('.') ? target : undefined;
}

/**
 * `room.vote(name)` on a module global made from another module's class (`room = Lobby()`, with
 * `from lobby import Lobby` or `from lobby import *`): the class's method, run on that one object by
 * every thread that makes the call. The targets are `lobby.Lobby.vote`, one per module it may come from.
 */
function importedMethodOfGlobal(module: Module, ref: CallableRef, at: NameContext, startSite = false): string[] {
  if (ref.t !== 'method' || ref.isSelf || ref.ofClass !== undefined || ref.receiver === undefined || ref.receiver.includes('.')) return [];
  const head = ref.receiver;
  // (Or, at a start, a local the starting function made from the class: `till = Till("till 1")` … `Thread(target=till.run)`,
  // one object for every thread it starts; a local of thread code is each thread's own.)
  const local = startSite && at.fnKey !== undefined ? module.functions.get(at.fnKey)?.fn.ctorLocals.filter(([n]) => n === head) : undefined;
  const localCtor = local?.length === 1 ? local[0][1] : undefined;
  if (!module.globals.has(head) && localCtor === undefined) return [];
  for (let s = at.fnKey; s && localCtor === undefined; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : undefined) {
    const fn = module.functions.get(s)?.fn;
    if (fn && (fn.params.includes(head) || fn.locals.includes(head))) return [];
  }
  const ctor = localCtor ?? module.globalHistory.get(head)?.at(-1)?.ctor;
  if (ctor === undefined || ctor.includes('(')) return [];
  const ctorHead = ctor.split('.')[0];
  if (module.classes.has(ctorHead) || module.functions.has(ctorHead) || module.globals.has(ctorHead)) return [];
  const q = module.imports.aliases.get(ctorHead);
  if (q !== undefined) return STDLIB_MODULES.has(q.replace(/^\.+/, '').split('.')[0]) && !q.startsWith('.') ? [] : [`${q}${ctor.slice(ctorHead.length)}.${ref.attr}`];
  // (A class of a star import: each such module is told; only the one that defines it takes it.)
  return /^[A-Z]\w*$/.test(ctor) ? module.imports.stars.map((m) => `${m}.${ctor}.${ref.attr}`) : [];
}

/**
 * The definition of a module-level function in effect at a line, for a thread started as the module
 * runs: a function defined again further down does not replace the one the thread got. Earlier
 * definitions are keyed `name#i`.
 */
function definitionAt(module: Module, key: string, line: number): string {
  const earlier = module.redefined.get(key);
  const last = module.functions.get(key);
  if (!earlier || !last || absoluteRange(last.fn.range, last.statement.base).start.line < line) return key;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const ref = earlier[i];
    if (absoluteRange(ref.fn.range, ref.statement.base).start.line < line || i === 0) {
      module.functions.set(`${key}#${i}`, ref);
      return `${key}#${i}`;
    }
  }
  return key;
}

/** Is a position (relative to the same statement) inside a range? */
function within(r: Range0, p: Position0): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

/**
 * `self.executor.submit(run_it)` with `run_it` a closure (or a lambda), where the executor came from
 * elsewhere (`__init__(self, executor)`): named an executor or a pool, and handed what a process pool
 * could not pickle, so it runs on a pool of threads, with the closure's cells shared.
 */
function submitsClosureToExecutor(module: Module, statement: Statement, receiver: ReceiverRef, targets: CallableRef[], lambdas: Map<string, Target>, site: NameContext): boolean {
  if (!receiver || !('name' in receiver) || !/(?:^|[._])(?:executor|pool|thread_?pool)$/i.test(receiver.name)) return false;
  return targets.length > 0 && targets.every((t) => {
    if (t.t === 'lambda') return true;
    const r = t.t === 'name' ? resolveCallable(module, statement, t, lambdas, undefined, site) : undefined;
    return r !== undefined && r.key.includes('.') && module.functions.has(r.key.slice(0, r.key.lastIndexOf('.')));
  });
}

function executorKind(module: Module, receiver: ReceiverRef): StateKind | undefined {
  if (!receiver) return undefined;
  return 'name' in receiver ? module.executors.get(receiver.name) : receiver.kind;
}

/** The innermost function of a statement that holds a position (relative to the statement), as its key. */
function functionAt(statement: Statement, at: Position0): string | undefined {
  let best: { key: string; start: Position0 } | undefined;
  for (const d of statement.summary.definitions) {
    if (d.t !== 'function' || !within(d.fn.range, at)) continue;
    const start = d.fn.range.start;
    if (!best || start.line > best.start.line || (start.line === best.start.line && start.character > best.start.character)) best = { key: d.key, start };
  }
  return best?.key;
}

/** Calls that pass names to a top-level function, by its name: from function bodies and module-level code. */
function callSites(module: Module): Map<string, { args: ArgName[]; at: NameContext }[]> {
  if (module.callSites) return module.callSites;
  const sites = new Map<string, { args: ArgName[]; at: NameContext }[]>();
  const add = (name: string, args: ArgName[], at: NameContext) => {
    const list = sites.get(name) ?? [];
    list.push({ args, at });
    sites.set(name, list);
  };
  for (const statement of module.statements) {
    for (const c of statement.summary.topCalls) add(c.name, c.args, { fnKey: undefined, line: statement.base.line + c.line });
    for (const d of statement.summary.definitions) {
      if (d.t !== 'function') continue;
      const line = statement.base.line + d.fn.range.start.line;
      for (const c of d.fn.calls) if (c.t === 'name' && c.args) add(c.name, c.args, { fnKey: d.key, line });
    }
  }
  return (module.callSites = sites);
}

/**
 * The module global every call of a top-level function passes at this position (`add_line(QUOTES_PATH, q)`
 * wherever it is called), or undefined: no call, another name, a local of the caller, or not a name.
 */
function globalPassedByEveryCall(module: Module, fnKey: string, index: number): string | undefined {
  const sites = fnKey.includes('.') ? [] : (callSites(module).get(fnKey) ?? []);
  const names = new Set(sites.map(({ args, at }) => {
    const name = args[index];
    const caller = at.fnKey !== undefined ? module.functions.get(at.fnKey)?.fn : undefined;
    return name && module.globals.has(name) && !caller?.locals.includes(name) && !caller?.params.includes(name) ? name : null;
  }));
  const [only] = names;
  return names.size === 1 && only ? only : undefined;
}

/** The class of the object a name holds, where known (the first of classesOf). */
function classOf(module: Module, name: string, at: NameContext): string | undefined {
  return classesOf(module, name, at)[0];
}

/**
 * The classes of the object a name can hold, where known, first found first: a local bound to
 * `C(...)` in its function, or to `kind(...)` where the parameter `kind` is handed a class
 * (`bench(UnsafeCounter)`); a parameter followed to the calls of its function; a closure's variable
 * in the function around it; or a module global as bound at that line.
 */
function classesOf(module: Module, name: string, at: NameContext, depth = 0): string[] {
  if (name.startsWith(NEW_OBJECT)) {
    const cls = classVisibleFrom(module, name.slice(NEW_OBJECT.length), at.fnKey);
    return cls !== undefined ? [cls] : [];
  }
  const fn = at.fnKey !== undefined ? module.functions.get(at.fnKey) : undefined;
  if (fn) {
    const local = fn.fn.ctorLocals.filter(([n]) => n === name).pop();
    if (local) {
      const cls = classVisibleFrom(module, local[1], at.fnKey);
      if (cls !== undefined) return [cls];
      const kind = fn.fn.params.indexOf(local[1]);
      return kind >= 0 ? classesHandedTo(module, at.fnKey!, kind) : [];
    }
    const index = fn.fn.params.indexOf(name);
    if (index >= 0) {
      if (depth > 3 || !isTopLevelFunction(module, at.fnKey!)) return [];
      const found: string[] = [];
      for (const site of callSites(module).get(at.fnKey!) ?? []) {
        const arg = site.args[index];
        for (const cls of arg ? classesOf(module, arg, site.at, depth + 1) : []) if (!found.includes(cls)) found.push(cls);
      }
      return found;
    }
    // A closure's variable: look in the function around it.
    const outer = enclosingFunction(module, at.fnKey!);
    if (outer !== undefined) return classesOf(module, name, { fnKey: outer, line: at.line }, depth);
  }
  const history = module.globalHistory.get(name);
  if (!history) return [];
  let ctor = history[0].ctor;
  for (const b of history) if (b.line < at.line) ctor = b.ctor;
  return ctor && module.classes.has(ctor) ? [ctor] : [];
}

/**
 * The class a name means inside a function: one defined in that function or a function around it
 * (`def demo(): class Tally: …`, keyed `demo.Tally`), else a module-level class. Class bodies are
 * skipped, as Python's own lookup skips them.
 */
function classVisibleFrom(module: Module, name: string, fnKey: string | undefined): string | undefined {
  for (let outer = fnKey; outer !== undefined; outer = enclosingFunction(module, outer)) {
    if (module.classes.has(`${outer}.${name}`)) return `${outer}.${name}`;
  }
  if (module.classes.has(name)) return name;
  // `Singleton = make_singleton(…)` in this function, one around it, or the module.
  for (let outer = fnKey; outer !== undefined; outer = enclosingFunction(module, outer)) {
    const made = module.functions.get(outer)?.fn.ctorLocals.filter(([n]) => n === name).pop();
    const cls = made && classMadeBy(module, made[1]);
    if (cls) return cls;
  }
  const ctor = module.globalHistory.get(name)?.at(-1)?.ctor;
  return ctor !== undefined ? classMadeBy(module, ctor) : undefined;
}

const linesOf = (module: Module): string[] => (module.lines ??= module.text.split('\n'));

/** Where each line of the module's text starts (an index into the text), worked out once. */
function lineStartsOf(module: Module): number[] {
  if (!module.lineStarts) {
    const starts = [0];
    for (let i = module.text.indexOf('\n'); i >= 0; i = module.text.indexOf('\n', i + 1)) starts.push(i + 1);
    module.lineStarts = starts;
  }
  return module.lineStarts;
}

/** The top-level statement whose lines hold `line` (0-based), found by its place: no walk of the tree. */
function statementAtLine(module: Module, line: number): Statement | undefined {
  const st = module.statements[lastAtOrBefore(module.statements, (s) => s.base.line, line)];
  return st && lineOfIndex(module, st.to) >= line ? st : undefined;
}

/** The position of the last of `items` (in ascending order of `key`) whose key is at most `at`, or -1 when none is. */
function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let [lo, hi] = [0, items.length - 1];
  if (hi < 0 || key(items[0]) > at) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The line (0-based) of an index into the module's text. */
function lineOfIndex(module: Module, index: number): number {
  return Math.max(0, lastAtOrBefore(lineStartsOf(module), (start) => start, index));
}

/** How many line breaks come before `index` in `text`: the 0-based line of that index within the text. */
function newlinesBefore(text: string, index: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Lines `from` up to (not including) `to` as one text, as `linesOf(module).slice(from, to).join('\n')` gives it. */
function linesText(module: Module, from: number, to?: number): string {
  const starts = lineStartsOf(module);
  const n = starts.length;
  const a = Math.min(Math.max(from, 0), n);
  const b = Math.min(to ?? n, n);
  if (b <= a) return '';
  return module.text.slice(starts[a], b < n ? starts[b] - 1 : module.text.length);
}

/** A function's body as text (after its `def` line), from `fromLine` on when given. */
function functionText(module: Module, ref: FunctionRef, fromLine = 0): string {
  const range = absoluteRange(ref.fn.range, ref.statement.base);
  const from = Math.max(range.start.line + 1, fromLine);
  // (Asked thousands of times per analysis of a large module, of a few hundred functions: each answer kept with its ref, which is the build's own.)
  let texts = functionTexts.get(ref);
  if (!texts) functionTexts.set(ref, (texts = new Map()));
  let text = texts.get(from);
  if (text === undefined) texts.set(from, (text = linesText(module, from, range.end.line + 1)));
  return text;
}
const functionTexts = new WeakMap<FunctionRef, Map<number, string>>();

/** The module line of a match at `index` in a function's body text (functionText). */
const bodyLine = (ref: FunctionRef, text: string, index: number) => absoluteRange(ref.fn.range, ref.statement.base).start.line + 1 + newlinesBefore(text, index);

/** The class a module-level factory function defines (its only one) and returns (`return Singleton`). */
function classMadeBy(module: Module, factoryName: string): string | undefined {
  const factory = module.functions.get(factoryName);
  if (!factory || factoryName.includes('.')) return undefined;
  const own = [...module.classes.keys()].filter((k) => k.startsWith(`${factoryName}.`) && !k.slice(factoryName.length + 1).includes('.'));
  if (own.length !== 1) return undefined;
  const body = functionText(module, factory);
  return new RegExp(`^\\s*return\\s+${own[0].slice(factoryName.length + 1)}\\s*$`, 'm').test(body) ? own[0] : undefined;
}

/**
 * Code reached only from objects' own threads (ThreadEntry.sharedWith) shares with other threads just
 * the attributes that methods called from outside change: the rest of `self` is the thread's own.
 * Those findings say which methods.
 */
function ownThreadOnly(found: FunctionWrites, via: ThreadEntry[]): Pick<FunctionWrites, 'writes' | 'checks' | 'lockedUpdates'> {
  if (via.length === 0 || via.some((e) => !e.sharedWith)) return found;
  const methods = new Map<string, string[]>();
  for (const e of via) for (const [attr, ms] of e.sharedWith!) methods.set(attr, [...new Set([...(methods.get(attr) ?? []), ...ms])]);
  // (What every object's constructor was handed, `self.jobs`, is shared by all their threads: kept as it is.)
  const handed = new Set(via.flatMap((e) => [...(e.handed?.keys() ?? [])].filter((k) => k.startsWith('self.')).map((k) => k.slice(5))));
  const keep = <T extends { subject: string; why: string }>(w: T): (T & { alsoChangedBy?: string[] })[] => {
    const m = /^self\.(\w+)(?:\[((?:"[^"\n]*"|'[^'\n]*'|\d+))\])?/.exec(w.subject);
    if (!m || handed.has(m[1])) return [w];
    const item = m[2] !== undefined ? methods.get(`${m[1]}[${m[2].replace(/'/g, '"')}]`) : undefined;
    const whole = methods.get(m[1]);
    const callers = item || whole ? [...new Set([...(item ?? []), ...(whole ?? [])])] : undefined;
    if (!callers) return [];
    const threads = callers.filter((m) => m.endsWith(ON_OWN_THREAD)).map((m) => m.slice(0, -ON_OWN_THREAD.length));
    const outside = callers.filter((m) => !m.endsWith(ON_OWN_THREAD));
    const list = (ms: string[]) => ms.slice(0, 3).map((m) => `\`${m}()\``).join(', ');
    const others = [
      ...(outside.length > 0 ? [`code outside that thread calls ${list(outside)}`] : []),
      ...(threads.length > 0 ? [`another of its threads runs ${list(threads)}`] : []),
    ].join(', and ');
    return [{ ...w, why: `${w.subject.includes('[') ? 'kept in ' : ''}an attribute of an object whose own thread runs this code while ${others}, which change${callers.length === 1 ? 's' : ''} it too`, alsoChangedBy: [...outside, ...threads] }];
  };
  // A lock around this update alone would leave the callers' updates unguarded: advice, not a fix.
  return { writes: found.writes.flatMap(keep), checks: found.checks.flatMap(keep).map(({ alsoChangedBy, ...c }) => (alsoChangedBy?.length ? { ...c, besideOwnThread: alsoChangedBy } : c)), lockedUpdates: found.lockedUpdates.flatMap(keep) };
}

/** A subscript in a regex, with one level of brackets inside (`[request.form["name"]]`); no choice between its alternatives, so no backtracking blow-up. */
const SUBSCRIPT = '\\[(?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*\\])*\\]';
/** Methods that change a list, dict, set or deque in place. */
const CONTAINER_MUTATORS = 'clear|get_nowait|pop|popitem|popleft|remove|discard|update|setdefault|append|appendleft|add|extend|insert';
/** `self.attr =`, `self.attr += …`, `self.attr.clear()`, `del self.attr[k]`, `heappush(self.attr, x)`: the attributes a piece of code changes. */
// (And a list kept in it under a key: `self.callbacks[key].remove(cb)` changes what `self.callbacks` holds.)
const SELF_CHANGES = new RegExp(`\\bself\\s*\\.\\s*(\\w+)\\s*(?:(?:\\[\\s*((?:"[^"\\n]*"|'[^'\\n]*'|\\d+))\\s*\\]\\s*)?(?:${SUBSCRIPT}\\s*)*(?:[-+*/%|&^@]|//|\\*\\*|<<|>>)?=(?!=)|\\.\\s*(?:${CONTAINER_MUTATORS})\\s*\\(|(?:${SUBSCRIPT}\\s*)+\\.\\s*(?:append|appendleft|extend|insert|remove|pop|popleft|discard|clear)\\s*\\()|\\b(?:del\\s+(?=self\\s*\\.\\s*\\w+\\s*\\[)|(?:heapq\\s*\\.\\s*)?heap(?:push|pop|pushpop|replace|ify)\\s*\\(\\s*(?=self\\s*\\.\\s*\\w+\\s*[,)]))self\\s*\\.\\s*(\\w+)`, 'g');

/** Marks a method in ThreadEntry.sharedWith that runs on another of the object's own threads. */
const ON_OWN_THREAD = '@thread';

/** Method names that lists, dicts, sets, strings, files, sockets and threads have too. */
const COMMON_METHODS: ReadonlySet<string> = new Set(['append', 'remove', 'pop', 'get', 'update', 'add', 'clear', 'extend', 'insert', 'discard', 'setdefault', 'items', 'keys', 'values', 'copy', 'join', 'split', 'strip', 'format', 'start', 'run', 'close', 'read', 'write', 'send', 'recv', 'put', 'count', 'index', 'sort', 'open', 'set', 'wait', 'is_set', 'cancel']);

/** Is `name` bound to `Cls(…)` somewhere: a module global, or a local of some function? */
function boundToClass(module: Module, name: string, cls: string): boolean {
  // `self._worker = Worker(…)` in another class: an attribute that holds one.
  const attr = /^self\s*\.\s*(\w+)$/.exec(name)?.[1];
  if (attr !== undefined) return [...module.text.matchAll(new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=\\s*([\\w.]+)\\s*\\(`, 'g'))].some((m) => classVisibleFrom(module, m[1], undefined) === cls);
  if (module.globalHistory.get(name)?.some((b) => b.ctor !== undefined && classVisibleFrom(module, b.ctor, undefined) === cls)) return true;
  // (A local made by a call, `w = Worker(…)`: the text first, so that most functions' bodies need not be read.)
  const made = new RegExp(`(?<![\\w.])${escapeRegExp(name)}\\s*(?::[^=\\n]*)?=\\s*[\\w.][\\w.\\s]*\\(`);
  if (!made.test(module.text)) return false;
  for (const [key, ref] of module.functions) if (made.test(functionText(module, ref)) && ref.fn.ctorLocals.some(([n, c]) => n === name && classVisibleFrom(module, c, key) === cls)) return true;
  return false;
}

/** The module's calls of each name (`Name(`, `x.Name(`), read in one pass over its text: a module may ask of hundreds of classes. */
/** Where the line holding `index` ends (the text's end for its last line). */
function lineEndAfter(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end < 0 ? text.length : end;
}

/**
 * A match kept as offsets only, from the start of the text it was found in: the whole match's start and
 * end, then each group's (-1 for a group that took no part). Offsets hold no string, so a kept match
 * keeps no earlier version of the file's text alive (a substring would hold the whole text it came from).
 */
type KeptMatch = number[];

/** Matches found in a statement's text, and in each function's body text, kept with its summary (see statementMatches). */
/** Per statement summary and pattern: its matches as offsets, and as matches placed where the statement was last (`from`). */
const statementScans = new WeakMap<StatementSummary, Map<RegExp, { kept: KeptMatch[]; from: number; matches: RegExpMatchArray[] }>>();
const functionScans = new WeakMap<FunctionSummary, Map<RegExp, RegExpMatchArray[]>>();
/** Each pattern with the `d` flag, which gives its matches' offsets. */
const withOffsets = new WeakMap<RegExp, RegExp>();

/** The map kept under `key`, made empty on first use. */
function keptUnder<K extends object, V>(kept: { get(key: K): Map<RegExp, V> | undefined; set(key: K, value: Map<RegExp, V>): unknown }, key: K): Map<RegExp, V> {
  let map = kept.get(key);
  if (!map) kept.set(key, (map = new Map()));
  return map;
}

function keptMatches(text: string, re: RegExp): KeptMatch[] {
  let d = withOffsets.get(re);
  if (!d) withOffsets.set(re, (d = new RegExp(re.source, re.flags.includes('d') ? re.flags : `${re.flags}d`)));
  return [...text.matchAll(d)].map((m) => m.indices!.flatMap((at) => (at ? [at[0], at[1]] : [-1, -1])));
}

/** A kept match as a match again, read from `text`, where its offsets start at `base`. */
function matchFrom(text: string, kept: KeptMatch, base: number): RegExpMatchArray {
  const groups = new Array<string | undefined>(kept.length >> 1);
  for (let i = 0; i < kept.length; i += 2) groups[i >> 1] = kept[i] < 0 ? undefined : text.slice(base + kept[i], base + kept[i + 1]);
  const m = groups as RegExpMatchArray;
  // (Set as properties, not with Object.assign, which costs more than the match itself on every edit.)
  m.index = base + kept[0];
  m.input = text;
  return m;
}

/**
 * The matches of the global pattern `re` in the module's statements (its text but the comments and
 * blank lines between top-level statements), with the module's offsets as their `index`. Found
 * statement by statement and kept with each statement's summary, which the language server keeps
 * across edits: an edit has only the statements it changed read again. So `re` must not match
 * across two top-level statements, and must be one object (a module constant), as it is the key.
 */
function statementMatches(module: Module, re: RegExp): RegExpMatchArray[] {
  let found = module.scans?.get(re);
  if (found) return found;
  found = [];
  let covered = 0;
  // (Each statement's scans looked up once per module, not once per pattern.)
  const scans = (module.statementScans ??= module.statements.map(({ summary }) => keptUnder(statementScans, summary)));
  for (let i = 0; i < scans.length; i++) {
    const { from, to } = module.statements[i];
    let scan = scans[i].get(re);
    if (!scan) scans[i].set(re, (scan = { kept: keptMatches(module.text.slice(from, to), re), from: -1, matches: [] }));
    // (A statement where it was at the last edit has its matches as they were: an edit moves only those after it.)
    if (scan.from !== from) {
      scan.matches = scan.kept.map((m) => matchFrom(module.text, m, from));
      scan.from = from;
    }
    for (const m of scan.matches) {
      // (Two statements on one line, `a = 1; b = 2`, both take it: its matches count once.)
      if (m.index! < covered) continue;
      found.push(m);
    }
    covered = Math.max(covered, to);
  }
  (module.scans ??= new Map()).set(re, found);
  return found;
}

/**
 * The matches of the global pattern `re` in a function's body text (functionText, from its first body
 * line), kept with its summary as statementMatches keeps a statement's: `index` is the body text's.
 */
function functionMatches(module: Module, ref: FunctionRef, re: RegExp): readonly RegExpMatchArray[] {
  // (Offsets in the body text, which an edit elsewhere does not move: the matches are kept as they are.)
  const kept = keptUnder(functionScans, ref.fn);
  let matches = kept.get(re);
  if (!matches) {
    const text = functionText(module, ref);
    kept.set(re, (matches = keptMatches(text, re).map((m) => matchFrom(text, m, 0))));
  }
  return matches;
}

/**
 * What `read` makes of a function's text alone, kept with its summary (which an edit elsewhere leaves
 * as it is): a check that asks it on every edit of a large module reads it once. `read` must read
 * nothing but the function's own text (and summary), and be a module-level function: it is the key.
 */
function keptWithFunction<T>(module: Module, ref: FunctionRef, read: (module: Module, ref: FunctionRef) => T): T {
  let kept = functionFacts.get(ref.fn);
  if (!kept) functionFacts.set(ref.fn, (kept = new Map()));
  if (!kept.has(read)) kept.set(read, read(module, ref));
  return kept.get(read) as T;
}
/** By function summary, and by the reader (a module-level function, so one reader is one key). */
const functionFacts = new WeakMap<FunctionSummary, Map<(module: Module, ref: FunctionRef) => unknown, unknown>>();

/** What `read` makes of a top-level statement's text (its lines, as statementMatches reads them), kept with its summary as keptWithFunction keeps a function's. */
function keptWithStatement<T>(module: Module, statement: Statement, read: (text: string) => T): T {
  let kept = statementFacts.get(statement.summary);
  if (!kept) statementFacts.set(statement.summary, (kept = new Map()));
  if (!kept.has(read)) kept.set(read, read(module.text.slice(statement.from, statement.to)));
  return kept.get(read) as T;
}
const statementFacts = new WeakMap<StatementSummary, Map<(text: string) => unknown, unknown>>();

/** The names a function declares on its own `global` lines, each a whole line. */
const declaredOnGlobalLines = (text: string): string[] => [...new Set([...text.matchAll(/^[ \t]*global[ \t]+([\w \t,]+?)[ \t]*(?:#.*)?$/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim())))];

/** The globals a function declares (on whole `global` lines) and stores at a line's start (`name = …`). */
function globalsStoredAtLineStart(module: Module, ref: FunctionRef): string[] {
  const text = functionText(module, ref);
  return declaredOnGlobalLines(text).filter((n) => n !== '' && new RegExp(`^[ \\t]*${n}\\s*=(?!=)`, 'm').test(text));
}

/** The same, with the names of any `global` line (a comment after them taken in): what globalTakenAndReset reads. */
function globalsDeclaredAndStoredAtLineStart(module: Module, ref: FunctionRef): string[] {
  const text = functionText(module, ref);
  const names = new Set([...text.matchAll(/^[ \t]*global\s+([\w \t,]+)/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim())));
  return [...names].filter((n) => n !== '' && new RegExp(`^[ \\t]*${n}\\s*=(?!=)`, 'm').test(text));
}

/** The globals a function declares and sets to a constant somewhere (`DONE = True`): flags. */
function globalsSetToConstant(module: Module, ref: FunctionRef): string[] {
  const text = functionText(module, ref);
  return [...text.matchAll(/^[ \t]*global\s+([\w\s,]+)$/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim())).filter((n) => new RegExp(`^[ \\t]*${n}\\s*=\\s*(?:True|False|None|-?\\d+|["'])`, 'm').test(text));
}

/** The globals a function declares and assigns (`total += n` too), and the containers it fills (containersFilledIn). */
function globalsAssignedAndFilled(module: Module, ref: FunctionRef): { assignedGlobals: string[]; filled: Set<string> } {
  const body = functionText(module, ref);
  const declared = [...body.matchAll(/^[ \t]*global\s+([\w\s,]+)$/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim()));
  return { assignedGlobals: declared.filter((name) => new RegExp(`(?<![\\w.])${name}\\s*(?:[-+*/%|&^]|//)?=(?!=)`).test(body)), filled: containersFilledIn(body) };
}

/** The `__init__` parameters kept as they are (`self.server = server`), from its lines' text, `def` line and all. */
function initParamsKept(module: Module, init: FunctionRef): { params: readonly string[]; stored: ReadonlyMap<string, string> } | undefined {
  const params = init.fn.params.slice(1);
  const range = absoluteRange(init.fn.range, init.statement.base);
  const stored = new Map<string, string>();
  for (const m of linesText(module, range.start.line, range.end.line + 1).matchAll(/\bself\s*\.\s*(\w+)\s*=\s*(\w+)[ \t]*(?:#.*)?$/gm)) if (params.includes(m[2])) stored.set(m[2], m[1]);
  return stored.size > 0 ? { params, stored } : undefined;
}

/**
 * The module's globals that every line-start binding binds to a container (containerBindingsIn), from
 * each statement's bindings, kept with its summary: an edit reads again only the statements it changed.
 */
function containerGlobalsOf(module: Module): Set<string> {
  const all = new Map<string, boolean>();
  for (const statement of module.statements) {
    // (Two statements on one line both read its binding: taken twice, it answers the same.)
    for (const [name, containers] of keptWithStatement(module, statement, lineStartContainerBindings)) all.set(name, (all.get(name) ?? true) && containers);
  }
  return new Set([...all].filter(([, containers]) => containers).map(([name]) => name));
}

const lineStartContainerBindings = (text: string) => containerBindingsIn(text.matchAll(LINE_START_BINDING));

/** A name called (`Name(`, `x.Name(`). */
const NAME_CALL = /(?<!\w)([A-Za-z_]\w*)\s*\(/g;

function nameCalls(module: Module): Map<string, number[]> {
  if (module.nameCalls) return module.nameCalls;
  const out = new Map<string, number[]>();
  // (From each statement's calls by name, kept with its summary as offsets in it: a large module has
  // thousands of calls, and making each one a match again on every edit cost more than the rest.)
  let covered = 0;
  for (const statement of module.statements) {
    const { from, to } = statement;
    for (const [name, offsets] of keptWithStatement(module, statement, callsByName)) {
      const at = out.get(name) ?? (out.set(name, []), out.get(name)!);
      // (Two statements on one line, `a = f(); b = g()`, both take it: its calls count once.)
      for (const offset of offsets) if (from + offset >= covered) at.push(from + offset);
    }
    covered = Math.max(covered, to);
  }
  return (module.nameCalls = out);
}

/** A statement's calls by name, as offsets in its text. */
function callsByName(text: string): Map<string, number[]> {
  const calls = new Map<string, number[]>();
  for (const m of text.matchAll(NAME_CALL)) {
    const at = calls.get(m[1]);
    if (at) at.push(m.index!);
    else calls.set(m[1], [m.index!]);
  }
  return calls;
}

/** The module's `x.name(…)` calls and `x.name` handings-on, by name, read in one pass over its text. */
function memberUses(module: Module): Map<string, { receiver: string; index: number }[]> {
  if (module.memberUses) return module.memberUses;
  const out = new Map<string, { receiver: string; index: number }[]>();
  // (The receiver may be an attribute of `self`: `self._worker.enable(…)`.)
  for (const m of module.text.matchAll(/(?<![\w.])((?:self\s*\.\s*)?\w+)\s*\.\s*(\w+)\s*(?:\(|(?=[,)\]]))/g)) {
    const uses = out.get(m[2]);
    if (uses) uses.push({ receiver: m[1], index: m.index! });
    else out.set(m[2], [{ receiver: m[1], index: m.index! }]);
  }
  return (module.memberUses = out);
}

/** A function's body text (from functionText) without the functions defined in it, whose bodies run when they are called. */
function outsideNestedDefs(body: string): string {
  return body.replace(/^([ \t]*)(?:async[ \t]+)?def\b[^\n]*(?:\n(?:\1[ \t]+[^\n]*|[ \t]*)(?=\n|$))*/gm, '');
}

/**
 * For a thread on a method of its own object (`Thread(target=self._run)`): the attributes that other
 * code changes while that thread runs, with the methods that change them: methods called on the
 * object from outside it (`ticker.bump()`, `rt.stop()`), and the method that started the thread,
 * after the start, with the methods it calls on `self` from there (`while True: self.apply()`). The
 * object's thread shares these attributes with that code, and only these.
 */
function ownThreadSharing(module: Module, targetKey: string, starter: { key: string | undefined; line: number }, ownTargets: ReadonlySet<string>, siblingClosures: readonly string[] = [], calledOutside: string[] = []): Map<string, string[]> | undefined {
  const dot = targetKey.lastIndexOf('.');
  // Or a closure that a method defines and starts (`def start(self): def loop(): … self.ticks += 1`):
  // its `self` is the method's, so it shares the object as a method target would.
  const closure = module.classes.has(targetKey.slice(0, dot)) ? undefined : module.functions.get(targetKey);
  const clsKey = closure ? targetKey.slice(0, targetKey.lastIndexOf('.', dot - 1)) : targetKey.slice(0, dot);
  const cls = module.classes.get(clsKey);
  if (!cls || (closure && !cls.methods.has(targetKey.slice(clsKey.length + 1, dot)))) return undefined;
  const target = closure ? '' : targetKey.slice(dot + 1);
  const bodyOf = (ref: FunctionRef, fromLine = 0) => functionText(module, ref, fromLine);
  /** The methods a closure reaches on `self`, through the methods they call. */
  const reachedFrom = (ref: FunctionRef) => new Set([...bodyOf(ref).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].flatMap((m) => (cls.methods.has(m[1]) ? [...ownThreadMethods(module, cls, m[1])] : [])));
  const out = new Map<string, string[]>();
  let library: boolean | undefined;
  let ownMethods: ReadonlySet<string> | undefined;
  // (The queues `__init__` makes: `self.frames.get()` takes an item off one, where a dict's `get` reads.)
  const init = cls.methods.get('__init__');
  const queues = init ? [...bodyOf(init).matchAll(/\bself\s*\.\s*(\w+)\s*=\s*(?:queue\s*\.\s*)?(?:Queue|LifoQueue|PriorityQueue|SimpleQueue)\s*\(/g)].map((m) => m[1]) : [];
  const takes = queues.length > 0 ? new RegExp(`\\bself\\s*\\.\\s*(${queues.join('|')})\\s*\\.\\s*get\\s*\\(`, 'g') : undefined;
  const note = (name: string, body: string) => {
    const add = (attr: string) => {
      const methods = out.get(attr) ?? [];
      if (!methods.includes(name)) out.set(attr, [...methods, name]);
    };
    // `self.stats["errors"] += 1` changes that item only; `self.stats[k] = …` or `self.stats.clear()`, any.
    for (const m of body.matchAll(SELF_CHANGES)) add(m[1] !== undefined ? (m[2] !== undefined ? `${m[1]}[${m[2].replace(/'/g, '"')}]` : m[1]) : m[3]);
    if (takes) for (const m of body.matchAll(takes)) add(m[1]);
  };
  const starterName = starter.key !== undefined && starter.key.startsWith(`${cls.name}.`) ? starter.key.slice(cls.name.length + 1) : undefined;
  for (const [name, ref] of cls.methods) {
    if (name === target || name === starterName || name.startsWith('__')) continue; // the starter: only after its start (below)
    // Another of the object's own threads (`Thread(target=self.b)` beside `self.a`), with what it calls on `self`.
    // (Through helpers too: `self._end()` that calls `self.close()`.)
    if (ownTargets.has(`${cls.name}.${name}`)) {
      for (const m of ownThreadMethods(module, cls, name)) if (m === name || (m !== target && !m.startsWith('__'))) note(`${m}${ON_OWN_THREAD}`, bodyOf(cls.methods.get(m)!));
      continue;
    }
    // Called on an object by a name other than `self`: from outside the object's own code. A name
    // that builtin containers and files also have (`remove`, `update`, `close`) counts only on a
    // name bound to this class (`rt = RepeatedTimer(…)`).
    // (Or handed on as a callable, `Thread(target=spool.submit, …)`, `command=app.refresh`: called by whoever takes it.)
    const root = module.statements[0]?.node.tree.rootNode;
    let outside = false;
    for (const m of memberUses(module).get(name) ?? []) {
      // (In code: `>>> print(tn.read_all())` in a docstring calls nothing.)
      outside = m.receiver !== 'self' && m.receiver !== 'cls' && (!COMMON_METHODS.has(name) || boundToClass(module, m.receiver, cls.name)) && root?.descendantForIndex(m.index)?.type === 'identifier';
      // Or handed on by the object itself, outside its thread's code (`registry.add_command("go", self.cmd_go)`,
      // `button.clicked.connect(self.on_click)`): a callback runs on the thread of whoever calls it back.
      // (Or called in a lambda it hands on, `atexit.register(lambda: self.flush())`: run by whoever calls the lambda.)
      const handedOn = !/^\w+\s*\.\s*\w+\s*\(/.test(module.text.slice(m.index, m.index + 200)) || (/\blambda\b/.test(module.text.slice(Math.max(0, m.index - 200), m.index)) && !!root && enclosing(root.descendantForIndex(m.index)!, LAMBDA) !== undefined);
      if (!outside && m.receiver === 'self' && handedOn && root?.descendantForIndex(m.index)?.type === 'identifier') {
        const line = root.descendantForIndex(m.index)!.startPosition.row;
        ownMethods ??= closure ? reachedFrom(closure) : ownThreadMethods(module, cls, target);
        const inOwnCode = [...ownMethods].some((own) => {
          const ref = cls.methods.get(own);
          const r = ref && absoluteRange(ref.fn.range, ref.statement.base);
          return !!r && r.start.line <= line && line <= r.end.line;
        });
        const inClosure = closure && ((r) => r.start.line <= line && line <= r.end.line)(absoluteRange(closure.fn.range, closure.statement.base));
        outside = !inOwnCode && !inClosure;
      }
      if (outside) break;
    }
    // A class the module never makes is a library's: its public methods are what its users call, from their threads.
    // (What it changes after waiting for a thread, `self.reader.join()` … `self.port = None`, it changes once that thread is done.)
    // (Not one its own thread calls, and nothing names but as `self.check()`: that one runs on the thread.)
    if (!outside && (ownMethods ??= closure ? reachedFrom(closure) : ownThreadMethods(module, cls, target)).has(name) && !namedOtherThanOnSelf(module.text, name)) continue;
    // (Not a builder's step, a setter that ends in `return self` (`runner.set_duration(d).start()`): it configures the object before its thread starts.)
    if (outside || (!name.startsWith('_') && (library ??= !madeInModule(module, cls.name)) && !/\n[ \t]*return\s+self[ \t]*(?:#.*)?\s*$/.test(bodyOf(ref)))) {
      calledOutside.push(name);
      const body = untilThreadJoin(afterOwnStart(cls, bodyOf(ref)));
      note(name, body);
      // (And the helpers it calls on `self`, `send_app_message()` → `send_message()` → `_next_id()`: they run on
      // the caller's thread too. Not what a function nested in them calls: that one runs where it is handed.)
      const helpers = [name];
      for (let i = 0; i < helpers.length; i++) {
        const text = i === 0 ? body : bodyOf(cls.methods.get(helpers[i])!);
        for (const h of outsideNestedDefs(text).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)) {
          if (helpers.includes(h[1]) || h[1].startsWith('__') || !cls.methods.has(h[1])) continue;
          helpers.push(h[1]);
          note(name, bodyOf(cls.methods.get(h[1])!));
        }
      }
    }
  }
  // The other closures of that method started on threads of their own, with what they call on `self`.
  for (const key of siblingClosures) {
    const ref = module.functions.get(key);
    if (!ref || key === targetKey) continue;
    const name = key.slice(key.lastIndexOf('.') + 1);
    note(`${name}${ON_OWN_THREAD}`, bodyOf(ref));
    for (const m of reachedFrom(ref)) if (!m.startsWith('__')) note(`${m}${ON_OWN_THREAD}`, bodyOf(cls.methods.get(m)!));
  }
  // The starting method goes on beside the thread it started.
  const starterRef = starterName !== undefined && starterName !== '__init__' ? cls.methods.get(starterName) : undefined;
  if (starterRef && starterName !== target) {
    const after = untilThreadJoin(bodyOf(starterRef, starter.line + 1));
    note(starterName!, after);
    for (const m of after.matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)) {
      const called = cls.methods.get(m[1]);
      if (called && m[1] !== target && !m[1].startsWith('__')) note(m[1], bodyOf(called));
    }
  }
  return out.size > 0 ? out : undefined;
}

/** For a Thread subclass, a method's text after its `self.start()` (`connect()` sets up, then starts): what comes before runs before the thread. */
function afterOwnStart(cls: ClassInfo, body: string): string {
  const start = cls.isThread ? /\bself\s*\.\s*start\s*\(\s*\)/.exec(body) : null;
  return start ? body.slice(start.index + start[0].length) : body;
}

/** The classes named by the argument at `index` of the calls of a top-level function (`bench(UnsafeCounter)`). */
function classesHandedTo(module: Module, fnKey: string, index: number): string[] {
  if (!isTopLevelFunction(module, fnKey)) return [];
  const found: string[] = [];
  for (const site of callSites(module).get(fnKey) ?? []) {
    const arg = site.args[index];
    if (arg && module.classes.has(arg) && !found.includes(arg)) found.push(arg);
  }
  return found;
}

const isTopLevelFunction = (module: Module, fnKey: string) => !fnKey.includes('.') && module.functions.has(fnKey);

/** The function a nested function is defined in (its closure's), if it is one. */
function enclosingFunction(module: Module, fnKey: string): string | undefined {
  const dot = fnKey.lastIndexOf('.');
  const outer = dot < 0 ? undefined : fnKey.slice(0, dot);
  return outer !== undefined && module.functions.has(outer) ? outer : undefined;
}

/**
 * What a thread start hands its target, by the target's parameter names: positional names after the
 * bound instance (a method) and what a partial binds, then keywords; each with its class when known.
 */
function handedObjects(module: Module, target: string, method: boolean, passed: Passed, prefix: ArgName[], prefixKeywords: [string, string][], at: NameContext, names?: Map<string, string>): Map<string, string | undefined> | undefined {
  const fn = module.functions.get(target);
  if (!fn) return undefined;
  const params = fn.fn.params.slice(method && fn.definition.parentIsClass ? 1 : 0);
  const out = new Map<string, string | undefined>();
  [...prefix, ...passed.positional].forEach((name, i) => {
    if (name && params[i] !== undefined) (out.set(params[i], classOf(module, name, at)), names?.set(params[i], name));
  });
  for (const [k, name] of [...prefixKeywords, ...passed.keyword]) if (params.includes(k)) (out.set(k, classOf(module, name, at)), names?.set(k, name));
  return out.size > 0 ? out : undefined;
}

/** An entry that a library or framework runs on several threads at once (a request, a callback, a pool task). */
function severalThreads(key: string, boundMethod: boolean, site: Range0, how: string, more: Partial<ThreadEntry> = {}): ThreadEntry {
  return { key, boundMethod, site, how, moduleLine: undefined, oneThread: false, repeats: true, ...more };
}

/** `t = threading.Thread(target=f)` whose `t` nothing starts (`t.start()` nowhere in the module): no thread runs f. */
function neverStarted(module: Module, root: Node, site: Range0): boolean {
  const call = root.descendantForPosition({ row: site.start.line, column: site.start.character }, { row: site.end.line, column: site.end.character });
  const assignment = call?.parent?.type === 'assignment' && call.parent.childForFieldName('right')?.id === call.id ? call.parent : undefined;
  const left = assignment?.childForFieldName('left');
  // (A dotted name only: in broken code an attribute can span a string or a call.)
  if (!left || (left.type !== 'identifier' && left.type !== 'attribute') || !/^[\w.\s]+$/.test(left.text)) return false;
  const name = left.text.replace(/\s+/g, '').replace(/\./g, '\\s*\\.\\s*');
  // `self.thread` made in `__init__` may be started through the object from outside (`plane.thread.start()`).
  const own = /^self\s*\.\s*(\w+)$/.exec(left.text)?.[1];
  const receiver = own !== undefined ? `[\\w.]*\\.\\s*${own}` : name;
  // Started, or handed on (`threads.append(t)`, `return t`, `self.workers = [t]`): taken as started.
  return !new RegExp(`(?<![\\w.])${receiver}\\s*\\.\\s*start\\s*\\(|[(,\\[=]\\s*${name}\\s*[,)\\]]|\\breturn\\s+${name}\\b|\\byield\\s+${name}\\b`).test(module.text);
}

/**
 * `pool.apply_async(f, callback=cb)` followed at once by `pool.close(); pool.join()`: the callback runs
 * on the pool's result thread while the code that started it waits, and has ended when `join()`
 * returns, so it never runs beside that code (or the object's other methods, called after).
 */
function poolJoinedAtOnce(root: Node, site: Range0): boolean {
  let call: Node | null = root.descendantForPosition({ row: site.start.line, column: site.start.character }, { row: site.end.line, column: site.end.character });
  while (call && call.type !== 'call') call = call.parent;
  const receiver = call?.childForFieldName('function')?.childForFieldName('object')?.text.replace(/\s+/g, '');
  // The statement the call is (`pool.apply_async(…)`, `result = pool.apply_async(…)`).
  let statement = call?.parent;
  if (statement?.type === 'assignment') statement = statement.parent;
  if (!receiver || statement?.type !== 'expression_statement') return false;
  const next = () => {
    do statement = statement!.nextNamedSibling;
    while (statement?.type === 'comment');
    const c = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    return c?.type === 'call' && !c.childForFieldName('arguments')?.namedChildCount ? c.childForFieldName('function')?.text.replace(/\s+/g, '') : undefined;
  };
  let method = next();
  if (method === `${receiver}.close`) method = next();
  return method === `${receiver}.join`;
}

/**
 * Qt's worker-object pattern: `worker.moveToThread(thread)`, `thread.started.connect(worker.run)`,
 * `thread.start()`: the connected method runs on that QThread, on the one worker object, beside the
 * GUI thread that goes on calling the worker's other methods.
 */
function qtWorkerEntries(module: Module, root: Node): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  const word = (x: string) => x.replace(/\s+/g, '').replace(/\./g, '\\s*\\.\\s*');
  for (const m of module.text.matchAll(/([\w.]+)\s*\.\s*moveToThread\s*\(\s*([\w.]+)\s*\)/g)) {
    const [, worker, thread] = m;
    const connect = new RegExp(`(?<![\\w.])${word(thread)}\\s*\\.\\s*started\\s*\\.\\s*connect\\s*\\(\\s*${word(worker)}\\s*\\.\\s*(\\w+)\\s*\\)`).exec(module.text);
    // The worker's class: `self.worker = Worker(…)` / `worker = Worker(…)`, a class of this module.
    const made = new RegExp(`(?<![\\w.])${word(worker)}\\s*=\\s*([A-Za-z_]\\w*)\\s*\\(`).exec(module.text);
    const cls = made ? module.classes.get(made[1]) : undefined;
    if (!connect || !cls?.methods.has(connect[1])) continue;
    const at = root.descendantForIndex(connect.index);
    const line = at?.startPosition.row ?? 0;
    const key = `${cls.name}.${connect[1]}`;
    if (out.some((e) => e.key === key)) continue;
    out.push({ key, boundMethod: true, site: { start: { line, character: at?.startPosition.column ?? 0 }, end: { line, character: (at?.startPosition.column ?? 0) + connect[0].length } }, how: `the QThread that ${worker} is moved to (moveToThread), whose started signal runs ${connect[1]}()`, moduleLine: undefined, oneThread: true, repeats: false });
  }
  return out;
}

/**
 * A thread waited for as soon as it starts (`t.start()` then `t.join()`, also for each thread of a list
 * in turn: `for t in threads: t.start(); t.join()`): it runs while its starter waits and before the next
 * one starts, so no other thread of the same start runs its code beside it. (Per start, where
 * startsJoinedAtOnce asks it of the whole module.)
 */
function joinedOnStart(root: Node, site: Range0): boolean {
  let call: Node | null = root.descendantForPosition({ row: site.start.line, column: site.start.character }, { row: site.end.line, column: site.end.character });
  // (Made in a list, `threads = [Thread(…) for …]` or `[Thread(…), Thread(…)]`: the list's name.)
  let holder = call?.parent;
  while (holder && (holder.type === 'list_comprehension' || holder.type === 'list' || holder.type === 'generator_expression')) [call, holder] = [holder, holder.parent];
  const left = holder?.type === 'assignment' && holder.childForFieldName('right')?.id === call?.id ? holder.childForFieldName('left') : undefined;
  if (left?.type !== 'identifier') return false;
  const name = left.text;
  const scope = enclosingDefinition(holder!) ?? root;
  const after = scope.text.slice(holder!.endIndex - scope.startIndex);
  const inTurn = (t: string) => new RegExp(`(?<![\\w.])${t}\\s*\\.\\s*start\\s*\\(\\s*\\)[ \\t]*(?:;|#[^\\n]*)?\\s*${t}\\s*\\.\\s*join\\s*\\(\\s*\\)`);
  const starts = (t: string) => (after.match(new RegExp(`(?<![\\w.])${t}\\s*\\.\\s*start\\s*\\(`, 'g')) ?? []).length;
  if (call?.type === 'call') return starts(name) === 1 && inTurn(name).test(after);
  // Every loop over the list that starts its threads waits for each in turn.
  // (The loop's body: the lines after its header, up to the first line indented no deeper than it.)
  const body = (l: RegExpMatchArray) => {
    const header = after.lastIndexOf('\n', l.index!) + 1;
    const indent = /^[ \t]*/.exec(after.slice(header))![0].length;
    const lines = after.slice(l.index! + l[0].length).split('\n').slice(1);
    const end = lines.findIndex((line) => line.trim() !== '' && /^[ \t]*/.exec(line)![0].length <= indent);
    return (end < 0 ? lines : lines.slice(0, end)).join('\n');
  };
  const loops = [...after.matchAll(new RegExp(`\\bfor\\s+(\\w+)\\s+in\\s+${name}\\s*:`, 'g'))].filter((l) => new RegExp(`(?<![\\w.])${l[1]}\\s*\\.\\s*start\\s*\\(`).test(body(l)));
  return loops.length === 1 && starts(loops[0][1]) === 1 && inTurn(loops[0][1]).test(body(loops[0]));
}

/** A ThreadPoolExecutor made with one worker. */
const ONE_WORKER_EXECUTOR = /[\w.]*ThreadPoolExecutor\s*\(\s*(?:max_workers\s*=\s*)?1\s*[,)]/;

/** Is every binding of the executor `name` (`self.pool = …`, `with … as pool`) a ThreadPoolExecutor with one worker? */
function singleWorkerExecutor(module: Module, name: string): boolean {
  const n = name.split('.').map(escapeRegExp).join('\\s*\\.\\s*');
  const binds = [...module.text.matchAll(new RegExp(`^[^\\n]*?(?:(?<![\\w.])${n}\\s*=(?!=)([^\\n]*)|\\bas\\s+${n}\\b)`, 'gm'))];
  return binds.length > 0 && binds.every((m) => ONE_WORKER_EXECUTOR.test(m[1] ?? m[0]));
}

function threadEntries(module: Module, lambdas: Map<string, Target>, root: Node | undefined, handOffs?: ThreadHandOff[]): ThreadEntry[] {
  const entries: ThreadEntry[] = [];
  // How many direct thread starts each function makes on a method of its own object, by target text.
  const ownStarts = new Map<string, number>();
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      if (e.t !== 'direct' || e.passed?.repeats) continue;
      const fnKey = functionAt(statement, e.site.start);
      const cls = fnKey !== undefined ? fnKey.slice(0, fnKey.lastIndexOf('.')) : undefined;
      for (const t of e.targets) {
        if (t.t !== 'method' || !t.isSelf || !cls) continue;
        const key = `${fnKey}\u0000${cls}.${t.attr}`;
        ownStarts.set(key, (ownStarts.get(key) ?? 0) + 1);
      }
    }
  }
  const ownTargets = new Set([...ownStarts.keys()].map((k) => k.slice(k.indexOf('\u0000') + 1)));
  // The closures each method starts on threads (`def start(self): def rx(): … Thread(target=rx)`), by method.
  const closureStarts = new Map<string, string[]>();
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      const fnKey = e.t === 'direct' ? functionAt(statement, e.site.start) : undefined;
      if (fnKey === undefined || e.t !== 'direct') continue;
      for (const t of e.targets) {
        if (t.t !== 'name' || !module.functions.has(`${fnKey}.${t.name}`)) continue;
        const list = closureStarts.get(fnKey) ?? [];
        if (!list.includes(`${fnKey}.${t.name}`)) closureStarts.set(fnKey, [...list, `${fnKey}.${t.name}`]);
      }
    }
  }
  // How many thread starts in each function hand each name (`args=(board,)`), by function and name.
  const handings = new Map<string, number>();
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      if (e.t === 'run_in_executor' || !e.passed) continue;
      const fnKey = functionAt(statement, e.site.start);
      for (const name of [...e.passed.positional, ...e.passed.keyword.map(([, n]) => n)]) if (name) handings.set(`${fnKey}\u0000${name}`, (handings.get(`${fnKey}\u0000${name}`) ?? 0) + (e.passed.repeats ? 2 : 1));
    }
  }
  const mqttThread = /\.\s*loop_start\s*\(/.test(module.text);
  const serialRuns = new Set<string>();
  // (Asked once per executor name: each asks the whole text, and a module may submit in many places.)
  const oneWorker = new Map<string, boolean>();
  const singleWorker = (name: string) => oneWorker.get(name) ?? oneWorker.set(name, singleWorkerExecutor(module, name)).get(name)!;
  const websocketThread = /(?:\btarget\s*=\s*|\bstart_new_thread\s*\(\s*)[\w.\s]*\.\s*run_forever\b/.test(module.text);
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      if (e.t === 'direct' && e.how === MQTT_THREAD && !mqttThread) continue; // `loop_forever()` runs the callbacks on the calling thread
      if (e.t === 'direct' && e.how === WEBSOCKET_THREAD && !websocketThread) continue; // so does `ws.run_forever()`
      // A helper this module defines is followed through its own start instead.
      if (e.t === 'direct' && e.how.endsWith(STARTS_BY_NAME) && definedHere(module, e.how.slice(0, -STARTS_BY_NAME.length - 2))) continue;
      const site = absoluteRange(e.site, statement.base);
      if (e.t === 'direct' && (e.how === 'threading.Thread' || e.how === 'threading.Timer') && root && neverStarted(module, root, site)) continue;
      if (e.t === 'result-callback' && root && poolJoinedAtOnce(root, site)) continue;
      const line = statement.base.line + e.line + 1;
      const fnKey = functionAt(statement, e.site.start);
      const moduleLine = fnKey === undefined ? site.start.line : undefined;
      const here: NameContext = { fnKey, line: site.start.line };
      // `serial`: the executor handed the work has one worker (`ThreadPoolExecutor(max_workers=1)`), which runs
      // what it is handed one after another on its one thread, however often and from wherever it is handed.
      const add = (targets: CallableRef[], how: string, serial?: string) => {
        const common = { site, how: `${how} at line ${line}`, moduleLine, oneThread: !!serial || (e.t === 'direct' && !e.several && !(how === 'Future.add_done_callback' && fnKey !== undefined)) || e.t === 'result-callback' || (e.t === 'executor-method' && (e.method === 'submit' || e.method === 'add_task') && !e.passed?.repeats), ...(e.t === 'result-callback' && { resultThread: true }) };
        const repeats = !serial && (e.passed?.repeats ?? false) && !(root !== undefined && e.t === 'direct' && joinedInItsLoop(module, root, site.start));
        for (const t of targets) {
          const inner = t.t === 'partial' ? t.inner : t;
          const prefix = t.t === 'partial' ? t.args : [];
          const prefixKeywords = t.t === 'partial' ? t.keyword : [];
          const r = resolveCallable(module, statement, t, lambdas, moduleLine, here);
          // A coroutine function handed as a target runs on an event loop (Gradio's, or none: a thread only makes the coroutine).
          if (r && module.functions.get(r.key)?.fn.isAsync) continue;
          if (r) {
            // (One entry for each function a one-worker executor runs: its runs are one thread's.)
            if (serial !== undefined && serialRuns.has(`${r.key}\u0000${serial}`)) continue;
            if (serial !== undefined) serialRuns.add(`${r.key}\u0000${serial}`);
            const argNames = new Map<string, string>();
            const handed = e.passed && handedObjects(module, r.key, inner.t === 'method', e.passed, prefix, prefixKeywords, here, argNames);
            const keptParams = handed && common.oneThread && moduleLine === undefined && root ? keptByStarter(module, root, site, argNames) : [];
            const made = common.oneThread && fnKey !== undefined ? module.functions.get(fnKey)?.fn.ctorLocals : undefined;
            const madeByStarter = made ? [...argNames].filter(([, arg]) => made.some(([n]) => n === arg)).map(([param]) => param) : [];
            const starterMadeParams = madeByStarter.filter((param) => handings.get(`${fnKey}\u0000${argNames.get(param)}`) === 1);
            // `Thread(target=filler, args=(purse,))` and `Thread(target=drainer, args=(purse,))`: one object, two threads.
            const handedTwice = [...argNames].filter(([, arg]) => (handings.get(`${fnKey}\u0000${arg}`) ?? 0) >= 2).map(([param]) => param);
            const callee = module.functions.get(r.key);
            const paramsAt = (positions: number[] | undefined) => positions && callee ? positions.map((i) => callee.fn.params.slice(inner.t === 'method' && callee.definition.parentIsClass ? 1 : 0)[prefix.length + i]).filter((p): p is string => p !== undefined) : undefined;
            const freshParams = paramsAt(e.passed?.fresh);
            const distinctParams = paramsAt(e.passed?.distinct);
            const pickedParams = paramsAt(e.passed?.picked);
            // (Only for a function of the module: a lambda or a builtin has no parameters to name.)
            const literalParams = e.passed?.literals && !e.passed.repeats ? e.passed.literals.flatMap(([i, text]): [string, string][] => paramsAt([i])?.map((param) => [param, text]) ?? []) : undefined;
            // `Thread(target=self.tick)` started once (not in a loop), as in `__init__`: one thread per
            // object, so that object's state is not shared between threads (as a Thread subclass's).
            // (So does a method of its own object handed to a one-worker executor, `self.pool.submit(self.log_error, m)`.)
            const ownObjectOnce = inner.t === 'method' && inner.isSelf && (e.t === 'direct' || serial !== undefined) && common.oneThread && !repeats;
            // Unless this function starts it again at another line, runs more than once on one object, or
            // calls that method itself after the start (`Thread(target=self.bump).start(); self.bump()`):
            // two threads on one object. Or methods called from outside change the attributes its thread changes.
            const starter = fnKey !== undefined ? module.functions.get(fnKey) : undefined;
            const startedTwice =
              ownObjectOnce &&
              serial === undefined &&
              ((ownStarts.get(`${fnKey}\u0000${r.key}`) ?? 0) > 1 ||
                (root !== undefined && fnKey !== undefined && startsPerCall(module, root, fnKey) && !startsOneAtATime(module, root, site.start)) ||
                (starter !== undefined && new RegExp(`\\bself\\s*\\.\\s*${inner.attr}\\s*\\(`).test(functionText(module, starter, site.start.line + 1))));
            // `def submit(self, fn): … def execute(): … self.running -= 1` handed to a thread or pool: a closure
            // started once per call of a method that runs many times on one object, so many threads share `self`.
            const closurePerCall = !ownObjectOnce && common.oneThread && inner.t === 'name' && fnKey !== undefined && r.key.startsWith(`${fnKey}.`) && root !== undefined && startsPerCall(module, root, fnKey) && !startsOneAtATime(module, root, site.start);
            // `def start(self): def accept(): while True: handle(conn)` … `def handle(conn): Thread(target=serve)`: a closure
            // that starts its sibling on each call, called in a loop: a thread per call.
            const siblingPerCall = !closurePerCall && common.oneThread && inner.t === 'name' && fnKey !== undefined && root !== undefined && r.key.startsWith(`${fnKey.slice(0, fnKey.lastIndexOf('.'))}.`) && nestedCalledRepeatedly(module, root, fnKey);
            // A closure of a method started once (`def __init__(self): def reader(): … self.error = e`): one
            // thread on the object's `self`, sharing it with the object's other threads and callers.
            const ownClosureOnce = inner.t === 'name' && e.t === 'direct' && common.oneThread && !e.passed?.repeats && !closurePerCall && fnKey !== undefined && r.key === `${fnKey}.${inner.name}` && /\bself\s*\./.test(functionText(module, module.functions.get(r.key)!));
            const calledOutside: string[] = [];
            const sharedWith = (ownObjectOnce && !startedTwice && r.bound) || ownClosureOnce ? ownThreadSharing(module, r.key, { key: fnKey, line: site.start.line }, ownTargets, ownClosureOnce ? closureStarts.get(fnKey!) : undefined, calledOutside) : undefined;
            // `[Thread(target=node.run) for node in nodes]`: each thread runs on the object its round of the loop took.
            const eachItsOwn = inner.t === 'method' && !inner.isSelf && inner.receiver !== undefined && !!root && loopTakes(root, site, inner.receiver);
            // (though what each one's constructor was handed may be one object for all: `Sender(stats)` in a loop)
            const ownersClass = eachItsOwn ? module.classes.get(r.key.slice(0, r.key.lastIndexOf('.'))) : undefined;
            const viaConstructor = ownersClass ? handedThroughConstructor(module, ownersClass) : undefined;
            entries.push({ key: r.key, boundMethod: (r.bound && !eachItsOwn && (!ownObjectOnce || startedTwice || !!sharedWith)) || (ownClosureOnce && !!sharedWith), ...common, ...((startedTwice || closurePerCall || siblingPerCall) && { oneThread: false }), ...(closurePerCall && { perCallOf: fnKey!.slice(fnKey!.lastIndexOf('.') + 1) }), ...((handed || viaConstructor) && { handed: new Map([...(handed ?? []), ...(viaConstructor ?? [])]) }), repeats, ...(sharedWith && { sharedWith }), ...(calledOutside.length && { calledOutside }), ...(freshParams?.length && { freshParams }), ...(distinctParams?.length && { distinctParams }), ...(pickedParams?.length && { pickedParams }), ...(literalParams?.length && { literalParams }), ...(keptParams.length && { keptParams }), ...(starterMadeParams.length && { starterMadeParams }), ...(madeByStarter.length && { madeByStarter }), ...(handedTwice.length && { handedTwice }) });
            // `Thread(target=loop, args=(c.incr, n))` where `loop(func, n)` calls `func()`: c.incr runs on that thread too.
            const params = callee?.fn.params.slice(inner.t === 'method' && callee.definition.parentIsClass ? 1 : 0) ?? [];
            for (const [i, handedRef] of e.passed?.callables ?? []) {
              const param = params[prefix.length + i];
              const called = param !== undefined && callee!.fn.calls.some((c) => c.t === 'name' && c.name === param);
              const via = called ? resolveCallable(module, statement, handedRef, lambdas, moduleLine, here) : undefined;
              if (via) entries.push({ key: via.key, boundMethod: via.bound, ...common, repeats });
            }
            continue;
          }
          // Imported code (`from handlers import handle_client`): the module that defines it is told.
          const imported = handOffs && importedCallable(module, t, here);
          const onGlobal = handOffs && imported === undefined ? importedMethodOfGlobal(module, t, here, true) : [];
          if (imported !== undefined || onGlobal.length > 0) {
            const several = !common.oneThread || !!e.passed?.repeats || (root !== undefined && runsOnce(module, root, site.start) === undefined);
            if (imported !== undefined) handOffs!.push({ target: imported, several, line, how });
            for (const target of onGlobal) handOffs!.push({ target, several, line, how, sharedSelf: true });
            // A function of this module handed to the imported one (`pool.submit(with_retries, upload_part, i)`):
            // a wrapper is handed a function to call it, on the thread it runs on.
            for (const [, handedRef] of e.passed?.callables ?? []) {
              const via = resolveCallable(module, statement, handedRef, lambdas, moduleLine, here);
              if (via && module.functions.has(via.key)) entries.push({ key: via.key, boundMethod: via.bound, ...common, how: `${common.how}, through ${t.t === 'name' ? t.name : imported ?? 'an imported function'}()`, repeats });
            }
            continue;
          }
          // A target that is a parameter of the function starting the thread (`run_threads(worker, …)`):
          // follow it, and the names handed along with it, to the calls of that function.
          const owner = fnKey !== undefined && !fnKey.includes('.') ? module.functions.get(fnKey) : undefined;
          const index = inner.t === 'name' && owner ? owner.fn.params.indexOf(inner.name) : -1;
          if (index < 0) continue;
          for (const call of callSites(module).get(fnKey!) ?? []) {
            const name = call.args[index];
            const via = name ? resolveCallable(module, statement, { t: 'name', name, scope: call.at.fnKey }, lambdas, call.at.fnKey === undefined ? call.at.line : undefined) : undefined;
            if (!via) continue;
            const substitute = (n: ArgName): ArgName => {
              const i = n === null ? -1 : owner!.fn.params.indexOf(n);
              return i >= 0 ? call.args[i] ?? null : null;
            };
            const passed = e.passed && { ...e.passed, positional: e.passed.positional.map(substitute), keyword: e.passed.keyword.flatMap(([k, n]): [string, string][] => { const v = substitute(n); return v ? [[k, v]] : []; }) };
            const handed = passed && handedObjects(module, via.key, false, passed, prefix.map(substitute), [], call.at);
            entries.push({ key: via.key, boundMethod: via.bound, ...common, ...(handed && { handed }), repeats });
          }
        }
      };
      if (e.t === 'direct' || e.t === 'result-callback') add(e.targets, e.how);
      else if (e.t === 'run_in_executor') {
        const kind = e.executor === 'default' ? 'thread-executor' : executorKind(module, e.executor);
        if (kind !== 'process-executor') add(e.targets, 'run_in_executor');
      } else {
        const kind = executorKind(module, e.receiver) ?? (e.method === 'submit' && submitsClosureToExecutor(module, statement, e.receiver, e.executorTargets, lambdas, here) ? 'thread-executor' : undefined);
        const serial = kind === 'thread-executor' && e.receiver && 'name' in e.receiver && singleWorker(e.receiver.name) ? e.receiver.name : undefined;
        if (kind === 'thread-executor' && (e.method === 'submit' || e.method === 'map')) add(e.executorTargets, `ThreadPoolExecutor.${e.method}${serial ? ' (one worker)' : ''}`, serial);
        if (kind === 'thread-executor' && e.method === 'add_task') add(e.executorTargets, 'the thread pool\'s add_task');
        if (kind === 'thread-pool' && POOL_METHODS.has(e.method)) add(e.poolTargets, `ThreadPool.${e.method}`);
      }
    }
  }
  // Starts of one function, each run once and each handing another literal (`args=[0]`, `args=[1]`…): an index of each thread's own.
  const byKey = new Map<string, ThreadEntry[]>();
  for (const e of entries) if (e.literalParams) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  for (const [key, group] of byKey) {
    if (group.length < 2 || entries.some((e) => e.key === key && !e.literalParams)) continue;
    for (const [param] of group[0].literalParams!) {
      const values = group.map((e) => e.literalParams!.find(([p]) => p === param)?.[1]);
      if (values.some((v) => v === undefined) || new Set(values).size !== values.length) continue;
      for (const e of group) e.distinctParams = [...(e.distinctParams ?? []), param];
    }
  }
  // A script (its `if __name__ == "__main__":` block) that never names a Thread subclass of its own but where it
  // defines it makes no thread of it: a version left beside the one the script runs. (Another module that makes it says so.)
  const script = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m.test(module.text);
  for (const c of module.classes.values()) {
    if (!c.isThread || !c.methods.has(c.run)) continue;
    const own = script && root && !c.name.includes('.') ? classNode(root, c) : undefined;
    if (own && wordCount(module.text, c.name, 0, own.startIndex) + wordCount(module.text, c.name, own.endIndex, module.text.length) === 0) continue;
    // Made once, where the module runs once (`Ticker().start()`): one thread, as a single Thread(target=…) is.
    const once = madeOnceAt(module, c.name);
    // Made several times with one object for each (`Worker(jobs)` in a loop): `self.jobs` is that object in every thread.
    // Or made once, with an object that another thread class's constructor is handed too (`Taker(items)`, `Eater(items)`).
    const across = once !== undefined ? handedToOtherThreadClasses(module, c) : undefined;
    const handed = once === undefined ? handedThroughConstructor(module, c) : across?.handed;
    // Its methods called from outside (`listener.poke()`) change what `run()` changes, beside the thread.
    // (However many are made, each object has one thread of its own: made by another class, `self._effect =
    // Effect()`, and called through it, `self._effect.enable(…)`. Unless they share what they are handed.)
    const calledOutside: string[] = [];
    const sharedWith = once !== undefined || !handed || [...handed.keys()].every((k) => k.startsWith('self.')) ? ownThreadSharing(module, `${c.name}.${c.run}`, { key: undefined, line: (once ?? c.site).start.line }, ownTargets, [], calledOutside) : undefined;
    const base = c.bases.some((b) => b.endsWith('.QThread')) ? 'QThread' : 'threading.Thread';
    entries.push({ key: `${c.name}.${c.run}`, boundMethod: !!sharedWith, site: once ?? c.site, how: `the ${base} subclass ${c.name}`, moduleLine: undefined, oneThread: once !== undefined, ...(handed && { handed, repeats: once === undefined }), ...(across && { handedAlsoTo: across.to }), ...(sharedWith && { sharedWith }), ...(calledOutside.length && { calledOutside }) });
  }
  for (const c of module.classes.values()) entries.push(...callablesHandedToThreadClass(module, c));
  if (root && /\bmoveToThread\s*\(/.test(module.text)) entries.push(...qtWorkerEntries(module, root));
  // Qt's QRunnable: a QThreadPool runs each one's `run()` on one of its threads, several at once.
  for (const c of module.classes.values()) {
    if (c.methods.has('run') && c.bases.some((b) => /\.QtCore\.QRunnable$/.test(b))) entries.push(severalThreads(`${c.name}.run`, false, c.site, `the QRunnable ${c.name}, run on a QThreadPool`));
  }
  // A watchdog event handler: the observer calls its `on_*` methods on its one thread (all of them on that one).
  for (const c of module.classes.values()) {
    if (!builtOn(module, c, WATCHDOG_HANDLERS)) continue;
    const scheduled = root ? scheduledAt(module, root, c.name) : undefined;
    const site = scheduled ? rangeOf(scheduled) : c.site;
    const moduleLine = scheduled && !enclosing(scheduled, FUNCTION_TYPES) ? scheduled.startPosition.row : undefined;
    for (const m of c.methods.keys()) {
      if (/^on_(?:any_event|created|deleted|modified|moved|closed|closed_no_write|opened)$/.test(m)) entries.push({ key: `${c.name}.${m}`, boundMethod: false, site, how: `the watchdog observer's thread${scheduled ? `, which ${c.name} is scheduled on at line ${site.start.line + 1}` : ''}`, moduleLine, oneThread: true, repeats: false });
    }
  }
  // Web routes: Flask serves each request on a thread of its own (the development server's default, and
  // threaded servers); FastAPI runs a plain `def` endpoint in its thread pool (an `async def` on its loop).
  for (const [key, { fn, definition }] of module.functions) {
    if (!fn.route || key.includes('#')) continue;
    // CherryPy serves an exposed method of the one mounted object on its pool of request threads.
    if (/\.\s*expose\b/.test(fn.route.text)) {
      if (qualify(module.imports.aliases, fn.route.on) === 'cherrypy') entries.push(severalThreads(key, definition.parentIsClass, absoluteRange(fn.range, module.functions.get(key)!.statement.base), `the CherryPy handler ${fn.route.text}, run on its pool of request threads`));
      continue;
    }
    // A hook or route registered inside a function on the app it is given (a Flask extension's
    // `init_app(self, app)`), in a module that imports Flask.
    const app = definition.parent === '' ? appKind(module, fn.route.on) ?? (/^dash(?:\.callback)?$/.test(qualify(module.imports.aliases, fn.route.on) ?? '') ? 'Dash' : undefined) ?? importedFlaskApp(module, fn.route.on, fn.route.text)
      : madeOrGivenApp(module, definition.parent, fn.route.on) && /^\s*(?:from\s+flask\b|import\s+flask\b)/m.test(module.text) ? 'Flask'
      : undefined;
    if (!app || (app !== 'Flask' && fn.isAsync)) continue;
    // Socket.IO's handlers are `@sio.on("event")` and `@sio.event`, a Telegram bot's `@bot.message_handler(…)`; the other verbs are web routes.
    const socketHandler = /\.\s*(?:on\s*\(|event\b)/.test(fn.route.text);
    const botHandler = /\.\s*\w+_handler\s*\(/.test(fn.route.text);
    if (socketHandler !== (app === 'Socket.IO') || botHandler !== (app === 'pyTelegramBotAPI')) continue;
    // A Dash callback is `@app.callback(…)`; a Dash app's other decorators are not handlers.
    if ((app === 'Dash') !== /(?:^@\s*|\.\s*)callback\s*\(/.test(fn.route.text)) continue;
    const where = app === 'Flask' || app === 'Dash' ? 'on a thread per request' : app === 'FastAPI' ? 'in its thread pool' : app === 'Socket.IO' ? 'for each client at once (on a thread per client in threading mode)' : "on the bot's worker threads (threaded by default)";
    const what = app === 'Socket.IO' ? 'event handler' : app === 'pyTelegramBotAPI' ? 'handler' : app === 'Dash' ? 'callback' : /_request\b/.test(fn.route.text) ? 'hook' : 'route';
    entries.push(severalThreads(key, false, absoluteRange(fn.range, module.functions.get(key)!.statement.base), `the ${app} ${what} ${fn.route.text}, run ${where}`));
  }
  // Code that reads Flask's `request` (a route's helper, a decorator's wrapper) runs inside a request,
  // on that request's thread: several at once.
  const requestName = [...module.imports.aliases].find(([, q]) => q === 'flask.request')?.[0];
  if (requestName !== undefined) {
    const reads = new RegExp(`(?<![\\w.])${requestName}\\s*\\.\\s*\\w`);
    for (const [key, ref] of module.functions) {
      if (ref.fn.route || key.includes('#') || ref.fn.locals.includes(requestName) || ref.fn.params.includes(requestName) || !reads.test(functionText(module, ref))) continue;
      entries.push(severalThreads(key, false, absoluteRange(ref.fn.range, ref.statement.base), `code that reads Flask's \`${requestName}\`, run on a thread per request`));
    }
  }
  // Flask's class-based views: a new instance per request, on that request's thread.
  for (const c of module.classes.values()) {
    if (!builtOn(module, c, VIEW_CLASSES)) continue;
    for (const m of c.methods.keys()) {
      if (HTTP_VERBS.has(m)) entries.push(severalThreads(`${c.name}.${m}`, false, c.site, `the view ${c.name}, run on a thread per request`));
    }
  }
  entries.push(...djangoViewEntries(module));
  // A threading socket server runs its handler class on a new thread, with a new instance, per request.
  const server = THREADING_SERVER.exec(module.text)?.[0];
  if (server) {
    // `self.server` is the one server object every request's handler is given.
    const servers = [...module.classes.values()].filter((c) => c.bases.some((b) => /^(?:socketserver|http\.server)\.\w*Server$|^socketserver\.ThreadingMixIn$/.test(b)));
    const handed = new Map([['self.server', servers.length === 1 ? servers[0].name : undefined]]);
    const threadingServers = new Set(threadingServerClasses(module.text));
    for (const c of module.classes.values()) {
      if (!builtOn(module, c, REQUEST_HANDLERS) || (root && servedOneAtATime(root, module.text, c.name, threadingServers))) continue;
      const perRequest = new Set([...c.methods.keys()].filter(runsPerRequest));
      // (`do_GET = _request_handler` in the class body: one method serving several verbs.)
      const body = root ? classNode(root, c)?.text : undefined;
      for (const m of body?.matchAll(/^[ \t]+(\w+)\s*=\s*(\w+)[ \t]*(?:#.*)?$/gm) ?? []) if (runsPerRequest(m[1]) && c.methods.has(m[2])) perRequest.add(m[2]);
      for (const m of perRequest) entries.push(severalThreads(`${c.name}.${m}`, false, c.site, `the request handler ${c.name}, run on a thread per request by ${server}`, { handed }));
    }
    // A threading server's own overrides that ThreadingMixIn calls on the request's thread (`finish_request`),
    // with `self` the one server: in a subclass too, each class's own override.
    for (const c of module.classes.values()) {
      if (!builtOn(module, c, THREADING_SERVER_BASES)) continue;
      for (const m of SERVER_METHODS_PER_REQUEST) {
        if (c.methods.has(m)) entries.push(severalThreads(`${c.name}.${m}`, true, c.site, `${c.name}.${m}(), run by ThreadingMixIn on a thread per request`));
      }
    }
    if (/\b(?:Simple|Doc)XMLRPCServer\b/.test(module.text)) entries.push(...xmlRpcEntries(module, server));
  }
  entries.push(...rpcServiceEntries(module));
  if (/\b(?:ThreadedServer|ThreadPoolServer)\s*\(/.test(module.text)) entries.push(...rpycServiceEntries(module));
  if (root) entries.push(...decoratedEntries(module, root), ...startedThroughMethod(module, root));
  if (root && handOffs) handOffs.push(...importedThreadClassesStarted(module, root), ...requestHandlersServed(module, root));
  if (root) entries.push(...mainProgramEntries(module, root, entries));
  return entries;
}

/** A name the function around it binds to a Semaphore(n > 1) (`sem = threading.Semaphore(64)` in `main()`), and to nothing else. */
function localSemaphoreN(module: Module, name: Node): boolean {
  return localOfKind(module, name, 'semaphore-n');
}

/** Is this name, in a function, a local bound only to what makes `kind` (`lock = threading.Lock()`, then `Worker(lock)`)? */
function localOfKind(module: Module, name: Node, kind: string): boolean {
  const fn = enclosingDefinition(name);
  if (!fn) return false;
  const bound = fn.descendantsOfType('assignment').filter((a) => a?.childForFieldName('left')?.text === name.text && enclosingDefinition(a)?.id === fn.id);
  return bound.length > 0 && bound.every((a) => constructorKind(module.imports.aliases, a!.childForFieldName('right')) === kind);
}

/** The key of the function around a node, as module.functions has it (`C.m`, `outer.inner`), if any. */
function definitionKey(module: Module, node: Node): string | undefined {
  // (The statements are in order: the last one starting at or before the node.)
  let [lo, hi] = [0, module.statements.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (module.statements[mid].node.startIndex <= node.startIndex) lo = mid;
    else hi = mid - 1;
  }
  const statement = module.statements[lo];
  return statement && statement.node.startIndex <= node.startIndex && node.endIndex <= statement.node.endIndex ? functionAt(statement, relativeRange(rangeOf(node), statement.base).start) : undefined;
}

/**
 * Objects of an imported class started here (`ClientThread(conn, self).start()`, or made into a name
 * that is then started): a Thread subclass of another module, whose `run()` runs on the thread. The
 * arguments that are one object for every thread it starts (`self`, a module global, `self.board`)
 * go along, by position or keyword, so that module can tell which of its attributes are shared.
 */
function importedThreadClassesStarted(module: Module, root: Node): ThreadHandOff[] {
  const out: ThreadHandOff[] = [];
  // (Only a module that imports from outside the standard library can start another module's class: by name, or with `from m import *`.)
  if (module.imports.stars.length === 0 && ![...module.imports.aliases.values()].some((q) => !STDLIB_MODULES.has(q.split('.')[0]))) return out;
  // Per function, the names that a capitalised call makes (`worker = Worker(…)`), read once.
  const madeNames = new Map<number, Set<string>>();
  const madeIn = (fn: Node) => {
    let names = madeNames.get(fn.id);
    if (!names) {
      names = new Set([...fn.text.matchAll(/(?<![\w.])((?:self\s*\.\s*)?\w+)\s*=\s*(?:\w+\s*\.\s*)*[A-Z]\w*\s*\(/g)].map((x) => x[1].replace(/\s+/g, '')));
      madeNames.set(fn.id, names);
    }
    return names;
  };
  for (const m of module.text.matchAll(new RegExp(STARTS_SOMETHING, 'g'))) {
    const dot = root.descendantForIndex(m.index!);
    const receiver = dot?.parent?.type === 'attribute' ? dot.parent.childForFieldName('object') : undefined;
    let made = receiver?.type === 'call' ? receiver : undefined;
    if (receiver?.type === 'identifier' || (receiver?.type === 'attribute' && receiver.childForFieldName('object')?.text === 'self')) {
      // `new_client = ClientThread(conn, self)` earlier in the same function (or `self.worker = …`).
      const fn = enclosing(receiver, FUNCTION_TYPES) ?? root;
      const name = receiver.text.replace(/\s+/g, '');
      // (Most `.start()` calls are a regex match's: no class made into that name, no tree walk.)
      if (!madeIn(fn).has(name)) continue;
      for (const a of fn.descendantsOfType('assignment')) {
        if (a && a.startIndex < receiver.startIndex && a.childForFieldName('left')?.text.replace(/\s+/g, '') === name && a.childForFieldName('right')?.type === 'call') made = a.childForFieldName('right')!;
      }
    }
    const ctor = made?.childForFieldName('function');
    if (!made || !ctor || (ctor.type !== 'identifier' && ctor.type !== 'attribute') || !/^[A-Z]/.test(ctor.type === 'identifier' ? ctor.text : (ctor.childForFieldName('attribute')?.text ?? ''))) continue;
    const fnKey = definitionKey(module, made);
    const named = importedCallable(module, { t: 'name', name: dotted(ctor) ?? ctor.text, scope: fnKey }, { fnKey, line: made.startPosition.row });
    // (A class of a star import, `from shop import *`: each such module is told; only the one that defines it takes it.)
    const fromStars = named === undefined && ctor.type === 'identifier' && !module.classes.has(ctor.text) && !module.functions.has(ctor.text) && !module.globals.has(ctor.text) && !module.imports.aliases.has(ctor.text) ? module.imports.stars.map((m) => `${m}.${ctor.text}`) : [];
    const targets = named !== undefined ? [named] : fromStars;
    if (targets.length === 0) continue;
    const shared: (number | string)[] = [];
    // The class of `self` here (`Waiter(name, self)` in a `Restaurant` method), or of a module global made from a class of this module.
    const sharedClasses: Record<string, string> = {};
    const selfClass = fnKey?.includes('.') && module.classes.has(fnKey.slice(0, fnKey.lastIndexOf('.'))) ? fnKey.slice(0, fnKey.lastIndexOf('.')) : undefined;
    (made.childForFieldName('arguments')?.namedChildren ?? []).forEach((a, i) => {
      const [key, value] = a?.type === 'keyword_argument' ? [a.childForFieldName('name')?.text, a.childForFieldName('value')] : [i, a];
      const text = value?.text.replace(/\s+/g, '') ?? '';
      if (key !== undefined && (text === 'self' || /^self\.\w+$/.test(text) || (value?.type === 'identifier' && (module.globals.has(text) || keptAcrossRounds(made!, text))))) shared.push(key);
      const ctorOf = value?.type === 'identifier' && module.globals.has(text) ? module.globalHistory.get(text)?.at(-1)?.ctor : undefined;
      const cls = text === 'self' ? selfClass : ctorOf !== undefined && module.classes.has(ctorOf) ? ctorOf : undefined;
      if (key !== undefined && cls !== undefined) sharedClasses[String(key)] = cls;
    });
    const line = made.startPosition.row + 1;
    const several = runsOnce(module, root, { line: made.startPosition.row, character: made.startPosition.column }) === undefined;
    for (const target of targets) out.push({ target, several, line, how: `${ctor.text}(…).start()`, ...(shared.length > 0 && { shared }), ...(Object.keys(sharedClasses).length > 0 && { sharedClasses }) });
  }
  return out;
}

/**
 * A local handed to a constructor in a loop that does not rebind it (`clients = []` before an accept loop
 * that makes `Handler(conn, clients)` each round): one object for every thread the loop makes.
 */
function keptAcrossRounds(made: Node, name: string): boolean {
  const loop = enclosing(made, REPEATING);
  const fn = enclosing(made, FUNCTION_TYPES);
  if (!loop || (loop.type !== 'for_statement' && loop.type !== 'while_statement') || (fn && loop.startIndex < fn.startIndex)) return false;
  return !new RegExp(`(?<![\\w.])${name}\\s*=(?!=)|\\bfor\\s+[^:\\n]*\\b${name}\\b[^:\\n]*\\bin\\b`).test(loop.text);
}

/**
 * Request handler classes of other modules made into a threading socket server here: `ThreadingTCPServer(addr,
 * Handler)`, or `LiveServer(addr, LiveHandler)` where `LiveServer` mixes in `ThreadingMixIn` here or in its own
 * module (which that module tells: the hand-off then holds only if it does). Each request runs the handler's
 * `handle()` on a thread of its own, so the module that defines the handler learns its methods run on threads.
 */
function requestHandlersServed(module: Module, root: Node): ThreadHandOff[] {
  const out: ThreadHandOff[] = [];
  const { aliases } = module.imports;
  if (!SERVES_REQUESTS.test(module.text) || ![...aliases.values()].some((q) => !STDLIB_MODULES.has(q.replace(/^\.+/, '').split('.')[0]) || q.startsWith('.'))) return out;
  // The handler is the second argument, or `RequestHandlerClass=`, and its name (or its head) was imported.
  for (const m of module.text.matchAll(/(?:RequestHandlerClass\s*=|,)\s*([A-Za-z_]\w*)((?:\s*\.\s*\w+)*)\s*[,)]/g)) {
    if (!aliases.has(m[1])) continue;
    let arg = root.descendantForIndex(m.index! + m[0].indexOf(m[1]));
    while (arg?.parent?.type === 'attribute' && arg.parent.childForFieldName('object')?.id === arg.id) arg = arg.parent;
    const list = arg?.parent?.type === 'keyword_argument' ? arg.parent.parent : arg?.parent;
    const call = list?.type === 'argument_list' ? list.parent : undefined;
    if (!arg || call?.type !== 'call') continue;
    const { positional, keyword } = callArgs(call);
    if (positional[1]?.id !== arg.id && keyword.get('RequestHandlerClass')?.id !== arg.id) continue;
    const serverName = dotted(call.childForFieldName('function'));
    if (serverName === undefined) continue;
    const fnKey = definitionKey(module, call);
    const line = call.startPosition.row;
    const handler = importedCallable(module, { t: 'name', name: dotted(arg) ?? arg.text, scope: fnKey }, { fnKey, line });
    if (handler === undefined || !/^[A-Z]/.test(handler.slice(handler.lastIndexOf('.') + 1))) continue;
    // Threading here (the standard library's, or a class of this module built on one); else perhaps in the module it comes from.
    const local = module.classes.get(serverName);
    const projectBase = (c: ClassInfo) => c.bases.find((b) => !module.classes.has(b) && (b.startsWith('.') || !STDLIB_MODULES.has(b.split('.')[0])));
    const threading = THREADING_SERVER_BASES.has(qualify(aliases, serverName) ?? '') || (!!local && builtOn(module, local, THREADING_SERVER_BASES));
    const ifThreadingServer = threading ? undefined : local ? projectBase(local) : importedCallable(module, { t: 'name', name: serverName, scope: fnKey }, { fnKey, line });
    if (!threading && ifThreadingServer === undefined) continue;
    out.push({ target: handler, several: true, line: line + 1, how: `the request handler ${handler.slice(handler.lastIndexOf('.') + 1)}, run on a thread per request by ${serverName}`, ...(ifThreadingServer !== undefined && { ifThreadingServer }) });
  }
  return out;
}

/**
 * A method that starts a thread on a callable it is handed (`def run_in_thread(self, func, *args):
 * Thread(target=func, args=args).start()`): what its callers hand it runs on a thread per call.
 * `command=lambda: self.run_in_thread(self.download)` starts one more for every click, beside the
 * others. A call made once as the object is set up (in `__init__`, not in a loop) is left alone.
 */
function startedThroughMethod(module: Module, root: Node): ThreadEntry[] {
  const entries: ThreadEntry[] = [];
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      if (e.t !== 'direct') continue;
      const fnKey = functionAt(statement, e.site.start) ?? '';
      const dot = fnKey.lastIndexOf('.');
      const cls = dot > 0 ? module.classes.get(fnKey.slice(0, dot)) : undefined;
      const method = cls?.methods.get(fnKey.slice(dot + 1));
      if (!cls || !method || method.fn.decoratedAs) continue;
      for (const t of e.targets) {
        const index = t.t === 'name' ? method.fn.params.indexOf(t.name) - 1 : -1;
        if (index < 0) continue;
        for (const { receiver, at } of methodCalls(module, root, method.fn.name)) {
          if (receiver !== 'self' ? !boundToClass(module, receiver, cls.name) : enclosing(at, CLASS_TYPES)?.childForFieldName('name')?.text !== cls.name.slice(cls.name.lastIndexOf('.') + 1)) continue;
          let call: Node | null = at;
          while (call && call.type !== 'call') call = call.parent;
          const arg = call ? callArgs(call).positional[index] : undefined;
          const own = arg?.type === 'attribute' && arg.childForFieldName('object')?.text === receiver ? arg.childForFieldName('attribute')?.text : undefined;
          const key = own !== undefined && cls.methods.has(own) ? `${cls.name}.${own}` : arg?.type === 'identifier' && module.functions.has(arg.text) ? arg.text : undefined;
          if (key === undefined || !call || setUpOnce(call)) continue;
          entries.push(severalThreads(key, own !== undefined, rangeOf(call), `${method.fn.name}() at line ${call.startPosition.row + 1}, which starts a thread on what it is handed, once per call`));
        }
      }
    }
  }
  return entries;
}

/** Is `node` in `__init__` (or a method named for setting up) and in no loop, lambda or comprehension there? */
function setUpOnce(node: Node): boolean {
  for (let p: Node | null = node.parent; p; p = p.parent) {
    if (REPEATS.has(p.type)) return false;
    if (p.type === 'function_definition') return SET_UP_WORD.test(p.childForFieldName('name')?.text ?? '');
  }
  return false;
}

/** `helper` (`spawn_thread`, `self.pool.start_thread`) names a function or a method this module defines. */
function definedHere(module: Module, helper: string): boolean {
  const name = helper.slice(helper.lastIndexOf('.') + 1);
  return module.functions.has(name) || [...module.classes.values()].some((c) => c.methods.has(name));
}

/** Third-party decorators that run each call of the function they wrap on a new thread. */
const THREADING_DECORATORS: ReadonlySet<string> = new Set(['multitasking.task']);

/**
 * Functions wrapped by a decorator that runs each call on a new thread: one of this module
 * (`def threaded(fn): def wrapper(*a, **k): Thread(target=fn, args=a, kwargs=k).start()`, whatever
 * its name), or a library's (THREADING_DECORATORS). A function called once, where the module runs
 * once, is one thread; otherwise every call is a thread of its own, beside the others.
 */
function decoratedEntries(module: Module, root: Node): ThreadEntry[] {
  const local = new Set<string>();
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      if (e.t !== 'direct') continue;
      const fnKey = functionAt(statement, e.site.start);
      const decorator = fnKey?.split('.')[0];
      const fn = decorator !== undefined ? module.functions.get(decorator) : undefined;
      if (fn && e.targets.some((t) => t.t === 'name' && t.name === fn.fn.params[0])) local.add(decorator!);
    }
  }
  const entries: ThreadEntry[] = [];
  const apscheduler = importsModule(module.imports.aliases, 'apscheduler');
  for (const [key, ref] of module.functions) {
    const site = absoluteRange(ref.fn.range, ref.statement.base);
    // `@sched.scheduled_job("interval", …)`: a job, as `sched.add_job(f, …)` makes one.
    const job = apscheduler && !ref.fn.isAsync ? ref.fn.decorators?.find((d) => /\.\s*scheduled_job$/.test(d)) : undefined;
    if (job !== undefined) entries.push({ key, boundMethod: false, site, how: `${APSCHEDULER_JOB} (@${job})`, moduleLine: undefined, oneThread: true });
    const decorator = ref.fn.decorators?.find((d) => local.has(d) || THREADING_DECORATORS.has(qualify(module.imports.aliases, d) ?? ''));
    if (decorator === undefined || ref.fn.isAsync) continue;
    const how = `the decorator @${decorator}, which runs each call on a new thread`;
    const calls = [...namesMatching(root, module.text, new RegExp(`(?<![\\w])${ref.fn.name}\\s*\\(`, 'g'))].filter(({ node }) => node.parent?.type === 'call' || node.parent?.parent?.type === 'call');
    const once = calls.length === 1 ? runsOnce(module, root, { line: calls[0].node.startPosition.row, character: calls[0].node.startPosition.column }) : undefined;
    entries.push(once !== undefined ? { key, boundMethod: false, site, how: `${how} (line ${once + 1})`, moduleLine: once, oneThread: true } : severalThreads(key, ref.definition.parentIsClass, site, how));
  }
  return entries;
}

/**
 * The main program, as one more thread, while threads it started run: the methods it calls after the
 * start, with no join between, on an object of a class whose code threads run (`server.update()` in its
 * main loop, while the server's own thread changes what `update()` goes through). One thread however
 * often it calls them, so what it alone changes is left alone.
 */
function mainProgramEntries(module: Module, root: Node, entries: readonly ThreadEntry[]): ThreadEntry[] {
  // The classes whose methods threads run, and the first module-level line from which a thread may run:
  // a start there, or the one place the module makes an object that starts its own thread.
  const threaded = new Set<string>();
  let first = Infinity;
  for (const e of entries) {
    const dot = e.key.lastIndexOf('.');
    const cls = dot > 0 && module.classes.has(e.key.slice(0, dot)) ? e.key.slice(0, dot) : undefined;
    if (cls !== undefined) threaded.add(cls);
    // (An object's own thread counts from where the module makes it only when its constructor starts it,
    // or from where it is started, for a Thread subclass, whose entry's site is that place.)
    const thread = cls !== undefined && e.oneThread && module.classes.get(cls)!.isThread && e.key === `${cls}.${module.classes.get(cls)!.run}`;
    const startsAt = e.moduleLine ?? (thread ? e.site.start.line : cls !== undefined && e.oneThread && e.site.start.line < first && enclosingMethodName(root, e.site) === '__init__' ? madeOnceAt(module, cls, 0, false)?.start.line : undefined);
    if (startsAt !== undefined) first = Math.min(first, startsAt);
    // A module function the thread runs, calling methods of a module-level object (`rows.get()` in `flush()`):
    // that object's class is thread code too, beside what the main program calls on it (`rows.put(row)`).
    const fn = cls === undefined && startsAt !== undefined ? module.functions.get(e.key) : undefined;
    if (fn && !e.key.includes('.')) {
      for (const m of functionText(module, fn).matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\.\s*[A-Za-z_]\w*\s*\(/g)) {
        const objCls = module.globals.has(m[1]) ? classOf(module, m[1], { fnKey: undefined, line: startsAt! }) : undefined;
        if (objCls !== undefined && module.classes.has(objCls)) threaded.add(objCls);
      }
    }
  }
  const out: ThreadEntry[] = [...startersGoingOn(module, root, entries)];
  if (first === Infinity || threaded.size === 0) return out;
  // After the first join the threads may be done: calls from there on are left alone.
  const lines = linesOf(module);
  let joined = first;
  while (joined < lines.length && !/\.join\s*\(/.test(lines[joined].replace(/#.*$/, ''))) joined++;
  // The module-level statements after that line (not the definitions), and the `obj.method(` calls in them.
  const calls = module.statements
    // (Placed by the statement's own offsets first: asking each statement's node for its position costs a call into the parser.)
    .filter((st) => st.base.line <= joined && lineOfIndex(module, st.to) > first && !/^(?:function|class|decorated)_definition$/.test(st.node.type))
    .flatMap((st) => [...st.node.text.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\(/g)].map((m) => ({ m, at: st.node.startIndex + m.index! })));
  for (const { m, at } of calls) {
    const node = root.descendantForIndex(at);
    const line = node?.startPosition.row ?? -1;
    if (node?.type !== 'identifier' || line <= first || line > joined || enclosingDefinition(node)) continue;
    let inClass = false;
    for (let p = node.parent; p && !inClass; p = p.parent) inClass = p.type === 'class_definition';
    const cls = inClass ? undefined : classOf(module, m[1], { fnKey: undefined, line });
    const key = cls !== undefined && threaded.has(cls) && module.classes.get(cls)!.methods.has(m[2]) ? `${cls}.${m[2]}` : undefined;
    if (key === undefined || out.some((e) => e.key === key)) continue;
    out.push({ key, boundMethod: true, site: { start: { line, character: node.startPosition.column }, end: { line, character: node.startPosition.column + m[0].length } }, how: `the main program at line ${line + 1}`, moduleLine: line, oneThread: true, mainProgram: true });
  }
  return out;
}

/**
 * A method that starts a thread on its own object's method and goes on (`start()`: the accept loop on a
 * thread, then `self.broadcast()`): the methods it calls on `self` after the start, with no join between,
 * run on the starter's thread beside that thread. One thread, as the main program is.
 */
function startersGoingOn(module: Module, root: Node, entries: readonly ThreadEntry[]): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  for (const e of entries) {
    const dot = e.key.lastIndexOf('.');
    const cls = dot > 0 ? module.classes.get(e.key.slice(0, dot)) : undefined;
    if (!cls || cls.isThread || e.mainProgram) continue;
    const starterName = enclosingMethodName(root, e.site);
    const starter = starterName !== undefined && starterName !== '__init__' ? cls.methods.get(starterName) : undefined;
    // (Not a Timer: what its starter does next runs, as a rule, while it still waits; nor a thread that runs the starter itself, a chain.)
    if (!starter || starter.definition.key !== `${cls.name}.${starterName}` || starter.definition.key === e.key || /Timer/.test(e.how) || e.site.start.line < absoluteRange(starter.fn.range, starter.statement.base).start.line) continue;
    const body = functionText(module, starter, e.site.end.line + 1);
    const joinAt = /\.\s*join\s*\(/.exec(body)?.index ?? body.length;
    for (const m of body.slice(0, joinAt).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)) {
      const key = `${cls.name}.${m[1]}`;
      if (m[1] === starterName || key === e.key || m[1].startsWith('__') || !cls.methods.has(m[1]) || out.some((o) => o.key === key)) continue;
      // (The body text starts on the line after the thread's start.)
      const line = e.site.end.line + 1 + newlinesBefore(body, m.index!);
      out.push({ key, boundMethod: true, site: e.site, how: `${starterName}(), which calls it at line ${line + 1} beside the thread it started`, moduleLine: undefined, oneThread: true, mainProgram: true, calledBeside: { starter: starterName!, line } });
    }
  }
  return out;
}

/**
 * RPC services whose one handler object a server calls on a pool of threads, several calls at once:
 * a gRPC servicer (`class Greeter(greeter_pb2_grpc.GreeterServicer)`: the synchronous server runs every
 * call on its ThreadPoolExecutor; grpc.aio's `async def` methods run on its event loop instead), and a
 * Thrift handler given to a threaded server (`Service.Processor(handler)` with `TThreadPoolServer` or
 * `TThreadedServer` in the module).
 */
function rpcServiceEntries(module: Module): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  const add = (c: ClassInfo, how: string) => {
    for (const [m, ref] of c.methods) if (!m.startsWith('_') && !ref.fn.isAsync) out.push(severalThreads(`${c.name}.${m}`, true, c.site, how));
  };
  if (/_pb2_grpc\b/.test(module.text)) {
    for (const c of module.classes.values()) {
      if (c.bases.some((b) => /_pb2_grpc\.\w*Servicer$/.test(b))) add(c, `the gRPC servicer ${c.name}, whose calls the server runs on its thread pool, several at once`);
    }
  }
  if (/\bT(?:ThreadPool|Threaded)Server\b/.test(module.text)) {
    // The processor made in the server's call, or a name bound to it that the server is given; its
    // handler made there, or a name bound to `Handler()` in the module.
    const processor = String.raw`[\w.]*\.\s*Processor\s*\(\s*(?:(\w+)\s*\(\s*\)|(\w+))\s*\)`;
    const served = [...module.text.matchAll(new RegExp(String.raw`\b(T(?:ThreadPool|Threaded)Server)\s*\(\s*${processor}`, 'g'))].map((m) => ({ server: m[1], made: m[2], name: m[3] }));
    for (const m of module.text.matchAll(new RegExp(String.raw`(?<![\w.])(\w+)\s*=\s*${processor}`, 'g'))) {
      const server = new RegExp(String.raw`\b(T(?:ThreadPool|Threaded)Server)\s*\(\s*${m[1]}\b`).exec(module.text)?.[1];
      if (server) served.push({ server, made: m[2], name: m[3] });
    }
    for (const { server, made, name } of served) {
      const c = module.classes.get(made ?? new RegExp(String.raw`(?<![\w.])${name}\s*=\s*(\w+)\s*\(`).exec(module.text)?.[1] ?? '');
      if (c) add(c, `the Thrift handler ${c.name}, whose calls the ${server} runs on its threads, several at once`);
    }
  }
  return out;
}

/**
 * A threading XML-RPC server (`class S(ThreadingMixIn, SimpleXMLRPCServer)`) runs each call on a
 * thread of its own: the functions it is given (`register_function(f)`, `@server.register_function`)
 * and the public methods of the one object it is given (`register_instance(Api())`).
 */
function xmlRpcEntries(module: Module, server: string): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  const how = `a call to the threading XML-RPC server (${server}), each on a thread of its own`;
  const add = (key: string, boundMethod: boolean, site: Range0) => out.push(severalThreads(key, boundMethod, site, how));
  for (const [key, { fn, statement }] of module.functions) if (fn.route && /\bregister_function\b/.test(fn.route.text)) add(key, false, absoluteRange(fn.range, statement.base));
  for (const m of module.text.matchAll(/\.\s*register_(function|instance)\s*\(\s*([A-Za-z_]\w*)\s*(\()?/g)) {
    if (m[1] === 'function') {
      const f = module.functions.get(m[2]);
      if (f) add(m[2], false, absoluteRange(f.fn.range, f.statement.base));
      continue;
    }
    const cls = module.classes.get(m[3] ? m[2] : (module.globalHistory.get(m[2])?.at(-1)?.ctor ?? ''));
    for (const name of cls?.methods.keys() ?? []) if (!name.startsWith('_')) add(`${cls!.name}.${name}`, true, cls!.site);
  }
  return out;
}

/**
 * An RPyC service object handed to a threaded server (`ThreadedServer(self.service, port=…)`,
 * `ThreadPoolServer(Api(), …)`): every connection's calls run on a thread of their own, on that one
 * object. (A service class handed as a class, `ThreadedServer(Api, …)`, gets an object per connection.)
 */
function rpycServiceEntries(module: Module): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  for (const m of module.text.matchAll(/\b(ThreadedServer|ThreadPoolServer)\s*\(\s*((?:self\s*\.\s*)?[A-Za-z_]\w*)\s*(\()?/g)) {
    if (!/^rpyc\./.test(qualify(module.imports.aliases, m[1]) ?? '')) continue;
    const handed = m[2].replace(/\s+/g, '');
    const attr = /^self\.(\w+)$/.exec(handed)?.[1];
    const owner = attr !== undefined ? [...module.classes.values()].find((c) => c.methods.has('__init__') && new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=`).test(functionText(module, c.methods.get('__init__')!))) : undefined;
    const className = m[3] ? handed : owner ? attributeClass(module, owner, attr!) : module.globalHistory.get(handed)?.at(-1)?.ctor;
    const cls = className !== undefined ? module.classes.get(className) : undefined;
    if (!cls || !cls.bases.some((b) => /^rpyc\.(?:core\.service\.)?(?:Service|SlaveService|ClassicService)$/.test(b))) continue;
    const how = `calls from RPyC clients, each connection on a thread of its own (${m[1]} at line ${lineOfIndex(module, m.index!) + 1})`;
    for (const name of cls.methods.keys()) if (!name.startsWith('_') && !/^on_(?:connect|disconnect)$/.test(name)) out.push(severalThreads(`${cls.name}.${name}`, true, cls.site, how));
  }
  return out;
}

const WEB_APPS: Record<string, 'Flask' | 'FastAPI' | 'Socket.IO' | 'pyTelegramBotAPI' | 'Dash'> = {
  'flask.Flask': 'Flask',
  'dash.Dash': 'Dash',
  'flask.Blueprint': 'Flask',
  'fastapi.FastAPI': 'FastAPI',
  'fastapi.APIRouter': 'FastAPI',
  'fastapi.routing.APIRouter': 'FastAPI',
  'flask_socketio.SocketIO': 'Socket.IO',
  'socketio.Server': 'Socket.IO',
  'telebot.TeleBot': 'pyTelegramBotAPI',
};

/** Which framework's app or router a module global holds (`app = Flask(__name__)`), if any. */
function appKind(module: Module, name: string): 'Flask' | 'FastAPI' | 'Socket.IO' | 'pyTelegramBotAPI' | 'Dash' | undefined {
  const ctor = module.globalHistory.get(name)?.at(-1)?.ctor;
  const q = ctor ? qualify(module.imports.aliases, ctor) : undefined;
  return q ? WEB_APPS[q] : undefined;
}

/**
 * Does `from` (what `name` was imported as) name an object of another module of the program: from the
 * package (`from .models import products`) or by its absolute name (`from app import webserver`)? Not
 * the frameworks' per-request and per-thread objects (`flask.g`, `flask.session`), nor whole modules.
 */
function importedObject(from: string | undefined, name: string): boolean {
  // `import settings`: a module of the project (not the standard library's), one object for the whole program.
  if (from === name) return !name.includes('.') && !STDLIB_MODULES.has(name);
  if (from === undefined || !from.includes('.')) return false;
  return from.startsWith('.') || !/^(?:flask|werkzeug|quart|bottle|django|starlette|fastapi|celery|threading|_thread|contextvars)\./.test(from);
}

/**
 * Is `app` the app a function is given (a Flask extension's `init_app(self, app)`) or makes itself (an app
 * factory's `app = Flask(__name__)` in `create_app()`), so that routes it registers on it are the app's?
 */
function madeOrGivenApp(module: Module, fnKey: string, app: string): boolean {
  const ref = module.functions.get(fnKey);
  if (!ref) return false;
  return ref.fn.params.includes(app) || new RegExp(`^[ \\t]*${app}\\s*=\\s*(?:flask\\s*\\.\\s*)?Flask\\s*\\(`, 'm').test(functionText(module, ref));
}

/**
 * `@webserver.route(…)` where `webserver` comes from the package (`from app import webserver`, the app
 * made in its `__init__.py`) and this module imports Flask: a Flask route, though the app is made elsewhere.
 */
function importedFlaskApp(module: Module, name: string, decorator: string): 'Flask' | undefined {
  const from = module.imports.aliases.get(name);
  if (from === undefined || from === name || /^(?:flask|dash|fastapi|socketio|flask_socketio|telebot)\b/.test(from) || module.globalHistory.has(name)) return undefined;
  if (!/\.\s*(?:route|get|post|put|delete|patch|before_request|after_request|teardown_request)\s*\(/.test(decorator)) return undefined;
  return /^\s*(?:from\s+flask\s+import\b|import\s+flask\b)/m.test(module.text) ? 'Flask' : undefined;
}

const THREAD_LOCAL: ReadonlySet<string> = new Set(['threading.local', '_threading_local.local']);

/** The standard library's servers and mix-in that serve each request on a thread of its own. */
const THREADING_SERVER_BASES: ReadonlySet<string> = new Set([
  'socketserver.ThreadingMixIn',
  ...['TCPServer', 'UDPServer', 'UnixStreamServer', 'UnixDatagramServer'].map((s) => `socketserver.Threading${s}`),
  'http.server.ThreadingHTTPServer',
]);

/** A threading server's methods that ThreadingMixIn runs on each request's own thread. */
const SERVER_METHODS_PER_REQUEST = ['finish_request', 'process_request_thread', 'shutdown_request', 'close_request'];

/**
 * A request handler class handed only to servers that serve one request at a time (`TCPServer(addr, EchoHandler)`,
 * or a class of the module built on one), in a module that has a threading server for another handler. Unknown
 * (false) where the class is handed anywhere else, or nowhere in the module.
 */
function servedOneAtATime(root: Node, text: string, handler: string, threadingServers: ReadonlySet<string>): boolean {
  let servers = 0;
  for (const m of text.matchAll(new RegExp(`(?<![\\w.])${handler}\\b`, 'g'))) {
    if (/\bclass\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    let arg: Node | null = root.descendantForIndex(m.index);
    if (arg?.type !== 'identifier') continue;
    if (arg.parent?.type === 'keyword_argument') arg = arg.parent;
    const call = arg.parent?.type === 'argument_list' ? arg.parent.parent : undefined;
    if (call?.type !== 'call') return false;
    const callee = call.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '';
    // (`super().__init__(addr, Handler)` in a server class: that class.)
    const server = /(?:^super\(\)|^\w+)\.__init__$/.test(callee) ? (enclosing(call, CLASS_TYPES)?.childForFieldName('name')?.text ?? '') : callee.slice(callee.lastIndexOf('.') + 1);
    if (!/Server$/.test(server) && !threadingServers.has(server) && !/^class\s+\w+\s*\([^)]*Server\b/.test(enclosing(call, CLASS_TYPES)?.text.slice(0, 200) ?? '')) return false;
    if (THREADING_SERVER.test(server) || threadingServers.has(server)) return false;
    servers++;
  }
  return servers > 0;
}

/** A request handler's methods that its server calls for each request (`do_GET` for an HTTP one). */
function runsPerRequest(method: string): boolean {
  return method === 'handle' || method === 'setup' || method === 'finish' || method.startsWith('do_');
}

/** A file that may make a socket server out of a handler class (`LiveServer((HOST, PORT), LiveHandler)`). */
const SERVES_REQUESTS = /\bserve_forever\b|\bhandle_request\b|Server\s*\(/;

/** Is the class built on one of `bases` (qualified names, or a test of one), directly or through classes of the module? */
function builtOn(module: Module, c: ClassInfo, bases: ReadonlySet<string> | ((base: string) => boolean), depth = 0): boolean {
  const isBase = typeof bases === 'function' ? bases : (b: string) => bases.has(b);
  return c.bases.some((b) => isBase(b) || (depth < 5 && !!module.classes.get(b) && builtOn(module, module.classes.get(b)!, isBase, depth + 1)));
}

interface Reached {
  target: Target;
  entries: ThreadEntry[];
  bound: boolean;
  /** The entries through which the function runs on a shared instance (`bound`). */
  boundEntries: ThreadEntry[];
  /** Parameters (or, for a lambda, captured names: '*') holding one object every thread gets, with its class when known. */
  shared: Map<string, string | undefined>;
  /** A library class's method whose `self` only its users' calls share with its own thread: the attributes its lock guards, which alone count. */
  sharedByUsersFor?: Set<string>;
  /** Parameters of `shared` handed an item of a shared container (`move(src, dst)`, `src = random.choice(accounts)`), not one object for all. */
  itemParams?: Set<string>;
}

/** Per module, each class's subclasses in it (at any depth), for the overrides a call on `self` may run. */
const subclassesByModule = new WeakMap<Module, Map<string, ClassInfo[]>>();

/** The overrides of method `key` (`Base.m`) in this module's subclasses of its class. */
/** Is the method's body left for subclasses to write: `pass`, `...`, `raise NotImplementedError`, a docstring? */
function leftToSubclasses(module: Module, ref: FunctionRef): boolean {
  const body = functionText(module, ref).replace(/^\s*#.*$/gm, '').replace(/^\s*(?:[rRbBuU]?(?:"""[\s\S]*?"""|'''[\s\S]*?'''))/, '').trim();
  return body === '' || /^(?:pass|\.\.\.|raise\s+NotImplementedError\b[^\n]*|return(?:\s+None)?)$/.test(body);
}

/** Is the line in one of the class's methods (a start written in the class itself, on `self`)? */
function startedInClass(cls: ClassInfo, line: number): boolean {
  return [...cls.methods.values()].some((m) => {
    const r = absoluteRange(m.fn.range, m.statement.base);
    return r.start.line <= line && line <= r.end.line;
  });
}

function overridesOf(module: Module, key: string): string[] {
  let subclasses = subclassesByModule.get(module);
  if (!subclasses) {
    subclasses = new Map<string, ClassInfo[]>();
    const byName = new Map<string, ClassInfo[]>();
    for (const c of module.classes.values()) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    for (const c of module.classes.values()) {
      // (The names builtOn would look at, gathered once: testing each class of the module against each made this quadratic.)
      const names = new Set<string>();
      const gather = (k: ClassInfo, depth: number) => {
        for (const b of k.bases) {
          names.add(b);
          const base = depth < 5 ? module.classes.get(b) : undefined;
          if (base) gather(base, depth + 1);
        }
      };
      gather(c, 0);
      for (const name of names) for (const base of byName.get(name) ?? []) if (base !== c) subclasses.set(base.name, [...(subclasses.get(base.name) ?? []), c]);
    }
    subclassesByModule.set(module, subclasses);
  }
  const dot = key.lastIndexOf('.');
  const attr = key.slice(dot + 1);
  return (subclasses.get(key.slice(0, dot)) ?? []).filter((c) => c.methods.has(attr)).map((c) => `${c.name}.${attr}`);
}

/** A method called on an object: on its class when known, else on the one class of the module that has it. */
function methodOn(module: Module, attr: string, cls: string | undefined): string | undefined {
  if (cls !== undefined) return module.classes.get(cls)?.methods.has(attr) ? `${cls}.${attr}` : undefined;
  let found: string | undefined;
  for (const c of module.classes.values()) {
    if (!c.methods.has(attr)) continue;
    if (found) return undefined; // two classes have it: which one is unknown
    found = `${c.name}.${attr}`;
  }
  return found;
}

/**
 * Does the class around the method `key` give `self.attr` its values only from calls into other code (`av.open(…)`,
 * `self._container.add_stream(…)`), never from a class or function of this module, a parameter or a name?
 */
function madeOnlyByOtherCode(module: Module, key: string, attr: string): boolean {
  const cls = classMethodOf(module, key).cls ?? nestedInMethod(module, key)?.cls;
  if (!cls || !/^\w+$/.test(attr)) return false;
  const made = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?::[^=\\n]*)?=(?!=)\\s*([^\\n]*)`, 'g');
  let stores = 0;
  for (const [name, ref] of cls.methods) {
    for (const m of functionText(module, ref).matchAll(made)) {
      const callee = /^([A-Za-z_][\w.]*)\s*\(/.exec(m[1])?.[1];
      if (callee === undefined) return false;
      const last = callee.slice(callee.lastIndexOf('.') + 1);
      if (classVisibleFrom(module, last, `${cls.name}.${name}`) !== undefined || module.functions.has(callee) || (callee.startsWith('self.') && cls.methods.has(last))) return false;
      stores++;
    }
  }
  return stores > 0;
}

/** The class of the object an attribute holds, where the class makes it itself (`self.stats = Stats()`) and only so. */
function attributeClass(module: Module, c: ClassInfo, attr: string): string | undefined {
  const made = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=(?!=)\\s*(?:([A-Za-z_]\\w*)\\s*\\()?`, 'g');
  let found: string | undefined;
  for (const [name, ref] of c.methods) {
    for (const m of functionText(module, ref).matchAll(made)) {
      const cls = m[1] !== undefined ? classVisibleFrom(module, m[1], `${c.name}.${name}`) : undefined;
      if (cls === undefined || (found !== undefined && found !== cls)) return undefined;
      found = cls;
    }
  }
  return found;
}

/** A method called on a name (`jobs.put(`), the name taken. */
const METHOD_CALL_ON_NAME = /(?<![\w.])([A-Za-z_]\w*)\s*\.\s*\w+\s*\(/g;

/**
 * Entry functions plus what they call in this module, each with how it is reached, and the objects
 * they share: what a site that runs more than once hands its target (or two sites hand the same
 * function) is one object in every thread; calls pass it on by parameter, and a method called on it
 * runs with a shared `self`.
 */
function threadFunctions(module: Module, entries: ThreadEntry[], lambdas: Map<string, Target>, edges?: CallEdge[], view?: ModuleView): Map<string, Reached> {
  const reached = new Map<string, Reached>();
  const sites = new Map<string, number>();
  for (const e of entries) sites.set(e.key, (sites.get(e.key) ?? 0) + 1);
  const runsOnSeveralThreads = (e: ThreadEntry) => e.repeats || (sites.get(e.key) ?? 0) > 1;
  // The module globals whose methods the thread functions call, with those functions: one object
  // that two thread functions (each on a thread of its own) call methods on is shared between them.
  const calledFrom = new Map<string, Set<string>>();
  for (const e of entries) {
    const ref = module.functions.get(e.key);
    for (const m of ref ? functionMatches(module, ref, METHOD_CALL_ON_NAME) : []) {
      if (!module.globalHistory.get(m[1])?.some((b) => b.ctor !== undefined)) continue;
      if (!calledFrom.has(m[1])) calledFrom.set(m[1], new Set());
      calledFrom.get(m[1])!.add(e.key);
    }
  }
  // A function defined in a method sees that method's `self`: every thread that runs it shares the object.
  const closesOverSelf = (key: string) => {
    // (A lambda made in a method, `Thread(target=lambda: self._work(q))`, sees it as well.)
    const outer = key.startsWith('<lambda') ? lambdaHome(key) : enclosingFunction(module, key);
    const method = outer !== undefined ? module.functions.get(outer) : undefined;
    return !!method?.definition.parentIsClass && method.fn.params[0] === 'self' && !module.functions.get(key)?.fn.params.includes('self');
  };
  // `def pump(self): …` inside a method, started with `args=(self,)`: the method's object, as a closure's would be.
  const selfHandedOn = (e: ThreadEntry) => {
    const outer = enclosingFunction(module, e.key);
    const method = outer !== undefined ? module.functions.get(outer) : undefined;
    return !!e.handed?.has('self') && module.functions.get(e.key)?.fn.params[0] === 'self' && !!method?.definition.parentIsClass && method.fn.params[0] === 'self';
  };
  /** The function a lambda is written in, from its key (`<lambda@line:column>`). */
  const lambdaHome = (key: string) => {
    const at = /^<lambda@(\d+):(\d+)>$/.exec(key);
    const lambda = lambdas.get(key);
    if (!at || lambda?.t !== 'lambda') return undefined;
    const line = Number(at[1]) - 1 - lambda.statement.base.line;
    return functionAt(lambda.statement, { line, character: Number(at[2]) - (line === 0 ? lambda.statement.base.character : 0) });
  };
  type Item = { key: string; entry: ThreadEntry; bound: boolean; shared: Map<string, string | undefined>; items?: Set<string> };
  const queue: Item[] = entries.map((e) => {
    const several = runsOnSeveralThreads(e);
    // An object the starting function made for its one thread is shared with that function only, however many other starts there are.
    const shared = new Map([...(e.handed ?? [])].filter(([param]) => e.keptParams?.includes(param) || e.handedTwice?.includes(param) || !!e.handedAlsoTo || (several && !e.starterMadeParams?.includes(param))));
    if (several && e.key.startsWith('<lambda')) shared.set('*', undefined);
    // (A method whose closures run on threads of their own, one per call, shares its `self` with them: `def on_modified(self, ev): …
    // Timer(0.5, fire)` with `def fire(): del self.pending[path]`.)
    const sharesSelfWithClosures = e.key.includes('.') && entries.some((o) => o.key.startsWith(`${e.key}.`) && !o.key.slice(e.key.length + 1).includes('.') && !o.oneThread && !o.guardedBy && closesOverSelf(o.key));
    return { key: e.key, entry: e, bound: e.boundMethod || sharesSelfWithClosures || ((closesOverSelf(e.key) || selfHandedOn(e)) && (several || !e.oneThread || !!e.resultThread)), shared, ...(several && e.pickedParams?.length && { items: new Set(e.pickedParams) }) };
  });
  // A base class that starts a thread on its own method (`Thread(target=self.poll)` in `start()`) runs a
  // subclass's override of it when the object is one (an abstract `poll()` that each subclass writes).
  for (const item of [...queue]) {
    const dot = item.key.lastIndexOf('.');
    const cls = dot > 0 ? module.classes.get(item.key.slice(0, dot)) : undefined;
    const base = cls?.methods.get(item.key.slice(dot + 1));
    const overrides = base ? overridesOf(module, item.key) : [];
    if (overrides.length === 0 || !startedInClass(cls!, item.entry.site.start.line) || !leftToSubclasses(module, base!)) continue;
    for (const o of overrides) queue.push({ ...item, key: o });
  }
  for (let i = 0; i < queue.length; i++) {
    const { key, entry, bound, shared, items } = queue[i];
    const fn = module.functions.get(key);
    const target: Target | undefined = fn ? { t: 'function', ref: fn } : lambdas.get(key);
    if (!target) continue;
    let seen = reached.get(key);
    if (seen) {
      // A new way in is passed on to the callees too (how many threads run them matters), up to a few.
      const newEntry = !seen.entries.includes(entry) && seen.entries.length < 4;
      if (!seen.entries.includes(entry)) seen.entries.push(entry);
      const newBoundEntry = bound && !seen.boundEntries.includes(entry) && seen.boundEntries.length < 4;
      const grew = newEntry || newBoundEntry || (bound && !seen.bound) || [...shared.keys()].some((k) => !seen!.shared.has(k));
      seen.bound ||= bound;
      if (bound && !seen.boundEntries.includes(entry)) seen.boundEntries.push(entry);
      for (const [k, v] of shared) if (!seen.shared.has(k)) seen.shared.set(k, v);
      for (const k of items ?? []) (seen.itemParams ??= new Set()).add(k);
      if (!grew) continue;
    } else {
      seen = { target, entries: [entry], bound, boundEntries: bound ? [entry] : [], shared: new Map(shared), ...(items?.size && { itemParams: new Set(items) }) };
      reached.set(key, seen);
    }
    const statement = target.t === 'function' ? target.ref.statement : target.statement;
    const isShared = (name: string | undefined) => name !== undefined && (seen!.shared.has(name) || seen!.shared.has('*'));
    for (const call of target.t === 'function' ? target.ref.fn.calls : target.calls) {
      // `C()` runs C's __new__ and __init__ (on a new object: not shared).
      const madeKey = call.t === 'name' ? classVisibleFrom(module, call.name, target.t === 'function' ? key : undefined) : undefined;
      const made = madeKey !== undefined ? module.classes.get(madeKey) : undefined;
      // (and, as a rule, `with C():` runs its __enter__ and __exit__ too: a home-made lock's.)
      if (made) for (const m of ['__new__', '__init__', '__enter__', '__exit__']) if (made.methods.has(m)) (queue.push({ key: `${made.name}.${m}`, entry, bound: false, shared: new Map() }), edges?.push({ from: key, to: `${made.name}.${m}`, call }));
      let r = resolveCallable(module, statement, call, lambdas);
      // (Not the one class with that method name when the receiver is a local this function made of something
      // else: `sock = socket.socket()` … `sock.close()` is not the module's `Wrapper.close()`.)
      if (r && call.t === 'method' && !call.isSelf && call.ofClass === undefined && call.receiver !== undefined && target.t === 'function') {
        // (`item = jobs.get()`, `.pop()`: an item taken from a container or queue, of any class, not one made here.)
        const made = target.ref.fn.ctorLocals.filter(([n, c]) => n === call.receiver && !TAKES_ITEM.test(c));
        if (made.length > 0 && made.every(([, c]) => classVisibleFrom(module, c, key) === undefined)) r = undefined;
        // (Nor on an attribute its class fills only from other libraries' calls: `self._out = container.add_stream(…)` … `self._out.encode(f)`.)
        else if (call.receiver.startsWith('self.') && madeOnlyByOtherCode(module, key, call.receiver.slice(5))) r = undefined;
      }
      let callBound = bound && call.t === 'method' && call.isSelf;
      /** More methods the call may run: one per class the receiver can hold, after the first. */
      let alsoOn: string[] = [];
      // `self.on_packet()` in a base class runs a subclass's override when `self` is one of those.
      if (r && call.t === 'method' && call.isSelf) alsoOn = overridesOf(module, r.key);
      // `self.switch()` where the class keeps a method there (`self.switch = self.switch_by_traffic`): each one it keeps.
      const keeper = !r && call.t === 'method' && call.isSelf && call.selfClass !== undefined ? module.classes.get(call.selfClass) : undefined;
      const kept = keeper && call.t === 'method' ? storedMethods(module, keeper).get(call.attr) : undefined;
      if (keeper && kept?.length) (r = { key: `${keeper.name}.${kept[0]}`, bound: true }), (alsoOn = kept.slice(1).map((m) => `${keeper.name}.${m}`));
      // An item of a shared container (`for acct in accounts: acct.withdraw(5)`): its method, on an object other threads reach too.
      // (`a, b = pick_two(accounts)` counts where pick_two returns items of that argument.)
      const itemOf = (name: string | null | undefined) => (name && target.t === 'function' ? target.ref.fn.itemLocals?.find(([local, , via]) => local === name && (!via || module.functions.get(via.fn)?.fn.returnsItemsOfParam === via.index))?.[1] : undefined);
      const sharedItems = (name: string | null | undefined) => {
        const c = itemOf(name);
        return c !== undefined && (isShared(c) || (c.startsWith('self.') ? bound : target.t === 'function' && !target.ref.fn.params.includes(c) && view?.globalKind(c) === 'value'));
      };
      if (call.t === 'method' && !call.isSelf && call.receiver !== undefined && sharedItems(call.receiver) && methodOn(module, call.attr, undefined)) {
        r = { key: methodOn(module, call.attr, undefined)!, bound: true };
        callBound = true;
      } else if (call.t === 'method' && !call.isSelf && isShared(call.receiver)) {
        // (An attribute every thread object was handed, of one class or another: `A|B`, each class's method.)
        const handedClasses = seen.shared.get(call.receiver!)?.split('|');
        const onShared = handedClasses && handedClasses.length > 1 ? undefined : methodOn(module, call.attr, seen.shared.get(call.receiver!));
        // (`Thread(target=lambda: tally.bump())` with `tally` a parameter of the function around the
        // lambda: the classes its callers hand it, when more than one class has that method.)
        const home = !onShared && target.t === 'lambda' ? lambdaHome(key) : undefined;
        const keys = onShared ? [onShared] : handedClasses && handedClasses.length > 1 ? handedClasses.flatMap((c) => methodOn(module, call.attr, c) ?? []) : home !== undefined ? classesOf(module, call.receiver!, { fnKey: home, line: statement.base.line }).flatMap((c) => methodOn(module, call.attr, c) ?? []) : [];
        if (keys.length > 0) {
          r = { key: keys[0], bound: true };
          callBound = true;
          alsoOn = keys.slice(1);
        }
      } else if (call.t === 'method' && bound && call.receiver?.startsWith('self.') && target.t === 'function') {
        // `self.stats.record()` on a `self` that several threads share: the object in `self.stats`,
        // made by the class (`self.stats = Stats()`), is one object in all of them too.
        const owner = key.slice(0, key.lastIndexOf('.'));
        const cls = module.classes.has(owner) ? attributeClass(module, module.classes.get(owner)!, call.receiver.slice(5)) : undefined;
        const onAttr = cls !== undefined ? methodOn(module, call.attr, cls) : undefined;
        if (onAttr) {
          r = { key: onAttr, bound: true };
          callBound = true;
        }
      } else if (call.t === 'method' && !call.isSelf && call.receiver !== undefined && target.t === 'function') {
        // A method called on an object the function does not make or get (its closure's, or a
        // module global's): every thread that runs it calls the method on that one object. (A pool
        // or a Thread subclass counts as several threads, as for a global written directly.) One
        // thread shares the object too when the main program calls the method while it runs.
        const own = target.ref.fn;
        const several = runsOnSeveralThreads(entry) || !entry.oneThread || (calledFrom.get(call.receiver)?.size ?? 0) > 1;
        if (!own.params.includes(call.receiver) && !own.locals.includes(call.receiver)) {
          const classes = classesOf(module, call.receiver, { fnKey: key, line: statement.base.line + (call.line ?? 0) });
          const root = module.statements[0]?.node.tree.rootNode;
          // (Or calls another method on it, `rows.put(row)` while the thread's `rows.get()` runs: see mainProgramEntries.)
          const mainCallsOn = (k: string) => entries.some((e) => e.mainProgram && e.moduleLine !== undefined && e.key.startsWith(`${k.slice(0, k.lastIndexOf('.'))}.`));
          const keys = classes.flatMap((c) => methodOn(module, call.attr, c) ?? []).filter((k) => several || (root !== undefined && starterCallsWhileRunning(module, root, k, entry)) || mainCallsOn(k));
          if (keys.length > 0) {
            r = { key: keys[0], bound: true };
            callBound = true;
            alsoOn = keys.slice(1);
          }
        }
      }
      if (!r || r.key.startsWith('<lambda')) continue;
      for (const calleeKey of [r.key, ...alsoOn]) {
        // The shared objects this call passes on, by the callee's parameter names.
        const passedOn = new Map<string, string | undefined>();
        const itemsPassed = new Set<string>();
        const args = call.t === 'name' || call.t === 'method' ? call.args : undefined;
        const callee = module.functions.get(calleeKey);
        if (args && callee) {
          const params = callee.fn.params.slice(call.t === 'method' && callee.definition.parentIsClass ? 1 : 0);
          args.forEach((a, j) => {
            if (a !== null && isShared(a) && params[j] !== undefined) passedOn.set(params[j], seen!.shared.get(a));
            // (An item of a shared container, `transfer(src, dst, n)` with `src = random.choice(accounts)`: one other threads may pick too.)
            else if (a !== null && params[j] !== undefined && sharedItems(a)) (passedOn.set(params[j], undefined), itemsPassed.add(params[j]));
            // A module-level container (or lock) passed by name is one object in every thread too.
            else if (a !== null && view && call.t !== 'partial' && call.t !== 'lambda' && call.globalArgs?.includes(j) && params[j] !== undefined && (view.globalKind(a) === 'value' || view.globalKind(a) === 'lock')) passedOn.set(params[j], undefined);
          });
        }
        // An attribute of a module-level object (`ensure(app.cache)`): one object in every thread too.
        const attrArgs = call.t === 'name' || call.t === 'method' ? call.globalAttrArgs : undefined;
        if (attrArgs && callee) {
          const params = callee.fn.params.slice(call.t === 'method' && callee.definition.parentIsClass ? 1 : 0);
          // (Or of one object the function around a closure made, `app = Flask(…)` in an app factory, for every call of the closure.)
          const outer = key.includes('.') ? module.functions.get(key.slice(0, key.lastIndexOf('.'))) : undefined;
          for (const [j, name] of attrArgs) {
            const moduleObject = view?.globalKind(name) === 'value' && module.globalHistory.get(name)?.at(-1)?.ctor !== undefined;
            const enclosingObject = !outer?.definition.parentIsClass && !!outer?.fn.ctorLocals?.some(([n]) => n === name);
            if (params[j] !== undefined && !passedOn.has(params[j]) && (moduleObject || enclosingObject)) passedOn.set(params[j], undefined);
          }
        }
        // `self.pick(self.waiting)` on a `self` several threads share: the attribute's object is one for them all.
        // (Not a call made holding a lock: the helper then works on it under that lock.)
        const selfAttrArgs = bound && (call.t === 'name' || call.t === 'method') && !call.held?.length ? call.selfAttrArgs : undefined;
        if (selfAttrArgs && callee) {
          const params = callee.fn.params.slice(call.t === 'method' && callee.definition.parentIsClass ? 1 : 0);
          for (const j of selfAttrArgs) if (params[j] !== undefined && !passedOn.has(params[j])) passedOn.set(params[j], undefined);
        }
        // `self.process()` in a Thread subclass: the attributes that hold handed objects are the same `self`'s.
        if (call.t === 'method' && call.isSelf) for (const [k, v] of seen.shared) if (k.startsWith('self.')) passedOn.set(k, v);
        edges?.push({ from: key, to: calleeKey, call });
        // (A closure of the method whose `self` the caller shares, called by name: `def serve(): … login(msg)` beside `def login(msg): self.online[…] = …`.)
        const sameSelf = bound && call.t === 'name' && closesOverSelf(calleeKey) && [key, enclosingFunction(module, key)].includes(enclosingFunction(module, calleeKey));
        queue.push({ key: calleeKey, entry, bound: callBound || sameSelf || (bound && r.bound && call.t === 'method' && call.isSelf), shared: passedOn, ...(itemsPassed.size > 0 && { items: itemsPassed }) });
      }
    }
  }
  return reached;
}

/** A call from one function run in threads to another, as followed by threadFunctions. */
interface CallEdge {
  from: string;
  to: string;
  call: CallableRef;
}

/** A call, made with a lock held, of a function run in threads: its line (absolute), the lock, and whether that is a module-level lock. */
interface LockedCall {
  line: number;
  lock: string;
  global: boolean;
}

/** How a function is reached from a thread start with no lock held on the way: the entry, then each call (caller, absolute line). */
interface UnlockedPath {
  entry: ThreadEntry;
  from?: string;
  line?: number;
}

/**
 * Which reached functions have a way in from a thread start on which no lock is held (as RacerD
 * does): a function whose every caller holds a lock shared by the threads at the call is guarded at
 * its writes. A held name counts when it is a module-level lock, a lock attribute, a lock of the
 * enclosing function (a closure's), or a parameter that every thread is handed the same object in; a
 * local of the caller (a new lock per call) does not. Also returns the lines of the calls that hold one.
 */
function unlockedPaths(module: Module, entries: ThreadEntry[], reached: Map<string, Reached>, edges: CallEdge[], view: ModuleView): { unlocked: Map<string, UnlockedPath>; lockedCalls: Map<string, LockedCall[]> } {
  const semaphoreAttrs = new Set<string>();
  for (const c of module.classes.values()) for (const a of c.semaphoreAttrs) semaphoreAttrs.add(a);
  /** The lock a call holds that other threads share, if any: its name, and whether it is a module-level lock. */
  const holdsLock = (edge: CallEdge): { lock: string; global: boolean } | undefined => {
    const held = edge.call.t === 'name' || edge.call.t === 'method' ? edge.call.held : undefined;
    const caller = module.functions.get(edge.from);
    for (const h of held ?? []) {
      if (caller?.definition.parentIsClass && /^self\.\w+$/.test(h.name) && view.perThreadLock(`${caller.definition.parent}.${h.name.slice(5)}`)) continue;
      if (h.name.includes('.')) {
        const attr = h.name.slice(h.name.lastIndexOf('.') + 1);
        if (!semaphoreAttrs.has(attr) && !view.mayHoldNoLock(attr) && (view.isLockAttr(attr) || LOCKISH.test(attr))) return { lock: h.name, global: false };
      } else if (caller?.fn.params.includes(h.name)) {
        // One object every thread is handed, or the one its starter handed it (and may hold itself).
        if (reached.get(edge.from)?.shared.has(h.name) || reached.get(edge.from)?.entries.some((e) => e.key === edge.from && e.handed?.has(h.name))) return { lock: h.name, global: false };
      } else if (!h.local) {
        const kind = view.globalKind(h.name);
        if (kind === 'lock' || (kind === undefined && (edge.from.includes('.') || LOCKISH.test(h.name)))) return { lock: h.name, global: kind === 'lock' };
      }
    }
    return undefined;
  };
  const out = new Map<string, CallEdge[]>();
  const lockedCalls = new Map<string, LockedCall[]>();
  for (const e of edges) {
    const held = holdsLock(e);
    if (!held) {
      const list = out.get(e.from) ?? [];
      list.push(e);
      out.set(e.from, list);
    } else {
      const caller = module.functions.get(e.from);
      const line = e.call.t === 'name' || e.call.t === 'method' ? e.call.line : undefined;
      if (caller && line !== undefined) lockedCalls.set(e.to, [...(lockedCalls.get(e.to) ?? []), { line: caller.statement.base.line + line, ...held }]);
    }
  }
  const unlocked = new Map<string, UnlockedPath>();
  const queue: string[] = [];
  for (const e of entries) {
    if (!unlocked.has(e.key)) (unlocked.set(e.key, { entry: e }), queue.push(e.key));
    // (A subclass's override of the method a base class starts its thread on runs in its place.)
    if (e.key.includes('.')) for (const o of overridesOf(module, e.key)) if (reached.get(o)?.entries.includes(e) && !unlocked.has(o)) (unlocked.set(o, { entry: e }), queue.push(o));
  }
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i];
    const path = unlocked.get(from)!;
    const caller = module.functions.get(from);
    for (const e of out.get(from) ?? []) {
      if (unlocked.has(e.to)) continue;
      const line = e.call.t === 'name' || e.call.t === 'method' ? e.call.line : undefined;
      unlocked.set(e.to, { entry: path.entry, from, ...(caller && line !== undefined && { line: caller.statement.base.line + line }) });
      queue.push(e.to);
    }
  }
  return { unlocked, lockedCalls };
}

/**
 * For a function that some callers call with a lock held: the way in that holds none, as a sentence
 * (`worker()` → `step()` → this), and where its last call is.
 */
function unlockedPathText(key: string, unlocked: Map<string, UnlockedPath>, locked: LockedCall[]): { text: string; line: number } | undefined {
  const path = unlocked.get(key);
  if (!path?.from || path.line === undefined) return undefined;
  const chain: string[] = [];
  for (let k: string | undefined = key; k !== undefined && chain.length < 6; k = unlocked.get(k)?.from) chain.unshift(`${k.replace(/#\d+$/, '')}()`);
  const lines = [...new Set(locked.map((c) => c.line))].sort((a, b) => a - b).map((l) => l + 1);
  const calls = lines.length > 1 ? `The calls at lines ${lines.join(', ')} hold a lock` : `The call at line ${lines[0]} holds a lock`;
  return { text: ` ${calls}, but this path holds none: ${chain.join(' → ')} (from ${path.entry.how}), the last call at line ${path.line + 1}.`, line: path.line };
}

// ---------------------------------------------------------------- findings

/**
 * The shared writes of a reached function: kept in its statement's summary with the module facts
 * they rest on, and computed again only when the function changed or one of those facts did (a
 * global it writes rebound, a lock attribute added…), not when any global of the module changes.
 */
function writesOf(module: Module, view: ModuleView, ref: FunctionRef, key: string, bound: boolean, className: string | undefined, shared: readonly string[]): FunctionWrites {
  const { summary } = ref.statement;
  summary.writes ??= new Map();
  const cacheKey = `${key}\u0000${bound ? 1 : 0}\u0000${className ?? ''}\u0000${shared.join(',')}`;
  const kept = summary.writes.get(cacheKey);
  if (kept && stillHolds(view, kept.facts)) return kept.result;
  ref.statement.scope ??= new StatementScope(ref.statement.node, module.text, module.imports.aliases);
  const facts: ModuleFact[] = [];
  const result = functionWrites(ref.statement.scope, notingView(view, facts), key.replace(/#\d+$/, ''), bound, className, shared);
  summary.writes.set(cacheKey, { result, facts });
  return result;
}

/**
 * `self.misses += 1` in a class that takes a lock around other state: a counter the class forgot, which
 * its methods meant for several threads update at once (not a property, whose setter may guard it).
 */
function unguardedCounter(w: { subject: string; op?: string }, cls: ClassInfo | undefined): boolean {
  const attr = /^self\s*\.\s*(\w+)$/.exec(w.subject)?.[1];
  return w.op !== undefined && attr !== undefined && !!cls && !cls.methods.has(attr);
}

/** What a finding says about one unlocked write: what the state is, where threads run it, what goes wrong. */
function writeMessage(w: SharedWrite, base: Position0, how: string): string {
  if (w.otherLock) {
    const { held, theirs, own } = w.otherLock;
    const obj = theirs.slice(0, theirs.indexOf('.'));
    return `\`${w.subject}\` is ${w.why}, changed by code that runs in threads (${how}) while it holds \`${held}\`, this object's lock, not \`${theirs}\`. This method changes \`${own}\` under \`${held}\`, so each object's lock guards its own copy, and an update that \`${obj}\`'s own methods make under its lock can interleave with this one: one of them is lost. Hold \`${theirs}\` as well, taking the two locks in one fixed order (for example by \`id()\`) so that two opposite transfers cannot deadlock.`;
  }
  if (!w.readBack) {
    const op = w.op !== undefined ? `\`${w.op}\` reads, changes and writes back in separate steps` : 'this reads it and writes it back in separate steps';
    const guard = w.alsoChangedBy ? `Guard it, and the updates in ${w.alsoChangedBy.slice(0, 3).map((m) => `\`${m}()\``).join(', ')}, with one lock of the object.` : 'Guard it with a lock.';
    return `\`${w.subject}\` is ${w.why}, updated without a lock by code that runs in threads (${how}): ${op}, so two threads can interleave and one update is lost. ${guard}`;
  }
  const { readLine, readUnderLock, writeUnderLock, local, wait, through, swap, reset, emptied } = w.readBack;
  if (emptied && w.readBack.bothUnder !== undefined) {
    return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) ${local ? `copies it into \`${local}\`` : 'goes through it'} at line ${base.line + readLine + 1} and empties it here, both under \`${w.readBack.bothUnder}\`, but items are added at line ${(w.readBack.addLine ?? 0) + 1} without that lock: an add does not wait for a lock it does not take, so one made between the copy and the clear is in neither and is lost. Take \`${w.readBack.bothUnder}\` where items are added too.`;
  }
  if (emptied) {
    return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) ${local ? `copies it into \`${local}\`` : 'goes through it'} at line ${base.line + readLine + 1} and empties it here, with no lock over both: an item another thread adds in between is not in what was taken, and the clear removes it, so it is lost, on every interpreter (${local ? 'copying a long container' : 'the work done while going through it'} gives the other threads time to add). Hold one lock over the take and the clear, and take that lock where items are added too (or hand the items over through a queue.Queue).`;
  }
  if (reset && w.readBack.bothUnder !== undefined) {
    const other = w.readBack.addLock !== undefined ? `under \`${w.readBack.addLock}\`, another lock` : 'without that lock';
    return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) takes its value at line ${base.line + readLine + 1} and sets it back to 0 here, both under \`${w.readBack.bothUnder}\`, but it is added to at line ${(w.readBack.addLine ?? 0) + 1} ${other}: a lock keeps out only code that takes the same lock, so an add made between the take and the reset is wiped out without ever being counted, with the GIL or without it. ${w.readBack.addLock !== undefined ? `Use one lock for both: hold \`${w.readBack.addLock}\` over the take and the reset, or take \`${w.readBack.bothUnder}\` where it is added to instead.` : `Take \`${w.readBack.bothUnder}\` where it is added to as well.`}`;
  }
  if (reset) {
    return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) takes its value at line ${base.line + readLine + 1} and sets it back to 0 here, with no lock over both: what another thread adds in between is wiped out by the reset without ever being counted. Hold one lock over the take and the reset, and take that lock where it is added to too.`;
  }
  if (swap && w.readBack.rebuilt !== undefined) {
    return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) goes through it at line ${base.line + readLine + 1} and stores \`${w.readBack.rebuilt}\`, built in that loop, in its place here, with no lock over both: an item another thread adds in between is not in \`${w.readBack.rebuilt}\`, and the store drops it${/callback|handler|listener|observer|subscriber/i.test(w.subject) ? ' (one registered meanwhile is never called)' : ''}. Hold one lock over the loop and the store, and take that lock where items are added too.`;
  }
  if (swap) {
    return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) ${local ? `takes it into \`${local}\`` : 'goes through it'} at line ${base.line + readLine + 1} and puts a new empty one in its place here, with no lock over both: an item another thread adds in between goes into ${local ? 'the container already taken, after this code may have gone through it,' : 'the old container after this code went through it, which is then dropped,'} and is never handled. Hold one lock over the take and the replacement, and take that lock where items are added too (or hand the items over through a queue.Queue).`;
  }
  if (w.readBack.pair !== undefined) {
    const first = w.readBack.pair;
    return `\`${w.subject}\` is ${w.why}, set here by code that runs in threads (${how}) after \`${first}\` was set at line ${base.line + readLine + 1}, with \`${wait?.text ?? 'a sleep'}\` in between and no lock over both: while this thread sleeps, another thread's call sets both, and then this line stores its own. The object ends up with \`${first}\` from one call and \`${w.subject}\` from another, though the code reads them together as one state, and a thread that reads them in between sees half an update. The sleep lets the other threads run, so this happens on every interpreter. Hold one lock over both stores, and take it where the two are read together.`;
  }
  const into = local ? ` into \`${local}\`` : '';
  const locks = readUnderLock && writeUnderLock ? ' (the read and the write each take the lock, but release it in between)' : readUnderLock ? ' (only the read holds a lock)' : writeUnderLock ? ' (only the write holds a lock)' : '';
  const between = wait
    ? `\`${wait.text}\` at line ${base.line + wait.line + 1} makes this thread wait between the two, and the other threads run meanwhile, on every interpreter, with the GIL or without`
    : 'another thread can run between the two (with the GIL the interpreter switches threads between any two steps; without it, threads run at the same time)';
  const back = through !== undefined ? `writes it back here through \`${through}\`` : 'writes it back here';
  // `set_level(level + 1)`: read and handed to the setter in one call.
  if (through !== undefined && readLine === w.range.start.line) {
    return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) reads it here and hands the new value to \`${through}\`, which stores it: ${w.readBack.throughPauses ? `\`${through}\` waits before it stores, and the other threads run meanwhile, on every interpreter, with the GIL or without` : 'another thread can run between the read and the store (with the GIL the interpreter switches threads between any two steps; without it, threads run at the same time)'}, so an update made in between is lost. Hold one lock from the read to the store (a lock \`${through}\` does not take itself, or an RLock), or give the module one function that does the whole update under its lock.`;
  }
  const advice = through !== undefined ? 'Hold one lock from the read to the write (a lock the getter and setter do not take themselves, or an RLock), or give the class or module one method that does the whole update under its lock.' : 'Hold one lock from the read to the write.';
  return `\`${w.subject}\` is ${w.why}, and code that runs in threads (${how}) reads it${into} at line ${base.line + readLine + 1} and ${back}${locks}. ${between[0].toUpperCase()}${between.slice(1)}. An update another thread makes in between is then lost. ${advice}`;
}

/**
 * The line (0-based) of an add to the container `subject` (`append`, `extend`, `add`, `d[k] = v`, …)
 * outside `fn` and outside `__init__`, made without `lock` held; in the class's own body for `self.x`.
 */
function addedWithout(root: Node, cls: ClassInfo | undefined, subject: string, lock: string, fn: Range0, counter = false): { line: number; lock?: string } | undefined {
  const scopeNode = subject.startsWith('self.') && cls ? classNode(root, cls) : root;
  if (!scopeNode) return undefined;
  const base = subject.replace(/\./g, '\\s*\\.\\s*');
  // (For a count set back to 0, its adds are `+=` and `-=`.)
  const adds = counter
    ? new RegExp(`(?<![\\w.])${base}\\s*[-+]=`, 'g')
    : new RegExp(`(?<![\\w.])${base}\\s*(?:\\.\\s*(?:append|appendleft|extend|extendleft|insert|add|update|setdefault|put)\\s*\\(|${SUBSCRIPT}\\s*=(?!=))`, 'g');
  for (const { node } of namesMatching(root, scopeNode.text, adds, scopeNode.startIndex)) {
    const line = node.startPosition.row;
    if ((line >= fn.start.line && line <= fn.end.line) || enclosingDefinition(node)?.childForFieldName('name')?.text === '__init__' || !enclosingDefinition(node)) continue;
    if (!heldAt(node, lock)) return { line, lock: counter ? innermostWithLock(node) : undefined };
  }
  return undefined;
}

/** The lock of the innermost `with` around a node in its function (`with self._byte_lock:`), if any. */
function innermostWithLock(node: Node): string | undefined {
  for (let p = node.parent; p && p.type !== 'function_definition'; p = p.parent) {
    if (p.type !== 'with_statement') continue;
    const item = p.descendantsOfType('with_item').find((i) => i?.parent?.parent?.id === p!.id);
    const value = item ? withItemValue(item)?.text.replace(/\s+/g, '') : undefined;
    if (value !== undefined && LOCKISH.test(value)) return value;
  }
  return undefined;
}

/** A property of the class whose getter or setter holds one of its locks: that lock, and the attribute the setter stores. */
interface LockedProperty {
  lock: string;
  store: string | undefined;
}

/** The `class` statement of a class, found from its site. */
/**
 * Does another method of the class (not `__init__`) update `self.attr` with an operator (`self.n += 1`)?
 * A lock around this update alone would leave that one unguarded: advice, not a fix.
 */
function updatedInOtherMethods(root: Node, cls: ClassInfo | undefined, subject: string, fn: Range0): boolean {
  const attr = /^self\.(\w+)$/.exec(subject)?.[1];
  const node = cls && attr !== undefined ? classNode(root, cls) : undefined;
  if (!node) return false;
  for (const { node: at } of namesMatching(root, node.text, new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?:[-+*/%&|^@]|//|\\*\\*|<<|>>)=`, 'g'), node.startIndex)) {
    const line = at.startPosition.row;
    if (line >= fn.start.line && line <= fn.end.line) continue;
    // (One under a lock of the class is guarded already.)
    let locked = false;
    for (let p = at.parent; p && !locked && p.type !== 'function_definition'; p = p.parent) {
      if (p.type === 'with_statement') locked = p.descendantsOfType('with_item').some((i) => LOCKISH.test(i?.text ?? '') || [...cls!.lockAttrs].some((l) => withItemValue(i)?.text.replace(/\s+/g, '') === `self.${l}`));
    }
    if (!locked && enclosingDefinition(at)?.childForFieldName('name')?.text !== '__init__') return true;
  }
  return false;
}

/**
 * Does a Thread subclass start a second thread of its object on another of its methods
 * (`Thread(target=self.restock)`)? Then a lock made in `__init__` is one for those two threads.
 */
function startsHelperThread(module: Module, c: ClassInfo): boolean {
  return [...c.methods.values()].some((ref) => [...functionText(module, ref).matchAll(/\btarget\s*=\s*self\s*\.\s*(\w+)/g)].some((m) => m[1] !== c.run));
}

const classNodes = new WeakMap<ClassInfo, Node | undefined>();
function classNode(root: Node, cls: ClassInfo): Node | undefined {
  // (Kept with the class, which is its build's own, as the root is: several checks ask for the same class.)
  if (classNodes.has(cls)) return classNodes.get(cls);
  let node: Node | null = root.descendantForPosition({ row: cls.site.start.line, column: cls.site.start.character });
  while (node && node.type !== 'class_definition') node = node.parent;
  classNodes.set(cls, node ?? undefined);
  return node ?? undefined;
}

function lockedProperty(root: Node, cls: ClassInfo, name: string | undefined): LockedProperty | undefined {
  const property = name !== undefined ? propertyBodies(root, cls).get(name) : undefined;
  let found: LockedProperty | undefined;
  for (const fn of [property?.getter, property?.setter]) {
    const body = fn?.childForFieldName('body')?.text;
    const lock = body !== undefined ? [...cls.lockAttrs].find((l) => !cls.semaphoreAttrs.has(l) && heldWith(l).test(body)) : undefined;
    if (lock === undefined) continue;
    const store = /\bself\s*\.\s*(\w+)\s*=(?!=)/.exec(body!)?.[1];
    found = { lock: `self.${lock}`, store: store !== undefined ? `self.${store}` : found?.store };
  }
  return found;
}

/** `self.total += n` through a property whose getter and setter each take the lock. */
function propertyMessage(w: SharedWrite, p: LockedProperty, how: string): string {
  const op = w.op !== undefined ? `\`${w.op}\`` : 'this update';
  const inside = p.store !== undefined ? ` (\`with ${p.lock}: ${p.store} += …\`)` : '';
  return `\`${w.subject}\` is ${w.why}, and a property whose getter and setter each take \`${p.lock}\`. Code that runs in threads (${how}) updates it here: ${op} reads it under the lock, lets the lock go, and writes it back under the lock again, so another thread can update it in between, and that update is lost. Give the class one method that makes the whole update under the lock${inside}. Holding \`${p.lock}\` around this line instead would wait for ever if it is a Lock, since the getter takes it again.`;
}

/**
 * For `with lock: n += 1` followed at once by `return n`: the return moved into the `with` body, so
 * the value is read while the lock is held.
 */
function returnInsideLock(lines: SourceLines, withStatement: Range0, returnLine: number, lock: string | undefined): FixSuggestion | undefined {
  const header = lines.line(withStatement.start.line);
  if (!/^\s*with\b/.test(header) || returnLine !== withStatement.end.line + 1) return undefined;
  const ret = lines.line(returnLine);
  const body = lines.line(withStatement.start.line + 1);
  const indent = body.slice(0, body.length - body.trimStart().length);
  const shown = !/^\s*return\b/.test(ret);
  if (!/^\s*(?:return\b|print\s*\(|[\w.]*(?:log|logger|logging|LOG|LOGGER)\.\w+\s*\()/.test(ret) || !completeStatement(ret) || indent.length <= header.length - header.trimStart().length) return undefined;
  const end = lines.line(withStatement.end.line).length;
  return {
    title: `${shown ? 'Show' : 'Return'} it from inside \`with ${lock ?? ''}:\`, while the lock is held`,
    edits: [{ range: { start: { line: withStatement.end.line, character: end }, end: { line: returnLine, character: ret.length } }, newText: `\n${indent}${ret.trim()}` }],
  };
}

/**
 * `with lock: a` directly followed by `with lock: b`: one `with` over both, by taking out the second
 * header (its body is indented as the first one's).
 */
function oneLockedStep(lines: SourceLines, second: Range0, lock: string | undefined): FixSuggestion | undefined {
  const header = lines.line(second.start.line);
  const previous = lines.line(second.start.line - 1);
  const indent = (t: string) => t.length - t.trimStart().length;
  if (!/^\s*with\b.*:\s*$/.test(header) || indent(previous) <= indent(header) || indent(lines.line(second.start.line + 1)) !== indent(previous)) return undefined;
  return {
    title: `Read it in the same \`with ${lock ?? ''}:\` as the change`,
    edits: [{ range: { start: { line: second.start.line - 1, character: previous.length }, end: { line: second.start.line, character: header.length } }, newText: '' }],
  };
}

/** `x = s[self.i]` directly before `with lock:`: the line moved to the top of the `with` body. */
function readInsideLock(lines: SourceLines, read: Range0, withStatement: Range0, lock: string | undefined): FixSuggestion | undefined {
  const header = lines.line(withStatement.start.line);
  const body = lines.line(withStatement.start.line + 1);
  const text = lines.line(read.start.line);
  if (read.start.line !== read.end.line || withStatement.start.line !== read.start.line + 1 || !/^\s*with\b.*:\s*$/.test(header)) return undefined;
  const indent = body.slice(0, body.length - body.trimStart().length);
  if (indent.length <= header.length - header.trimStart().length) return undefined;
  return {
    title: `Move the read inside \`with ${lock ?? ''}:\``,
    edits: [
      { range: { start: { line: read.start.line, character: 0 }, end: { line: read.start.line + 1, character: 0 } }, newText: '' },
      { range: { start: { line: withStatement.start.line, character: header.length }, end: { line: withStatement.start.line, character: header.length } }, newText: `\n${indent}${text.trim()}` },
    ],
  };
}

/** What a GIL004 finding says: the test, the act, what two threads can do in between, on every interpreter. */
function checkMessage(c: CheckThenAct, base: Position0, how: string): string {
  const said = checkMessageText(c, base, how);
  // (A loop in a helper it is handed to: say where the loop is.)
  return c.kind === 'iterate' && c.dumpedThrough && !c.dumped ? said.replace('goes through it here', `goes through it here, in \`${c.dumpedThrough}()\`, which it is handed to`) : said;
}

function checkMessageText(c: CheckThenAct, base: Position0, how: string): string {
  const writeLine = base.line + c.writeLine + 1;
  // The test under a lock whose acquisition the act is not in: two locked steps are not one.
  const overBoth = (act: string) =>
    c.split === 'relocked' ? `, holding \`${c.lock}\` for the test and again for the ${act}, but letting it go in between (another thread can take it there)`
    : c.split === 'unlocked' ? `, holding \`${c.lock}\` for the test but not for the ${act}`
    : c.actHeld ? `, testing before it takes \`${c.actHeld.join('` and `')}\`, which the ${act} holds`
    : ' with no lock over both';
  const head = `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests it here and sets it at line ${writeLine}${overBoth('set')}`;
  if (c.kind === 'missing-key' && c.storesGiven) return `${head}: two threads can both find the key missing and both store what they were handed; the later store overwrites the first, and the first caller goes on as if its entry were there (two clients under one name: one of them can no longer be reached). Use \`dict.setdefault(key, value)\`, which stores only when the key is missing and returns what is there, so the caller can tell whether it won; or hold one lock over the test and the set.`;
  if (c.kind === 'missing-key') {
    // (The object's own items, `self[k]`: each of its item methods takes its lock alone, and a Mapping has no setdefault.)
    const advice = c.subject.startsWith('self[')
      ? 'Hold one lock over the test and the set (a reentrant one if it is the lock the item methods take, which they then take again inside).'
      : c.workBetween
      ? 'Hold one lock over the test and the set, or, to keep the work between them outside a lock, make the value and store it with `dict.setdefault(key, value)`: the first value stored then wins and every caller gets that one.'
      : 'Use `dict.setdefault` when the value is cheap to make, or hold one lock over the test and the set.';
    return `${head}: two threads can both find the key missing, both compute the value, and the later one overwrites the first one's (work done twice, and a caller may keep a value the dict no longer holds). ${advice}`;
  }
  if (c.kind === 'missing-member') {
    const advice = c.workBetween
      ? 'Hold one lock over the test and the add, and add the item right after the test, before the work, so the lock is not held while it runs.'
      : 'Hold one lock over the test and the add (a set or a list has no `setdefault`).';
    return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests here whether an item is in it and adds it at line ${writeLine}${overBoth('add')}: two threads can both find the item missing, both pass the test and both add it, and both then do the work that follows the test, so that work is done twice for one item. ${advice}`;
  }
  if (c.kind === 'present') {
    const oneStep = c.setdefault !== undefined ? `\`${c.setdefault}\` does both in one step, or hold` : 'Hold';
    return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) finds an item in it here and removes it at line ${writeLine}${overBoth('removal')}: two threads can both find the item, and the second removal fails (ValueError for a list, KeyError for a dict or a set) or removes what another thread just put back. ${oneStep} one lock over the test and the removal.`;
  }
  if (c.kind === 'iterate' && (c.dumped === 'pickle.dumps' || c.dumped === 'pickle.dump')) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) pickles it here with \`${c.dumped}\`${c.dumpedThrough ? ` (in \`${c.dumpedThrough}()\`, which it is handed to)` : ''}, with no lock, while other thread code adds or removes items (line ${writeLine}). The pickler goes through the dict in C: with the GIL, other threads get in only when pickling an item runs Python code (a class's \`__getstate__\` or \`__reduce__\`), and the dump can then fail with RuntimeError (dictionary changed size during iteration), as it did in about 7 of every 100 such dumps on 3.9 in our measurement (never with plain tuples); without the GIL the other threads run beside it, and every such run on the free-threaded 3.13t went wrong: RuntimeError, SystemError, a hang or a crash (segmentation fault). Guard the changes with one lock and pickle a copy taken under it (\`${c.dumped}(dict(${c.subject})${c.dumped === 'pickle.dump' ? ', f' : ''})\`), or hold that lock over the dump too.`;
  if (c.kind === 'iterate' && c.dumped === 'copy.deepcopy') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) copies it here with \`copy.deepcopy\`, with no lock, while other thread code adds or removes items (line ${writeLine}): deepcopy goes through the dict in Python code, copying each item as it goes, so other threads run in the middle of it, and it can fail with RuntimeError (dictionary changed size during iteration), with or without the GIL. Guard the changes with one lock and take the copy under it, or hold that lock over the deepcopy.`;
  if (c.kind === 'iterate' && c.dumped) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) writes it out here with \`json.dump\`${c.dumpedThrough ? ` (in \`${c.dumpedThrough}()\`, which it is handed to)` : ''}, with no lock, while other thread code adds or removes items (line ${writeLine}): \`json.dump\` goes through the dict in Python code, writing each piece to the file as it goes, so other threads run in the middle of it, and it can fail with RuntimeError (dictionary changed size during iteration), leaving the file half written. Guard the changes with one lock and dump a copy taken under it (\`json.dump(dict(${c.subject}), f)\`), or hold that lock over the dump too.`;
  if (c.kind === 'iterate' && c.changeLock !== undefined && c.lock === undefined && !c.byIndex) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) goes through it here${c.view !== undefined ? ` (\`${c.view}\` is a live view of it, not a copy)` : ''} without \`${c.changeLock}\`, which other thread code holds when it ${c.list ? 'removes items' : 'adds or removes items'} (line ${writeLine}): a lock keeps out only code that takes it too, so ${c.list ? 'the loop can skip an item, or act on one another thread has just removed' : c.deque ? 'any change made while the loop runs stops it with RuntimeError (deque mutated during iteration)' : 'the loop can fail with RuntimeError (the dict or set changed size during iteration) or miss items'}, with the GIL or without it. Hold \`${c.changeLock}\` over the loop, or loop over a copy taken under it (\`with ${c.changeLock}: items = list(${c.subject.includes('…') ? '…' : c.subject})\`).`;
  if (c.kind === 'iterate' && c.deque) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) goes through this deque here${c.lock !== undefined ? ` under \`${c.lock}\`` : ', with no lock over the loop'}, while other thread code changes it at line ${writeLine}${c.lock !== undefined ? ' without that lock' : ''}: any append or pop made while the loop runs stops it with RuntimeError (deque mutated during iteration). ${c.lock !== undefined ? `Take \`${c.lock}\` around that change as well.` : `Guard the changes with one lock and loop over a copy taken under it (\`for x in list(${c.subject}):\`), or hold that lock over the whole loop.`}`;
  if (c.kind === 'iterate' && c.lock !== undefined) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) goes through it here under \`${c.lock}\`, but other thread code ${c.list ? 'removes items' : 'adds or removes items'} at line ${writeLine} without that lock: a lock guards only against code that takes it too, so the loop can ${c.list ? 'skip an item, or act on one another thread has just removed' : 'fail with RuntimeError (the dict or set changed size during iteration) or miss items'}. Take \`${c.lock}\` around that change as well.`;
  if (c.kind === 'iterate' && c.byIndex && (c.list || c.deque)) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) goes through it here by index, its length read once, with no lock over the loop, while other thread code removes items (line ${writeLine}): each removal shifts the items after it, so an index can skip one or name another than the one tested, and the last indexes run past the end (IndexError). Guard the removals with one lock and loop over a copy taken under it (\`for x in list(${c.subject}):\`), or hold that lock over the whole loop.`;
  if (c.kind === 'iterate' && c.list) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) goes through it here, with no lock over the loop, while other thread code removes items (line ${writeLine}): each removal shifts the items after it, so the loop can skip one, or act on an item another thread has just removed. Guard the removals with one lock and loop over a copy taken under it (${copyHint(c.subject, 'x')}), or hold that lock over the whole loop.`;
  if (c.kind === 'iterate') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) goes through it here${c.view !== undefined ? ` (\`${c.view}\` is a live view of it, not a copy: a lock held where the view was taken does not cover this)` : ''}, with no lock over the loop, while other thread code adds or removes items (line ${writeLine}): the loop can fail with RuntimeError (the dict or set changed size during iteration) or miss items. Guard the changes with one lock and loop over a copy taken under it (${copyHint(c.subject, 'k')}), or hold that lock over the whole loop.`;
  if (c.kind === 'present-read' && c.fromCopy) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) goes here through a copy of its keys and reads each key's item in the loop, with no lock over both, while other thread code removes keys (line ${writeLine}): a key can go after the copy is taken, and the read then raises KeyError (the copy keeps the loop itself safe, not the reads). Read each item with \`${c.subject}.get(key)\` and skip the ones that are gone; or hold one lock over the loop and the removals.`;
  if (c.kind === 'present-read') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests here that a key is in it and then reads that item, with no lock over both, while other thread code removes keys (line ${writeLine}): the key can go between the test and the read, which then raises KeyError (with the GIL a thread switch must land just between the two, which is rare; without it, as on a free-threaded interpreter, it happens often). Read the item once (\`item = ${c.subject}.get(key)\`) and test what you got; or hold one lock over the test, the read and the removals.`;
  if (c.kind === 'cleared' && c.rereadInto !== undefined) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests here that it is set and then reads it again into \`${c.rereadInto}\`, with no lock over both, while other thread code sets it to None or deletes it (line ${writeLine}): that can happen between the test and the second read, which then gets None (or fails), and whatever uses \`${c.rereadInto}\` next fails in its turn. Read it once (\`${c.rereadInto} = ${c.subject}\`) and test \`${c.rereadInto}\`; or hold one lock over the test, the read and the clearing.`;
  if (c.kind === 'cleared') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests here that it is set and then uses it, with no lock over both, while other thread code sets it to None or deletes it (line ${writeLine}): that can happen between the test and the use, and the use then fails (an AttributeError or TypeError on None). Take it into a local once (\`x = ${c.subject}\`), then test and use the local; or hold one lock over the test, the use and the clearing.`;
  if (c.kind === 'spin' && c.othersItem) return `\`${c.subject}\` is ${c.why}, used as a flag that says "I am inside": code that runs in threads (${how}) waits here until another thread's flag is down and raises its own at line ${writeLine}, in two steps. Two threads can both find the other's flag down and both raise their own, so both run what the flags should keep to one at a time (and the loop burns a CPU while it waits). Use a threading.Lock (\`with lock:\`), which tests and takes in one step and sleeps while it waits.`;
  if (c.kind === 'spin') return `\`${c.subject}\` is ${c.why}, used as a lock: code that runs in threads (${how}) waits here until it is free and takes it at line ${writeLine}, in two steps. Two threads can both see it free and both take it, so both run what it should keep to one at a time (and the loop burns a CPU while it waits). Use a threading.Lock (\`with lock:\`), which tests and takes in one step and sleeps while it waits.`;
  if (c.kind === 'after-release' && c.readUse === 'test') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) changes it under \`${c.lock}\` at line ${writeLine}, then tests it here, after letting the lock go: another thread can change it in between, so two threads can both see the value that should be seen once (both find the count at zero and both act), or one sees a value it never made. Test it while still holding the lock: keep the answer in a local inside the \`with\` and test that.`;
  if (c.kind === 'after-release' && c.readUse === 'report') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) changes it under \`${c.lock}\` at line ${writeLine}, then reads it here to show it, after letting the lock go: another thread can change it in between, so this shows a value another thread made. Two threads can show the same value and some values are never shown, on every interpreter (letting the lock go is a call, where even the GIL switches threads). Copy it into a local while the lock is held, and show the local.`;
  if (c.kind === 'after-release' && c.readUse === 'relock') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) changes it under \`${c.lock}\` at line ${writeLine}, lets the lock go, and takes it again here to read it: two locked steps are not one, and another thread can change it between them, so two threads can read the same value (the same index, the same id). Change it and read it under one \`with ${c.lock}:\`.`;
  if (c.kind === 'before-lock') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) reads it here, before taking \`${c.lock}\`, and changes it under the lock at line ${writeLine}: another thread can change it in between, so two threads can read the same value and act on it (one item handed out twice, the next one skipped). Read it under the lock too, in the same \`with\` as the change.`;
  if (c.kind === 'after-release') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) changes it under \`${c.lock}\` at line ${writeLine}, then reads it here, after letting the lock go: another thread can change it in between, so two callers can get the same value (two equal ids, one count reported twice). Take the value while still holding the lock: return it from inside the \`with\`, or keep it in a local there and return that.`;
  if (c.kind === 'equals' && c.copiedItem) return `${head}: the test is of a copy read from it before, so two threads can both read the old value and both pass, and both store and go on to the work after the store: what should happen once per key happens twice (a job run twice in one window, a message sent twice). With the GIL a thread switch must land between the read and the store; without it the two run at once. Hold one lock over the read, the test and the store, and do the work after it.`;
  if (c.kind === 'equals') return `${head}: two threads can both find the value they test for, and both act on it and store the new one, so what should happen once happens twice (a slot claimed by two, a state change made twice). Hold one lock over the test and the store.`;
  if (c.kind === 'compared' && c.actLocked && c.loop) {
    const lock = c.actHeld?.join('` and `');
    const endless = c.loop.startsWith('not ') ? ' (and a loop that tests it for truth then never ends)' : '';
    return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests it here, as its loop's condition, and takes from it at line ${writeLine}${overBoth('take')}: when one is left, two threads can both pass the test and each takes one in turn, so it goes below what the test kept: the last one is handed out twice${endless}. ${lock ? `Test it under \`${lock}\`, just before the take: loop with \`while True:\` and, first thing under the lock, leave on \`if ${c.loop}: break\`.` : 'Hold one lock over the test and the take.'}`;
  }
  if (c.kind === 'compared' && c.actLocked) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests it here and updates it at line ${writeLine}${overBoth('update')}: the answer can be out of date by the time the update runs, so two threads can both pass the test and both update, and the limit it keeps is broken (a balance below zero, a count past its maximum). ${c.actHeld ? `Make the test under \`${c.actHeld.join('` and `')}\` too, in the same \`with\` as the update.` : 'Hold one lock over the test and the update.'}`;
  if (c.kind === 'compared') return `${head}: another thread can store a new value between the test and this store, and this store then overwrites it, so that change is lost (a deadline just moved is cleared, a count just raised is reset). Hold one lock over the test and the store.`;
  if (c.kind === 'changed') return `${head}: two threads can both find that it differs from the new value, both do what should happen once per change (a rollover, a header, a reset), and both store the new value. Hold one lock over the test and the store.`;
  if (c.kind === 'size') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests its size here and changes it at line ${writeLine}${overBoth('change')}: two threads can both see room (or an item) and both act, so the list grows past its limit or the second takes from a list another thread just emptied (an IndexError). Hold one lock over the test and the change, or use a queue.Queue, which does both in one step.`;
  if (c.kind === 'head' && c.heap) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) looks here at the heap's smallest item and pops it at line ${writeLine}${overBoth('pop')}: a push in between can put a smaller item on top, and the pop then takes that one, not the one this code looked at (an entry handled before its time, or out of order), with the GIL or without it; on a free-threaded interpreter a push and a pop at once can also break the heap's order. Hold one lock over the look and the pop, and over every push.`;
  if (c.kind === 'head' && c.peeked) return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) reads here the item it takes next, and takes it at line ${writeLine}${overBoth('take')}: two threads can both read the same ${c.peeked === '0' ? 'first' : 'last'} item, and both handle it; each take then removes one, so the one next to it is dropped without anyone handling it (or the second take raises IndexError). Work between the read and the take (a sleep, a call) makes it all but certain, with the GIL or without it. Take the item in one step (\`value = ${c.subject}.pop(${c.peeked === '0' ? '0' : ''})\`), or hold one lock over the read and the take, or use a queue.Queue.`;
  if (c.kind === 'head') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests here the item it takes next, and takes it at line ${writeLine}${overBoth('take')}: another thread can take that item in between, and this take then removes the one after it, which the test never looked at (an entry still wanted is dropped), or raises IndexError when none is left; catching IndexError does not help with the first. With the GIL a thread switch must land just between the two, which is rare; without it, as on a free-threaded interpreter, it happens often. Hold one lock over the test and the take.`;
  if (c.kind === 'drain') return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) tests in this loop that it is not empty and takes an item at line ${writeLine}${c.takenIn !== undefined ? ` (in \`${c.takenIn}()\`, which pops it)` : ''} with no lock over both: another thread can take the last item in between, and then the take raises IndexError and this thread ends with a traceback. Take the item in one step and stop when there is none (\`try:\` the take, \`except IndexError: break\`), or use a queue.Queue and \`get_nowait()\`.`;
  if (c.kind === 'queue') {
    const then = c.waits
      ? 'this thread\'s `get()` then waits for an item that never comes, so it hangs, and so does any `join()` on it (a thread that is not a daemon also keeps the program from ending)'
      : c.misnamedEmpty !== undefined
        ? `the take then raises \`queue.Empty\`, which \`except ${c.misnamedEmpty}\` does not catch: \`${c.misnamedEmpty.split('.')[0]}\` names the queue class, not the module, and the class has no \`Empty\`, so that clause itself fails with AttributeError and this thread ends with a traceback (catch \`queue.Empty\`)`
        : 'the take then raises `queue.Empty`, and this thread ends with a traceback unless something catches it';
    return `\`${c.subject}\` is ${c.why}, and code that runs in threads (${how}) asks here whether it is empty and takes an item at line ${writeLine}: another thread can take the last item in between, and ${then}. The answer of \`empty()\` or \`qsize()\` is out of date as soon as it is given. Take the item in one step and stop when there is none: \`get_nowait()\` (or \`get(timeout=…)\`) in \`try\`, ending on \`except queue.Empty\`, or put one sentinel per worker on the queue and stop at it.`;
  }
  // (Tested and set by the object's own thread alone: what goes wrong is the other methods' change in between.)
  if (c.besideOwnThread && (c.kind === 'none' || c.storesTrue === 'once')) {
    const others = c.besideOwnThread.slice(0, 3).map((m) => `\`${m}()\``).join(', ');
    if (c.storesTrue === 'once') return `${head}: ${others} can set it back between the test and the store of True here, and this store then overwrites that: what the reset asked for (the work done once more, a reply sent) never happens. Hold one lock of the object over the test and the set, and take it in ${others} too.`;
    return `${head}: ${others} can change it between the test and the set, or between the set and the lines after it that use it, so the thread overwrites that change or goes on with a value it did not test (where they set None, the next use raises TypeError or AttributeError and the thread ends). Hold one lock of the object over the test, the set and the uses after it, and take it in ${others} too.`;
  }
  if (c.storesTrue === 'once') return `${head}: two threads can both find it not yet set and both do the work inside the \`if\` before either sets it to True, so what should happen once happens twice (two games built, a connection opened twice, and the threads may keep different ones). With the GIL that takes a thread switch before the flag is set, which work that waits (a send, a sleep) makes all but certain; without the GIL it happens even when the work is short. Hold one lock over the test and the set, or claim the flag first under a lock (\`with lock: go = not flag; flag = True\`) and do the work after, in the thread that claimed it.`;
  if (c.kind === 'hasattr') return `${head}: two threads can both find it missing and both create it, so two instances exist and callers may get different ones. Hold one lock over the test and the creation.`;
  if (c.storesGiven) return `${head}: two threads can both see it unset and both store what they were handed; the later store overwrites the first, and what the first thread stored is lost (a waiting client nobody pairs, a job nobody runs). Hold one lock over the test and the assignment.`;
  return `${head}: two threads can both see it unset (or not ready) and both create it; the later one overwrites the first, so two objects were made and code that already took the first keeps a different one. Hold one lock over the test and the assignment.`;
}

/** Is this line one whole simple statement (a call that opens and closes on it, not a block's header or a continued line)? */
function completeStatement(text: string): boolean {
  const code = text.replace(/#.*$/, '').trimEnd();
  const opens = (code.match(/[([{]/g) ?? []).length;
  const closes = (code.match(/[)\]}]/g) ?? []).length;
  return code.trim() !== '' && opens === closes && !/[:\\,]$/.test(code) && !/^\s*(?:if|for|while|with|elif|else|try|except|finally|def|class|async)\b/.test(code);
}

/** A line's text without its indentation, as a range. */
function lineRange(lines: SourceLines, line: number): Range0 {
  const text = lines.line(line);
  return { start: { line, character: text.length - text.trimStart().length }, end: { line, character: text.length } };
}

/** Where the lock that guards a write of `subject` belongs (see LockHome). */
/** A class built on a Condition or an RLock (a monitor): `with self:` takes the object's own lock. */
const isMonitor = (cls: ClassInfo) => cls.bases.some((b) => MONITOR_BASE.test(b));

function lockHome(module: Module, subject: string, cls: ClassInfo | undefined, classLock: string | undefined): LockHome {
  const dot = subject.indexOf('.');
  const head = dot < 0 ? subject.replace(/\[.*$/, '') : subject.slice(0, dot);
  if (head === 'self' && cls) {
    const init = cls.methods.get('__init__');
    const initAt = init?.fn.bodyInsert;
    // (The object's own items, `self[k]`: its `__contains__` and `__setitem__` may take its lock, so
    // holding a plain Lock of it around them would wait forever; only a reentrant one can be taken again.)
    const reentrant = (lock: string) => !!init && new RegExp(`\\bself\\s*\\.\\s*${lock}\\s*=\\s*[\\w.]*RLock\\s*\\(`).test(functionText(module, init));
    return {
      t: 'instance',
      existing: dot < 0 && classLock !== undefined && !reentrant(classLock) ? undefined : classLock,
      init: !init ? undefined : initAt ? { line: init.statement.base.line + initAt.line, indent: initAt.indent } : 'unreachable',
      classBody: cls.bodyInsert,
      methodAt: cls.methodInsert,
      hasBases: cls.hasBases,
      isDataclass: cls.isDataclass,
      taken: [...cls.noLockAttrs, ...cls.lockAttrs],
      // (A monitor, `class Ferry(threading.Condition)`: its own lock is the one to take.)
      selfIsLock: isMonitor(cls),
    };
  }
  const owner = dot < 0 ? undefined : head === 'cls' ? cls : module.classes.get(head);
  if (owner) return { t: 'class', className: head, existing: [...owner.lockAttrs].find((a) => !owner.semaphoreAttrs.has(a)), classBody: owner.bodyInsert, taken: [...owner.noLockAttrs] };
  return { t: 'module' };
}

const REPEATS: ReadonlySet<string> = new Set([...REPEATING, 'lambda']);

/** Public methods that take a piece of work each call (`submit(self, fn)`, `schedule(self, job)`): called again and again. */
const TAKES_WORK = /^(?:submit|schedule|enqueue|dispatch|spawn|execute|defer|fire|emit|post|push|put|add_(?:task|job|work|request))\w*$/;

/** Methods that set an object up once; starting a thread there is one thread per object. */
const SETS_UP_ONCE = /^(?:_*(?:start|run|begin|launch|open|connect|setup|set_up|init|initialize|serve|listen|__init__|__enter__)\w*)$/;
const SET_UP_WORD = /^_*(?:start|run|begin|launch|open|connect|setup|set_up|init|initialize|serve|listen|__init__|__enter__)_*$/;

/**
 * Does a method that starts a thread on its own object (`Thread(target=self._worker)`) run more than
 * once on one object, so that several such threads share it? It does when it, or a method of its
 * class that calls it through `self`, is called twice on one receiver or in a loop on a receiver the
 * loop does not rebind (`pool.submit(a); pool.submit(b)`); or when that caller is a public method
 * taking work (`submit(self, task)`) of a class that takes its own lock, so meant to be called from
 * several threads (see lockedClassEntries), or named for work it takes each call (TAKES_WORK).
 */
/** A function nested in another (not a method) that the enclosing function calls twice or more, or in a loop (also from another closure of it). */
function nestedCalledRepeatedly(module: Module, root: Node, key: string): boolean {
  const dot = key.lastIndexOf('.');
  const outer = dot > 0 ? module.functions.get(key.slice(0, dot)) : undefined;
  const nested = module.functions.get(key);
  if (!outer || !nested || nested.definition.parentIsClass) return false;
  const def = definitionOf(root, outer);
  if (!def) return false;
  const name = key.slice(dot + 1);
  const calls = [...namesMatching(root, def.text, new RegExp(`(?<![\\w.])${name}\\s*\\(`, 'g'), def.startIndex)].map(({ node }) => node).filter((n) => n.parent?.type === 'call');
  return calls.length > 1 || calls.some((c) => {
    for (let p: Node | null = c.parent; p && p.id !== def.id; p = p.parent) if (REPEATS.has(p.type) && p.type !== 'lambda') return true;
    return false;
  });
}

function startsPerCall(module: Module, root: Node, starter: string): boolean {
  const dot = starter.lastIndexOf('.');
  const cls = module.classes.get(starter.slice(0, dot));
  if (!cls || dot < 0) return false;
  const callers = new Set([starter.slice(dot + 1)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, m] of cls.methods) {
      // (Its text names a caller first: most methods' bodies need not be read.)
      if (callers.has(name)) continue;
      const text = functionText(module, m);
      if ([...callers].some((c) => text.includes(c)) && m.fn.calls.some((c) => c.t === 'method' && c.isSelf && callers.has(c.attr))) grew = callers.add(name) !== undefined;
    }
  }
  const guarded = [...cls.lockAttrs].some((a) => !cls.semaphoreAttrs.has(a));
  for (const name of callers) {
    const m = cls.methods.get(name)!;
    // A handler run once per event (`command=self.load`, `.bind(…, self.on_select)`, `.clicked.connect(self.go)`):
    // each click starts one more, unless it first turns its widget off or asks whether the last one still runs.
    if (boundToEvent(module, name) && !GUARDS_REENTRY.test(functionText(module, m))) return true;
    // (A watchdog handler's `on_modified(self, event)`: the observer calls it once per file event.)
    if (WATCHDOG_EVENT_METHOD.test(name) && cls.bases.some((b) => WATCHDOG_HANDLERS.has(b)) && !GUARDS_REENTRY.test(functionText(module, m))) return true;
    // (`start_client(self, client)` takes a piece of work: a call per client, not a set-up.)
    if (SETS_UP_ONCE.test(name) && (SET_UP_WORD.test(name) || m.fn.params.length <= 1)) continue;
    // (`submit(self, *args, **kwargs)` takes its work as arguments too.)
    const takesArguments = m.fn.params.length > 1 || /\(\s*self\s*,\s*\*/.test(linesOf(module)[absoluteRange(m.fn.range, m.statement.base).start.line] ?? '');
    if ((guarded || TAKES_WORK.test(name)) && !name.startsWith('_') && takesArguments && m.fn.decoratedAs === undefined) return true;
    const byReceiver = new Map<string, number>();
    for (const { receiver, at } of methodCalls(module, root, name)) {
      if (receiverOfOtherKind(module, at, receiver, cls.name)) continue;
      byReceiver.set(receiver, (byReceiver.get(receiver) ?? 0) + 1);
      if (byReceiver.get(receiver)! > 1) return true;
      for (let p: Node | null = at; p && p.type !== 'function_definition'; p = p.parent) {
        if (!REPEATS.has(p.type) || p.type === 'lambda') continue;
        const bound = p.childForFieldName('left')?.text ?? p.namedChildren.find((c) => c?.type === 'for_in_clause')?.childForFieldName('left')?.text;
        // (`for path in paths: f = Fetcher(path); f.fetch()`: a new object each round, one start each.)
        if (!madeEachRound(p, receiver, at.startPosition.row) && (bound === undefined || !bound.split(/[^\w]+/).includes(receiver.split('.')[0]))) return true;
      }
    }
  }
  return false;
}

/** The methods of a watchdog event handler that its observer calls. */
const WATCHDOG_EVENT_METHOD = /^on_(?:any_event|created|deleted|modified|moved|closed|closed_no_write|opened)$/;

/** `command=self.name`, `.bind(…, self.name)`, `.connect(self.name)`: a method a widget or a signal calls once per event. */
function boundToEvent(module: Module, method: string): boolean {
  return new RegExp(`(?:\\b(?:command|on_click|on_press)\\s*=\\s*|\\.\\s*(?:bind|bind_all|connect)\\s*\\([^)\\n]*?)self\\s*\\.\\s*${method}\\b(?!\\s*\\()`).test(module.text);
}

/** What keeps a handler from running its work twice at once: a look at the last thread, a join, a lock, or its widget turned off. */
const GUARDS_REENTRY = /\bis_alive\s*\(|\.\s*join\s*\(|\bwith\s+[\w.]*(?:lock|mutex)\b|\bstate\s*=\s*(?:["']disabled["']|(?:tk\s*\.\s*|tkinter\s*\.\s*)?DISABLED)|\.\s*setEnabled\s*\(\s*False|\.\s*setDisabled\s*\(\s*True|\.\s*(?:acquire|locked)\s*\(|\bif\s+(?:not\s+)?self\s*\.\s*\w*(?:running|busy|loading|working|active|in_progress|downloading|fetching|scanning|started)\w*\b/i;

/**
 * Is `receiver`, where `at` calls a method on it, bound in its function to something that is not an
 * object of `cls`: `with YoutubeDL(opts) as ydl:`, or `ydl = YoutubeDL(opts)`, another class (whose
 * `ydl.download()` is not `cls`'s `download()`)?
 */
function receiverOfOtherKind(module: Module, at: Node, receiver: string, cls: string): boolean {
  if (!/^\w+$/.test(receiver) || receiver === 'self') return false;
  const fn = enclosing(at, FUNCTION_TYPES);
  if (!fn) return false;
  if (new RegExp(`\\bas\\s+${receiver}\\s*[:,)]`).test(fn.text)) return true;
  const key = definitionKey(module, fn);
  const made = key !== undefined ? module.functions.get(key)?.fn.ctorLocals.filter(([n]) => n === receiver) : undefined;
  return !!made?.length && made.every(([, ctor]) => /^[A-Z]/.test(ctor.slice(ctor.lastIndexOf('.') + 1)) && classVisibleFrom(module, ctor, key) !== cls);
}

/**
 * A thread of the function that makes it, made as the function's last act (`worker = Thread(target=main_loop)`
 * after main_loop's loop, perhaps started right there): the next one in a relay, which runs only once
 * this one's work is done, never beside it. So is a Timer that re-arms the function at its end
 * (`self.count += 1; Timer(2, self.publish).start()`) where another thread of the module runs the first
 * link (a Thread subclass's `run()` calls `publish()`): each run starts the next when it is done.
 */
function relayedAtEnd(module: Module, root: Node, e: ThreadEntry, all: readonly ThreadEntry[]): boolean {
  if (!e.oneThread || e.repeats) return false;
  if (!/^threading\.Thread at line/.test(e.how) && !(/^threading\.Timer at line/.test(e.how) && firstLinkOnOtherThread(module, e, all))) return false;
  let statement: Node | null = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
  while (statement && statement.parent?.parent?.type !== 'function_definition') statement = statement.parent;
  const fn = statement?.parent?.parent;
  if (!statement || !fn || statement.parent?.id !== fn.childForFieldName('body')?.id || definitionKey(module, fn) !== e.key) return false;
  for (let next = statement.nextNamedSibling; next; next = next.nextNamedSibling) {
    if (next.type === 'comment' || next.type === 'return_statement') continue;
    if (next.type === 'expression_statement' && /^[\w.]+\s*\.\s*(?:start\s*\(\s*\)|daemon\s*=\s*\w+)$/.test(next.text)) continue;
    return false;
  }
  return true;
}

/**
 * Does another thread entry of the module run `e`'s function once, at the top level of its own code
 * (not in a loop or a branch, where each call would start one more chain): the entry's own target,
 * a method its class's thread code calls (`self.publish()` in `run()`), or a function it calls by name?
 */
function firstLinkOnOtherThread(module: Module, e: ThreadEntry, all: readonly ThreadEntry[]): boolean {
  const { cls: own, name: method } = classMethodOf(module, e.key);
  const callsOnce = (ref: FunctionRef, call: string) => {
    const text = functionText(module, ref);
    const calls = [...text.matchAll(new RegExp(`^([ \\t]*)${call}\\s*\\(`, 'gm'))];
    return calls.length === 1 && calls[0][1].length === bodyIndent(module, ref);
  };
  return all.some((o) => {
    if (o === e || (o.key === e.key && o.how === e.how)) return false;
    if (o.key === e.key) return o.oneThread && !o.repeats;
    const { cls } = classMethodOf(module, o.key);
    if (!o.oneThread || o.repeats || (cls ?? undefined) !== (own ?? undefined)) return false;
    if (cls) return [...ownThreadMethods(module, cls, o.key.slice(o.key.lastIndexOf('.') + 1))].some((m) => m !== method && callsOnce(cls.methods.get(m)!, `self\\s*\\.\\s*${method}`));
    return [...calledByName(module, o.key)].some((k) => k !== e.key && callsOnce(module.functions.get(k)!, `(?<![\\w.])${e.key}`));
  });
}

/**
 * Is the start in a module-level function that nothing calls, whose one call the author commented out
 * (`#conflict_demo()`): a lesson's broken demo left beside the fixed one it runs instead.
 */
function startsInCommentedOutLauncher(module: Module, root: Node, e: ThreadEntry): boolean {
  if (e.moduleLine !== undefined || e.elsewhere) return false;
  let top: Node | null = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
  while (top && top.parent && top.parent.type !== 'module') top = top.parent;
  const name = top?.type === 'function_definition' ? top.childForFieldName('name')?.text : undefined;
  if (name === undefined || !new RegExp(`^[ \\t]*#[ \\t]*${name}\\s*\\(`, 'm').test(module.text)) return false;
  // (Named nowhere else in the code: comments and strings aside, only its `def`.)
  return [...namesMatching(root, module.text, new RegExp(`\\b${name}\\b`, 'g'))].every(({ node }) => node.startIndex >= top!.startIndex && node.startIndex < top!.endIndex);
}

/** Is this position in a module-level `if __name__ == "__main__":` block? */
function underMainGuard(root: Node, at: Position0): boolean {
  for (let p: Node | null = root.descendantForPosition({ row: at.line, column: at.character }); p; p = p.parent) {
    if (p.type === 'if_statement' && p.parent?.type === 'module') return /^__name__\s*==\s*["']__main__["']$|^["']__main__["']\s*==\s*__name__$/.test(p.childForFieldName('condition')?.text ?? '');
  }
  return false;
}

/**
 * Does the code at `at` run at most once? It does at module level outside loops and comprehensions;
 * the answer is the module-level line where it runs (of the call that leads to it), else undefined;
 * inside a module-level function only when the module names that function exactly once, in a call
 * that itself runs once (`main()` under `if __name__ == "__main__":`). Asked only of the few thread
 * starts whose function has writes to report, so the tree is walked lazily.
 */
function runsOnce(module: Module, root: Node, at: Position0, depth = 0): number | undefined {
  for (let p: Node | null = root.descendantForPosition({ row: at.line, column: at.character }); p; p = p.parent) {
    if ((REPEATS.has(p.type) && !joinedInSameRound(module, p, at)) || p.type === 'class_definition') return undefined;
    // `if t is None: … t = Thread(…); t.start()`: one thread at a time, however often this runs.
    if (p.type === 'if_statement' && oneAtATime(p)) return at.line;
    if (p.type !== 'function_definition') continue;
    // `if self.worker and self.worker.is_alive(): return` … `self.worker = Thread(…)`: the same, as a guard clause.
    if (aliveGuardBefore(module, p, at)) return at.line;
    const holder = p.parent?.type === 'decorated_definition' ? p.parent.parent : p.parent;
    const name = p.childForFieldName('name');
    // A method of a module-level class is called as `x.name(…)`: once if that is the name's one use.
    const cls = holder?.type === 'block' ? holder.parent : undefined;
    const method = cls?.type === 'class_definition' && (cls.parent?.type === 'decorated_definition' ? cls.parent.parent : cls.parent)?.type === 'module';
    if (depth >= 4 || !(holder?.type === 'module' || method) || !name) return undefined;
    // `__init__` runs as often as its class is made: once where the program makes one object.
    if (method && name.text === '__init__') {
      const className = cls!.childForFieldName('name')?.text;
      return className !== undefined && depth < 3 ? madeOnceAt(module, className, depth + 1)?.start.line : undefined;
    }
    const uses: number[] = [];
    const word = new RegExp(`\\b${name.text}\\b`, 'g');
    for (let m = word.exec(module.text); m; m = word.exec(module.text)) {
      if (m.index !== name.startIndex && root.descendantForIndex(m.index)?.type === 'identifier') uses.push(m.index); // not in strings or comments
    }
    // A start function left for other modules to call (`def start_server(): global server_thread;
    // server_thread = Server(…)`) that keeps its thread in one module-level handle: a second call would
    // lose the first thread's handle, so it is meant to run one at a time.
    if (uses.length === 0 && !method && keptInGlobalHandle(p, at)) return at.line;
    // Its one use: a call, or the target of a thread started once (`Thread(target=watch_timer).start()`).
    // (The target of processes only, `Process(target=machine)` however many: each process runs it once, in memory of its own.)
    if (!method && uses.length > 0 && uses.every((u) => /\bProcess\s*\([^()]*\btarget\s*=\s*$/.test(module.text.slice(Math.max(0, u - 120), u)))) return at.line;
    const called = /^\s*\(/.test(module.text.slice(uses[0] + name.text.length, uses[0] + name.text.length + 20));
    const threadTarget = !method && /\b(?:Thread|Timer)\s*\([^()]*\btarget\s*=\s*$/.test(module.text.slice(Math.max(0, uses[0] - 120), uses[0]));
    if (uses.length !== 1 || (module.text[uses[0] - 1] === '.') !== method || !(called || threadTarget)) return undefined;
    const use = root.descendantForIndex(uses[0]);
    if (!use) return undefined;
    return runsOnce(module, root, { line: use.startPosition.row, character: use.startPosition.column }, depth + 1);
  }
  return at.line;
}

/** Is the thread made at `at` joined in the same round of the loop around it (see joinedInSameRound)? */
function joinedInItsLoop(module: Module, root: Node, at: Position0): boolean {
  for (let p: Node | null = root.descendantForPosition({ row: at.line, column: at.character }); p && p.type !== 'function_definition'; p = p.parent) {
    if (REPEATS.has(p.type)) return joinedInSameRound(module, p, at);
  }
  return false;
}

/**
 * Is the thread made at `at` (`t = Thread(…)`, a statement of the loop's body) joined in the same round
 * of the loop (`t.start()` … `t.join()`, at the body's own indent), before the next round makes another?
 * Then the loop's threads run one after another, not at once.
 */
function joinedInSameRound(module: Module, loop: Node, at: Position0): boolean {
  if (loop.type !== 'for_statement' && loop.type !== 'while_statement') return false;
  const body = loop.childForFieldName('body');
  if (!body || at.line < body.startPosition.row || at.line > body.endPosition.row) return false;
  const lines = linesOf(module);
  const indent = body.startPosition.column;
  const made = /^([ \t]*)(\w+)\s*=\s*(?:[\w.]+\s*\.\s*)?\w*Thread\s*\(/.exec(lines[at.line] ?? '');
  if (!made || made[1].length !== indent) return false;
  const join = new RegExp(`^[ \\t]{${indent}}${made[2]}\\s*\\.\\s*join\\s*\\(`);
  for (let i = at.line + 1; i <= body.endPosition.row; i++) if (join.test(lines[i])) return true;
  return false;
}

/** Is the thread made or started at `at` held in a name the function declares `global` (`server = Server(…)`, `server.start()`)? */
function keptInGlobalHandle(fn: Node, at: Position0): boolean {
  const line = fn.text.split('\n')[at.line - fn.startPosition.row] ?? '';
  const handle = /^\s*(\w+)\s*(?:=\s*[\w.]+\s*\(|\.\s*start\s*\(\s*\))/.exec(line)?.[1];
  return handle !== undefined && new RegExp(`^\\s*global\\s+(?:\\w+\\s*,\\s*)*${handle}\\b`, 'm').test(fn.text);
}

/** Is `node` (or its `if`) inside an `if` that starts one thread at a time (see oneAtATime), on a line that `if` holds? */
function guardedStartAround(node: Node, startLine: number): boolean {
  for (let p: Node | null = node; p && p.type !== 'function_definition'; p = p.parent) {
    if (p.type === 'if_statement' && startLine <= p.endPosition.row && oneAtATime(p)) return true;
  }
  return false;
}

/** Does this `if` start a thread only when the name that holds it has none (`if t is None:` / `if not t:` … `t = Thread(…)`)? */
function oneAtATime(ifNode: Node): boolean {
  const body = ifNode.childForFieldName('consequence')?.text ?? '';
  const made = /^[ \t]*((?:self\s*\.\s*)?\w+)\s*=\s*(?:threading\s*\.\s*)?Thread\s*\(/m.exec(body)?.[1].replace(/\s+/g, '');
  if (made === undefined) return false;
  const held = made.replace('.', '\\s*\\.\\s*');
  const test = ifNode.childForFieldName('condition')?.text ?? '';
  return new RegExp(`^(?:${held}\\s+is\\s+None|not\\s+${held})(?:\\s+or\\s+not\\s+${held}\\s*\\.\\s*is_alive\\s*\\(\\s*\\))?$`).test(test.trim());
}

/**
 * Does the start at this place run one thread at a time, however often its function is called: the
 * function first returns while its thread is alive (see aliveGuardBefore), or the start is inside an
 * `if`, under a lock, that makes the thread only when there is none (see oneAtATime)?
 */
function startsOneAtATime(module: Module, root: Node, at: Position0): boolean {
  const fn = definitionAround(root, at);
  if (!fn) return false;
  if (aliveGuardBefore(module, fn, at)) return true;
  // (Test and start under one lock: without it, two callers can both find none and both start one.)
  const node = root.descendantForPosition({ row: at.line, column: at.character });
  return !!node && locksHeldAt(root, at.line, at.character).some((l) => LOCKISH.test(l)) && guardedStartAround(node, at.line);
}

/**
 * Does the function return early while the thread it is about to make is alive (`if self.worker and
 * self.worker.is_alive(): return`, `if self._busy(): return` where `_busy()` asks that) before the
 * line that makes it (`self.worker = Thread(…)`)? Then one runs at a time, however often it is called.
 */
function aliveGuardBefore(module: Module, fn: Node, at: Position0): boolean {
  const body = fn.childForFieldName('body');
  const lines = fn.text.split('\n');
  const line = lines[at.line - fn.startPosition.row] ?? '';
  // The handle: `self.worker = Thread(…)` at the start, or `thread = Thread(…)` kept later as `self._thread = thread`.
  // (Or a module's attribute, `Globals.worker = Thread(…)`: one handle for the program.)
  const bound = /^[ \t]*((?:\w+\s*\.\s*)?\w+)\s*=\s*(?:[\w.]+\s*\.\s*)?\w*Thread\s*\(/.exec(line)?.[1].replace(/\s+/g, '');
  const local = bound !== undefined && !bound.includes('.') ? bound : undefined;
  let made = local === undefined ? bound : undefined;
  if (local !== undefined) made = new RegExp(`^[ \\t]*(self\\s*\\.\\s*\\w+)\\s*=\\s*${local}\\s*$`, 'm').exec(lines.slice(at.line - fn.startPosition.row + 1).join('\n'))?.[1].replace(/\s+/g, '');
  if (!body || made === undefined) return false;
  const held = made.replace('.', '\\s*\\.\\s*');
  const alive = new RegExp(`${held}\\s*\\.\\s*is_alive\\s*\\(`);
  // (Or only asks that the handle is set: `if self._thread is not None: return`, the start and the store under one lock.)
  const set = local !== undefined ? new RegExp(`${held}\\s+is\\s+not\\s+None\\b`) : undefined;
  // A method of the object that asks it (`def _busy(self): return self.worker.is_alive()`).
  const asks = (test: string) => alive.test(test) || !!set?.test(test) || [...test.matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].some((m) => {
    const def = new RegExp(`\\bdef\\s+${m[1]}\\s*\\(\\s*self\\s*\\)[^\\n]*:\\n((?:[ \\t]*\\n|[ \\t]+[^\\n]*\\n?){1,8})`).exec(module.text);
    return !!def && alive.test(def[1]);
  });
  const guards = (block: Node): boolean => {
    for (const st of block.namedChildren) {
      if (!st || st.startPosition.row >= at.line) break;
      // (Inside the `with self._lock:` that holds the start as well.)
      if (local !== undefined && st.type === 'with_statement' && st.endPosition.row >= at.line) {
        const inner = st.childForFieldName('body');
        if (inner && guards(inner)) return true;
      }
      if (st.type !== 'if_statement' || st.namedChildren.some((c) => c?.type === 'elif_clause' || c?.type === 'else_clause')) continue;
      const then = st.childForFieldName('consequence')?.namedChildren.filter((c) => c?.type !== 'comment' && c?.type !== 'expression_statement') ?? [];
      if (then.length === 1 && then[0]?.type === 'return_statement' && asks(st.childForFieldName('condition')?.text ?? '')) return true;
    }
    return false;
  };
  return guards(body);
}

/** Where a class of the module is instantiated, when that is the one place and it runs once; else undefined. */
/**
 * The attributes a class's `__init__` stores its parameters in (`self.jobs = jobs`) that get the same
 * object at every construction: the same name in a loop that does not rebind it, or at two sites.
 * By `self.attr`, as `handed` holds them.
 */
/** The `__init__` parameters a class keeps as they are (`self.server = server`): parameter → attribute. */
function keptParams(module: Module, c: ClassInfo): { params: readonly string[]; stored: ReadonlyMap<string, string> } | undefined {
  const init = c.methods.get('__init__');
  if (!init) return undefined;
  // (Kept with its summary: asked of every class on every edit.)
  return keptWithFunction(module, init, initParamsKept);
}

function handedThroughConstructor(module: Module, c: ClassInfo): Map<string, string | undefined> | undefined {
  const kept = keptParams(module, c);
  const root = module.statements[0]?.node.tree.rootNode;
  if (!kept || !root) return undefined;
  const { params, stored } = kept;
  const out = new Map<string, string | undefined>();
  const sitesByName = new Map<string, number>();
  // The classes of what each attribute is handed, where every construction tells (`ATM(plain_account)`, `ATM(locked_account)`): `A|B`.
  const classes = new Map<string, Set<string> | null>();
  for (const { param, value, loop } of constructions(module, root, c, params)) {
    const attr = stored.get(param);
    if (attr !== undefined && value.type === 'identifier' && classes.get(attr) !== null) {
      const cls = classOf(module, value.text, { fnKey: definitionKey(module, value), line: value.startPosition.row });
      classes.set(attr, cls !== undefined ? new Set([...(classes.get(attr) ?? []), cls]) : null);
    } else if (attr !== undefined) classes.set(attr, null);
    // A name, or an attribute of the maker (`Worker(self.rate_limits)` in a method's loop): one object for each.
    // (`self`, the maker, only from a loop: `Customer(n, self).start()` for each customer hands every thread the one object.)
    if (attr === undefined || !(value.type === 'identifier' || (value.type === 'attribute' && /^self\s*\.\s*\w+$/.test(value.text))) || (value.text === 'self' && !loop)) continue;
    const named = value.text.replace(/\s+/g, '').replace('.', '\\s*\\.\\s*');
    const rebound = new RegExp(`(?<![\\w.])${named}\\s*=(?!=)|\\bfor\\s+[^:\\n]*\\b${named}\\b[^:\\n]*\\bin\\b`);
    const key = `self.${attr}\u0000${value.text}`;
    sitesByName.set(key, (sitesByName.get(key) ?? 0) + 1);
    if ((loop && !rebound.test(loop.text)) || sitesByName.get(key)! > 1) out.set(`self.${attr}`, undefined);
  }
  for (const key of out.keys()) {
    const known = classes.get(key.slice(5));
    if (known) out.set(key, [...known].join('|'));
  }
  return out.size > 0 ? out : undefined;
}

/** For parameters handed an item of a shared container (Reached.itemParams), the findings say so. */
function itemParamsWhy(found: FunctionWrites, itemParams: ReadonlySet<string> | undefined): FunctionWrites {
  if (!itemParams?.size) return found;
  return rewordWhy(found, (w) => {
    const param = /^(\w+)/.exec(w.subject)?.[1];
    return param !== undefined && itemParams.has(param) ? w.why.replace(`\`${param}\`, one object handed to every thread that runs this code`, `\`${param}\`, an item of a container every thread that runs this code shares (the caller picked it there, and other threads can pick the same one)`) : w.why;
  });
}

/** The findings with each one's `why` as `reword` gives it (the lock mistakes as they are). */
function rewordWhy(found: FunctionWrites, reword: (w: { subject: string; why: string }) => string): FunctionWrites {
  const say = <T extends { subject: string; why: string }>(list: T[]) => list.map((w) => ({ ...w, why: reword(w) }));
  return { writes: say(found.writes), mistakes: found.mistakes, checks: say(found.checks), lockedUpdates: say(found.lockedUpdates) };
}

/** For a closure started on each call of a method that takes work (ThreadEntry.perCallOf), the findings say so. */
function perCallWhy(found: FunctionWrites, via: readonly ThreadEntry[]): FunctionWrites {
  const method = via.find((e) => e.perCallOf !== undefined)?.perCallOf;
  if (method === undefined) return found;
  return rewordWhy(found, (w) => w.why.replace('an object whose method runs in several threads', `an object whose \`${method}()\` hands its work to another thread on each call, so several run at once`));
}

/** For a thread class handed one object with another thread class (ThreadEntry.handedAlsoTo), the findings say so. */
function handedAcrossWhy(found: FunctionWrites, via: readonly ThreadEntry[]): FunctionWrites {
  const others = [...new Set(via.flatMap((e) => e.handedAlsoTo ?? []))];
  if (others.length === 0) return found;
  const every = /one object handed to every thread of this class(?: \(through its constructor\))?$/;
  const why = `one object handed to the constructors of this thread class and of ${others.join(', ')}, whose thread${others.length > 1 ? 's use' : ' uses'} it too`;
  return rewordWhy(found, (w) => w.why.replace(every, why));
}

/**
 * The attributes of a thread class that keep an object the constructor of another thread class of the
 * module is handed too, from the same function (`BorrarLista1(lista)`, `BorrarLista2(lista)`): one
 * object, two threads.
 */
function handedToOtherThreadClasses(module: Module, c: ClassInfo): { handed: Map<string, string | undefined>; to: string[] } | undefined {
  const kept = keptParams(module, c);
  const root = module.statements[0]?.node.tree.rootNode;
  if (!kept || !root) return undefined;
  const others = [...module.classes.values()].filter((o) => o !== c && o.isThread && o.methods.has(o.run));
  if (others.length === 0) return undefined;
  // Where a name is handed: its text and the function it is handed in.
  const place = (value: Node) => `${enclosing(value, SCOPES)?.id}\u0000${value.text}`;
  const handedElsewhere = new Map<string, string[]>();
  for (const o of others) {
    const theirs = keptParams(module, o);
    if (!theirs) continue;
    for (const { param, value } of constructions(module, root, o, theirs.params)) if (theirs.stored.has(param) && value.type === 'identifier' && value.text !== 'self') handedElsewhere.set(place(value), [...(handedElsewhere.get(place(value)) ?? []), o.name]);
  }
  const handed = new Map<string, string | undefined>();
  const to = new Set<string>();
  for (const { param, value } of constructions(module, root, c, kept.params)) {
    const attr: string | undefined = kept.stored.get(param);
    const classes: string[] | undefined = attr !== undefined && value.type === 'identifier' ? handedElsewhere.get(place(value)) : undefined;
    if (classes) (handed.set(`self.${attr}`, undefined), classes.forEach((o) => to.add(o)));
  }
  return handed.size > 0 ? { handed, to: [...to] } : undefined;
}

/** Each argument of each `C(…)` in the module, by the `__init__` parameter it goes to, with the loop around the call if any. */
function constructions(module: Module, root: Node, c: ClassInfo, params: readonly string[]): { call: Node; param: string; value: Node; loop: Node | undefined }[] {
  const out: { call: Node; param: string; value: Node; loop: Node | undefined }[] = [];
  for (const m of module.text.matchAll(new RegExp(`\\b${c.name}\\s*\\(`, 'g'))) {
    const node = root.descendantForIndex(m.index!);
    const call = node?.parent;
    if (node?.type !== 'identifier' || call?.type !== 'call' || call.childForFieldName('function')?.id !== node.id) continue;
    let loop: Node | undefined;
    for (let p = call.parent; p && !loop && p.type !== 'function_definition'; p = p.parent) if (REPEATS.has(p.type)) loop = p;
    (call.childForFieldName('arguments')?.namedChildren ?? []).forEach((a, i) => {
      const [param, value] = a?.type === 'keyword_argument' ? [a.childForFieldName('name')?.text, a.childForFieldName('value')] : [params[i], a];
      if (param !== undefined && value) out.push({ call, param, value, loop });
    });
  }
  return out;
}

/**
 * A thread class that calls what its constructor is handed (`Ticker(up).start()`, where `__init__`
 * keeps `self.func = func` and `run()` calls `self.func()`): the function or bound method handed at
 * each construction runs on that thread; on several when constructed in a loop or at several places.
 */
function callablesHandedToThreadClass(module: Module, c: ClassInfo): ThreadEntry[] {
  const init = c.methods.get('__init__');
  const root = module.statements[0]?.node.tree.rootNode;
  if (!init || !root || init.fn.params.length < 2) return [];
  const params = init.fn.params.slice(1);
  const initText = functionText(module, init);
  // Where its threads start: a Thread subclass's run(); any other class's methods it starts on threads
  // itself (`Thread(target=self._loop)`, `Timer(t, self._tick)`), as a flusher or a repeating timer does.
  // (Asked only of a class that keeps a parameter: most keep none that they call.)
  const keepsParam = !c.isThread && params.some((p) => new RegExp(`\\bself\\s*\\.\\s*\\w+\\s*=\\s*${p}[ \\t]*(?:#.*)?$`, 'm').test(initText));
  const starts = c.isThread ? (c.methods.has(c.run) ? [c.run] : []) : keepsParam ? selfTargets(module, c) : [];
  if (!c.isThread && starts.length === 0) return [];
  const called = new Map<string, string>(); // parameter (or keyword taken from `**kwargs`) -> the attribute the thread calls
  if (starts.length > 0) {
    // (What run() calls on `self` runs on the thread too: `self._upload()` calling `self.counter()`.)
    const runText = [...new Set(starts.flatMap((s) => [...ownThreadMethods(module, c, s)]))].map((m) => functionText(module, c.methods.get(m)!)).join('\n');
    const calls = (attr: string) => new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*\\(`).test(runText);
    for (const m of initText.matchAll(/\bself\s*\.\s*(\w+)\s*=\s*(\w+)[ \t]*(?:#.*)?$/gm)) {
      if (params.includes(m[2]) && calls(m[1])) called.set(m[2], m[1]);
    }
    // `self.counter = kwargs.pop("counter", None)`: a keyword the constructor takes through its `**kwargs`.
    const splat = /\*\*\s*(\w+)/.exec(linesOf(module)[absoluteRange(init.fn.range, init.statement.base).start.line] ?? '')?.[1];
    if (splat) {
      for (const m of initText.matchAll(new RegExp(`\\bself\\s*\\.\\s*(\\w+)\\s*=\\s*${splat}\\s*(?:\\.\\s*(?:pop|get)\\s*\\(\\s*|\\[\\s*)(['"])(\\w+)\\2`, 'g'))) {
        if (!params.includes(m[3]) && calls(m[1])) called.set(m[3], m[1]);
      }
    }
  } else {
    // A wrapper that hands the base the target it is given (`Thread.__init__(self, target=fn, args=a)`): the base's run() calls it.
    const m = /(?:\bsuper\s*\(\s*\w*\s*,?\s*\w*\s*\)|\bThread)\s*\.\s*__init__\s*\([^)]*?\btarget\s*=\s*(\w+)/.exec(initText);
    if (m && params.includes(m[1])) called.set(m[1], 'run');
  }
  if (called.size === 0) return [];
  const sites = constructions(module, root, c, params).filter((s) => called.has(s.param));
  const out: ThreadEntry[] = [];
  for (const { call, value, loop } of sites) {
    const several = !!loop || sites.length > 1;
    // A module function by name, or a method of the class the construction is in (`Ticker(self.tick)`).
    let key: string | undefined;
    if (value.type === 'identifier' && module.functions.has(value.text) && !value.text.includes('.')) key = value.text;
    if (value.type === 'attribute' && value.childForFieldName('object')?.text === 'self') {
      let cls: Node | null = call.parent;
      while (cls && cls.type !== 'class_definition') cls = cls.parent;
      const owner = cls ? module.classes.get(cls.childForFieldName('name')?.text ?? '') : undefined;
      const attr = value.childForFieldName('attribute')?.text ?? '';
      if (owner?.methods.has(attr)) key = `${owner.name}.${attr}`;
    }
    if (key === undefined) continue;
    const site = { start: { line: call.startPosition.row, character: call.startPosition.column }, end: { line: call.endPosition.row, character: call.endPosition.column } };
    const thread = c.isThread ? `the ${c.name} thread` : `the thread a ${c.name} starts`;
    out.push({ key, boundMethod: key.includes('.'), site, how: `${thread}, which calls what its constructor is handed, made at line ${site.start.line + 1}`, moduleLine: undefined, oneThread: !several, repeats: several });
  }
  return out;
}

/** The methods a class starts on threads of its own: `threading.Thread(target=self._loop)`, `Timer(5, self._tick)`. */
function selfTargets(module: Module, c: ClassInfo): string[] {
  const out = new Set<string>();
  for (const ref of c.methods.values()) {
    const text = functionText(module, ref);
    if (!/Thread|Timer/.test(text)) continue;
    for (const m of text.matchAll(/\b(?:Thread\s*\([^)]*?\btarget\s*=|Timer\s*\([^,)]+,)\s*self\s*\.\s*(\w+)\b(?!\s*\()/g)) if (c.methods.has(m[1])) out.add(m[1]);
  }
  return [...out];
}

/**
 * Where the program makes its one object of the class `name`, if it makes one once; or, with `startedLater`, where it then
 * calls its `start()` (a Thread subclass's thread starts there). (`depth`: how deep runsOnce asked.)
 */
function madeOnceAt(module: Module, name: string, depth = 0, startedLater = true): Range0 | undefined {
  const key = `${name}\u0000${depth}\u0000${startedLater}`;
  const memo = (module.madeOnce ??= new Map());
  if (!memo.has(key)) memo.set(key, madeOnceAtUncached(module, name, depth, startedLater));
  return memo.get(key);
}

function madeOnceAtUncached(module: Module, name: string, depth: number, startedLater: boolean): Range0 | undefined {
  const root = module.statements[0]?.node.tree.rootNode;
  const uses = name.includes('.') ? [] : classCalls(module, name, 2);
  if (!root || uses.length !== 1) return undefined;
  // `server = Server()` … `server.start()`: the thread starts at the start() (code between runs before it).
  let site: Node = uses[0];
  const assignment = site.parent?.type === 'call' ? site.parent.parent : undefined;
  const bound = assignment?.type === 'assignment' && assignment.childForFieldName('left')?.type === 'identifier' ? assignment.childForFieldName('left')!.text : undefined;
  if (bound && startedLater) {
    const start = new RegExp(`\\b${bound}\\s*\\.\\s*start\\s*\\(`, 'g');
    start.lastIndex = assignment!.endIndex;
    const m = start.exec(module.text);
    const node = m ? root.descendantForIndex(m.index) : undefined;
    if (node?.type === 'identifier') site = node;
  }
  const at = { line: site.startPosition.row, character: site.startPosition.column };
  return runsOnce(module, root, at, depth) !== undefined ? { start: at, end: { line: site.endPosition.row, character: site.endPosition.column } } : undefined;
}

/** Does the code declare `name` global (`global a, name`) on some line? */
function declaresGlobal(text: string, name: string): boolean {
  return new RegExp(`^[ \\t]*global[ \\t][^\\n]*\\b${escapeRegExp(name)}\\b`, 'm').test(text);
}

/** The line of the outermost loop around a position (in its function, or the module), else the position's line. */
function loopStart(root: Node, at: Position0): number {
  let line = at.line;
  for (let p: Node | null = root.descendantForPosition({ row: at.line, column: at.character }); p && p.type !== 'function_definition'; p = p.parent) {
    if (REPEATS.has(p.type)) line = p.startPosition.row - 1;
  }
  return line;
}

/** `t.join()`, `t.join(2)`, `t.join(timeout=…)`: a wait for a thread (a string's join always takes what it joins). */
const THREAD_JOIN = /\.\s*join\s*\(\s*(?:(?:timeout\s*=\s*)?[\d.]+|timeout\s*=\s*\w+)?\s*\)/;

/** A function's text up to its first wait for a thread. */
function untilThreadJoin(text: string): string {
  const at = THREAD_JOIN.exec(text)?.index;
  return at === undefined ? text : text.slice(0, at);
}

/** Does a line from `from` up to `to` (0-based, `to` excluded) wait for a thread (`.join()`, `.join(timeout)`, not a string's `", ".join(names)`): the threads started before are done after it. */
function joinedBetween(module: Module, from: number, to: number): boolean {
  return linesOf(module).slice(from, to).some((l) => THREAD_JOIN.test(l.replace(/#.*$/, '')));
}

/**
 * Do the threads that run this code all run as daemons that nothing joins, while the program waits
 * for the work on the queue (`q.join()`)? One of them left waiting in `get()` for an item another
 * took then holds up nothing, and ends with the program.
 */
function daemonsLeftWaiting(module: Module, root: Node, via: ThreadEntry[], queue: string): boolean {
  const q = queue.replace(/\s+/g, '');
  const text = module.text;
  const joins = [...text.matchAll(/([\w.\])]+)\s*\.\s*join\s*\(\s*(?:timeout\s*=\s*)?[\d.]*\s*\)/g)].map((m) => m[1].replace(/\s+/g, ''));
  // (Any other `.join()` may be a thread's.)
  if (!joins.includes(q) || joins.some((j) => j !== q)) return false;
  return via.every((e) => {
    if (e.elsewhere) return false;
    let call: Node | null = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    while (call && call.type !== 'call') call = call.parent;
    if (!call) return false;
    if (/\bdaemon\s*=\s*True\b/.test(call.text)) return true;
    const bound = call.parent?.type === 'assignment' ? call.parent.childForFieldName('left') : undefined;
    return bound?.type === 'identifier' && new RegExp(`\\b${bound.text}\\s*\\.\\s*(?:daemon\\s*=\\s*True|setDaemon\\s*\\(\\s*True\\s*\\))`).test(text);
  });
}

/**
 * Is the function `key` (top-level, or a method) also called by module-level code after its one
 * thread starts at `startLine`, with no `.join(` in between: the main thread then runs it while the
 * thread does.
 */
function calledWhileRunning(module: Module, root: Node, key: string, startLine: number): boolean {
  const running = (line: number) => !joinedBetween(module, startLine, line);
  const dot = key.lastIndexOf('.');
  if (dot < 0) return (callSites(module).get(key) ?? []).some((s) => s.at.fnKey === undefined && s.at.line > startLine && running(s.at.line));
  // `Thread(target=layer.tick).start()` then `layer.tick()`: a method called by module-level code on an object of its class.
  const cls = key.slice(0, dot);
  if (!module.classes.has(cls)) return false;
  for (const { receiver, at } of methodCalls(module, root, key.slice(dot + 1))) {
    if (at.startPosition.row <= startLine || receiver === 'self' || !running(at.startPosition.row)) continue;
    let inFunction = false;
    for (let p = at.parent; p && !inFunction; p = p.parent) inFunction = p.type === 'function_definition';
    if (!inFunction && boundToClass(module, receiver, cls)) return true;
  }
  return false;
}

/**
 * The matches of `re` in `text` (the module's, or a node's that starts at `base`) that start at a name in
 * code, not in a string or a comment, with that name's node; `del x[…]` matches at `x`.
 */
function namesMatching(root: Node, text: string, re: RegExp, base = 0, keep?: (m: RegExpMatchArray) => boolean): Generator<{ m: RegExpMatchArray; node: Node }> {
  return namesMatched(root, text.matchAll(re), keep, base);
}

/** As namesMatching, for matches found already (in the module's text, or in the text at `base`). */
function* namesMatched(root: Node, matches: Iterable<RegExpMatchArray>, keep?: (m: RegExpMatchArray) => boolean, base = 0): Generator<{ m: RegExpMatchArray; node: Node }> {
  for (const m of matches) {
    // (A test of the match alone first: the node lookup is the costly part.)
    if (keep && !keep(m)) continue;
    const node = root.descendantForIndex(base + m.index! + (/^del\s/.test(m[0]) ? 4 : 0));
    if (node?.type === 'identifier') yield { m, node };
  }
}

/** The calls `receiver.method(…)` in the module's code (not in strings or comments), with the receiver's first name node. */
function methodCalls(module: Module, root: Node, method: string): { receiver: string; at: Node }[] {
  return [...namesMatching(root, module.text, new RegExp(`(?<![\\w.])([\\w.]+)\\s*\\.\\s*${method}\\s*\\(`, 'g'))].map(({ m, node }) => ({ receiver: m[1], at: node }));
}

/**
 * Does the code that started `entry`'s one thread call the method `key` (on an object of its class)
 * while that thread runs: module-level code after the start (see calledWhileRunning), or the rest of
 * the function that started it (`Thread(target=listen).start()` then `game.step()` in its loop)?
 */
function starterCallsWhileRunning(module: Module, root: Node, key: string, entry: ThreadEntry): boolean {
  if (entry.moduleLine !== undefined) return calledWhileRunning(module, root, key, entry.moduleLine);
  const dot = key.lastIndexOf('.');
  const running = dot < 0 ? undefined : starterWhileRunning(module, root, entry.site);
  if (running === undefined) return false;
  const calls = new RegExp(`(?<![\\w.])(\\w+)\\s*\\.\\s*${key.slice(dot + 1)}\\s*\\(`, 'g');
  for (const m of running.matchAll(calls)) if (m[1] !== 'self' && boundToClass(module, m[1], key.slice(0, dot))) return true;
  return false;
}

/** The text of the function that started `entry`'s thread, from the start to its first `.join(` (or its end). */
function starterWhileRunning(module: Module, root: Node, site: Range0): string | undefined {
  const starter = startingFunction(root, site.start)?.owner ?? root.descendantForPosition({ row: site.start.line, column: site.start.character });
  let fn: Node | null = starter;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  if (!fn) return undefined;
  const after = linesText(module, site.start.line + 1, fn.endPosition.row + 1);
  const until = after.search(/\.join\s*\(/);
  return until >= 0 ? after.slice(0, until) : after;
}

/**
 * The objects handed to one thread that the function starting it goes on using while it runs
 * (`Thread(target=fall, args=(game,)).start()` then `game.move_left()` in its loop): the thread and
 * its starter share them, by parameter.
 */
function keptByStarter(module: Module, root: Node, site: Range0, argNames: ReadonlyMap<string, string>): string[] {
  const running = starterWhileRunning(module, root, site);
  return running === undefined ? [] : [...argNames].filter(([, arg]) => /^\w+$/.test(arg) && new RegExp(`(?<![\\w.])${arg}\\s*\\.\\s*\\w+\\s*(?:\\(|[-+*/]?=(?!=))`).test(running)).map(([param]) => param);
}

/**
 * Does code other than the thread function `fn` write `subject` while the thread may run: a module-level
 * statement after the thread starts, or any other function (a constructor excepted for attributes of
 * self: it runs before the object's thread can)? Read from the text and the tree, for the few
 * single-thread candidates only.
 */
function writtenElsewhere(module: Module, root: Node, subject: string, fn: Range0 | Range0[], startLine: number, owner?: Node, mutations = false, startSite?: Position0): boolean {
  const skipped = Array.isArray(fn) ? fn : [fn];
  const base = subject.replace(/\[.*$/, '').replace(/\./g, '\\s*\\.\\s*');
  // An item under a literal key (`cnt["conn"]`) is written elsewhere only under that key; any other item, under any.
  const literalKey = /^[^[]*\[(["'][^"'\]]*["']|\d+)\]$/.exec(subject)?.[1];
  // (`players[…]["hp"]`, an item of an item: written elsewhere only where that inner key is, not where the outer item is replaced.)
  const innerKey = literalKey === undefined ? /^[^[]*\[(?:[^[\]]|\[[^\]]*\])*\]\[(["'][^"'\]]*["']|\d+)\]$/.exec(subject)?.[1] : undefined;
    const item = literalKey !== undefined ? `\\[\\s*${escapeRegExp(literalKey)}\\s*\\]\\s*` : innerKey !== undefined ? `${SUBSCRIPT}\\s*\\[\\s*${escapeRegExp(innerKey)}\\s*\\]\\s*` : `(?:${SUBSCRIPT}\\s*)?`;
  // For a test of a container's contents, its changes by method or `del` count too (`buf.clear()` in the main loop).
  // (And for a container kept in another, `rooms[…]`, a change of the one kept under a key: `rooms[r].remove(s)`.)
  const changes = mutations ? `|(?<![\\w.])${base}\\s*${subject.includes('[') ? `(?:${SUBSCRIPT}\\s*)?` : ''}\\.\\s*(?:${CONTAINER_MUTATORS})\\s*\\(|(?<=\\bdel\\s+)${base}\\s*\\[` : '';
  const write = new RegExp(`(?<![\\w.])${base}\\s*${item}(?:[-+*/%&|^@]|//|\\*\\*|<<|>>)?=(?!=)${changes}`, 'g');
  const from = owner?.startIndex ?? 0;
  const to = owner?.endIndex ?? module.text.length;
  write.lastIndex = from;
  let starterUse: number | undefined;
  for (let m = write.exec(module.text); m && m.index < to; m = write.exec(module.text)) {
    const node = root.descendantForIndex(m.index);
    if (node?.type !== 'identifier') continue; // `print("b = ", b)`: in a string or a comment, not a write
    const line = node.startPosition.row;
    if (skipped.some((r) => line >= r.start.line && line <= r.end.line)) continue;
    let inFunction: Node | undefined;
    for (let p: Node | null = node; p && !inFunction && p.id !== owner?.id; p = p.parent) if (p.type === 'function_definition') inFunction = p;
    if (!inFunction) {
      // (A start inside a function runs once the module names that function: a module-level store
      // before that, as a global's first value below the functions, runs before the thread.)
      // (After a `join()` below the start, as the main program's final tally: the thread has ended.)
      if (line > startLine && line > (starterUse ??= firstModuleLevelUse(module, root, startLine)) && !(starterUse < 0 && joinedBetween(module, startLine, line))) return true;
    } else if (line < startLine && guardedStartAround(node, startLine)) {
      // Before the start, under the test that lets one thread run at a time: done before that thread runs.
      continue;
    } else if (localIn(inFunction, subject)) {
      // (`def generate(prompt, context): … context = …`: a parameter, or a name the function binds without `global`, is its own.)
      continue;
    } else if (startSite && line < startSite.line && storedBeforeOwnStart(module, root, node, inFunction, startSite)) {
      // The starting function's own store before the start (`word_count = 0` … `t.start()`), in a function that runs once.
      continue;
    } else if (!(subject.startsWith('self.') && inFunction.childForFieldName('name')?.text === '__init__') && !neverRuns(module, inFunction)) return true;
  }
  return false;
}

/** Is the head name of `subject` (`context`, `totals[k]`) a local of the function: a parameter, or bound there with no `global`/`nonlocal`? */
function localIn(fn: Node, subject: string): boolean {
  const name = /^(\w+)(?:\[|$)/.exec(subject)?.[1];
  if (name === undefined) return false;
  const text = fn.text;
  if (new RegExp(`^\\s*(?:global|nonlocal)\\s+(?:\\w+\\s*,\\s*)*${name}\\b`, 'm').test(text)) return false;
  return paramNames(fn).includes(name) || new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]*)?=(?!=)`, 'm').test(text);
}

/** Does `fn` wait for the thread of `entry` (`x.join()`, `x` the name its start is kept in) before it first touches the global `name`? */
function joinsBefore(module: Module, root: Node, fn: FunctionRef, entry: ThreadEntry, name: string): boolean {
  const call = root.descendantForPosition({ row: entry.site.start.line, column: entry.site.start.character });
  let holder: Node | null = call;
  while (holder && holder.type !== 'assignment' && holder.type !== 'expression_statement' && holder.type !== 'module') holder = holder.parent;
  const thread = holder?.type === 'assignment' && holder.childForFieldName('left')?.type === 'identifier' ? holder.childForFieldName('left')!.text : undefined;
  if (thread === undefined) return false;
  const text = functionText(module, fn);
  const join = new RegExp(`^([ \\t]*)${thread}\\s*\\.\\s*join\\s*\\(\\s*\\)`, 'm').exec(text);
  if (!join || join[1].length !== bodyIndent(module, fn)) return false;
  // (The first use past `global name`.)
  const use = [...text.matchAll(new RegExp(`(?<![\\w.])${name}\\b`, 'g'))].find((m) => !/^[ \t]*global\b/.test(text.slice(text.lastIndexOf('\n', m.index!) + 1)));
  return use !== undefined && join.index < use.index!;
}

/** A private module-level function (`_sub`) that the module never names again: nothing calls it, and no importer should. */
function neverRuns(module: Module, fn: Node): boolean {
  const name = fn.childForFieldName('name')?.text;
  const top = fn.parent?.type === 'decorated_definition' ? fn.parent.parent : fn.parent;
  if (name === undefined || !/^_(?!_)/.test(name) || top?.type !== 'module') return false;
  return (module.text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0) === 1;
}

/** Is the store at `node`, in `fn`, made by the function that starts the thread at `site`, which runs once, and not in a loop there (where it would run again beside the thread)? */
function storedBeforeOwnStart(module: Module, root: Node, node: Node, fn: Node, site: Position0): boolean {
  if (enclosingDefinition(root.descendantForPosition({ row: site.line, column: site.character }) ?? root)?.id !== fn.id) return false;
  for (let p = node.parent; p && p.id !== fn.id; p = p.parent) if (REPEATS.has(p.type)) return false;
  // (A function that runs again, as a method adding jobs does, stores again beside the thread it started before.)
  return runsOnce(module, root, site) !== undefined;
}

/**
 * For a line inside a module-level function (or a method of a module-level class): the first line
 * outside it that names that function (or class): a call, or a handing over (`command=start`).
 * -1 for a line at module level.
 */
function firstModuleLevelUse(module: Module, root: Node, line: number): number {
  let top: Node | null = root.descendantForPosition({ row: line, column: 0 });
  while (top && top.parent && top.parent.type !== 'module') top = top.parent;
  const def = top?.type === 'decorated_definition' ? top.childForFieldName('definition') : top;
  if (!def || (def.type !== 'function_definition' && def.type !== 'class_definition') || line < def.startPosition.row) return -1;
  const name = def.childForFieldName('name')?.text;
  if (name === undefined) return -1;
  for (const { node } of namesMatching(root, module.text, new RegExp(`\\b${name}\\b`, 'g'))) {
    if (node.startIndex < def.startIndex || node.startIndex >= def.endIndex) return node.startPosition.row;
  }
  return Infinity;
}

/**
 * For a thread started from inside a function F (not in a loop there): F, and the site's line. A
 * variable of F that the thread's closure updates is made anew on each call of F, so one such thread
 * per call is alone with it.
 */
function startingFunction(root: Node, at: Position0): { owner: Node; line: number } | undefined {
  for (let p: Node | null = root.descendantForPosition({ row: at.line, column: at.character }); p; p = p.parent) {
    if (REPEATS.has(p.type)) return undefined;
    if (p.type === 'function_definition') return { owner: p, line: at.line };
  }
  return undefined;
}

/** A decorator of the project's own that, by its name, runs the method with the object's lock held (`@lock`, `@synchronized`, `@utils.locked`). */
const LOCKING_DECORATOR = /^@\s*(?:[\w.]*\.)?(?:lock|locked|with_lock|synchroni[sz]ed|thread_?safe|lock_required|hold_lock)\s*$/i;

/** The methods through which a lock is taken and let go. */
const LOCK_METHODS: ReadonlySet<string> = new Set(['acquire', 'release', '__enter__', '__exit__']);

/**
 * A class that is a lock itself: its `acquire()` takes a lock attribute of its own and leaves it taken
 * (no release there), and its `release()` lets that one go (`self.lock.acquire()` … `self.lock.release()`).
 */
function handWrittenLock(module: Module, cls: ClassInfo): boolean {
  const acquire = cls.methods.get('acquire');
  const release = cls.methods.get('release');
  if (!acquire || !release) return false;
  const [taking, letting] = [functionText(module, acquire), functionText(module, release)];
  return [...cls.lockAttrs].some((a) => {
    const call = (method: string) => new RegExp(`\\bself\\s*\\.\\s*${a}\\s*\\.\\s*${method}\\s*\\(`);
    return call('acquire').test(taking) && !call('release').test(taking) && call('release').test(letting);
  });
}

/** Does a public method of this Thread subclass that its own thread's code does not call take a lock the object made? */
function lockTakenByCallers(module: Module, c: ClassInfo): boolean {
  const own = [...c.lockAttrs].filter((a) => !c.semaphoreAttrs.has(a));
  if (own.length === 0) return false;
  const lockUse = new RegExp(`\\bself\\s*\\.\\s*(?:${own.join('|')})\\b`);
  const outside = [...c.methods].filter(([m]) => m !== '__init__' && m !== c.run && CALLED_FROM_OUTSIDE.test(m));
  if (!outside.some(([, ref]) => lockUse.test(functionText(module, ref)))) return false;
  const ownCode = ownThreadMethods(module, c, c.run);
  return outside.some(([m, ref]) => !ownCode.has(m) && lockUse.test(functionText(module, ref)));
}

const WITH_TYPES: ReadonlySet<string> = new Set(['with_statement']);

/**
 * Does every thread start in the class's methods wait for its threads before that method returns (a
 * join, each future's `result()`, `wait(futures)`, `shutdown()`, or leaving `with ThreadPoolExecutor(…)`)?
 * Then no thread of its own outlives a call, and a caller's next call finds them ended.
 */
function ownStartsAwaited(module: Module, root: Node, c: ClassInfo): boolean {
  let starts = 0;
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      const fnKey = functionAt(statement, e.site.start);
      if (fnKey === undefined || !fnKey.startsWith(`${c.name}.`) || fnKey.slice(c.name.length + 1).includes('.')) continue;
      starts++;
      const site = absoluteRange(e.site, statement.base);
      const at = root.descendantForPosition({ row: site.start.line, column: site.start.character });
      const def = at ? enclosingDefinition(at) : undefined;
      if (!at || !def) return false;
      if (/Executor|Pool\s*\(/.test(enclosing(at, WITH_TYPES)?.text.split('\n')[0] ?? '')) continue;
      const after = module.text.slice(at.endIndex, def.endIndex);
      if (!/\.\s*(?:result|join)\s*\(|\bwait\s*\(|\.\s*shutdown\s*\(/.test(after)) return false;
    }
  }
  return starts > 0;
}

/** Is the class a unittest test case (built on `unittest.TestCase`, also through a base class of the module)? */
function isTestCase(module: Module, c: ClassInfo, depth = 0): boolean {
  return c.bases.some((b) => /(?:^|\.)(?:Isolated)?(?:Async)?TestCase$/.test(b) || (depth < 5 && module.classes.has(b) && isTestCase(module, module.classes.get(b)!, depth + 1)));
}

/** Methods that code outside a class calls: its public ones, and the dunders behind operators and calls. */
const CALLED_FROM_OUTSIDE = /^(?:[a-zA-Z]\w*|__(?:call|getitem|setitem|delitem|contains|len|iter|next)__)$/;

/**
 * A class that holds a lock of its own around some attributes (`with self._lock: self.count += 1`)
 * and that no thread start in this file reaches: a library's class, meant to be called from threads
 * the file does not show. Its public methods become entries, one per method, each reporting only on
 * the attributes the class guards somewhere (SpotBugs' inconsistent synchronization, RacerD's lock-use
 * trigger).
 */
function lockedClassEntries(module: Module, root: Node, reached: ReadonlyMap<string, Reached>): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  const moduleLockNames = [...module.globals.entries()].filter(([, g]) => g.kind === 'lock').map(([name]) => name);
  for (const c of module.classes.values()) {
    // (A test case's methods run one after another on the test runner's thread.)
    if (isTestCase(module, c)) continue;
    // A Thread subclass says it is meant for other threads only through its own lock, taken in a method
    // other threads call: one its own code does not. (Asked first: most Thread subclasses stop here.)
    if (c.isThread && !lockTakenByCallers(module, c)) continue;
    // Its locks as taken: its own (`self._lock`), and module-level ones that two or more of its methods
    // take (`with reg_lock:`, `reg_lock.acquire()`; one method's lock may be another object's business).
    const own = [...c.lockAttrs].filter((a) => !c.semaphoreAttrs.has(a));
    const taken = moduleLockNames.length > 0 ? moduleLockNames.filter((g) => [...c.methods.values()].filter((m) => new RegExp(`(?:\\bwith\\s+|(?<![\\w.]))${g}\\s*(?::|\\.\\s*acquire\\s*\\()`).test(functionText(module, m))).length >= 2) : [];
    const locks = [...own.map((a) => `self.${a}`), ...taken];
    if (locks.length === 0) continue;
    // A class that thread starts in the file reach is judged by those starts alone (a public method
    // nothing calls, beside the ones the threads run, is not taken for thread code), unless the module
    // never makes one: a library's class, whose public methods its users call beside its own threads.
    const ownThread = [...c.methods.values()].some((m) => reached.has(m.definition.key));
    // (A Thread subclass's other public methods are how other threads talk to it while it runs.)
    if (ownThread && !c.isThread && madeByProgram(module, c.name)) continue;
    const node = classNode(root, c);
    if (!node) continue;
    // (Its own threads all waited for in the method that starts them, `future.result()` for each: its lock is for those.)
    if (ownThread && !c.isThread && ownStartsAwaited(module, root, c)) continue;
    const attrs = new Set<string>();
    /** Where the class holds its lock: a method it calls only inside these is called with the lock held. */
    const heldSpans: [number, number][] = [];
    let lock = locks[0];
    let changesOwnState = false;
    /** What the held code changes: guarded whatever the rest of the class does with it. */
    const changedUnder = new Set<string>();
    const under = (text: string) => {
      // (A stored callable called under it, `with self.lock: self.process(*item)`, is not state the lock guards.)
      for (const m of text.matchAll(/\bself\s*\.\s*(\w+)\b(?!\s*\()/g)) if (!c.lockAttrs.has(m[1])) attrs.add(m[1]);
      for (const m of text.matchAll(SELF_CHANGES)) changedUnder.add(m[1] ?? m[3]);
      changesOwnState ||= new RegExp(SELF_CHANGES.source).test(text);
    };
    for (const w of node.descendantsOfType('with_statement')) {
      const held = w?.descendantsOfType('with_item').map((i) => withItemValue(i)).map((v) => (v?.type === 'as_pattern' ? v.namedChildren[0] : v)?.text.replace(/\s+/g, ''));
      const which = locks.find((l) => held?.includes(l));
      if (!w || which === undefined || inInit(w)) continue;
      // (`with self.cond: self.cond.wait(t)`: a timed wait or a wake-up, held for the Condition's sake, guards no state.)
      const statements = w.childForFieldName('body')?.namedChildren.filter((n) => n?.type !== 'comment') ?? [];
      if (statements.every((n) => new RegExp(`^${which.replace('.', '\\s*\\.\\s*')}\\s*\\.\\s*(?:wait|wait_for|notify|notify_all)\\s*\\(`).test(n?.text ?? ''))) continue;
      lock = which;
      under(w.childForFieldName('body')?.text ?? '');
      heldSpans.push([w.startIndex, w.endIndex]);
      // A property whose getter or setter takes the lock: `self.total += n` goes through both.
      const accessor = enclosingDefinition(w);
      if (accessor?.parent?.type === 'decorated_definition' && accessor.parent.namedChildren.some((d) => d?.type === 'decorator' && /^@\s*(?:property\b|\w+\s*\.\s*setter\b)/.test(d.text))) {
        attrs.add(accessor.childForFieldName('name')?.text ?? '');
      }
    }
    for (const l of locks) {
      const named = `(?<![\\w.])${l.replace('.', '\\s*\\.\\s*')}`;
      const section = new RegExp(`${named}\\s*\\.\\s*acquire\\s*\\(([\\s\\S]*?)${named}\\s*\\.\\s*release\\s*\\(`, 'g');
      for (const m of node.text.matchAll(section)) {
        under(m[1]);
        heldSpans.push([node.startIndex + m.index!, node.startIndex + m.index! + m[0].length]);
      }
    }
    // A method under a project's own locking decorator (`@lock`, `@synchronized`, whose wrapper takes
    // the object's lock around the call) holds the class's lock over its whole body.
    const decoratedLocked = new Set<string>();
    // (So does a method its standard library base calls with its lock held: a handler's `emit()`.)
    const byBase = calledLockedByBase(c);
    for (const m of byBase?.methods ?? []) {
      const ref = c.methods.get(m);
      const def = ref && definitionOf(root, ref);
      if (!def) continue;
      decoratedLocked.add(m);
      under(def.childForFieldName('body')?.text ?? '');
      heldSpans.push([def.startIndex, def.endIndex]);
      lock = byBase!.lock;
    }
    if (own.length > 0) {
      for (const d of node.childForFieldName('body')?.namedChildren ?? []) {
        const def = d?.type === 'decorated_definition' ? d.childForFieldName('definition') : undefined;
        const name = def?.childForFieldName('name')?.text;
        if (!def || name === undefined || !d!.namedChildren.some((x) => x?.type === 'decorator' && LOCKING_DECORATOR.test(x.text))) continue;
        decoratedLocked.add(name);
        under(def.childForFieldName('body')?.text ?? '');
        heldSpans.push([def.startIndex, def.endIndex]);
        lock = `self.${own[0]}`;
      }
    }
    // Called by the class itself, and only with its lock held (`with self.lock: self.refresh_if_needed()`),
    // or only from such helpers (`hit()` locks and calls `request()`, which calls `select_api()`): locked.
    const callsOf = new Map([...c.methods.keys()].map((name) => [name, [...node.text.matchAll(new RegExp(`\\bself\\s*\\.\\s*${name}\\s*\\(`, 'g'))].map((m) => node.startIndex + m.index!)]));
    // (A helper found locked holds the lock over its whole body: its span joins the held ones.)
    const lockedHelpers = new Set<string>(decoratedLocked);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [name, calls] of callsOf) {
        if (lockedHelpers.has(name) || calls.length === 0 || !calls.every((at) => heldSpans.some(([from, to]) => at > from && at < to))) continue;
        lockedHelpers.add(name);
        const def = definitionOf(root, c.methods.get(name)!);
        if (def) heldSpans.push([def.startIndex, def.endIndex]);
        grew = true;
      }
    }
    // (What the held code changes, the locked helpers' changes too: `_bubble_up()`, called only under the lock.)
    const heldChanges = new Set(changedUnder);
    for (const h of lockedHelpers) for (const m of functionText(module, c.methods.get(h)!).matchAll(SELF_CHANGES)) heldChanges.add(m[1] ?? m[3]);
    // What held code only reads is guarded only when most of the class's uses of it are under the lock
    // (SpotBugs' inconsistent synchronization): one read under it, for a message, says nothing.
    for (const a of attrs) {
      if (heldChanges.has(a) || c.methods.has(a)) continue;
      let held = 0;
      let all = 0;
      let cleared = false;
      for (const m of node.text.matchAll(new RegExp(`\\bself\\s*\\.\\s*${a}\\b(\\s*=\\s*None\\b)?`, 'g'))) {
        const at = node.startIndex + m.index!;
        const n = root.descendantForIndex(at);
        if (!n || inInit(n)) continue;
        all++;
        if (heldSpans.some(([from, to]) => at > from && at < to)) held++;
        cleared ||= m[1] !== undefined;
      }
      // (A handle used under the lock that other code sets to None is the lock's business all the same: `with lock: self.sock.send(b)` while `close()` clears it.)
      if (held * 2 < all && !cleared) attrs.delete(a);
    }
    // A property that takes no lock may keep its value anywhere (a `threading.local`, another object).
    for (const d of node.childForFieldName('body')?.namedChildren ?? []) {
      const name = d?.type === 'decorated_definition' ? d.childForFieldName('definition')?.childForFieldName('name')?.text : undefined;
      if (name !== undefined && attrs.has(name) && !lockedProperty(root, c, name)) attrs.delete(name);
    }
    // A dict or Mapping subclass whose lock guards its own items (`__setitem__` takes it, or held code
    // stores `self[k]`): `key in self` then `self[key] = v` are two takes of the lock, not one.
    const ownItems = c.isContainer && heldSpans.some(([from, to]) => {
      const text = node.text.slice(from - node.startIndex, to - node.startIndex);
      const at = root.descendantForIndex(from);
      const method = (at && enclosingDefinition(at)?.childForFieldName('name')?.text) ?? '';
      return /^__(?:setitem|getitem|contains|delitem)__$/.test(method) || /\bself\s*\[|\.\s*\w+\s*\(\s*self\s*[,)]/.test(text);
    });
    if (attrs.size === 0 && !ownItems) continue;
    // A lock the object is handed (`self.send_lock = lock`), held only around what it calls on other
    // objects (`self.bus.send(…)`), is its owner's, for what the owner shares: it does not say that
    // this object's methods run in threads.
    if (!changesOwnState && locks.every((l) => l.startsWith('self.') && c.handedLockAttrs.has(l.slice(5)))) continue;
    const subjects = new Set([...attrs].map((a) => `self.${a}`));
    if (ownItems) subjects.add('self');
    // A request handler's `handle()` (and `setup`, `finish`, `do_GET`…) runs once, on its own request's thread, on an object made for that request.
    const perRequest = builtOn(module, c, REQUEST_HANDLERS);
    const changedUnderLock = new Set([...heldChanges].map((a) => `self.${a}`));
    // A class that names the methods other threads may call (`wake_threadsafe()`, `add_callback_threadsafe()`)
    // says the others are its one thread's: only those are meant for several threads.
    const namedSafe = [...c.methods.keys()].some((name) => THREADSAFE_NAME.test(name));
    for (const [name, ref] of c.methods) {
      // (A coroutine method runs on the event loop's one thread, however many tasks await it.)
      if (!CALLED_FROM_OUTSIDE.test(name) || ref.fn.params[0] !== 'self' || ref.fn.isAsync || (namedSafe && !THREADSAFE_NAME.test(name))) continue;
      if (perRequest && (name === 'handle' || name === 'setup' || name === 'finish' || name.startsWith('do_'))) continue;
      // (A Thread subclass's run(), and what its own code calls, run on its thread: the starts decide those.)
      if (lockedHelpers.has(name) || (c.isThread && (name === c.run || name === 'start' || name === 'join' || callsOf.get(name)!.length > 0))) continue;
      const takes = byBase && lock === byBase.lock && !/\bwith\s+self\s*\.\s*\w+\s*:|\.\s*acquire\s*\(/.test(node.text) ? byBase.why : `the class takes ${locks.length === 1 ? `\`${lock}\`` : own.length > 0 ? 'locks of its own' : 'module-level locks'} around this state`;
      out.push(severalThreads(ref.definition.key, true, c.site, `the public methods of ${c.name}: ${takes}, so they are meant to be called from several threads`, { guardedBy: { lock, attrs: subjects, changedUnder: changedUnderLock, ...(ownThread && { besideOwnThread: true }) } }));
    }
  }
  // The same for a module's functions around its module-level locks (`with _lock: _last += 1`).
  const moduleLocks = [...module.globals.entries()].filter(([, g]) => g.kind === 'lock').map(([name]) => name);
  // Only where the file starts no thread at all: a library module, whose callers are elsewhere.
  if (moduleLocks.length === 0 || reached.size > 0) return out;
  const functions = [...module.functions.values()].filter((f) => !f.definition.parent);
  const names = new Set<string>();
  const under = (text: string) => {
    for (const id of text.matchAll(/(?<![\w.])([A-Za-z_]\w*)\b/g)) if (module.globals.get(id[1])?.kind === 'value') names.add(id[1]);
  };
  for (const w of root.descendantsOfType('with_statement')) {
    const held = w?.descendantsOfType('with_item').map((i) => withItemValue(i)?.text.replace(/\s+/g, ''));
    if (w && held?.some((h) => h !== undefined && moduleLocks.includes(h))) under(w.childForFieldName('body')?.text ?? '');
  }
  for (const f of functions) {
    const text = functionText(module, f);
    for (const l of moduleLocks) {
      const held = new RegExp(`\\b${l}\\s*\\.\\s*acquire\\s*\\(([\\s\\S]*?)\\b${l}\\s*\\.\\s*release\\s*\\(`, 'g');
      for (const m of text.matchAll(held)) under(m[1]);
    }
  }
  if (names.size === 0) return out;
  const lock = moduleLocks.length === 1 ? `\`${moduleLocks[0]}\`` : 'its locks';
  for (const f of functions) {
    if (!CALLED_FROM_OUTSIDE.test(f.definition.name) || f.definition.name.startsWith('__')) continue;
    out.push(severalThreads(f.definition.key, false, absoluteRange(f.fn.range, f.statement.base), `the module's public functions: the module takes ${lock} around this state, so they are meant to be called from several threads`, { guardedBy: { lock, attrs: names } }));
  }
  return out;
}

/**
 * The public methods of a class whose one instance is made under a lock (`with cls._lock: if
 * cls._instance is None: cls._instance = cls()`, or a module's `with _lock: _manager = Manager()`):
 * a singleton guarded so is made for threads to share, and they call its methods at once. Only for
 * a class no start in the file reaches, and that does not lock its own state (lockedClassEntries).
 */
function lockedSingletonEntries(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, inferred: readonly ThreadEntry[]): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  if (module.classes.size === 0) return out;
  // The stores of a new instance where every caller finds it (`cls._instance = cls()`, `Registry._one = Registry()`,
  // a module global `_pool = SessionPool()`), found by their text; then, for those few, the lock around them.
  const stores = [...module.text.matchAll(/^([ \t]+)([\w.]+)\s*(?::[^=\n]*)?=\s*(\w+)\s*\(/gm)].filter((m) => m[3] === 'cls' || module.classes.has(m[3]));
  if (stores.length === 0) return out;
  const taken = new Set([...reached.keys(), ...inferred.map((e) => e.key)]);
  const made = new Map<string, string>();
  for (const m of stores) {
    const at = root.descendantForIndex(m.index! + m[1].length);
    let cls: Node | null = at;
    while (cls && cls.type !== 'class_definition') cls = cls.parent;
    const className = m[3] === 'cls' ? cls?.childForFieldName('name')?.text : m[3];
    if (className === undefined || made.has(className)) continue;
    const kept = m[2].includes('.') ? new RegExp(`^(?:cls|${className})\\.\\w+$`).test(m[2]) : module.globals.has(m[2]);
    if (!kept) continue;
    // (Under a lock's `with`, not an `async with`: an asyncio lock's coroutines run on one loop, not threads.)
    for (let p: Node | null = at; p && p.type !== 'class_definition' && p.type !== 'module'; p = p.parent) {
      if (p.type !== 'with_statement' || p.text.startsWith('async')) continue;
      const item = p.descendantsOfType('with_item')[0];
      const held = item ? withItemValue(item)?.text.replace(/\s+/g, '') : undefined;
      if (held !== undefined && /^[\w.]+$/.test(held) && (LOCKISH.test(held.slice(held.lastIndexOf('.') + 1)) || module.globals.get(held)?.kind === 'lock')) {
        made.set(className, held);
        break;
      }
    }
  }
  for (const [className, lock] of made) {
    const c = module.classes.get(className);
    if (!c || c.isThread || [...c.methods.values()].some((m) => taken.has(m.definition.key))) continue;
    for (const [name, ref] of c.methods) {
      if (!CALLED_FROM_OUTSIDE.test(name) || ref.fn.params[0] !== 'self' || ref.fn.isAsync) continue;
      out.push(severalThreads(ref.definition.key, true, c.site, `the public methods of ${c.name}: its one instance is made under \`${lock}\` for threads to share, so they are meant to be called from several threads at once`));
    }
  }
  return out;
}

/**
 * A class with no lock of its own that keeps several objects of a class of this module that locks its
 * own methods (`self.hits = AtomicCounter()`, `self.misses = AtomicCounter()` in `__init__`): the module
 * made those objects safe for threads because this class's methods are called from several at once.
 * Its public methods are entries, as a locking class's are, unless thread starts in the file reach them.
 */
function keptThreadSafeObjectsEntries(module: Module, reached: ReadonlyMap<string, Reached>, inferred: readonly ThreadEntry[]): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  // The module's classes that take their own lock in two or more methods: its thread-safe classes.
  const safe = [...module.classes.values()].filter((c) => {
    const own = [...c.lockAttrs].filter((a) => !c.semaphoreAttrs.has(a));
    if (own.length === 0 || c.isThread) return false;
    const held = new RegExp(`\\bwith\\s+self\\s*\\.\\s*(?:${own.join('|')})\\s*:`);
    return [...c.methods].filter(([name, m]) => name !== '__init__' && held.test(functionText(module, m))).length >= 2;
  });
  if (safe.length === 0) return out;
  const made = new RegExp(`^[ \\t]*self\\s*\\.\\s*\\w+\\s*(?::[^=\\n]*)?=\\s*(${safe.map((c) => c.name).join('|')})\\s*\\(`, 'gm');
  const taken = new Set([...reached.keys(), ...inferred.map((e) => e.key)]);
  for (const c of module.classes.values()) {
    const init = c.methods.get('__init__');
    if (!init || c.isThread || safe.includes(c) || c.lockAttrs.size > 0 || [...c.methods.values()].some((m) => taken.has(m.definition.key))) continue;
    const kept = [...functionText(module, init).matchAll(made)].map((m) => m[1]);
    if (kept.length < 2) continue;
    const kind = kept[0];
    for (const [name, ref] of c.methods) {
      if (name === '__init__' || !CALLED_FROM_OUTSIDE.test(name) || ref.fn.params[0] !== 'self' || ref.fn.isAsync) continue;
      out.push(severalThreads(ref.definition.key, true, c.site, `the public methods of ${c.name}: it keeps ${kind} objects, which lock their own methods for threads, so its methods are meant to be called from several threads at once`));
    }
  }
  return out;
}

/**
 * Does code in a function other than `__init__` store `subject` (a name, `self.x`; `obj.x` also as
 * `self.x`) with anything but True? With `outside`, only code outside the function at that range, and
 * `self.x` only in that function's class.
 */
function storedOtherwise(module: Module, root: Node, subject: string, outside?: Range0): boolean {
  const classOf = (n: Node) => { let p: Node | null = n.parent; while (p && p.type !== 'class_definition') p = p.parent; return p?.id; };
  const home = outside && subject.startsWith('self.') ? definitionAround(root, outside.start)?.parent : undefined;
  const homeClass = home ? classOf(home) : undefined;
  const attr = /^\w+\.(\w+)$/.exec(subject)?.[1];
  // (An item, `flag[me]` or `flag[…]`: any item of that container.)
  const item = /^([\w.]+)\[[^\]]*\]$/.exec(subject)?.[1];
  const names = item !== undefined ? `${item.replace(/\./g, '\\s*\\.\\s*')}\\s*\\[[^\\]\\n]*\\]` : attr !== undefined && !subject.startsWith('self.') ? `(?:${subject.replace('.', '\\s*\\.\\s*')}|self\\s*\\.\\s*${attr})` : subject.replace(/\./g, '\\s*\\.\\s*');
  const store = new RegExp(`(?<![\\w.])${names}\\s*(?::[^=\\n]*)?=(?!=)(?!\\s*(?:True|1)\\b)`, 'g');
  for (const { node } of namesMatching(root, module.text, store)) {
    const line = node.startPosition.row;
    if (outside && line >= outside.start.line && line <= outside.end.line) continue;
    if (homeClass !== undefined && classOf(node) !== homeClass) continue;
    const def = enclosing(node, FUNCTION_TYPES);
    if (def && def.childForFieldName('name')?.text !== '__init__') return true;
  }
  return false;
}

/** Is `subject` (a name, or `self.x`) made anywhere in the module (or in `text`) as a dict or a set? */
function madeAsDictOrSet(module: Module, subject: string, text = module.text): boolean {
  const base = subject.replace(/\./g, '\\s*\\.\\s*');
  if (new RegExp(`(?<![\\w.])${base}\\s*(?::[^=\\n]*)?=\\s*${DICT_OR_SET}`).test(text)) return true;
  // (Or as one of several made at once: `self.queues, self.tokens = {}, {}`.)
  for (const m of text.matchAll(new RegExp(`^[ \\t]*([\\w. \\t]+(?:,[\\w. \\t]+)+)=\\s*([^\\n=]+)$`, 'gm'))) {
    const at = m[1].split(',').map((t) => t.replace(/\s+/g, '')).indexOf(subject);
    if (at >= 0 && new RegExp(`^\\s*${DICT_OR_SET}`).test(splitTopLevel(m[2])[at] ?? '')) return true;
  }
  return false;
}

/** The start of a new dict or set: `{`, `dict(`, `set(`, `defaultdict(`, `OrderedDict(`, `Counter(`. */
const DICT_OR_SET = String.raw`(?:\{|dict\s*\(|set\s*\(|(?:collections\s*\.\s*)?(?:defaultdict|OrderedDict|Counter)\s*\()`;

/** `{}, {}` or `dict(a=1), [x, y]` split at its top-level commas. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) (out.push(text.slice(from, i)), (from = i + 1));
  }
  out.push(text.slice(from));
  return out;
}

/** A change of the items of some dict or set, with its name (see itemChanges). */
const ANY_ITEM_CHANGE = new RegExp(`(?<![\\w.])([A-Za-z_]\\w*)\\s*(?:${SUBSCRIPT}\\s*=(?!=)|\\.\\s*(?:pop|popitem|add|discard|remove|update|setdefault|clear)\\s*\\()|\\bdel\\s+([A-Za-z_]\\w*)\\s*\\[`, 'g');

/** Changes of the items of a dict or set `subject`: `d[k] = v`, `del d[k]`, `d.pop(…)`, `s.add(…)`. */
function itemChanges(subject: string, flags = ''): RegExp {
  const base = subject.replace(/\./g, '\\s*\\.\\s*');
  return new RegExp(`(?<![\\w.])${base}\\s*${SUBSCRIPT}\\s*=(?!=)|(?<![\\w.])${base}\\s*\\.\\s*(?:pop|popitem|add|discard|remove|update|setdefault|clear)\\s*\\(|\\bdel\\s+${base}\\s*\\[`, flags);
}

/**
 * For a loop over `subject` in thread code: the line (absolute, 1-based) of a change of its items
 * elsewhere (`d[k] = v`, `del d[k]`, `d.pop(…)`, `s.add(…)`), if the container is a dict or a set;
 * of a removal (`l.remove(x)`, `l.pop()`, `del l[i]`), if it is a list. With `clears`, for a reference
 * tested and then used: the line where other code sets it to None or deletes it.
 * With `own`, a change inside the loop's own function counts too (it runs on several threads).
 */
/** The kind of a container that the class around `fnNode` inherits from a base class body of the module (see inheritedContainerOf). */
function inheritedKind(module: Module, root: Node, fnNode: Node, attr: string): string | undefined {
  let cls: Node | null = fnNode.parent;
  while (cls && cls.type !== 'class_definition') cls = cls.parent;
  const name = cls?.childForFieldName('name')?.text;
  const base = name !== undefined ? inheritedContainerOf(module, name, attr) : undefined;
  const node = base !== undefined ? classNode(root, module.classes.get(base)!) : undefined;
  return node ? classBodyContainers(node).get(attr) : undefined;
}

function changedMeanwhile(module: Module, root: Node, subject: string, fn: Range0, own: boolean, starts: Position0[], clears: boolean | 'removes' = false, unless?: string, usersOnly = false): ChangeMeanwhile | undefined {
  // `channels[…]["clients"]`: a list kept in a module-level dict, known as one by the removals made from it.
  if (subject.includes('[')) {
    if (clears) return undefined;
    // (Or through a local each function that removes takes it into: `members = rooms.get(room)` … `members.remove(c)`.)
    const chain = `(?:${[subscriptChainPattern(subject), ...itemAliases(module, subject)].join('|')})`;
    return !removedAsFromList(module.text, chain) ? undefined : firstChangeElsewhere(module, root, new RegExp(`(?<![\\w.])${chain}\\s*\\.\\s*(?:pop|remove|clear)\\s*\\(|\\bdel\\s+${chain}\\s*\\[`, 'g'), subject, fn, own, starts, undefined, unless, true, false);
  }
  // A list: only a removal harms the loop (the items after it shift, so the loop skips one).
  // `clients.items` of a global `clients = Clients()`: its class's methods change it as `self.items`.
  const [, owner, attr] = /^(\w+)\.(\w+)$/.exec(subject) ?? [];
  const ownerClass = owner !== undefined && owner !== 'self' ? module.globalHistory.get(owner)?.at(-1)?.ctor : undefined;
  const name = ownerClass !== undefined ? `(?:${subject.replace('.', '\\s*\\.\\s*')}|self\\s*\\.\\s*${attr})` : subject.replace(/\./g, '\\s*\\.\\s*');
  // A deque: any change while a loop goes through it stops the loop with RuntimeError (deque mutated during iteration).
  // (`self.users` may be the one container the class makes in its body, `users = {}`.)
  const fnNode = owner === 'self' ? definitionAround(root, fn.start) : undefined;
  const inBody = fnNode ? (classLevelContainers(fnNode).get(attr) ?? inheritedKind(module, root, fnNode, attr)) : undefined;
  const deque = !clears && (inBody === 'deque' || new RegExp(`(?<![\\w.])${name}\\s*(?::[^=\\n]*)?=\\s*(?:collections\\s*\\.\\s*)?deque\\s*\\(`).test(module.text));
  const list = !clears && !deque && (inBody === undefined ? !madeAsDictOrSet(module, ownerClass !== undefined ? `self.${attr}` : subject) && !madeAsDictOrSet(module, subject) && !handedAsDict(module, owner, name) : inBody === 'list');
  // (A list made in another module, `connections.sockets` of `import connections`: known by what is done with it here.)
  if (list && inBody === undefined && !new RegExp(`(?<![\\w.])${name}\\s*(?::[^=\\n]*)?=\\s*(?:\\[|list\\s*\\()`).test(module.text) && !madeElsewhereAsList(module, owner, name) && !handedAsList(module, owner, name)) return undefined;
  // (`del d[k]` removes from `d`; `del d[k][i]` from the container kept under `k`, not `d`'s key.)
  const deleted = `\\bdel\\s+${name}\\s*${SUBSCRIPT}(?!\\s*[[.])`;
  const changes = clears === 'removes' ? new RegExp(`${deleted}|(?<![\\w.])${name}\\s*\\.\\s*(?:pop|popitem|clear)\\s*\\(`, 'g')
    : clears ? new RegExp(`(?<![\\w.])${name}\\s*=\\s*None\\b|\\bdel\\s+${name}\\b(?!\\s*[[.])`, 'g')
    : deque ? new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*(?:append|appendleft|extend|extendleft|insert|pop|popleft|remove|clear|rotate)\\s*\\(|${deleted}`, 'g')
    : list ? new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*(?:pop|remove|clear)\\s*\\(|${deleted}`, 'g') : itemChanges(subject, 'g');
  return firstChangeElsewhere(module, root, changes, subject, fn, own, starts, ownerClass, unless, list, deque, usersOnly);
}

/** A change that can come while a loop runs: its 1-based line, what the container is, and the lock the change holds (if any). */
interface ChangeMeanwhile {
  line: number;
  list: boolean;
  deque: boolean;
  lock?: string;
}

/** The first change that `changes` finds outside `fn` (or inside, with `own`) that can come while the loop runs (see changedMeanwhile). */
function firstChangeElsewhere(module: Module, root: Node, changes: RegExp, subject: string, fn: Range0, own: boolean, starts: Position0[], ownerClass: string | undefined, unless: string | undefined, list: boolean, deque: boolean, usersOnly = false): ChangeMeanwhile | undefined {
  for (const { m, node } of namesMatching(root, module.text, changes)) {
    if (ownerClass !== undefined && node.text === 'self') {
      let cls: Node | null = node.parent;
      while (cls && cls.type !== 'class_definition') cls = cls.parent;
      if (cls?.childForFieldName('name')?.text !== ownerClass) continue;
    }
    const line = node.startPosition.row;
    const inside = line >= fn.start.line && line <= fn.end.line;
    let inFunction: Node | undefined;
    for (let p: Node | null = node; p && !inFunction; p = p.parent) if (p.type === 'function_definition') inFunction = p;
    if (!inFunction || inFunction.childForFieldName('name')?.text === '__init__' || calledOnlyFromInit(root, module.text, inFunction)) continue; // before any thread, as a rule
    if (inside && !own) continue;
    // In the function that starts the threads, before it starts them.
    if (starts.some((s) => s.line > line && s.line <= inFunction!.endPosition.row && s.line >= inFunction!.startPosition.row)) continue;
    // After that function waited for threads to end (`self.reader.join()` … `self.port = None`): as a rule, the ones that use it.
    // (Not where only the object's users run the code that uses it: the join waits for the object's own thread, not for them.)
    if (!usersOnly && joinedBetween(module, inFunction.startPosition.row, line)) continue;
    // `d[k] = v` for a key the loop took from `d` itself replaces a value: the size stays.
    if (!m[0].startsWith('del') && /\]\s*=$/.test(m[0]) && ownLoopKey(node, subject)) continue;
    // So does one for a key the dict was made with (`self.queues = {self.ui: 1, self.games: 2}`).
    if (!m[0].startsWith('del') && /\]\s*=$/.test(m[0]) && keyMadeWith(module, root, node, subject)) continue;
    // (For a loop under a lock: only a change made without that lock.)
    // (A Condition made on that lock holds it too: `self.cv = Condition(self.mon)`, then `with self.cv:`.)
    // (A lock taken through the object's own helpers, `self.acquire()` … `self.release()`, is known only as taken: any such take counts.)
    if (unless !== undefined && (unless === HAND_LOCK ? heldAt(node) : sameLockNames(module, unless).some((l) => heldAt(node, l) || calledOnlyUnder(module, root, inFunction!, l)))) continue;
    // (The lock this change holds, for the advice when the loop holds none: take that one over the loop.)
    const lock = unless === undefined ? locksHeldAt(root, line, node.startPosition.column).find((l) => LOCKISH.test(l)) : undefined;
    return { line: line + 1, list, deque, ...(lock !== undefined && { lock }) };
  }
  return undefined;
}

/** A lock's names: itself, the lock a Condition of that name was made on, and the Conditions made on it. */
function sameLockNames(module: Module, lock: string): string[] {
  const conditions = conditionLocks(module);
  const underlying = conditions.get(lock) ?? lock;
  return [...new Set([lock, underlying, ...[...conditions].filter(([, l]) => l === underlying).map(([c]) => c)])];
}

/** A method that only `__init__` names (`self._setup_telegram()` there): it runs as the object is made, before its threads. */
function calledOnlyFromInit(root: Node, text: string, method: Node): boolean {
  const name = method.childForFieldName('name')?.text;
  if (name === undefined || method.parent?.parent?.type !== 'class_definition') return false;
  // (Every mention a call there: `console.add(self.on_cmd)` in `__init__` hands it on, to be called later.)
  const uses = [...text.matchAll(new RegExp(`\\.\\s*${name}\\b(\\s*\\()?`, 'g'))];
  return uses.length > 0 && uses.every((m) => {
    if (m[1] === undefined) return false;
    const at = root.descendantForIndex(m.index! + m[0].indexOf(name, 1));
    return at ? enclosingDefinition(at)?.childForFieldName('name')?.text === '__init__' : false;
  });
}

/**
 * `mod.items` where `import mod` is a module of the project and this module never binds `mod.items`
 * but removes from it as from a list: the list of that module, which this one keeps up.
 */
function madeElsewhereAsList(module: Module, owner: string | undefined, name: string): boolean {
  if (owner === undefined || module.imports.aliases.get(owner) !== owner || STDLIB_MODULES.has(owner)) return false;
  return !new RegExp(`(?<![\\w.])${name}\\s*(?::[^=\\n]*)?=(?!=)`).test(module.text) && removedAsFromList(module.text, name);
}

/**
 * `self.clients` stored from a parameter (`self.clients = clients` in `__init__`, never bound to anything
 * else) and removed from as from a list: the caller's list, which threads handed it share.
 */
function handedAsList(module: Module, owner: string | undefined, name: string): boolean {
  if (owner !== 'self') return false;
  const bindings = [...module.text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*(?::[^=\\n]*)?=(?!=)\\s*([^\\n]*)`, 'g'))];
  return bindings.length > 0 && bindings.every((b) => /^\w+\s*(?:#.*)?$/.test(b[1])) && removedAsFromList(module.text, name);
}

/** `self.clients = clients`, a container the object is handed and uses as a dict (`self.clients.items()`, `self.clients[addr] = …`). */
function handedAsDict(module: Module, owner: string | undefined, name: string): boolean {
  if (owner !== 'self') return false;
  const bindings = [...module.text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*(?::[^=\\n]*)?=(?!=)\\s*([^\\n]*)`, 'g'))];
  return bindings.length > 0 && bindings.every((b) => /^\w+\s*(?:#.*)?$/.test(b[1])) && new RegExp(`(?<![\\w.])${name}\\s*(?:\\.\\s*(?:items|keys|values|popitem|setdefault)\\s*\\(|${SUBSCRIPT}\\s*=(?!=))`).test(module.text);
}

/** The copy to loop over, in words the user can paste: `for x in list(clients):`; for `rooms[…]["members"]`, where the keys are the user's, `list()` of it. */
function copyHint(subject: string, item: string): string {
  return subject.includes('…') ? '`list(…)` of it' : `\`for ${item} in list(${subject}):\``;
}

/** Is `remove()` called on what the pattern `name` matches, and never `add()` or `discard()`? (`remove()` alone is a list's or a set's.) */
function removedAsFromList(text: string, name: string): boolean {
  return new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*remove\\s*\\(`).test(text) && !new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*(?:add|discard)\\s*\\(`).test(text);
}

/**
 * Locals that hold the container kept under a key of `subject`'s outer container (`rooms[…]`): `members =
 * rooms.get(room)` or `members = rooms[room]`, where every function that removes through the name takes it so.
 */
function itemAliases(module: Module, subject: string): string[] {
  const [, base, rest] = /^([\w.]+)(\[[^\]]*\])$/.exec(subject) ?? [];
  if (base === undefined || rest !== '[…]') return [];
  const named = base.replace(/\./g, '\\s*\\.\\s*');
  const binding = (name: string) => new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]*)?=\\s*${named}\\s*(?:\\.\\s*get\\s*\\(|\\[)`, 'm');
  const names = new Set([...module.text.matchAll(new RegExp(`^[ \\t]*(\\w+)\\s*(?::[^=\\n]*)?=\\s*${named}\\s*(?:\\.\\s*get\\s*\\(|\\[)`, 'gm'))].map((m) => m[1]));
  const root = module.statements[0]?.node.tree.rootNode;
  return [...names].filter((name) => root && [...module.text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*(?:pop|remove|clear)\\s*\\(`, 'g'))].every((m) => {
    const at = root.descendantForIndex(m.index!);
    const def = at && enclosingDefinition(at);
    return !!def && binding(name).test(def.text);
  }));
}

/** `channels[…]["clients"]` as a pattern: any key where the subject says `…`, the same literal key where it names one. */
function subscriptChainPattern(subject: string): string {
  return subject.split(/(\[[^\]]*\])/).filter((part) => part !== '').map((part) => {
    if (part === '[…]') return String.raw`\s*\[[^\]\n]+\]`;
    if (part.startsWith('[')) return String.raw`\s*\[\s*` + part.slice(1, -1).trim().replace(/^(["'])(.*)\1$/, (_, _q: string, key: string) => `["']${escapeRegExp(key)}["']`) + String.raw`\s*\]`;
    return part.replace(/\./g, '\\s*\\.\\s*');
  }).join('');
}

/** Every store of `subject` (`x = …`, `x += …`, `self.n -= …`), as a global regex over a function's text. */
function storesOf(subject: string): RegExp {
  return new RegExp(`(?<![\\w.])${subject.replace(/\./g, '\\s*\\.\\s*')}\\s*(?:[-+*/%|&^]|//|<<|>>|\\*\\*)?=(?!=)`, 'g');
}

/**
 * Two functions, each run by one thread, that take turns by two Events: one waits for `a` and sets `b`,
 * the other waits for `b` and sets `a`, and each updates `subject` only after its wait (in this round,
 * or the last one's wait at the end of the loop) and before its own set. `set()` happens before the
 * other side's `wait()` returns, so the updates are ordered, on every interpreter (the classic odd/even
 * printer). A timed wait (`wait(1)`) may return without the signal, and does not count.
 */
function takesTurnsByEvents(module: Module, subject: string, writerKeys: readonly string[], reached: ReadonlyMap<string, Reached>): boolean {
  if (writerKeys.length !== 2 || !/^(?:self\.)?\w+$/.test(subject)) return false;
  const isEvent = (name: string) => new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*=\\s*(?:threading\\s*\\.\\s*)?Event\\s*\\(`).test(module.text);
  const write = storesOf(subject);
  const sides = writerKeys.map((key) => {
    const ref = module.functions.get(key);
    if (!ref || !reached.get(key)?.entries.every((e) => e.oneThread && !e.repeats)) return undefined;
    const text = functionText(module, ref);
    if (!/^[ \t]*(?:while|for)\b/m.test(text)) return undefined;
    const calls = (method: string) => [...text.matchAll(new RegExp(`((?:self\\s*\\.\\s*)?\\w+)\\s*\\.\\s*${method}\\s*\\(\\s*\\)`, 'g'))].map((m) => ({ name: m[1].replace(/\s+/g, ''), at: m.index }));
    const waits = calls('wait');
    const sets = calls('set');
    // One Event waited for and one other set, each once.
    if (waits.length !== 1 || sets.length !== 1 || waits[0].name === sets[0].name || !isEvent(waits[0].name) || !isEvent(sets[0].name)) return undefined;
    const [wait, set] = [waits[0], sets[0]];
    const ordered = [...text.matchAll(write)].every((m) => m.index < set.at && (wait.at < m.index || wait.at > set.at));
    return ordered ? { waits: wait.name, sets: set.name } : undefined;
  });
  const [one, other] = sides;
  return !!one && !!other && one.waits === other.sets && one.sets === other.waits;
}

/** Does the module make a `Semaphore(0)` or an Event anywhere? (Worked out once per module.) */
const signalMakers = new WeakMap<Module, boolean>();
/** Per module and subject, the thread functions whose text writes it. */
const signalWriters = new WeakMap<Module, Map<string, Set<string>>>();
function makesSignal(module: Module): boolean {
  let made = signalMakers.get(module);
  if (made === undefined) signalMakers.set(module, (made = /Semaphore\s*\(\s*0\s*\)|Event\s*\(/.test(module.text)));
  return made;
}

/**
 * Two threads, each started once and running no loop, where one writes only before it signals (`done.release()`,
 * `ready.set()`) and the other only after it waits for that signal (`done.acquire()`, `ready.wait()`): the
 * signal orders the writes, as a join would. The signal is a `Semaphore(0)` or an Event, named alike in both
 * (a module global, or a parameter of both when the module makes a `Semaphore(0)` to hand them).
 */
function handedOverBySignal(module: Module, subject: string, key: string, reached: ReadonlyMap<string, Reached>): boolean {
  const own = module.functions.get(key);
  // (The text first: most functions give and take no signal, and most modules make none.)
  if (!/^(?:self\.)?\w+$/.test(subject) || !own || !/\.\s*(?:release|set|acquire|wait)\s*\(\s*\)/.test(functionText(module, own)) || !makesSignal(module)) return false;
  const write = storesOf(subject);
  // (The other writer may count as locked, its `acquire()` of the signal taken for a lock's.)
  let bySubject = signalWriters.get(module);
  if (!bySubject) signalWriters.set(module, (bySubject = new Map()));
  let writing = bySubject.get(subject);
  if (!writing) {
    bySubject.set(subject, (writing = new Set([...reached.keys()].filter((k) => {
      const ref = module.functions.get(k);
      return ref !== undefined && new RegExp(write.source).test(functionText(module, ref));
    }))));
  }
  const writers = [...new Set([key, ...writing])];
  if (writers.length !== 2) return false;
  const sides = writers.map((key) => {
    const ref = module.functions.get(key);
    if (!ref || !reached.get(key)?.entries.every((e) => e.oneThread && !e.repeats)) return undefined;
    const text = functionText(module, ref);
    if (/^[ \t]*(?:while|for)\b/m.test(text)) return undefined;
    const params = new Set((ref.fn.params ?? []).map((p) => p.replace(/[=:].*$/, '').trim()));
    const calls = (methods: string) => [...text.matchAll(new RegExp(`((?:self\\s*\\.\\s*)?\\w+)\\s*\\.\\s*(?:${methods})\\s*\\(\\s*\\)`, 'g'))].map((m) => ({ name: m[1].replace(/\s+/g, ''), at: m.index }));
    return { text, params, gives: calls('release|set'), takes: calls('acquire|wait'), writes: [...text.matchAll(write)].map((m) => m.index) };
  });
  const [a, b] = sides;
  if (!a || !b) return false;
  const signal = (name: string) =>
    new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*=\\s*(?:threading\\s*\\.\\s*)?(?:Semaphore\\s*\\(\\s*0\\s*\\)|Event\\s*\\()`).test(module.text) ||
    (a.params.has(name) && b.params.has(name) && /Semaphore\s*\(\s*0\s*\)/.test(module.text));
  const ordered = (first: NonNullable<typeof a>, second: NonNullable<typeof a>) =>
    first.gives.some((g) =>
      signal(g.name) &&
      !first.takes.some((t) => t.name === g.name) && !second.gives.some((t) => t.name === g.name) &&
      first.writes.every((w) => w < g.at) &&
      second.takes.some((t) => t.name === g.name && second.writes.every((w) => w > t.at)));
  return ordered(a, b) || ordered(b, a);
}

/** Is the function `def` called (by its name, from this module) and only ever while `lock` is held (`with clients_lock: clean()`)? */
function calledOnlyUnder(module: Module, root: Node, def: Node, lock: string): boolean {
  const name = def.childForFieldName('name')?.text;
  // (Its own `def` line, and calls inside it, are not callers.)
  const at = (name !== undefined ? (nameCalls(module).get(name) ?? []) : []).filter((index) => index < def.startIndex || index >= def.endIndex);
  if (at.length === 0) return false;
  return at.every((index) => {
    const node = root.descendantForIndex(index);
    return !!node && heldAt(node, lock);
  });
}

/** Is the store `d[k] = …` (at `node`, the name `d`) inside a loop over `d` that gives `k`? */
/** Is the key stored at `node` (`d[k] = v`) one of the keys of a dict literal that `subject` is bound to (`d = {k: 0}`)? */
function keyMadeWith(module: Module, root: Node, node: Node, subject: string): boolean {
  let item: Node | null = node;
  while (item && item.type !== 'subscript') item = item.parent;
  const key = item?.childForFieldName('subscript')?.text.replace(/\s+/g, '');
  if (key === undefined) return false;
  for (const { node: made } of namesMatching(root, module.text, new RegExp(`(?<![\\w.])${subject.replace(/\./g, '\\s*\\.\\s*')}\\s*=\\s*\\{`, 'g'))) {
    let binding: Node | null = made;
    while (binding && binding.type !== 'assignment') binding = binding.parent;
    const dict = binding?.childForFieldName('right');
    if (dict?.type === 'dictionary' && dict.namedChildren.some((p) => p?.type === 'pair' && p.childForFieldName('key')?.text.replace(/\s+/g, '') === key)) return true;
  }
  return false;
}

function ownLoopKey(node: Node, subject: string): boolean {
  const store = node.parent?.type === 'attribute' ? node.parent.parent : node.parent;
  const key = store?.type === 'subscript' ? store.childForFieldName('subscript')?.text : undefined;
  for (let p: Node | null = store ?? null; p && key !== undefined; p = p.parent) {
    if (p.type !== 'for_statement') continue;
    const over = p.childForFieldName('right')?.text.replace(/\s+/g, '').replace(/\.(?:items|keys)\(\)$/, '');
    const left = p.childForFieldName('left');
    const first = left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChildren[0] : left;
    if (over === subject.replace(/\s+/g, '') && first?.text === key) return true;
  }
  return false;
}

interface FileObjectWrite {
  /** The name the code writes through: a module global bound to a text file, or a parameter every thread gets the same object in. */
  file: string;
  range: Range0;
  statement: Range0;
  text: string;
  /** Made holding a lock: no finding, but a writer the others share the file with. */
  locked?: true;
}

/** A mode for writing text (`"w"`, `"a"`, `"a+"`, `"wt"`), not bytes (a binary file's buffer has a lock of its own). */
const TEXT_WRITE_MODE = /^(?:[wax]\+?t?|[wax]t\+?|r\+t?|rt\+)$/;
function textWriteOpen(args: string): boolean {
  const mode = /^\s*[^,]*,\s*(?:mode\s*=\s*)?[rbuRBU]*["']([^"']*)["']/.exec(args) ?? /\bmode\s*=\s*["']([^"']*)["']/.exec(args);
  return !!mode && TEXT_WRITE_MODE.test(mode[1]);
}

/** A file opened at a line's start, bound to a name (`log = open(…)`, `with open(…) as out`); the indent, the name, open's arguments. */
const FILE_OPENED = /^([ \t]*)(?:with\s+)?(?:(\w+)\s*=\s*)?(?:io\s*\.\s*|codecs\s*\.\s*)?open\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)(?:\s+as\s+(\w+))?/gm;

/**
 * The module's text files open for writing: the module globals bound to one (`log = open("out.txt", "a")`,
 * `with open(P, "w") as out:` at module level), and whether the module opens any (a parameter's file).
 */
function textFilesOf(module: Module): { globals: Set<string>; names: Set<string> } {
  if (module.textFiles) return module.textFiles;
  const globals = new Set<string>();
  const names = new Set<string>();
  for (const m of statementMatches(module, FILE_OPENED)) {
    const name = m[2] ?? m[4];
    if (!name || !textWriteOpen(m[3])) continue;
    names.add(name);
    if (m[1] === '') globals.add(name);
  }
  return (module.textFiles = { globals, names });
}

/**
 * The unlocked `f.write(…)`, `f.writelines(…)` and `print(…, file=f)` of a thread function through one
 * file object that other threads may hold too: a module global bound to a text file, or a parameter
 * that every thread is handed the same object in (where the module opens a text file to hand on).
 * The first one per name.
 */
function fileObjectWrites(module: Module, root: Node, ref: FunctionRef, shared: readonly string[], via: readonly ThreadEntry[]): FileObjectWrite[] {
  const files = textFilesOf(module);
  if (files.names.size === 0) return [];
  // A parameter holds a file where a start hands on a name bound to one (`pool.submit(task, i, out)`).
  const handsFile = (): boolean => via.some((e) => {
    let call: Node | null = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    while (call && call.type !== 'call' && call.type !== 'module') call = call.parent;
    const args = call?.type === 'call' ? call.childForFieldName('arguments')?.text ?? '' : '';
    return [...files.names].some((n) => new RegExp(`(?<![\\w.])${n}\\b`).test(args));
  });
  let handed: boolean | undefined;
  const def = definitionOf(root, ref);
  if (!def) return [];
  const out: FileObjectWrite[] = [];
  const locked: FileObjectWrite[] = [];
  const text = def.text;
  const writes = /(?<![\w.])(\w+)\s*\.\s*write(?:lines)?\s*\(|\bprint\s*\((?:[^()]|\([^()]*\))*?\bfile\s*=\s*(\w+)\s*[,)]/g;
  for (const m of text.matchAll(writes)) {
    const file = m[1] ?? m[2];
    if (out.some((w) => w.file === file)) continue;
    const isGlobal = files.globals.has(file) && !ref.fn.locals.includes(file) && !ref.fn.params.includes(file);
    if (!isGlobal && !(shared.includes(file) && (handed ??= handsFile()))) continue;
    const node = root.descendantForIndex(def.startIndex + m.index!);
    if (!node || enclosingDefinition(node)?.id !== def.id) continue;
    let statement: Node | null = node;
    while (statement && statement.type !== 'expression_statement') statement = statement.parent;
    if (!statement || enclosingDefinition(statement)?.id !== def.id) continue;
    const shown = statement.text.replace(/\s+/g, ' ');
    const write = { file, range: rangeOf(node), statement: rangeOf(statement), text: shown.length > 50 ? `${shown.slice(0, 47)}…` : shown };
    if (!heldAt(node)) out.push(write);
    else if (!locked.some((w) => w.file === file)) locked.push({ ...write, locked: true });
  }
  // (A locked write is another writer all the same: the lock keeps out only those that take it too.)
  return [...out, ...locked.filter((l) => !out.some((w) => w.file === l.file))];
}

/** The related locations that say where a function's threads come from: one per site and way, at most five. */
function viaRelated(via: ThreadEntry[], name: string): Finding['related'] {
  const out: Finding['related'] = [];
  for (const e of via) {
    // A class or module meant for threads by its locks: no start to point at, the class (or function) is the reason.
    // The main program, or a starter that goes on beside its thread, is no thread started here: say where it runs.
    const message = e.guardedBy
      ? `${name}() is taken to run in several threads: ${e.how}`
      : e.calledBeside
        ? `${name}() runs beside the thread started here: ${e.calledBeside.starter}() calls it at line ${e.calledBeside.line + 1} without waiting for that thread`
        : e.mainProgram
          ? `${name}() is called here by the main program, while the threads run`
          : `${name}() runs in threads started here (${e.how})`;
    // A start in another module: point there (its line; the column is not known here).
    const at = e.elsewhere ? { range: { start: { line: e.elsewhere.line - 1, character: 0 }, end: { line: e.elsewhere.line - 1, character: 0 } }, file: e.elsewhere.file } : { range: e.site };
    if (!out.some((r) => r.message === message && r.range.start.line === at.range.start.line && r.file === at.file)) out.push({ ...at, message });
    if (out.length === 5) break;
  }
  return out;
}

/** The function the node is in, if any. */
function enclosingDefinition(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return undefined;
}

/**
 * Does the module make an object of the class anywhere (`Name(…)` outside its own `class Name(…):`
 * line) for its own use? (Not the one object it makes only for importers, see madeForImporters.)
 */
function madeInModule(module: Module, name: string): boolean {
  return classCalls(module, name, 20).some((call) => !madeForImporters(module, call));
}

/**
 * Is the class made by code the module runs for itself (at module level, or in functions and classes
 * that code calls and makes), not only by its library API: functions nobody here calls, methods of
 * classes nobody here makes, whose objects its users hold and call from their own threads (a daemon's
 * `self.registry = Registry()`)?
 */
function madeByProgram(module: Module, name: string, depth = 0): boolean {
  return classCalls(module, name, 20).some((call) => runByProgram(module, call, name, depth));
}

function runByProgram(module: Module, node: Node, self: string, depth: number): boolean {
  let def: Node | null = node.parent;
  while (def && def.type !== 'function_definition' && def.type !== 'class_definition') def = def.parent;
  if (!def && madeForImporters(module, node)) return false;
  if (!def || depth >= 3) return true;
  const name = def.childForFieldName('name')?.text;
  if (name === undefined || name === self) return true;
  if (def.type === 'class_definition') return madeByProgram(module, name, depth + 1);
  // A method: its class must be made; a function: called (by name, or handed on as a target).
  let owner: Node | null = def.parent;
  while (owner && owner.type !== 'function_definition' && owner.type !== 'class_definition') owner = owner.parent;
  const ownerName = owner?.type === 'class_definition' ? owner.childForFieldName('name')?.text ?? '' : undefined;
  // (A class that makes itself in its own method, `Map.shared = Map()` in `get_shared()`, is made when
  // something calls that method: a singleton that only other modules ask for is a library's.)
  if (ownerName !== undefined && ownerName !== self) return madeByProgram(module, ownerName, depth + 1);
  const root = module.statements[0]?.node.tree.rootNode;
  for (const { node: use } of root ? namesMatching(root, module.text, new RegExp(`\\b${name}\\b`, 'g')) : []) {
    if (use.parent?.type === 'function_definition' && use.parent.childForFieldName('name')?.id === use.id) continue; // its own `def name`, or another function's of that name
    if (runByProgram(module, use, name, depth + 1)) return true;
  }
  return false;
}

/**
 * `print_queue = PrintQueue()` at module level, a name the module never uses again: the one object
 * other modules import and call (from their request handlers, as a rule), not one this module runs.
 */
function madeForImporters(module: Module, call: Node): boolean {
  const assignment = call.parent?.type === 'call' ? call.parent.parent : undefined;
  if (assignment?.type !== 'assignment' || assignment.parent?.parent?.type !== 'module' || assignment.childForFieldName('right')?.id !== call.parent!.id) return false;
  const name = assignment.childForFieldName('left');
  if (name?.type !== 'identifier') return false;
  // (Its uses in code, not in its docstrings or comments.)
  return [...namesMatching(call.tree.rootNode, module.text, new RegExp(`(?<![\\w.])${name.text}\\b`, 'g'))].length === 1;
}

/** The first `max` places that call the class by its name (`Name(`), not in strings or comments, nor its own `class Name(…):`. */
function classCalls(module: Module, name: string, max: number): Node[] {
  const root = module.statements[0]?.node.tree.rootNode;
  const uses: Node[] = [];
  if (!root) return uses;
  const at = /^[A-Za-z_]\w*$/.test(name) ? (nameCalls(module).get(name) ?? []) : [...module.text.matchAll(new RegExp(`\\b${name}\\s*\\(`, 'g'))].map((m) => m.index!);
  for (const index of at) {
    const node = root.descendantForIndex(index);
    if (node?.type !== 'identifier') continue;
    if (node.parent?.type !== 'class_definition') uses.push(node);
    if (uses.length >= max) break;
  }
  return uses;
}

/**
 * Does a loop or comprehension around `site` (in its function) bind `name` to the items of what it goes
 * through, one item per round (`for node in nodes`, not `for n in [obj] * 4`)?
 */
function loopTakes(root: Node, site: Range0, name: string): boolean {
  for (let p: Node | null = root.descendantForPosition({ row: site.start.line, column: site.start.character }); p && p.type !== 'function_definition'; p = p.parent) {
    const clauses = p.type === 'for_statement' ? [p] : REPEATS.has(p.type) ? p.namedChildren.filter((c): c is Node => c?.type === 'for_in_clause') : [];
    for (const c of clauses) {
      // (or one name of several: `for i, node in enumerate(nodes)`)
      const left = c.childForFieldName('left');
      const names = left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChildren : [left];
      if (names.some((n) => n?.type === 'identifier' && n.text === name)) return c.childForFieldName('right')?.type !== 'binary_operator';
    }
    // (`for cfg in servers: poller = Poller(cfg); Thread(target=poller.run)`: an object made anew each round, before the start.)
    if (madeEachRound(p, name, site.start.line)) return true;
  }
  return false;
}

/** Does a statement of a `for` or `while` loop's body, before `row`, bind `name` to a new object of a class (`f = Fetcher(path)`): one made anew each round? */
function madeEachRound(loop: Node, name: string, row: number): boolean {
  const body = loop.type === 'for_statement' || loop.type === 'while_statement' ? loop.childForFieldName('body') : undefined;
  const made = new RegExp(`^${name.replace(/\./g, '\\s*\\.\\s*')}\\s*=\\s*(?:\\w+\\s*\\.\\s*)*[A-Z]\\w*\\s*\\(`);
  const madeAt = body?.namedChildren.findIndex((st) => st?.type === 'expression_statement' && st.endPosition.row <= row && made.test(st.text)) ?? -1;
  if (madeAt < 0) return false;
  // (Its own object each round only if one start a round is handed it: `Thread(args=(acct,))` twice, or in a loop
  // of its own, shares the round's object between those threads.)
  const starts = threadStartsHanded(body!.namedChildren.slice(madeAt + 1), name);
  return starts.length < 2 && !starts.some((st) => st.type === 'for_statement' || st.type === 'while_statement');
}

/** Does code outside `fn` (not an `__init__`) remove items from `subject`: `.remove(`, `.pop(`, `.discard(`, `.clear(`, `del subject[…]`? */
function removedElsewhere(module: Module, root: Node, subject: string, fn: Range0, heap = false): boolean {
  // (Of `d[k]`, the container `d`.)
  const container = subject.replace(/\[.*$/, '');
  const [, owner, attr] = /^(\w+)\.(\w+)$/.exec(container) ?? [];
  const name = owner === 'self' ? `[\\w.]*\\.\\s*${attr}` : container.replace(/\./g, '\\s*\\.\\s*');
  // (Of a heap, a push too: it can put a smaller item on top.)
  const heapCalls = heap ? `|\\bheap(?:push|pop|pushpop|replace)\\s*\\(\\s*${name}\\s*,|` : '|';
  for (const { node } of namesMatching(root, module.text, new RegExp(`(?<![\\w.])${name}\\s*(?:${SUBSCRIPT}\\s*)?\\.\\s*(?:remove|pop|popleft|discard|clear)\\s*\\(${heapCalls}\\bdel\\s+${name}\\s*\\[`, 'g'))) {
    const line = node.startPosition.row;
    if (line >= fn.start.line && line <= fn.end.line) continue;
    if (enclosingDefinition(node)?.childForFieldName('name')?.text !== '__init__') return true;
  }
  return false;
}

/** The name of the function around a range's start. */
function enclosingMethodName(root: Node, at: Range0): string | undefined {
  const node = root.descendantForPosition({ row: at.start.line, column: at.start.character });
  return node ? enclosingDefinition(node)?.childForFieldName('name')?.text : undefined;
}

/** Is the node in an `__init__` (where the object is not shared yet)? */
function inInit(node: Node): boolean {
  return enclosingDefinition(node)?.childForFieldName('name')?.text === '__init__';
}

/** Is `key` the one function of the module that takes from a queue (`x.get()`, `x.get_nowait()` with no key)? */
function onlyTaker(module: Module, key: string): boolean {
  for (const [k, { fn }] of module.functions) {
    if (k !== key && fn.calls.some((c) => c.t === 'method' && (c.attr === 'get' || c.attr === 'get_nowait') && !c.args?.length)) return false;
  }
  return true;
}

/**
 * Does every thread of the module run alone, each joined right after its start (`for r in runners:
 * r.start(); r.join()`)? Then no two of them, nor the main program, run at once: a demo of threads
 * run one after another.
 */
function startsJoinedAtOnce(root: Node, entries: readonly ThreadEntry[]): boolean {
  if (!entries.some((e) => /^(?:threading\.Thread at line|the threading\.Thread subclass)/.test(e.how))) return false;
  if (!entries.every((e) => e.mainProgram || /^(?:threading\.Thread at line|the threading\.Thread subclass)/.test(e.how))) return false;
  // (From the text first, cheaply: each `x.start()` followed, past blank and comment lines, by `x.join()`.)
  for (const m of root.text.matchAll(/\.\s*start\s*\(/g)) {
    const name = /(\w+)\s*$/.exec(root.text.slice(Math.max(0, m.index! - 60), m.index!))?.[1];
    const after = root.text.slice(m.index! + m[0].length, m.index! + m[0].length + 400);
    if (name === undefined || !new RegExp(`^\\s*\\)[ \\t]*(?:#.*)?\\n(?:[ \\t]*(?:#.*)?\\n)*[ \\t]*${name}\\s*\\.\\s*join\\s*\\(\\s*\\)`).test(after)) return false;
  }
  let starts = 0;
  for (const call of root.descendantsOfType('call')) {
    const f = call?.childForFieldName('function');
    if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'start') continue;
    const name = f.childForFieldName('object');
    const statement = call!.parent;
    if (name?.type !== 'identifier' || statement?.type !== 'expression_statement' || callArgs(call!).positional.length > 0) return false;
    let next = statement.nextNamedSibling;
    while (next?.type === 'comment') next = next.nextNamedSibling;
    const join = next?.type === 'expression_statement' ? next.namedChildren[0] : undefined;
    if (join?.type !== 'call' || join.childForFieldName('function')?.text.replace(/\s+/g, '') !== `${name.text}.join` || join.childForFieldName('arguments')?.namedChildCount) return false;
    starts++;
  }
  return starts > 0;
}

function raceFindings(module: Module, root: Node, lines: SourceLines, incoming: readonly IncomingThreadEntry[], handOffs: ThreadHandOff[]): Finding[] {
  const findings: Finding[] = [];
  const lambdas = new Map<string, Target>();
  // (Starts in other modules first: a message names the first way in, and theirs is the more telling.)
  const own = threadEntries(module, lambdas, root, handOffs);
  const fromImporters = incomingThreadEntries(module, incoming);
  // (One thread started under `if __name__ == "__main__":` never runs beside an importer's: that block runs only when this module is the program.)
  const imported = new Set(fromImporters.map((e) => e.key));
  // (Nor does a Thread subclass this module never makes: its importers say how many of it they start.)
  // (A call commented out somewhere, `# demo()`, first: most modules have none.)
  const commentedCalls = /^[ \t]*#[ \t]*[A-Za-z_]\w*\s*\(/m.test(module.text);
  const ownHere = own.filter((e) => !(imported.has(e.key) && ((e.oneThread && !e.repeats && underMainGuard(root, e.site.start)) || neverMadeHere(module, e))) && !relayedAtEnd(module, root, e, own) && !(commentedCalls && startsInCommentedOutLauncher(module, root, e)));
  const entries = [...fromImporters, ...(startsJoinedAtOnce(root, ownHere) ? [] : ownHere)];
  const edges: CallEdge[] = [];
  const view = moduleView(module);
  const reached = threadFunctions(module, entries, lambdas, edges, view);
  handOffs.push(...callsIntoImports(module, root, reached), ...callsBackToStarters(module, reached));
  const { unlocked, lockedCalls } = unlockedPaths(module, entries, reached, edges, view);
  // Classes that lock as if threads call them, though no start in the file reaches them.
  const lockedClasses = lockedClassEntries(module, root, reached);
  const singletons = lockedSingletonEntries(module, root, reached, lockedClasses);
  const inferred = [...lockedClasses, ...singletons, ...keptThreadSafeObjectsEntries(module, reached, [...lockedClasses, ...singletons])];
  if (inferred.length > 0) {
    const inferredEdges: CallEdge[] = [];
    const more = threadFunctions(module, inferred, lambdas, inferredEdges, view);
    const paths = unlockedPaths(module, inferred, more, inferredEdges, view);
    for (const [key, r] of more) {
      const seen = reached.get(key);
      const u = paths.unlocked.get(key);
      if (seen) {
        // A library class's method that its own thread runs too, with no lock held on the way: its
        // users' threads are more ways in. (One its own code calls only under its lock stays locked.)
        if (!r.entries.some((e) => e.guardedBy?.besideOwnThread) || !unlocked.has(key)) continue;
        seen.entries.push(...r.entries.filter((e) => !seen.entries.includes(e)));
        seen.boundEntries.push(...r.boundEntries.filter((e) => !seen.boundEntries.includes(e)));
        // Shared only through its users' calls: for what the class's lock guards alone.
        if (r.bound && !seen.bound) seen.sharedByUsersFor = new Set(r.entries.flatMap((e) => [...(e.guardedBy?.attrs ?? [])]));
        seen.bound ||= r.bound;
        continue;
      }
      reached.set(key, r);
      if (u) unlocked.set(key, u);
      const l = paths.lockedCalls.get(key);
      if (l) lockedCalls.set(key, l);
    }
    entries.push(...inferred);
  }
  const views = new Map<number, ModuleView>();
  const viewAt = (line: number) => views.get(line) ?? (views.set(line, moduleView(module, line)), views.get(line)!);
  const fixContext: FixContext = {
    lines,
    moduleLock: [...module.globals.entries()].find(([, g]) => g.kind === 'lock')?.[0],
    globalEndLine: (name) => module.globals.get(name)?.endLine,
    threadingImported: module.imports.threadingImported,
    lastImportLine: module.imports.lastImportLine,
  };
  const starterSide = starterSideUpdates(module, root, entries, reached);
  type Found = { key: string; reach: Reached; ref: FunctionRef; cls: ClassInfo | undefined; writes: SharedWrite[]; checks: CheckThenAct[]; /** What a locking class's lock guards, when only that makes this thread code. */ guarded: ReadonlySet<string> | undefined };
  const found: Found[] = [];
  /** Which thread functions write each state ("C:self.x" for an instance attribute of class C). */
  const writers = new Map<string, Set<string>>();
  /** The same, by thread: functions that only one thread started at one place runs are that one thread (see threadOf). */
  const writerThreads = new Map<string, Set<string>>();
  /** Each state's read-modify-writes made under locks, by state as in `writers`. */
  const lockedUpdates = new Map<string, LockedUpdateIn[]>();
  /** Unlocked writes through one file object, by its name, from each thread function (see fileObjectWrites). */
  const fileWrites = new Map<string, (FileObjectWrite & { key: string; alone: boolean; via: ThreadEntry[] })[]>();
  /** Classes with a lock and no thread or server of their own, asked once each (see `passive` below). */
  const passiveClasses = new Map<ClassInfo, boolean>();
  const stateKey = (w: { subject: string }, cls: ClassInfo | undefined) => (w.subject.startsWith('self.') ? `${cls?.name ?? '?'}:${w.subject}` : w.subject);
  for (const [key, reach] of reached) {
    const { target, entries: via, bound } = reach;
    if (target.t !== 'function') continue; // a lambda's body is one expression: it calls, it cannot assign
    const { definition, statement } = target.ref;
    const owner = definition.parentIsClass ? module.classes.get(definition.parent) : undefined;
    const cls = owner?.methods.get(definition.name) === target.ref ? owner : undefined;
    // A lock written by hand (a reentrant one that counts its owner's takes): its own bookkeeping runs
    // with its inner lock held, from the inner acquire() in one method to the release() in another.
    if (cls && LOCK_METHODS.has(definition.name) && handWrittenLock(module, cls)) continue;
    const starts = via.flatMap((e) => (e.moduleLine === undefined ? [] : [e.moduleLine]));
    const shared = [...reach.shared.keys()].filter((k) => k !== '*').sort();
    const all = itemParamsWhy(perCallWhy(handedAcrossWhy(writesOf(module, viewAt(starts.length > 0 ? Math.min(...starts) : Infinity), target.ref, key, bound, cls?.name, shared), via), via), reach.itemParams);
    const guarded = via.every((e) => e.guardedBy) ? new Set(via.flatMap((e) => [...e.guardedBy!.attrs])) : reach.sharedByUsersFor;
    // (Beside a library class's own thread, only what its lock guards: a counter its users' calls alone keep is theirs.)
    const counters = !via.some((e) => e.guardedBy?.besideOwnThread);
    // Reached only as a locking class's method: its lock mistakes are not about threads seen here, and
    // of its writes only those of the state the class guards elsewhere count.
    const mistakes = guarded ? [] : all.mistakes;
    // A lazy `self` object made on first use (`if self._client is None: self._client = Client()`)
    // counts too: the class's own lock shows that its methods race, whatever the lock guards.
    const onGuarded = <T extends { subject: string; why: string; makesObject?: true; op?: string }>(list: T[], also?: (w: T) => boolean) =>
      guarded ? list.filter((w) => (w.makesObject && /^self\s*\./.test(w.subject)) || (counters && (unguardedCounter(w, cls) || !!also?.(w))) || guarded.has(/^(?:self\s*\.\s*)?\w+/.exec(w.subject)?.[0].replace(/\s+/g, '') ?? '')).map((w) => ({ ...w, why: w.why.replace('whose method runs in several threads', 'whose methods are meant for several threads') })) : list;
    // `self` is shared through the entries that reach this function on a shared instance only.
    const own = ownThreadOnly(all, reach.boundEntries);
    // `totals[k] += i` where every thread that runs this was handed its own `k`: each its own slot.
    const ownSlots = via.every((e) => e.key === key && e.distinctParams?.length) ? via.flatMap((e) => e.distinctParams!) : [];
    // (And the rows of a block each thread was handed: `for i in range(start, end)` with both ends its own.)
    if (ownSlots.length >= 2) for (const m of functionText(module, target.ref).matchAll(/\bfor\s+(\w+)\s+in\s+range\s*\(\s*(\w+)\s*,\s*(\w+)\s*(?:,[^()\n]*)?\)/g)) if (ownSlots.includes(m[2]) && ownSlots.includes(m[3])) ownSlots.push(m[1]);
    // (The slot the index picks, `totals[k]` or `grid[k][j]`; not `kat[grid[k][2]]`, an item the slot's value picks.)
    const ownSlot = (w: { subject: string }) => ownSlots.some((p) => new RegExp(`^[\\w.]+(?:\\[[^\\[\\]]*\\])*\\[\\s*${p}\\s*[,\\]]`).test(w.subject));
    // What the main program alone updates races the threads' updates, which are reported on their side (ownThreadSharing, calledWhileRunning).
    // (Likewise, in a passive object that only its users' threads call, a key or member tested and then
    // added to one of its own containers, two callers both adding, and an item of one read into locals
    // and stored back: one that runs a thread or a server of its own may lock for that thread alone, its
    // users calling from one thread.)
    const passive = guarded && cls && (passiveClasses.get(cls) ?? passiveClasses.set(cls, !cls.isThread && !/\b(?:Thread|Timer)\s*\(|\bserve_forever\b|\bThreading\w*(?:MixIn|Server)\b/.test(classNode(root, cls)?.text ?? 'Thread(')).get(cls)!);
    const writes = via.every((e) => e.mainProgram) ? [] : onGuarded(own.writes, (w) => !!passive && !!w.readBack && /^self\s*\.\s*\w+\s*\[/.test(w.subject)).filter((w) => !ownSlot(w));
    // (A test of the slot's own value only: a size or membership test is of the whole container.)
    const checks = onGuarded(own.checks.filter((c) => !(ownSlot(c) && !c.othersItem && /^(?:compared|equals|changed|none|cleared|value|spin)$/.test(c.kind))), (c) => !!passive && (c.kind === 'missing-key' || c.kind === 'missing-member') && /^self\s*\.\s*\w+(?:\[…\])?$/.test(c.subject));
    // A new lock around code that changes nothing shared is worth a word only where threads run it side by side.
    const alone = via.length === 1 && via[0].oneThread && (via[0].fromImporter || runsOnce(module, root, via[0].site.start) !== undefined || startingFunction(root, via[0].site.start) !== undefined);
    // Threads of this code each waited for as soon as they start (`t.start(); t.join()`): one at a time.
    // (Asked only of code with a mistake said where several threads run it: the scan is not cheap.)
    let oneByOne: boolean | undefined;
    const inTurn = () => (oneByOne ??= via.length > 0 && via.every((e) => e.key === key && /^threading\.(?:Thread|Timer) at line/.test(e.how) && joinedOnStart(root, e.site)));
    for (const m of mistakes) {
      if (m.severalOnly && (alone || inTurn())) continue;
      // (A missing lock is no mistake where every call that leads here holds one: `with lock: save(data)`.)
      if ((m.code === CODES.unlockedSharedWrite || m.code === CODES.checkThenAct) && !unlocked.has(key)) continue;
      const globals = m.passed?.map((p) => globalPassedByEveryCall(module, key, p.index));
      const passed = globals?.every(Boolean) ? globals.join('` and `') : undefined;
      // (Or every thread that runs it is started here and handed the same object for each: `args=(query, url)` in a loop over urls.)
      const handedAlike = m.passed && !passed && via.every((e) => e.key === key && (!e.oneThread || !!e.repeats) && m.passed!.every((p) => e.handed?.has(p.name))) ? m.passed.map((p) => p.name).join('` and `') : undefined;
      if (m.passed && !passed && !handedAlike) continue;
      const fix = m.fix ? { title: m.fix.title, edits: m.fix.edits.map((e) => ({ ...e, range: absoluteRange(e.range, statement.base) })) }
        : m.guard && guardFix(fixContext, m.guard.statements.map((r) => absoluteRange(r, statement.base)), globals?.[0] || m.guard.subject, { t: 'module' });
      const message = passed ? m.message.replace(/^(The \w+ `[^`]+`)/, `$1 (every call passes \`${passed}\`)`) : handedAlike ? m.message.replace(/^(The \w+ `[^`]+`)/, `$1 (every thread is handed the same \`${handedAlike}\`)`) : m.message;
      findings.push({ code: m.code, message, range: absoluteRange(m.range, statement.base), subject: m.subject, related: [], ...(fix && { fix }) });
    }
    for (let u of onGuarded(own.lockedUpdates)) {
      const k = stateKey(u, cls);
      // (A lock handed in as a parameter is the module lock every start hands it.)
      const handed = new Set<string>();
      const locks = u.locks.map((l) => {
        const h = lockHandedAs(module, root, via, target.ref.fn.params, l);
        if (h !== undefined) handed.add(h);
        return h ?? l;
      });
      if (handed.size > 0) u = { ...u, locks };
      // (A lock reached through a local or a parameter, `first.lock`, may be any object's: its identity is not known here.)
      const known = u.locks.every((l) => handed.has(l) || /^self\.\w+$/.test(l) || module.globals.get(l.split('.')[0]) !== undefined || module.classes.has(l.split('.')[0]));
      const update = { ...u, range: absoluteRange(u.range, statement.base), how: via[0].how, thread: alone ? via[0] : undefined, known };
      const list = lockedUpdates.get(k);
      if (list) list.push(update);
      else lockedUpdates.set(k, [update]);
    }
    if (!unlocked.has(key)) continue; // every call that leads here holds a lock
    if (!guarded) for (const w of fileObjectWrites(module, root, target.ref, shared, via)) fileWrites.set(w.file, [...(fileWrites.get(w.file) ?? []), { ...w, key, alone, via }]);
    if (writes.length === 0 && checks.length === 0) continue;
    found.push({ key, reach, ref: target.ref, cls, writes, checks, guarded });
    for (const w of writes) {
      const k = stateKey(w, cls);
      if (!writers.has(k)) writers.set(k, new Set());
      writers.get(k)!.add(key);
      if (!writerThreads.has(k)) writerThreads.set(k, new Set());
      writerThreads.get(k)!.add(threadOf(reach, key));
    }
  }
  /** The other thread functions that run on the one thread this one runs on (a listener's `on_press` beside its `on_release`), as ranges. */
  const byThread = new Map<string, Found[]>();
  for (const f of found) {
    const thread = threadOf(f.reach, f.key);
    if (thread !== f.key) byThread.set(thread, [...(byThread.get(thread) ?? []), f]);
  }
  const sameThread = (key: string, reach: Reached): Range0[] => (byThread.get(threadOf(reach, key)) ?? []).filter((f) => f.key !== key).map((f) => absoluteRange(f.ref.fn.range, f.ref.statement.base));
  for (const { key, reach, ref, cls, writes, checks, guarded } of found) {
    const { entries: via } = reach;
    const { statement } = ref;
    // One thread, started once, and no other thread code writing the same state: nothing to race with.
    // A result callback is one thread however often the site runs: alone unless other code writes the same
    // state once callbacks can run, that is from the first round of a loop around the site.
    const startedOnceAt = via.length === 1 && via[0].oneThread ? (via[0].fromImporter ? via[0].moduleLine : via[0].resultThread || via[0].mainProgram ? loopStart(root, via[0].site.start) : runsOnce(module, root, via[0].site.start)) : undefined;
    // `Thread(target=work).start(); work()`: the main thread runs it too, at the same time.
    const onceAt = startedOnceAt !== undefined && !calledWhileRunning(module, root, key, startedOnceAt) && !starterCallsWhileRunning(module, root, key, via[0]) ? startedOnceAt : undefined;
    const closureOnce = via.length === 1 && via[0].oneThread && key.includes('.') ? startingFunction(root, via[0].site.start) : undefined;
    const classLock = cls && [...cls.lockAttrs].find((a) => !cls.semaphoreAttrs.has(a));
    const name = key.replace(/#\d+$/, '');
    // Reached both with and without a lock held by a caller: name the way in that holds none.
    const mixed = lockedCalls.has(key) ? unlockedPathText(key, unlocked, lockedCalls.get(key)!) : undefined;
    const how = (mixed && unlocked.get(key)?.entry.how) ?? via[0].how;
    const pathRelated = (): Finding['related'] => (mixed ? [{ range: lineRange(lines, mixed.line), message: `${name}() is called here with no lock held` }] : []);
    // Its fix: hold at the unlocked call the module lock the other calls hold. A lock inside this
    // function instead could be one those callers already hold, and a Lock taken twice waits forever.
    const heldByCallers = new Set((lockedCalls.get(key) ?? []).map((c) => c.lock));
    const moduleLockHeld = (lockedCalls.get(key) ?? []).find((c) => c.global)?.lock;
    const callerFix = mixed && moduleLockHeld && completeStatement(lines.line(mixed.line)) ? guardFix({ ...fixContext, moduleLock: moduleLockHeld }, [lineRange(lines, mixed.line)], moduleLockHeld, { t: 'module' }) : undefined;
    if (callerFix) callerFix.title = `Hold \`${moduleLockHeld}\` around the call at line ${mixed!.line + 1} too, as the other calls of ${name}() do`;
    const ownFix = (fix: FixSuggestion | undefined): FixSuggestion | undefined => {
      if (!mixed) return fix;
      if (callerFix) return callerFix;
      return fix && !fix.edits.some((e) => [...heldByCallers].some((l) => e.newText.includes(`with ${l}:`))) ? fix : undefined;
    };
    // `with self.guard:` in a Thread subclass that makes its own guard: say why it does not count.
    const ownLock = cls?.isThread ? [...cls.lockAttrs].find((a) => new RegExp(`\\bself\\s*\\.\\s*${a}\\b`).test(functionText(module, ref)) && view.perThreadLock(`${cls.name}.${a}`)) : undefined;
    const ownLockNote = ownLock !== undefined ? ` (\`self.${ownLock}\` does not guard it: each ${cls!.name} makes its own in \`__init__\`, so holding it keeps no other thread out. Share one lock between the threads instead, made once and handed to each.)` : '';
    // Several unlocked updates of one state in one function read as one problem: the first is the
    // finding, the others its related locations, and its fix guards them all.
    const groups = new Map<string, SharedWrite[]>();
    for (let w of writes) {
      const fnRange = absoluteRange(ref.fn.range, statement.base);
      // A copy and a clear under one lock: a finding where other code adds items without that lock.
      if (w.readBack?.bothUnder !== undefined) {
        const add = addedWithout(root, cls, w.subject, w.readBack.bothUnder, fnRange, !!w.readBack.reset);
        if (add === undefined) continue;
        w = { ...w, readBack: { ...w.readBack, addLine: add.line, ...(add.lock !== undefined && { addLock: add.lock }) } };
      }
      // A container taken, then replaced under a lock before it is gone through: lost only to adds made without that lock.
      if (w.readBack?.replaceUnder !== undefined && addedWithout(root, cls, w.subject, w.readBack.replaceUnder, fnRange) === undefined) continue;
      if (onceAt !== undefined && writerThreads.get(stateKey(w, cls))?.size === 1 && !writtenElsewhere(module, root, w.subject, [fnRange, ...sameThread(key, reach)], onceAt, undefined, !!w.readBack?.swap, via[0].site.start)) continue;
      // Two threads, each started once, one of which waits for the other before it touches the global
      // (`x.join()` first thing in the second): one after the other, as long as nothing else writes it.
      // Two threads that take turns by two Events, each updating only between the other's signal and its own.
      if (takesTurnsByEvents(module, w.subject, [...(writers.get(stateKey(w, cls)) ?? [])], reached)) continue;
      // One thread's writes made before it signals, the other's after it waits for that signal.
      if (handedOverBySignal(module, w.subject, key, reached)) continue;
      const pair = onceAt !== undefined && !cls && /^\w+$/.test(w.subject) && writers.get(stateKey(w, cls))?.size === 2 ? [...writers.get(stateKey(w, cls))!].find((k) => k !== key) : undefined;
      const partner = pair !== undefined ? reached.get(pair) : undefined;
      const partnerRef = pair !== undefined ? module.functions.get(pair) : undefined;
      if (partner && partnerRef && partner.entries.length === 1 && partner.entries[0].oneThread && runsOnce(module, root, partner.entries[0].site.start) !== undefined) {
        const ordered = joinsBefore(module, root, ref, partner.entries[0], w.subject) || joinsBefore(module, root, partnerRef, via[0], w.subject);
        if (ordered && !writtenElsewhere(module, root, w.subject, [fnRange, absoluteRange(partnerRef.fn.range, partnerRef.statement.base)], onceAt!, undefined, !!w.readBack?.swap, via[0].site.start)) continue;
      }
      // `if name == "Player 1": p1 += move` where each of the function's threads is handed its own literal `name`: one writer.
      if (writers.get(stateKey(w, cls))?.size === 1 && oneThreadTakesBranch(root, via, ref, absoluteRange(w.range, statement.base)) && !writtenElsewhere(module, root, w.subject, fnRange, Math.min(...via.map((e) => e.site.start.line)))) continue;
      if (closureOnce && w.why.includes('enclosing function') && writers.get(stateKey(w, cls))?.size === 1 && !writtenElsewhere(module, root, w.subject, fnRange, closureOnce.line, closureOnce.owner)) continue;
      const group = groups.get(w.subject);
      if (group) group.push(w);
      else groups.set(w.subject, [w]);
    }
    for (const [subject, group] of groups) {
      const [w, ...others] = group;
      const at = (r: Range0) => absoluteRange(r, statement.base);
      const property = cls && !w.readBack && !w.otherLock ? lockedProperty(root, cls, /^self\.(\w+)$/.exec(subject)?.[1]) : undefined;
      const howHere = guarded && !guarded.has(/^(?:self\s*\.\s*)?\w+/.exec(w.subject)?.[0].replace(/\s+/g, '') ?? '') ? how.replace(/(the class takes [^:]*?) around this state,/, '$1 around other state of the object,') : how;
      let message = property ? propertyMessage(w, property, howHere) : writeMessage(w, statement.base, howHere);
      if (others.length > 0) message += ` This function also updates \`${subject}\` without a lock at line${others.length > 1 ? 's' : ''} ${others.map((o) => at(o.range).start.line + 1).join(', ')}.`;
      if (mixed) message += mixed.text;
      if (!PLAIN_SELF_ATTRIBUTE.test(subject)) message += ownLockNote;
      const finding: Finding = {
        code: CODES.unlockedSharedWrite,
        message,
        range: at(w.range),
        subject,
        related: [
          ...others.map((o) => ({ range: at(o.range), message: `\`${subject}\` is also updated here without a lock` })),
          ...pathRelated(),
          ...viaRelated(via, name),
        ],
      };
      // Wrapping a read that already holds a lock in `with` that lock again would deadlock.
      // In a Thread subclass's own thread, a lock made in its `__init__` would be each thread's own.
      const perThreadHome = !!cls?.isThread && !reach.bound && subject.startsWith('self.');
      // (A take-and-replace needs the lock where items are added too: a lock here alone would hide the finding, not the race.)
      // (A monitor's `with self:` is the lock its other methods take: one fix for each of them.)
      const monitor = !!cls && subject.startsWith('self.') && isMonitor(cls);
      const fixable = !property && !perThreadHome && (monitor || !updatedInOtherMethods(root, cls, subject, absoluteRange(ref.fn.range, statement.base))) && group.every((g) => !g.otherLock && !g.alsoChangedBy && (!g.readBack || (!g.readBack.readUnderLock && !g.readBack.writeUnderLock && g.readBack.through === undefined && !g.readBack.swap)));
      // (A global the code that starts the threads updates too while they run: its updates go under the new lock as well.)
      const starterStatements = subject.includes('.') ? [] : starterSide.filter((u) => u.name === subject && u.statement).map((u) => u.statement!);
      // (And the plain stores other thread code makes, `typed = ""` in a flush: left out, they would overwrite the guarded update.)
      const threadStores = fixable && /^[A-Za-z_]\w*$/.test(subject) && module.globals.has(subject) ? plainGlobalStores(module, root, reached, subject).filter((st) => st.fn !== key && !heldAt(st.node)).map((st) => rangeOf(st.node.parent!)) : [];
      const fix = ownFix(fixable ? guardFix(fixContext, [...group.map((g) => at(g.statement)), ...starterStatements, ...threadStores], subject, lockHome(module, subject, cls, classLock)) : undefined);
      if (fix) finding.fix = fix;
      findings.push(finding);
    }
    // (An object's own thread runs this code once per object, whatever the number of objects: its own
    // changes of `self` are not another thread's.)
    const severalHere = onceAt === undefined && !(via.length === 1 && !!via[0].sharedWith);
    for (const kept of checks) {
      let c = kept;
      // A loop over a dict or a set: a finding only where other thread code (or this code, on several
      // threads) adds or removes items while it runs; the line of that change is the "act".
      if (c.kind === 'iterate') {
        // (A container every object of a Thread subclass is handed, `Handler(conn, clients)`: this code's own changes of it come from the other threads.)
        const handedToAll = via.some((e) => !e.oneThread && !!e.handed?.has(c.subject.replace(/\s+/g, '')));
        const changed = changedMeanwhile(module, root, c.subject, absoluteRange(ref.fn.range, statement.base), severalHere || handedToAll, via.map((e) => e.site.start), false, kept.lock);
        // (The pickler goes through a list or a deque by index, with no size to check: other rules speak of their removals.)
        if (changed === undefined || ((changed.list || changed.deque) && kept.dumped !== undefined && kept.dumped !== 'json.dump')) continue;
        c = { ...kept, writeLine: changed.line - 1 - statement.base.line, ...(changed.list && { list: true }), ...(changed.deque && { deque: true }), ...(changed.lock !== undefined && { changeLock: changed.lock }) }; // (a copy: the summary is kept between analyses)
      }
      // A reference tested, then used: a finding only where other thread code clears it meanwhile.
      if (c.kind === 'cleared' || c.kind === 'present-read') {
        const cleared = changedMeanwhile(module, root, c.subject, absoluteRange(ref.fn.range, statement.base), severalHere, via.map((e) => e.site.start), c.kind === 'cleared' ? true : 'removes', undefined, via.every((e) => e.guardedBy));
        if (cleared === undefined) continue;
        c = { ...kept, writeLine: cleared.line - 1 - statement.base.line };
      }
      // An unlocked bound test before a locked update: said where threads in the file run it, not on a
      // lock alone (a module whose locks suggest threads may call it from one thread only).
      if (c.actLocked && via.every((e) => e.guardedBy)) continue;
      // A flag that two threads both set store the same value: nothing is lost when setting it is all the
      // `if` does (`if not self.shown: self.shown = True`), or when nothing ever clears it (a latch: `if
      // self.halt: break` … `self.halt = True`), unlike a busy flag cleared after the work it guards, or
      // work inside the `if` that both would do (`once`).
      if (c.storesTrue === 'alone' || (c.storesTrue === 'claims' && !storedOtherwise(module, root, c.subject))) continue;
      // One thread that lowers a flag others only raise (`if self.rescan: self.rescan = False`, then the work): a raise
      // between its test and its store asked for the work it is about to do; nothing is lost.
      if (c.lowers && !severalHere && !storedOtherwise(module, root, c.subject, absoluteRange(ref.fn.range, statement.base))) continue;
      // A size test of a list whose size nothing changes (its items only replaced, `players[i] = rect`) cannot go stale.
      if (c.kind === 'size' && fixedSizeList(module.text, c.subject, linesOf(module)[c.writeLine + statement.base.line] ?? '')) continue;
      // A thread that removes its own item (handed to it alone) cannot race another for it.
      if (c.ownItem !== undefined && via.every((e) => e.key === key && !!e.freshParams?.includes(c.ownItem!))) continue;
      // Nor can one that tests and sets the slot of a key it alone was handed (`if conn not in clients: clients[conn] = …`, a new `conn` from `accept()` for each thread).
      // (Or finds and removes it, `if pid in players: del players[pid]`, a number no other thread was handed.)
      const ownKey = c.kind === 'missing-key' || c.kind === 'present' ? /\[\s*(\w+)\s*\]$/.exec(c.subject)?.[1] : undefined;
      if (ownKey !== undefined && via.every((e) => e.key === key && (!!e.freshParams?.includes(ownKey) || (c.kind === 'present' && !!e.distinctParams?.includes(ownKey))))) continue;
      // Nor an attribute of that item (`if users[conn].password is None: users[conn].password = …`): the thread's own object.
      const ownItemKey = /^[\w.]+\[\s*(\w+)\s*\]\s*\.\s*\w+$/.exec(c.subject)?.[1];
      if (ownItemKey !== undefined && via.every((e) => e.key === key && !!e.freshParams?.includes(ownItemKey))) continue;
      // Nor can one whose key is an attribute of its own object, made new for each thread (`sessions[sid][self._id]` in a request handler).
      if ((c.kind === 'missing-key' || c.kind === 'present') && /\[\s*self\s*\.\s*\w+\s*\]$/.test(c.subject) && cls !== undefined && via.every((e) => !e.boundMethod)) continue;
      // One thread that takes items alone cannot find the last one gone, whoever adds them; nor can
      // code that waited first for the thread that took them (`worker.join()`, then the leftovers drained).
      // Nor can the one thread handed a queue its starter made for it alone (`kill_q = queue.Queue()` … `args=(kill_q,)` once).
      // Nor when it is handed to others too but this code is the module's only taker (producer threads put, one consumer gets).
      if ((c.kind === 'drain' || c.kind === 'queue') && via.length === 1 && via[0].oneThread && !via[0].repeats && (!!via[0].starterMadeParams?.includes(c.subject) || (c.kind === 'queue' && !!via[0].madeByStarter?.includes(c.subject) && onlyTaker(module, key)))) continue;
      // (A join in code that several threads run waits for some other thread: its siblings still take beside it.)
      const several = via.some((e) => !e.oneThread || !!e.repeats) || via.length > 1;
      // (Unless another thread class is handed the same object and takes from it too.)
      // (Or, for a module-level list, other thread code takes from it too: two smokers each popping the one table.)
      const takenBeside = () => (via.some((e) => e.handedAlsoTo) && removedElsewhere(module, root, c.subject, absoluteRange(ref.fn.range, statement.base))) || takenByOtherThreadCode(module, reached, key, c.subject);
      // (Or a method the object's users call takes from it beside the object's own thread: `return self.frames.get()`.)
      if ((c.kind === 'drain' || c.kind === 'queue') && ((onceAt !== undefined && !takenBeside() && !c.besideOwnThread?.length) || (!several && joinedBetween(module, absoluteRange(ref.fn.range, statement.base).start.line, absoluteRange(c.range, statement.base).start.line)))) continue;
      // Daemon threads the program never joins, once it has waited on the queue itself: one left waiting in get() holds nothing up.
      if (c.kind === 'queue' && c.waits && daemonsLeftWaiting(module, root, via, c.subject)) continue;
      // Nor can it find an item gone between its test and its removal when no other code removes any
      // (producers that only add cannot empty a list one consumer takes from).
      if ((c.kind === 'present' || c.kind === 'head' || (c.kind === 'size' && c.takes)) && onceAt !== undefined && !removedElsewhere(module, root, c.subject, absoluteRange(ref.fn.range, statement.base), c.heap)) continue;
      // Nor a Thread subclass's own `run()`, its object's one thread, taking from a list of its own object that other code only adds to.
      // (A list made for each object in `__init__`, not one of the class body that every object shares.)
      const ownRun = !!cls?.isThread && key === `${cls.name}.${cls.run}` && via.every((e) => /^the (?:threading\.Thread|QThread) subclass /.test(e.how)) && /^self\s*\.\s*\w+$/.test(c.subject) && madeInInit(module, cls, c.subject.replace(/^self\s*\.\s*/, ''));
      if ((c.kind === 'present' || c.kind === 'head' || c.kind === 'drain' || (c.kind === 'size' && c.takes)) && ownRun && !removedElsewhere(module, root, c.subject, absoluteRange(ref.fn.range, statement.base), c.heap)) continue;
      // The same for a drain loop on the one thread that runs it (an object's own manager thread), when
      // the others only put items back (`appendleft`) and nothing else takes.
      if (c.kind === 'drain' && !several && !removedElsewhere(module, root, c.subject, absoluteRange(ref.fn.range, statement.base))) continue;
      // (A clearing found above is that other write.)
      if (onceAt !== undefined && c.kind !== 'cleared' && !(c.kind === 'queue' && c.besideOwnThread?.length) && !writtenElsewhere(module, root, c.subject, [absoluteRange(ref.fn.range, statement.base), ...sameThread(key, reach)], onceAt, undefined, c.kind !== 'none' && c.kind !== 'hasattr', via[0].site.start)) continue;
      // A closure started once per call of the function around it: each call's variables are its own
      // thread's, unless that function changes them too once the thread runs (as for its writes).
      if (closureOnce && c.why.includes('enclosing function') && !writtenElsewhere(module, root, c.subject.replace(/\[…\]$/, ''), absoluteRange(ref.fn.range, statement.base), closureOnce.line, closureOnce.owner)) continue;
      const at = (r: Range0) => absoluteRange(r, statement.base);
      const statementRange = at(c.statement);
      const finding: Finding = {
        code: CODES.checkThenAct,
        message: checkMessage(c, statement.base, guarded && !guarded.has(/^(?:self\s*\.\s*)?\w+/.exec(c.subject)?.[0].replace(/\s+/g, '') ?? '') ? how.replace(/(the class takes [^:]*?) around this state,/, '$1 around other state of the object,') : how) + (mixed?.text ?? '') + (PLAIN_SELF_ATTRIBUTE.test(c.subject) ? '' : ownLockNote),
        range: at(c.range),
        subject: c.subject,
        related: [...pathRelated(), ...viaRelated(via, name)],
      };
      // A guard clause with the work before the add: wrapping it all would hold the lock during the
      // work, and moving the add changes what happens when the work fails: the message says how.
      // (Test and act each under their own `with` already: one lock over both is a change of structure, left to the reader.)
      const fix = c.workBetween || c.split !== undefined || (!!cls?.isThread && !reach.bound && c.subject.startsWith('self.'))
        ? undefined
        : c.setdefault !== undefined
          ? { title: `Replace the test and the ${c.kind === 'present' ? 'removal' : 'set'} with \`${c.setdefault.length > 60 ? `${c.setdefault.slice(0, 57)}…` : c.setdefault}\` (one step)`, edits: [{ range: statementRange, newText: c.setdefault }] }
          : guardFix(fixContext, [statementRange], c.subject, lockHome(module, c.subject, cls, classLock), 'test-and-set');
      if (fix && c.kind === 'missing-member') {
        // A set: the lock covers the test and the add; the work after the add runs outside it.
        const i = fix.edits.findIndex((e) => e.range.start.line === statementRange.start.line);
        const narrowed = c.addEnd !== undefined && i >= 0 ? claimEdit(lines, fix.edits[i], statementRange, at(c.range), statement.base.line + c.addEnd) : undefined;
        if (narrowed) fix.edits[i] = narrowed;
        fix.title = fix.title.replace('the test and the set', 'the test and the add') + (narrowed ? ' (the work after the add runs outside it)' : '');
      }
      if (fix && c.kind === 'present') fix.title = fix.title.replace('the test and the set', 'the test and the removal');
      const chosen = ownFix(
        c.kind === 'after-release' && c.readUse === 'relock'
          ? oneLockedStep(lines, statementRange, c.lock)
          : c.kind === 'after-release'
            ? returnInsideLock(lines, statementRange, at(c.range).start.line, c.lock)
            : c.kind === 'before-lock' && c.readStatement
              ? readInsideLock(lines, at(c.readStatement), statementRange, c.lock)
              : fix,
      );
      if (chosen) finding.fix = chosen;
      findings.push(finding);
    }
  }
  findings.push(...updatesUnderOtherLocks(lockedUpdates, lines, conditionLocks(module), (lock) => bornHeld(module, lock)));
  findings.push(...ownThreadLocksAlone(module, root));
  findings.push(...storesBesideLockedUpdates(module, root, lockedUpdates, findings));
  findings.push(...changedOutsideClassLock(module, root, reached, lines, fixContext, findings));
  findings.push(...globalStoresBesideLockedUpdates(module, root, reached, lockedUpdates, findings, (key) => (unlocked.has(key) ? [] : (lockedCalls.get(key) ?? []).map((c) => c.lock))));
  findings.push(...takenAndResetBesideOwnThread(module, root, entries, findings));
  findings.push(...attributesStoredApartReadTogether(module, root, entries, lines, findings));
  findings.push(...lockedHelperCalledUnlocked(module, root, entries, lines, findings));
  findings.push(...madeOnFirstUse(module, root, fixContext, findings));
  findings.push(...statusSetBeforeData(module, root, entries, lines, findings));
  findings.push(...requestClearedAfterWork(module, entries, lines));
  findings.push(...liveContainerReturned(module, root, entries, lines));
  findings.push(...globalTakenAndReset(module, root, entries, findings));
  findings.push(...positionUsedAfterShift(module, root, reached, findings));
  findings.push(...askedThenAddedUnderLock(module, root, reached, findings));
  findings.push(...perCallValueKeptOnSelf(module, root, reached, (key) => unlocked.has(key), findings));
  findings.push(...loopTestedOutsideLock(module, root, reached, findings));
  findings.push(...eventClearedByWaiters(module, root, reached, lines, findings));
  findings.push(...eventClearedAfterWork(module, root, reached, lines, findings));
  findings.push(...eventClearedBeforeWait(module, root, reached, lines, findings));
  findings.push(...signalBeforeStore(module, root, reached, lines, findings));
  findings.push(...mainLoopsOverChanged(module, reached));
  findings.push(...pairReadWhileThreadAppends(module, root, reached, lines));
  findings.push(...seekThenWriteOnSharedFile(module, root, reached, lines, findings));
  findings.push(...signalClearedOutsideLock(module, root, reached, findings));
  findings.push(...blockingTakeAfterEmptyTest(module, root, reached, lines, findings));
  findings.push(...starterUpdates(module, starterSide, fixContext));
  for (const [file, sites] of fileWrites) {
    // Several threads: one function run by several, or functions run by different ones.
    if (new Set(sites.map((s) => s.key)).size < 2 && sites.every((s) => s.alone)) continue;
    for (const site of sites) {
      if (site.locked) continue;
      const name = site.key.slice(site.key.lastIndexOf('.') + 1);
      const fix = guardFix(fixContext, [site.statement], file, { t: 'module' });
      const others = sites.filter((o) => o !== site).map((o) => ({ range: o.range, message: `${o.key.slice(o.key.lastIndexOf('.') + 1)}() writes to \`${file}\` here too${o.locked ? ' (holding a lock the write here does not take)' : ''}` }));
      findings.push({
        code: CODES.unlockedSharedWrite,
        message: `\`${file}\` is one file object, and code that runs in threads (${site.via[0].how}) writes to it here (\`${site.text}\`) with no lock. A text file object is not safe to share between threads: with the GIL, eight threads writing 2,000 lines each through one file, a write() per line, lost or garbled lines in every one of 10 runs on 3.9 and 3.11. The free-threaded 3.13t kept every line, but there too the lines of two writes (a text, then "\\n") end up mixed. Hold one lock around each write, or hand the lines to one writer thread through a queue.`,
        range: site.range,
        subject: file,
        related: [...others, ...viaRelated(site.via, name)].slice(0, 6),
        ...(fix && { fix }),
      });
    }
  }
  findings.push(...inlineLocksUnreached(module, reached, viewAt(Infinity), findings));
  findings.push(...startedBeforeSet(module, root, entries, lines));
  findings.push(...usedBeforeThreadSetsIt(module, root, entries, lines, findings));
  findings.push(...runFlagRaisedByThread(module, entries, lines));
  findings.push(...stopFlagSetBack(module, entries, lines));
  findings.push(...threadForgottenOnStop(module, lines, findings));
  findings.push(...loopThreadStartedPerEvent(module, root, entries, reached, lines, findings));
  findings.push(...containerRefilledPerEvent(module, root, entries, lines, findings));
  findings.push(...conditionWaitUntested(module, root, reached, lines));
  findings.push(...eventPulsed(module, root, lines, findings));
  findings.push(...drainEndsBeforeProducer(module, entries, lines, findings));
  findings.push(...takenBeforeFilled(module, entries, lines, findings));
  findings.push(...eventUsedAsLock(module, reached, lines, findings));
  if (root) findings.push(...startedOnFirstUse(module, root, reached, lockedClasses, fixContext, findings));
  if (root) findings.push(...testedUnderLockSetAfter(module, root, reached, lines, findings));
  findings.push(...locksTakenInOppositeOrders(module, root, reached, lines));
  findings.push(...semaphoreGivenBackUntaken(module, reached, lines, findings));
  findings.push(...releasedUnderRunningLoop(module, entries, lines));
  if (root) findings.push(...closedUnderItsThreads(module, root, entries, lines));
  findings.push(...handleClearedAfterFlagTest(module, entries, lines));
  findings.push(...usedAfterOwnThreadClears(module, entries, lines, findings));
  if (root) findings.push(...guardedPartsResetUnlocked(module, root, lockedClasses, fixContext, findings));
  findings.push(...readBeforeJoin(module, root, entries, lines, findings));
  findings.push(...resultReadBeforeJoin(module, root, lines, findings));
  findings.push(...readAfterTimedJoin(module, root, lines, findings));
  findings.push(...joinLoopJoinsOtherName(module, root, lines));
  findings.push(...readBeforeThreadMakesIt(module, root, entries, lines));
  findings.push(...flagReadRightAfterStart(module, entries, lines));
  findings.push(...timerReArmedWhileCancelled(module, root, lines), ...timerClearedWhileReplaced(module, root, lines));
  findings.push(...globalTimerReArmedWhileCancelled(module, root, lines, findings));
  findings.push(...takenWhileThreadsAdd(module, root, entries, lines));
  findings.push(...globalRebuiltWhileThreadsAdd(module, root, entries, lines));
  findings.push(...globalSetBesideLockedReset(module, root, reached, lines, findings));
  findings.push(...globalRequestClearedAfterWork(module, root, reached, lines, findings));
  findings.push(...storedAfterRelease(module, lines, findings));
  findings.push(...globalItemsWrittenOutsideItsLock(module, root, reached, lines, findings));
  findings.push(...loopVariablesReadLate(module, root, lines));
  findings.push(...globalScratchReadBack(module, root, reached, lines, findings));
  findings.push(...partsStoredApartReadTogether(module, root, reached, lines, findings));
  findings.push(...handedThroughAttribute(module, root, lines, findings));
  findings.push(...targetCalledAtOnce(module, root, lines));
  return findings;
}

/**
 * GIL001 for a value handed to a thread through an attribute of the object: a method that runs once per event or
 * per call (`emit()` of a logging handler, a button's command, a method called in a loop) stores `self.batch = …`
 * and then starts work on a method that reads `self.batch` later (`pool.submit(self._upload)`,
 * `Thread(target=self.download).start()`). The next call stores its own value in the same attribute before that
 * work has read it: the work gets the newer value, one value twice and another never.
 */
function handedThroughAttribute(module: Module, root: Node, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // (From the text first: a start on a method of `self`.)
  const START = /(?:\.\s*submit\s*\(\s*|\bThread\s*\([^()]*?\btarget\s*=\s*|\bTimer\s*\(\s*[^,()]+,\s*)self\s*\.\s*(\w+)\b(?!\s*\()/g;
  // (Only the methods with such a start in them are read.)
  const startLines = [...module.text.matchAll(START)].map((m) => lineOfIndex(module, m.index));
  if (startLines.length === 0) return out;
  for (const cls of module.classes.values()) {
    const handler = cls.bases.some((b) => /^logging\.(?:Handler|StreamHandler|FileHandler)$|^logging\.handlers\./.test(b));
    for (const [name, ref] of cls.methods) {
      if (name === '__init__' || ref.fn.isAsync) continue;
      const { start: defStart, end: defEnd } = absoluteRange(ref.fn.range, ref.statement.base);
      if (!startLines.some((line) => line > defStart.line && line <= defEnd.line)) continue;
      const text = functionText(module, ref);
      for (const start of text.matchAll(START)) {
        const target = cls.methods.get(start[1]);
        if (!target || start[1] === name) continue;
        const targetText = functionText(module, target);
        // What this method stores on `self` before the start (not under a lock), and the target reads but does not store.
        const before = text.slice(0, start.index);
        for (const store of before.matchAll(/^([ \t]*)self\s*\.\s*(\w+)\s*=(?!=)\s*(\S[^\n]*)$/gm)) {
          const attr = store[2];
          // (A value, not a constant, an empty container the work fills, nor an object it works with: `self.sock = socket.socket()`, `Thread(…)`.)
          const value = store[3].trim();
          if (cls.lockAttrs.has(attr) || CONSTANT_VALUE.test(value) || /^(?:set|list|dict|deque|defaultdict)\s*\(.*\)$/.test(value) || /^(?:[\w.]+\.)?(?:[A-Z]\w*|socket)\s*\(/.test(value)) continue;
          // (Read as a value, `post(self.batch)`; not used as an object, `self.batch.append(…)`, `self.batch[0]`.)
          const read = new RegExp(`\\bself\\s*\\.\\s*${attr}\\b(?!\\s*(?:=[^=]|\\.|\\[))`).exec(targetText);
          if (!read || new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=[^=]`).test(targetText)) continue;
          const storeLine = bodyLine(ref, text, store.index!);
          const startLine = bodyLine(ref, text, start.index!);
          const storeNode = root.descendantForPosition({ row: storeLine, column: store[1].length });
          if (!storeNode || heldAt(storeNode) || [...already, ...out].some((f) => f.range.start.line === storeLine)) continue;
          // Runs again while the last work may still read it: once per record (a logging handler's emit), or a loop
          // that stores and starts each round. (Not a set-up method run once per object or connection: `activate(cb)`.)
          let inLoop = false;
          for (let p: Node | null = root.descendantForPosition({ row: startLine, column: (linesOf(module)[startLine] ?? '').search(/\S/) }); p && p.type !== 'function_definition'; p = p.parent) {
            if ((p.type === 'for_statement' || p.type === 'while_statement') && p.startPosition.row < storeLine && storeLine <= p.endPosition.row) inLoop = true;
          }
          const again = (handler && /^(?:emit|flush|handle)$/.test(name)) || inLoop;
          if (!again || startsOneAtATime(module, root, { line: startLine, character: 0 })) continue;
          // (Waited for before the method returns: a join or a result after the start, or a `with` pool that shuts down.)
          if (/\.\s*(?:join|result|wait)\s*\(|\bas_completed\s*\(|\bwait\s*\(/.test(text.slice(start.index)) || /^[ \t]*with\b[^\n]*(?:Executor|Pool)\s*\(/m.test(before)) continue;
          const readLine = bodyLine(target, targetText, read.index);
          const how = handler && /^(?:emit|flush|handle)$/.test(name) ? 'runs once for every log record (from any thread that logs)' : 'goes on to its next round';
          out.push({
            code: CODES.unlockedSharedWrite,
            message: `\`self.${attr}\` hands this value to ${start[1]}(), which runs later on another thread (started at line ${startLine + 1}) and reads \`self.${attr}\` there (line ${readLine + 1}). ${name}() ${how}, and can store the next value in \`self.${attr}\` before that thread has read this one: the thread then gets the newer value, so one value is used twice and another never, with or without the GIL. Hand the value over as an argument instead (\`submit(self.${start[1]}, value)\`, \`Thread(target=self.${start[1]}, args=(value,))\`).`,
            range: { start: { line: storeLine, character: store[1].length }, end: { line: storeLine, character: store[1].length + `self.${attr}`.length } },
            subject: `self.${attr}`,
            related: [
              { range: lineRange(source, startLine), message: `${start[1]}() starts on another thread here` },
              { range: lineRange(source, readLine), message: `${start[1]}() reads \`self.${attr}\` here, later` },
            ],
          });
        }
      }
    }
  }
  return out;
}

/** A store under a string key at a line's start (`data["t"] = …`). */
const STORE_UNDER_STRING_KEY = /^[ \t]*(\w+)\s*\[\s*(['"])\w+\2\s*\]\s*=(?!=)/gm;

/**
 * GIL001 for values that belong together, stored one after another by thread code with no lock (`data["temperature"] = t`
 * then `data["humidity"] = h`, or globals `A = f(); B = g()`), while code on another thread reads them together
 * (`jsonify(data)`, or both in one function): it can run between the stores and see the new one with the old
 * other, a pair that never existed. Each store is whole; the group is not, with or without the GIL.
 */
function partsStoredApartReadTogether(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // (From the text first: two stores under string keys of one name, or a `global` statement. One pass over the
  // stores: a pattern that looked for the second store after each first one read the rest of the file each time.)
  const storedUnderKey = new Set<string>();
  let storedTwice = false;
  for (const m of statementMatches(module, STORE_UNDER_STRING_KEY)) {
    if (storedUnderKey.has(m[1])) {
      storedTwice = true;
      break;
    }
    storedUnderKey.add(m[1]);
  }
  // (`global h, t`, or `global h` then `global t`: two globals a function stores.)
  if (!storedTwice && !/^[ \t]+global\s+\w+\s*(?:,|(?:#[^\n]*)?\n[ \t]+global\s+\w)/m.test(module.text)) return out;
  // (Each function's text taken once: every group of stores looks through all the reached functions.)
  const texts = new Map<string, string>();
  const textOf = (k: string, ref: FunctionRef) => texts.get(k) ?? texts.set(k, functionText(module, ref)).get(k)!;
  for (const [key, r] of reached) {
    if (r.target.t !== 'function' || r.entries.every((e) => e.guardedBy)) continue;
    const ref = r.target.ref;
    const def = definitionOf(root, ref);
    if (!def) continue;
    const declared = new Set(ref.fn.globalsDeclared);
    // (A thread the module starts as it is imported and never joins runs beside every caller of its
    // functions: a module function that reads the parts, `def get_ht(): return (h, t)`, is such a reader.)
    // (Asked only when a group of stores is found, once per function.)
    let importerCallers: [string, Reached][] | undefined;
    const callers = (): [string, Reached][] =>
      (importerCallers ??= r.entries.every((e) => e.moduleLine !== undefined && !e.guardedBy && !e.fromImporter && !underMainGuard(root, e.site.start)) && !/\.\s*join\s*\(/.test(module.text)
        ? [...module.functions].filter(([k, f]) => !reached.has(k) && f.definition.parent === '' && !f.fn.isAsync).map(([k, f]): [string, Reached] => [k, { target: { t: 'function', ref: f }, entries: [{ key: k, boundMethod: false, site: absoluteRange(f.fn.range, f.statement.base), how: 'called by the module\'s users, beside the thread the module starts as it is imported', moduleLine: undefined, oneThread: true, repeats: false, mainProgram: true }], bound: false, boundEntries: [], shared: new Map() }])
        : []);
    for (const block of [def.childForFieldName('body'), ...def.descendantsOfType('block')]) {
      if (!block || enclosingDefinition(block)?.id !== def.id) continue;
      // The stores of this block, by what they are part of: `G` for `G['k'] = …` (a module global), '' for declared globals.
      const groups = new Map<string, { part: string; node: Node }[]>();
      for (const st of block.namedChildren) {
        // (An `if`/`else` that stores the same declared global in every branch, `if s: lat = -v` `else: lat = v`, stores it once.)
        const branchStore = st?.type === 'if_statement' ? globalStoredInEveryBranch(st, declared) : undefined;
        if (branchStore !== undefined && !heldAt(st!)) {
          const list = groups.get('') ?? [];
          if (!list.some((x) => x.part === branchStore)) list.push({ part: branchStore, node: st! });
          groups.set('', list);
          continue;
        }
        const a = st?.type === 'expression_statement' ? st.namedChildren[0] : undefined;
        const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
        const value = a?.childForFieldName('right');
        if (!st || !left || !value || CONSTANT_VALUE.test(value.text.trim()) || heldAt(st)) continue;
        let owner: string | undefined;
        let part: string | undefined;
        if (left.type === 'subscript') {
          const g = left.childForFieldName('value');
          const k = left.childForFieldName('subscript');
          if (g?.type === 'identifier' && k?.type === 'string' && module.globals.get(g.text)?.kind === 'value' && !ref.fn.locals.includes(g.text) && !ref.fn.params.includes(g.text)) [owner, part] = [g.text, k.text];
        } else if (left.type === 'identifier' && declared.has(left.text) && (module.globals.get(left.text)?.kind ?? 'value') === 'value') [owner, part] = ['', left.text];
        if (owner === undefined || part === undefined) continue;
        const list = groups.get(owner) ?? [];
        if (!list.some((x) => x.part === part)) list.push({ part, node: st });
        groups.set(owner, list);
      }
      for (const [owner, parts] of groups) {
        if (parts.length < 2) continue;
        const first = parts[0].node;
        if ([...already, ...out].some((f) => f.range.start.line === first.startPosition.row)) continue;
        // A reader on another thread: another function run in threads that reads the whole dict, or two of the parts.
        const whole = owner === '' ? null : new RegExp(`(?:\\b(?:jsonify|dumps|dict|copy|deepcopy|str|repr|print|render_template\\w*)\\s*\\([^()]*?|\\breturn\\s+)(?<![\\w.])${owner}\\s*[,)\\n]|(?<![\\w.])${owner}\\s*\\.\\s*(?:copy|items|values)\\s*\\(`);
        const partReads = parts.map((p) => ({ part: p.part, read: owner === '' ? new RegExp(`(?<![\\w.])${p.part}\\b(?!\\s*=[^=])`) : new RegExp(`(?<![\\w.])${owner}\\s*\\[\\s*${escapeRegExp(p.part)}\\s*\\]`) }));
        let readIndex = 0;
        const reader = [...reached, ...callers()].find(([otherKey, o]) => {
          if (otherKey === key || o.target.t !== 'function' || o.entries.every((e) => e.guardedBy) || o.entries.every((e) => r.entries.includes(e))) return false;
          const text = textOf(otherKey, o.target.ref);
          const wholeRead = whole?.exec(text);
          if (wholeRead) return (readIndex = wholeRead.index), true;
          const reads = partReads.filter((p) => p.read.test(text));
          // (A function that stores the parts too is another writer, not a reader: other rules speak of it.)
          if (reads.length < 2 || (owner === '' && parts.some((p) => new RegExp(`^[ \\t]*${p.part}\\s*(?:[-+*/%|&^]|//)?=(?!=)`, 'm').test(text)))) return false;
          readIndex = Math.max(0, text.search(new RegExp(`(?<![\\w.])${owner === '' ? reads[0].part : owner}\\b`)));
          return true;
        });
        if (!reader) continue;
        const readerRef = (reader[1].target as { t: 'function'; ref: FunctionRef }).ref;
        const readerDef = definitionOf(root, readerRef);
        // (Read under a lock: then the stores want that lock too, and another rule speaks of them.)
        if (!readerDef || /\bwith\s+[\w.]*(?:lock|mutex)\w*\s*:/i.test(readerDef.text)) continue;
        const names = parts.map((p) => (owner === '' ? `\`${p.part}\`` : `${owner}[${p.part}]`));
        const what = owner === '' ? `the globals ${listedWithAnd(names)}` : `\`${owner}\`'s ${listedWithAnd(parts.map((p) => p.part))}`;
        const readerName = readerRef.definition.key;
        const readLine = bodyLine(readerRef, textOf(reader[0], readerRef), readIndex);
        out.push({
          code: CODES.unlockedSharedWrite,
          message: `${what.charAt(0).toUpperCase()}${what.slice(1)} are stored here one after another by code that runs in threads (${ref.definition.key}(), ${r.entries[0].how}), with no lock, while ${readerName}() (${reader[1].entries[0].how}) reads them together at line ${readLine + 1}: it can run between these stores and get the new ${names[0]} with the old ${names[1]}, values that never went together. Each store is whole; the group is not, with or without the GIL. Hold one lock over the stores and over the read (taking a copy under it), or build the new values first and publish them in one assignment${owner === '' ? '' : ` (\`${owner}.update({...})\` is not one: replace the dict, \`${owner} = {...}\`, with \`global ${owner}\`)`}.`,
          range: rangeOf(first),
          subject: owner === '' ? parts.map((p) => p.part).join(', ') : owner,
          related: [
            ...parts.slice(1).map((p) => ({ range: rangeOf(p.node), message: `${owner === '' ? `\`${p.part}\`` : `${owner}[${p.part}]`} stored here, after` })),
            { range: lineRange(source, readLine), message: `${readerName}() reads them together here, on another thread` },
          ],
        });
      }
    }
  }
  return out;
}

/** The declared global that every branch of an `if` with an `else` stores (`if s: lat = -v` / `else: lat = v`), if one. */
function globalStoredInEveryBranch(ifNode: Node, declared: ReadonlySet<string>): string | undefined {
  const branches = [ifNode.childForFieldName('consequence'), ...ifNode.namedChildren.filter((c) => c?.type === 'elif_clause' || c?.type === 'else_clause').map((c) => c!.childForFieldName('consequence') ?? c!.childForFieldName('body'))];
  if (!ifNode.namedChildren.some((c) => c?.type === 'else_clause')) return undefined;
  const stored = branches.map((b) => new Set((b?.namedChildren ?? []).flatMap((st) => {
    const left = st?.type === 'expression_statement' && st.namedChildren[0]?.type === 'assignment' ? st.namedChildren[0].childForFieldName('left') : undefined;
    return left?.type === 'identifier' && declared.has(left.text) ? [left.text] : [];
  })));
  const [first, ...rest] = stored;
  return first ? [...first].find((g) => rest.every((s) => s.has(g))) : undefined;
}

/** `a`, `a and b`, `a, b and c`. */
function listedWithAnd(xs: readonly string[]): string {
  return xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? '');
}

/** A method whose name says it sets an object up before use (`configure`, `on_setup`, `initialize`). */
const SETS_UP = /^_*(?:on_)?(?:configure|config|setup|set_up|init|initiali[sz]e|prepare)(?:_|$)/i;

/**
 * GIL001 for attributes that belong together, stored one after another with no lock on one side of an
 * object's own thread (the thread's code, or a method the object's users call), while code on the other
 * side reads them together in one statement (`self.x = x; self.y = y` … `str(self.x) + "," + str(self.y)`,
 * `return {"playing": self.playing, "title": self.title}`): the read can fall between the stores and pair
 * the new value of one with the old value of the other.
 */
function attributesStoredApartReadTogether(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  /** The names the module uses after a dot (`obj.update_gps(…)`): a public method not among them is its importers'. */
  let named: Set<string> | undefined;
  for (const e of entries) {
    if (e.guardedBy || !e.oneThread) continue;
    const { cls, name: target } = classMethodOf(module, e.key);
    if (!cls || !cls.methods.has(target) || done.has(e.key)) continue;
    // (The object's own thread: a Thread subclass's run(), or a target on `self` the object starts itself.)
    const siteText = linesText(module, e.site.start.line, e.site.end.line + 1);
    if (!(cls.isThread && target === cls.run) && !new RegExp(String.raw`\bself\s*\.\s*${target}\b(?!\s*\()`).test(siteText)) continue;
    done.add(e.key);
    const own = ownThreadMethods(module, cls, target);
    // The users' side: the methods code outside the thread calls, and the public ones this module never calls (its importers').
    const starter = [...cls.methods].find(([, ref]) => ((r) => r.start.line <= e.site.start.line && e.site.start.line <= r.end.line)(absoluteRange(ref.fn.range, ref.statement.base)))?.[0];
    named ??= new Set([...module.text.matchAll(/\.\s*(\w+)/g)].map((m) => m[1]));
    const users = new Set([...(e.calledOutside ?? []), ...[...cls.methods.keys()].filter((m) => !m.startsWith('_') && !named!.has(m))]);
    // (A method the module calls only before it starts the object's thread, `j.identify()` then `j.start()`, sets the object up.)
    const beforeStart = (m: string) => {
      if (starter === undefined || starter === '__init__') return false;
      const calls = [...module.text.matchAll(new RegExp(String.raw`\b(\w+)\s*\.\s*${m}\s*\(`, 'g'))].filter((c) => c[1] !== 'self' && !/[\w.]/.test(module.text[c.index! - 1] ?? ''));
      return calls.length > 0 && calls.every((c) => new RegExp(String.raw`(?<![\w.])${c[1]}\s*\.\s*${starter}\s*\(`).test(module.text.slice(c.index!)));
    };
    // (Nor one whose name says it sets the object up, `on_configure()`: a framework calls it before the thread's start.)
    // (Asked of the one method a finding would name, below: the module's text is long.)
    for (const m of [...users]) if (own.has(m) || m === '__init__' || m === starter || m === cls.run || SETS_UP.test(m)) users.delete(m);
    if (users.size === 0) continue;
    // (Stores on the object's own thread read by its users, then the other way round.)
    const sides: [writers: ReadonlySet<string>, readers: ReadonlySet<string>, writerOnThread: boolean][] = [
      [own, users, true],
      [users, own, false],
    ];
    const defs = new Map<string, Node | undefined>();
    const defOf = (m: string) => (defs.has(m) ? defs.get(m) : defs.set(m, ((ref) => ref && definitionOf(root, ref))(cls.methods.get(m))).get(m));
    for (const [writers, readers, writerOnThread] of sides) {
      // (From the text first: a method that stores two attributes that the other side's methods both name.)
      const readersText = [...readers].map((m) => ((ref) => (ref ? functionText(module, ref) : ''))(cls.methods.get(m))).join('\n');
      for (const writer of writers) {
        const writerRef = cls.methods.get(writer);
        if (!writerRef || writer === '__init__') continue;
        const stored = new Set([...functionText(module, writerRef).matchAll(/^[ \t]*self\s*\.\s*(\w+)\s*=(?!=)/gm)].map((m) => m[1]));
        if ([...stored].filter((a) => new RegExp(String.raw`\bself\s*\.\s*${a}\b`).test(readersText)).length < 2) continue;
        const def = defOf(writer);
        if (!def) continue;
        for (const block of [def.childForFieldName('body'), ...def.descendantsOfType('block')]) {
          if (!block || enclosingDefinition(block)?.id !== def.id) continue;
          // The block's stores of plain attributes (not its locks), each attribute's first.
          const stores: { attr: string; node: Node; value: Node }[] = [];
          for (const st of block.namedChildren) {
            const a = st?.type === 'expression_statement' ? st.namedChildren[0] : undefined;
            const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
            const value = a?.childForFieldName('right');
            const m = left && /^self\s*\.\s*(\w+)$/.exec(left.text);
            if (!st || !m || !value || cls.lockAttrs.has(m[1]) || heldAt(st) || stores.some((s) => s.attr === m[1])) continue;
            stores.push({ attr: m[1], node: st, value });
          }
          if (stores.length < 2 || [...already, ...out].some((f) => f.range.start.line === stores[0].node.startPosition.row)) continue;
          // (After a join in the method, the thread is done.)
          const joined = (n: Node) => /\.\s*join\s*\(/.test(def.text.slice(0, n.startIndex - def.startIndex));
          // A statement on the other side that reads two of them, at least one stored a value that is not a constant.
          let found: { reader: string; statement: Node; parts: typeof stores; reads: Node[] } | undefined;
          for (const reader of readers) {
            const rdef = defOf(reader);
            if (!rdef || found) continue;
            const byStatement = new Map<number, { statement: Node; attrs: Set<string>; reads: Node[] }>();
            // (From the text first: most methods read fewer than two of the stores.)
            const readHere = stores.filter((s) => rdef.text.includes(s.attr) && new RegExp(String.raw`\bself\s*\.\s*${s.attr}\b`).test(rdef.text));
            for (const s of readHere.length >= 2 ? readHere : []) {
              for (const { node } of namesMatching(root, rdef.text, new RegExp(String.raw`\bself\s*\.\s*${s.attr}\b(?!\s*=[^=])`, 'g'), rdef.startIndex)) {
                let statement = node;
                while (statement.parent && statement.parent.type !== 'block' && statement.parent.type !== 'module') statement = statement.parent;
                if (heldAt(statement) || enclosingDefinition(node)?.id !== rdef.id || joined(statement)) continue;
                const seen = byStatement.get(statement.id) ?? { statement, attrs: new Set<string>(), reads: [] };
                seen.attrs.add(s.attr);
                seen.reads.push(node);
                byStatement.set(statement.id, seen);
              }
            }
            for (const { statement, attrs, reads } of byStatement.values()) {
              const parts = stores.filter((s) => attrs.has(s.attr));
              if (parts.length < 2 || parts.every((p) => CONSTANT_VALUE.test(p.value.text.trim())) || parts.some((p) => joined(p.node))) continue;
              found = { reader, statement, parts, reads };
              break;
            }
          }
          if (!found || beforeStart(writerOnThread ? found.reader : writer)) continue;
          const { reader, statement, parts, reads } = found;
          // With the GIL, CPython 3.10+ switches threads only at calls and loops: a call between the stores, or between the reads, lets the other side in.
          const first = parts[0].node;
          const last = parts[parts.length - 1].node;
          // (A call that ends after the first store and by the last, or after the first read and before the last.)
          const firstRead = Math.min(...reads.map((n) => n.endIndex));
          const lastRead = Math.max(...reads.map((n) => n.startIndex));
          const callBetween = def.descendantsOfType('call').some((c) => !!c && c.startIndex > first.endIndex && c.endIndex <= last.endIndex) || statement.descendantsOfType('call').some((c) => !!c && c.endIndex > firstRead && c.endIndex <= lastRead);
          const names = parts.map((p) => `\`self.${p.attr}\``);
          const listed = listedWithAnd(names);
          const readLine = statement.startPosition.row;
          const readerSide = writerOnThread ? `${reader}(), which code outside the thread calls,` : `the object's own thread (${reader}(), ${e.how})`;
          out.push({
            code: CODES.unlockedSharedWrite,
            message: `${listed} are stored here one after another by ${writerOnThread ? `${writer}() on the object's own thread (${e.how}),` : `${writer}(), which code outside the object's thread calls,`} with no lock, while ${readerSide} reads them together at line ${readLine + 1}: that read can fall between the stores and get the new ${names[0]} with the old ${names[1]}, values that never went together. ${callBetween ? 'A call between the stores or between the reads lets the other thread run there, with the GIL too.' : 'With the GIL, CPython 3.10 and later do not switch threads between plain stores or reads with no call between them, so this shows on a free-threaded build (and on 3.9); nothing in the code keeps it from happening.'} Hold one lock over the stores and over the read, or keep them in one attribute that holds them all (a tuple or a small object), stored in one assignment and read once into a local.`,
            range: rangeOf(first),
            subject: parts.map((p) => `self.${p.attr}`).join(', '),
            related: [
              ...parts.slice(1).map((p) => ({ range: rangeOf(p.node), message: `\`self.${p.attr}\` stored here, after` })),
              { range: lineRange(source, readLine), message: `${reader}() reads them together here, on the other thread` },
            ],
          });
        }
      }
    }
  }
  return out;
}

/**
 * GIL001 for a module global that code several threads run sets to this thread's own value and reads
 * back later (`global nick; nick = conn.recv(64)` … `names.append(nick)`, `index = find(conn)` …
 * `del clients[index]`): every thread keeps its value in the one name, so between the store and the read
 * another thread can put its own there, and this one goes on with the other's.
 */
function globalScratchReadBack(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/^[ \t]+global\s/m.test(module.text)) return out;
  const done = new Set<string>();
  for (const [, r] of reached) {
    if (r.target.t !== 'function' || r.target.ref.fn.globalsDeclared.length === 0 || !runBySeveral(r) || done.has(r.target.ref.definition.key)) continue;
    const ref = r.target.ref;
    done.add(ref.definition.key);
    // (From the text first: a name of its `global` statement stored at the body's own indent and named again after.)
    const text = functionText(module, ref);
    const declared: string[] = [];
    for (const m of text.matchAll(new RegExp(`^[ \\t]+(${ref.fn.globalsDeclared.join('|')})[ \\t]*=(?!=)`, 'gm'))) {
      const rest = text.slice(m.index + m[0].length);
      if (!declared.includes(m[1]) && new RegExp(`(?<![\\w.])${m[1]}\\b`).test(rest)) declared.push(m[1]);
    }
    if (declared.length === 0) continue;
    const def = definitionOf(root, ref);
    const body = def?.childForFieldName('body');
    if (!def || !body) continue;
    const params = new Set(ref.fn.params);
    for (const name of declared) {
      // The store: a statement of the body, or of a branch of it (`if request.method == 'POST':`), not in a loop
      // nor under a test of a global of the function (a lazy set-up, a flag); of a value this thread made: from its parameters
      // or a call, never a constant every thread would store alike, nor the name itself.
      const flags = new RegExp(`(?<![\\w.])(?:${ref.fn.globalsDeclared.join('|')})\\b`);
      const inBranch = (st: Node) => {
        for (let p = st.parent; p && p.id !== body.id; p = p.parent) {
          if (!/^(?:block|if_statement|elif_clause|else_clause|try_statement|with_statement)$/.test(p.type)) return false;
          // (Nor under a test of another global of the function, `if not connected:`: a flag's check-then-act, said as GIL004.)
          if ((p.type === 'if_statement' || p.type === 'elif_clause') && flags.test(p.childForFieldName('condition')?.text ?? '')) return false;
        }
        return true;
      };
      const store = [...body.namedChildren, ...body.descendantsOfType('expression_statement').filter((st) => st?.parent?.id !== body.id)].find((st) => {
        if (st && st.parent?.id !== body.id && !inBranch(st)) return false;
        const a = st?.type === 'expression_statement' ? st.namedChildren[0] : undefined;
        if (a?.type !== 'assignment' || a.childForFieldName('left')?.text !== name) return false;
        const value = a.childForFieldName('right');
        if (!value || new RegExp(`(?<![\\w.])${name}\\b`).test(value.text)) return false;
        return value.type === 'call' || value.descendantsOfType('identifier').some((id) => !!id && params.has(id.text));
      });
      if (!store) continue;
      // A read after it in the same function (not a store, not in a nested definition), outside any lock held over both.
      const after = [...namesMatching(root, module.text.slice(store.endIndex, def.endIndex), new RegExp(`(?<![\\w.])${name}\\b`, 'g'), store.endIndex)].map(({ node }) => node);
      const read = after.find((id) => {
        if (id.startIndex < store.endIndex || enclosingDefinition(id)?.id !== def.id) return false;
        const parent = id.parent;
        if (parent?.type === 'assignment' && parent.childForFieldName('left')?.id === id.id) return false;
        if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id) return false;
        if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === id.id) return false;
        // (Tested by a `while` that waits for another thread to change it: a signal between threads, as in a
        // hand-written lock's `turn`, not this thread's own value.)
        for (let p = parent; p && p.id !== def.id; p = p.parent) if (p.parent?.type === 'while_statement' && p.parent.childForFieldName('condition')?.id === p.id) return false;
        return true;
      });
      if (!read) continue;
      const storeLine = store.startPosition.row;
      // (One lock held over the store and the read, by `with` or by `acquire()`.)
      const heldOverStore = locksHeldAt(root, storeLine, store.startPosition.column);
      if (heldOverStore.length > 0 && locksHeldAt(root, read.startPosition.row, read.startPosition.column).some((h) => heldOverStore.includes(h))) continue;
      if ([...already, ...out].some((f) => f.range.start.line === storeLine || (f.subject === name && f.range.start.line === read.startPosition.row))) continue;
      const fnName = ref.definition.key;
      // (Several such globals in one function: one finding, the others its related places.)
      const first = out.find((f) => f.message.includes(`that runs ${fnName}() (`));
      if (first) {
        first.related.push({ range: rangeOf(store), message: `\`${name}\` too: stored here, read back at line ${read.startPosition.row + 1}` });
        continue;
      }
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`${name}\` is a module global, and every thread that runs ${fnName}() (${r.entries[0].how}) stores its own value in it here and reads it back at line ${read.startPosition.row + 1}: one name for all of them, so another thread running ${fnName}() can store its value in between, and this thread goes on with the other's. Which thread stores last is up to the scheduler, with or without the GIL. Keep the value in a local of ${fnName}() (take \`${name}\` out of its \`global\` statement), or hand it back by returning it.`,
        range: rangeOf(store.namedChildren[0]!.childForFieldName('left')!),
        subject: name,
        related: [{ range: lineRange(source, read.startPosition.row), message: `read back here, maybe after another thread stored its own` }],
      });
    }
  }
  return out;
}

/**
 * Where a thread tells its starter it is ready (`self._cond.notify_all()`, `self._ready.set()`) in its
 * code's text, when the class's `start()` waits for that after starting it: what the thread stores
 * before, it stores before `start()` returns (the event loop of a thread made to run one). -1 if not.
 */
function readySignal(module: Module, cls: ClassInfo, targetText: string): number {
  const start = cls.methods.get('start');
  return start && /\bstart\s*\([^)]*\)[\s\S]*\.\s*wait(?:_for)?\s*\(/.test(functionText(module, start)) ? targetText.search(/\.\s*(?:notify(?:_all)?|set)\s*\(/) : -1;
}

/**
 * GIL002 for `with threading.Lock():` in code no thread seen here reaches: a lock made in the `with`
 * protects nothing wherever its callers' threads come from (a library's double-checked singleton).
 */
function inlineLocksUnreached(module: Module, reached: ReadonlyMap<string, Reached>, view: ModuleView, already: readonly Finding[]): Finding[] {
  // (Or a local made and taken in the same call: `guard = threading.Lock()` … `guard.acquire()`.)
  const inline = /\bwith\s+(?:[\w.]+\s*\.\s*)?R?Lock\s*\(\s*\)|^[ \t]+(\w+)[ \t]*=[ \t]*(?:[\w.]+\s*\.\s*)?R?Lock\s*\(\s*\)[ \t]*(?:#.*)?\n(?:[^\n]*\n)*?[ \t]*(?:with[ \t]+\1[ \t]*:|\1\s*\.\s*acquire\s*\()/m;
  if (!inline.test(module.text)) return [];
  const out: Finding[] = [];
  for (const [key, ref] of module.functions) {
    if (reached.has(key) || key.includes('#') || !inline.test(functionText(module, ref))) continue;
    const dot = key.lastIndexOf('.');
    const cls = ref.definition.parentIsClass ? key.slice(0, dot) : undefined;
    for (const m of writesOf(module, view, ref, key, false, cls, []).mistakes) {
      const range = absoluteRange(m.range, ref.statement.base);
      if (m.code !== CODES.lockCreatedInline || [...already, ...out].some((f) => f.code === m.code && f.range.start.line === range.start.line)) continue;
      out.push({ code: m.code, message: m.message, range, subject: m.subject, related: [] });
    }
  }
  return out;
}

/** ownThreadMethods' answers, by class (of one module's build) and method: many checks ask the same. */
const ownThreadMethodsOf = new WeakMap<ClassInfo, Map<string, ReadonlySet<string>>>();

/** The methods an object's own thread runs: `run()` (or the thread's target method) and what it calls on `self`, transitively. */
function ownThreadMethods(module: Module, cls: ClassInfo, from = cls.run): ReadonlySet<string> {
  let byMethod = ownThreadMethodsOf.get(cls);
  if (!byMethod) ownThreadMethodsOf.set(cls, (byMethod = new Map()));
  let own = byMethod.get(from);
  if (!own) byMethod.set(from, (own = ownThreadMethodsUncached(module, cls, from)));
  return own;
}

function ownThreadMethodsUncached(module: Module, cls: ClassInfo, from: string): Set<string> {
  const own = new Set<string>();
  const walked = new Set<string>();
  let stored: Map<string, string[]> | undefined;
  // (`on`: a subclass whose override the thread runs instead, its other calls going to this class's methods.)
  const reach = (name: string, on?: ClassInfo) => {
    const ref = on?.methods.get(name) ?? cls.methods.get(name);
    // (A method kept in an attribute and called through it, `self.switch = self.switch_by_traffic` … `self.switch()`: each one kept there.)
    if (!ref) for (const kept of (stored ??= storedMethods(module, cls)).get(name) ?? []) reach(kept, on);
    const at = `${on && on.methods.has(name) ? on.name : cls.name}.${name}`;
    if (walked.has(at) || !ref) return;
    walked.add(at);
    // (Named by this class's methods only: callers look them up there.)
    if (cls.methods.has(name)) own.add(name);
    for (const m of functionText(module, ref).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)) reach(m[1], on);
  };
  reach(from);
  // (A base class's thread runs a subclass's override of its method: `Thread(target=self.poll)` with `poll()` written by each subclass.)
  const start = cls.methods.get(from);
  if (start && leftToSubclasses(module, start)) for (const key of overridesOf(module, `${cls.name}.${from}`)) reach(from, module.classes.get(key.slice(0, key.lastIndexOf('.'))));
  return own;
}

/** The class's methods that its code stores in an attribute of the object (`self.step = self.step_fast`), by attribute. */
const storedMethodsOf = new WeakMap<ClassInfo, Map<string, string[]>>();
function storedMethods(module: Module, cls: ClassInfo): Map<string, string[]> {
  const known = storedMethodsOf.get(cls);
  if (known) return known;
  const out = new Map<string, string[]>();
  storedMethodsOf.set(cls, out);
  for (const ref of cls.methods.values()) {
    // (Or one of two: `self.step = self.step_fast if fast else self.step_slow`.)
    for (const m of functionText(module, ref).matchAll(/\bself\s*\.\s*(\w+)\s*=\s*self\s*\.\s*(\w+)(?:\s+if\s[^\n]+?\selse\s+self\s*\.\s*(\w+))?[ \t]*(?:#.*)?$/gm)) {
      for (const method of [m[2], m[3]]) if (method !== undefined && cls.methods.has(method) && !cls.methods.has(m[1])) out.set(m[1], [...new Set([...(out.get(m[1]) ?? []), method])]);
    }
  }
  return out;
}

/** Is `.name` written anywhere but as `self.name` (a call on another object, a callable handed on)? */
function namedOtherThanOnSelf(text: string, name: string): boolean {
  const all = text.match(new RegExp(`\\.\\s*${name}\\b`, 'g'))?.length ?? 0;
  const onSelf = text.match(new RegExp(`\\bself\\s*\\.\\s*${name}\\b`, 'g'))?.length ?? 0;
  return all > onSelf;
}

/** Are both nodes inside one `with` of the function (the earlier one after that `with` begins)? */
function inOneWith(node: Node, earlier: Node, def: Node, locksOnly = false): boolean {
  let p: Node | null = node.parent;
  while (p && p.id !== def.id && !(p.type === 'with_statement' && p.startIndex <= earlier.startIndex && !(locksOnly && opensResourcesOnly(p)))) p = p.parent;
  return !!p && p.id !== def.id;
}

/** `with serial.Serial(port) as ser:`, `with open(path) as f:`: every item a resource made there and named, none a lock. */
function opensResourcesOnly(withStatement: Node): boolean {
  return withStatement.descendantsOfType('with_item').every((i) => opensResource(withItemValue(i)));
}

/** A `with` item that makes a resource there and names it (`open(path) as f`), not a lock. */
function opensResource(value: Node | null): boolean {
  return value?.type === 'as_pattern' && value.namedChildren[0]?.type === 'call' && !LOCKISH.test(value.namedChildren[0].text);
}

/** The `def` node of a function the module summaries know. */
function definitionOf(root: Node, ref: FunctionRef): Node | undefined {
  return definitionAround(root, absoluteRange(ref.fn.range, ref.statement.base).start);
}

/** The innermost `def` node around a position (the position itself may be its `def`). */
function definitionAround(root: Node, at: Position0): Node | undefined {
  let def: Node | null = root.descendantForPosition({ row: at.line, column: at.character });
  while (def && def.type !== 'function_definition') def = def.parent;
  return def ?? undefined;
}

/**
 * GIL006 for a status the object's own thread sets before the data it announces (`self.done = True`, then
 * `self.result = value`; `self.status = Status.DEAD`, then `self.tb = format_exc()`), where code outside
 * the thread tests that status and reads that data: it can find the status set and read the data before
 * the thread has stored it, the old value, on every interpreter.
 */
function statusSetBeforeData(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const e of entries) {
    const dot = e.key.lastIndexOf('.');
    const cls = module.classes.get(e.key.slice(0, dot));
    if (!cls || e.guardedBy || e.mainProgram || !cls.methods.has(e.key.slice(dot + 1)) || done.has(cls.name)) continue;
    done.add(cls.name);
    const own = ownThreadMethods(module, cls, e.key.slice(dot + 1));
    // What code outside the thread reads: the other methods of the class (not __init__), and the module's other code.
    const ranges = [...own].map((m) => cls.methods.get(m)!).map((r) => absoluteRange(r.fn.range, r.statement.base));
    const init = cls.methods.get('__init__');
    if (init) ranges.push(absoluteRange(init.fn.range, init.statement.base));
    const outside = (n: Node) => !ranges.some((r) => r.start.line <= n.startPosition.row && n.startPosition.row <= r.end.line);
    // (`x.done` in code: the attribute's name node, in a test (`if`, `while`, a comparison, a `return` of it) or read.)
    // (Not a method of the same name: `jobs.status()`.)
    // (One scan of the module for each name, however many stores ask about it.)
    const usesOf = new Map<string, Node[]>();
    const uses = (attr: string) => {
      let found = usesOf.get(attr);
      if (!found) usesOf.set(attr, (found = [...namesMatching(root, module.text, new RegExp(`(?<=\\.\\s*)${attr}\\b`, 'g'))].map(({ node }) => node).filter((n) => n.parent?.type === 'attribute' && n.parent.childForFieldName('attribute')?.id === n.id && n.parent.parent?.type !== 'call' && outside(n))));
      return found;
    };
    const TESTS = new Set(['comparison_operator', 'boolean_operator', 'not_operator']);
    const tested = (attr: string) => {
      const n = [...uses(attr), ...uses(`_${attr}`)].find((u) => {
        // (Or handed back as the answer of a method: `def done(self): return self._done`.)
        if (u.parent!.parent?.type === 'return_statement') return true;
        // (Or taken into a local that is tested: `stat = job.stat_code` … `if stat == DEAD:`.)
        const into = u.parent!.parent?.type === 'assignment' && u.parent!.parent.childForFieldName('right')?.id === u.parent!.id ? u.parent!.parent.childForFieldName('left') : undefined;
        const fnText = into?.type === 'identifier' ? enclosingDefinition(u)?.text : undefined;
        if (fnText && new RegExp(`\\b(?:if|elif|while)\\b[^\\n]*\\b${into!.text}\\b|\\b${into!.text}\\s*(?:==|!=|\\bis\\b|\\bin\\b)`).test(fnText)) return true;
        for (let p = u.parent; p && p.type !== 'function_definition' && p.type !== 'block'; p = p.parent) if (TESTS.has(p.type) || ((p.parent?.type === 'if_statement' || p.parent?.type === 'while_statement' || p.parent?.type === 'elif_clause') && p.parent.childForFieldName('condition')?.id === p.id)) return true;
        return false;
      });
      return n ? n.startPosition.row : -1;
    };
    const readAt = (attr: string) => {
      const n = uses(attr).find((u) => !(u.parent!.parent?.type === 'assignment' && u.parent!.parent.childForFieldName('left')?.id === u.parent!.id));
      return n ? n.startPosition.row : -1;
    };
    for (const name of own) {
      // (From the text first: a store of a status value, and another store of the object's after it.)
      const ownText = functionText(module, cls.methods.get(name)!);
      if (!STATUS_STORE.test(ownText)) continue;
      const def = definitionOf(root, cls.methods.get(name)!);
      if (!def) continue;
      // (Its body and the blocks in it, in the order they begin.)
      for (const block of def.descendantsOfType('block').sort((x, y) => (x?.startIndex ?? 0) - (y?.startIndex ?? 0))) {
        if (!block || enclosingDefinition(block)?.id !== def.id) continue;
        const statements = block.namedChildren.filter((n): n is Node => !!n);
        statements.forEach((st, i) => {
          const a = st.type === 'expression_statement' ? st.namedChildren[0] : undefined;
          const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
          const value = a?.childForFieldName('right');
          // (A status that says the work is under way announces no data: only one that says it is over.)
          if (left?.type !== 'attribute' || left.childForFieldName('object')?.text !== 'self' || !value || !isStatusValue(value.text.replace(/\s+/g, '')) || /run|start|busy|progress|active|working|pending|ready|wait/i.test(value.text.split('.').pop()!) || heldAt(st)) return;
          const status = left.childForFieldName('attribute')!.text;
          // (`self.running = True`, `self._is_playing = True`: under way, too.)
          if (value.text === 'True' && /run|play|busy|active|work|start|alive|progress|going|connect|open|listen|load/i.test(status)) return;
          const statusTest = tested(status);
          if (statusTest < 0 || already.some((f) => f.range.start.line === st.startPosition.row)) return;
          const earlier = out.find((f) => f.subject === `self.${status}`);
          // The data stored after it in the same block: a value this run made (not a constant, not a reset), read outside.
          for (const later of statements.slice(i + 1)) {
            const b = later.type === 'expression_statement' ? later.namedChildren[0] : undefined;
            const l2 = b?.type === 'assignment' ? b.childForFieldName('left') : undefined;
            const v2 = b?.childForFieldName('right');
            if (l2?.type !== 'attribute' || l2.childForFieldName('object')?.text !== 'self' || !v2) continue;
            const data = l2.childForFieldName('attribute')!.text;
            if (data === status || CONSTANT_VALUE.test(v2.text.replace(/\s+/g, '')) || cls.lockAttrs.has(data)) continue;
            const read = readAt(data);
            if (read < 0) continue;
            // The fix moves the status's line to just below the data's (a status on one line of its own, each store of it).
            const move = st.startPosition.row === st.endPosition.row && source.line(st.startPosition.row).replace(/\s*#.*$/, '').trim() === st.text
              ? [
                  { range: { start: { line: st.startPosition.row, character: 0 }, end: { line: st.startPosition.row + 1, character: 0 } }, newText: '' },
                  { range: { start: { line: later.endPosition.row + 1, character: 0 }, end: { line: later.endPosition.row + 1, character: 0 } }, newText: `${source.line(st.startPosition.row)}\n` },
                ]
              : undefined;
            // (One finding for each status; its other early stores are related places.)
            if (earlier) {
              earlier.related.push({ range: lineRange(source, st.startPosition.row), message: `set here too, before \`self.${data}\` (line ${later.startPosition.row + 1})` });
              if (earlier.fix && move) earlier.fix.edits.push(...move);
              else delete earlier.fix;
              return;
            }
            out.push({
              ...(move && { fix: { title: `Set \`self.${status}\` after \`self.${data}\``, edits: move } }),
              code: CODES.startedBeforeSet,
              message: `\`self.${status}\` is set here, on the object's own thread (${e.how}), before \`self.${data}\` is stored at line ${later.startPosition.row + 1}: code outside the thread that tests \`${status}\` (line ${statusTest + 1}) can find it set and read \`${data}\` (line ${read + 1}) before this thread has stored it, and get the old value. Which runs first is up to the scheduler, with or without the GIL. Store \`self.${data}\` first and set \`self.${status}\` last, or announce the result with a \`threading.Event\` set after it.`,
              range: rangeOf(left),
              subject: `self.${status}`,
              related: [
                { range: lineRange(source, later.startPosition.row), message: `\`self.${data}\` is stored only here, after` },
                { range: lineRange(source, statusTest), message: `\`${status}\` tested here, outside the thread` },
              ],
            });
            return;
          }
        });
      }
    }
  }
  return out;
}

/** A lock, a semaphore or a thread pool stored on first use: `_lock = threading.Lock()`, `pools[name] = ThreadPoolExecutor(1)`. */
const MADE_FOR_THREADS = /^[ \t]*([A-Za-z_][\w.]*(?:\[[^\]\n]+\])?)[ \t]*=[ \t]*[\w.]*(?:Lock|RLock|Condition|Semaphore|BoundedSemaphore|ThreadPoolExecutor)[ \t]*\(/gm;
/** Methods that run before an object is shared, or that rebuild it from a pickle. */
/**
 * Is the line at `index` (indented by `indent`) straight in the body of a method that runs before the
 * object is shared (`__init__`): the nearest line above it that is indented less is that `def`.
 */
function storedInSetUp(text: string, index: number, indent: number): boolean {
  for (let end = index - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const own = line.length - line.trimStart().length;
    if (line.trim() === '' || line.trimStart().startsWith('#') || own >= indent) continue;
    const def = /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/.exec(line);
    return !!def && BEFORE_SHARED.test(def[1]);
  }
  return false;
}

const BEFORE_SHARED = /^(?:__init__|__new__|__setstate__|__post_init__|__init_subclass__|setUp\w*|__enter__)$/;

/**
 * GIL004 for a lock or a thread pool made on first use (`if _lock is None: _lock = threading.Lock()`,
 * `if not hasattr(cls, "_lock"): cls._lock = RLock()`, `if name not in pools: pools[name] =
 * ThreadPoolExecutor(1)`) with no lock over the test and the store. Nothing needs to start a thread in
 * this module: a lock is made for threads, so the code that makes it is called from several, and two
 * that call it at once can both find none and each make one. Two locks keep nobody out; two pools break
 * "one worker" and one of them is never shut down.
 */
function madeOnFirstUse(module: Module, root: Node, fixContext: FixContext, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const m of statementMatches(module, MADE_FOR_THREADS)) {
    const target = m[1];
    // (Cheap tests on the text first, as most stores are at the top level or in `__init__`: the tree's are costly.)
    if (!/^[ \t]/.test(m[0]) || storedInSetUp(module.text, m.index!, m[0].length - m[0].trimStart().length)) continue;
    const store = root.descendantForIndex(m.index! + m[0].indexOf(target));
    let assignment: Node | null = store;
    while (assignment && assignment.type !== 'assignment') assignment = assignment.parent;
    const right = assignment?.childForFieldName('right');
    if (!assignment || assignment.parent?.type !== 'expression_statement' || assignment.childForFieldName('left')?.text !== target || !right) continue;
    const q = right.type === 'call' ? qualify(module.imports.aliases, dotted(right.childForFieldName('function'))) : undefined;
    const kind = constructorKind(module.imports.aliases, right);
    const lock = (kind === 'lock' || kind === 'semaphore-n' || kind === 'signal') && q?.startsWith('threading.');
    if (!lock && kind !== 'thread-executor') continue;
    const storer = enclosingDefinition(assignment);
    if (!storer || enclosing(storer, FUNCTION_TYPES)) continue;
    // The store in the body of an `if` that tests for it missing, or in a helper that such an `if` calls
    // (`if self._pool is None: self._init_pools()`), in a function other code calls.
    const body = assignment.parent.parent;
    const tests: Node[] = body?.type === 'block' && body.parent?.type === 'if_statement' && body.parent.childForFieldName('consequence')?.id === body.id ? [body.parent] : [];
    const helper = storer.childForFieldName('name')?.text;
    if (tests.length === 0 && helper !== undefined && !BEFORE_SHARED.test(helper)) {
      for (const c of module.text.matchAll(new RegExp(`\\bif\\b[^\\n]*:[ \\t]*(?:#[^\\n]*)?\\n[ \\t]*(?:(?:self|cls)\\s*\\.\\s*)?${helper}\\s*\\(\\s*\\)`, 'g'))) {
        const ifNode = root.descendantForIndex(c.index!)?.parent;
        if (ifNode?.type === 'if_statement' && ifNode.childForFieldName('consequence')?.namedChildren[0]?.text.replace(/\s+/g, '').endsWith(`${helper}()`)) tests.push(ifNode);
      }
    }
    for (const ifNode of tests) {
      const fn = enclosingDefinition(ifNode);
      const fnName = fn?.childForFieldName('name')?.text;
      if (!fn || fnName === undefined || BEFORE_SHARED.test(fnName) || enclosing(fn, FUNCTION_TYPES)) continue;
      const test = ifNode.childForFieldName('condition');
      if (!test || !testsMissing(test, target)) continue;
      // (A pool made on first use by a getter, which hands it to whoever asks; not one `start()` makes for itself.)
      if (!lock && !new RegExp(`^[ \\t]*return[ \\t]+${escapeRegExp(target)}[ \\t]*$`, 'm').test(fn.text)) continue;
      // Whose it is: a global the storing function declares, the object's or the class's attribute, or an item of such a dict.
      const base = target.replace(/\[.*$/, '');
      const owner = base.includes('.') ? base.split('.')[0] : undefined;
      const global = owner === undefined && (declaresGlobal(storer.text, base) || (target.includes('[') && module.globals.has(base)));
      const className = enclosing(fn, CLASS_TYPES)?.childForFieldName('name')?.text;
      if (!global && owner !== 'self' && owner !== 'cls' && (owner === undefined || owner !== className)) continue;
      // (Under a lock, or re-tested under one inside the `if` or the helper: double-checked, made once.)
      if (heldAt(ifNode) || heldAt(assignment)) continue;
      const line = ifNode.startPosition.row;
      if (already.some((f) => f.code === CODES.checkThenAct && f.range.start.line >= line && f.range.start.line <= ifNode.endPosition.row)) continue;
      const what = lock
        ? `a lock is made for threads, so ${fnName}() is called from several, and two that call it at once can both find none and each make its own: each then holds a different lock, so neither keeps the other out`
        : `two threads that call ${fnName}() at once can both find none and each make a pool: work meant for one pool runs on two, and the pool whose store is overwritten is never shut down`;
      const made = storer.id === fn.id ? 'stores a new' : `calls ${helper}(), which stores a new`;
      const fix = guardFix({ ...fixContext, moduleLock: undefined }, [rangeOf(ifNode)], 'init', { t: 'module' }, 'test-and-set');
      out.push({
        code: CODES.checkThenAct,
        message: `\`${target}\` is made here on first use: ${fnName}() tests that it is missing and then ${made} ${lock ? 'lock' : 'thread pool'}, with no lock over both. But ${what}. Make it once, before threads can ask for it (at import or in \`__init__\`), or hold a lock made at import over the test and the store.`,
        range: rangeOf(test),
        subject: target,
        related: [{ range: rangeOf(assignment), message: `the new ${lock ? 'lock' : 'thread pool'} is stored here` }],
        ...(fix && { fix }),
      });
    }
  }
  return out;
}

/** Does `test` pass when `target` is missing: `x is None`, `not x`, `not hasattr(o, "a")`, `k not in d` (also as one side of `or`)? */
function testsMissing(test: Node, target: string): boolean {
  const t = test.type === 'parenthesized_expression' ? test.namedChildren[0] : test;
  if (!t) return false;
  if (t.type === 'boolean_operator' && t.childForFieldName('operator')?.type === 'or') return [t.childForFieldName('left'), t.childForFieldName('right')].some((s) => !!s && testsMissing(s, target));
  const text = t.text.replace(/\s+/g, ' ');
  const item = /^(.+?)\[(.+)\]$/.exec(target);
  if (item) return text === `${item[2]} not in ${item[1]}` || text === `not ${item[1]}.get(${item[2]})` || text === `${item[1]}.get(${item[2]}) is None`;
  const dot = target.lastIndexOf('.');
  const [obj, attr] = dot > 0 ? [target.slice(0, dot), target.slice(dot + 1)] : [undefined, target];
  return (
    text === `${target} is None` ||
    text === `not ${target}` ||
    text === `${target} == None` ||
    (obj !== undefined && new RegExp(`^not hasattr\\(${escapeRegExp(obj)}, ?['"]${attr}['"]\\)$`).test(text)) ||
    (obj !== undefined && new RegExp(`^(?:not getattr\\(${escapeRegExp(obj)}, ?['"]${attr}['"], ?None\\)|getattr\\(${escapeRegExp(obj)}, ?['"]${attr}['"], ?None\\) is None)$`).test(text))
  );
}

/**
 * GIL001 for a helper method that changes the object's state, which the object's own thread calls only
 * holding one of the object's locks (`with self.lock: self._flush()`), and a method that code outside
 * that thread calls, calling it without the lock (`def close(self): self._flush()`): the lock keeps the
 * thread's calls apart from each other, not from this one, so the two can change the state at once.
 */
function lockedHelperCalledUnlocked(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // (A method started in several places is looked at once; two thread methods of one class each get a look.)
  const threadMethodsSeen = new Set<string>();
  for (const e of entries) {
    const dot = e.key.lastIndexOf('.');
    const cls = module.classes.get(e.key.slice(0, dot));
    // (The object's own thread: a Thread or Timer started on one of its methods, not the callers of a library class.)
    if (!cls || e.guardedBy || e.mainProgram || cls.lockAttrs.size === 0 || !cls.methods.has(e.key.slice(dot + 1)) || threadMethodsSeen.has(e.key)) continue;
    threadMethodsSeen.add(e.key);
    const own = ownThreadMethods(module, cls, e.key.slice(dot + 1));
    const locks = [...cls.lockAttrs].map((l) => `self.${l}`);
    // (From the text first: helpers that both the thread's methods and another method call on `self`.)
    const calledBy = (inOwn: boolean) => new Set([...cls.methods].filter(([m]) => own.has(m) === inOwn && m !== '__init__').flatMap(([, r]) => [...functionText(module, r).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].map((m) => m[1])));
    const fromOutside = calledBy(false);
    const candidates = [...calledBy(true)].filter((m) => fromOutside.has(m) && cls.methods.has(m));
    for (const helper of candidates) {
      const helperRef = cls.methods.get(helper)!;
      const helperText = functionText(module, helperRef);
      // (A helper that takes the lock itself, or changes nothing of the object's, is not this.)
      const changes = [...helperText.matchAll(SELF_CHANGES)].map((m) => m[1] ?? m[3]).filter((a): a is string => a !== undefined && !cls.lockAttrs.has(a));
      if (changes.length === 0 || locks.some((l) => helperText.includes(l)) || out.some((f) => f.subject === `self.${helper}`)) continue;
      const calls: { caller: string; node: Node; held: boolean }[] = [];
      for (const [caller, callerRef] of cls.methods) {
        if (caller === helper) continue;
        const def = definitionOf(root, callerRef);
        if (!def) continue;
        for (const { node } of namesMatching(root, def.text, new RegExp(`\\bself\\s*\\.\\s*${helper}\\s*\\(`, 'g'), def.startIndex)) {
          if (enclosingDefinition(node)?.id === def.id) calls.push({ caller, node, held: locks.some((l) => heldAt(node, l)) });
        }
      }
      // The thread's calls all hold the lock; one made outside the thread, from a method its users call, holds none.
      const threadCalls = calls.filter((c) => own.has(c.caller));
      const held = threadCalls.find((c) => c.held);
      if (!held || threadCalls.some((c) => !c.held)) continue;
      const bare = calls.find((c) => !c.held && !own.has(c.caller) && c.caller !== '__init__' && CALLED_FROM_OUTSIDE.test(c.caller) && !heldAt(c.node));
      if (!bare) continue;
      const line = bare.node.startPosition.row;
      // (After a join in that method, the thread has ended.)
      const callerStart = absoluteRange(cls.methods.get(bare.caller)!.fn.range, cls.methods.get(bare.caller)!.statement.base).start.line;
      if (joinedBetween(module, callerStart, line) || [...already, ...out].some((f) => f.range.start.line === line)) continue;
      const lock = locks.find((l) => heldAt(held.node, l))!;
      const attrs = [...new Set(changes)].map((a) => `\`self.${a}\``).join(', ');
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `${bare.caller}() calls ${helper}() here without \`${lock}\`, which the object's thread code (${e.how}) holds each time it calls ${helper}() (line ${held.node.startPosition.row + 1}). ${helper}() changes ${attrs}; the lock keeps the thread's calls apart from each other, not from this one, so code outside the thread can run ${helper}() while the thread is inside it, and one's changes overwrite or repeat the other's, on every interpreter. Take \`${lock}\` around this call too.`,
        range: rangeOf(bare.node.parent?.type === 'attribute' ? bare.node.parent.parent ?? bare.node : bare.node),
        subject: `self.${helper}`,
        related: [{ range: lineRange(source, held.node.startPosition.row), message: `the thread calls ${helper}() holding \`${lock}\` here` }],
      });
    }
  }
  return out;
}

/**
 * GIL001 for a method called from outside an object that takes an attribute and then resets it
 * (`if self.error: kind, err, tb = self.error` … `self.error = None`) with no lock, while the object's
 * own thread stores that attribute: a value the thread stores between the take and the reset is
 * wiped out without ever being seen (a worker's error that is never raised, a result never read).
 */
function takenAndResetBesideOwnThread(module: Module, root: Node, entries: readonly ThreadEntry[], already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // The objects' own threads, with the methods that code outside them calls: those ThreadEntry.sharedWith
  // names, and the public methods of a Thread subclass (its `run()` is its thread, the rest its callers').
  const owners: { cls: ClassInfo; target: FunctionRef; how: string; outside: Map<string, string[]> }[] = [];
  for (const e of entries) {
    const dot = e.key.lastIndexOf('.');
    const cls = module.classes.get(e.key.slice(0, dot));
    const target = cls?.methods.get(e.key.slice(dot + 1));
    if (!cls || !target) continue;
    if (e.sharedWith) owners.push({ cls, target, how: e.how, outside: e.sharedWith });
    else if (cls.isThread && e.key === `${cls.name}.${cls.run}`) {
      const outside = new Map<string, string[]>();
      const own = ownThreadMethods(module, cls);
      for (const [name, ref] of cls.methods) {
        if (name.startsWith('_') || name === cls.run || name === 'start') continue;
        // (A method only run() calls, `self.interpret(request)`, runs on the thread itself.)
        if (own.has(name) && !namedOtherThanOnSelf(module.text, name)) continue;
        for (const m of functionText(module, ref).matchAll(SELF_CHANGES)) {
          const attr = m[1] ?? m[3];
          if (attr !== undefined) outside.set(attr, [...new Set([...(outside.get(attr) ?? []), name])]);
        }
      }
      owners.push({ cls, target, how: e.how, outside });
    }
  }
  const ownByClass = new Map<ClassInfo, ReadonlySet<string>>();
  for (const { cls, target, how, outside } of owners) {
    out.push(...ownThreadTakesAndResets(module, root, cls, target, how, outside, [...already, ...out]));
    const e = { how, sharedWith: outside };
    // What the thread stores: in its target, and in the methods it calls on `self`.
    const threadRefs = [target, ...[...functionText(module, target).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].map((m) => cls.methods.get(m[1])).filter((r): r is FunctionRef => !!r)];
    const threadText = threadRefs.map((r) => functionText(module, r)).join('\n');
    const targetText = functionText(module, target);
    const ready = readySignal(module, cls, targetText);
    const storedBeforeReady = (attr: string) => ready >= 0 && [...targetText.matchAll(new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=[^=]`, 'g'))].every((m) => m.index! < ready) && !new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=[^=]`).test(threadText.slice(targetText.length));
    for (const [attr, methods] of e.sharedWith) {
      // (A thread that only ever stores the reset's own value, `self._win = None`, has nothing to lose.)
      // (Also as one target of several, `self.response, addr = sock.recvfrom(n)`.)
      const storesValue = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?:,[\\w\\s.,]*)?=(?!=)(?!\\s*None\\s*(?:#.*)?$)`, 'm');
      // Or a container the thread adds items to (`self.history.append(v)`), which the caller reads and empties.
      const addsItems = !storesValue.test(threadText) && new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?:\\.\\s*(?:append|appendleft|extend|insert|add)\\s*\\(|\\[[^\\]\\n]*\\]\\s*=(?!=))`).test(threadText);
      if (attr.includes('[') || (!addsItems && !storesValue.test(threadText)) || storedBeforeReady(attr)) continue;
      for (const name of methods) {
        if (name.endsWith(ON_OWN_THREAD)) continue;
        const ref = cls.methods.get(name);
        if (!ref) continue;
        const def = definitionOf(root, ref);
        if (!def) continue;
        const reset = addsItems
          ? new RegExp(`(?:\\bself\\s*\\.\\s*${attr}\\s*=\\s*(?:\\[\\]|\\{\\}|set\\(\\)|list\\(\\)|dict\\(\\))|\\bdel\\s+self\\s*\\.\\s*${attr}\\s*\\[\\s*:\\s*\\]|\\bself\\s*\\.\\s*${attr}\\s*\\.\\s*clear\\s*\\(\\s*\\))\\s*(?:#.*)?$`, 'gm')
          : new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=\\s*(?:None|0|0\\.0|\\[\\]|\\{\\}|set\\(\\)|''|"")\\s*(?:#.*)?$`, 'gm');
        for (const { node } of namesMatching(root, def.text, reset, def.startIndex)) {
          const line = node.startPosition.row;
          if (heldAt(node) || enclosingDefinition(node)?.id !== def.id || already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
          // The take: a read of it earlier in the method (a test, or its value taken), not a store.
          // (In code, not in a comment or a string.)
          const reads = [...namesMatching(root, def.text, new RegExp(`\\bself\\s*\\.\\s*${attr}\\b(?!\\s*=[^=])`, 'g'), def.startIndex)].filter((r) => r.node.startIndex < node.startIndex);
          const take = reads.pop();
          if (!take) continue;
          const takeLine = take.node.startPosition.row;
          // (`self.join()` between: the thread has ended, and stores nothing more.)
          if (joinedBetween(module, takeLine, line)) continue;
          // (Both inside one `with` of the method, whatever it holds (`with self.notify:`, a Condition a helper made): taken as held.)
          if (inOneWith(node, take.node, def)) continue;
          if ([...cls.lockAttrs].some((l) => heldAt(node, `self.${l}`))) continue;
          let statement = node.parent?.type === 'assignment' ? node.parent : node;
          if (addsItems) while (statement.parent && statement.parent.type !== 'block' && statement.parent.type !== 'module') statement = statement.parent;
          out.push({
            code: CODES.unlockedSharedWrite,
            message: addsItems
              ? `\`self.${attr}\` is added to by the object's own thread (${e.how}), and ${name}(), which code outside that thread calls, reads it at line ${takeLine + 1} and empties it here, with no lock over both: an item the thread adds in between is wiped out without ever being seen, on every interpreter. Hold one lock over the read and the emptying, and take it where the thread adds items too (or hand the items over through a queue.Queue).`
              : `\`self.${attr}\` is stored by the object's own thread (${e.how}), and ${name}(), which code outside that thread calls, reads it at line ${takeLine + 1} and resets it here, with no lock over both: a value the thread stores in between is wiped out by the reset without ever being seen. Hold one lock over the read and the reset, and take it where the thread stores the value too.`,
            range: rangeOf(statement),
            subject: `self.${attr}`,
            related: [{ range: { start: { line: takeLine, character: 0 }, end: { line: takeLine, character: 0 } }, message: `${name}() reads \`self.${attr}\` here` }],
          });
        }
        // Or an update from outside (`self.ttl = self.ttl - 1`, `self.ttl -= 1`) of what the thread stores
        // plainly (`self.ttl = 100`): a store that lands between the update's read and its write is lost.
        const plain = new RegExp(`^[ \\t]*self\\s*\\.\\s*${attr}\\s*=(?!=)(?![^\\n]*\\bself\\s*\\.\\s*${attr}\\b)(?!\\s*None\\s*(?:#.*)?$)`, 'm');
        let storeLine: number | undefined;
        // (Not a method the thread itself calls, `self.flush()` in run(): its update and the store are one thread's steps.)
        if (!addsItems && !(ownByClass.get(cls) ?? ownByClass.set(cls, ownThreadMethods(module, cls, target.definition.name)).get(cls)!).has(name)) {
          for (const ref of threadRefs) {
            const text = functionText(module, ref);
            const m = plain.exec(text);
            if (m) {
              storeLine = bodyLine(ref, text, m.index + m[0].length - m[0].trimStart().length);
              break;
            }
          }
        }
        // (A store the thread makes after taking the value, `n = self.ticks; self.ticks = 0`, is reported there, as one problem.)
        if (storeLine === undefined || [...already, ...out].some((f) => f.range.start.line === storeLine)) continue;
        const update = new RegExp(`(?<=^[ \\t]*)self\\s*\\.\\s*${attr}\\s*(?:(?:[-+*/%|&^@]|//|\\*\\*|<<|>>)=|=[^=\\n][^\\n]*\\bself\\s*\\.\\s*${attr}\\b)`, 'gm');
        for (const { node } of namesMatching(root, def.text, update, def.startIndex)) {
          let statement: Node | null = node;
          while (statement && statement.type !== 'assignment' && statement.type !== 'augmented_assignment') statement = statement.parent;
          const line = statement?.startPosition.row;
          if (!statement || line === undefined || heldAt(statement) || enclosingDefinition(statement)?.id !== def.id || [...cls.lockAttrs].some((l) => heldAt(statement!, `self.${l}`))) continue;
          if (already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
          out.push({
            code: CODES.unlockedSharedWrite,
            message: `\`self.${attr}\` is updated here by ${name}() (read, then written back), which code outside the object's own thread calls, while that thread (${e.how}) stores it plainly at line ${storeLine + 1}: a store that lands between this read and this write is lost, overwritten with a value made from the old one (a reset the thread makes is undone, and a countdown it keeps refilling runs out). Each step is whole; the update is not, with the GIL or without. Hold one lock over this update and over the thread's store.`,
            range: rangeOf(statement),
            subject: `self.${attr}`,
            related: [{ range: { start: { line: storeLine, character: 0 }, end: { line: storeLine, character: 0 } }, message: `the object's own thread stores \`self.${attr}\` here` }],
          });
        }
      }
    }
  }
  return out;
}

/**
 * The other way round: the object's own thread takes a count and sets it back to 0 (`rate =
 * self.since / dt` … `self.since = 0`) while methods that code outside the thread calls add to it
 * (`self.since += n`), with no lock over the take and the reset: what is added in between is wiped
 * out without ever being counted.
 */
function ownThreadTakesAndResets(module: Module, root: Node, cls: ClassInfo, target: FunctionRef, how: string, outside: ReadonlyMap<string, string[]>, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // (What it calls on `self`, also through a method it keeps in an attribute: `self.hop()` with `self.hop = self.hop_by_traffic`.)
  const called = [...functionText(module, target).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].flatMap((m) => (cls.methods.has(m[1]) ? [m[1]] : (storedMethods(module, cls).get(m[1]) ?? [])));
  const threadCode = [target, ...called.map((name) => cls.methods.get(name)).filter((r): r is FunctionRef => !!r && r !== target)];
  for (const [attr, methods] of outside) {
    if (attr.includes('[')) continue;
    const textOf = (name: string) => functionText(module, cls.methods.get(name)!);
    const adders = methods.filter((name) => !name.endsWith(ON_OWN_THREAD) && new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*[-+]=`).test(textOf(name)));
    // Or a one-value mailbox: callers store a value (`self.command = command`), the thread uses it and
    // empties the slot (`self.command = None`). (Not a flag: a store of True or False is a request, not a value.)
    const setters = adders.length > 0 ? [] : methods.filter((name) => !name.endsWith(ON_OWN_THREAD) && new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?::[^=\\n]*)?=(?!=)(?!\\s*(?:None|True|False|-?\\d[\\d.]*|''|""|b''|b"")\\s*(?:#.*)?$)`, 'm').test(textOf(name)));
    if (adders.length === 0 && setters.length === 0) continue;
    for (const ref of threadCode) {
      const def = definitionOf(root, ref);
      if (!def) continue;
      const reset = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=\\s*${adders.length > 0 ? '(?:0|0\\.0)' : `(?:None|''|""|b''|b"")`}\\s*(?:#.*)?$`, 'gm');
      for (const { node } of namesMatching(root, def.text, reset, def.startIndex)) {
        const line = node.startPosition.row;
        if (heldAt(node) || enclosingDefinition(node)?.id !== def.id || already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
        // The take: a read of it earlier in the function, not a store.
        const take = [...namesMatching(root, def.text, new RegExp(`\\bself\\s*\\.\\s*${attr}\\b(?!\\s*[-+]?=[^=])`, 'g'), def.startIndex)].filter((r) => r.node.startIndex < node.startIndex && enclosingDefinition(r.node)?.id === def.id).pop();
        if (!take) continue;
        // (Both inside one `with` of the function, whatever it holds: taken as held. For a mailbox, not a
        // resource the thread opens and names, `with serial.Serial(port) as ser:`, around its whole loop.)
        if (inOneWith(node, take.node, def, setters.length > 0)) continue;
        const takeLine = take.node.startPosition.row;
        const statement = node.parent?.type === 'assignment' ? node.parent : node;
        if (setters.length > 0) {
          // The value used, not only tested: the slot emptied before the work (`if self.job: self.job = None`) loses nothing.
          if (inTestOf(take.node)) continue;
          out.push({
            code: CODES.unlockedSharedWrite,
            message: `\`self.${attr}\` is a one-value mailbox: ${setters.map((m) => `${m}()`).join(' and ')}, which code outside the object's own thread calls, stores a value in it, and that thread (${how}) uses the value at line ${takeLine + 1} and empties the slot here, with no lock over both: a value stored in between is wiped out by this line without ever being used (a command that is never carried out). Take the value and empty the slot in one step under a lock that ${setters.map((m) => `${m}()`).join(' and ')} holds too (\`with self.lock: value, self.${attr} = self.${attr}, None\`), or hand the values over through a queue.Queue, which keeps every one.`,
            range: rangeOf(statement),
            subject: `self.${attr}`,
            related: [
              { range: { start: { line: takeLine, character: 0 }, end: { line: takeLine, character: 0 } }, message: `the thread uses \`self.${attr}\` here` },
            ],
          });
          continue;
        }
        const adder = adders[0];
        out.push({
          code: CODES.unlockedSharedWrite,
          message: `\`self.${attr}\` is added to by ${adder}(), which code outside the object's own thread calls, and that thread (${how}) reads it at line ${takeLine + 1} and sets it back to 0 here, with no lock over both, so the count goes wrong: what ${adder}() adds in between is wiped out by the reset without ever being counted, and an add that reads the count before the reset and writes it back after it brings back what was already taken, which is counted twice. Hold one lock over the read and the reset, and take it in ${adders.map((a) => `${a}()`).join(' and ')} too (or take the count and reset it in one step under that lock).`,
          range: rangeOf(statement),
          subject: `self.${attr}`,
          related: [
            { range: { start: { line: takeLine, character: 0 }, end: { line: takeLine, character: 0 } }, message: `the thread reads \`self.${attr}\` here` },
          ],
        });
      }
    }
  }
  return out;
}

/** Is the node part of the condition of an `if`, `elif` or `while` (a test of the value, not a use)? */
function inTestOf(node: Node): boolean {
  for (let p: Node | null = node; p?.parent; p = p.parent) {
    const parent: Node = p.parent;
    if (/^(?:if_statement|elif_clause|while_statement)$/.test(parent.type)) return parent.childForFieldName('condition')?.id === p.id;
    if (parent.type === 'block' || FUNCTION_TYPES.has(parent.type)) return false;
  }
  return false;
}

/**
 * GIL001 for a module global that a thread keeps storing (`gData = port.readline()` in its loop) and
 * that other code reads and then resets (`if "go" in gData: gData = ""`) with no lock over both: a
 * value the thread stores between the read and the reset is wiped out without ever being seen (a
 * command lost). All the resets of one function are one finding.
 */
function globalTakenAndReset(module: Module, root: Node, entries: readonly ThreadEntry[], already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const declared = (def: Node) => new Set([...def.text.matchAll(/^[ \t]*global\s+([\w \t,]+)/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim())));
  // The globals each thread function stores in a loop of its own.
  const stored = new Map<string, { thread: string; how: string }>();
  for (const e of entries) {
    const ref = e.key.includes('.') ? undefined : module.functions.get(e.key);
    // (Most thread functions declare no global, or store none at a line's start: told from their text,
    // kept with their summaries, before any tree walk.)
    const storesAtLineStart = ref && !e.guardedBy && !e.mainProgram && keptWithFunction(module, ref, globalsDeclaredAndStoredAtLineStart).some((name) => module.globals.get(name)?.kind === 'value');
    const def = storesAtLineStart ? definitionOf(root, ref) : undefined;
    if (!def || e.guardedBy || e.mainProgram) continue;
    for (const name of declared(def)) {
      if (module.globals.get(name)?.kind !== 'value' || stored.has(name)) continue;
      for (const { node } of namesMatching(root, def.text, new RegExp(`(?<=^[ \\t]*)${name}\\s*=(?!=)`, 'gm'), def.startIndex, undefined)) {
        let loop: Node | null = node.parent;
        while (loop && loop.id !== def.id && loop.type !== 'while_statement' && loop.type !== 'for_statement') loop = loop.parent;
        if (loop && loop.id !== def.id && !heldAt(node)) stored.set(name, { thread: e.key, how: e.how });
      }
    }
  }
  if (stored.size === 0) return out;
  for (const [fnName, ref] of module.functions) {
    if (![...stored.keys()].some((name) => new RegExp(`^[ \\t]*global\\s[^\\n]*\\b${name}\\b`, 'm').test(functionText(module, ref)))) continue;
    const def = definitionOf(root, ref);
    if (!def) continue;
    for (const name of declared(def)) {
      const by = stored.get(name);
      // (A function defined inside the thread's own, `asyncio.run(handler())`, runs on that thread.)
      if (!by || by.thread === fnName || fnName.startsWith(`${by.thread}.`)) continue;
      // (Turns: each side spins until the global says it is its turn, `while turn != 1: pass`, and only
      // then stores the other's. The other side stores nothing until then: there is nothing to lose.)
      const spins = new RegExp(`^[ \\t]*while[ \\t(]+${name}\\s*(?:!=|==)[^:\\n]*:[ \\t]*(?:#.*)?\\n[ \\t]*(?:\\.\\.\\.|pass|continue|(?:time\\.)?sleep\\([^)\\n]*\\))[ \\t]*(?:#.*)?$`, 'm');
      if (spins.test(def.text) && spins.test(functionText(module, module.functions.get(by.thread)!))) continue;
      const reset = new RegExp(`(?<=^[ \\t]*)${name}\\s*=\\s*(?:None|0|False|''|""|\\[\\]|\\{\\}|set\\(\\))\\s*(?:#.*)?$`, 'gm');
      const resets: { node: Node; take: Node }[] = [];
      for (const { node } of namesMatching(root, def.text, reset, def.startIndex)) {
        const line = node.startPosition.row;
        if (heldAt(node) || enclosingDefinition(node)?.id !== def.id || already.some((f) => f.range.start.line === line)) continue;
        // The take: the last read of it before the reset, in a test or a use (not a store).
        const reads = [...namesMatching(root, def.text, new RegExp(`(?<![\\w.])${name}\\b(?!\\s*=[^=])`, 'g'), def.startIndex)].filter((r) => r.node.startIndex < node.startIndex && r.node.parent?.type !== 'global_statement');
        const take = reads.pop();
        // (After a join in this function, the thread may have ended: its last value is not overwritten.)
        if (!take || joinedBetween(module, def.startPosition.row, line)) continue;
        resets.push({ node, take: take.node });
      }
      if (resets.length === 0) continue;
      const [first, ...others] = resets;
      const statement = first.node.parent?.type === 'assignment' ? first.node.parent : first.node;
      const takeLine = first.take.startPosition.row;
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`${name}\` is a module global that a thread keeps storing (${by.how}, in ${by.thread}()), and ${fnName}() reads it at line ${takeLine + 1} and resets it here, with no lock over both: a value the thread stores in between is wiped out by the reset without ever being seen. Hold one lock over the read and the reset, and take it where the thread stores the value too (or hand the values over through a queue.Queue).`,
        range: rangeOf(statement),
        subject: name,
        related: [{ range: { start: { line: takeLine, character: 0 }, end: { line: takeLine, character: 0 } }, message: `${fnName}() reads \`${name}\` here` }, ...others.map((o) => ({ range: rangeOf(o.node), message: `\`${name}\` is reset here too` }))],
      });
    }
  }
  return out;
}

/**
 * GIL004 for a position found in a module-level list and used later (`i = clients.index(c)` …
 * `names[i]`) in thread code, with no lock over both, while thread code removes items from those lists:
 * another thread's removal in between shifts the items after it, and the position then points at
 * another item, or past the end. (Lists kept in step by position, as chat servers keep sockets and
 * names, are where this is met.)
 */
function positionUsedAfterShift(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*index\s*\(/.test(module.text)) return out;
  const moduleList = (name: string, fn: FunctionSummary) => module.globals.get(name)?.kind === 'value' && !fn.locals.includes(name) && !fn.params.includes(name);
  const removes = (name: string) => new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*(?:remove|pop)\\s*\\(|\\bdel\\s+${name}\\s*\\[`);
  const threadCode = [...reached].flatMap(([key, r]) => (r.target.t === 'function' ? [{ key, text: functionText(module, r.target.ref), fn: r.target.ref.fn }] : []));
  for (const [key, r] of reached) {
    if (r.target.t !== 'function' || r.entries.every((e) => e.guardedBy || e.mainProgram)) continue;
    const ref = r.target.ref;
    if (!/\.\s*index\s*\(/.test(functionText(module, ref))) continue;
    const def = definitionOf(root, ref);
    if (!def) continue;
    // Removals by other threads: any thread code's, this function's own too when it runs on several threads.
    const several = r.entries.some((e) => !e.oneThread || !!e.repeats);
    const removedFrom = (name: string) => threadCode.find((t) => (several || t.key !== key) && !t.fn.locals.includes(name) && !t.fn.params.includes(name) && removes(name).test(t.text));
    // Each position found and then used: one finding for the function, the others beside it.
    const pairs: { position: string; list: string; other: string; remover: { key: string; text: string }; found: Node; use: Node }[] = [];
    for (const { m, node } of namesMatching(root, def.text, /(?<![\w.])([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*\.\s*index\s*\(/g, def.startIndex)) {
      const [, position, list] = m;
      if (!moduleList(list, ref.fn) || heldAt(node) || enclosingDefinition(node)?.id !== def.id) continue;
      // (`names[i]`, or `names.pop(i)`: a removal at the position is a use of it too.)
      for (const use of namesMatching(root, def.text, new RegExp(`(?<![\\w.])([A-Za-z_]\\w*)\\s*(?:\\[\\s*${position}\\s*\\]|\\.\\s*pop\\s*\\(\\s*${position}\\s*\\))`, 'g'), def.startIndex)) {
        const other = use.m[1];
        if (use.node.startIndex <= node.startIndex || !moduleList(other, ref.fn) || heldAt(use.node) || enclosingDefinition(use.node)?.id !== def.id) continue;
        const remover = removedFrom(list) ?? removedFrom(other);
        if (!remover || already.some((f) => f.range.start.line === use.node.startPosition.row)) continue;
        pairs.push({ position, list, other, remover, found: node, use: use.node.parent?.type === 'subscript' ? use.node.parent : use.node });
        break;
      }
    }
    if (pairs.length === 0) continue;
    const [{ position, list, other, remover, found, use }, ...more] = pairs;
    out.push({
      code: CODES.checkThenAct,
      message: `\`${position}\` is the position of an item in \`${list}\`, found at line ${found.startPosition.row + 1}, and code that runs in threads (${r.entries[0].how}) uses it here on \`${other}\` with no lock over both, while thread code removes items from ${removes(list).test(remover.text) ? `\`${list}\`` : `\`${other}\``} (in ${remover.key}()): a removal another thread makes in between shifts the items after it, and the position then points at another item (the wrong one is read, changed or removed) or past the end (IndexError). Keep what belongs together in one place (a dict keyed by the item), or hold one lock from the \`index()\` to the last use of the position, and take it where items are added and removed.${more.length > 0 ? ` ${key}() does the same in ${more.length} more place${more.length > 1 ? 's' : ''}.` : ''}`,
      range: rangeOf(use),
      subject: `${other}[…]`,
      related: [{ range: rangeOf(found), message: 'the position is found here' }, ...more.map((p) => ({ range: rangeOf(p.use), message: `a position found at line ${p.found.startPosition.row + 1} is used here` }))],
    });
  }
  return out;
}

/** A method that asks whether something is there: `has(k)`, `exists(k)`, `does_person_exist(k)`, `contains_key(k)`. */
const ASKS_THERE = /^(?:has|contains|exists|is_known|knows)(?:_\w+)?$|^(?:\w+_)?exists?$|^does_\w*exists?$|^(?:\w+_)?(?:is_)?(?:known|present|registered|cached|seen|in_\w+)$/;
/** A method that puts something in: `add(x)`, `add_person(x)`, `insert(x)`, `register(x)`, `put_item(x)`. */
const PUTS_IN = /^(?:add|insert|register|put|store|save|append|create|record|cache)(?:_\w+)?$/;

/**
 * GIL004 for a test made through a method of an object with no lock (`if not tree.has(k):`) and the
 * add it guards made through the same object under a lock (`with lock: tree.add(item)`), in code
 * several threads run with that object: the lock around the add says the object is shared, but two
 * threads can both find the item missing and both add it.
 */
/** A function (not a lambda) that several threads run, outside any lock its callers hold: a thread started in a loop, a pool's workers. */
function runBySeveral(r: Reached): r is Reached & { target: { t: 'function' } } {
  return r.target.t === 'function' && !r.entries.every((e) => e.guardedBy || e.mainProgram) && r.entries.some((e) => !e.oneThread || !!e.repeats);
}

function askedThenAddedUnderLock(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\bif\s+not\s+[\w.]+\s*\.\s*\w+\s*\(/.test(module.text)) return out;
  const lockNamed = (name: string) => LOCKISH.test(name) || new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*(?::\\s*(?:threading\\s*\\.\\s*)?R?Lock\\b|=\\s*(?:threading\\s*\\.\\s*)?R?Lock\\s*\\()`).test(module.text);
  for (const [, r] of reached) {
    if (!runBySeveral(r)) continue;
    const ref = r.target.ref;
    if (!/\bif\s+not\s+[\w.]+\s*\.\s*\w+\s*\(/.test(functionText(module, ref))) continue;
    const def = definitionOf(root, ref);
    if (!def) continue;
    for (const ifNode of def.descendantsOfType('if_statement')) {
      if (!ifNode || enclosingDefinition(ifNode)?.id !== def.id || heldAt(ifNode)) continue;
      const test = ifNode.childForFieldName('condition');
      const asked = test?.type === 'not_operator' ? test.childForFieldName('argument') : undefined;
      const f = asked?.type === 'call' ? asked.childForFieldName('function') : undefined;
      const receiver = f?.type === 'attribute' ? f.childForFieldName('object') : undefined;
      const method = f?.childForFieldName('attribute')?.text;
      if (!receiver || receiver.type !== 'identifier' || method === undefined || !ASKS_THERE.test(method)) continue;
      // One object for every thread: a parameter every start hands the same object, or a module global.
      if (ref.fn.params.includes(receiver.text) ? !r.shared.has(receiver.text) : ref.fn.locals.includes(receiver.text) || module.globals.get(receiver.text)?.kind !== 'value') continue;
      const body = ifNode.childForFieldName('consequence');
      const add = body?.descendantsOfType('call').find((c) => {
        const g = c?.childForFieldName('function');
        if (g?.type !== 'attribute' || g.childForFieldName('object')?.text !== receiver.text || !PUTS_IN.test(g.childForFieldName('attribute')?.text ?? '')) return false;
        for (let p = c!.parent; p && p.id !== ifNode.id; p = p.parent) {
          if (p.type !== 'with_statement') continue;
          const held = p.descendantsOfType('with_item').map((i) => withItemValue(i)?.text.replace(/\s+/g, '') ?? '');
          if (held.some((h) => /^[\w.]+$/.test(h) && lockNamed(h))) return true;
        }
        return false;
      });
      if (!add || already.some((x) => x.range.start.line === ifNode.startPosition.row)) continue;
      let lockStatement: Node | null = add.parent;
      while (lockStatement && lockStatement.type !== 'with_statement') lockStatement = lockStatement.parent;
      const lock = lockStatement?.descendantsOfType('with_item').map((i) => withItemValue(i)?.text.replace(/\s+/g, '') ?? '').find((h) => lockNamed(h)) ?? 'the lock';
      const addLine = add.startPosition.row;
      out.push({
        code: CODES.checkThenAct,
        message: `\`${asked!.text}\` is tested here with no lock, and what it guards is added at line ${addLine + 1} under \`${lock}\`, in code that runs in threads (${r.entries[0].how}) with the same \`${receiver.text}\`: two threads can both find it missing, both do the work in between, and both add it (a duplicate, or an error the second add raises). The lock around the add keeps the adds apart, not the test: take \`${lock}\` before the test and test again under it, or ask and add in one locked step.`,
        range: rangeOf(asked!),
        subject: `${receiver.text}.${method}(…)`,
        related: [{ range: rangeOf(add), message: `added here, under \`${lock}\`` }],
      });
    }
  }
  return out;
}

/**
 * GIL001 for a value of one call kept on the object that several threads call the method on: stored on
 * `self` (`self.m = m`, from a parameter or a local) and read back further down the method, with no lock
 * from the store to the read. Another thread's call can store its own in between, and this call goes on
 * with that one.
 */
function perCallValueKeptOnSelf(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, reachedUnlocked: (key: string) => boolean, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const [key, r] of reached) {
    // (Called only with a lock held, `with self._read_lock: return self._peek_unlocked(n)`: one call at a time.)
    if (!reachedUnlocked(key)) continue;
    // Several threads on one object: a start that repeats, or two (`t1 = Thread(target=obj.book)`, `t2 = …`).
    // (Not an object's own thread beside its users' calls: each object of a Thread subclass has its own.)
    const sharedBy = r.boundEntries.filter((e) => !e.guardedBy && !e.mainProgram && !e.sharedWith);
    if (!r.bound || r.target.t !== 'function' || !r.target.ref.definition.parentIsClass || !(sharedBy.some((e) => !e.oneThread || !!e.repeats) || sharedBy.length >= 2)) continue;
    const ref = r.target.ref;
    const own = ref.fn.params.filter((p) => p !== 'self' && p !== 'cls').concat(ref.fn.locals);
    const text = functionText(module, ref);
    // (Or this thread's own id or name, `get_ident()`, `current_thread().name`: a value each thread has its own of.)
    const perThread = PER_THREAD_VALUE.test(text);
    // A store on `self`, or a call of the class's own setter of one attribute (`self.set_data(msg)`, whose body is `self._data = msg`).
    const cls = module.classes.get(ref.definition.parent);
    const setters = new Map<string, { attr: string; valueParam: number }>();
    for (const name of new Set([...text.matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].map((m) => m[1]))) {
      const a = cls?.methods.get(name)?.fn.accessor;
      if (a?.t === 'set' && a.keyParam === undefined && /^\w+$/.test(a.state)) setters.set(name, { attr: a.state, valueParam: a.valueParam });
    }
    if ((own.length === 0 && !perThread) || (!/^[ \t]*self\s*\.\s*\w+\s*=(?!=)/m.test(text) && setters.size === 0)) continue;
    const def = definitionOf(root, ref);
    if (!def) continue;
    const stores: [Node, string, Node][] = [];
    for (const a of def.descendantsOfType(['assignment', 'call'])) {
      if (!a || a.parent?.type !== 'expression_statement' || enclosingDefinition(a)?.id !== def.id) continue;
      if (a.type === 'assignment') {
        const left = a.childForFieldName('left');
        const right = a.childForFieldName('right');
        if (left?.type === 'attribute' && left.childForFieldName('object')?.text === 'self' && right) stores.push([a, left.childForFieldName('attribute')!.text, right]);
        continue;
      }
      const callee = a.childForFieldName('function');
      const setter = callee?.type === 'attribute' && callee.childForFieldName('object')?.text === 'self' ? setters.get(callee.childForFieldName('attribute')?.text ?? '') : undefined;
      const value = setter && callArgs(a).positional[setter.valueParam];
      if (setter && value) stores.push([a, setter.attr, value]);
    }
    for (const [store, attr, right] of stores) {
      if (heldAt(store)) continue;
      // The call's own value: read from a parameter or a local, not a constant or a flag; or the thread's own id.
      if (![...walk(right)].some((n) => n.type === 'identifier' && own.includes(n.text) && !(n.parent?.type === 'attribute' && n.parent.childForFieldName('attribute')?.id === n.id)) && !(perThread && PER_THREAD_VALUE.test(right.text))) continue;
      const same = (n: Node) => n.type === 'attribute' && n.childForFieldName('object')?.text === 'self' && n.childForFieldName('attribute')?.text === attr;
      // The first use of it after the store, with no store of it between.
      let read: Node | undefined;
      for (const n of walk(def)) {
        if (n.startIndex <= store.endIndex || !same(n) || enclosingDefinition(n)?.id !== def.id) continue;
        const stored = n.parent?.type === 'assignment' && n.parent.childForFieldName('left')?.id === n.id;
        if (!stored) read = n;
        break;
      }
      if (!read || inOneWith(read, store, def, true) || already.some((f) => f.range.start.line === store.startPosition.row)) continue;
      const readLine = read.startPosition.row;
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`self.${attr}\` is an attribute of an object whose method runs in several threads (${r.entries[0].how}), set here${store.type === 'call' ? ` through ${store.childForFieldName('function')!.text.replace(/\s+/g, '')}()` : ''} to this call's own value and read back at line ${readLine + 1}, with no lock from the store to the read: another thread's call can store its own value in between, and this call then goes on with that one (it books, prints or returns another call's value). A wait or a lock taken between the two lets the others in on every interpreter. Keep the value in a local instead of on the object, or hold one lock from the store to the last read.`,
        range: rangeOf(store),
        subject: `self.${attr}`,
        related: [{ range: rangeOf(read), message: `\`self.${attr}\` is read back here` }],
      });
    }
  }
  return out;
}

/** A value each thread has its own of: its id or its name. */
const PER_THREAD_VALUE = /\b(?:get_ident|get_native_id)\s*\(|\b(?:current_thread|currentThread)\s*\(\s*\)\s*\.\s*(?:name|ident|native_id|getName\s*\()/;

/** A start of work on other threads in a function's text: a thread, a pool, a submit. */
const STARTS_WORK = /\b(?:Thread|Timer|ThreadPoolExecutor|ThreadPool|Pool)\s*\(|\.\s*(?:submit|map|start|apply_async|map_async)\s*\(/;

/**
 * A private helper that its class calls only under a lock, or while setting up, runs locked (also
 * through other such helpers: `start()` takes the lock and calls `_init()`, which calls `_reset()`).
 */
function calledLocked(module: Module, root: Node, cls: ClassInfo, method: string, depth = 0): boolean {
  // (A private method, `_drain` or name-mangled `__drain`; not a special method such as `__exit__`. Its
  // callers may be public, `reset_if_required()` called under the lock alone: a chain the class keeps locked.)
  // (Or a public one that only the class calls, each time under its lock: `num += self.enqueue_counters(t)`
  // inside `with self.lock:` in `tick()`, and no other code of the module calls it on an object.)
  if (method.startsWith('__') && method.endsWith('__')) return false;
  const named = methodCalls(module, root, method);
  if (depth === 0 && !method.startsWith('_') && (named.length === 0 || named.some((c) => c.receiver !== 'self'))) return false;
  const calls = named.filter((c) => c.receiver === 'self').map((c) => c.at);
  if (depth === 0 && !method.startsWith('_') && !calls.every((c) => heldAt(c) || [...cls.lockAttrs].some((l) => heldAt(c, `self.${l}`)))) return false;
  return calls.every((c) => {
    if (heldAt(c) || [...cls.lockAttrs].some((l) => heldAt(c, `self.${l}`)) || inInit(c)) return true;
    const caller = enclosingDefinition(c)?.childForFieldName('name')?.text;
    return depth < 3 && caller !== undefined && caller !== method && calledLocked(module, root, cls, caller, depth + 1);
  });
}

/**
 * A private method its class calls only to set up, before it starts the threads (`self._load()`, then
 * `self.executor.submit(…)` further down the same method).
 */
function calledBeforeWorkStarts(module: Module, root: Node, method: string): boolean {
  if (!method.startsWith('_') || method.startsWith('__')) return false;
  const calls = methodCalls(module, root, method).filter((c) => c.receiver === 'self');
  return calls.length > 0 && calls.every(({ at }) => {
    const caller = enclosingDefinition(at);
    return !!caller && STARTS_WORK.test(caller.text.slice(at.endIndex - caller.startIndex));
  });
}

/** `= {}`, `= dict()`, `= []`, `= deque()`… after an attribute (an annotation allowed): group 1 when it is keyed (a dict or a set). */
const MADE_CONTAINER = String.raw`(?::[^=\n]*)?=\s*(?:(\{|(?:set|dict|(?:collections\s*\.\s*)?(?:OrderedDict|defaultdict|Counter))\s*\()|\[|(?:list|(?:collections\s*\.\s*)?deque)\s*\()`;

/**
 * GIL001 for a container attribute that a class changes under its own lock in some methods (`with
 * self.jobs_lock: self.jobs[name] = job`) and without it in another (`self.jobs.pop(k)` in `run()`):
 * the lock says the class is meant for several threads, and it keeps out only code that takes it. The
 * unlocked change can land between another method's test and its change (`if k in self.jobs: del
 * self.jobs[k]` then raises KeyError) or under its loop. Lockset consistency, as RacerD reports it.
 */
function changedOutsideClassLock(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, fixContext: FixContext, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\bwith\s+self\s*\.\s*\w+\s*:/.test(module.text)) return out;
  for (const cls of module.classes.values()) {
    const own = [...cls.lockAttrs].filter((a) => !cls.semaphoreAttrs.has(a));
    if (own.length === 0) continue;
    // (A class the program makes and whose own threads are all waited for where they start: the lock is for those, as in lockedClassEntries.)
    const ownThread = [...cls.methods.values()].some((m) => reached.get(m.definition.key)?.entries.some((e) => !e.guardedBy));
    if (ownThread && !cls.isThread && (madeByProgram(module, cls.name) || ownStartsAwaited(module, root, cls))) continue;
    const node = classNode(root, cls);
    if (!node) continue;
    // (Only a class that makes a container and holds its lock somewhere: the text first, before the tree.)
    const classText = module.text.slice(node.startIndex, node.endIndex);
    if (!new RegExp(`\\bself\\s*\\.\\s*\\w+\\s*${MADE_CONTAINER}`).test(classText) || !/\bwith\s+self\s*\.\s*\w+\s*:/.test(classText)) continue;
    // Each change of a container attribute, by attribute: the statement, the method it is in, and the class lock held there.
    const changes = new Map<string, { statement: Node; method: string; methodNode: Node; lock: string | undefined; how: string }[]>();
    const note = (target: Node | null | undefined, at: Node, how: string) => {
      const attr = /^self\s*\.\s*(\w+)$/.exec(target?.text ?? '')?.[1];
      if (attr === undefined || own.includes(attr)) return;
      const statement = statementAround(at);
      let method: Node | undefined = enclosingDefinition(at);
      while (method && enclosingDefinition(method)) method = enclosingDefinition(method);
      if (!method || method.parent?.parent?.id !== node.id) return; // in this class's own methods, not a nested class's
      const lock = own.find((l) => heldAt(at, `self.${l}`));
      const list = changes.get(attr) ?? [];
      list.push({ statement, method: method.childForFieldName('name')?.text ?? '', methodNode: method, lock, how });
      changes.set(attr, list);
    };
    for (const call of node.descendantsOfType('call')) {
      const fn = call?.childForFieldName('function');
      const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
      if (call && fn && name !== undefined && new RegExp(`^(?:${CONTAINER_MUTATORS})$`).test(name)) note(fn.childForFieldName('object'), call, `.${name}()`);
    }
    for (const a of node.descendantsOfType(['assignment', 'augmented_assignment', 'delete_statement'])) {
      const left = a?.type === 'delete_statement' ? a.namedChildren[0] : a?.childForFieldName('left');
      if (a && left?.type === 'subscript') note(left.childForFieldName('value'), a, a.type === 'delete_statement' ? '`del`' : 'a store under a key');
    }
    for (const [attr, list] of changes) {
      const locked = list.filter((c) => c.lock !== undefined);
      if (locked.length === 0) continue;
      // A container the class makes: `self.jobs = {}` (a queue or a counter object has its own rules).
      // A container the class makes: `self.jobs = {}` (a queue or a counter object has its own rules); keyed (dict, set) or a sequence (list, deque).
      const made = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*${MADE_CONTAINER}`).exec(module.text);
      if (!made) continue;
      const keyed = made[1] !== undefined;
      const lock = locked[0].lock!;
      // A step of several the unlocked change can break: another method tests the container and then
      // acts (`if k in self.jobs: del self.jobs[k]`, `if len(self.jobs)`), or loops over it; one-step
      // uses (`self.jobs.pop(k, None)`, `list(self.jobs)`) are not broken by a change in between. An add
      // breaks a loop, and a key's test on a dict or set; a size test on a list or deque it only makes
      // truer (`if len(q): q.pop()` still finds an item).
      const a = `self\\s*\\.\\s*${attr}`;
      const loops = new RegExp(`^[ \\t]*for\\b[^\\n]*\\bin\\s+${a}\\s*(?:\\.\\s*(?:items|keys|values)\\s*\\(\\s*\\))?\\s*:`, 'm');
      const memberTests = new RegExp(`\\bif\\b[^\\n]*\\bin\\s+${a}\\b`);
      const sizeTests = new RegExp(`\\b(?:if|while)\\b[^\\n]*(?:\\blen\\s*\\(\\s*${a}\\s*\\)|\\bnot\\s+${a}\\s*:)`);
      const stepsIn = (adds: boolean) => [...cls.methods].filter(([, ref]) => {
        const text = functionText(module, ref);
        return loops.test(text) || (memberTests.test(text) && (!adds || keyed)) || (!adds && sizeTests.test(text));
      }).map(([name]) => name);
      for (const c of list) {
        if (c.lock !== undefined || heldAt(c.statement) || /^(?:__init__|__new__|__del__|__exit__|close|shutdown|setUp\w*|tearDown\w*)$/.test(c.method) || calledLocked(module, root, cls, c.method)) continue;
        const adds = /^\.(?:append|appendleft|extend|insert|add|update|setdefault)\(\)$|^a store/.test(c.how);
        if (!stepsIn(adds).some((m) => m !== c.method) || calledOnlyFromInit(root, module.text, c.methodNode) || calledBeforeWorkStarts(module, root, c.method)) continue;
        const line = c.statement.startPosition.row;
        if (already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
        const lockers = [...new Set(locked.map((l) => `${l.method}()`))];
        const range = rangeOf(c.statement);
        const fix = guardFix(fixContext, [range], `self.${attr}`, lockHome(module, `self.${attr}`, cls, lock));
        out.push({
          code: CODES.unlockedSharedWrite,
          message: `\`self.${attr}\` is changed here (${c.how}, in ${c.method}()) without \`self.${lock}\`, which ${listedWithAnd(lockers)} ${lockers.length > 1 ? 'hold' : 'holds'} when ${lockers.length > 1 ? 'they change' : 'it changes'} it. The lock says ${cls.name} is meant for several threads, and it keeps out only code that takes it: this change can land between another method's test and its own change (\`if k in self.${attr}: del self.${attr}[k]\` then raises KeyError), or under its loop over \`self.${attr}\` (changed size during iteration), with the GIL or without it. Take \`self.${lock}\` here too.`,
          range: { start: range.start, end: { line: range.start.line, character: source.line(range.start.line).length } },
          subject: `self.${attr}`,
          related: locked.slice(0, 3).map((l) => ({ range: rangeOf(l.statement), message: `${l.method}() changes \`self.${attr}\` here holding \`self.${l.lock}\`` })),
          ...(fix && { fix }),
        });
      }
    }
  }
  return out;
}

/**
 * GIL001 for a plain store (`self.count = 0` in `reset()`) with no lock held, in a method of a class
 * whose thread code updates that attribute under a lock (`with self._lock: self.count += 1`): an update
 * that has already read the old value writes back over the store, and the reset is lost. The store is
 * one step; the race is with the locked read-modify-write, which the store's missing lock lets in.
 */
function storesBesideLockedUpdates(module: Module, root: Node, byState: ReadonlyMap<string, LockedUpdateIn[]>, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // The locked updates to look beside: those of thread code, then any a class makes under its own lock
  // (in a nested function too: a decorator's wrapper), which says the class is meant for several threads.
  /** `items`: the locked updates change items of the attribute (`self.stats["n"] += 1`), so a store replaces the container. */
  const candidates: { cls: ClassInfo; attr: string; locks: string[]; at: Range0; how: string | undefined; all?: { range: Range0; how: string | undefined }[]; items?: true }[] = [];
  // The attributes each class stores plainly outside `__init__`: only those can be such a store (most
  // classes have none, and need no tree walk).
  const plainStores = new Map<ClassInfo, Set<string>>();
  const storedBy = (cls: ClassInfo) => {
    let attrs = plainStores.get(cls);
    if (!attrs) {
      attrs = new Set();
      for (const [name, ref] of cls.methods) {
        if (name === '__init__' || name === '__new__' || name.startsWith('setUp')) continue;
        for (const m of functionText(module, ref).matchAll(/\bself\s*\.\s*(\w+)\s*=[^=]/g)) attrs.add(m[1]);
      }
      plainStores.set(cls, attrs);
    }
    return attrs;
  };
  for (const [k, updates] of byState) {
    const colon = k.indexOf(':');
    const cls = colon > 0 ? module.classes.get(k.slice(0, colon)) : undefined;
    const attr = /^self\.(\w+)$/.exec(k.slice(colon + 1))?.[1];
    const update = updates.find((u) => u.known && u.locks.length > 0);
    if (cls && attr !== undefined && update && storedBy(cls).has(attr)) candidates.push({ cls, attr, locks: update.locks, at: update.range, how: update.how, all: updates.filter((u) => u.known && u.locks.length > 0).map((u) => ({ range: u.range, how: u.how })) });
  }
  for (const cls of module.classes.values()) {
    const own = [...cls.lockAttrs].filter((a) => !cls.semaphoreAttrs.has(a));
    if (own.length === 0 || isTestCase(module, cls) || storedBy(cls).size === 0 || !/\bself\s*\.\s*\w+\s*(?:\[[^\]\n]*\]\s*)?(?:[-+*/%|&^@]|\/\/|\*\*|<<|>>)=/.test(module.text)) continue;
    const node = classNode(root, cls);
    for (const a of node?.descendantsOfType('augmented_assignment') ?? []) {
      const left = a?.childForFieldName('left');
      const attr = a ? /^self\s*\.\s*(\w+)$/.exec(left?.text ?? '')?.[1] : undefined;
      // (Or an item of it, `self.stats["requests"] += 1`: a store of the whole attribute replaces the container.)
      const itemOf = a && attr === undefined && left?.type === 'subscript' ? /^self\s*\.\s*(\w+)$/.exec(left.childForFieldName('value')?.text ?? '')?.[1] : undefined;
      const name = attr ?? itemOf;
      if (!a || name === undefined || !storedBy(cls).has(name) || candidates.some((c) => c.cls === cls && c.attr === name)) continue;
      const lock = own.find((l) => heldAt(a, `self.${l}`));
      if (lock !== undefined) candidates.push({ cls, attr: name, locks: [`self.${lock}`], at: rangeOf(a), how: undefined, ...(itemOf !== undefined && { items: true as const }) });
    }
  }
  const ownThreadOf = new Map<ClassInfo, ReadonlySet<string>>();
  const ownThread = (cls: ClassInfo) => ownThreadOf.get(cls) ?? ownThreadOf.set(cls, ownThreadMethods(module, cls)).get(cls)!;
  const within = (r: Range0, line: number) => r.start.line <= line && line <= r.end.line;
  for (const candidate of candidates) {
    const { cls, attr, locks: held, all } = candidate;
    const store = new RegExp(`^self\\s*\\.\\s*${attr}$`);
    // Held: a lock-like `with`, or one of the class's own locks and conditions (`with self.all_done:`).
    const classLockHeld = (n: Node) => heldAt(n) || [...cls.lockAttrs].some((l) => heldAt(n, `self.${l}`));
    for (const [name, ref] of cls.methods) {
      if (name === '__init__' || name === '__new__' || name.startsWith('setUp')) continue;
      if (!new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=[^=]`).test(functionText(module, ref)) || calledLocked(module, root, cls, name)) continue;
      // (A Thread subclass's `run()` setting up what it then updates under the lock: one thread, one step after the other.)
      // (A Thread subclass's `run()` setting up what it then updates under the lock: one thread, one step after
      // the other; only an update made by other code races the store.)
      let { at: update, how } = candidate;
      if (cls.isThread && ownThread(cls).has(name)) {
        const other = (all ?? [{ range: update, how }]).find((u) => ![...ownThread(cls)].some((m) => within(absoluteRange(cls.methods.get(m)!.fn.range, cls.methods.get(m)!.statement.base), u.range.start.line)));
        if (!other) continue;
        ({ range: update, how } = other);
      }
      const fn = definitionOf(root, ref);
      if (!fn || !new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=[^=]`).test(fn.text)) continue;
      for (const a of fn.descendantsOfType('assignment')) {
        const left = a?.childForFieldName('left');
        const right = a?.childForFieldName('right');
        if (!a || !left || !right || !store.test(left.text.replace(/\s+/g, ' ')) || enclosingDefinition(a)?.id !== fn.id) continue;
        // (`self.count = self.count + 1` is a read-modify-write, reported as one; a store under any lock is left to the lockset.)
        if (new RegExp(`\\bself\\s*\\.\\s*${attr}\\b`).test(right.text) || classLockHeld(a)) continue;
        const line = a.startPosition.row;
        if (already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
        // (`self.done = 0` and then `with ThreadPoolExecutor() as ex: ex.submit(self.ping, h)`: the threads
        // that update it start after the store, in this method, which waits for them before it ends.)
        const before = fn.text.slice(0, a.startIndex - fn.startIndex);
        const after = fn.text.slice(a.endIndex - fn.startIndex);
        if (!STARTS_WORK.test(before) && /\bwith\s+[\w.]*(?:ThreadPoolExecutor|ThreadPool|Pool)\s*\(/.test(after)) continue;
        // (Or it starts them after the store and joins them before it ends: in a loop, within the same round.)
        let round: Node | null = a.parent;
        while (round && round.id !== fn.id && round.type !== 'for_statement' && round.type !== 'while_statement') round = round.parent;
        const rest = round && round.id !== fn.id ? round.text.slice(a.endIndex - round.startIndex) : after;
        if (!STARTS_WORK.test(before) && /\.\s*start\s*\(\s*\)[\s\S]*\.\s*join\s*\(/.test(rest)) continue;
        const locks = held.map((l) => `\`${l}\``).join(' and ');
        const updater = how !== undefined ? `code that runs in threads (${how}) updates it under ${locks}` : `the class updates it under ${locks}, a lock it takes because its methods are meant for several threads,`;
        const what = candidate.items
          ? `\`self.${attr}\` is replaced here with no lock held, while ${updater.replace(' updates it ', ' updates items of it ')} at line ${update.start.line + 1}: an update that has already fetched the old container writes into it after this store, so that update is lost with it. Hold ${locks} here too.`
          : `\`self.${attr}\` is set here with no lock held, while ${updater} at line ${update.start.line + 1}: that update reads the old value and writes back over this store if it runs in between, so what ${name}() set is lost (and a store made after the update throws the update away). Hold ${locks} here too.`;
        out.push({
          code: CODES.unlockedSharedWrite,
          message: what,
          range: rangeOf(a),
          subject: `self.${attr}`,
          related: [{ range: update, message: `\`self.${attr}\` is updated here under ${locks}` }],
        });
      }
    }
  }
  return out;
}

/**
 * GIL001 for a plain store of a module global (`stock = 12` in the cook's thread) with none of the locks
 * held that thread code holds over its read-modify-write of that global (`with bowl: stock -= 1`): an
 * update that has read the old value writes back over the store, and the store is lost.
 */
/** `heldByEveryCall(key)`: the locks its callers hold, when every way threads reach the function holds one (else none). */
function globalStoresBesideLockedUpdates(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, byState: ReadonlyMap<string, LockedUpdateIn[]>, already: readonly Finding[], heldByEveryCall: (key: string) => string[]): Finding[] {
  const out: Finding[] = [];
  for (const [name, updates] of byState) {
    if (!/^[A-Za-z_]\w*$/.test(name) || !module.globals.has(name)) continue;
    const update = updates.find((u) => u.known && u.locks.length > 0 && u.locks.every((l) => module.globals.has(l.split('.')[0])));
    if (!update) continue;
    for (const { node: a, fn: key, how, range } of plainGlobalStores(module, root, reached, name)) {
      // (In the update's own function, a store races it only when several threads run that function.)
      const r = reached.get(key);
      if (range.start.line <= update.range.start.line && update.range.start.line <= range.end.line && !(r && runBySeveral(r))) continue;
      // (A store under every lock the update holds is guarded, there or by every caller: `with mutex: … report()`.)
      if (update.locks.every((l) => heldAt(a, l))) continue;
      const callersHold = heldByEveryCall(key);
      if (callersHold.length > 0 && callersHold.every((l) => update.locks.includes(l))) continue;
      if (batonHeld(module, a, update.locks)) continue;
      const line = a.startPosition.row;
      if (already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
      const locks = update.locks.map((l) => `\`${l}\``).join(' and ');
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`${name}\` is a module global, set here by code that runs in threads (${how}) without ${locks}, while other thread code (${update.how}) updates it under ${locks} at line ${update.range.start.line + 1}: that update reads the old value and writes back over this store if it runs in between, so what ${key.slice(key.lastIndexOf('.') + 1)}() set is lost. A lock keeps out only the code that takes that same lock. Hold ${locks} here too.`,
        range: rangeOf(a),
        subject: name,
        related: [{ range: update.range, message: `\`${name}\` is updated here under ${locks}` }],
      });
    }
  }
  return out;
}

/** The plain stores of a module global (`servings = 5`, not `servings = servings - 1`) in thread code that declares it `global`. */
/**
 * A store made holding the baton of a split binary semaphore: the function waits on a `Semaphore(0)`
 * signal, stores, then releases the update's lock (a binary semaphore) that it never takes itself,
 * `full.acquire()` … `jar = 0` … `not_full.release()`. Those that update under that lock are held off
 * until this release, as the one that signalled kept it.
 */
function batonHeld(module: Module, store: Node, locks: readonly string[]): boolean {
  const fn = enclosing(store, FUNCTION_TYPES);
  if (!fn) return false;
  const before = fn.text.slice(0, store.startIndex - fn.startIndex);
  const after = fn.text.slice(store.endIndex - fn.startIndex);
  const waits = [...before.matchAll(/(?<![\w.])(\w+)\s*\.\s*acquire\s*\(\s*\)/g)].some((m) => module.globals.get(m[1])?.kind === 'signal');
  return waits && locks.some((l) => module.globals.get(l)?.kind === 'lock' && new RegExp(`(?<![\\w.])${l}\\s*\\.\\s*release\\s*\\(`).test(after) && !takesLock(fn.text, l));
}

function plainGlobalStores(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, name: string): PlainStore[] {
  let byName = plainStoresFound.get(reached);
  if (!byName) plainStoresFound.set(reached, (byName = plainStoresByName(module, root, reached)));
  return byName.get(name) ?? [];
}

type PlainStore = { node: Node; fn: string; how: string; range: Range0 };
/** Per analysis (its map of thread functions), the plain stores by global: found once, in one pass over the thread code. */
const plainStoresFound = new WeakMap<ReadonlyMap<string, Reached>, Map<string, PlainStore[]>>();

function plainStoresByName(module: Module, root: Node, reached: ReadonlyMap<string, Reached>): Map<string, PlainStore[]> {
  const out = new Map<string, PlainStore[]>();
  for (const [key, r] of reached) {
    if (r.target.t !== 'function' || r.entries.every((e) => e.guardedBy || e.mainProgram)) continue;
    const ref = r.target.ref;
    // (Only names the function declares `global` and stores at the start of a line: most thread code has none.)
    const stored = keptWithFunction(module, ref, globalsStoredAtLineStart);
    if (stored.length === 0) continue;
    const fn = definitionOf(root, ref);
    for (const a of fn?.descendantsOfType('assignment') ?? []) {
      const left = a?.childForFieldName('left');
      const right = a?.childForFieldName('right');
      const name = left?.text;
      if (!a || name === undefined || !stored.includes(name) || !right || enclosingDefinition(a)?.id !== fn!.id || a.parent?.type !== 'expression_statement') continue;
      // (A read-modify-write is reported as one.)
      if (new RegExp(`(?<![\\w.])${name}\\b`).test(right.text)) continue;
      out.set(name, [...(out.get(name) ?? []), { node: a, fn: key, how: r.entries[0].how, range: absoluteRange(ref.fn.range, ref.statement.base) }]);
    }
  }
  return out;
}

type LockedUpdateIn = LockedUpdate & { how: string; thread: ThreadEntry | undefined; /** every lock it holds is a module global, a class's or `self.x` */ known: boolean };

/**
 * Is `subject` (`players[…]` → `players`) a list made by a list literal, acted on by replacing an item
 * (`actLine`: `players[i] = rect`), whose size no code changes (no add, take, clear, delete, or rebinding
 * in a block; the module's own first binding aside)?
 */
function fixedSizeList(text: string, subject: string, actLine: string): boolean {
  const base = escapeRegExp(subject.replace(/\[.*$/, '').replace(/\s+/g, '')).replace(/\\\./g, '\\s*\\.\\s*');
  if (!new RegExp(`^\\s*${base}\\s*\\[[^\\]\\n]+\\]\\s*=(?!=)`).test(actLine) || !new RegExp(`^${base}\\s*=\\s*\\[`, 'm').test(text)) return false;
  return !new RegExp(`(?<![\\w.])${base}\\s*(?:\\.\\s*(?:append|extend|insert|pop|popleft|popitem|remove|clear|appendleft|add|discard|update|setdefault)\\s*\\(|\\+=|\\[[^\\]\\n]*:[^\\]\\n]*\\]\\s*=)|\\bdel\\s+${base}\\s*\\[|(?<=^[ \\t]+)${base}\\s*=(?!=)`, 'm').test(text);
}

/** How often `word` stands as a whole word in `text` between `from` and `to`. */
function wordCount(text: string, word: string, from: number, to: number): number {
  let n = 0;
  const isWord = (ch: string | undefined) => ch !== undefined && /\w/.test(ch);
  for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + word.length)) {
    if (!isWord(text[at - 1]) && !isWord(text[at + word.length])) n++;
  }
  return n;
}

/**
 * `self.lock = threading.Lock()` in `__init__` of a Thread subclass that runs as several threads,
 * taken only by the thread's own code (`run()` and the methods it calls on `self`) and named nowhere
 * else in the module: each thread holds a lock that no other thread ever asks for, so it keeps
 * nothing out (GIL002). Said once per lock, where the class first takes it. A Condition or a
 * semaphore signals between threads, and a public method that takes the lock gives it a use.
 */
function ownThreadLocksAlone(module: Module, root: Node): Finding[] {
  const out: Finding[] = [];
  const counted = new Map<string, number>();
  const anywhere = (attr: string) => counted.get(attr) ?? counted.set(attr, wordCount(module.text, attr, 0, module.text.length)).get(attr)!;
  for (const c of module.classes.values()) {
    if (!c.isThread || c.lockAttrs.size === 0) continue;
    // (Told from the text first: a lock named more often in the module than in the whole statement that
    // holds the class is named outside the class, and the class needs no walk of the tree.)
    const span = c.methods.values().next().value?.statement;
    if (span && [...c.lockAttrs].every((attr) => c.handedLockAttrs.has(attr) || c.classBodyLockAttrs.has(attr) || c.semaphoreAttrs.has(attr) || anywhere(attr) > wordCount(module.text, attr, span.from, span.to))) continue;
    const node = classNode(root, c);
    const methods = new Map<string, Node>();
    for (const d of node?.childForFieldName('body')?.namedChildren ?? []) {
      const m = d?.type === 'decorated_definition' ? d.childForFieldName('definition') : d;
      const name = m?.type === 'function_definition' ? m.childForFieldName('name')?.text : undefined;
      if (name !== undefined) methods.set(name, m!);
    }
    const own = ownThreadMethods(module, c);
    if (startsHelperThread(module, c)) continue;
    let made1: boolean | undefined;
    let outsideReach: Set<string> | undefined;
    for (const attr of c.lockAttrs) {
      if (c.handedLockAttrs.has(attr) || c.classBodyLockAttrs.has(attr) || c.semaphoreAttrs.has(attr)) continue;
      const made = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?::[^=\\n]*)?=\\s*(?:threading\\s*\\.\\s*)?R?Lock\\s*\\(\\s*\\)`);
      const init = methods.get('__init__');
      if (!init || !made.test(init.text)) continue;
      const uses = new RegExp(`\\bself\\s*\\.\\s*${attr}\\b`, 'g');
      const takers = [...methods].filter(([name, m]) => name !== '__init__' && uses.test(m.text) && ((uses.lastIndex = 0), true));
      if (takers.length === 0 || takers.some(([name]) => !own.has(name))) continue;
      // A taker called on the object from elsewhere (`self.poller.closed()` in the code that started it) takes it in that thread too.
      if (takers.some(([name]) => name !== c.run && namedOtherThanOnSelf(module.text, name))) continue;
      // So does one that a method outside the thread's own code calls on `self`, through its helpers too
      // (`close()` calling `self._flush()`; `request()` → `self._send()` → `self._next_id()`).
      outsideReach ??= new Set([...methods.keys()].flatMap((caller) => (own.has(caller) || caller === '__init__' ? [] : [...ownThreadMethods(module, c, caller)])));
      if (takers.some(([name]) => outsideReach!.has(name))) continue;
      // Named through another receiver anywhere (`teller.lock`): shared with other code.
      // (Counted as a word with indexOf: a regex over the whole module for every lock is slow on big files.)
      const inClass = wordCount(module.text, attr, node!.startIndex, node!.endIndex);
      // (Last, as the costliest: a class the program makes once runs one thread, and its lock is one.)
      if (anywhere(attr) !== inClass || (made1 ??= madeOnceAt(module, c.name) !== undefined)) continue;
      const first = takers.map(([, m]) => m).sort((a, b) => a.startIndex - b.startIndex)[0];
      const at = new RegExp(`\\bself\\s*\\.\\s*${attr}\\b(?=\\s*(?::|\\.\\s*acquire\\b|,|\\)))`).exec(first.text);
      if (!at) continue;
      const start = first.startIndex + at.index;
      const taken = root.descendantForIndex(start, start + at[0].length);
      if (!taken) continue;
      out.push({
        code: CODES.lockCreatedInline,
        message: `\`self.${attr}\` is made in \`__init__\`, so each ${c.name} has a lock of its own, and only that thread's own code takes it: no other thread ever waits on it, so it keeps nothing out. Share one lock between the threads: make it once (a class attribute, \`${attr} = threading.Lock()\` in the class body, or a module-level lock) and take that one.`,
        range: rangeOf(taken),
        subject: `self.${attr}`,
        related: [],
      });
    }
  }
  return out;
}

/** A method named as safe to call from any thread (`call_soon_threadsafe`, `wake_thread_safe`). */
const THREADSAFE_NAME = /thread_?safe/i;

/** The standard library's queues, whose subclasses inherit `self.mutex` and three Conditions made on it. */
const STDLIB_QUEUES: ReadonlySet<string> = new Set(['queue.Queue', 'queue.LifoQueue', 'queue.PriorityQueue', 'Queue.Queue', 'Queue.LifoQueue', 'Queue.PriorityQueue']);
const QUEUE_LOCK_ATTRS = ['mutex', 'not_empty', 'not_full', 'all_tasks_done'];
/** The standard library's logging handlers, as a base class names them once imports are resolved. */
const LOGGING_HANDLER = /^logging\.(?:Handler|StreamHandler|FileHandler|handlers\.\w+Handler)$/;

/**
 * Methods a standard library base class calls only while it holds its own lock: a logging handler's
 * `emit()` (under `self.lock`, taken by `handle()`), a queue's `_put()`, `_get()` and `_qsize()` (under
 * `self.mutex`). A class that overrides them runs those bodies locked.
 */
function calledLockedByBase(c: ClassInfo): { lock: string; methods: string[]; why: string } | undefined {
  if (c.bases.some((b) => LOGGING_HANDLER.test(b))) return { lock: 'self.lock', methods: ['emit'], why: 'logging calls its `emit()` holding `self.lock`, from every thread that logs' };
  if (c.bases.some((b) => STDLIB_QUEUES.has(b))) return { lock: 'self.mutex', methods: ['_put', '_get', '_qsize'], why: 'the queue calls its `_put()` and `_get()` holding `self.mutex`' };
  return undefined;
}

/**
 * Conditions made on a lock they are handed (`lock = RLock(); self.not_empty = Condition(lock);
 * self.not_full = Condition(lock)`): holding either holds that one lock. Each condition's text, to the
 * lock's (`lock`, or `self.lock` when that is handed).
 */
const conditionLocksOf = new WeakMap<Module, Map<string, string>>();

function conditionLocks(module: Module): Map<string, string> {
  const known = conditionLocksOf.get(module);
  if (known) return known;
  const out = new Map<string, string>();
  conditionLocksOf.set(module, out);
  const text = module.text;
  // (In a subclass of queue.Queue, its Conditions hold its mutex.)
  if ([...module.classes.values()].some((c) => c.bases.some((b) => STDLIB_QUEUES.has(b)))) for (const a of QUEUE_LOCK_ATTRS.slice(1)) out.set(`self.${a}`, 'self.mutex');
  if (!text.includes('Condition')) return out;
  for (const m of text.matchAll(/\b(self\s*\.\s*\w+|\w+)\s*=\s*(?:threading\s*\.\s*)?Condition\s*\(\s*(?:lock\s*=\s*)?(self\s*\.\s*\w+|\w+)\s*\)/g)) {
    out.set(m[1].replace(/\s+/g, ''), `${m[2].replace(/\s+/g, '')}`);
  }
  return out;
}

/**
 * GIL001 for one state updated under different locks (`with add_lock: self.total += n` here, `with
 * sub_lock: self.total -= n` there) with no lock common to all: each lock keeps out only code that
 * takes it, so the updates interleave as if unlocked (Eraser's lockset, on the updates). Said once, at
 * the first update, with the others as related locations. Updates that one thread alone makes are
 * left alone.
 */
function updatesUnderOtherLocks(byState: ReadonlyMap<string, LockedUpdateIn[]>, source: SourceLines, underlying: ReadonlyMap<string, string>, heldFromStart: (lock: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const lockOf = (l: string) => underlying.get(l) ?? l;
  for (const updates of byState.values()) {
    if (updates.length < 2 || updates.some((u) => !u.known) || (updates[0].thread !== undefined && updates.every((u) => u.thread === updates[0].thread))) continue;
    // (A lock taken as it is made is a turnstile that the other lock's holder opens: the two pass one baton.)
    if (updates.some((u) => u.locks.some(heldFromStart))) continue;
    const common = updates.slice(1).reduce((held, u) => held.filter((l) => u.locks.some((m) => lockOf(m) === l)), updates[0].locks.map(lockOf));
    if (common.length > 0) continue;
    const sorted = [...updates].sort((a, b) => a.range.start.line - b.range.start.line);
    const [first, ...others] = sorted;
    const other = others.find((u) => !u.locks.some((l) => first.locks.includes(l))) ?? others[0];
    const named = (locks: string[]) => locks.map((l) => `\`${l}\``).join(' and ');
    out.push({
      code: CODES.unlockedSharedWrite,
      message: `\`${first.subject}\` is ${first.why}, and code that runs in threads (${first.how}) updates it here under ${named(first.locks)}, while other thread code updates it at line ${other.range.start.line + 1} under ${named(other.locks)}: a lock keeps out only the code that takes that same lock, so the two updates can interleave as if neither were locked, and one is lost. Guard every update of it with one lock.`,
      range: first.range,
      subject: first.subject,
      related: others.map((u) => ({ range: lineRange(source, u.range.start.line), message: `\`${u.subject}\` is updated here under ${named(u.locks)}` })),
    });
  }
  return out;
}

/** Does thread code other than `key` take items from the module-level list or deque `name` (`name.pop(0)`, `name.popleft()`)? */
function takenByOtherThreadCode(module: Module, reached: ReadonlyMap<string, Reached>, key: string, name: string): boolean {
  if (!/^\w+$/.test(name) || !module.globals.has(name)) return false;
  const takes = new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*(?:pop|popleft|remove|clear)\\s*\\(`);
  for (const [k, r] of reached) {
    if (k === key || r.target.t !== 'function' || r.entries.every((e) => e.mainProgram)) continue;
    if (takes.test(functionText(module, r.target.ref))) return true;
  }
  return false;
}

/**
 * A lock taken right where it is made, `self.checkout = allocate_lock(); self.checkout.acquire()` in
 * `__init__` (or a module's lock acquired at module level): it starts closed, as a turnstile another
 * thread opens, so what is done under it is handed over, not excluded by it alone.
 */
function bornHeld(module: Module, lock: string): boolean {
  const attr = /^self\.(\w+)$/.exec(lock)?.[1];
  if (attr !== undefined) {
    const taken = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*\\.\\s*acquire\\s*\\(`);
    return [...module.classes.values()].some((c) => !!c.methods.get('__init__') && taken.test(functionText(module, c.methods.get('__init__')!)));
  }
  return /^\w+$/.test(lock) && new RegExp(`^${lock}\\s*\\.\\s*acquire\\s*\\(`, 'm').test(module.text);
}

/**
 * Is the write at `at` in a branch that at most one of the function's threads takes: under tests of a
 * parameter against literals (`if who == "left": … else: …`), where every thread is started once
 * (no loop, no pool) with a literal for that parameter (`args=("left",)`, `args=("right",)`)?
 */
function oneThreadTakesBranch(root: Node, via: readonly ThreadEntry[], ref: FunctionRef, at: Range0): boolean {
  if (via.length < 2 || via.some((e) => !e.oneThread || e.repeats || e.boundMethod)) return false;
  let node: Node | null = root.descendantForPosition({ row: at.start.line, column: at.start.character });
  // The innermost `if`/`elif` chain over a parameter that holds the write: the literals its tests take, and which one leads here.
  for (let child = node; node && node.type !== 'function_definition'; child = node, node = node.parent) {
    if (node.type !== 'if_statement') continue;
    const arms = [node, ...node.namedChildren.filter((c): c is Node => c?.type === 'elif_clause')];
    const tests = arms.map((a) => /^\s*(\w+)\s*==\s*("[^"\n]*"|'[^'\n]*'|-?\d+)\s*$/.exec(a.childForFieldName('condition')?.text ?? ''));
    if (tests.some((t) => !t) || new Set(tests.map((t) => t![1])).size !== 1) continue;
    const param = tests[0]![1];
    const index = ref.fn.params.indexOf(param);
    if (index < 0) return false;
    const literals = via.map((e) => literalArg(root, e.site, index));
    if (literals.some((l) => l === undefined)) return false;
    const inArm = arms.findIndex((a) => a.childForFieldName('consequence')?.id === child!.id);
    const tested = tests.map((t) => t![2]);
    const taking = inArm >= 0 ? literals.filter((l) => l === tested[inArm]) : child!.type === 'else_clause' ? literals.filter((l) => !tested.includes(l!)) : undefined;
    return taking !== undefined && taking.length <= 1;
  }
  return false;
}

/** The literal (`"left"`, `2`) a `Thread(…, args=(…))` at `site` hands at position `index`, if that is one. */
function literalArg(root: Node, site: Range0, index: number): string | undefined {
  const item = threadArg(root, site, index);
  return item && (item.type === 'string' || item.type === 'integer') ? item.text : undefined;
}

/** What a `Thread(…, args=(…))` start hands its target's parameter at `index`. */
function threadArg(root: Node, site: Range0, index: number): Node | undefined {
  let call: Node | null = root.descendantForPosition({ row: site.start.line, column: site.start.character });
  while (call && call.type !== 'call') call = call.parent;
  const args = call?.childForFieldName('arguments')?.namedChildren.find((a) => a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'args')?.childForFieldName('value');
  return args?.type === 'tuple' || args?.type === 'list' ? (args.namedChildren.filter((n) => n?.type !== 'comment')[index] ?? undefined) : undefined;
}

/**
 * `lk.acquire()` where `lk` is a parameter that every start of the function hands the same module
 * lock (`args=(gate_in,)`): that lock. Undefined when the starts hand different ones or others.
 */
function lockHandedAs(module: Module, root: Node, via: readonly ThreadEntry[], params: readonly string[], lock: string): string | undefined {
  const index = params.indexOf(lock);
  if (index < 0 || via.length === 0) return undefined;
  const names = new Set(via.map((e) => (e.guardedBy || e.elsewhere ? undefined : threadArg(root, e.site, index))).map((n) => (n?.type === 'identifier' && (module.globals.get(n.text)?.kind === 'lock' || madeLockIn(n)) ? n.text : undefined)));
  return names.size === 1 ? [...names][0] : undefined;
}

/** Is `name` a lock that the function around it makes (`gate = threading.Lock()`), one per call of it? */
function madeLockIn(name: Node): boolean {
  const fn = enclosing(name, FUNCTION_TYPES);
  return !!fn && new RegExp(`^[ \\t]*${name.text}\\s*=\\s*(?:threading\\s*\\.\\s*)?R?Lock\\s*\\(\\s*\\)`, 'm').test(fn.text);
}

/** An update of a module global by the code that starts threads, while they run (see starterSideUpdates). */
interface StarterUpdate {
  name: string;
  node: Node;
  statement: Range0 | undefined;
  entry: ThreadEntry;
  /** Where thread code updates it, and whether every such update holds a lock. */
  thread: { key: string; line: number; locked: boolean };
}

/** An augmented assignment to a plain name (`active += 1`). */
const NAME_UPDATED = /(?<![\w.])([A-Za-z_]\w*)\s*(?:[-+*/%|&^@]|\/\/|\*\*|<<|>>)=(?!=)/g;

/**
 * The code that starts threads updating, with no lock, a module global that those threads update too
 * (`active += 1` in the accept loop, `active -= 1` in the worker): in the loop that starts them, or
 * after the start with no join between, it runs beside the threads already started.
 */
function starterSideUpdates(module: Module, root: Node, entries: readonly ThreadEntry[], reached: ReadonlyMap<string, Reached>): StarterUpdate[] {
  const out: StarterUpdate[] = [];
  const starts = entries.filter((e) => e.oneThread && !e.guardedBy && !e.mainProgram);
  if (starts.length === 0) return out; // (runs on every analysis: nothing to scan for then)
  const update = NAME_UPDATED;
  const isValueGlobal = (m: RegExpMatchArray) => module.globals.get(m[1])?.kind === 'value';
  // The updates of module globals in each starting scope, found once per scope (a module may start
  // thousands of threads). Asked first: starters seldom update a global, and then the thread code's
  // updates need no look at all (that look is the costly part, on every edit of a large module).
  const updatesIn = new Map<number, { m: RegExpMatchArray; node: Node }[]>();
  // (The module's updates, matched once: the module's own code and the thread code below both ask.)
  const moduleUpdates = () => statementMatches(module, update);
  const scopeUpdates = (scope: Node) => {
    let found = updatesIn.get(scope.id);
    if (found) return found;
    // The module's own code: an update in a top-level function is not (asked of its statement, without the tree).
    const keep = scope.id === root.id ? (m: RegExpMatchArray) => isValueGlobal(m) && !inFunctionStatement(module, m.index!) : isValueGlobal;
    found = [...(scope.id === root.id ? namesMatched(root, moduleUpdates(), keep) : namesMatching(root, scope.text, update, scope.startIndex, keep))].filter(({ node }) => (enclosingDefinition(node) ?? root).id === scope.id);
    updatesIn.set(scope.id, found);
    return found;
  };
  const functionsByLine = new Map([...module.functions.values()].map((f) => [absoluteRange(f.fn.range, f.statement.base).start.line, f]));
  const starters: { e: ThreadEntry; site: Node; scope: Node; starter: FunctionRef | undefined }[] = [];
  const updatedByStarters = new Set<string>();
  // (A start inside a top-level function that updates no module global anywhere in it: nothing to find,
  // told from the updates' places before any walk of the tree.)
  const updatedAt = moduleUpdates().filter(isValueGlobal).map((m) => m.index!);
  const inFunctionWithoutUpdates = (line: number) => {
    const st = statementAtLine(module, line);
    return !!st && st.node.type === 'function_definition' && !updatedAt.some((i) => i >= st.from && i < st.to);
  };
  for (const e of starts) {
    if (inFunctionWithoutUpdates(e.site.start.line)) continue;
    const site = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    if (!site) continue;
    const scope = enclosingDefinition(site) ?? root;
    const starter = scope.type === 'function_definition' ? functionsByLine.get(scope.startPosition.row) : undefined;
    if (starter && reached.has(starter.definition.key)) continue; // thread code itself: its writes are judged as such
    const updates = scopeUpdates(scope);
    if (updates.length === 0) continue;
    starters.push({ e, site, scope, starter });
    for (const { m } of updates) updatedByStarters.add(m[1]);
  }
  if (updatedByStarters.size === 0) return out;
  // Where thread code updates those globals (one pass over the module).
  const threadByLine = new Map<number, { key: string; fn: FunctionRef['fn'] }>();
  for (const [key, r] of reached) if (r.target.t === 'function') threadByLine.set(absoluteRange(r.target.ref.fn.range, r.target.ref.statement.base).start.line, { key, fn: r.target.ref.fn });
  const threadWrites = new Map<string, { key: string; line: number; locked: boolean }>();
  for (const { m, node } of namesMatched(root, moduleUpdates(), (m) => updatedByStarters.has(m[1]))) {
    const def = enclosingDefinition(node);
    const thread = def ? threadByLine.get(def.startPosition.row) : undefined;
    if (!thread || thread.fn.locals.includes(m[1]) || thread.fn.params.includes(m[1])) continue;
    const seen = threadWrites.get(m[1]) ?? { key: thread.key, line: node.startPosition.row, locked: true };
    seen.locked &&= heldAt(node);
    threadWrites.set(m[1], seen);
  }
  if (threadWrites.size === 0) return out;
  const reported = new Set<number>();
  for (const { e, site, scope, starter } of starters) {
    let loop: Node | null = site;
    while (loop && loop.id !== scope.id && loop.type !== 'for_statement' && loop.type !== 'while_statement') loop = loop.parent;
    const inLoop = loop && loop.id !== scope.id ? loop : undefined;
    // `t = Thread(…)` … `t.start()`: the thread runs from the start, not from where it is made (asked once there is an update to place).
    let startLine: number | undefined;
    for (const { m, node } of scopeUpdates(scope)) {
      if (!threadWrites.has(m[1])) continue;
      startLine ??= startOfNamedThread(site, scope) ?? e.site.start.line;
      const line = node.startPosition.row;
      if (reported.has(node.id) || (starter && (starter.fn.locals.includes(m[1]) || starter.fn.params.includes(m[1])))) continue;
      // While threads run: in the loop that starts them (not joined in it), or after the start with no join between.
      const during = inLoop && node.startIndex >= inLoop.startIndex && node.startIndex < inLoop.endIndex ? !THREAD_JOIN.test(inLoop.text) : line > startLine && !joinedBetween(module, startLine, line);
      if (!during || heldAt(node)) continue;
      reported.add(node.id);
      const statement = node.parent?.type === 'augmented_assignment' && node.parent.parent?.type === 'expression_statement' ? node.parent.parent : undefined;
      out.push({ name: m[1], node, entry: e, thread: threadWrites.get(m[1])!, statement: statement && { start: { line: statement.startPosition.row, character: statement.startPosition.column }, end: { line: statement.endPosition.row, character: statement.endPosition.column } } });
    }
  }
  return out;
}

/** Is this text offset inside a top-level function definition, decorated or not (none of it is the module's own code)? */
function inFunctionStatement(module: Module, index: number): boolean {
  const at = lastAtOrBefore(module.statements, (s) => s.node.startIndex, index);
  if (at < 0) return false;
  const node = module.statements[at].node;
  const type = node.type;
  return type === 'function_definition' || (type === 'decorated_definition' && node.childForFieldName('definition')?.type === 'function_definition');
}

/** The line of `t.start()` for a thread made into a plain name (`t = threading.Thread(…)`), later in the same scope. */
function startOfNamedThread(site: Node, scope: Node): number | undefined {
  let call: Node | null = site;
  while (call && call.type !== 'call' && call.id !== scope.id) call = call.parent;
  const assignment = call?.parent?.type === 'assignment' && call.parent.childForFieldName('right')?.id === call.id ? call.parent : undefined;
  const name = assignment?.childForFieldName('left');
  if (name?.type !== 'identifier') return undefined;
  const after = scope.text.slice(assignment!.endIndex - scope.startIndex);
  const at = new RegExp(`(?<![\\w.])${name.text}\\s*\\.\\s*start\\s*\\(`).exec(after)?.index;
  return at === undefined ? undefined : assignment!.endPosition.row + (after.slice(0, at).match(/\n/g)?.length ?? 0);
}

/**
 * Starter-side updates of a global that thread code updates only under a lock: a lock taken on one
 * side guards nothing. (Where thread code updates it unlocked, that is the finding, and its fix takes
 * these updates under the new lock too.)
 */
function starterUpdates(module: Module, updates: readonly StarterUpdate[], fixContext: FixContext): Finding[] {
  return updates.filter((u) => u.thread.locked).map(({ name, node, statement, entry: e, thread }) => {
    const line = node.startPosition.row;
    const fix = statement ? guardFix(fixContext, [statement], name, lockHome(module, name, undefined, undefined)) : undefined;
    return {
      code: CODES.unlockedSharedWrite,
      message: `\`${name}\` is a module global, updated here without a lock by the code that starts threads (${e.how}) while they run, and those threads update it too (in ${thread.key}(), line ${thread.line + 1}): \`${(node.parent ?? node).text.split('\n')[0]}\` reads, changes and writes back in separate steps, so an update here and one there can interleave and one is lost. The threads' lock guards only code that takes it: take it here too.`,
      range: { start: { line, character: node.startPosition.column }, end: { line, character: node.endPosition.column } },
      subject: name,
      related: [
        { range: e.site, message: `threads that update \`${name}\` start here` },
        { range: { start: { line: thread.line, character: 0 }, end: { line: thread.line, character: (linesOf(module)[thread.line] ?? '').length } }, message: `${thread.key}() updates \`${name}\` here, on those threads` },
      ],
      ...(fix && { fix }),
    };
  });
}

/** A wait before a read in a thread's code: for a signal, a client, a message or a while (`ready.wait()`, `sock.accept()`, `time.sleep(1)`). (Not `q.get()`: a queue handed in may hold items already.) */
const BLOCKS_FIRST = /\.\s*(?:wait|accept|recv|recvfrom|join)\s*\(|\b(?:sleep|input)\s*\(/;

/**
 * `__init__` starting a thread on a method of the object (directly, through a helper it calls, or
 * `self.start()` in a Thread subclass), then setting an attribute that the method reads: the thread
 * can run before that line. Reported at the late assignment, once per attribute.
 */
function startedBeforeSet(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const lines = linesOf(module);
  const done = new Set<string>();
  for (const e of entries) {
    const dot = e.key.lastIndexOf('.');
    const cls = dot > 0 ? module.classes.get(e.key.slice(0, dot)) : undefined;
    const target = cls?.methods.get(e.key.slice(dot + 1));
    const init = cls?.methods.get('__init__');
    if (!cls || !target || !init || e.guardedBy || done.has(e.key)) continue;
    const initRange = absoluteRange(init.fn.range, init.statement.base);
    const inInit = startInInit(module, root, cls, e, initRange);
    // Else a method such as `start()` that makes and starts the thread: what it stores after the start.
    const starter = inInit === undefined ? startInMethod(module, root, cls, e) : { startLine: inInit, range: initRange, name: '__init__' };
    if (starter === undefined) continue;
    const { startLine } = starter;
    done.add(e.key);
    // What `__init__` sets before the start, and what it sets only after it (first time, by line).
    const setBefore = new Set<string>();
    const setAfter = new Map<string, number>();
    for (let line = starter.range.start.line + 1; line <= starter.range.end.line; line++) {
      for (const m of (lines[line] ?? '').matchAll(/\bself\s*\.\s*(\w+)\s*(?::[^=\n]*)?=(?!=)/g)) {
        if (line < startLine) setBefore.add(m[1]);
        else if (line > startLine && !setBefore.has(m[1]) && !setAfter.has(m[1])) setAfter.set(m[1], line);
      }
    }
    const node = classNode(root, cls);
    // The thread's code: the method, and the methods of `self` it calls with what it runs before the call.
    const targetText = functionText(module, target);
    const runs = [{ fn: target, before: '' }, ...[...targetText.matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].flatMap((m) => (cls.methods.has(m[1]) ? [{ fn: cls.methods.get(m[1])!, before: targetText.slice(0, m.index) }] : []))];
    // `self.q.get()` on a queue `__init__` made and put nothing in: it blocks until a caller of the finished object puts.
    // (Also handed on uncalled: `for job in iter(self.q.get, None):`.)
    const initText = functionText(module, init);
    const emptyQueueGet = (text: string) =>
      [...text.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*get\s*[(,)]/g)].some((m) => new RegExp(`\\bself\\s*\\.\\s*${m[1]}\\s*(?::[^=\\n]*)?=\\s*(?:[Qq]ueue\\.)?(?:Simple|Lifo|Priority)?Queue\\s*\\(`).test(initText) && !new RegExp(`\\bself\\s*\\.\\s*${m[1]}\\s*\\.\\s*put`).test(initText));
    for (const [attr, setLine] of setAfter) {
      // (`worker.join()` first: the thread has ended, and stores nothing more.)
      if (cls.methods.has(attr) || setInClassBody(node, attr) || joinedBetween(module, startLine, setLine)) continue;
      for (const { fn, before } of runs) {
        const body = functionText(module, fn);
        // (After a method other than `__init__` a read may find the attribute set earlier; a store of the thread's is lost all the same.)
        const use = new RegExp(`\\bself\\s*\\.\\s*${attr}\\b(\\s*(?::[^=\\n]*)?=(?!=))${starter.name === '__init__' ? '?' : ''}`).exec(body);
        // (Or, after a `start()` method's start, a flag raised for the thread's loop: `while self.running:` finds it not yet raised.)
        const loopTest = starter.name !== '__init__' && !use && /^\s*(?:True|1)\s*(?:#.*)?$/.test((lines[setLine] ?? '').replace(/^[^=]*=/, '')) ? new RegExp(`^[ \\t]*while\\s+self\\s*\\.\\s*${attr}\\s*:`, 'm').exec(body) : null;
        if (loopTest && !BLOCKS_FIRST.test(before + body.slice(0, loopTest.index))) {
          const loopLine = bodyLine(fn, body, loopTest.index + loopTest[0].search(/\S/));
          const column = (lines[setLine] ?? '').search(/\S/);
          const name = fn.definition.key.slice(fn.definition.key.lastIndexOf('.') + 1);
          const startIndent = /^[ \t]*/.exec(lines[startLine] ?? '')![0];
          out.push({
            // (The store moves to just above the start, at the start's indent.)
            fix: {
              title: `Raise \`self.${attr}\` before the thread starts`,
              edits: [
                { range: { start: { line: startLine, character: 0 }, end: { line: startLine, character: 0 } }, newText: `${startIndent}${(lines[setLine] ?? '').trim()}\n` },
                { range: { start: { line: setLine, character: 0 }, end: { line: setLine + 1, character: 0 } }, newText: '' },
              ],
            },
            code: CODES.startedBeforeSet,
            message: `\`self.${attr}\` is raised here, after \`${starter.name}()\` started a thread at line ${startLine + 1} (${e.how}) whose loop in ${name}() runs while it is true (line ${loopLine + 1}): a started thread as a rule runs at once, with or without the GIL, so it usually tests \`self.${attr}\` before this line, finds it not yet true, and its loop ends before a single round. Raise it before starting the thread: move this line above the start.`,
            range: { start: { line: setLine, character: Math.max(column, 0) }, end: { line: setLine, character: (lines[setLine] ?? '').replace(/\s*(?:#.*)?$/, '').length } },
            subject: `self.${attr}`,
            related: [
              { range: lineRange(source, startLine), message: 'the thread starts here' },
              { range: lineRange(source, loopLine), message: `${name}()'s loop tests \`self.${attr}\` here, on that thread` },
            ],
          });
          break;
        }
        // Not after the thread waits for a signal (`ready.wait()`) or for the outside world (`accept()`,
        // `sleep()`, a get from a queue only callers fill), in the method or before its call: `__init__` has long ended by then.
        if (!use) continue;
        const first = before + body.slice(0, use.index);
        if (BLOCKS_FIRST.test(first) || emptyQueueGet(first)) continue;
        const readLine = bodyLine(fn, body, use.index);
        const column = (lines[setLine] ?? '').search(new RegExp(`\\bself\\s*\\.\\s*${attr}\\b`));
        const name = fn.definition.key.slice(fn.definition.key.lastIndexOf('.') + 1);
        // A store of the thread's own (`self.failed = True` when the work fails): this later line can undo it.
        const stores = use[1] !== undefined;
        // (A callback registered at that line, not a thread started: it runs when the first event comes, which can be at once.)
        const registered = !/\.\s*start\s*\(/.test(lines[startLine] ?? '');
        out.push({
          code: CODES.startedBeforeSet,
          message: registered && !stores
            ? `\`self.${attr}\` is set here, after \`__init__\` registered ${name}() at line ${startLine + 1} (${e.how}), which reads it at line ${readLine + 1}: from that line on it runs on another thread whenever an event comes, and one that comes before this line runs (a latched message, one already waiting) finds no \`self.${attr}\` and fails with AttributeError. Set what the callback uses before registering it: register it last in \`__init__\`.`
            : stores
            ? `\`self.${attr}\` is set here, after ${starter.name === '__init__' ? '`__init__`' : `\`${starter.name}()\``} started a thread at line ${startLine + 1} (${e.how}) that sets it too in ${name}() at line ${readLine + 1}: when the thread gets there first (work that ends at once, an error raised straight away), this line overwrites what it stored, and that is lost. Set what the thread uses before starting it: start the thread last in ${starter.name === '__init__' ? '`__init__`' : `\`${starter.name}()\``}.`
            : `\`self.${attr}\` is set here, after \`__init__\` started a thread at line ${startLine + 1} (${e.how}) that reads it in ${name}() at line ${readLine + 1}: the new thread usually gets there before this line runs (a started thread as a rule runs at once, with or without the GIL), and then it fails with AttributeError. Set what the thread uses before starting it: start the thread last in \`__init__\`.`,
          range: { start: { line: setLine, character: Math.max(column, 0) }, end: { line: setLine, character: Math.max(column, 0) + `self.${attr}`.length } },
          subject: `self.${attr}`,
          related: [
            { range: lineRange(source, startLine), message: registered ? `${name}() is registered here` : 'the thread starts here' },
            { range: lineRange(source, readLine), message: `${name}() ${stores ? 'sets' : 'reads'} \`self.${attr}\` here, on that thread` },
          ],
        });
        break;
      }
    }
  }
  return out;
}

/** Does the class body give `attr` a value (`attr = …` among its statements): every object has it from the start? */
function setInClassBody(node: Node | undefined, attr: string): boolean {
  return !!node?.childForFieldName('body')?.namedChildren.some((d) => d?.type === 'expression_statement' && new RegExp(`^${attr}\\s*(?::[^=\\n]*)?=(?!=)`).test(d.text));
}

/** The class and method a thread entry's key names (`Worker.run`), when it names a method of a class of this module. */
function classMethodOf(module: Module, key: string): { cls?: ClassInfo; name: string; target?: FunctionRef } {
  const dot = key.lastIndexOf('.');
  const cls = dot > 0 ? module.classes.get(key.slice(0, dot)) : undefined;
  const name = key.slice(dot + 1);
  return { cls, name, target: cls?.methods.get(name) };
}

/**
 * GIL006 for a run flag the thread raises itself (`def loop(self): self.running = True` … `while
 * self.running:`, or a module global: `global running; running = True` … `while running:`) while code
 * the thread does not run lowers it (another method, `def stop(self): self.running = False`; a
 * function, a button's command; the module's own code after the start): a stop made before the thread
 * reaches that line is overwritten, and the loop runs on. Reported at the thread's store, once per thread code.
 */
function runFlagRaisedByThread(module: Module, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const e of entries) {
    if (e.guardedBy || done.has(e.key)) continue;
    done.add(e.key);
    const { cls, name: methodName, target: method } = classMethodOf(module, e.key);
    const entry = cls ? method : e.key.includes('.') ? undefined : module.functions.get(e.key);
    if (!entry || (!cls && entry.definition.parentIsClass)) continue;
    const loopIn = (text: string) => (cls ? /^([ \t]*)while\s+(?:not\s+)?self\s*\.\s*(\w+)\b/m.exec(text) : /^([ \t]*)while\s+(?:not\s+)?([A-Za-z_]\w*)\s*:/m.exec(text));
    let target = entry;
    let body = functionText(module, entry);
    let loop = loopIn(body);
    // (Or in the one method of the object that the thread's method runs, `loop.run_until_complete(self._async_run())`.)
    if (!loop && cls) {
      const callees = [...new Set([...body.matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].map((m) => m[1]))].filter((m) => cls.methods.has(m) && m !== methodName);
      const inner = callees.length === 1 ? cls.methods.get(callees[0])! : undefined;
      const innerBody = inner && functionText(module, inner);
      const innerLoop = innerBody !== undefined ? loopIn(innerBody) : null;
      if (inner && innerLoop) [target, body, loop] = [inner, innerBody!, innerLoop];
    }
    if (!loop) {
      const skipped = cls && stopSkippedBeforeRaise(module, cls, methodName, target, body, e, source);
      if (skipped) out.push(skipped);
      continue;
    }
    const attr = loop[2];
    const subject = cls ? `self.${attr}` : attr;
    const pattern = cls ? `self\\s*\\.\\s*${attr}` : attr;
    // A global must be declared so in the function that stores it.
    const declared = (text: string) => new RegExp(`^[ \\t]*global\\s+(?:\\w+\\s*,\\s*)*${attr}\\b`, 'm').test(text);
    if (!cls && (!module.globals.has(attr) || !declared(body))) continue;
    // The store, in the function's own body (not under an `if`), before the loop; the loop may sit in a
    // `try` or a `with` (`try: while self.running: … finally: …`).
    const store = new RegExp(`^([ \\t]*)${pattern}\\s*=\\s*(True|False|1|0)[ \\t]*(?:#.*)?$`, 'm').exec(body.slice(0, loop.index));
    if (!store || store[1].length > loop[1].length || store[1].length !== bodyIndent(module, target)) continue;
    if (store[1] !== loop[1] && !blocksBetweenAre(body.slice(store.index, loop.index), store[1].length, /^(?:try|with|else|finally)\b/)) continue;
    // (Stored before the thread says it is ready to a `start()` that waits for that: before any stop.)
    if (cls && readySignal(module, cls, body) > store.index) continue;
    const raised = store[2] === 'True' || store[2] === '1';
    const back = raised ? 'False|0' : 'True|1';
    // (A method's store anywhere in its text; a global's at the start of a line, not `stop = running = False`.)
    const lowers = cls ? new RegExp(`\\b${pattern}\\s*=\\s*(?:${back})\\b`) : new RegExp(`^[ \\t]*${pattern}\\s*=\\s*(?:${back})\\b`, 'm');
    const stop = cls ? (stopInOtherMethod(module, cls, methodName, lowers) ?? stopThroughObject(module, cls, attr, back)) : stopInOtherFunction(module, e, lowers, declared);
    if (!stop) continue;
    const storeLine = bodyLine(target, body, store.index);
    const loopLine = bodyLine(target, body, loop.index);
    const column = store[1].length;
    out.push({
      code: CODES.startedBeforeSet,
      message: `\`${subject}\` is set to ${store[2]} here by the thread itself (${cls ? methodName : e.key}() runs on it: ${e.how}), while ${stop.who} sets it back at line ${stop.line + 1} to stop the loop at line ${loopLine + 1}: a stop made before the thread gets to this line is overwritten, and the loop runs on (a \`join()\` after it then waits for ever). With the GIL a new thread usually runs this line at once, but not when it does something slow first, such as opening a file or a connection, or the machine is busy; without the GIL it is lost more often still. Set it before the thread starts (${cls ? 'in `__init__`, or ' : ''}where the thread is started, before \`start()\`), and leave it to the stop after that.`,
      range: { start: { line: storeLine, character: column }, end: { line: storeLine, character: column + subject.length } },
      subject,
      related: [
        { range: lineRange(source, stop.line), message: `${stop.who} sets \`${subject}\` here, from another thread` },
        { range: lineRange(source, loopLine), message: `the thread's loop tests \`${subject}\` here` },
      ],
    });
  }
  return out;
}

/**
 * GIL006 for a running flag the thread raises as it starts (`def run(self): self._running = True`, then the
 * work) and that a stop method tests before it acts (`def stop(self): if self._running: self._running =
 * False; …`): a stop called before the new thread gets to its first line finds the flag down, does
 * nothing, and the thread then runs on (a listener of a library whose loop lives in a subclass).
 */
function stopSkippedBeforeRaise(module: Module, cls: ClassInfo, methodName: string, target: FunctionRef, body: string, e: ThreadEntry, source: SourceLines): Finding | undefined {
  const indent = bodyIndent(module, target);
  const store = /^([ \t]*)self\s*\.\s*(\w+)\s*=\s*True[ \t]*(?:#.*)?$/m.exec(body);
  if (!store || indent === undefined || store[1].length !== indent) return undefined;
  const attr = store[2];
  // (Raised where the object is made or started too, `__init__`'s `self._running = True`: the stop finds it up.)
  const init = cls.methods.get('__init__');
  if (init && new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=\\s*True\\b`).test(functionText(module, init))) return undefined;
  if (readySignal(module, cls, body) > store.index) return undefined;
  const own = ownThreadMethods(module, cls, methodName);
  for (const [m, ref] of cls.methods) {
    if (m === '__init__' || own.has(m) || !CALLED_FROM_OUTSIDE.test(m)) continue;
    const text = functionText(module, ref);
    // `if self._running:` with `self._running = False` in its block: the stop happens only on a raised flag.
    const test = new RegExp(`^([ \\t]*)if\\s+self\\s*\\.\\s*${attr}\\s*(?:is\\s+True\\s*)?:[ \\t]*(?:#.*)?$`, 'm').exec(text);
    if (!test) continue;
    const block = blockAfter(text, test.index + test[0].length, test[1].length);
    if (!new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=\\s*False\\b`).test(block)) continue;
    const storeLine = bodyLine(target, body, store.index);
    const testLine = bodyLine(ref, text, test.index);
    const subject = `self.${attr}`;
    return {
      code: CODES.startedBeforeSet,
      message: `\`${subject}\` is set to True here by the thread itself (${methodName}() runs on it: ${e.how}), while \`${m}()\` stops the thread only when it finds it True (line ${testLine + 1}): a \`${m}()\` called before the new thread gets to this line finds it still False and does nothing, and the thread then runs on (a \`join()\` after it waits for ever). A new thread need not run at once: with the GIL it waits for its turn, and on a busy machine for a CPU. Set it before the thread starts (in a \`start()\` that sets it and then starts the thread), or let \`${m}()\` stop the thread whatever the flag says.`,
      range: { start: { line: storeLine, character: store[1].length }, end: { line: storeLine, character: store[1].length + subject.length } },
      subject,
      related: [{ range: lineRange(source, testLine), message: `\`${m}()\` tests \`${subject}\` here, on another thread, and acts only when it is True` }],
    };
  }
  return undefined;
}

/** Where another method of `cls`, one the thread's own code (from `threadMethod`) does not call, lowers the flag. */
function stopInOtherMethod(module: Module, cls: ClassInfo, threadMethod: string, lowers: RegExp): { line: number; who: string } | undefined {
  const own = ownThreadMethods(module, cls, threadMethod);
  for (const [m, ref] of cls.methods) {
    if (m === '__init__' || own.has(m)) continue;
    const text = functionText(module, ref);
    const at = lowers.exec(text);
    if (at) return { line: bodyLine(ref, text, at.index), who: `\`${m}()\`` };
  }
  return undefined;
}

/**
 * Where code outside the class lowers the flag on an object of it (`self._poller.stop = True`, with
 * `self._poller = Poller(…)`; `worker.running = False`): the object's stop, written by its holder.
 */
function stopThroughObject(module: Module, cls: ClassInfo, attr: string, back: string): { line: number; who: string } | undefined {
  const node = classNode(module.statements[0]?.node.tree.rootNode, cls);
  for (const m of module.text.matchAll(new RegExp(`(?<![\\w.])((?:self\\s*\\.\\s*)?[A-Za-z_]\\w*)\\s*\\.\\s*${attr}\\s*=\\s*(?:${back})\\b`, 'g'))) {
    const receiver = m[1].replace(/\s+/g, '');
    if (receiver === 'self' || (node && m.index! >= node.startIndex && m.index! < node.endIndex) || !boundToClass(module, receiver, cls.name)) continue;
    return { line: lineOfIndex(module, m.index!), who: `code holding a ${cls.name} (\`${receiver}.${attr} = …\`)` };
  }
  return undefined;
}

/** Where a module function the thread does not run (used somewhere), or the module's own code after the start, lowers the global flag. */
function stopInOtherFunction(module: Module, e: ThreadEntry, lowers: RegExp, declared: (text: string) => boolean): { line: number; who: string } | undefined {
  // The functions the thread itself runs: its target and what that calls, by name.
  const own = calledByName(module, e.key);
  for (const [key, ref] of module.functions) {
    if (key.includes('.') || own.has(key) || ref.definition.parentIsClass) continue;
    const text = functionText(module, ref);
    const at = lowers.exec(text);
    // (Used somewhere: called, or handed on as a callback, `command=stop`; or a public `stop()` beside the
    // public function that starts the thread, neither called here: a module's API, called by its importers.)
    if (!at || !declared(text)) continue;
    if ((module.text.match(new RegExp(`\\b${key}\\b`, 'g'))?.length ?? 0) < 2 && !(publicApi(module, key) && e.moduleLine === undefined && publicApi(module, startingFunctionName(module, e)))) continue;
    return { line: bodyLine(ref, text, at.index), who: `\`${key}()\`` };
  }
  if (e.moduleLine === undefined) return undefined;
  const lines = linesOf(module);
  for (let i = e.site.end.line + 1; i < lines.length; i++) if (lowers.test(lines[i]) && /^\S/.test(lines[i])) return { line: i, who: 'the main program' };
  return undefined;
}

/** A public module-level function (`stop`, not `_stop`) that the module itself never names again: one its importers call. */
function publicApi(module: Module, key: string | undefined): boolean {
  const ref = key !== undefined ? module.functions.get(key) : undefined;
  return !!ref && !key!.includes('.') && !key!.startsWith('_') && !ref.definition.parentIsClass && (module.text.match(new RegExp(`(?<![\\w.])${key}\\b`, 'g'))?.length ?? 0) < 2;
}

/** The key of the function whose code makes `e`'s thread start (the one its site is in). */
function startingFunctionName(module: Module, e: ThreadEntry): string | undefined {
  const site = module.statements[0]?.node.tree.rootNode.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
  return site ? definitionKey(module, site) : undefined;
}

/**
 * GIL004 for a handle an object's own thread uses after testing a flag that says it is there (`if
 * self._trace: self._trace_file.write(…)`), with no lock, while a method called from another thread
 * clears it (`self._trace = False; self._trace_file.close(); self._trace_file = None`), under the
 * object's lock or none: the clearing can come between the test and the use. (A test of the handle
 * itself is the check-then-act rule's.)
 */
function handleClearedAfterFlagTest(module: Module, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { e, cls, ref, body } of sharedOwnThreadMethods(module, entries)) {
    const lockHeld = (text: string, indent: number) => [...cls.lockAttrs].some((l) => [...text.matchAll(new RegExp(`^([ \\t]*)with\\s+self\\s*\\.\\s*${l}\\b`, 'gm'))].some((w) => w[1].length < indent));
    for (const test of body.matchAll(/^([ \t]*)if\s+self\s*\.\s*(\w+)\s*(?:is\s+not\s+None\s*|==\s*True\s*)?:[ \t]*(?:#.*)?$/gm)) {
      const [, indent, flag] = test;
      if (lockHeld(body.slice(0, test.index), indent.length)) continue;
      const block = blockAfter(body, test.index! + test[0].length, indent.length);
      for (const use of block.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*\w+\s*\(/g)) {
        const handle = use[1];
        if (handle === flag || seen.has(`${cls.name}.${handle}`)) continue;
        // Cleared by a method another thread calls (not the thread's own code, not __init__).
        const clearers = (e.sharedWith.get(handle) ?? []).filter((m) => !m.endsWith(ON_OWN_THREAD) && m !== '__init__' && cls.methods.has(m));
        const clear = new RegExp(`^([ \\t]*)(?:self\\s*\\.\\s*${handle}\\s*=\\s*None\\b|del\\s+self\\s*\\.\\s*${handle}\\b)`, 'm');
        const clearer = clearers.find((m) => clear.test(functionText(module, cls.methods.get(m)!)));
        if (clearer === undefined) continue;
        seen.add(`${cls.name}.${handle}`);
        const clearerRef = cls.methods.get(clearer)!;
        const clearerText = functionText(module, clearerRef);
        const at = clear.exec(clearerText)!;
        const clearLine = bodyLine(clearerRef, clearerText, at.index);
        const locked = lockHeld(clearerText.slice(0, at.index), at[1].length);
        const lock = locked ? [...cls.lockAttrs].find((l) => heldWith(l).test(clearerText.slice(0, at.index))) : undefined;
        const blockStart = test.index! + test[0].length + 1;
        const line = bodyLine(ref, body, blockStart + use.index!);
        const column = (linesOf(module)[line] ?? '').search(new RegExp(`\\bself\\s*\\.\\s*${handle}\\b`));
        const testLine = bodyLine(ref, body, test.index!);
        out.push({
          code: CODES.checkThenAct,
          message: `\`self.${handle}\` is used here by the object's own thread (${e.how}) after a test of \`self.${flag}\` at line ${testLine + 1}, with no lock over both, while \`${clearer}()\`, called from another thread, sets it to None at line ${clearLine + 1}${lock ? ` (holding \`self.${lock}\`, which this code does not take, so it does not keep the two apart)` : ''}: that can happen between the test and the use, and the use then fails (an AttributeError on None, or a ValueError on a closed file). With the GIL a switch must fall between the two lines; without it the two run at once. ${lock ? `Hold \`self.${lock}\` over the test and the use here too.` : 'Hold one lock over the test and the use, and over the clearing.'}`,
          range: { start: { line, character: Math.max(0, column) }, end: { line, character: Math.max(0, column) + `self.${handle}`.length } },
          subject: `self.${handle}`,
          related: [
            { range: lineRange(source, testLine), message: `the thread tests \`self.${flag}\` here` },
            { range: lineRange(source, clearLine), message: `${clearer}() sets \`self.${handle}\` to None here, from another thread` },
          ],
        });
      }
    }
  }
  return out;
}

/** `with self.<lock>` for a lock attribute. */
const heldWith = (lock: string) => new RegExp(`\\bwith\\s+self\\s*\\.\\s*${lock}\\b`);

/** The block under a header ending at `from` in `text`: the lines after it indented deeper than `indent` (blank and comment lines kept). */
function blockAfter(text: string, from: number, indent: number): string {
  const after = text.slice(from).split('\n').slice(1);
  const end = after.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#') && /^[ \t]*/.exec(l)![0].length <= indent);
  return (end < 0 ? after : after.slice(0, end)).join('\n');
}

/** A function nested in a method of a class (`C.__call__.invoke`): the class, the method, and the nested function. */
function nestedInMethod(module: Module, key: string): { cls: ClassInfo; name: string; ref: FunctionRef } | undefined {
  const parts = key.split('.');
  if (parts.length !== 3) return undefined;
  const cls = module.classes.get(parts[0]);
  const ref = module.functions.get(key);
  return cls && ref && cls.methods.has(parts[1]) ? { cls, name: parts[1], ref } : undefined;
}

/**
 * GIL001 for a public method of a locking class that sets several of the attributes its lock guards, one
 * after another, without that lock (`def clear(self): self._data = {}; self._lru = None; self._mru =
 * None` beside `with self._lock:` code that reads and links them): code holding the lock meanwhile gets
 * some parts old and some new (a dict emptied under a list still linked), which no lock it takes keeps
 * out. Each store alone is one step; together they are not. (SpotBugs' inconsistent synchronization, for
 * stores of several fields.)
 */
function guardedPartsResetUnlocked(module: Module, root: Node, lockedClasses: readonly ThreadEntry[], fixContext: FixContext, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const e of lockedClasses) {
    if (!e.guardedBy || !e.guardedBy.lock.startsWith('self.')) continue;
    const { cls, name, target } = classMethodOf(module, e.key);
    // (Not a test's set-up, which runs before the test's threads.)
    if (!cls || !target || name.startsWith('_') || /^(?:setUp|tearDown)$/.test(name)) continue;
    const def = definitionOf(root, target);
    const body = def?.childForFieldName('body');
    if (!def || !body || calledOnlyFromInit(root, module.text, def)) continue;
    const lock = e.guardedBy.lock;
    const stores: { node: Node; attr: string; value: Node | null }[] = [];
    // (Statements of the method's own body: a store under an `if` is one branch's.)
    for (const st of body.namedChildren) {
      const a = st?.type === 'expression_statement' ? st.namedChildren[0] : undefined;
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
      const attr = left?.type === 'attribute' && left.childForFieldName('object')?.text === 'self' ? `self.${left.childForFieldName('attribute')?.text}` : undefined;
      if (attr === undefined || !e.guardedBy.changedUnder?.has(attr) || heldAt(st!, lock) || stores.some((x) => x.attr === attr)) continue;
      // (After a wait for the threads, `self._worker.join()`: the code that used them is done.)
      if (THREAD_JOIN.test(body.text.slice(0, st!.startIndex - body.startIndex))) break;
      stores.push({ node: st!, attr, value: a!.childForFieldName('right') });
    }
    // A structure taken apart: every part reset, to an empty container or to None, and a container among
    // them (`self._data = {}` beside its list's ends set to None). Flags set one by one are each their own.
    const reset = (v: Node | null) => v?.type === 'none' || isEmptyContainer(v);
    if (stores.length < 2 || !stores.every((x) => reset(x.value)) || !stores.some((x) => isEmptyContainer(x.value))) continue;
    const first = stores[0].node;
    const line = first.startPosition.row;
    if (already.some((f) => f.range.start.line === line)) continue;
    const names = stores.map((x) => `\`${x.attr}\``);
    out.push({
      code: CODES.unlockedSharedWrite,
      message: `${name}() sets ${names.slice(0, -1).join(', ')} and ${names.at(-1)} one after another without \`${lock}\`, which the class holds where its other methods change and read them together (${e.how}): a call that holds the lock meanwhile gets some of them old and some new, and the lock it holds does not keep these stores out. Each store alone is one step; the set of them is not. Hold \`${lock}\` over all of them.`,
      range: rangeOf(first),
      subject: stores[0].attr,
      related: stores.slice(1).map((x) => ({ range: rangeOf(x.node), message: `\`${x.attr}\` is set here, also without \`${lock}\`` })),
      fix: guardFix({ ...fixContext, moduleLock: lock }, [{ start: rangeOf(first).start, end: rangeOf(stores.at(-1)!.node).end }], lock, { t: 'module' }),
    });
  }
  return out;
}

/**
 * GIL004 for an attribute that a method the object's users call tests and then uses (`if self.name is
 * not None: connect(self.name)`, or `if self.name is None: return` and a use after), with no lock,
 * while the object's own thread sets it to None: that can come between the test and the use. (The
 * other way round, the thread testing what a caller clears, is handleClearedAfterFlagTest's.)
 */
function usedAfterOwnThreadClears(module: Module, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const e of entries) {
    if (e.guardedBy) continue;
    // The object's thread runs a method of it, or a function nested in one (`def invoke(): self.t = None`
    // inside `__call__`, handed to a Timer): its users then call any of its public methods beside it.
    const nested = nestedInMethod(module, e.key);
    if (!e.calledOutside && !nested) continue;
    const { cls, name } = nested ?? classMethodOf(module, e.key);
    if (!cls || !cls.methods.has(name)) continue;
    // What the thread's own code sets to None, and where (not under a lock of the object).
    const cleared = new Map<string, number>();
    const own = nested ? new Set<string>() : ownThreadMethods(module, cls, name);
    const calledOutside = e.calledOutside ?? [...cls.methods.keys()].filter((m) => m !== '__init__' && CALLED_FROM_OUTSIDE.test(m));
    for (const ref of nested ? [nested.ref] : [...own].map((m) => (m === '__init__' ? undefined : cls.methods.get(m)))) {
      if (!ref) continue;
      const text = functionText(module, ref);
      for (const c of text.matchAll(/^([ \t]*)self\s*\.\s*(\w+)\s*=\s*None[ \t]*(?:#.*)?$/gm)) {
        const locked = [...cls.lockAttrs].some((l) => heldWith(l).test(text.slice(0, c.index)));
        if (!locked && !cleared.has(c[2])) cleared.set(c[2], bodyLine(ref, text, c.index!));
      }
    }
    // The users' methods, and the helpers they call on `self` that the thread's own code calls too
    // (`stop_reader()`, from `run()` and from `write()`): those run on both sides, beside themselves.
    const userSide = new Map<string, string | undefined>();
    for (const m of calledOutside) {
      const ref = cls.methods.get(m);
      if (!ref || m === '__init__' || own.has(m)) continue;
      userSide.set(m, undefined);
      for (const h of functionText(module, ref).matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)) if (own.has(h[1]) && h[1] !== name && !userSide.has(h[1])) userSide.set(h[1], m);
    }
    for (const [m, via] of userSide) {
      const ref = cls.methods.get(m);
      // (Not one the thread calls too, `self.close()` at the end of its loop, unless a users' method calls it as well.)
      if (!ref) continue;
      const body = functionText(module, ref);
      if ([...cls.lockAttrs].some((l) => heldWith(l).test(body))) continue;
      for (const [attr, clearLine] of cleared) {
        const self = String.raw`self\s*\.\s*${attr}\b`;
        // `if self.x:` / `if self.x is not None:` with the use in its block; `if self.x is None: return` with the use after it.
        const set = new RegExp(String.raw`^([ \t]*)if\s+(?:${self}\s+is\s+not\s+None|${self}\s*!=\s*None|not\s+${self}\s+is\s+None|${self})\s*:[ \t]*(?:#.*)?$`, 'm').exec(body);
        const unset = set ? undefined : new RegExp(String.raw`^([ \t]*)if\s+(?:${self}\s+is\s+None|${self}\s*==\s*None|not\s+${self})\s*:[ \t]*(?:#.*)?$`, 'm').exec(body);
        const test = set ?? unset;
        if (!test) continue;
        const block = blockAfter(body, test.index + test[0].length, test[1].length);
        if (unset && !/^\s*(?:return|raise|continue)\b/.test(block)) continue;
        const from = test.index + test[0].length + 1 + (unset ? block.length : 0);
        const scope = set ? block : body.slice(from);
        const use = new RegExp(String.raw`${self}(?!\s*=[^=])`).exec(scope);
        if (!use) continue;
        const testLine = bodyLine(ref, body, test.index);
        const useLine = bodyLine(ref, body, from + use.index);
        if (already.some((f) => f.range.start.line === testLine)) continue;
        const column = test[0].search(/self\s*\./);
        out.push({
          code: CODES.checkThenAct,
          message: `\`self.${attr}\` is tested here by \`${m}()\`, ${via !== undefined ? `which runs both on the object's own thread and on its users' (\`${via}()\` calls it)` : "which the object's users call"}, and used at line ${useLine + 1}, with no lock over both, while the object's own thread (${e.how}) sets it to None at line ${clearLine + 1}${via !== undefined ? ' (as the other side\'s call of this method does)' : ''}: that can happen between the test and the use, and the use then gets None (an AttributeError or TypeError). Take it into a local once (\`x = self.${attr}\`), then test and use the local; or hold one lock over the test and the use, and over the clearing.`,
          range: { start: { line: testLine, character: column }, end: { line: testLine, character: column + test[0].slice(column).replace(/\s*:[ \t]*(?:#.*)?$/, '').length } },
          subject: `self.${attr}`,
          related: [
            { range: lineRange(source, useLine), message: `\`self.${attr}\` is used here` },
            { range: lineRange(source, clearLine), message: `the object's own thread sets \`self.${attr}\` to None here` },
          ],
        });
        break;
      }
    }
  }
  return out;
}

/** The methods an object's own thread runs (its entry and what that calls on `self`), for objects whose callers share some of their state (ThreadEntry.sharedWith). */
function* sharedOwnThreadMethods(module: Module, entries: readonly ThreadEntry[]): Generator<{ e: ThreadEntry & { sharedWith: Map<string, string[]> }; cls: ClassInfo; ref: FunctionRef; body: string }> {
  for (const e of entries) {
    if (!e.sharedWith || e.guardedBy) continue;
    const { cls, name } = classMethodOf(module, e.key);
    if (!cls || !cls.methods.has(name)) continue;
    for (const method of ownThreadMethods(module, cls, name)) {
      const ref = cls.methods.get(method)!;
      yield { e: e as ThreadEntry & { sharedWith: Map<string, string[]> }, cls, ref, body: functionText(module, ref) };
    }
  }
}

/** What a stop does to a resource the thread's loop uses: lets it go. */
const RELEASES = /^(?:release|close|stop|disconnect|shutdown|terminate|destroy|quit|kill)$/;

/**
 * GIL006 for a stop that lowers the loop's flag and then lets go at once of what the loop uses
 * (`def stop(self): self.running = False; self.cap.release()` while the thread's `while self.running:`
 * calls `self.cap.read()`), with no `join()` between: the loop may be inside that call, or past its
 * test and about to make it, and works on a released object.
 */
function releasedUnderRunningLoop(module: Module, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const e of entries) {
    const { cls, name, target } = classMethodOf(module, e.key);
    if (!cls || !target || e.guardedBy || done.has(e.key)) continue;
    done.add(e.key);
    const body = functionText(module, target);
    // `while self.running:`, or `while True:` that leaves on a test of the flag (`if self.stopped: return`).
    const loop = /^([ \t]*)while\s+(?:not\s+)?self\s*\.\s*(\w+)\s*:/m.exec(body) ?? /^([ \t]*)while\s+(?:True|1)\s*:/m.exec(body);
    if (!loop) continue;
    // The loop's body: the lines after its header indented deeper, and the methods of `self` it calls.
    const loopBody = blockAfter(body, loop.index + loop[0].length, loop[1].length);
    // (Or a guard the loop tests before each use, `while True: if self.is_open: self.port.readline()`.)
    const leaves = loop[2] ?? /^[ \t]*if\s+(?:not\s+)?self\s*\.\s*(\w+)\s*:\s*(?:#.*)?\n?[ \t]*(?:return|break)\b/m.exec(loopBody)?.[1];
    const guard = leaves === undefined ? /^[ \t]*if\s+self\s*\.\s*(\w+)\s*:\s*(?:#.*)?$/m.exec(loopBody)?.[1] : undefined;
    const flag = leaves ?? guard;
    if (flag === undefined) continue;
    const own = ownThreadMethods(module, cls, name);
    const texts = [loopBody, ...[...loopBody.matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)].flatMap((m) => (own.has(m[1]) && m[1] !== name ? [functionText(module, cls.methods.get(m[1])!)] : []))];
    // What the loop calls methods of (`self.cap.read()`), other than letting it go itself.
    const used = new Map<string, string>();
    // (Not the object's own locks and Conditions: `release()` there lets another thread in, it frees nothing.)
    for (const text of texts) for (const m of text.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*(\w+)\s*\(/g)) if (m[1] !== flag && !RELEASES.test(m[2]) && !used.has(m[1]) && !cls.lockAttrs.has(m[1])) used.set(m[1], m[2]);
    if (used.size === 0) continue;
    const loopLocks = [...cls.lockAttrs].filter((l) => heldWith(l).test(loopBody));
    for (const [method, ref] of cls.methods) {
      // (A public `stop()` the loop also calls to end itself is the object's stop for its callers as well.)
      if (method === '__init__' || method === name || (own.has(method) && !RELEASES.test(method))) continue;
      const text = functionText(module, ref);
      const lower = new RegExp(`^[ \\t]*self\\s*\\.\\s*${flag}\\s*=(?!=)`, 'm').exec(text);
      if (!lower) continue;
      // (Before the flag is lowered or after: the loop runs on in both.)
      const release = [...text.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*(\w+)\s*\(/g)].find((m) => used.has(m[1]) && RELEASES.test(m[2]));
      if (!release) continue;
      // (A wait before it, or one lock of the object held by the loop's use and by the release: the loop is out of it.)
      const between = text.slice(0, release.index);
      if (/\.\s*(?:join|wait)\s*\(|\bsleep\s*\(|\bis_alive\b/.test(between)) continue;
      if (loopLocks.some((l) => heldWith(l).test(between))) continue;
      const attr = release[1];
      const line = bodyLine(ref, text, release.index!);
      const column = (linesOf(module)[line] ?? '').search(/\bself\s*\./);
      // (The use in the loop itself where it is there, else the loop.)
      const use = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*\\.\\s*${used.get(attr)}\\s*\\(`).exec(loopBody);
      const useLine = bodyLine(target, body, use ? loop.index + loop[0].length + body.slice(loop.index + loop[0].length).indexOf('\n') + 1 + use.index : loop.index);
      done.add(`${cls.name}.${attr}`);
      out.push({
        code: CODES.startedBeforeSet,
        message: `\`${method}()\` ${guard !== undefined ? `lowers \`self.${flag}\`, which the thread's loop tests before each use,` : `stops the loop through \`self.${flag}\``} and lets go of \`self.${attr}\` here${release.index! < lower.index ? ', even before that,' : ' at once,'} without waiting for the thread (${name}() runs on it: ${e.how}): its loop (line ${useLine + 1}) may be inside \`self.${attr}.${used.get(attr)}()\` at that moment, or past its test of \`self.${flag}\` and about to call it, and then works on a released object (an exception, or in a C extension such as OpenCV's a crash). ${guard !== undefined ? `Lowering the flag does not take the thread out of a use it has begun, with the GIL or without it. Hold one lock over the thread's test and use of \`self.${attr}\` and over the flag and the release here.` : `Lowering the flag does not stop the loop at once, with the GIL or without it. Keep the thread and \`join()\` it between the two, or let the thread release \`self.${attr}\` itself when its loop ends.`}`,
        range: { start: { line, character: Math.max(0, column) }, end: { line, character: Math.max(0, column) + `self.${attr}`.length } },
        subject: `self.${attr}`,
        related: [{ range: lineRange(source, useLine), message: `the thread's loop uses \`self.${attr}\` while \`self.${flag}\` holds` }],
      });
      break;
    }
  }
  return out;
}

/** `key` and the module functions it calls by name, through theirs, up to `depth` calls deep (`topLevel`: module-level functions only). */
function calledByName(module: Module, key: string, depth = Infinity, topLevel = false): Set<string> {
  const out = new Set<string>();
  const reach = (k: string, d: number) => {
    const ref = module.functions.get(k);
    if (!ref || out.has(k) || (topLevel && k.includes('.'))) return;
    out.add(k);
    if (d < depth) for (const c of ref.fn.calls) if (c.t === 'name') reach(c.name, d + 1);
  };
  reach(key, 0);
  return out;
}

/** Calls that use a port, a socket or a file (not `close()` itself). */
const USES_HANDLE = /^(?:read\w*|write\w*|recv\w*|send\w*|flush|accept|reset_input_buffer|reset_output_buffer|in_waiting)$/;

/**
 * GIL006 for a module-level port, socket or file (`ser = serial.Serial(…)`) that code running in threads
 * uses (`ser.readline()`, in the target or a function it calls) while the code that started them closes
 * it (`finally: ser.close()`), with no `join()` between the start and the close: a thread inside a read,
 * or about to start one, works on a closed object.
 */
function closedUnderItsThreads(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*close\s*\(\s*\)/.test(module.text)) return out;
  const done = new Set<string>();
  for (const e of entries) {
    if (e.mainProgram || e.guardedBy || e.key.includes('.') || !module.functions.has(e.key)) continue;
    // The thread's code: its target and the module functions it calls, a few calls deep.
    const reached = calledByName(module, e.key, 3, true);
    const reachedRows = new Set([...reached].map((k) => absoluteRange(module.functions.get(k)!.fn.range, module.functions.get(k)!.statement.base).start.line));
    const siteNode = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    const starter = siteNode && enclosingDefinition(siteNode);
    for (const key of reached) {
      const ref = module.functions.get(key)!;
      const text = functionText(module, ref);
      for (const use of text.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\.\s*(\w+)\s*\(/g)) {
        const [, handle, method] = use;
        if (!USES_HANDLE.test(method) || done.has(handle) || module.globals.get(handle)?.kind !== 'value' || ref.fn.params.includes(handle) || ref.fn.locals.includes(handle)) continue;
        // The close: in the code that started the thread (the module, or the function with the start), after the start.
        const close = [...namesMatching(root, module.text, new RegExp(`(?<![\\w.])${handle}\\s*\\.\\s*close\\s*\\(\\s*\\)`, 'g'))].find(({ node }) => {
          const at = node.startPosition.row;
          const def = enclosingDefinition(node);
          return at > e.site.end.line && (starter ? def?.id === starter.id : !def) && !(def && reachedRows.has(def.startPosition.row));
        });
        if (!close) continue;
        const closeLine = close.node.startPosition.row;
        // (A join between the start and the close: the threads have ended, or the close waits for them.)
        if (/\.\s*join\s*\(/.test(linesText(module, e.site.end.line + 1, closeLine))) continue;
        const useLine = bodyLine(ref, text, use.index!);
        // (A use inside `try: … except:` or `except Exception:` that the thread catches: the error is handled, not the end of it.)
        const useColumn = source.line(useLine).search(new RegExp(`(?<![\\w.])${handle}\\s*\\.\\s*${method}\\b`));
        if (useColumn >= 0 && caughtBroadly(root.descendantForPosition({ row: useLine, column: useColumn }))) continue;
        done.add(handle);
        out.push({
          code: CODES.startedBeforeSet,
          message: `\`${handle}.close()\` closes here what code running in threads uses (${key}() calls \`${handle}.${method}()\` at line ${useLine + 1}; ${e.key}() runs on a thread: ${e.how}), with no \`join()\` of those threads before it: a thread inside that call, or about to make it, then works on a closed object and ends with an error (a SerialException, an OSError, or ValueError: I/O operation on closed file), with the GIL or without it. Tell the threads to stop (an Event they test), \`join()\` them, then close.`,
          range: rangeOf(close.node.parent?.parent ?? close.node),
          subject: handle,
          related: [
            { range: lineRange(source, useLine), message: `a thread uses \`${handle}\` here` },
            { range: e.site, message: `${e.key}() is started here` },
          ],
        });
      }
    }
  }
  return out;
}

/** Is the node in the body of a `try` whose handlers catch any error a closed port, socket or file raises (`except:`, `except Exception:`, `except OSError:`)? */
function caughtBroadly(node: Node | null): boolean {
  for (let p = node; p && p.type !== 'function_definition'; p = p.parent) {
    const parent = p.parent;
    if (parent?.type !== 'try_statement' || parent.childForFieldName('body')?.id !== p.id) continue;
    for (const clause of parent.namedChildren) {
      if (clause?.type !== 'except_clause') continue;
      const caught = clause.namedChildren.find((c) => c?.type !== 'block' && c?.type !== 'comment');
      if (!caught || /^\(?\s*(?:(?:builtins\.)?(?:BaseException|Exception|OSError|IOError|EnvironmentError|ValueError)|(?:serial\.)?(?:serialutil\.)?SerialException|socket\.error)\b/.test(caught.text)) return true;
    }
  }
  return false;
}

/** What ends the look for a read that comes too early: a wait of any kind, or code that runs more than once. */
const WAITS_OR_REPEATS = /\.\s*(?:join|wait|get|result|shutdown|acquire)\s*\(|\bsleep\s*\(|\bis_alive\b|\bas_completed\b|\binput\s*\(/;

/**
 * GIL006 for what a thread sets (`self.process = Popen(…)` in the target) read after `t.join(timeout)`
 * by the function that started it (`if self.exc: raise self.exc`, or in `if t.is_alive():`): a join
 * with a timeout returns when the time is up, whether or not the thread has ended, so the thread may
 * not have set it yet. Reads after `if t.is_alive(): raise …` (the thread ended) are left alone.
 */
function readAfterTimedJoin(module: Module, root: Node, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*join\s*\(\s*[^)\s]/.test(module.text)) return out;
  for (const m of module.text.matchAll(/^[ \t]*([A-Za-z_]\w*)\s*=\s*(?:threading\s*\.\s*)?Thread\s*\([^)\n]*?\btarget\s*=\s*((?:self\s*\.\s*)?[A-Za-z_]\w*)/gm)) {
    const [, t, targetText] = m;
    const at = root.descendantForIndex(m.index! + m[0].length - 1);
    const fn = at ? enclosingDefinition(at) : undefined;
    if (!fn) continue;
    // What the target sets on `self`: a function nested here, or a method of the class around.
    const target = targetText.replace(/\s+/g, '');
    const nested = fn.descendantsOfType('function_definition').find((d) => d?.childForFieldName('name')?.text === target && enclosingDefinition(d)?.id === fn.id);
    const method = target.startsWith('self.') ? methodNamed(enclosing(fn, CLASS_TYPES), target.slice(5)) : undefined;
    const body = (nested ?? method)?.text;
    if (body === undefined) continue;
    const changed = new Set([...body.matchAll(SELF_CHANGES)].map((c) => c[1] ?? c[3]));
    if (changed.size === 0) continue;
    const tv = `(?<![\\w.])${t}`;
    const timedJoin = new RegExp(`^${tv}\\s*\\.\\s*join\\s*\\(\\s*[^)\\s]`);
    const fullJoin = new RegExp(`${tv}\\s*\\.\\s*join\\s*\\(\\s*\\)`);
    const alive = new RegExp(`(?:${tv}\\s*\\.\\s*(?:is_alive|isAlive)\\s*\\(\\s*\\)|\\w*alive\\w*\\s*\\(\\s*${t}\\s*\\))`);
    const join = fn.descendantsOfType('expression_statement').find((st) => !!st && timedJoin.test(st.text) && enclosingDefinition(st)?.id === fn.id);
    if (!join) continue;
    const readIn = (n: Node): Node | undefined => {
      for (const attr of n.descendantsOfType('attribute')) {
        const name = attr?.childForFieldName('attribute')?.text;
        if (!attr || attr.childForFieldName('object')?.text !== 'self' || name === undefined || !changed.has(name)) continue;
        // (A store is not a read.)
        const parent = attr.parent;
        if ((parent?.type === 'assignment' && parent.childForFieldName('left')?.id === attr.id) || parent?.type === 'pattern_list') continue;
        return attr;
      }
      return undefined;
    };
    let hit: Node | undefined;
    for (let st = join.nextNamedSibling; st && !hit; st = st.nextNamedSibling) {
      if (st.type === 'comment') continue;
      if (fullJoin.test(st.text.split('\n')[0])) break;
      if (st.type === 'if_statement' && alive.test(st.childForFieldName('condition')?.text ?? '')) {
        const condition = st.childForFieldName('condition')!;
        const consequence = st.childForFieldName('consequence');
        if (condition.type === 'not_operator') break; // `if not t.is_alive():` the thread has ended there
        // Inside `if t.is_alive():` the thread runs on: a read before any full join there is too soon.
        for (const inner of consequence?.namedChildren ?? []) {
          if (!inner || fullJoin.test(inner.text.split('\n')[0])) break;
          hit = readIn(inner);
          if (hit) break;
        }
        // (`if t.is_alive(): raise Timeout(…)`: past it, the thread has ended.)
        break;
      }
      if (st.type === 'while_statement' && alive.test(st.childForFieldName('condition')?.text ?? '')) break;
      hit = readIn(st);
    }
    if (!hit) continue;
    const line = hit.startPosition.row;
    if (already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
    const subject = hit.text.replace(/\s+/g, '');
    out.push({
      code: CODES.startedBeforeSet,
      message: `\`${subject}\` is set by the thread started on ${target}() and read here after \`${t}.join(…)\` with a timeout: that join returns when the time is up whether or not the thread has ended, and if it has not, \`${subject}\` may not be set yet (still its old value) or be set a moment after this read. With the GIL or without it, nothing orders the two. Test \`${t}.is_alive()\` first and read it only once the thread has ended, or have the thread hand it over (a queue, a Future's result()).`,
      range: { start: { line, character: hit.startPosition.column }, end: { line, character: hit.endPosition.row === line ? hit.endPosition.column : hit.startPosition.column + subject.length } },
      subject,
      related: [{ range: lineRange(source, join.startPosition.row), message: `the join with a timeout` }, { range: lineRange(source, root.descendantForIndex(m.index! + m[0].length - 1)?.startPosition.row ?? line), message: `the thread is made here` }],
    });
  }
  return out;
}

/**
 * GIL006 for a join loop that joins the wrong name (`for t in threads: w.join()`, `w` the last thread
 * the loop before made): it waits for one thread, over and over, and the code after it reads what the
 * others are still changing.
 */
function joinLoopJoinsOtherName(module: Module, root: Node, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*join\s*\(/.test(module.text)) return out;
  for (const m of module.text.matchAll(/^([ \t]*)for\s+([A-Za-z_]\w*)\s+in\s+([A-Za-z_]\w*)\s*:[ \t]*(?:#.*)?\n((?:\1[ \t]+[^\n]*\n|[ \t]*\n)+)/gm)) {
    const [, , each, list, body] = m;
    const joined = /^[ \t]*([A-Za-z_]\w*)\s*\.\s*join\s*\(/m.exec(body);
    if (!joined || joined[1] === each || new RegExp(`(?<![\\w.])${each}\\b`).test(body)) continue;
    // The joined name: a thread an earlier loop made and added to the list (`w = Worker(k); threads.append(w)`).
    const before = module.text.slice(0, m.index);
    if (!new RegExp(`(?<![\\w.])${list}\\s*\\.\\s*append\\s*\\(\\s*${joined[1]}\\s*\\)`).test(before) || !new RegExp(`(?<![\\w.])${joined[1]}\\s*\\.\\s*start\\s*\\(`).test(before)) continue;
    const at = root.descendantForIndex(m.index! + m[0].indexOf(body) + joined.index + joined[0].indexOf(joined[1]));
    if (at?.type !== 'identifier') continue;
    const line = at.startPosition.row;
    out.push({
      code: CODES.startedBeforeSet,
      message: `This loop goes through \`${list}\` as \`${each}\` but joins \`${joined[1]}\`, the last thread made before it, every round: it waits for that one thread only, and the code after it runs while the other threads in \`${list}\` may still be working (their results not all there yet). Join \`${each}\`.`,
      range: { start: { line, character: at.startPosition.column }, end: { line, character: at.endPosition.column } },
      subject: joined[1],
      related: [{ range: lineRange(source, root.descendantForIndex(m.index! + m[1].length)?.startPosition.row ?? line), message: `the loop over \`${list}\`` }],
      fix: { title: `Join \`${each}\``, edits: [{ range: { start: { line, character: at.startPosition.column }, end: { line, character: at.endPosition.column } }, newText: each }] },
    });
  }
  // Or counted rounds (`for i in range(N): t.join()`) joining the name an earlier loop rebinds to each new thread.
  for (const m of module.text.matchAll(/^([ \t]*)for\s+([A-Za-z_]\w*)\s+in\s+range\s*\([^\n]*\)\s*:[ \t]*(?:#.*)?\n((?:\1[ \t]+[^\n]*\n|[ \t]*\n)+)/gm)) {
    const [, , each, body] = m;
    const joined = /^[ \t]*([A-Za-z_]\w*)\s*\.\s*join\s*\(/m.exec(body);
    if (!joined || joined[1] === each || new RegExp(`(?<![\\w.])${each}\\b`).test(body)) continue;
    const loop = root.descendantForIndex(m.index! + m[1].length)?.parent;
    if (loop?.type !== 'for_statement') continue;
    // The loop before it, in the same block, that binds the name to a new thread each round and starts it.
    const name = joined[1];
    const makes = new RegExp(`^${name}\\s*=\\s*(?:[\\w.]+\\s*\\.\\s*)?\\w*Thread\\s*\\(`);
    const starts = new RegExp(`^${name}\\s*\\.\\s*start\\s*\\(`);
    let starter: Node | null = null;
    for (let p = loop.previousNamedSibling; p && !starter; p = p.previousNamedSibling) {
      const statements = p.type === 'for_statement' ? (p.childForFieldName('body')?.namedChildren ?? []) : [];
      if (statements.some((st) => !!st && makes.test(st.text)) && statements.some((st) => !!st && starts.test(st.text))) starter = p;
    }
    if (!starter) continue;
    const at = root.descendantForIndex(m.index! + m[0].indexOf(body) + joined.index + joined[0].indexOf(name));
    if (at?.type !== 'identifier') continue;
    const line = at.startPosition.row;
    const loopLine = starter.startPosition.row;
    out.push({
      code: CODES.startedBeforeSet,
      message: `This loop joins \`${name}\` every round, and \`${name}\` is only the last thread the loop at line ${loopLine + 1} made (each round there rebinds it to a new one): it waits for that one thread, over and over, and the code after it runs while the other threads may still be working (their results not all there yet). Keep the threads in a list as you start them, and join each one: \`for t in threads: t.join()\`.`,
      range: { start: { line, character: at.startPosition.column }, end: { line, character: at.endPosition.column } },
      subject: name,
      related: [{ range: lineRange(source, loopLine), message: `the loop that starts the threads, binding each to \`${name}\`` }],
    });
  }
  return out;
}

/** What GIL006 says of a read of what threads change, made right after starting them with no `join()` between. */
function readTooSoonMessage(hit: string, how: string, several: boolean): string {
  return several
    ? `\`${hit}\` is read here right after the threads that change it were started (${how}), with no \`join()\` in between: the threads may still be running, so this sees a value partway through, not their result (the last updates not made yet). With the GIL or without it, starting a thread does not wait for it; on a busy machine even the first update may not have run. Wait for every thread first: keep them in a list and call \`join()\` on each, then read \`${hit}\`.`
    : `\`${hit}\` is read here right after the thread that changes it was started (${how}), with no \`join()\` in between: the thread may still be running, so this sees a value partway through, not its result. With the GIL or without it, starting a thread does not wait for it; on a busy machine it may not have begun. Call \`join()\` on the thread first, then read \`${hit}\`.`;
}

/** A name bound to what a call of a name returns, at its line's start (`w = Worker(`). */
const NAME_BOUND_TO_CALL = /^[ \t]*([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*\(/gm;

/**
 * GIL006 for what a Thread subclass's own code sets (`self.result = …` in `run()`) read through an
 * object of it right after its `start()`, with no `join()` between (`w = Worker(); w.start();
 * print(w.result)`): the thread may not have set it yet.
 */
function resultReadBeforeJoin(module: Module, root: Node, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  // Objects bound to a name as they are made (`w = Worker(…)`), by class (one pass over the text).
  const madeBy = new Map<string, RegExpMatchArray[]>();
  if ([...module.classes.values()].some((c) => c.isThread)) {
    for (const m of statementMatches(module, NAME_BOUND_TO_CALL)) {
      if (module.classes.get(m[2])?.isThread) madeBy.set(m[2], [...(madeBy.get(m[2]) ?? []), m]);
    }
  }
  for (const cls of module.classes.values()) {
    if (!cls.isThread || !cls.methods.has(cls.run)) continue;
    const made = madeBy.get(cls.name) ?? [];
    if (made.length === 0) continue;
    const changed = new Set<string>();
    for (const m of ownThreadMethods(module, cls)) for (const c of functionText(module, cls.methods.get(m)!).matchAll(SELF_CHANGES)) changed.add(c[1] ?? c[3]);
    if (changed.size === 0) continue;
    for (const m of made) {
      const name = m[1];
      const at = root.descendantForIndex(m.index! + m[0].length - 1);
      const statement = at ? statementAround(at) : undefined;
      if (!statement || statement.type !== 'expression_statement') continue;
      const v = name.replace(/[.]/g, '\\.');
      let started = false;
      let count = 0;
      for (let s = statement.nextNamedSibling; s && count < 20; s = s.nextNamedSibling, count++) {
        if (s.type === 'comment') continue;
        if (!['expression_statement', 'return_statement', 'assert_statement'].includes(s.type) || WAITS_OR_REPEATS.test(s.text) || new RegExp(`(?<![\\w.])${v}\\s*=[^=]`).test(s.text)) break;
        if (new RegExp(`(?<![\\w.])${v}\\s*\\.\\s*start\\s*\\(\\s*\\)`).test(s.text)) {
          started = true;
          continue;
        }
        if (!started) continue;
        const assignment = s.namedChildren[0]?.type === 'assignment' ? s.namedChildren[0] : undefined;
        const reads = assignment?.childForFieldName('right') ?? s;
        const hit = [...reads.text.matchAll(new RegExp(`(?<![\\w.])${v}\\s*\\.\\s*(\\w+)\\b(?!\\s*\\()`, 'g'))].find((r) => changed.has(r[1]));
        if (!hit) continue;
        const node = root.descendantForIndex(reads.startIndex + hit.index!);
        if (node?.type !== 'identifier') break; // in a string or a comment
        const line = node.startPosition.row;
        if (already.some((f) => f.range.start.line === line)) break;
        const subject = `${name}.${hit[1]}`;
        // (Read again after the join further down: the lesson shows the difference on purpose.)
        if (readAgainAfterJoin(s, subject)) break;
        out.push({
          code: CODES.startedBeforeSet,
          message: readTooSoonMessage(subject, `the ${cls.name} thread, whose run() sets it`, false),
          range: { start: { line, character: node.startPosition.column }, end: { line, character: node.startPosition.column + hit[0].length } },
          subject,
          related: [{ range: lineRange(source, statement.startPosition.row), message: `the ${cls.name} object is made here and started after it` }],
        });
        break;
      }
    }
  }
  return out;
}

/**
 * GIL006 for state read by the code that started the threads right after starting them, with no
 * `join()` in between (`for i in range(20): Thread(target=shop.buy, …).start()` then
 * `print(shop.stock)`): the threads may still be running, so the read sees a value partway through.
 * Said of straight-line code only (a loop that polls, a wait of any kind, or a join ends the look), for
 * `threading.Thread` starts whose target is a module function that changes globals or a method of a
 * named object (`shop.buy`) that changes its attributes.
 */
function readBeforeJoin(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[] = []): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const e of entries) {
    if (!/^threading\.Thread at line/.test(e.how)) continue;
    // What the target changes, as read from the starter: `counter` (a global it declares), `shop.stock`.
    const startText = linesText(module, e.site.start.line, e.site.start.line + 4).slice(e.site.start.character, e.site.start.character + 300);
    const targetText = /\btarget\s*=\s*([\w.]+)/.exec(startText)?.[1];
    if (!targetText) continue;
    const changed: string[] = [];
    // (The next lines' text, read once: what the starter reads soon after the start, if anything.)
    const soon = linesText(module, e.site.end.line + 1, e.site.end.line + 21);
    const receiver = /^(\w+)\.(\w+)$/.exec(targetText);
    const { cls, target } = receiver ? classMethodOf(module, e.key) : { cls: undefined, target: undefined };
    if (receiver && receiver[1] !== 'self' && cls && target && boundToClass(module, receiver[1], cls.name)) {
      for (const m of ownThreadMethods(module, cls, receiver[2])) for (const c of functionText(module, cls.methods.get(m)!).matchAll(SELF_CHANGES)) changed.push(`${receiver[1]}.${c[1] ?? c[3]}`);
    } else if (!receiver && !e.key.includes('.') && module.functions.get(e.key) && targetText === e.key) {
      const ref = module.functions.get(e.key)!;
      // (What its body declares global and assigns, and what it fills, read from its text alone: kept with its summary across edits.)
      const { assignedGlobals, filled } = keptWithFunction(module, ref, globalsAssignedAndFilled);
      changed.push(...assignedGlobals);
      // A module-level list or dict it fills (`results.append(…)`), and what it is handed to fill (`args=(results, i)`), here or in a function it hands it on to.
      // (Only the names the next lines read: a module has thousands of globals.)
      // (From what the body fills, fewer names than the next lines hold; in the order the next lines read them.)
      const readFirst = new Map<string, number>();
      for (const name of filled) {
        if (!module.globals.has(name) || changed.includes(name) || ref.fn.params.includes(name) || ref.fn.locals.includes(name)) continue;
        const at = soon.search(new RegExp(`(?<![\\w.])${name}\\b`));
        if (at >= 0) readFirst.set(name, at);
      }
      changed.push(...[...readFirst].sort((a, b) => a[1] - b[1]).map(([name]) => name));
      const handed = /\bargs\s*=\s*[([]\s*([^)\]]*)/.exec(startText)?.[1].split(',').map((a) => a.trim());
      handed?.forEach((arg, i) => {
        if (/^[A-Za-z_]\w*$/.test(arg) && !changed.includes(arg) && fillsParam(module, e.key, i, 2)) changed.push(arg);
      });
    }
    // (Read soon after the start, or not at all: the text of the next lines first, before the tree.)
    if (!changed.some((name) => new RegExp(`(?<![\\w.])${name.replace('.', '\\s*\\.\\s*')}\\b`).test(soon))) continue;
    const siteNode = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    if (!siteNode) continue;
    // The statement of the starter's block that holds the start (the loop that starts them all).
    let top: Node | undefined = siteNode;
    let outermostLoop: Node | undefined;
    for (let p: Node | null = siteNode; p && p.type !== 'function_definition' && p.type !== 'module'; p = p.parent as Node | null) {
      if (p.type === 'lambda' || p.type === 'class_definition') {
        top = undefined;
        break;
      }
      if (p.type === 'for_statement' || p.type === 'while_statement') outermostLoop = p;
      if (p.parent?.type === 'block' || p.parent?.type === 'module') top = p;
    }
    if (top && outermostLoop) top = outermostLoop;
    if (!top || (top.parent?.type !== 'block' && top.parent?.type !== 'module')) continue;
    if (done.has(`${top.id}`) || THREAD_JOIN.test(top.text)) continue;
    // (`with cond: Thread(…).start(); cond.wait()`: the statement that starts it then waits for the thread's word.)
    if (/\.\s*(?:wait|get|result)\s*\(/.test(linesText(module, e.site.end.line + 1, top.endPosition.row + 1))) continue;
    let started = /\.\s*start\s*\(\s*\)/.test(top.text);
    // (Threads made in a comprehension, `[Thread(…) for s in symbols]`, are several too.)
    let comprehension = false;
    for (let p: Node | null = siteNode; p && p.id !== top.id && !comprehension; p = p.parent as Node | null) comprehension = REPEATING.has(p.type) && p.type !== 'for_statement' && p.type !== 'while_statement';
    /** A `time.sleep(…)` between the starts and the read, standing in for the joins (`time.sleep(5)` then `print(total)`). */
    let slept: string | undefined;
    for (let s = top.nextNamedSibling; s; s = s.nextNamedSibling) {
      if (s.type === 'comment') continue;
      if (started && s.type === 'expression_statement' && /^(?:time\s*\.\s*)?sleep\s*\([^()]*\)$/.test(s.text.trim())) {
        slept ??= s.text.trim();
        continue;
      }
      // (`for t in threads: t.start()`: the loop that starts what the loop above made, and nothing else.)
      if (s.type === 'for_statement' && startsOnly(s)) {
        started = true;
        continue;
      }
      // (`for obj in results[1:]: check(obj)` right after the starts: the loop reads the container as it is then.)
      const loopOver = s.type === 'for_statement' && !WAITS_OR_REPEATS.test(s.text) ? s.childForFieldName('right') : undefined;
      if (!loopOver && (WAITS_OR_REPEATS.test(s.text) || !['expression_statement', 'return_statement', 'assert_statement'].includes(s.type))) break;
      if (!loopOver && /\.\s*start\s*\(\s*\)/.test(s.text)) {
        started = true;
        continue;
      }
      const assignment = s.namedChildren[0]?.type === 'assignment' ? s.namedChildren[0] : undefined;
      const reads = loopOver ?? assignment?.childForFieldName('right') ?? s;
      // (Handed on in `args=(…)` or FuncAnimation's `fargs=(…)`, not read.)
      const readText = reads.text.replace(/\b(?:fargs|args|kwargs)\s*=\s*[([{][^)\]}]*[)\]}]/g, '');
      const hit = started ? changed.find((name) => new RegExp(`(?<![\\w.])${name.replace('.', '\\s*\\.\\s*')}\\b(?!\\s*\\()`).test(readText)) : undefined;
      if (!hit && loopOver) break;
      if (!hit) continue;
      // (`done_len = len(done)` before `while done_len < total:`, which reads it again: the first look of a poll.)
      const into = assignment?.childForFieldName('left');
      if (into?.type === 'identifier' && polledAfter(s, into.text)) break;
      // (The first use that is code: `print('total:', total)` names it in its text first.)
      const node = [...reads.text.matchAll(new RegExp(`(?<![\\w.])${hit.replace('.', '\\s*\\.\\s*')}\\b`, 'g'))].map((m) => root.descendantForIndex(reads.startIndex + m.index!)).find((n) => n?.type === 'identifier');
      if (!node) break; // only in a string or a comment
      // (Read again after the joins further down, `total = sum(items)` before and after: the lesson shows the difference on purpose.)
      // (Unless it is shown bare, `print(results)`, with no word that it is partway: then it looks like the result, and is not.)
      if (readAgainAfterJoin(s, hit) && (!/^print\s*\(/.test(s.text) || SAYS_PARTWAY.test(s.text))) break;
      // (After a sleep, only where no join follows at all: a look at the progress before the joins is on purpose.)
      if (slept !== undefined && followedByJoin(s)) break;
      const line = node.startPosition.row;
      const column = node.startPosition.column;
      // (A loop over a dict the threads fill is GIL004 there already: it can fail, not only come too soon.)
      if (loopOver && already.some((f) => f.range.start.line === line)) break;
      done.add(`${top.id}`);
      const several = !!outermostLoop || comprehension || !e.oneThread;
      out.push({
        code: CODES.startedBeforeSet,
        message: slept !== undefined ? sleptInsteadOfJoinMessage(hit, e.how, slept, several) : readTooSoonMessage(hit, e.how, several),
        range: { start: { line, character: column }, end: { line, character: column + hit.length } },
        subject: hit,
        related: [{ range: lineRange(source, e.site.start.line), message: several ? 'the threads are started here' : 'the thread is started here' }],
      });
      break;
    }
  }
  return out;
}

/**
 * Is the start inside `with ThreadPoolExecutor(…) as ex:` (or a Pool) that ends before `row`? Leaving
 * the block waits for every task it submitted (`shutdown(wait=True)`), as a join does.
 */
function leftPoolBlockBefore(site: Node | null, row: number): boolean {
  for (let w = site ? enclosing(site, WITH_TYPES) : undefined; w; w = enclosing(w, WITH_TYPES)) {
    if (w.endPosition.row < row && /Executor\s*\(|Pool\s*\(/.test(w.text.slice(0, w.text.indexOf(':')))) return true;
  }
  return false;
}

/** Is a thread's `join()` among the statements after this one in its block? */
function followedByJoin(statement: Node): boolean {
  for (let s = statement.nextNamedSibling; s; s = s.nextNamedSibling) if (THREAD_JOIN.test(s.text)) return true;
  return false;
}

/** What GIL006 says of a read of what threads change, made after a sleep that stands in for the joins. */
function sleptInsteadOfJoinMessage(hit: string, how: string, sleep: string, several: boolean): string {
  const them = several ? 'the threads' : 'the thread';
  return `\`${hit}\` is read here after \`${sleep}\`, not after a \`join()\`: a sleep waits for a length of time, not for ${them} that change it (${how}), so whether ${several ? 'they have' : 'it has'} finished depends on how fast this machine runs ${several ? 'them' : 'it'} (a busy machine, or more work than the sleep allows, and ${several ? 'they are' : 'it is'} still running), and then this sees a value partway through. With the GIL or without it, nothing orders this read after their updates. ${several ? 'Keep the threads in a list and call `join()` on each' : 'Call `join()` on the thread'}, then read \`${hit}\`.`;
}

/** A print that says it shows a value partway through (`print("while they run:", n)`): a lesson showing the difference on purpose. */
const SAYS_PARTWAY = /["'][^"'\n]*\b(?:while|running|so far|before|during|progress|now|current(?:ly)?|partial|midway|meanwhile)\b/i;

/** Is `name` read again in the statement's block after a later statement that joins threads? */
function readAgainAfterJoin(statement: Node, name: string): boolean {
  const reads = new RegExp(`(?<![\\w.])${name.replace('.', '\\s*\\.\\s*')}\\b`);
  let joined = false;
  for (let s = statement.nextNamedSibling; s; s = s.nextNamedSibling) {
    if (joined && reads.test(s.text)) return true;
    joined ||= THREAD_JOIN.test(s.text);
  }
  return false;
}

/** A `while` loop after the statement, in its block, whose test reads `name`: the loop that polls the value read first there. */
function polledAfter(statement: Node, name: string): boolean {
  for (let s = statement.nextNamedSibling; s; s = s.nextNamedSibling) {
    if (s.type === 'while_statement' && new RegExp(`(?<![\\w.])${name}\\b`).test(s.childForFieldName('condition')?.text ?? '')) return true;
  }
  return false;
}

/** Does the code add to or set items of the container `name` (`name.append(…)`, `name[k] = …`, `name.update(…)`)? */
function fillsContainer(text: string, name: string): boolean {
  return text.includes(name) && new RegExp(`(?<![\\w.])${name}${FILLS}`).test(text);
}

/** A `for` loop whose body only starts threads (`for t in threads: t.start()`). */
function startsOnly(loop: Node): boolean {
  const body = loop.childForFieldName('body')?.namedChildren.filter((c) => c?.type !== 'comment') ?? [];
  return body.length > 0 && body.every((c) => c?.type === 'expression_statement' && /^[\w.]+\s*\.\s*start\s*\(\s*\)$/.test(c.text));
}

/** After a name: it is filled there (`.append(…)`, `[k] = …`, `[k] += …`). */
const FILLS = String.raw`\s*(?:\.\s*(?:append|extend|insert|add|update|setdefault|appendleft)\s*\(|${SUBSCRIPT}\s*(?:[-+*/%|&^]|//)?=(?!=))`;

/** Every name `fillsContainer` says the text fills, in one pass. */
function containersFilledIn(text: string): Set<string> {
  // (A lookahead: the names inside what fills one are read too, `d[f(seen.add(x))] = 1`.)
  return new Set([...text.matchAll(new RegExp(`(?<![\\w.])([A-Za-z_]\\w*)(?=${FILLS})`, 'g'))].map((m) => m[1]));
}

/** Does the function `key` fill the container handed as its parameter at `index`, itself or in a module function it hands it on to (`depth` levels)? */
function fillsParam(module: Module, key: string, index: number, depth: number): boolean {
  const ref = module.functions.get(key);
  const param = ref?.fn.params[index];
  if (!ref || param === undefined) return false;
  const body = functionText(module, ref);
  if (fillsContainer(body, param)) return true;
  if (depth === 0) return false;
  for (const c of ref.fn.calls) {
    if (c.t !== 'name' || c.name === key || !module.functions.has(c.name)) continue;
    const at = c.args?.indexOf(param) ?? -1;
    if (at >= 0 && fillsParam(module, c.name, at, depth - 1)) return true;
  }
  return false;
}

/**
 * GIL006 for a module global that only the thread gives a value (`def countdown(): global left; left =
 * 20 …`) while the code that starts it reads it right after the start (`t.start()` then `while left >
 * 0:`): nothing before the read made the name, so the read fails with NameError when the thread has not
 * run its first lines yet.
 */
function readBeforeThreadMakesIt(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const e of entries) {
    const target = /^threading\.Thread at line/.test(e.how) && !e.key.includes('.') ? module.functions.get(e.key) : undefined;
    if (!target || target.definition.parentIsClass) continue;
    const body = functionText(module, target);
    const declared = [...body.matchAll(/^[ \t]*global\s+([\w \t,]+)$/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim()));
    // Given a value by the thread, and not at module level (the rare rest: not in another function either, asked at a read).
    const madeByThread = declared.filter((name) => !done.has(name) && !module.globals.has(name) && !module.functions.has(name) && !module.classes.has(name) && !module.imports.aliases.has(name) && new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]*)?=(?!=)`, 'm').test(body));
    const onlyThreadStores = (name: string) => {
      const store = new RegExp(`(?<![\\w.])${name}\\s*(?::[^=\\n]*)?=(?!=)|\\bfor\\s+(?:[\\w\\s,]*[\\s,])?${name}\\b[\\w\\s,]*\\bin\\b|\\bas\\s+${name}\\b`, 'g');
      const own = absoluteRange(target.fn.range, target.statement.base);
      return [...namesMatching(root, module.text, store)].every(({ node }) => node.startPosition.row >= own.start.line && node.startPosition.row <= own.end.line);
    };
    if (madeByThread.length === 0) continue;
    // The statement that starts it, in its block; the statements right after it, up to a wait.
    let top: Node | null = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    while (top && top.parent && top.parent.type !== 'block' && top.parent.type !== 'module') top = top.parent;
    if (!top) continue;
    let started = /\.\s*start\s*\(\s*\)/.test(top.text);
    for (let s: Node | null = top.nextNamedSibling; s; s = s.nextNamedSibling) {
      if (s.type === 'comment') continue;
      if (!started) {
        // (`t = Thread(…)` then `t.start()`: the look begins after the start.)
        if (s.type !== 'expression_statement' || !/\.\s*start\s*\(\s*\)/.test(s.text)) break;
        started = true;
        continue;
      }
      // (Of a loop or an `if`, its test runs first; its body may wait.)
      const reads = s.type === 'while_statement' || s.type === 'if_statement' ? s.childForFieldName('condition') : ['expression_statement', 'return_statement'].includes(s.type) ? s : null;
      if (!reads) break;
      const name = madeByThread.find((n) => new RegExp(`(?<![\\w.])${n}\\b(?!\\s*=[^=])`).test(reads.text) && onlyThreadStores(n));
      const read = name !== undefined ? [...namesMatching(root, reads.text, new RegExp(`(?<![\\w.])${name}\\b`, 'g'), reads.startIndex)][0]?.node : undefined;
      if (name !== undefined && read) {
        done.add(name);
        const first = bodyLine(target, body, new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]*)?=(?!=)`, 'm').exec(body)?.index ?? 0);
        const line = read.startPosition.row;
        out.push({
          code: CODES.startedBeforeSet,
          message: `\`${name}\` is read here right after the thread is started (${e.how}), but only the thread gives it a value, in ${e.key}() at line ${first + 1}: until the new thread has run that line the name does not exist, and this read fails with NameError. With the GIL the new thread usually gets there first, as it goes on running for a few milliseconds once started, but nothing makes it (a slow first step, a busy machine); without the GIL the two run at once, and the read can come first (on a free-threaded 3.13 here, in about 1 fresh run of 200). Give \`${name}\` its first value before \`start()\` (at module level, or in the code that starts the thread), and let the thread change it from there.`,
          range: { start: { line, character: read.startPosition.column }, end: { line, character: read.startPosition.column + name.length } },
          subject: name,
          related: [
            { range: lineRange(source, first), message: `${e.key}() gives \`${name}\` its first value here, on the new thread` },
            { range: lineRange(source, e.site.start.line), message: 'the thread is started here' },
          ],
        });
        break;
      }
      if (WAITS_OR_REPEATS.test(reads.text) || s.type !== 'expression_statement') break;
    }
  }
  return out;
}

/**
 * GIL004 for a request flag that an object's own thread tests, acts on, and clears only after the work
 * (`if self.force: should_run = True` … `self.action.run()` … `self.force = False`) while a method
 * called from another thread raises it (`def force_run(self): self.force = True`): a request made
 * while the work runs is cleared with the one already served, and never acted on.
 */
function requestClearedAfterWork(module: Module, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { e, cls, ref, body } of sharedOwnThreadMethods(module, entries)) {
    for (const clear of body.matchAll(/^([ \t]*)self\s*\.\s*(\w+)\s*=\s*(?:False|None|0)[ \t]*(?:#.*)?$/gm)) {
      const attr = clear[2];
      if (seen.has(`${cls.name}.${attr}`)) continue;
      // Raised from outside the thread, to a value that asks for something.
      const raisers = (e.sharedWith.get(attr) ?? []).filter((m) => !m.endsWith(ON_OWN_THREAD) && cls.methods.has(m));
      // (Not a flag raised just before a thread is started, `self.running = True; t.start()`: that is the start, not a request.)
      const raiser = raisers.find((m) => {
        const text = functionText(module, cls.methods.get(m)!);
        const raise = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=\\s*(?:True|1)\\b`).exec(text);
        return !!raise && !/\.\s*start\s*\(\s*\)/.test(text.slice(raise.index));
      });
      if (!raiser) continue;
      const before = body.slice(0, clear.index);
      // The test that acts on it, earlier in the method; nothing clears it in between (cleared first, the request is kept).
      // (The first such test with work after it: `if self.force: run = True` … `self.job()` … `if self.force: self.force = False`.)
      const test = [...before.matchAll(new RegExp(`^[ \\t]*(?:if|elif)\\b[^\\n]*\\bself\\s*\\.\\s*${attr}\\b`, 'gm'))].find((t) => {
        const between = before.slice(t.index! + t[0].length);
        const rest = between.slice(between.indexOf('\n') + 1);
        if (new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=(?!=)`).test(rest) || /^[ \t]*(?:while|with)\b/m.test(rest)) return false;
        // Work between: a call that is not a log line.
        return rest.split('\n').some((l) => /\w\s*\(/.test(l) && !LOG_LINE.test(l));
      });
      if (!test) continue;
      // (One lock of the object held by the raise and around the test and the clear: they cannot interleave.)
      const raiserRef = cls.methods.get(raiser)!;
      const raiserBody = functionText(module, raiserRef);
      if ([...cls.lockAttrs].some((l) => heldWith(l).test(raiserBody) && heldWith(l).test(before.slice(0, test.index)))) continue;
      seen.add(`${cls.name}.${attr}`);
      const line = bodyLine(ref, body, clear.index);
      const testLine = bodyLine(ref, body, test.index!);
      const raiseLine = bodyLine(raiserRef, raiserBody, new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=`).exec(raiserBody)!.index);
      const column = clear[1].length;
      out.push({
        code: CODES.checkThenAct,
        message: `\`self.${attr}\` is a request flag that \`${raiser}()\` raises from another thread (line ${raiseLine + 1}), and the object's own thread (${e.how}) tests it at line ${testLine + 1}, does the work, and clears it only here, after the work, with no lock over the three: a request made while the work runs is cleared with the one already served, and never acted on. With the GIL or without it the work is long enough for that to happen. Clear it first, as you take it (\`if self.${attr}: self.${attr} = False\` before the work, or one lock over the test and the clear, taken in \`${raiser}()\` too), or hand requests over through a threading.Event or a queue.Queue.`,
        range: { start: { line, character: column }, end: { line, character: column + `self.${attr}`.length } },
        subject: `self.${attr}`,
        related: [
          { range: lineRange(source, testLine), message: `the thread tests \`self.${attr}\` here` },
          { range: lineRange(source, raiseLine), message: `${raiser}() raises it here, from another thread` },
        ],
      });
    }
  }
  return out;
}

/**
 * GIL004 for a dict or set that an object's own thread adds to or removes from, with no lock, while a
 * public method hands it out as it is (`def sensors(self): return self._sensors`): the caller holds the
 * live container, and going through it while the thread changes its size raises RuntimeError (or
 * misses items). Said at the `return`, with the thread's change as the related location.
 */
function liveContainerReturned(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const CHANGE = /^([ \t]*)(?:del\s+)?self\s*\.\s*(\w+)\s*(?:\[[^\]\n]*\]\s*=(?!=)|\[[^\]\n]*\]\s*$|\.\s*(?:add|update|pop|popitem|discard|remove|setdefault|clear)\s*\()/gm;
  for (const e of entries) {
    const { cls, name } = classMethodOf(module, e.key);
    if (!cls || !cls.methods.has(name) || !e.oneThread || e.guardedBy || seen.has(cls.name)) continue;
    // The object's own thread: a Thread subclass's, or one its own methods start on a method of it.
    const startedInClass = [...cls.methods.values()].some((ref) => {
      const r = absoluteRange(ref.fn.range, ref.statement.base);
      return r.start.line <= e.site.start.line && e.site.start.line <= r.end.line;
    });
    if (!cls.isThread && !startedInClass) continue;
    seen.add(cls.name);
    const own = ownThreadMethods(module, cls, name);
    const locks = [...cls.lockAttrs];
    const initText = functionText(module, cls.methods.get('__init__') ?? cls.methods.get(name)!);
    const properties = /@\s*property\b/.test(classNode(root, cls)?.text ?? '') ? propertyBodies(root, cls) : new Map<string, { getter?: Node; setter?: Node }>();
    // What the thread changes the size of: `self.X[k] = …`, `self.X.add(…)`, `.pop(…)`, `del self.X[k]`, itself or
    // through a property's setter (`self.latest = s`, whose setter does `self._by_user[s.user] = s`).
    // (Under a lock of the object too: the caller goes through what it got after any lock is let go.)
    const changes = new Map<string, { line: number; lock?: string; via?: string }>();
    for (const m of own) {
      const ref = cls.methods.get(m)!;
      const text = functionText(module, ref);
      const lockAt = (at: number) => locks.find((l) => heldWith(l).test(text.slice(0, at)));
      for (const c of text.matchAll(CHANGE)) {
        const attr = c[2];
        if (changes.has(attr) || !madeAsDictOrSet(module, `self.${attr}`, initText)) continue;
        const lock = lockAt(c.index);
        changes.set(attr, { line: bodyLine(ref, text, c.index), ...(lock !== undefined && { lock }) });
      }
      for (const [prop, { setter }] of properties) {
        if (!setter) continue;
        const store = new RegExp(`^[ \\t]*self\\s*\\.\\s*${prop}\\s*=(?!=)`, 'm').exec(text);
        if (!store) continue;
        for (const c of (setter.childForFieldName('body')?.text ?? '').matchAll(CHANGE)) {
          const attr = c[2];
          if (changes.has(attr) || !madeAsDictOrSet(module, `self.${attr}`, initText)) continue;
          const lock = locks.find((l) => heldWith(l).test(setter.text));
          changes.set(attr, { line: bodyLine(ref, text, store.index), via: prop, ...(lock !== undefined && { lock }) });
        }
      }
    }
    if (changes.size === 0) continue;
    const RETURN = /^([ \t]*)return\s+self\s*\.\s*(\w+)[ \t]*(?:#.*)?$/m;
    const getters: { method: string; line: number; column: number; attr: string; property: boolean }[] = [];
    for (const [method, ref] of cls.methods) {
      if (method.startsWith('_') || own.has(method) || properties.has(method)) continue;
      const text = functionText(module, ref);
      const ret = RETURN.exec(text);
      if (ret) getters.push({ method, line: bodyLine(ref, text, ret.index), column: ret[1].length + ret[0].trimStart().indexOf('self'), attr: ret[2], property: false });
    }
    for (const [prop, { getter }] of properties) {
      if (prop.startsWith('_') || !getter) continue;
      const ret = RETURN.exec(getter.text);
      if (ret) {
        const line = getter.startPosition.row + newlinesBefore(getter.text, ret.index + ret[0].search(/\S/));
        getters.push({ method: prop, line, column: ret[1].length + ret[0].trimStart().indexOf('self'), attr: ret[2], property: true });
      }
    }
    for (const { method, line, column, attr, property } of getters) {
      const change = changes.get(attr);
      if (change === undefined) continue;
      const subject = `self.${attr}`;
      const who = property ? `The property \`${method}\`` : `\`${method}()\``;
      const how = change.via !== undefined ? `, through the \`${change.via}\` setter,` : '';
      const lock = change.lock !== undefined ? ` under \`self.${change.lock}\`` : ' with no lock';
      const afterLock = change.lock !== undefined ? `, whatever lock the ${property ? 'getter' : 'method'} held: the loop runs after it returns` : '';
      out.push({
        code: CODES.checkThenAct,
        message: `${who} hands its callers \`${subject}\` itself, a dict or set that the object's own thread (${e.how})${how} changes the size of at line ${change.line + 1}${lock}. A caller that goes through what it got (a \`for\` loop, a comprehension, \`.items()\`) while the thread adds or removes an entry fails with RuntimeError (dictionary changed size during iteration), or misses entries${afterLock}. With the GIL a thread switch must land inside the loop; without it the two run at once. Return a copy made under a lock (\`with ${change.lock !== undefined ? `self.${change.lock}` : 'self._lock'}: return dict(${subject})\`)${change.lock !== undefined ? '' : ', and take that lock where the thread changes it'}.`,
        range: { start: { line, character: column }, end: { line, character: column + subject.length } },
        subject,
        related: [{ range: lineRange(source, change.line), message: change.via !== undefined ? `the object's own thread changes \`${subject}\` here, through the \`${change.via}\` setter` : `the object's own thread changes \`${subject}\` here` }],
      });
    }
  }
  return out;
}

const propertiesOf = new WeakMap<ClassInfo, Map<string, { getter?: Node; setter?: Node }>>();

/** A class's properties, by name: the `@property` getter and the `@name.setter` setter, as `def` nodes. */
function propertyBodies(root: Node, cls: ClassInfo): Map<string, { getter?: Node; setter?: Node }> {
  // (Kept with the class, which is its build's own: asked per attribute by several checks.)
  const kept = propertiesOf.get(cls);
  if (kept) return kept;
  const out = new Map<string, { getter?: Node; setter?: Node }>();
  propertiesOf.set(cls, out);
  for (const d of classNode(root, cls)?.childForFieldName('body')?.namedChildren ?? []) {
    const fn = d?.type === 'decorated_definition' ? d.childForFieldName('definition') : undefined;
    const name = fn?.childForFieldName('name')?.text;
    if (!fn || name === undefined) continue;
    for (const x of d!.namedChildren) {
      if (x?.type !== 'decorator') continue;
      const entry = out.get(name) ?? {};
      if (/^@\s*property\s*$/.test(x.text)) out.set(name, { ...entry, getter: fn });
      else if (new RegExp(`^@\\s*${name}\\s*\\.\\s*setter\\s*$`).test(x.text)) out.set(name, { ...entry, setter: fn });
    }
  }
  return out;
}

/**
 * GIL006 for a status flag the thread sets as its first act (`def work(self): self.running = True` …
 * `self.running = False`) while the method that starts it tests the flag right after `start()`, itself
 * or through a method it calls (`t.start()` … `self.poll()`, whose `if self.running:` decides): the test
 * can come before the thread's first line, and finds the flag unset, or still saying "finished".
 */
function flagReadRightAfterStart(module: Module, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const e of entries) {
    const { cls, name, target } = classMethodOf(module, e.key);
    if (!cls || !target || !e.oneThread || e.guardedBy || e.elsewhere || done.has(e.key)) continue;
    done.add(e.key);
    const body = functionText(module, target);
    const indent = bodyIndent(module, target);
    if (indent === undefined) continue;
    // The thread's first statement (after a docstring) stores a flag; a later one of its own stores the other value.
    const statements = [...body.matchAll(/^([ \t]*)(\S.*)$/gm)].filter((m) => m[1].length === indent && !m[2].startsWith('#'));
    const firstAt = statements.findIndex((m) => !/^(?:[rRuUbB]?["'])/.test(m[2]));
    const store = firstAt >= 0 && firstAt <= 1 ? /^self\s*\.\s*(\w+)\s*=\s*(True|False)\s*(?:#.*)?$/.exec(statements[firstAt][2]) : null;
    if (!store) continue;
    const [, attr, value] = store;
    const other = value === 'True' ? 'False' : 'True';
    if (!statements.slice(firstAt + 1).some((m) => new RegExp(`^self\\s*\\.\\s*${attr}\\s*=\\s*${other}\\b`).test(m[2]))) continue;
    // The method that starts it: the one whose body holds the start.
    const starter = [...cls.methods].find(([m, ref]) => {
      const r = absoluteRange(ref.fn.range, ref.statement.base);
      return m !== name && r.start.line < e.site.start.line && r.end.line >= e.site.end.line;
    });
    if (!starter) continue;
    const [starterName, starterRef] = starter;
    const starterStart = absoluteRange(starterRef.fn.range, starterRef.statement.base).start.line + 1;
    const lines = functionText(module, starterRef).split('\n');
    const startAt = lines.findIndex((l, i) => starterStart + i >= e.site.start.line && /\.\s*start\s*\(\s*\)/.test(l));
    if (startAt < 0) continue;
    // Already holding the thread's value before the start: in `__init__`, or in the starter before `start()`.
    const holds = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=\\s*${value}\\b`);
    const init = cls.methods.get('__init__');
    if (holds.test(lines.slice(0, startAt).join('\n')) || (init && holds.test(functionText(module, init)))) continue;
    const test = new RegExp(`^[ \\t]*(?:if|elif|while)\\s+(?:not\\s+)?self\\s*\\.\\s*${attr}\\s*(?::|$|and\\b|or\\b|==|is\\b)`, 'm');
    let readLine: number | undefined;
    let through: string | undefined;
    for (let i = startAt + 1; i < lines.length && readLine === undefined; i++) {
      if (test.test(lines[i])) readLine = starterStart + i;
      for (const call of lines[i].matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)) {
        const callee = cls.methods.get(call[1]);
        if (readLine !== undefined || !callee || call[1] === name) continue;
        const calleeText = functionText(module, callee);
        const at = test.exec(calleeText);
        if (!at) continue;
        readLine = bodyLine(callee, calleeText, at.index);
        through = call[1];
      }
    }
    if (readLine === undefined) continue;
    const storeLine = bodyLine(target, body, statements[firstAt].index!);
    const startLine = starterStart + startAt;
    const before = init && new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=`).test(functionText(module, init)) ? `still ${other}, as if the thread had finished` : 'not set at all (an AttributeError)';
    out.push({
      code: CODES.startedBeforeSet,
      message: `\`self.${attr}\` is set to ${value} here by the thread itself (${name}() runs on it: ${e.how}), while \`${starterName}()\` tests it right after \`start()\` at line ${startLine + 1}${through ? `, through ${through}() at line ${readLine + 1}` : ` at line ${readLine + 1}`}: that test can run before the new thread's first line, and find it ${before}. A new thread need not run at once: with the GIL it waits for its turn, and on a busy machine for a CPU. Set \`self.${attr} = ${value}\` in ${starterName}() before \`start()\`, and leave it to the thread only to set it back.`,
      range: { start: { line: storeLine, character: indent }, end: { line: storeLine, character: indent + `self.${attr}`.length } },
      subject: `self.${attr}`,
      related: [
        { range: lineRange(source, startLine), message: `${starterName}() starts the thread here` },
        { range: lineRange(source, readLine), message: `and tests \`self.${attr}\` here, maybe before the thread has set it` },
      ],
    });
  }
  return out;
}

/**
 * The locks held around a position, as written (`self._lock`): the items of the `with` statements around it, and
 * what a `lock.acquire()` statement earlier in an enclosing block took and has not released since.
 */
function locksHeldAt(root: Node, line: number, column: number): string[] {
  const at = root.descendantForPosition({ row: line, column });
  const held: string[] = [];
  if (!at) return held;
  for (let p: Node | null = at; p; p = p.parent) {
    if (p.type === 'with_statement') {
      for (const item of p.descendantsOfType('with_item')) {
        const v = withItemValue(item);
        // (`with open(path) as f:` in two places is two files, not one lock.)
        if (v && item?.parent?.parent?.id === p.id && !opensResource(v)) held.push(v.text.replace(/\s+/g, ''));
      }
    } else if (p.type === 'block' && /\.\s*acquire\s*\(\s*\)/.test(p.text)) {
      for (const s of p.namedChildren) {
        if (!s || s.startIndex >= at.startIndex) break;
        const taken = s.type === 'expression_statement' ? /^([\w.]+)\.acquire\(\)$/.exec(s.text.replace(/\s+/g, ''))?.[1] : undefined;
        if (taken && !held.includes(taken) && heldAt(at, taken)) held.push(taken);
      }
    }
  }
  return held;
}

/** A method's `self.attr = Timer(…, self.callback …)`: the store, where it is, and the line (0-based, of the module). */
interface TimerStore {
  method: string;
  ref: FunctionRef;
  attr: string;
  callback: string;
  indent: string;
  line: number;
}

/** The Timers a class's methods store on `self`, each on one of its own methods. */
function timerStores(module: Module, cls: ClassInfo): TimerStore[] {
  const out: TimerStore[] = [];
  for (const [method, ref] of cls.methods) {
    const text = functionText(module, ref);
    for (const m of text.matchAll(/^([ \t]*)self\s*\.\s*(\w+)\s*=\s*(?:threading\s*\.\s*)?Timer\s*\(/gm)) {
      // The callback: the first of the class's methods named in the call's arguments, on its line or the next ones.
      const args = callArguments(text, m.index! + m[0].length);
      const callback = [...args.matchAll(/\bself\s*\.\s*(\w+)\b/g)].map((a) => a[1]).find((a) => cls.methods.has(a));
      if (callback !== undefined) out.push({ method, ref, attr: m[2], callback, indent: m[1], line: bodyLine(ref, text, m.index!) });
    }
  }
  return out;
}

/** The text of a call's arguments, from just after its `(` at `from` to the `)` that closes it (or the text's end). */
function callArguments(text: string, from: number): string {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

/**
 * GIL001 for a Timer that re-arms itself (`def _tick(self): … self._timer = Timer(5, self._tick);
 * self._timer.start()`, also through the methods the callback calls) while another method cancels it
 * (`def stop(self): self._timer.cancel()`), with no lock over both: a stop made while the callback runs
 * cancels the timer that has already fired, and the one the callback starts next runs anyway.
 */
function timerReArmedWhileCancelled(module: Module, root: Node, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  if (!/\bTimer\s*\(/.test(module.text)) return out;
  for (const cls of module.classes.values()) {
    const done = new Set<string>();
    for (const { method, attr, callback, indent, line: storeLine } of timerStores(module, cls)) {
      const own = ownThreadMethods(module, cls, callback);
      if (!own.has(method) || done.has(attr)) continue;
      // Another method, not one the callback's own code calls, that cancels it.
      const cancel = new RegExp(`^([ \\t]*)self\\s*\\.\\s*${attr}\\s*\\.\\s*cancel\\s*\\(`, 'm');
      const stopper = [...cls.methods].find(([m, r]) => !own.has(m) && m !== '__init__' && CALLED_FROM_OUTSIDE.test(m) && cancel.test(functionText(module, r)));
      if (!stopper) continue;
      // A program that makes the timer here and never stops it (no `.stop(` but the timer's own `self.timer.cancel()`) cancels nothing.
      const stopCalls = [...module.text.matchAll(new RegExp(`([\\w.]+)\\s*\\.\\s*${stopper[0]}\\s*\\(`, 'g'))].filter((m) => m[1].replace(/\s+/g, '') !== `self.${attr}`);
      if (stopCalls.length === 0 && classCalls(module, cls.name, 1).length > 0) continue;
      done.add(attr);
      const stopText = functionText(module, stopper[1]);
      const stopAt = cancel.exec(stopText)!;
      const cancelLine = bodyLine(stopper[1], stopText, stopAt.index);
      const heldOverStore = locksHeldAt(root, storeLine, indent.length);
      const heldOverCancel = locksHeldAt(root, cancelLine, stopAt[1].length);
      if (heldOverCancel.some((h) => heldOverStore.includes(h))) continue;
      // (A helper that stores it, called only with the class's lock held, `with self._lock: … self._start_timer()`.)
      if (heldOverCancel.length > 0 && calledLocked(module, root, cls, method)) continue;
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`self.${attr}\` is replaced here on the timer's own thread (${callback}() starts a new Timer on itself), while \`${stopper[0]}()\` cancels \`self.${attr}\` at line ${cancelLine + 1} from another thread, with no lock over both: a ${stopper[0]}() made while ${callback}() runs cancels the timer that has already fired, and the new one started here runs all the same (and, if it re-arms again, goes on after the stop). Hold one lock over the cancel, with a flag that says it is stopped, and over the test of that flag and the new Timer here.`,
        range: { start: { line: storeLine, character: indent.length }, end: { line: storeLine, character: indent.length + `self.${attr}`.length } },
        subject: `self.${attr}`,
        related: [{ range: lineRange(source, cancelLine), message: `${stopper[0]}() cancels \`self.${attr}\` here, from another thread` }],
      });
    }
  }
  return out;
}

/**
 * The same for a Timer kept in a module global (`def tick(): global timer; …; timer = Timer(5, tick);
 * timer.start()`) while another function cancels it (`def stop(): timer.cancel()`, registered with
 * `atexit`, a signal, or called): a stop made while tick() runs cancels the timer that has already
 * fired, and the one tick() starts next runs anyway (and keeps the program alive).
 */
function globalTimerReArmedWhileCancelled(module: Module, root: Node, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\bTimer\s*\(/.test(module.text) || !/\.\s*cancel\s*\(/.test(module.text)) return out;
  const done = new Set<string>();
  for (const m of module.text.matchAll(/^([ \t]+)([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)?)\s*=\s*(?:threading\s*\.\s*)?Timer\s*\([^,\n]*,\s*([A-Za-z_]\w*)\b/gm)) {
    const [, indent, , callback] = m;
    const handle = m[2].replace(/\s+/g, '');
    if (done.has(handle)) continue;
    const at = root.descendantForIndex(m.index! + indent.length);
    const def = at ? enclosingDefinition(at) : undefined;
    const defName = def?.childForFieldName('name')?.text;
    // Re-armed on the timer's own thread: by the callback itself, or a module function the callback calls
    // (`_run()` calls `start()`), into a global (or an enclosing function's name), or an attribute of an
    // imported module or a module-level object (`metrics.timer`).
    const head = handle.split('.')[0];
    const into = handle.includes('.')
      ? head !== 'self' && head !== 'cls' && (module.imports.aliases.has(head) || module.globals.has(head))
      : !!def && new RegExp(`^[ \\t]*(?:global|nonlocal)\\s+[\\w\\s,]*\\b${handle}\\b`, 'm').test(def.text);
    if (!def || defName === undefined || !into || (defName !== callback && !(def.parent?.type === 'module' && calledByName(module, callback, Infinity, true).has(defName)))) continue;
    const handlePattern = handle.replace(/\./g, '\\s*\\.\\s*');
    const cancel = new RegExp(`^([ \\t]*)${handlePattern}\\s*\\.\\s*cancel\\s*\\(`, 'gm');
    for (const c of module.text.matchAll(cancel)) {
      const cancelAt = root.descendantForIndex(c.index! + c[1].length);
      const stopper = cancelAt ? enclosingDefinition(cancelAt) : undefined;
      const stopName = stopper?.childForFieldName('name')?.text;
      if (!stopper || stopName === undefined || stopName === callback || stopper.id === def.id || calledByName(module, callback, Infinity, true).has(stopName)) continue;
      // Called from somewhere, or handed to what calls it (`atexit.register(stop)`, `signal.signal(…, stop)`); or a
      // public function of a module whose timer lives on another module (`metrics.timer`): its importers call it.
      const mentions = [...module.text.matchAll(new RegExp(`(?<![\\w.])${stopName}\\b`, 'g'))].filter((x) => x.index! < stopper.startIndex || x.index! >= stopper.endIndex);
      if (mentions.length === 0 && !(handle.includes('.') && stopper.parent?.type === 'module' && !stopName.startsWith('_'))) continue;
      const storeLine = at!.startPosition.row;
      const cancelLine = cancelAt!.startPosition.row;
      const heldOverStore = locksHeldAt(root, storeLine, indent.length);
      if (locksHeldAt(root, cancelLine, c[1].length).some((h) => heldOverStore.includes(h))) continue;
      if (already.some((f) => f.range.start.line === storeLine)) continue;
      done.add(handle);
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`${handle}\` is replaced here on the timer's own thread (${callback}() starts a new Timer on itself${defName !== callback ? `, through ${defName}()` : ''}), while ${stopName}() cancels \`${handle}\` at line ${cancelLine + 1} from another thread, with no lock over both: a ${stopName}() made while ${callback}() runs cancels the timer that has already fired, and the new one started here runs all the same (it re-arms again, goes on after the stop, and keeps the program from exiting). Hold one lock over the cancel, with a flag that says it is stopped, and over the test of that flag and the new Timer here.`,
        range: { start: { line: storeLine, character: indent.length }, end: { line: storeLine, character: indent.length + handle.length } },
        subject: handle,
        related: [{ range: lineRange(source, cancelLine), message: `${stopName}() cancels \`${handle}\` here, from another thread` }],
      });
      break;
    }
  }
  return out;
}

/**
 * GIL001 for a debounce: a method replaces `self.timer` with a new Timer (cancelling the old one), and
 * the Timer's callback, on the timer's own thread, sets `self.timer = None` when it is done, or cancels
 * `self.timer`, with no lock that the replace holds too. An event that lands while the callback runs
 * makes a new Timer, and the callback then drops it (nothing can cancel it any more: the work runs
 * twice) or cancels it (it never fires). The method runs on its caller's thread, never the timer's
 * (one the callback calls itself re-arms the timer: timerReArmedWhileCancelled); a store made in
 * `__init__` is made once, before any callback.
 */
function timerClearedWhileReplaced(module: Module, root: Node, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  if (!/\bTimer\s*\(/.test(module.text)) return out;
  for (const cls of module.classes.values()) {
    for (const { method, attr, callback, indent, line: storeLine } of timerStores(module, cls)) {
      const own = ownThreadMethods(module, cls, callback);
      if (own.has(method) || method === '__init__' || !CALLED_FROM_OUTSIDE.test(method)) continue;
      const held = locksHeldAt(root, storeLine, indent.length);
      for (const cleared of own) {
        const cref = cls.methods.get(cleared)!;
        const ctext = functionText(module, cref);
        // (`if self.timer is threading.current_thread(): …`: it acts only on itself.)
        if (new RegExp(`\\bself\\s*\\.\\s*${attr}\\s+is\\s+(?:not\\s+)?(?:threading\\s*\\.\\s*)?current_thread\\s*\\(`).test(ctext)) continue;
        const use = new RegExp(`^([ \\t]*)self\\s*\\.\\s*${attr}\\s*(?:=\\s*None\\s*(?:#.*)?$|\\.\\s*cancel\\s*\\()`, 'm').exec(ctext);
        if (!use) continue;
        const line = bodyLine(cref, ctext, use.index);
        if (locksHeldAt(root, line, use[1].length).some((h) => held.includes(h))) continue;
        const cancels = !/=\s*None/.test(use[0]);
        const what = cancels ? `\`self.${attr}.cancel()\` runs here on the timer's own thread` : `\`self.${attr}\` is set to None here on the timer's own thread`;
        const when = held.length > 0 ? `without \`${held[held.length - 1]}\`, which ${method}() holds when it replaces \`self.${attr}\` with a new Timer at line ${storeLine + 1}` : `while ${method}() can replace \`self.${attr}\` with a new Timer at line ${storeLine + 1} from another thread, with no lock over either`;
        const harm = cancels
          ? `if ${method}() runs while ${callback}() is at work, this cancels the new Timer instead of the one already running, and the new one never fires`
          : `if ${method}() runs again while ${callback}() is still at work, it starts a new Timer and this store then drops it: the next call finds no timer to cancel and starts another, so both fire and the work is done twice`;
        const lock = held.length > 0 ? held[held.length - 1] : 'self.lock';
        const fix = cancels
          ? `Hold ${held.length > 0 ? `\`${lock}\`` : 'one lock'} over ${method}()'s replace and over ${cleared}() from its start to this cancel, so that no new Timer can be made in between.`
          : `Clear it under ${held.length > 0 ? `\`${lock}\`` : `a lock that ${method}() holds over the replace too`}, and only while it is still this timer: \`with ${lock}: if self.${attr} is threading.current_thread(): self.${attr} = None\` (a Timer is the thread its callback runs on).`;
        out.push({
          code: CODES.unlockedSharedWrite,
          message: `${what} (the Timer that ${method}() makes runs ${callback}()), ${when}: ${harm}. ${fix}`,
          range: { start: { line, character: use[1].length }, end: { line, character: use[1].length + `self.${attr}`.length } },
          subject: `self.${attr}`,
          related: [{ range: lineRange(source, storeLine), message: `${method}() replaces \`self.${attr}\` here${held.length > 0 ? `, under \`${lock}\`` : ''}` }],
        });
        break;
      }
    }
  }
  return out;
}

const LAMBDA: ReadonlySet<string> = new Set(['lambda']);
const ASSIGNMENT: ReadonlySet<string> = new Set(['assignment']);

/** The node of these types around a position (`root.descendantForPosition` gives the token there). */
function enclosingAt(root: Node, line: number, column: number, types: ReadonlySet<string>): Node | undefined {
  const at = root.descendantForPosition({ row: line, column });
  return at ? enclosing(at, types) : undefined;
}

/** Does the function that starts the entry's thread join it (any `.join(`) after the start, before it returns? */
function joinedByStarter(module: Module, root: Node, e: ThreadEntry): boolean {
  const at = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
  const starter = at ? enclosing(at, FUNCTION_TYPES) : undefined;
  return !!starter && joinedBetween(module, e.site.start.line, starter.endPosition.row + 1);
}

/**
 * GIL004 for a loop over a dict or set of the object (`for sock, addr in self.clients.items():`, not a
 * copy) in a method code outside the object's threads calls, while the object's own thread adds to it
 * (`self.clients[sock] = addr` in the accept loop), with no lock over the loop and the add: the loop
 * fails with RuntimeError (changed size during iteration) or misses items.
 */
function loopOverWhileThreadAdds(module: Module, root: Node, source: SourceLines, cls: ClassInfo, taker: string, ref: FunctionRef, text: string, attr: string, add: { method: string; line: number; held: string[]; entry: ThreadEntry }, calledOutside: (taker: string, adder?: ThreadEntry) => boolean, removes = false): Finding | undefined {
  if (!madeAsDictOrSet(module, `self.${attr}`)) return undefined;
  // A `for` statement, or a comprehension or generator (`sum(t["rate"] for t in self.tasks.values())`).
  const over = `\\bin\\s+self\\s*\\.\\s*${attr}\\s*(?:\\.\\s*(?:items|keys|values)\\s*\\(\\s*\\))?`;
  const loop = new RegExp(`^([ \\t]*)(?:for\\b[^\\n]*${over}\\s*:|[^\\n#]*[([{][^\\n#]*\\bfor\\b[^\\n#]*?${over}\\s*(?:[)\\]}]|\\bif\\b))`, 'm').exec(text);
  if (!loop || !calledOutside(taker, add.entry)) return undefined;
  // (The object's own thread, started in its methods: one the program starts on it, it can join before the call.)
  const home = classNode(root, cls);
  if (!home || add.entry.site.start.line < home.startPosition.row || add.entry.site.start.line > home.endPosition.row) return undefined;
  const line = bodyLine(ref, text, loop.index);
  const held = locksHeldAt(root, line, loop[1].length);
  if (held.some((h) => add.held.includes(h))) return undefined;
  const column = source.line(line).search(new RegExp(`(?<=${over.slice(0, over.indexOf('self'))})self\\b`));
  if (column < 0) return undefined;
  const change = removes ? 'removal' : 'add';
  return {
    code: CODES.checkThenAct,
    message: `\`self.${attr}\` is changed by code that runs in threads (${add.method}() ${removes ? 'removes from' : 'adds to'} it at line ${add.line + 1}; ${add.entry.how}), while \`${taker}()\`, which code outside those threads calls, goes through it here with no lock over the loop and the ${change}: the loop can fail with RuntimeError (the dict or set changed size during iteration) or miss items, ${removes ? 'more often without the GIL (a sum over a dict while a thread removed its keys failed so in 21 of 40 runs on 3.13t, and in none of 40 on 3.9 and 3.11, where a thread switch must land inside the loop)' : 'with the GIL or without it (a loop over a dict that a thread was still filling failed so in 40 of 40 runs on 3.9 and 3.11, and in 29 of 40 on 3.13t)'}. Hold one lock over the ${change} and loop over a copy taken under it (\`with lock: items = list(self.${attr}.items())\`).`,
    range: { start: { line, character: column }, end: { line, character: column + `self.${attr}`.length } },
    subject: `self.${attr}`,
    related: [
      { range: lineRange(source, add.line), message: `${add.method}() ${removes ? 'removes from' : 'adds to'} \`self.${attr}\` here, on threads` },
      { range: add.entry.site, message: `the threads that run ${add.method}() start here (${add.entry.how})` },
    ],
  };
}

/**
 * A container an object's thread code fills (`self.pending.append(r)` in a method threads run:
 * `add_done_callback(self._complete)`, `Thread(target=self._work)`) while a public method, which code
 * outside those threads calls, takes it and puts a new empty one in its place (`for cb, r in
 * self.pending: …` then `self.pending = []`; `batch = self.pending; self.pending = []`; a copy, then
 * `clear()`) with no lock over the take, the replacement and the add: an item added in between is lost.
 * (Where the taking method is thread code itself, the swap rule of its own writes says it.)
 */
function takenWhileThreadsAdd(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  // The lambdas threads run (`add_done_callback(lambda r: self._complete(cb, r))`), found once.
  const lambdas = entries.flatMap((e): [Node, ThreadEntry][] => {
    const at = /^<lambda@(\d+):(\d+)>$/.exec(e.key);
    // (At the key's position is the `lambda` keyword's own token; the expression is the node around it.)
    const lambda = at ? enclosingAt(root, Number(at[1]) - 1, Number(at[2]), LAMBDA) : undefined;
    return lambda ? [[lambda, e]] : [];
  });
  // (The entries by the class their key names, `Cls.method`, in one pass: a module may have many classes.)
  const byClass = new Map<string, ThreadEntry[]>();
  for (const e of entries) {
    const dot = e.key.lastIndexOf('.');
    if (dot > 0 && !e.mainProgram) byClass.set(e.key.slice(0, dot), [...(byClass.get(e.key.slice(0, dot)) ?? []), e]);
  }
  for (const cls of module.classes.values()) {
    // The methods threads run: started on directly, or called by a lambda of the class that threads run, and what they call on `self`.
    const started: [string, ThreadEntry][] = [];
    // (The main program, and a starter going on beside its thread, are the outside code that takes, not thread code.)
    for (const e of byClass.get(cls.name) ?? []) if (cls.methods.has(e.key.slice(cls.name.length + 1))) started.push([e.key.slice(cls.name.length + 1), e]);
    const node = lambdas.length > 0 ? classNode(root, cls) : undefined;
    for (const [lambda, e] of lambdas) {
      if (!node || lambda.startIndex <= node.startIndex || lambda.endIndex >= node.endIndex) continue;
      for (const m of lambda.text.matchAll(/\bself\s*\.\s*(\w+)\s*\(/g)) if (cls.methods.has(m[1])) started.push([m[1], e]);
    }
    if (started.length === 0) continue;
    const threadCode = new Map<string, ThreadEntry>();
    for (const [name, e] of started) for (const m of ownThreadMethods(module, cls, name)) if (!threadCode.has(m)) threadCode.set(m, e);
    // What that code adds to, unlocked or under which locks: attr → the first add; and what it only
    // removes from (`self.tasks.pop(task_id)` when a task fails): a loop over it can fail as well.
    type Change = { method: string; line: number; held: string[]; entry: ThreadEntry };
    const adds = new Map<string, Change>();
    const removals = new Map<string, Change>();
    for (const [name, entry] of threadCode) {
      const ref = cls.methods.get(name)!;
      const text = functionText(module, ref);
      const note = (into: Map<string, Change>, attr: string, index: number, indent: string) => {
        if (into.has(attr)) return;
        const line = bodyLine(ref, text, index);
        into.set(attr, { method: name, line, held: locksHeldAt(root, line, indent.length), entry });
      };
      for (const m of text.matchAll(/^([ \t]*)(?:[\w.]+\s*=\s*)?self\s*\.\s*(\w+)\s*(?:\.\s*(?:append|appendleft|extend|add|insert|update|setdefault)\s*\(|\[[^\]\n]+\]\s*=[^=])/gm)) note(adds, m[2], m.index!, m[1]);
      for (const m of text.matchAll(/^([ \t]*)(?:[\w.]+\s*=\s*)?(?:self\s*\.\s*(\w+)\s*\.\s*(?:pop|popitem|remove|discard)\s*\(|del\s+self\s*\.\s*(\w+)\s*\[)/gm)) note(removals, m[2] ?? m[3], m.index!, m[1]);
    }
    for (const attr of adds.keys()) removals.delete(attr);
    if (adds.size === 0 && removals.size === 0) continue;
    // A class the program makes here has its methods called where the program calls them (not in a
    // docstring's example): on an object, or on `self` from a method its threads do not run.
    // (A method a base class of another module declares, `handle_receive()` of an event handler, is called by that framework.)
    const bases = classNode(root, cls)?.childForFieldName('superclasses')?.namedChildren.map((b) => b?.text ?? '').filter((b) => !/^(?:object|(?:threading\s*\.\s*)?Thread|metaclass\s*=.*)$/.test(b)) ?? [];
    const program = madeByProgram(module, cls.name) && bases.every((b) => module.classes.has(b));
    let calls: (Node | null)[] | undefined;
    // (A call in the method that started the adding thread, after it waits for the threads it started
    // there, `for t in threads: t.join()` then `self.consolidate()`, comes after every add.)
    const calledOutside = (taker: string, adder?: ThreadEntry) =>
      !program ||
      (calls ??= root.descendantsOfType('call')).some((c) => {
        const f = c?.childForFieldName('function');
        if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== taker) return false;
        // (From outside the object: not while a thread that the method starting it joins before it returns, `c.run(); c.report()`.)
        if (f.childForFieldName('object')?.text !== 'self') return !(adder && joinedByStarter(module, root, adder));
        const def = enclosingDefinition(c!);
        const home = def?.childForFieldName('name')?.text;
        if (home === undefined || threadCode.has(home)) return false;
        const startLine = adder?.site.start.line;
        const joinedFirst = startLine !== undefined && startLine > def!.startPosition.row && startLine < c!.startPosition.row && joinedBetween(module, startLine, c!.startPosition.row);
        return !joinedFirst;
      });
    for (const [taker, ref] of cls.methods) {
      if (threadCode.has(taker) || taker === '__init__' || !CALLED_FROM_OUTSIDE.test(taker) || ref.fn.params[0] !== 'self' || ref.fn.isAsync) continue;
      if (entries.some((e) => e.key === `${cls.name}.${taker}` && !e.mainProgram)) continue;
      const text = functionText(module, ref);
      for (const [attr, removal] of removals) {
        const loop = loopOverWhileThreadAdds(module, root, source, cls, taker, ref, text, attr, removal, calledOutside, true);
        if (loop) out.push(loop);
      }
      for (const [attr, add] of adds) {
        const a = `self\\s*\\.\\s*${attr}`;
        // The take: the container into a local, a loop over it, or a copy of it; then the replacement or the clear.
        const take = new RegExp(`^([ \\t]*)(?:\\w+\\s*=\\s*${a}\\s*$|for\\b[^\\n]*\\bin\\s+(?:\\w+\\s*\\(\\s*)?${a}\\b|[^\\n]*(?:\\b(?:list|dict|set|tuple|sorted)\\s*\\(\\s*${a}\\s*\\)|${a}\\s*(?:\\.\\s*copy\\s*\\(\\s*\\)|\\[\\s*:\\s*\\])))`, 'm').exec(text);
        if (!take) {
          // (A comprehension over it is no take, but a loop all the same.)
          const loop = loopOverWhileThreadAdds(module, root, source, cls, taker, ref, text, attr, add, calledOutside);
          if (loop) out.push(loop);
          continue;
        }
        const rest = text.slice(take.index + take[0].length);
        const replace = new RegExp(`^([ \\t]*)${a}\\s*(?:=\\s*([^\\n]*)|\\.\\s*clear\\s*\\(\\s*\\))`, 'm').exec(rest);
        if (!replace) {
          const loop = loopOverWhileThreadAdds(module, root, source, cls, taker, ref, text, attr, add, calledOutside);
          if (loop) out.push(loop);
          continue;
        }
        const takeLine = bodyLine(ref, text, take.index);
        const replaceLine = bodyLine(ref, text, take.index + take[0].length + replace.index);
        if (replace[2] !== undefined && !isEmptyContainer(enclosingAt(root, replaceLine, replace[1].length, ASSIGNMENT)?.childForFieldName('right') ?? null)) continue;
        const heldOverTake = locksHeldAt(root, takeLine, take[1].length);
        const heldOverReplace = locksHeldAt(root, replaceLine, replace[1].length);
        // One lock over the take and the replacement that the add takes too: guarded.
        if (heldOverTake.some((h) => heldOverReplace.includes(h) && add.held.includes(h))) continue;
        if (!calledOutside(taker, add.entry)) continue;
        // (`self.accept_thread.join()` before the take, the thread that adds: it has ended.)
        const adder = add.entry.key.slice(add.entry.key.lastIndexOf('.') + 1);
        const joined = [...text.slice(0, take.index).matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*join\s*\(\s*\)/g)].some((j) => new RegExp(`\\bself\\s*\\.\\s*${j[1]}\\s*=\\s*(?:threading\\s*\\.\\s*)?Thread\\s*\\([^)]*\\btarget\\s*=\\s*self\\s*\\.\\s*${adder}\\b`).test(module.text));
        if (joined) continue;
        const column = replace[1].length;
        out.push({
          code: CODES.unlockedSharedWrite,
          message: `\`self.${attr}\` is filled by code that runs in threads (${add.method}() adds to it at line ${add.line + 1}; ${add.entry.how}), while \`${taker}()\`, which code outside those threads calls, takes it at line ${takeLine + 1} and ${replace[2] !== undefined ? 'puts a new empty one in its place' : 'empties it'} here, with no lock over the take, this line and the add: an item a thread adds in between ${replace[2] !== undefined ? 'goes into the container already taken, after it was gone through,' : 'is in neither what was taken nor what is left'} and is lost. Hold one lock over the take and the ${replace[2] !== undefined ? 'replacement' : 'clear'}, and take it where items are added (or hand the items over through a queue.Queue).`,
          range: { start: { line: replaceLine, character: column }, end: { line: replaceLine, character: column + `self.${attr}`.length } },
          subject: `self.${attr}`,
          related: [
            { range: lineRange(source, add.line), message: `${add.method}() adds to \`self.${attr}\` here, on threads` },
            { range: add.entry.site, message: `the threads that run ${add.method}() start here (${add.entry.how})` },
          ],
        });
      }
    }
  }
  return out;
}

/** `(G[a], G[b]) = …` (over lines too), or `G[a] = …` right after `G[b] = …`. */
const ITEMS_STORED_TOGETHER = /^([ \t]*)\(?\s*([A-Za-z_]\w*)\s*\[[^\]\n]+\]\s*,\s*\2\s*\[|^([ \t]*)([A-Za-z_]\w*)\s*\[[^\]\n]+\]\s*=(?!=)[^\n]*\n\3\4\s*\[[^\]\n]+\]\s*=(?!=)/gm;

/**
 * GIL001 for several items of a module-level container written as one update by code run in a thread
 * without the lock (`(state["cmd"], state["pct"], state["msg"]) = step`, or one store after another),
 * while another function takes that lock to copy or go through the whole container (`with lock: return
 * state.copy()`): the copy can hold some items of the update and not the others.
 */
function globalItemsWrittenOutsideItsLock(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const locks = [...module.globals.entries()].filter(([, g]) => g.kind === 'lock').map(([name]) => name);
  if (locks.length === 0) return out;
  const done = new Set<string>();
  for (const [, r] of reached) {
    if (r.target.t !== 'function') continue;
    const ref = r.target.ref;
    const text = functionText(module, ref);
    for (const m of functionMatches(module, ref, ITEMS_STORED_TOGETHER)) {
      const name = m[2] ?? m[4];
      const indent = m[1] ?? m[3];
      if (done.has(name) || module.globals.get(name)?.kind !== 'value' || ref.fn.locals.includes(name) || ref.fn.params.includes(name)) continue;
      const line = bodyLine(ref, text, m.index! + indent.length + (m[0].slice(indent.length).search(/[A-Za-z_]/)));
      const column = (linesOf(module)[line] ?? '').search(new RegExp(`(?<![\\w.])${name}\\s*\\[`));
      if (column < 0) continue;
      const node = root.descendantForPosition({ row: line, column });
      if (!node || heldAt(node) || already.some((f) => f.range.start.line === line)) continue;
      // A whole read of it under one of the module's locks, in another function: a copy, a loop, a dump.
      const whole = new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*copy\\s*\\(|\\b(?:dict|list|sorted|deepcopy|dumps|dump)\\s*\\(\\s*${name}\\s*[,)]|\\bfor\\s+[^:\\n]+\\s+in\\s+${name}\\s*(?:\\.\\s*(?:items|values|keys)\\s*\\(\\s*\\))?\\s*:`);
      let reader: { lock: string; line: number; fn: string | undefined } | undefined;
      for (const { lock, block, body } of lockedBlocks(module, root, (lock) => locks.includes(lock))) {
        const read = whole.exec(body.text);
        const fn = read ? definitionKey(module, block) : undefined;
        if (!read || fn === ref.definition.key) continue;
        reader = { lock, line: body.startPosition.row + (body.text.slice(0, read.index).match(/\n/g)?.length ?? 0), fn };
        break;
      }
      if (!reader || locksHeldAt(root, line, column).includes(reader.lock)) continue;
      done.add(name);
      const who = reader.fn !== undefined ? `${reader.fn}()` : 'the main program';
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`${name}\` is a module-level container whose items code run in a thread (${r.entries[0].how}) writes here as one update, several at once, without \`${reader.lock}\`, while ${who} holds \`${reader.lock}\` to copy or go through the whole of it (line ${reader.line + 1}): the lock there keeps out only code that takes it too, so the copy can hold some items of this update and not the others (a progress of one step beside the status of the next), with the GIL or without it. Take \`${reader.lock}\` around this update as well.`,
        range: { start: { line, character: column }, end: { line, character: column + name.length } },
        subject: name,
        related: [{ range: lineRange(source, reader.line), message: `${who} reads the whole of \`${name}\` here, holding \`${reader.lock}\`` }],
      });
    }
  }
  return out;
}

/** A `with` line taking one plain or dotted name (`with lock:`, `with self._lock:`): its indent and the name. */
const WITH_NAME_LINE = /^([ \t]*)with\s+([\w.]+)\s*:/gm;

/**
 * The `with L:` blocks of the module whose lock `L` (a plain or dotted name) `isLock` accepts, found from the
 * text's `with` lines first: walking a large module's whole tree on every edit costs more than the rules that ask.
 */
function* lockedBlocks(module: Module, root: Node, isLock: (lock: string, index: number) => boolean): Generator<{ lock: string; block: Node; body: Node }> {
  for (const line of statementMatches(module, WITH_NAME_LINE)) {
    if (!isLock(line[2], line.index!)) continue;
    let block: Node | null = root.descendantForIndex(line.index! + line[1].length);
    while (block && block.type !== 'with_statement') block = block.parent;
    const body = block?.childForFieldName('body');
    if (block && body) yield { lock: line[2], block, body };
  }
}

/**
 * Might a line after the block whose first line starts at `index` (its indent's own lines, before the
 * code goes out to a smaller indent) set something? Read from the text, to spare the tree walk; a
 * string spanning lines, or a line that goes on, and the answer is yes (the tree tells).
 */
function maySetAfterBlock(module: Module, index: number): boolean {
  const lines = linesOf(module);
  const first = lineOfIndex(module, index);
  const indent = /^[ \t]*/.exec(lines[first])![0].length;
  for (let i = first + 1; i < lines.length && i < first + 400; i++) {
    const line = lines[i];
    if (/"""|'''|\\$/.test(line)) return true;
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const at = line.length - line.trimStart().length;
    if (at < indent) return false;
    if (at === indent && /(?:^|[^=!<>])=(?!=)/.test(text)) return true;
  }
  return true;
}

/**
 * GIL004 for shared state that code several threads run tests under a lock (`with cond: while
 * chopsticks[i]: cond.wait()`) and sets only after letting the lock go (`chopsticks[i] = True` right
 * after the `with`): another thread can take the lock in between, pass the same test, and both act
 * (two philosophers holding one chopstick). A module global, an item of one, or a class attribute.
 */
function testedUnderLockSetAfter(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const several = new Map<string, Reached>();
  for (const [, r] of reached) if (r.target.t === 'function' && runBySeveral(r)) several.set(r.target.ref.definition.key, r);
  if (several.size === 0) return out;
  // (Shared by every thread: a module global the function does not bind itself, or a class's attribute.)
  const shared = (subject: string, ref: FunctionRef) => {
    const base = subject.replace(/\[.*$/, '');
    if (/^[A-Za-z_]\w*$/.test(base)) return module.globals.get(base)?.kind === 'value' && !ref.fn.locals.includes(base) && !ref.fn.params.includes(base);
    const dot = /^([A-Za-z_]\w*)\.\w+$/.exec(base);
    return !!dot && module.classes.has(dot[1]);
  };
  // (Only blocks inside those functions: their line ranges, to spare the others a walk of the tree.)
  const spans = [...several.values()].flatMap((r) => (r.target.t === 'function' ? [absoluteRange(r.target.ref.fn.range, r.target.ref.statement.base)] : []));
  const inSeveral = (index: number) => {
    const line = lineOfIndex(module, index);
    return spans.some((r) => r.start.line <= line && line <= r.end.line);
  };
  for (const { lock, block, body } of lockedBlocks(module, root, (lock, index) => (module.globals.get(lock)?.kind === 'lock' || LOCKISH.test(lock) || /^[A-Z]\w*\.\w+$/.test(lock)) && inSeveral(index) && maySetAfterBlock(module, index))) {
    // The assignments right after the block, up to the next statement that is not an expression (a `with` taking the lock again).
    // (Looked at first: most locked blocks have none, and need no more.)
    const after: { next: Node; left: Node; subject: string }[] = [];
    for (let next = block.nextNamedSibling; next?.type === 'expression_statement'; next = next.nextNamedSibling) {
      const a = next.namedChildren[0];
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
      if (left) after.push({ next, left, subject: left.text.replace(/\s+/g, '') });
    }
    if (after.length === 0) continue;
    const key = definitionKey(module, block);
    const r = key !== undefined ? several.get(key) : undefined;
    if (!r || r.target.t !== 'function') continue;
    const ref = r.target.ref;
    // What the block tests: the subscripts, names and attributes read in its `if` and `while` conditions.
    const tested = new Set<string>();
    for (const t of body.descendantsOfType(['if_statement', 'while_statement'])) {
      const condition = t?.childForFieldName('condition');
      for (const n of condition ? [condition, ...condition.descendantsOfType(['subscript', 'attribute', 'identifier'])] : []) if (n && /^(?:subscript|attribute|identifier)$/.test(n.type)) tested.add(n.text.replace(/\s+/g, ''));
    }
    if (tested.size === 0) continue;
    for (const { next, left, subject } of after) {
      if (!tested.has(subject) || !shared(subject, ref) || heldAt(next)) continue;
      const line = next.startPosition.row;
      if (already.some((f) => f.range.start.line === line)) break;
      out.push({
        code: CODES.checkThenAct,
        message: `\`${subject}\` is tested under \`${lock}\` at line ${block.startPosition.row + 1} and set here, after \`${lock}\` is let go, by code that runs on several threads (${r.entries[0].how}): another thread can take the lock in between, pass the same test and set it too, and both go on as if each had it alone. The test holds only while the lock is held. Set it inside the \`with\`, right after the test.`,
        range: rangeOf(left),
        subject,
        related: [{ range: lineRange(source, block.startPosition.row), message: `\`${subject}\` is tested under \`${lock}\` here` }],
      });
      break;
    }
  }
  return out;
}

/** A constant a flag is set to: `True`, `0`, `None`, `'idle'`. */
const FLAG_VALUE = /^(?:True|False|None|-?\d+|'[^'\n]*'|"[^"\n]*")$/;

/**
 * GIL001 for a module global that code run in a thread sets without a lock (`Changed = True` in an MQTT
 * callback) while other code, holding a lock, tests it and sets it back (`with lock: if Changed:
 * publish(); Changed = False`): the store can land between that test and that reset, and is then lost
 * (what it announced is never acted on). The other writers take the lock; this one must too.
 */
function globalSetBesideLockedReset(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/^[ \t]*global\s/m.test(module.text) || !/^[ \t]*with\s|\.acquire\(\s*\)/m.test(module.text)) return out;
  // The globals that thread code declares (and so may set): only those are looked for under the locks.
  const declaredIn = new Map<FunctionRef, string[]>();
  for (const [, r] of reached) {
    if (r.target.t !== 'function' || declaredIn.has(r.target.ref)) continue;
    // (Only those it sets to a constant somewhere: a flag.)
    const ref = r.target.ref;
    const names = keptWithFunction(module, ref, globalsSetToConstant).filter((n) => module.globals.get(n)?.kind === 'value');
    declaredIn.set(r.target.ref, names);
  }
  const wanted = new Set([...declaredIn.values()].flat());
  if (wanted.size === 0) return out;
  // The locked tests-and-resets, by global: `if … G …:` (or `while G:`) with a lock held, by `with L:` or
  // after `L.acquire()`, and `G = …` inside it.
  const resets = new Map<string, { lock: string; test: number; reset: number; fn: string | undefined; value: string }[]>();
  const isLock = (lock: string) => module.globals.get(lock)?.kind === 'lock' || LOCKISH.test(lock);
  for (const name of wanted) {
    for (const m of module.text.matchAll(new RegExp(`^([ \\t]*)(?:if|while)\\b[^\\n]*(?<![\\w.])${name}\\b`, 'gm'))) {
      const test = root.descendantForIndex(m.index! + m[1].length)?.parent;
      if (test?.type !== 'if_statement' && test?.type !== 'while_statement') continue;
      const lock = locksHeldAt(root, test.startPosition.row, test.startPosition.column).find(isLock);
      if (lock === undefined) continue;
      const body = test.childForFieldName(test.type === 'if_statement' ? 'consequence' : 'body');
      const reset = body?.descendantsOfType('assignment').find((a) => a?.childForFieldName('left')?.type === 'identifier' && a.childForFieldName('left')!.text === name);
      if (!reset) continue;
      // (A flag set back to a constant: `Changed = False`; not a value made once, `policy = Policy()`.)
      const value = reset.childForFieldName('right')?.text ?? '';
      if (!FLAG_VALUE.test(value)) continue;
      const list = resets.get(name) ?? [];
      list.push({ lock, test: test.startPosition.row, reset: reset.startPosition.row, fn: definitionKey(module, test), value });
      resets.set(name, list);
    }
  }
  if (resets.size === 0) return out;
  const done = new Set<string>();
  for (const [, r] of reached) {
    if (r.target.t !== 'function') continue;
    const ref = r.target.ref;
    const declared = declaredIn.get(ref) ?? [];
    if (!declared.some((name) => resets.has(name))) continue;
    const text = functionText(module, ref);
    for (const name of declared) {
      const others = resets.get(name)?.filter((x) => x.fn !== ref.definition.key);
      if (!others?.length || done.has(`${ref.definition.key}\u0000${name}`)) continue;
      for (const m of text.matchAll(new RegExp(`^([ \\t]*)${name}\\s*=(?!=)\\s*(\\S[^#\\n]*?)\\s*(?:#.*)?$`, 'gm'))) {
        // (A flag raised to another constant than the one the reset stores.)
        if (!FLAG_VALUE.test(m[2]) || others.every((x) => x.value === m[2])) continue;
        const line = bodyLine(ref, text, m.index! + m[1].length);
        const column = m[1].length;
        const held = locksHeldAt(root, line, column);
        const node = root.descendantForPosition({ row: line, column });
        const other = others.find((x) => !held.includes(x.lock) && x.value !== m[2]);
        if (!other || !node || heldAt(node) || already.some((f) => f.range.start.line === line)) continue;
        done.add(`${ref.definition.key}\u0000${name}`);
        const who = other.fn !== undefined ? `${other.fn}()` : 'the main program';
        out.push({
          code: CODES.unlockedSharedWrite,
          message: `\`${name}\` is a module global set here without a lock, in code a thread runs (${r.entries[0].how}), while ${who} holds \`${other.lock}\` as it tests \`${name}\` (line ${other.test + 1}) and sets it back (line ${other.reset + 1}): this store can land between that test and that reset, and is then lost, so what it announces is never acted on. The lock there guards nothing unless every writer takes it, with the GIL or without it. Set it while holding \`${other.lock}\`.`,
          range: { start: { line, character: column }, end: { line, character: column + name.length } },
          subject: name,
          related: [
            { range: lineRange(source, other.test), message: `${who} tests \`${name}\` here, holding \`${other.lock}\`` },
            { range: lineRange(source, other.reset), message: `and sets it back here` },
          ],
        });
        break;
      }
    }
  }
  return out;
}

/**
 * GIL001 for an attribute a class sets after letting its own lock go (`self.lock.release()`, then
 * `self.owner = -1`, or a helper that sets it: `self.set_status(FREE)`) while elsewhere it sets it
 * holding that lock (`if self.lock.acquire(): self.owner = who`): once the lock is free another thread
 * can take it and set its own value, and the late store overwrites it (a fork said free while held).
 */
function storedAfterRelease(module: Module, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\bself\s*\.\s*\w+\s*\.\s*release\s*\(\s*\)/.test(module.text) || !/\bThread\b/.test(module.text)) return out;
  for (const [, cls] of module.classes) {
    const locks = [...cls.lockAttrs].filter((l) => !cls.semaphoreAttrs.has(l));
    if (locks.length === 0) continue;
    const texts = new Map([...cls.methods].map(([name, ref]) => [name, functionText(module, ref)]));
    // The attributes a method sets itself (`self.x = …` at a line's start), and, through a helper of the class it calls, one level down.
    const setIn = (text: string) => new Set([...text.matchAll(/^[ \t]*self\s*\.\s*(\w+)\s*(?:[-+*/|&]|\/\/)?=(?!=)/gm)].map((m) => m[1]));
    const sets = (text: string): Map<string, string | undefined> => {
      const out = new Map<string, string | undefined>([...setIn(text)].map((a) => [a, undefined]));
      for (const m of text.matchAll(/^[ \t]*self\s*\.\s*(\w+)\s*\(/gm)) {
        const helper = texts.get(m[1]);
        if (helper !== undefined) for (const a of setIn(helper)) if (!out.has(a)) out.set(a, m[1]);
      }
      return out;
    };
    for (const lock of locks) {
      const release = new RegExp(`^([ \\t]*)self\\s*\\.\\s*${lock}\\s*\\.\\s*release\\s*\\(\\s*\\)[ \\t]*(?:#.*)?$`, 'gm');
      const acquire = new RegExp(`\\bself\\s*\\.\\s*${lock}\\s*\\.\\s*acquire\\s*\\(`);
      // What the class sets holding the lock: after `self.lock.acquire(` up to its release, or in `with self.lock:`.
      const guarded = new Map<string, string>();
      for (const [name, text] of texts) {
        if (name === '__init__') continue;
        for (const m of text.matchAll(new RegExp(`${acquire.source}[^\\n]*\\n`, 'g'))) {
          const rest = text.slice(m.index! + m[0].length);
          const end = rest.search(new RegExp(`\\bself\\s*\\.\\s*${lock}\\s*\\.\\s*release\\s*\\(`));
          for (const a of sets(end < 0 ? rest : rest.slice(0, end)).keys()) if (!guarded.has(a)) guarded.set(a, name);
        }
        for (const m of text.matchAll(new RegExp(`^([ \\t]*)${heldWith(lock).source}[^\\n]*`, 'gm'))) {
          for (const a of sets(blockAfter(text, m.index!, m[1].length)).keys()) if (!guarded.has(a)) guarded.set(a, name);
        }
      }
      if (guarded.size === 0) continue;
      for (const [name, ref] of cls.methods) {
        if (name === '__init__') continue;
        const text = texts.get(name)!;
        for (const r of text.matchAll(release)) {
          // The statements after the release in its own block, up to a new acquire (of this lock or another one: a turnstile's second gate).
          const after = text.slice(r.index! + r[0].length).split('\n').slice(1);
          const stop = after.findIndex((l) => (l.trim() !== '' && !l.trim().startsWith('#') && /^[ \t]*/.exec(l)![0].length < r[1].length) || /\.\s*acquire\s*\(|^\s*with\b/.test(l));
          const block = (stop < 0 ? after : after.slice(0, stop)).filter((l) => /^[ \t]*/.exec(l)![0].length === r[1].length).join('\n');
          const hit = [...sets(block)].find(([a]) => guarded.has(a));
          if (!hit) continue;
          const [attr, via] = hit;
          const storeText = via !== undefined ? new RegExp(`^[ \\t]*self\\s*\\.\\s*${via}\\s*\\(`, 'm') : new RegExp(`^[ \\t]*self\\s*\\.\\s*${attr}\\s*(?:[-+*/|&]|//)?=(?!=)`, 'm');
          const from = r.index! + r[0].length;
          const at = storeText.exec(text.slice(from));
          if (!at) continue;
          const line = bodyLine(ref, text, from + at.index + at[0].length - at[0].trimStart().length);
          if (already.some((f) => f.range.start.line === line)) continue;
          const column = r[1].length;
          const releaseLine = bodyLine(ref, text, r.index! + r[1].length);
          const other = guarded.get(attr)!;
          const otherRef = cls.methods.get(other)!;
          const otherText = texts.get(other)!;
          const otherLine = bodyLine(otherRef, otherText, acquire.exec(otherText)?.index ?? heldWith(lock).exec(otherText)?.index ?? 0);
          out.push({
            code: CODES.unlockedSharedWrite,
            message: `\`self.${attr}\` is set here${via !== undefined ? `, by ${via}()` : ''}, after \`self.${lock}\` is let go at line ${releaseLine + 1}, while ${other}() sets it holding that lock: once the lock is free another thread can take it and set its own value, and this late store overwrites it, so the object says what is no longer true (its owner gone, or free while another thread holds it). With the GIL or without it the thread can be switched between the two lines. Set it before \`self.${lock}.release()\`.`,
            range: { start: { line, character: column }, end: { line, character: column + (via !== undefined ? `self.${via}` : `self.${attr}`).length } },
            subject: `self.${attr}`,
            related: [
              { range: lineRange(source, releaseLine), message: `the lock is let go here` },
              { range: lineRange(source, otherLine), message: `${other}() takes it here, and sets \`self.${attr}\` holding it` },
            ],
          });
          break;
        }
      }
    }
  }
  return out;
}

/** A log or print line: not the work a request flag asks for. */
const LOG_LINE = /^\s*(?:#|print\s*\(|(?:\w+\.)*(?:log|logger|logging|LOG|LOGGER|_log|_logger)\s*\.)/;

/**
 * GIL004 for a module global that code run in a thread raises (`new_data = True` in the reader's loop)
 * while other code, with no lock, tests it, does the work and lowers it only after the work (`if
 * new_data: redraw(); new_data = False`): a raise that lands while the work runs is lowered with the one
 * already served, and never acted on. (Lowered first, as it is taken, the raise is kept for next time.)
 */
function globalRequestClearedAfterWork(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/^[ \t]*global\s/m.test(module.text)) return out;
  // The raises, by global: in code a thread runs, to True or 1, with no lock held.
  const raises = new Map<string, { ref: FunctionRef; how: string; line: number }>();
  for (const [, r] of reached) {
    if (r.target.t !== 'function') continue;
    const ref = r.target.ref;
    for (const name of keptWithFunction(module, ref, globalsSetToConstant)) {
      if (raises.has(name) || module.globals.get(name)?.kind !== 'value') continue;
      const text = functionText(module, ref);
      const raise = new RegExp(`^([ \\t]*)${name}\\s*=\\s*(?:True|1)[ \\t]*(?:#.*)?$`, 'm').exec(text);
      // (Not a flag raised just before a thread is started: that is the start, not a request.)
      if (!raise || /\.\s*start\s*\(\s*\)/.test(text.slice(raise.index))) continue;
      const line = bodyLine(ref, text, raise.index + raise[1].length);
      if (locksHeldAt(root, line, raise[1].length).length > 0) continue;
      raises.set(name, { ref, how: r.entries[0].how, line });
    }
  }
  for (const [name, raise] of raises) {
    for (const m of module.text.matchAll(new RegExp(`^([ \\t]*)(?:if|elif)[ \\t(]+${name}(?:\\s*(?:==|is)\\s*(?:True|1))?[ \\t)]*:`, 'gm'))) {
      const test = root.descendantForIndex(m.index! + m[1].length)?.parent;
      if (test?.type !== 'if_statement' && test?.type !== 'elif_clause') continue;
      // Not the raiser's own code, and, in a function, one that sets the global (else it lowers a local).
      const key = definitionKey(module, test);
      if (key === raise.ref.definition.key) continue;
      const fn = key !== undefined ? module.functions.get(key) : undefined;
      if (fn && !keptWithFunction(module, fn, globalsSetToConstant).includes(name)) continue;
      if (locksHeldAt(root, test.startPosition.row, test.startPosition.column).length > 0) continue;
      const statements = test.childForFieldName('consequence')?.namedChildren ?? [];
      const at = statements.findIndex((st) => st?.type === 'expression_statement' && new RegExp(`^${name}\\s*=\\s*(?:False|0|None)$`).test(st.text));
      if (at <= 0) continue;
      // Work before the lowering: a call that is not a log line; and nothing else sets it in between.
      const before = statements.slice(0, at);
      if (before.some((st) => new RegExp(`(?<![\\w.])${name}\\s*=(?!=)`).test(st!.text))) continue;
      if (!before.some((st) => st!.text.split('\n').some((l) => /\w\s*\(/.test(l) && !LOG_LINE.test(l)))) continue;
      const clear = statements[at]!;
      const line = clear.startPosition.row;
      if (already.some((f) => f.range.start.line === line)) continue;
      const column = clear.startPosition.column;
      const who = key !== undefined ? `${key}()` : 'the main program';
      out.push({
        code: CODES.checkThenAct,
        message: `\`${name}\` is a request flag that code a thread runs (${raise.ref.definition.key}(), ${raise.how}) raises at line ${raise.line + 1}, and ${who} tests it at line ${test.startPosition.row + 1}, does the work, and lowers it only here, after the work, with no lock over the three: a raise that lands while the work runs is lowered with the one already served, and never acted on. With the GIL or without it the work is long enough for that to happen. Lower it first, as you take it (\`if ${name}: ${name} = False\` before the work), or hand the requests over through a threading.Event or a queue.Queue.`,
        range: { start: { line, character: column }, end: { line, character: column + name.length } },
        subject: name,
        related: [
          { range: lineRange(source, test.startPosition.row), message: `${who} tests \`${name}\` here` },
          { range: lineRange(source, raise.line), message: `a thread raises it here` },
        ],
      });
      break;
    }
  }
  return out;
}

/** A call of a plain name (`helper(`), not of an attribute. */
const PLAIN_CALL = /(?<![\w.])(\w+)\s*\(/g;

/**
 * A module global that code run in threads adds to (`flypics.append(…)` in the thread's function, or a
 * function it calls), rebuilt from itself by the main program after the start (`flypics = flypics[1:]`,
 * `jobs = [j for j in jobs if j.alive]`) with no lock over both: an item a thread adds between the read
 * and the rebind goes into the old list and is lost. (Thread code's own rebinds are read-backs already.)
 */
function globalRebuiltWhileThreadsAdd(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const started = entries.filter((e) => module.functions.has(e.key) && !e.key.includes('.'));
  if (started.length === 0) return out;
  const startedSet = new Set(started);
  // The thread code: the started functions and the module functions they call, by name.
  const threadCode = new Map<string, ThreadEntry>();
  const reach = (name: string, e: ThreadEntry) => {
    const ref = module.functions.get(name);
    if (!ref || name.includes('.') || threadCode.has(name)) return;
    threadCode.set(name, e);
    for (const m of functionMatches(module, ref, PLAIN_CALL)) reach(m[1], e);
  };
  for (const e of started) reach(e.key, e);
  const adds = new Map<string, { fn: string; line: number; held: string[]; entry: ThreadEntry }>();
  for (const [name, entry] of threadCode) {
    const ref = module.functions.get(name)!;
    const text = functionText(module, ref);
    for (const m of text.matchAll(/^([ \t]*)(\w+)\s*\.\s*(?:append|appendleft|extend|add|insert)\s*\(/gm)) {
      if (adds.has(m[2]) || module.globals.get(m[2])?.kind !== 'value') continue;
      const line = bodyLine(ref, text, m.index!);
      adds.set(m[2], { fn: name, line, held: locksHeldAt(root, line, m[1].length), entry });
    }
  }
  if (adds.size === 0) return out;
  const firstStart = Math.min(...started.flatMap((e) => (e.moduleLine !== undefined ? [e.moduleLine] : [])));
  // Where the program goes on beside the threads: the module's own statements after the first start, and a
  // module function no thread runs after the start it makes (`def main(): …start()…; while True: …`).
  // (With the lines of the starts, to tell a rebind after every thread was joined: then no thread adds any more.)
  const beside: [Node, number, string, number[]][] = [];
  const moduleStarts = started.flatMap((e) => (e.moduleLine !== undefined ? [e.site.end.line] : []));
  for (const statement of root.namedChildren) {
    if (!statement || statement.endPosition.row <= firstStart) continue;
    if (!/^(?:function_definition|class_definition|decorated_definition)$/.test(statement.type)) beside.push([statement, firstStart, 'the main program', moduleStarts]);
  }
  for (const [name, ref] of module.functions) {
    if (name.includes('.') || threadCode.has(name)) continue;
    const r = absoluteRange(ref.fn.range, ref.statement.base);
    const startsHere = entries.filter((e) => e.site.start.line > r.start.line && e.site.start.line <= r.end.line && startedSet.has(e)).map((e) => e.site.start.line);
    const def = startsHere.length > 0 ? definitionOf(root, ref) : undefined;
    if (def) beside.push([def, Math.min(...startsHere), `${name}(), which started them,`, startsHere]);
  }
  for (const [statement, after, who, starts] of beside) {
    for (const a of statement.descendantsOfType('assignment')) {
      const left = a?.childForFieldName('left');
      const right = a?.childForFieldName('right');
      const add = left?.type === 'identifier' ? adds.get(left.text) : undefined;
      if (!a || !add || !right || a.startPosition.row <= after) continue;
      const rebuilt = new RegExp(`(?<![\\w.])${left!.text}\\b`).test(right.text);
      const takenAt = !rebuilt && /^(?:\[\s*\]|\{\s*\}|(?:list|dict|set|collections\s*\.\s*deque|deque)\s*\(\s*\))$/.test(right.text) ? takenBefore(a, left!.text) : undefined;
      if (!rebuilt && takenAt === undefined) continue;
      const held = locksHeldAt(root, a.startPosition.row, a.startPosition.column);
      if (held.some((h) => add.held.includes(h))) continue;
      const line = a.startPosition.row;
      // (`t1.join(); t2.join()` after the last start before it: the threads that add have ended.)
      const lastStart = Math.max(...starts.filter((s) => s < line));
      if (Number.isFinite(lastStart) && joinedBetween(module, lastStart + 1, line)) continue;
      const what = rebuilt
        ? `${who} builds a new one from it here and rebinds the name (\`${a.text.split('\n')[0].slice(0, 60)}\`), with no lock over both: an item a thread adds between the read and the rebind goes into the old one and is lost.`
        : `${who} takes what it holds (line ${takenAt! + 1}) and then puts an empty one in its place here (\`${a.text.split('\n')[0].slice(0, 60)}\`), with no lock over both: a thread that looked the name up just before this line can still add to the old one afterwards, once what was taken has been used, and that item is lost.`;
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`${left!.text}\` is a module global that code run in threads adds to (${add.fn}() at line ${add.line + 1}; ${add.entry.how}), and ${what} Hold one lock over this line and the adds (or hand the items over through a queue.Queue).`,
        range: { start: { line, character: left!.startPosition.column }, end: { line, character: left!.endPosition.column } },
        subject: left!.text,
        related: [
          { range: lineRange(source, add.line), message: `${add.fn}() adds to \`${left!.text}\` here, on threads` },
          { range: add.entry.site, message: `the threads that run ${add.fn}() start here (${add.entry.how})` },
        ],
      });
    }
  }
  return out;
}

/**
 * `batch = recorded` (or any read of it) among the few statements before the reset `recorded = []`: the line
 * of the nearest such read, the take before the reset (see globalRebuiltWhileThreadsAdd).
 */
function takenBefore(reset: Node, name: string): number | undefined {
  const reads = new RegExp(`(?<![\\w.])${name}\\b(?!\\s*=[^=])`);
  let s: Node | null = reset.parent?.type === 'expression_statement' ? reset.parent : null;
  for (let k = 0; s && k < 4; k++) {
    s = s.previousNamedSibling;
    if (s && s.type !== 'comment' && reads.test(s.text)) return s.startPosition.row;
  }
  return undefined;
}

/** The column of a function body's own statements (after a signature of several lines, too). */
function bodyIndent(module: Module, ref: FunctionRef): number | undefined {
  const root = module.statements[0]?.node.tree.rootNode;
  return root && definitionOf(root, ref)?.childForFieldName('body')?.startPosition.column;
}

/** Does every line of `text` that opens a block at `indent` (the lines a deeper line sits in) match `opener`? */
function blocksBetweenAre(text: string, indent: number, opener: RegExp): boolean {
  for (const m of text.matchAll(/^([ \t]*)(\S.*)$/gm)) if (m[1].length === indent && /:\s*(?:#.*)?$/.test(m[2]) && !opener.test(m[2])) return false;
  return true;
}

/** The nodes that open a new scope or repeat what they hold: where a loop's bindings stop being this code's. */
const SCOPES: ReadonlySet<string> = new Set(['function_definition', 'lambda', 'class_definition', 'module']);

/** The names a pattern binds (`i`, `i, name`, `(k, (a, b))`). */
function boundNames(pattern: Node | null | undefined): string[] {
  if (!pattern) return [];
  if (pattern.type === 'identifier') return [pattern.text];
  // (`d[k] = …` and `obj.x = …` bind no name.)
  if (!/^(?:pattern_list|tuple_pattern|list_pattern|tuple|list|parenthesized_expression|list_splat_pattern)$/.test(pattern.type)) return [];
  return pattern.namedChildren.flatMap((c) => boundNames(c));
}

/** The names every round of `loop` binds anew: its targets, and what its body assigns (`conn, addr = s.accept()`, `i += 1`). */
function roundNames(loop: Node): Set<string> {
  const names = new Set<string>();
  if (loop.type === 'for_statement') boundNames(loop.childForFieldName('left')).forEach((n) => names.add(n));
  for (const clause of loop.namedChildren) if (clause?.type === 'for_in_clause') boundNames(clause.childForFieldName('left')).forEach((n) => names.add(n));
  const body = loop.childForFieldName('body');
  if (body?.type === 'block') {
    // (`while i < n: … i += 1`: the counter the loop's own test reads; a total kept up in the body, `open_now += 1`, is not a round's value.)
    const condition = loop.type === 'while_statement' ? loop.childForFieldName('condition')?.text ?? '' : '';
    for (const a of body.descendantsOfType(['assignment', 'augmented_assignment'])) {
      if (!a || enclosing(a, SCOPES)?.id !== enclosing(loop, SCOPES)?.id) continue;
      const left = a.childForFieldName('left');
      if (a.type === 'augmented_assignment' && (left?.type !== 'identifier' || !new RegExp(`(?<![\\w.])${left.text}\\b`).test(condition))) continue;
      boundNames(left).forEach((n) => names.add(n));
    }
  }
  return names;
}

/** What the loops of a statement may bind, read from its text (`for url in`, `conn, addr =`): a cheap first sieve for GIL007. */
function loopBoundNames(statement: Statement): string[] {
  const text = statement.node.text;
  const names = new Set<string>();
  for (const m of text.matchAll(/\bfor\s+([\w\s,()]+?)\s+in\b|^[ \t]*([\w \t,()]+?)\s*(?:[-+*/%|&^@]|\/\/|\*\*|<<|>>)?=(?!=)/gm)) for (const n of (m[1] ?? m[2]).split(/[\s,()]+/)) if (/^(?:[A-Za-z]\w*|_\w+)$/.test(n)) names.add(n);
  return [...names];
}

/** Does `text` name one of `names` (as a whole word, not after a dot)? */
function readsAnyOf(text: string, names: string[]): boolean {
  return names.length > 0 && new RegExp(`(?<![\\w.])(?:${names.join('|')})\\b`).test(text);
}

/** The first place `code` reads one of `names` (not as an attribute's or a keyword's name): found in its text, then checked in the tree. */
function firstRead(root: Node, code: Node, names: string[]): Node | undefined {
  const re = new RegExp(`(?<![\\w.])(?:${names.join('|')})\\b`, 'g');
  for (const m of code.text.matchAll(re)) {
    const n = root.descendantForIndex(code.startIndex + m.index!);
    const parent = n?.parent;
    if (n?.type !== 'identifier' || !names.includes(n.text)) continue; // in a string or a comment
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === n.id) continue;
    return n;
  }
  return undefined;
}

/**
 * GIL007: a thread started in a loop runs code that reads a name the loop rebinds for the next round
 * (`for url in urls: Thread(target=lambda: fetch(url)).start()`; a module-level accept loop's `conn`
 * read by the handler function it starts). The thread reads the name when it runs, not when it was
 * started. A thread joined within the round, and a value bound at the start (`lambda url=url:`,
 * `args=(url,)`, `partial`), are left alone.
 */
function loopVariablesReadLate(module: Module, root: Node, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  /** A read, by the code handed to a thread at `call`, of a name a loop around the call rebinds. */
  const lateReadIn = (call: Node, target: Node, direct: boolean, startedIn: string | undefined, threadClass?: { codes: { code: Node; own: Set<string> }[]; name: string }): void => {
    // The loops around the start, up to its function (or the module).
    const scope = enclosing(call, SCOPES);
    const rebound = new Map<string, Node>();
    for (let p = call.parent; p && p.id !== scope?.id; p = p.parent) if (REPEATING.has(p.type)) for (const n of roundNames(p)) if (!rebound.has(n)) rebound.set(n, p);
    if (rebound.size === 0) return;
    // What the thread runs: the lambda, a function defined in the starting function, (from a module-level loop) a
    // module-level one, or a Thread subclass's run() and the methods it calls on `self`; each with its own names.
    const codes: { code: Node; own: Set<string> }[] = [...(threadClass?.codes ?? [])];
    if (threadClass) {
      // (A Thread subclass made in the loop: its methods read the module's names.)
    } else if (target.type === 'lambda') {
      const body = target.childForFieldName('body');
      if (body) codes.push({ code: body, own: new Set(paramNames(target)) });
    } else if (target.type === 'identifier') {
      const fnKey = scope?.type === 'function_definition' ? startedIn : undefined;
      // (Its parameters and locals are its own: `def run(url=url):` defined in the loop binds this round's.)
      const ref = fnKey !== undefined ? module.functions.get(`${fnKey}.${target.text}`) : scope?.type === 'module' ? module.functions.get(target.text) : undefined;
      const body = ref && definitionOf(root, ref)?.childForFieldName('body');
      if (ref && body) codes.push({ code: body, own: new Set([...ref.fn.params, ...ref.fn.locals]) });
    }
    // (A comprehension's own names, `lambda: [tally.bump() for _ in range(n)]`, are its own too.)
    const comprehensions = ['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression'];
    let read: Node | undefined;
    for (const { code, own: declared } of codes) {
      const own = new Set(declared);
      for (const c of [code, ...code.descendantsOfType(comprehensions)]) if (c && comprehensions.includes(c.type)) for (const clause of c.namedChildren) if (clause?.type === 'for_in_clause') boundNames(clause.childForFieldName('left')).forEach((n) => own.add(n));
      const candidates = [...rebound.keys()].filter((n) => !own.has(n) && n !== target.text);
      read = candidates.length > 0 ? firstRead(root, code, candidates) : undefined;
      if (read) break;
    }
    if (!read) return;
    const hit = read.text;
    const loop = rebound.get(hit)!;
    // Joined before the round ends: the next round starts after this thread is done.
    const body = loop.childForFieldName('body');
    if (body && THREAD_JOIN.test(module.text.slice(call.endIndex, body.endIndex))) return;
    const loopLine = loop.startPosition.row;
    // `[Thread(target=lambda: f(x)) for x in xs]`, started by a later loop: none runs before the comprehension ends.
    const madeThenStarted = direct && loop.type.endsWith('_comprehension') && !/\.\s*start\s*\(/.test(loop.text);
    const fix = target.type === 'lambda' ? lambdaDefaultFix(target, hit) : undefined;
    out.push({
      code: CODES.readsLoopVariable,
      message: `\`${hit}\` is rebound by the loop at line ${loopLine + 1}, once for each thread, and the code handed to a thread at line ${call.startPosition.row + 1} reads it here when the thread runs, not when the thread was made: ${madeThenStarted ? `these threads are made in a comprehension and started after it, when it has ended, so every one of them sees its last value` : 'by then the loop may have moved on, so threads see the same value, or a later one. With the GIL a thread that reads it at once usually runs before the loop moves on, so this can pass every try and still fail when the thread waits first (a sleep, a network call), or on free-threaded Python'}. ${threadClass ? `Hand each thread its own value: pass \`${hit}\` to ${threadClass.name}(…), keep it on \`self\` in \`__init__\`, and have the thread read that instead.` : `Hand each thread its own value: \`args=(${hit},)\`, \`functools.partial\`, or \`lambda ${hit}=${hit}: …\`.`}`,
      range: rangeOf(read),
      subject: hit,
      related: [
        { range: lineRange(source, call.startPosition.row), message: 'the code is handed to a thread here, once a round' },
        { range: lineRange(source, loopLine), message: `the loop rebinds \`${hit}\` here` },
      ],
      ...(fix && { fix }),
    });
  };
  for (const statement of module.statements) {
    let bound: string[] | undefined; // (what the statement's loops may bind, read once)
    for (const e of statement.summary.entries) {
      const direct = e.t === 'direct' && /^(?:threading\.(?:Thread|Timer|_start_new_thread)|_?thread\.start_new_thread)$/.test(e.how);
      // (Only a start inside a loop or a comprehension: `passed.repeats` says so without a walk of the tree.)
      if ((!direct && !(e.t === 'executor-method' && (e.method === 'submit' || e.method === 'add_task')) && e.t !== 'run_in_executor') || !e.passed?.repeats) continue;
      // Only a lambda, a function defined in the starting one, or from module level a module-level one, can read the loop's names.
      const startedIn = functionAt(statement, e.site.start);
      const refs = e.t === 'executor-method' ? e.executorTargets : e.targets;
      const named = refs.flatMap((t) => (t.t === 'name' ? (module.functions.get(startedIn !== undefined ? `${startedIn}.${t.name}` : t.name) ?? []) : []));
      if (!refs.some((t) => t.t === 'lambda') && !named.some((f) => readsAnyOf(functionText(module, f), (bound ??= loopBoundNames(statement))))) continue;
      const site = absoluteRange(e.site, statement.base);
      let call: Node | null = root.descendantForPosition({ row: site.start.line, column: site.start.character }, { row: site.end.line, column: site.end.character });
      while (call && call.type !== 'call') call = call.parent;
      if (!call) continue;
      const { positional, keyword } = callArgs(call);
      const target = e.t === 'run_in_executor' ? positional[1] : e.t !== 'direct' ? positional[0] : e.how === 'threading.Thread' ? (keyword.get('target') ?? positional[1]) : e.how === 'threading.Timer' ? (keyword.get('function') ?? positional[1]) : positional[0];
      if (!target) continue;
      lateReadIn(call, target, direct, startedIn);
    }
  }
  // A Thread subclass made and started in a module-level loop (`conn, addr = srv.accept(); Handler(conn).start()`)
  // whose run() reads a module name the loop rebinds (`conn.recv(…)`, not `self.conn`).
  const threadClasses = [...module.classes.values()].filter((c) => c.isThread && !c.name.includes('.') && c.methods.has(c.run));
  const runs = new Map<string, { codes: { code: Node; own: Set<string> }[]; name: string }>();
  // (One pass over the text for every such class's constructions.)
  const made = threadClasses.length > 0 && /\.\s*start\s*\(/.test(module.text) ? new RegExp(`(?<![\\w.])(${threadClasses.map((c) => c.name).join('|')})\\s*\\(`, 'g') : undefined;
  for (const m of made ? module.text.matchAll(made) : []) {
    // (Not the class's own `class Name(Base):`, which is no call: spared the walk up the tree.)
    if (/\bclass\s+$/.test(module.text.slice(Math.max(0, m.index! - 16), m.index))) continue;
    const c = module.classes.get(m[1])!;
    let call: Node | null = root.descendantForIndex(m.index!);
    while (call && call.type !== 'call') call = call.parent;
    if (!call || enclosing(call, SCOPES)?.type !== 'module') continue;
    if (!runs.has(c.name)) {
      // (run() and what it calls on `self`: `self.client_tasks()` reads the module's `conn` as much as run() would.)
      const codes = [...ownThreadMethods(module, c)].flatMap((method) => {
        const ref = c.methods.get(method)!;
        const code = definitionOf(root, ref)?.childForFieldName('body');
        return code ? [{ code, own: new Set([...ref.fn.params, ...ref.fn.locals]) }] : [];
      });
      runs.set(c.name, { codes, name: c.name });
    }
    const fn = runs.get(c.name)!;
    if (fn.codes.length > 0) lateReadIn(call, call, true, undefined, fn);
  }
  // `run_in_background(lambda: sample(sensor))` in a loop, where the module's `run_in_background(action)` starts
  // `Thread(target=action)`: the lambda is the thread's code, as if handed to the Thread here.
  const starters = new Map<string, number>();
  for (const statement of module.statements) {
    for (const e of statement.summary.entries) {
      const fnKey = e.t === 'direct' && e.how === 'threading.Thread' ? functionAt(statement, e.site.start) : undefined;
      const owner = fnKey !== undefined && !fnKey.includes('.') ? module.functions.get(fnKey) : undefined;
      if (!owner || e.t !== 'direct') continue;
      for (const t of e.targets) if (t.t === 'name' && owner.fn.params.includes(t.name)) starters.set(fnKey!, owner.fn.params.indexOf(t.name));
    }
  }
  for (const [name, index] of starters) {
    for (const m of module.text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\(`, 'g'))) {
      let call: Node | null = root.descendantForIndex(m.index!);
      while (call && call.type !== 'call') call = call.parent;
      const arg = call && call.childForFieldName('function')?.text === name ? callArgs(call).positional[index] : undefined;
      if (call && arg?.type === 'lambda') lateReadIn(call, arg, false, scopeKeyOf(call) || undefined);
    }
  }
  return out;
}

/** `lambda: fetch(url)` → `lambda url=url: fetch(url)`: the value of this round, bound as the lambda is made. */
function lambdaDefaultFix(lambda: Node, name: string): FixSuggestion | undefined {
  const params = lambda.childForFieldName('parameters');
  const colon = lambda.children.find((c) => c?.type === ':');
  if (!colon) return undefined;
  const at = params ? params.endPosition : { row: colon.startPosition.row, column: colon.startPosition.column };
  const text = params ? `, ${name}=${name}` : ` ${name}=${name}`;
  return { title: `Bind \`${name}\` as the lambda is made (\`${name}=${name}\`)`, edits: [{ range: { start: { line: at.row, character: at.column }, end: { line: at.row, character: at.column } }, newText: text }] };
}

/**
 * The line (absolute) where `__init__` starts the thread of entry `e`: the `.start()` at or after a
 * `Thread(…)` made in `__init__`, the call of the method of `self` that makes and starts it, or a
 * Thread subclass's `self.start()`.
 */
function startInInit(module: Module, root: Node, cls: ClassInfo, e: ThreadEntry, init: Range0): number | undefined {
  const lines = linesOf(module);
  const startAt = (from: number, to: number, re = /\.\s*start\s*\(\s*\)/) => {
    for (let line = from; line <= to; line++) if (re.test(lines[line] ?? '')) return line;
    return undefined;
  };
  if (cls.isThread && e.key === `${cls.name}.${cls.run}`) return startAt(init.start.line + 1, init.end.line, /\bself\s*\.\s*start\s*\(\s*\)/);
  if (!e.oneThread) return undefined;
  const def = definitionAround(root, e.site.start);
  if (!def) return undefined;
  // (A callback registered with what calls it from then on, `rospy.Subscriber(topic, Msg, self.on_msg)`: it may run from that line.)
  // (Handed to a call there, not stored for later: `self.on_connect = self._on_connect` starts nothing until `loop_start()`.)
  const handedAt = (line: string) => !/\b(?:Thread|Timer|Process)\s*\(/.test(line) && new RegExp(`\\([^#]*\\bself\\s*\\.\\s*${escapeRegExp(e.key.slice(e.key.lastIndexOf('.') + 1))}\\b`).test(line);
  if (def.startPosition.row === init.start.line) return startAt(e.site.start.line, init.end.line) ?? (handedAt(lines[e.site.start.line] ?? '') ? e.site.start.line : undefined);
  // `self._spawn()` in `__init__`, where `_spawn` makes and starts the thread.
  const helper = def.childForFieldName('name')?.text;
  // (A coroutine or async generator: calling it in `__init__` runs none of its body; the event loop runs it later.)
  if (!helper || !cls.methods.has(helper) || cls.methods.get(helper)!.fn.isAsync || startAt(e.site.start.line, def.endPosition.row) === undefined) return undefined;
  return startAt(init.start.line + 1, init.end.line, new RegExp(`\\bself\\s*\\.\\s*${helper}\\s*\\(`));
}

/**
 * A method of the class other than `__init__` (`def start(self):`) that makes and starts one thread
 * on a method of the object: the line of the start, and the method's range.
 */
function startInMethod(module: Module, root: Node, cls: ClassInfo, e: ThreadEntry): { startLine: number; range: Range0; name: string } | undefined {
  if (!e.oneThread) return undefined;
  const def = definitionAround(root, e.site.start);
  const name = def?.childForFieldName('name')?.text;
  if (def && name === '__init__') return startOfInitsThread(module, root, cls, def, e);
  const method = name !== undefined && name !== '__init__' ? cls.methods.get(name) : undefined;
  if (!def || !method || definitionOf(root, method)?.id !== def.id) return undefined;
  const lines = linesOf(module);
  for (let line = e.site.start.line; line <= def.endPosition.row; line++) {
    if (/\.\s*start\s*\(\s*\)/.test(lines[line] ?? '')) return { startLine: line, range: { start: { line: def.startPosition.row, character: 0 }, end: { line: def.endPosition.row, character: 0 } }, name: name! };
  }
  return undefined;
}

/**
 * A thread `__init__` makes and keeps (`self.poller = Thread(target=self._poll)`) and one other method starts
 * (`def start(self): self.poller.start()`): that method's start line and range.
 */
function startOfInitsThread(module: Module, root: Node, cls: ClassInfo, init: Node, e: ThreadEntry): { startLine: number; range: Range0; name: string } | undefined {
  let statement: Node | null = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
  while (statement && statement.type !== 'expression_statement' && statement.id !== init.id) statement = statement.parent;
  const kept = statement?.type === 'expression_statement' ? /^self\s*\.\s*(\w+)\s*=/.exec(statement.text)?.[1] : undefined;
  if (kept === undefined) return undefined;
  const starts = new RegExp(`^[ \\t]*self\\s*\\.\\s*${kept}\\s*\\.\\s*start\\s*\\(\\s*\\)`, 'm');
  const starters = [...cls.methods].filter(([m, ref]) => m !== '__init__' && starts.test(functionText(module, ref)));
  if (starters.length !== 1) return undefined;
  const [name, ref] = starters[0];
  const def = definitionOf(root, ref);
  if (!def) return undefined;
  const text = def.text;
  const at = starts.exec(text)!;
  return { startLine: def.startPosition.row + newlinesBefore(text, at.index + at[0].search(/\S/)), range: { start: { line: def.startPosition.row, character: 0 }, end: { line: def.endPosition.row, character: 0 } }, name };
}

/**
 * GIL004 for a worker loop that takes with a blocking `q.get()` and leaves when `q.empty()` (or
 * `q.qsize() == 0`) says so, in code several threads run on one queue: between the test and the next
 * `get()` another worker can take the last item, and this one then waits in `get()` for ever (its
 * pool never shuts down, a join never returns).
 */
function blockingTakeAfterEmptyTest(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*(?:empty|qsize)\s*\(/.test(module.text)) return out;
  for (const [key, r] of reached) {
    if (r.target.t !== 'function' || !r.entries.some((e) => (!e.oneThread || !!e.repeats) && !e.guardedBy && !e.mainProgram)) continue;
    const ref = r.target.ref;
    const text = functionText(module, ref);
    if (!/\.\s*(?:empty|qsize)\s*\(/.test(text) || !/\.\s*get\s*\(\s*\)/.test(text)) continue;
    const def = definitionOf(root, ref);
    for (const loop of def?.descendantsOfType('while_statement') ?? []) {
      if (!loop || enclosingDefinition(loop)?.id !== def!.id) continue;
      const body = loop.childForFieldName('body');
      for (const test of body?.descendantsOfType('if_statement') ?? []) {
        const condition = test?.childForFieldName('condition')?.text.replace(/\s+/g, '') ?? '';
        const q = /^([\w.]+)\.empty\(\)$|^([\w.]+)\.qsize\(\)(?:==|<=|<1)0?$/.exec(condition);
        const queue = q?.[1] ?? q?.[2];
        const leaves = test?.childForFieldName('consequence')?.namedChildren.some((n) => n?.type === 'break_statement' || n?.type === 'return_statement');
        if (!test || queue === undefined || !leaves || enclosingDefinition(test)?.id !== def!.id) continue;
        // The same queue, one every thread gets: handed to all of them, a module global, or the shared object's.
        const head = queue.split('.')[0];
        const shared = r.shared.has(queue) || r.shared.has('*') || (head === 'self' ? r.bound : module.globals.get(queue)?.kind === 'queue' && !ref.fn.locals.includes(queue) && !ref.fn.params.includes(queue));
        if (!shared) continue;
        const get = new RegExp(`(?<![\\w.])${queue.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*get\\s*\\(\\s*\\)`).exec(body!.text);
        if (!get) continue;
        const line = test.startPosition.row;
        if (already.some((f) => f.range.start.line === line)) continue;
        const getLine = body!.startPosition.row + newlinesBefore(body!.text, get.index);
        const cond = test.childForFieldName('condition')!;
        out.push({
          code: 'GIL004',
          message: `\`${queue}\` is one queue for every thread that runs ${key.slice(key.lastIndexOf('.') + 1)}() (${r.entries[0].how}), and this loop leaves when \`${queue}\` is empty but otherwise goes back to the blocking \`${queue}.get()\` (line ${getLine + 1}), with no lock over the test and the take: another thread can take the last item in between, and this one then waits in \`get()\` for ever, so its pool never shuts down and a join never returns, with the GIL or without it. Take with \`${queue}.get_nowait()\` (or \`get(timeout=…)\`) and leave the loop on \`queue.Empty\`.`,
          range: rangeOf(cond),
          subject: queue,
          related: [{ range: lineRange(source, getLine), message: `the blocking take the loop goes back to` }],
        });
      }
    }
  }
  return out;
}

/**
 * GIL004 for a flag that thread code raises under a lock (`with lock: wake = True`, `shared.wake = True`
 * between `acquire()` and `release()`) while other thread code tests it and lowers it with no lock over
 * both (`if shared.wake: …; shared.wake = False`): a raise that comes after the test and before the
 * lowering is wiped out by it, and the signal is lost (the wake-up never handled).
 */
function signalClearedOutsideLock(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/=\s*False\b/.test(module.text) || !/=\s*True\b/.test(module.text)) return out;
  // The flag a store names: a module global the function declares `global`, or an attribute of a module-level object.
  const flagOf = (left: Node, fn: FunctionRef, declared: Set<string>): string | undefined => {
    if (left.type === 'identifier') return declared.has(left.text) && module.globals.get(left.text)?.kind === 'value' ? left.text : undefined;
    const owner = left.type === 'attribute' ? left.childForFieldName('object') : undefined;
    if (owner?.type !== 'identifier' || owner.text === 'self' || fn.fn.locals.includes(owner.text) || fn.fn.params.includes(owner.text) || module.globals.get(owner.text)?.kind !== 'value') return undefined;
    return left.text.replace(/\s+/g, '');
  };
  const raised = new Map<string, { key: string; node: Node }>();
  const lowered: { flag: string; key: string; test: Node; node: Node; several: boolean; how: string }[] = [];
  for (const [key, r] of reached) {
    if (r.target.t !== 'function' || r.entries.every((e) => e.guardedBy)) continue;
    const ref = r.target.ref;
    const text = functionText(module, ref);
    if (!/=\s*(?:True|False)\b/.test(text)) continue;
    const def = definitionOf(root, ref);
    if (!def) continue;
    const declared = new Set([...text.matchAll(/^[ \t]*global[ \t]+([\w \t,]+?)[ \t]*(?:#.*)?$/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim())));
    for (const a of def.descendantsOfType('assignment')) {
      const left = a?.childForFieldName('left');
      const value = a?.childForFieldName('right')?.text;
      if (!a || !left || (value !== 'True' && value !== 'False') || a.parent?.type !== 'expression_statement' || enclosingDefinition(a)?.id !== def.id) continue;
      const flag = flagOf(left, ref, declared);
      if (flag === undefined) continue;
      if (value === 'True') {
        if (heldAt(a) && !raised.has(flag)) raised.set(flag, { key, node: a });
        continue;
      }
      if (heldAt(a)) continue;
      // Lowered in the body of `if flag:` that tests it with no lock held.
      for (let p: Node | null = a.parent; p && p.id !== def.id; p = p.parent) {
        if (p.type !== 'if_statement') continue;
        const test = p.childForFieldName('condition');
        if (test && test.text.replace(/\s+/g, '').replace(/(?:==|is)True$/, '') === flag && !heldAt(p)) {
          lowered.push({ flag, key, test, node: a, several: r.entries.some((e) => !e.oneThread || !!e.repeats), how: r.entries[0].how });
        }
        break;
      }
    }
  }
  for (const low of lowered) {
    const raise = raised.get(low.flag);
    if (!raise || (raise.key === low.key && !low.several)) continue;
    const line = low.test.startPosition.row;
    if (already.some((f) => f.range.start.line === line && f.subject === low.flag) || out.some((f) => f.subject === low.flag)) continue;
    const lowerLine = low.node.startPosition.row;
    const raiser = raise.key.slice(raise.key.lastIndexOf('.') + 1);
    out.push({
      code: 'GIL004',
      message: `\`${low.flag}\` is tested here and set back to False at line ${lowerLine + 1} by code that runs in threads (${low.key}(); ${low.how}), with no lock over the test and the reset, while ${raiser}() sets it to True under a lock (line ${raise.node.startPosition.row + 1}) on another thread: a True set after this test and before the reset is wiped out by the reset, and that signal is lost, with the GIL or without it. Take the lock over the test and the reset together (read the flag and lower it in one locked step: \`with lock: woken, flag = flag, False\`), or use a threading.Event or a queue for the signal.`,
      range: rangeOf(low.test),
      subject: low.flag,
      related: [
        { range: rangeOf(low.node), message: `\`${low.flag}\` is set back to False here, with no lock` },
        { range: rangeOf(raise.node), message: `${raiser}() sets \`${low.flag}\` to True here, under a lock` },
      ],
    });
  }
  return out;
}

/**
 * GIL001 for `self.out.seek(start)` and then `self.out.write(chunk)` (or a read) on a file the object keeps,
 * in a method several threads run on that one object (a downloader's part per range), with no lock over
 * both: another thread's seek can come between the two, and this chunk goes to that thread's offset.
 */
function seekThenWriteOnSharedFile(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*seek\s*\(/.test(module.text)) return out;
  for (const [key, r] of reached) {
    if (r.target.t !== 'function' || !r.bound || !r.entries.some((e) => (!e.oneThread || !!e.repeats) && !e.guardedBy && !e.mainProgram)) continue;
    const ref = r.target.ref;
    const text = functionText(module, ref);
    for (const seek of text.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*seek\s*\(/g)) {
      const attr = seek[1];
      const use = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*\\.\\s*(write|read\\w*)\\s*\\(`).exec(text.slice(seek.index!));
      if (!use) continue;
      const line = bodyLine(ref, text, seek.index!);
      const useLine = bodyLine(ref, text, seek.index! + use.index);
      const at = root.descendantForPosition({ row: line, column: source.line(line).search(/\bself\b/) });
      const usedAt = root.descendantForPosition({ row: useLine, column: source.line(useLine).search(/\bself\b/) });
      if (!at || !usedAt || enclosingDefinition(at)?.id !== enclosingDefinition(usedAt)?.id || heldAt(at) || heldAt(usedAt)) continue;
      if (already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
      const column = source.line(line).search(/\bself\b/);
      out.push({
        code: CODES.unlockedSharedWrite,
        message: `\`self.${attr}\` is one file object of an object whose method runs in several threads (${r.entries[0].how}): this moves its position here and ${use[1] === 'write' ? 'writes' : 'reads'} at line ${useLine + 1}, with no lock over both. Another thread's \`seek()\` can come in between, with the GIL or without it, and this ${use[1] === 'write' ? 'chunk is written at the other thread\'s offset (the file ends up with parts in the wrong places)' : 'read gets bytes from the other thread\'s offset'}. Hold one lock over the seek and the ${use[1] === 'write' ? 'write' : 'read'}, or give each thread a file object of its own (\`os.pwrite\` writes at an offset in one call).`,
        range: { start: { line, character: column }, end: { line, character: column + `self.${attr}`.length } },
        subject: `self.${attr}`,
        related: [{ range: lineRange(source, useLine), message: `the ${use[1] === 'write' ? 'write' : 'read'} that depends on the position set here` }, ...(viaRelated(r.entries, key.slice(key.lastIndexOf('.') + 1)) ?? []).slice(0, 2)],
      });
    }
  }
  return out;
}

/** Calls that take two sequences as a pair of the same length: a plot's x and y, `zip`. */
const PAIRED_READ = /(?:^|\.)(?:plot|scatter|step|bar|fill_between|errorbar|semilogy|semilogx|loglog|set_data|zip)$/;

/**
 * GIL004 for two module-level lists or deques that thread code adds to one after the other (`times.append(t)`,
 * then `temps.append(v)`) while code beside it reads them as a pair (`ax.plot(times, temps)` in the main
 * program or in the callback it hands matplotlib's FuncAnimation, which runs on the main thread during
 * `plt.show()`), with no lock over both: the read can come between the two appends and get one item more
 * in the first, and the plot stops with ValueError (x and y must have the same first dimension).
 */
function pairReadWhileThreadAppends(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*append\s*\([^\n]*\n[^\n]*\.\s*append\s*\(/.test(module.text)) return out;
  // The pairs thread code appends to, one right after the other, with no lock: `times` → `temps` and where.
  type Pair = { first: string; second: string; key: string; line: number; entry: ThreadEntry };
  const pairs: Pair[] = [];
  const container = (n: string) => module.globals.get(n)?.kind === 'value' && new RegExp(`^${n}\\s*(?::[^=\\n]*)?=\\s*(?:\\[|list\\s*\\(|(?:collections\\s*\\.\\s*)?deque\\s*\\()`, 'm').test(module.text);
  for (const [key, r] of reached) {
    const entry = r.entries.find((e) => !e.guardedBy && !e.mainProgram && !e.fromImporter);
    if (r.target.t !== 'function' || !entry) continue;
    const ref = r.target.ref;
    const text = functionText(module, ref);
    for (const m of text.matchAll(/^[ \t]*([A-Za-z_]\w*)\s*\.\s*append\s*\([^\n]*\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*([A-Za-z_]\w*)\s*\.\s*append\s*\(/gm)) {
      const [, first, second] = m;
      if (first === second || ref.fn.locals.includes(first) || ref.fn.params.includes(first) || ref.fn.locals.includes(second) || ref.fn.params.includes(second) || !container(first) || !container(second)) continue;
      const line = bodyLine(ref, text, m.index! + (m[0].length - m[0].trimStart().length));
      const at = root.descendantForPosition({ row: line, column: source.line(line).search(/\S/) });
      if (!at || heldAt(at)) continue;
      pairs.push({ first, second, key, line, entry });
    }
  }
  if (pairs.length === 0) return out;
  // Code beside the threads: the main program after the start, and FuncAnimation's callbacks (their fargs by parameter).
  const besides: { node: Node; names: Map<string, string>; after: number; who: string }[] = [];
  for (const call of namesMatching(root, module.text, /\bFuncAnimation\s*\(/g)) {
    let c: Node | null = call.node;
    while (c && c.type !== 'call') c = c.parent;
    if (!c || enclosingDefinition(c)) continue;
    const { positional, keyword } = callArgs(c);
    const func = keyword.get('func') ?? positional[1];
    const ref = func?.type === 'identifier' ? module.functions.get(func.text) : undefined;
    const def = ref ? definitionOf(root, ref) : undefined;
    if (!ref || !def) continue;
    const names = new Map<string, string>();
    const fargs = keyword.get('fargs');
    (fargs?.type === 'tuple' || fargs?.type === 'list' ? fargs.namedChildren : []).forEach((a, i) => {
      const param = ref.fn.params[i + 1];
      if (a?.type === 'identifier' && param !== undefined) names.set(param, a.text);
    });
    besides.push({ node: def, names, after: c.startPosition.row, who: `${ref.fn.name}(), which FuncAnimation calls on the main thread` });
  }
  for (const statement of root.namedChildren) {
    if (statement && !/^(?:function_definition|class_definition|decorated_definition|import_statement|import_from_statement)$/.test(statement.type)) besides.push({ node: statement, names: new Map(), after: statement.startPosition.row, who: 'the main program' });
  }
  const done = new Set<string>();
  for (const { node, names, after, who } of besides) {
    if (!/\(/.test(node.text)) continue;
    for (const call of node.descendantsOfType('call')) {
      const callee = dotted(call?.childForFieldName('function'));
      if (!call || callee === undefined || !PAIRED_READ.test(callee)) continue;
      const args = callArgs(call).positional.map((a) => (a?.type === 'identifier' ? (names.get(a.text) ?? (enclosingDefinition(call) && module.functions.get(enclosingDefinition(call)!.childForFieldName('name')?.text ?? '')?.fn.locals.includes(a.text) ? undefined : a.text)) : undefined));
      for (const p of pairs) {
        const i = args.indexOf(p.first);
        if (i < 0 || args[i + 1] !== p.second || done.has(`${p.first},${p.second}`)) continue;
        // Started before the read (or before the animation is made), and not joined in between.
        const start = p.entry.moduleLine;
        if (start === undefined || start >= after || joinedBetween(module, start, call.startPosition.row)) continue;
        done.add(`${p.first},${p.second}`);
        const line = call.startPosition.row;
        // (Handed in through FuncAnimation's fargs, they go by the callback's parameter names here.)
        const written = callArgs(call).positional.slice(i, i + 2).map((a) => a?.text);
        const aka = written[0] !== p.first || written[1] !== p.second ? ` (the callback's \`${written[0]}\` and \`${written[1]}\`)` : '';
        out.push({
          code: 'GIL004',
          message: `\`${p.first}\` and \`${p.second}\`${aka} are read as a pair here (\`${call.text.split('\n')[0].slice(0, 60)}\`) by ${who}, while code that runs in threads (${p.key}(); ${p.entry.how}) adds to one and then the other (line ${p.line + 1}), with no lock over both: the read can come between the two appends and find one item more in \`${p.first}\` than in \`${p.second}\`, with the GIL or without it, and a plot then stops with ValueError (x and y must have the same first dimension). (A thread appending without pause while the main program copied both: 19 of 20 reads found different lengths on 3.9 and 3.11, 61 of 77 on 3.13t.) Hold one lock over the two appends, and take copies of both under it here.`,
          range: { start: { line, character: call.startPosition.column }, end: { line, character: line === call.endPosition.row ? call.endPosition.column : source.line(line).length } },
          subject: p.first,
          related: [
            { range: lineRange(source, p.line), message: `${p.key}() adds to \`${p.first}\` here and to \`${p.second}\` right after, on a thread` },
            { range: p.entry.site, message: `the thread that runs ${p.key}() starts here (${p.entry.how})` },
          ],
        });
      }
    }
  }
  return out;
}

/**
 * The main program going through a module-level dict or set (`for k, v in resources.items():`) after
 * it starts a thread that adds or removes its items, with no join before and no lock around the loop:
 * the loop can fail with RuntimeError or miss items. The same in a function that starts the threads
 * and goes through such a global, or a dict or set of its own that its threads' code changes (a
 * closure's `seen.add(x)`), before it waits for them. Thread code's own loops are judged with its writes.
 */
function mainLoopsOverChanged(module: Module, reached: ReadonlyMap<string, Reached>): Finding[] {
  const out: Finding[] = [];
  // The names whose items thread code changes, with that code.
  const changers = new Map<string, [string, Reached][]>();
  for (const [key, r] of reached) {
    if (r.target.t !== 'function' || r.entries.every((e) => e.guardedBy || e.mainProgram || e.fromImporter)) continue;
    const fn = r.target.ref.fn;
    for (const m of functionMatches(module, r.target.ref, ANY_ITEM_CHANGE)) {
      const name = m[1] ?? m[2];
      if (fn.locals.includes(name) || fn.params.includes(name)) continue;
      const list = changers.get(name) ?? [];
      if (!list.some(([k]) => k === key)) changers.set(name, [...list, [key, r]]);
    }
  }
  if (changers.size === 0) return out;
  const root = module.statements[0]!.node.tree.rootNode;
  const functionsByLine = new Map([...module.functions.values()].map((f) => [absoluteRange(f.fn.range, f.statement.base).start.line, f]));
  // Loops over those names (`for k in d`, `for k, v in d.items()`, comprehensions) outside `with <lock>:`.
  const over = new RegExp(`\\bin\\s+(${[...changers.keys()].join('|')})\\b`, 'g');
  for (const m of module.text.matchAll(over)) {
    const name = m[1];
    const at = root.descendantForIndex(m.index! + m[0].length - name.length);
    const iterable = at?.parent?.type === 'attribute' && /^(?:iter)?(?:items|keys|values)$/.test(at.parent.childForFieldName('attribute')?.text ?? '') && at.parent.parent?.type === 'call' ? at.parent.parent : at;
    const loop = iterable?.parent;
    if (at?.type !== 'identifier' || !loop || (loop.type !== 'for_statement' && loop.type !== 'for_in_clause') || loop.childForFieldName('right')?.id !== iterable!.id) continue;
    // The function the loop is in (none: the main program), if no lambda, class or `with <lock>:` comes first.
    let scope: Node | undefined;
    let plain = true;
    for (let p = loop.parent; p && plain && !scope; p = p.parent) {
      if (p.type === 'function_definition') scope = p;
      plain = p.type !== 'lambda' && p.type !== 'class_definition' && !(p.type === 'with_statement' && LOCKISH.test(p.text.split('\n')[0]));
    }
    if (!plain) continue;
    const row = loop.startPosition.row;
    const starter = scope ? functionsByLine.get(scope.startPosition.row) : undefined;
    if (scope && (!starter || reached.has(starter.definition.key))) continue; // thread code's loops are its own findings
    // Its own dict or set (made in the starter, reached by its closures), or a module-level one it does not shadow.
    const own = !!starter && (starter.fn.locals.includes(name) || starter.fn.params.includes(name));
    if (own ? !madeAsDictOrSet(module, name, scope!.text) : !madeAsDictOrSet(module, name)) continue;
    for (const [key, r] of changers.get(name)!) {
      if (own && !key.startsWith(`${starter!.definition.key}.`)) continue;
      // Started earlier by the main program (or by this function), not joined since.
      const start = r.entries.find((e) => {
        if (!scope) return e.moduleLine !== undefined && e.moduleLine < row && !joinedBetween(module, e.moduleLine, row) && !leftPoolBlockBefore(root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character }), row);
        if (e.site.start.line < scope.startPosition.row || e.site.start.line > scope.endPosition.row || e.guardedBy || e.mainProgram) return false;
        const site = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
        const started = (site && startOfNamedThread(site, scope)) ?? e.site.start.line;
        return started < row && !joinedBetween(module, started, row) && !(site && leftPoolBlockBefore(site, row));
      });
      if (!start) continue;
      const what = !scope ? 'the main program goes through it here' : `${starter!.definition.key}(), which starts the threads, goes through it here before it waits for them,`;
      out.push({
        code: 'GIL004',
        message: `\`${name}\` is ${own ? `a container that ${starter!.definition.key}() makes and its threads' code changes` : 'a module-level container'}, and ${what} while code that runs in threads (${start.how}) adds or removes its items (in ${key}()), with no lock over the loop: the loop can fail with RuntimeError (the dict or set changed size during iteration) or miss items. A loop over a dict that a thread was still filling failed so in 40 of 40 runs on 3.9 and 3.11, and in 29 of 40 on 3.13t. Join the threads first if the loop needs what they add; else hold one lock over their changes and loop over a copy taken under it.`,
        range: { start: { line: iterable!.startPosition.row, character: iterable!.startPosition.column }, end: { line: iterable!.endPosition.row, character: iterable!.endPosition.column } },
        subject: name,
        related: [{ range: start.site, message: `${key}() runs in threads started here (${start.how})` }],
      });
      break;
    }
  }
  return out;
}

/**
 * Analyses a parsed module. Pass the memo of an earlier analysis of the same document to reuse the
 * summaries of the statements that did not change.
 */
export function analyze(tree: Tree, text: string, memo?: AnalysisMemo, incoming: readonly IncomingThreadEntry[] = []): AnalysisResult {
  const module = buildModule(tree, text, memo);
  if (!mayHaveFindings(text) && incoming.length === 0) {
    // No thread of its own, but it may start another module's Thread subclass (`Worker(q).start()`).
    const handOffs = [...(STARTS_SOMETHING.test(text) ? importedThreadClassesStarted(module, tree.rootNode) : []), ...requestHandlersServed(module, tree.rootNode)];
    return { findings: [], functions: listFunctions(module, []), handOffs };
  }
  const lines = new SourceLines(text);
  const handOffs: ThreadHandOff[] = [];
  const seen = new Set<string>();
  const firstAtItsPlace = (f: Finding) => {
    const at = `${f.code}:${f.range.start.line}:${f.range.start.character}`;
    return !seen.has(at) && !!seen.add(at);
  };
  const kept = [...raceFindings(module, tree.rootNode, lines, incoming, handOffs), ...beforeClassRedefined(module, tree, text)].filter((f) => firstAtItsPlace(f) && !suppressed(lines, f)).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { findings: kept, functions: listFunctions(module, kept), handOffs };
}

/**
 * A lesson's file that shows a class, runs it on threads as the module runs, and then defines a
 * class of the same name again (the fixed version, run the same way): the threads started before
 * the second definition ran the first one. The module up to that line is checked as a module of its
 * own, so the later class does not hide what the earlier one does.
 */
function beforeClassRedefined(module: Module, tree: Tree, text: string): Finding[] {
  const seen = new Set<string>();
  let cut: Node | undefined;
  for (const { node: st } of module.statements) {
    const def = st.type === 'decorated_definition' ? st.childForFieldName('definition') : st;
    const name = def?.type === 'class_definition' ? def.childForFieldName('name')?.text : undefined;
    if (name === undefined) continue;
    if (seen.has(name)) {
      cut = st!;
      break;
    }
    seen.add(name);
  }
  // (Only when the code before the second one may start threads.)
  const prefix = cut && text.slice(0, cut.startIndex);
  if (!prefix || !mayHaveFindings(prefix)) return [];
  const parser = new Parser();
  try {
    parser.setLanguage(tree.language);
    const earlier = parser.parse(prefix);
    if (!earlier) return [];
    try {
      return analyze(earlier, prefix).findings;
    } finally {
      earlier.delete();
    }
  } finally {
    parser.delete();
  }
}

/**
 * Thread entries for this module's code that other modules run on several threads: `handle_client`,
 * `Worker.run` on a new instance each, `tracker.update` on the module's one `tracker` object.
 */
function incomingThreadEntries(module: Module, incoming: readonly IncomingThreadEntry[]): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  const lastLine = linesOf(module).length;
  for (const { name, how, several, shared, sharedSelf, sharedClasses, from: elsewhere } of incoming) {
    // A Thread subclass started by the importer: its `run()`, with what every thread is handed shared.
    const threadClass = module.classes.get(name);
    // A request handler class made into another module's threading server: a new one per request, on its thread;
    // `self.server` is the one server every request's handler is given.
    if (threadClass && builtOn(module, threadClass, REQUEST_HANDLERS)) {
      const handed = new Map([['self.server', undefined]]);
      for (const m of threadClass.methods.keys()) if (runsPerRequest(m)) out.push(severalThreads(`${name}.${m}`, false, threadClass.site, how, { elsewhere, handed }));
      continue;
    }
    if (threadClass) {
      if (!threadClass.isThread || !threadClass.methods.has(threadClass.run)) continue;
      const kept = shared && keptParams(module, threadClass);
      const attrs = kept ? shared.map((k) => kept.stored.get(typeof k === 'number' ? kept.params[k] : k)).filter((a): a is string => a !== undefined) : [];
      const handed = attrs.length > 0 ? new Map(attrs.map((a): [string, string | undefined] => [`self.${a}`, undefined])) : undefined;
      // (The starter's own objects, by the attribute each is kept in: calls on them run the starter's methods on this thread.)
      const from = kept && sharedClasses ? Object.entries(sharedClasses).flatMap(([k, cls]): [string, { file: string; cls: string }][] => {
        const attr = kept.stored.get(/^\d+$/.test(k) ? kept.params[Number(k)] : k);
        return attr !== undefined ? [[`self.${attr}`, { file: elsewhere.file, cls }]] : [];
      }) : [];
      const handedFrom = from.length > 0 ? new Map(from) : undefined;
      out.push(several ? severalThreads(`${name}.${threadClass.run}`, false, threadClass.site, how, { elsewhere, ...(handed && { handed }), ...(handedFrom && { handedFrom }) }) : { key: `${name}.${threadClass.run}`, boundMethod: false, site: threadClass.site, how, moduleLine: lastLine, oneThread: true, repeats: false, fromImporter: true, elsewhere, ...(handedFrom && { handedFrom }) });
      continue;
    }
    const dot = name.indexOf('.');
    const head = dot < 0 ? name : name.slice(0, dot);
    const ctor = dot < 0 ? undefined : module.classes.has(head) ? head : module.globalHistory.get(head)?.at(-1)?.ctor;
    const key = dot < 0 ? name : ctor !== undefined ? `${ctor}.${name.slice(dot + 1)}` : undefined;
    const ref = key !== undefined ? module.functions.get(key) : undefined;
    if (!ref || (dot < 0 && module.classes.has(name))) continue;
    const site = absoluteRange(ref.fn.nameRange ?? ref.fn.range, ref.statement.base);
    // (`Lobby.vote` is on a new object, unless the importer calls it on one object it keeps.)
    const bound = (ctor !== undefined && ctor !== head) || (sharedSelf === true && ctor === head);
    // One thread, started by a module that imported this one: after all of this module's own code ran.
    out.push(several ? severalThreads(key!, bound, site, how, { elsewhere }) : { key: key!, boundMethod: bound, site, how, moduleLine: lastLine, oneThread: true, repeats: false, fromImporter: true, elsewhere });
  }
  return out;
}

/** Django's and Django REST framework's view classes, by the module they come from. */
const DJANGO_VIEW_BASE = /^(?:django\.views\.|rest_framework\.(?:views|generics|viewsets|mixins)\.)/;
/** What a Django view class answers: the HTTP verbs, and a REST framework view set's actions. */
const DJANGO_VIEW_METHODS = /^(?:get|post|put|patch|delete|head|options|dispatch|list|create|retrieve|update|partial_update|destroy)$/;

/**
 * Django views: a module-level function whose first parameter is `request`, or a method of a view class
 * answering a verb, in a module that imports Django or its REST framework. The development server (and
 * any threaded server) answers each request on a thread of its own, several at once.
 */
function djangoViewEntries(module: Module): ThreadEntry[] {
  const out: ThreadEntry[] = [];
  if (![...module.imports.aliases.values()].some((q) => /^(?:django|rest_framework)\./.test(q))) return out;
  for (const [key, ref] of module.functions) {
    if (key.includes('.') || ref.fn.params[0] !== 'request' || ref.fn.isAsync) continue;
    out.push(severalThreads(key, false, absoluteRange(ref.fn.nameRange ?? ref.fn.range, ref.statement.base), `the Django view ${key}(), run on a thread per request`));
  }
  for (const c of module.classes.values()) {
    if (!builtOn(module, c, (b) => DJANGO_VIEW_BASE.test(b))) continue;
    for (const [m, ref] of c.methods) if (DJANGO_VIEW_METHODS.test(m) && !ref.fn.isAsync) out.push(severalThreads(`${c.name}.${m}`, false, c.site, `the Django view ${c.name}, run on a thread per request`));
  }
  return out;
}

/** Does the class's `__init__` set `self.attr` (a value of each object's own)? */
function madeInInit(module: Module, cls: ClassInfo, attr: string): boolean {
  const init = cls.methods.get('__init__');
  return !!init && new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=(?!=)`).test(functionText(module, init));
}

/**
 * Which thread runs a thread function: one started once at one place (`keyboard.Listener(on_press=…, on_release=…)`
 * gives both callbacks to its one listener thread), named by that place; else the function itself, as its own.
 */
function threadOf(reach: Reached, key: string): string {
  const [e, ...others] = reach.entries;
  return e && others.length === 0 && e.oneThread && !e.repeats ? `${e.site.start.line}:${e.site.start.character}\u0000${e.how}` : key;
}

/** `observer.schedule(Handler(), path)` (or `handler = Handler()` … `observer.schedule(handler, …)`): the call that hands the class's object to an observer. */
function scheduledAt(module: Module, root: Node, cls: string): Node | undefined {
  for (const m of module.text.matchAll(/\.\s*schedule\s*\(\s*([A-Za-z_][\w.]*)\s*(\()?/g)) {
    const named = m[1].replace(/\s+/g, '');
    const made = m[2] ? classVisibleFrom(module, named, undefined) === cls : boundToClass(module, named, cls);
    if (!made) continue;
    let call: Node | null = root.descendantForIndex(m.index!);
    while (call && call.type !== 'call') call = call.parent;
    if (call) return call;
  }
  return undefined;
}

/** A Thread subclass's own `run()` entry, for a class that no code of this module makes (`Worker(…)` only in importers). */
function neverMadeHere(module: Module, e: ThreadEntry): boolean {
  const cls = module.classes.get(e.key.slice(0, e.key.lastIndexOf('.')));
  return !!cls?.isThread && e.site === cls.site && !new RegExp(`(?<!\\bclass\\s+)(?<![\\w.])${cls.name}\\s*\\(`).test(module.text);
}

/** Imported functions and objects' methods that code run on several threads calls: they run there too. */
function callsIntoImports(module: Module, root: Node, reached: ReadonlyMap<string, Reached>): ThreadHandOff[] {
  const out: ThreadHandOff[] = [];
  // (Whether an entry repeats, worked out once per entry: many functions share their entries.)
  const repeats = new Map<ThreadEntry, boolean>();
  // (A thread started once in a function, not in a loop there, is one thread, as for this module's own state.)
  const repeating = (e: ThreadEntry) => repeats.get(e) ?? repeats.set(e, !e.oneThread || !!e.repeats || (e.moduleLine === undefined && runsOnce(module, root, e.site.start) === undefined && startingFunction(root, e.site.start) === undefined)).get(e)!;
  for (const [key, r] of reached) {
    if (r.target.t !== 'function') continue;
    const { fn, statement } = r.target.ref;
    let several: boolean | undefined;
    for (const c of fn.calls) {
      const at = { fnKey: key, line: statement.base.line };
      const target = importedCallable(module, c, at);
      const onGlobal = target === undefined ? importedMethodOfGlobal(module, c, at) : [];
      if (target === undefined && onGlobal.length === 0) continue;
      several ??= r.entries.some(repeating) || r.entries.filter((e) => !e.mainProgram).length >= 2;
      const line = statement.base.line + ((c.t === 'name' || c.t === 'method') && c.line !== undefined ? c.line : 0) + 1;
      const how = `${CALL_FROM}${fn.name}()`;
      if (target !== undefined) out.push({ target, several, line, how });
      for (const t of onGlobal) out.push({ target: t, several, line, how, sharedSelf: true });
    }
  }
  return out;
}

/**
 * Calls that thread code makes on an object the module that started it handed it (`self.restaurant.assign_waiter()` in
 * a `Waiter(name, self)` started by a `Restaurant`): that module's method runs on this thread, on that one object.
 */
function callsBackToStarters(module: Module, reached: ReadonlyMap<string, Reached>): ThreadHandOff[] {
  const out: ThreadHandOff[] = [];
  for (const [key, r] of reached) {
    if (r.target.t !== 'function') continue;
    const from = r.entries.filter((e) => e.handedFrom);
    if (from.length === 0) continue;
    const text = functionText(module, r.target.ref);
    for (const m of text.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*(\w+)\s*\(/g)) {
      for (const e of from) {
        const object = e.handedFrom!.get(`self.${m[1]}`);
        if (!object) continue;
        const line = bodyLine(r.target.ref, text, m.index!) + 1;
        out.push({ target: `${object.cls}.${m[2]}`, inFile: object.file, several: !e.oneThread || !!e.repeats, line, how: `${CALL_FROM}${key.replace(/#\d+$/, '')}()`, sharedSelf: true });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- functions for the lenses

function listFunctions(module: Module, findings: Finding[]): FunctionInfo[] {
  const out: FunctionInfo[] = [];
  // (By start line, so each function looks only at the findings that start inside it.)
  const races = findings.filter((f) => f.code === CODES.unlockedSharedWrite).sort((a, b) => a.range.start.line - b.range.start.line);
  const racesIn = (r: Range0): Finding[] => {
    let lo = 0;
    for (let hi = races.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (races[mid].range.start.line < r.start.line) lo = mid + 1;
      else hi = mid;
    }
    const out: Finding[] = [];
    for (let i = lo; i < races.length && races[i].range.start.line <= r.end.line; i++) if (races[i].range.end.line <= r.end.line) out.push(races[i]);
    return out;
  };
  for (const [key, { fn, statement }] of module.functions) {
    if (!fn.nameRange || key.includes('#')) continue;
    const parentScope = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    const kind: FunctionInfo['kind'] = !parentScope ? 'function' : module.classes.has(parentScope) ? 'method' : 'nested';
    const r = absoluteRange(fn.range, statement.base);
    const nameRange = absoluteRange(fn.nameRange, statement.base);
    const binding: FunctionInfo['binding'] = kind === 'method' ? (fn.decoratedAs ?? 'instance') : undefined;
    const racesInside = racesIn(r);
    out.push({
      name: fn.name,
      qualifiedName: key,
      kind,
      nameRange,
      range: r,
      requiredParams: kind === 'method' && binding !== 'static' ? fn.requiredParams.asMethod : fn.requiredParams.asFunction,
      isAsync: fn.isAsync,
      writesGlobals: fn.globalsDeclared.filter((w) => module.globals.get(w)?.kind === 'value'),
      writesState: [...new Set(racesInside.map((f) => f.subject))],
      hasRaceFinding: racesInside.length > 0,
      ...(binding && { binding }),
      ...(binding === 'instance' && { instanceParams: module.functions.get(`${parentScope}.__init__`)?.fn.requiredParams.asMethod ?? 0 }),
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** The key of the function or class a node sits in, as `module.functions` keys them (`C.m`, `outer.inner`); '' at module level. */
function scopeKeyOf(node: Node): string {
  const names: string[] = [];
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'class_definition') names.unshift(p.childForFieldName('name')?.text ?? '');
  }
  return names.join('.');
}

/** Does the definition hand back nothing (no `return value`, no `yield` in its own body), undecorated but for static/classmethod? */
function returnsNothing(def: Node): boolean {
  const decorated = def.parent?.type === 'decorated_definition' ? def.parent : undefined;
  if (decorated?.namedChildren.some((d) => d?.type === 'decorator' && !/^@\s*(?:staticmethod|classmethod)\s*$/.test(d.text))) return false;
  const body = def.childForFieldName('body');
  if (!body) return false;
  const walk = (n: Node): boolean => {
    for (const c of n.namedChildren) {
      if (!c || c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') continue;
      if (c.type === 'yield') return false;
      if (c.type === 'return_statement' && c.namedChildren.some((v) => v && v.type !== 'none' && v.type !== 'comment')) return false;
      if (!walk(c)) return false;
    }
    return true;
  };
  return walk(body);
}

/**
 * Might the argument list that starts at `from` (just after its `(`) hold a call (`work(i)`, `x.f()`)?
 * Read from the text, to spare most calls a look at the tree: false only where the list closes with no
 * name or subscript before a `(` on the way; a string inside, or a long list, is left to the tree.
 */
function callInArguments(text: string, from: number): boolean {
  let depth = 1;
  let last = '(';
  for (let i = from; i < text.length && i < from + 2000; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '#') return true;
    if (ch === '(') {
      if (/[\w.\])]/.test(last)) return true;
      depth++;
    } else if (ch === ')' && --depth === 0) return false;
    if (!/\s/.test(ch)) last = ch;
  }
  return true;
}

/**
 * GIL008: `Thread(target=work(i))`, `Timer(5, tick())`, `pool.submit(fetch(url))`: the parentheses call
 * the function at once, on the thread that makes the Thread, and hand on what it returns. Flagged only
 * when the function is this module's and returns nothing, so what is handed on is None.
 */
function targetCalledAtOnce(module: Module, root: Node, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const sieve = /\b(Thread|Timer|submit|start_new_thread)\s*\(/g;
  for (const m of module.text.matchAll(sieve)) {
    if (!callInArguments(module.text, m.index + m[0].length)) continue;
    let call: Node | null = root.descendantForIndex(m.index, m.index + m[1].length);
    while (call && call.type !== 'call') call = call.parent;
    const fnNode = call?.childForFieldName('function');
    if (!call || !fnNode || (fnNode.type === 'attribute' ? fnNode.childForFieldName('attribute')?.text : fnNode.text) !== m[1]) continue;
    const q = qualify(module.imports.aliases, dotted(fnNode)) ?? '';
    const kind = m[1] === 'submit' ? 'submit' : m[1] === 'start_new_thread' ? (/^_?thread\.start_new_thread$/.test(q) ? 'start_new_thread' : undefined) : q === `threading.${m[1]}` ? m[1] : undefined;
    if (!kind) continue;
    const { positional, keyword } = callArgs(call);
    const argList = call.childForFieldName('arguments');
    // (A pool's submit: on an executor this module makes, or one named so.)
    if (kind === 'submit') {
      const receiver = fnNode.childForFieldName('object');
      const name = receiver?.text.replace(/^self\s*\.\s*/, '') ?? '';
      if (!module.executors.has(name) && !/pool|executor/i.test(name)) continue;
    }
    const handed = kind === 'Thread' ? (keyword.get('target') ?? positional[1]) : kind === 'Timer' ? (keyword.get('function') ?? positional[1]) : positional[0];
    if (handed?.type !== 'call') continue;
    const callee = handed.childForFieldName('function');
    if (!callee) continue;
    // What it calls: a function of this module (or of the enclosing functions), or a method of `self`'s class.
    const scope = scopeKeyOf(call);
    let ref: FunctionRef | undefined;
    if (callee.type === 'identifier') {
      if (module.classes.has(callee.text)) continue;
      const parts = scope.split('.').filter(Boolean);
      for (let i = parts.length; i >= 0 && !ref; i--) ref = module.functions.get([...parts.slice(0, i), callee.text].join('.'));
    } else if (callee.type === 'attribute' && callee.childForFieldName('object')?.type === 'identifier') {
      const object = callee.childForFieldName('object')!.text;
      const method = callee.childForFieldName('attribute')?.text ?? '';
      if (object === 'self') {
        const cls = enclosing(call, CLASS_TYPES)?.childForFieldName('name')?.text;
        ref = cls !== undefined ? module.classes.get(cls)?.methods.get(method) : undefined;
      } else if (!module.imports.aliases.has(object) && !module.classes.has(object)) {
        // `game.update()`: every class here with such a method returns nothing (and no module function is so named).
        const defs = [...module.classes.values()].flatMap((c) => c.methods.get(method) ?? []);
        ref = defs.length > 0 && defs.every((d) => { const n = definitionOf(root, d); return !!n && returnsNothing(n); }) ? defs[0] : undefined;
      }
    }
    const def = ref && !module.redefined.has(ref.definition.key) ? definitionOf(root, ref) : undefined;
    if (!ref || !def || !returnsNothing(def)) continue;
    const shown = handed.text.length > 50 ? `${callee.text}(…)` : handed.text;
    const name = callee.text;
    // The fix: the function itself, with its arguments handed on beside it.
    const inner = handed.childForFieldName('arguments');
    const innerArgs = inner?.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment') ?? [];
    const pos = innerArgs.filter((a) => a.type !== 'keyword_argument').map((a) => a.text);
    const kw = innerArgs.filter((a) => a.type === 'keyword_argument').map((a) => [a.childForFieldName('name')?.text ?? '', a.childForFieldName('value')?.text ?? ''] as const);
    const splat = innerArgs.some((a) => a.type === 'dictionary_splat');
    const lastArg = argList?.namedChildren.filter((a) => a && a.type !== 'comment').at(-1);
    const byKeyword = handed.parent?.type === 'keyword_argument';
    const argsTuple = pos.length > 0 ? `, args=(${pos.join(', ')}${pos.length === 1 ? ',' : ''})` : '';
    const kwargsDict = kw.length > 0 ? `, kwargs={${kw.map(([k, v]) => `'${k}': ${v}`).join(', ')}}` : '';
    let replacement: string | undefined;
    if (kind === 'submit') replacement = positional.length === 1 && keyword.size === 0 ? [name, ...pos, ...kw.map(([k, v]) => `${k}=${v}`)].join(', ') : undefined;
    else if (kind === 'start_new_thread') replacement = positional.length === 1 && kw.length === 0 ? `${name}, (${pos.join(', ')}${pos.length === 1 ? ',' : ''})` : undefined;
    else if (!splat && !keyword.has('args') && !keyword.has('kwargs') && (byKeyword || (lastArg?.id === handed.id && positional.length === 2))) replacement = `${name}${argsTuple}${kwargsDict}`;
    const fixRange = rangeOf(handed);
    const what = kind === 'Thread'
      ? `the Thread gets what it returns, None, as its target, so it runs nothing`
      : kind === 'Timer'
        ? `the Timer gets what it returns, None, and when it fires it fails with TypeError: 'NoneType' object is not callable`
        : kind === 'submit'
          ? `the pool gets what it returns, None, and the future it hands back holds TypeError: 'NoneType' object is not callable`
          : `start_new_thread gets what it returns, None, and raises TypeError at once`;
    const defLine = def.startPosition.row;
    const defName = def.childForFieldName('name')?.text ?? name;
    out.push({
      code: CODES.targetCalledAtOnce,
      message: `\`${shown}\` is called here, at once, by the thread that runs this line: it runs to its end before ${kind === 'submit' ? 'the pool is asked' : `the ${kind === 'start_new_thread' ? 'thread' : kind} is even made`}, and ${what}. ${defName}() returns nothing, so these parentheses call it rather than hand it over. The work runs here, one call after another, and never on a new thread, with or without the GIL. Hand over the function, and its arguments beside it: ${kind === 'submit' ? `\`submit(${name}, …)\`` : kind === 'start_new_thread' ? `\`start_new_thread(${name}, (…))\`` : `\`${kind === 'Timer' ? '' : 'target='}${name}${pos.length + kw.length > 0 ? ', args=(…)' : ''}\``}.`,
      range: fixRange,
      subject: name,
      related: [{ range: lineRange(source, defLine), message: `${defName}() is defined here, and hands back no value` }],
      ...(replacement !== undefined && { fix: { title: `Hand over \`${name}\` itself${pos.length + kw.length > 0 ? ', with its arguments' : ''}`, edits: [{ range: fixRange, newText: replacement }] } }),
    });
  }
  return out;
}

/**
 * GIL004 for a loop that tests shared state in its own condition, outside the lock, and updates it only
 * under the lock (`while count < limit: with lock: count += 1`), in code several threads run: threads
 * that all passed the test with the last value below the limit wait for the lock in turn and each
 * update it again, so the count ends past the limit. Not when the locked part tests it again.
 */
function loopTestedOutsideLock(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/^[ \t]*while\b/m.test(module.text)) return out;
  for (const [, r] of reached) {
    if (!runBySeveral(r)) continue;
    const ref = r.target.ref;
    const text = functionText(module, ref);
    if (!/^[ \t]*while\b/m.test(text) || !/\bwith\b|\.\s*acquire\s*\(/.test(text)) continue;
    const def = definitionOf(root, ref);
    if (!def) continue;
    // What the loop may test that every thread shares: a global the function declares, or an attribute of a shared `self`.
    const shared = (n: Node): boolean =>
      n.type === 'identifier'
        ? n.parent?.type !== 'attribute' && ref.fn.globalsDeclared.includes(n.text) && module.globals.get(n.text)?.kind === 'value'
        : n.type === 'attribute' && n.childForFieldName('object')?.text === 'self' && r.bound && ref.definition.parentIsClass;
    for (const loop of def.descendantsOfType('while_statement')) {
      if (!loop || enclosingDefinition(loop)?.id !== def.id || heldAt(loop)) continue;
      const condition = loop.childForFieldName('condition');
      const body = loop.childForFieldName('body');
      if (condition?.type !== 'comparison_operator' || !body) continue;
      const tested = [condition, ...condition.descendantsOfType(['identifier', 'attribute'])].filter((n): n is Node => !!n && shared(n));
      for (const subject of tested) {
        const name = subject.text.replace(/\s+/g, '');
        // A step of one (`+= 1`, `= (x + 1) % 7`, a local stepped by one and stored): alone, the loop never passes
        // its limit, so going past it is the threads' doing. (`+= batch` passes it on one thread too.)
        const stepOfOne = (w: Node): boolean => {
          const value = w.childForFieldName('right');
          if (!value) return false;
          if (w.type === 'augmented_assignment') return value.text === '1';
          if (/[+-]\s*1\b/.test(value.text)) return true;
          return value.type === 'identifier' && new RegExp(`\\b${value.text}\\s*[+-]=\\s*1\\b`).test(module.text.slice(body.startIndex, w.startIndex));
        };
        const write = body.descendantsOfType(['augmented_assignment', 'assignment']).find((w) => !!w && w.childForFieldName('left')?.text.replace(/\s+/g, '') === name && enclosingDefinition(w)?.id === def.id && heldAt(w) && stepOfOne(w));
        if (!write) continue;
        // (A finding already on this state inside the loop says what goes wrong there.)
        if (already.some((f) => f.subject === name && f.range.start.line >= loop.startPosition.row && f.range.start.line <= loop.endPosition.row)) continue;
        // (Tested again before the update, under the lock or not: `if count >= limit: break`.)
        const before = module.text.slice(body.startIndex, write.startIndex);
        if (new RegExp(`\\b(?:if|while)\\b[^\\n]*${name.replace(/\./g, '\\s*\\.\\s*')}\\b`).test(before)) continue;
        const line = subject.startPosition.row;
        if (already.some((f) => f.range.start.line === line) || out.some((f) => f.range.start.line === line)) continue;
        const lockLine = write.startPosition.row;
        out.push({
          code: CODES.checkThenAct,
          message: `\`${name}\` is tested here by the loop with no lock, and updated at line ${lockLine + 1} under a lock, in code that runs in threads (${r.entries[0].how}): when it is one step from the end, several threads can pass this test together, wait for the lock in turn, and each update it once more, so it ends past the limit (by up to one less than the number of threads). The lock keeps each update whole, not the test and the update together. With the GIL this rarely shows: four threads counting to 20,000 this way never overshot in 50 runs on 3.9 or on 3.11, and overshot in every one of 50 runs on the free-threaded 3.13t. Test it again under the lock before the update (\`if ${name} >= …: break\`).`,
          range: rangeOf(subject),
          subject: name,
          related: [{ range: rangeOf(write), message: `\`${name}\` is updated here, under the lock, after the test` }],
        });
        break;
      }
    }
  }
  return out;
}

/**
 * GIL006 for what a method its callers use (`stop()`, `callback()`) calls on an attribute that only the
 * thread's own code stores (`self.listener = Listener(…)` in `run()`; `__init__` sets nothing, or None):
 * a call made before the thread gets to that store fails with AttributeError. Not when the method
 * tests the attribute first, catches the error, or waits for the thread.
 */
function usedBeforeThreadSetsIt(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  const store = /\bself\s*\.\s*(\w+)\s*(?::[^=\n]*)?=(?!=)/g;
  for (const e of entries) {
    const { cls, name, target } = classMethodOf(module, e.key);
    if (!cls || !target || e.guardedBy || e.mainProgram || done.has(e.key)) continue;
    done.add(e.key);
    // (Bases elsewhere may set anything in their `__init__`.)
    if (cls.bases.some((b) => !module.classes.has(b) && !/^(?:threading\s*\.\s*)?Thread$|^object$/.test(b))) continue;
    const own = ownThreadMethods(module, cls, name);
    const ownTexts = [...own].map((m) => functionText(module, cls.methods.get(m)!));
    // What the thread's code stores, first by line; and what anything else stores, with `__init__`'s None apart.
    const setByThread = new Map<string, { line: number; method: string }>();
    for (const m of own) {
      const ref = cls.methods.get(m)!;
      const text = functionText(module, ref);
      for (const s of text.matchAll(store)) if (!setByThread.has(s[1])) setByThread.set(s[1], { line: bodyLine(ref, text, s.index), method: m });
    }
    if (setByThread.size === 0) continue;
    const node = classNode(root, cls);
    const placeholder = new Set<string>();
    // Stores in methods that code off the thread runs, or calls (`__init__` calling the `start()` the Timer's callback calls too).
    const offThread = new Set<string>();
    // (The method that starts the thread is its users' too, even when the thread's code calls it again to re-arm a Timer.)
    const starter = [...cls.methods].find(([, ref]) => { const r = absoluteRange(ref.fn.range, ref.statement.base); return r.start.line <= e.site.start.line && e.site.start.line <= r.end.line; })?.[0];
    for (const m of cls.methods.keys()) if (!own.has(m) || m === starter) for (const r of ownThreadMethods(module, cls, m)) offThread.add(r);
    // (And every method of its bases here: a base's `__init__` that `super().__init__()` runs, overridden or not.)
    const baseRefs: FunctionRef[] = [];
    const bases = (c: ClassInfo, seen: Set<string>): void => {
      for (const b of c.bases) {
        const base = module.classes.get(b);
        if (!base || seen.has(b)) continue;
        seen.add(b);
        baseRefs.push(...base.methods.values());
        bases(base, seen);
      }
    };
    bases(cls, new Set([cls.name]));
    for (const ref of baseRefs) for (const s of functionText(module, ref).matchAll(store)) setByThread.delete(s[1]);
    for (const m of offThread) {
      const text = functionText(module, cls.methods.get(m)!);
      for (const s of text.matchAll(store)) {
        const end = text.indexOf('\n', s.index);
        const value = text.slice(s.index + s[0].length, end < 0 ? undefined : end);
        if (m === '__init__' && /^\s*None\s*(?:#.*)?$/.test(value)) placeholder.add(s[1]);
        else setByThread.delete(s[1]);
      }
    }
    for (const attr of [...setByThread.keys()]) {
      if (setInClassBody(node, attr) || cls.methods.has(attr)) setByThread.delete(attr);
    }
    // (A thread that says it is ready, `self.started.set()` after the store: its users wait for that.)
    for (const [attr, set] of [...setByThread]) {
      const ref = cls.methods.get(set.method)!;
      const text = functionText(module, ref);
      if (/\.\s*(?:set|notify(?:_all)?)\s*\(\s*\)/.test(text.slice(text.search(new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?::[^=\\n]*)?=(?!=)`))))) setByThread.delete(attr);
    }
    if (setByThread.size === 0) continue;
    for (const [m, ref] of cls.methods) {
      // Methods the thread's code names (called, or handed on as callbacks) run on its side.
      if (m === '__init__' || own.has(m) || /^__\w+__$/.test(m) || ownTexts.some((t) => new RegExp(`\\bself\\s*\\.\\s*${m}\\b`).test(t))) continue;
      const text = functionText(module, ref);
      // A method called on it (`self.listener.stop()`), or its value handed to a call (`self.send(self.channel, msg)`)
      // where nothing set it before, not even None; not a getter's `return self.result`, which its users call after a join.
      const uses = [
        ...[...text.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*\w+\s*\(/g)].map((u) => ({ attr: u[1], index: u.index! })),
        ...valuesHandedToCalls(text).filter((u) => !placeholder.has(u.attr)),
      ].sort((a, b) => a.index - b.index);
      for (const use of uses) {
        const attr = use.attr;
        const set = setByThread.get(attr);
        if (!set) continue;
        const before = text.slice(0, use.index);
        const pattern = `self\\s*\\.\\s*${attr}\\b`;
        // Tested or caught first, or the thread waited for: the call cannot come too early.
        if (new RegExp(`\\b(?:if|while|elif|and|or|not)\\b[^\\n]*${pattern}|${pattern}\\s*(?:is|and|or|==|!=)|hasattr\\s*\\(\\s*self\\s*,\\s*['"]${attr}['"]|getattr\\s*\\(\\s*self\\s*,\\s*['"]${attr}['"]`).test(text)) {
          // But a stop that does its work only once the thread has made what it stops (`if self.client is not None:
          // self.client.die()`), where the thread then runs it on (`self.client.start()`): a stop made before is lost.
          const lost = stopLostBeforeThreadSetsIt(module, cls, m, text, use.index, attr, set, placeholder.has(attr), e.how, name);
          if (lost && !already.some((f) => f.range.start.line === lost.range.start.line)) {
            out.push({ ...lost, related: [{ range: lineRange(source, set.line), message: `the thread's code gives \`self.${attr}\` its value here, and then runs it` }] });
            break;
          }
          continue;
        }
        if (/^[ \t]*try\s*:/m.test(before) && /^[ \t]*except\s*(?::|\(?[^)\n]*\b(?:AttributeError|Exception|BaseException)\b)/m.test(text.slice(use.index))) continue;
        if (/\.\s*(?:wait|join)\s*\(|\bis_alive\b|\bsleep\s*\(/.test(before)) continue;
        const line = bodyLine(ref, text, use.index);
        if (already.some((f) => f.range.start.line === line)) continue;
        const column = (linesOf(module)[line] ?? '').search(new RegExp(pattern));
        const none = placeholder.has(attr);
        out.push({
          code: CODES.startedBeforeSet,
          message: `\`self.${attr}\` is used here by \`${m}()\`, which the object's users call, but only the thread's code gives it a value (${set.method}() at line ${set.line + 1}; ${name}() runs on a thread: ${e.how})${none ? ', and `__init__` sets it to None' : ''}: a call made before the thread gets to that line fails with AttributeError${none ? ` ('NoneType' object has no attribute …)` : ''}. A new thread runs its first lines soon after \`start()\`, not at once, and later still when something slow (a connection, a device, a busy machine) comes first, with or without the GIL. ${none ? `Test it before the call (\`if self.${attr} is not None:\`)` : `Set it in \`__init__\` before the thread starts (to None, and test it here)`}, or have the thread set a threading.Event once it is stored and wait for that here.`,
          range: { start: { line, character: Math.max(0, column) }, end: { line, character: Math.max(0, column) + `self.${attr}`.length } },
          subject: `self.${attr}`,
          related: [{ range: lineRange(source, set.line), message: `the thread's code gives \`self.${attr}\` its value here` }],
        });
        break;
      }
    }
  }
  return out;
}

/** Methods that stop what an object runs: a call of one made too early must not be lost. */
const STOPPING = /^_{0,2}(?:stop|close|shutdown|quit|terminate|cancel|disconnect|die|kill|halt|exit)(?:_\w*)?$/i;

/**
 * For `usedBeforeThreadSetsIt`: `stop()` acts on `self.client` only when it is set (`if self.client is not None:
 * self.client.die()`), `__init__` sets it to None, and the thread's code makes it and then runs it on
 * (`self.client = Client(…)`, then `self.client.start()`, or a loop): a stop made before the store finds None,
 * does nothing, and the thread goes on running. (A loop of the thread's own is left out: the stop may end it
 * some other way, closing what it waits on.) The finding, at the test, without its related location.
 */
function stopLostBeforeThreadSetsIt(module: Module, cls: ClassInfo, method: string, text: string, useIndex: number, attr: string, set: { line: number; method: string }, none: boolean, how: string, threadMethod: string): Omit<Finding, 'related'> | undefined {
  if (!none || !STOPPING.test(method)) return undefined;
  const test = new RegExp(`^([ \\t]*)(?:if|elif)\\s+(?:self\\s*\\.\\s*${attr}\\s*(?:is\\s+not\\s+None|!=\\s*None)?|not\\s+self\\s*\\.\\s*${attr}\\s*(?:is\\s+None)?)\\s*:`, 'm').exec(text);
  // (The test guards the use: it comes first, and nothing in between waits for the thread.)
  if (!test || test.index > useIndex || /\.\s*(?:wait|join)\s*\(|\bis_alive\b|\bsleep\s*\(/.test(text.slice(0, useIndex))) return undefined;
  const setter = functionText(module, cls.methods.get(set.method)!);
  const after = setter.slice(setter.search(new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?::[^=\\n]*)?=(?!=)`)));
  if (!new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*\\.\\s*(?:start|run|serve_forever|run_forever|loop_forever|mainloop|process_forever)\\s*\\(`).test(after)) return undefined;
  const ref = cls.methods.get(method)!;
  const line = bodyLine(ref, text, test.index + test[1].length);
  const column = (linesOf(module)[line] ?? '').search(new RegExp(`self\\s*\\.\\s*${attr}`));
  return {
    code: CODES.startedBeforeSet,
    message: `\`${method}()\` acts only when \`self.${attr}\` is set, and only the object's own thread sets it (${set.method}() at line ${set.line + 1}; ${threadMethod}() runs on a thread: ${how}), which then runs it on: a \`${method}()\` called before that line, for instance right after \`start()\`, finds None here, does nothing, and the thread goes on to make it and run until the program ends. Which comes first is up to the scheduler, with the GIL or without it. Set a stop flag here that the thread checks once it has made \`self.${attr}\` (or make it in \`__init__\`), or wait for the thread to say it is ready before stopping it.`,
    range: { start: { line, character: Math.max(0, column) }, end: { line, character: Math.max(0, column) + `self.${attr}`.length } },
    subject: `self.${attr}`,
  };
}

/** `self.x` handed as an argument to a call (`send(self.channel, msg)`), outside a `return`: where in the text, and which attribute. */
function valuesHandedToCalls(text: string): { attr: string; index: number }[] {
  const out: { attr: string; index: number }[] = [];
  for (const line of text.matchAll(/^[ \t]*(?!return\b)[^\n]*$/gm)) {
    for (const args of line[0].matchAll(/[\w)\]]\s*\(([^()\n]*)\)/g)) {
      for (const read of args[1].matchAll(/\bself\s*\.\s*(\w+)\b(?!\s*(?:\.|\(|\[|=(?!=)))/g)) out.push({ attr: read[1], index: line.index! + args.index! + args[0].indexOf('(') + 1 + read.index! });
    }
  }
  return out;
}

/**
 * GIL006 for a thread whose work is one loop that ends when a queue is empty (`while not q.empty():
 * q.get()`), while the thread that fills the queue runs at the same time: started after the consumer,
 * or beside it with nothing joined between. The consumer finds the queue empty before the producer's
 * items come, ends, and they are never taken. Measured (five puts, 200 runs each, on 3.9, 3.11 and
 * 3.13t): a consumer started first took none in every run; started after a producer that waits 1 ms
 * between its puts, it took about one of the five.
 */
function drainEndsBeforeProducer(module: Module, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\bwhile\s+not\s+[\w.]+\s*\.\s*empty\s*\(\s*\)/.test(module.text)) return out;
  const started = entries.filter((e) => e.oneThread && !e.repeats && !e.guardedBy && !e.mainProgram && module.functions.has(e.key));
  // Each thread function's text, read once.
  const code = new Map(started.map((e) => { const ref = module.functions.get(e.key)!; return [e, { ref, body: functionText(module, ref) }]; }));
  const classOf = (key: string) => key.slice(0, key.lastIndexOf('.'));
  for (const consumer of started) {
    const c = code.get(consumer)!;
    // The drain is the thread's one loop, at the top of its body (no `while True:` around it to come back).
    const drain = /^([ \t]*)while\s+not\s+((?:self\s*\.\s*)?\w+)\s*\.\s*empty\s*\(\s*\)\s*:/m.exec(c.body);
    if (!drain || [...c.body.slice(0, drain.index).matchAll(/^([ \t]*)(?:while|for)\b/gm)].some((m) => m[1].length < drain[1].length)) continue;
    const q = drain[2].replace(/\s+/g, '');
    const onSelf = q.startsWith('self.');
    const queue = `(?<![\\w.])${q.replace('.', '\\s*\\.\\s*')}\\s*\\.\\s*`;
    if (!new RegExp(`${queue}get(?:_nowait)?\\s*\\(`).test(c.body)) continue;
    // (One shared queue: a module global, or the attribute of one object both threads' methods belong to.)
    const ownName = (ref: FunctionRef) => ref.fn.params.includes(q) || ref.fn.locals.includes(q);
    if (onSelf ? !consumer.key.includes('.') : !module.globals.has(q) || ownName(c.ref)) continue;
    const puts = new RegExp(`${queue}put(?:_nowait)?\\s*\\(`);
    const producer = started.find((p) => {
      const { ref, body } = code.get(p)!;
      return p !== consumer && (onSelf ? classOf(p.key) === classOf(consumer.key) : !ownName(ref)) && puts.test(body);
    });
    if (!producer) continue;
    const [consumerLine, producerLine] = [consumer.site.start.line, producer.site.start.line];
    // A producer joined before the consumer starts has put everything already.
    if (producerLine < consumerLine && joinedBetween(module, producerLine, consumerLine)) continue;
    const line = bodyLine(c.ref, c.body, drain.index);
    if (already.some((f) => f.range.start.line === line)) continue;
    const column = drain[1].length;
    const name = consumer.key.slice(consumer.key.lastIndexOf('.') + 1);
    const producerName = producer.key.slice(producer.key.lastIndexOf('.') + 1);
    const first = consumerLine < producerLine || (consumerLine === producerLine && consumer.site.start.character < producer.site.start.character);
    out.push({
      code: CODES.startedBeforeSet,
      message: `${name}() ends when \`${q}\` is empty, and the thread that fills it, ${producerName}() (${producer.how}), ${first ? 'is started after this one' : 'runs at the same time'}: ${first ? 'this loop finds the queue empty before anything is put, and ends at once' : 'if it puts more slowly than this loop takes, the loop finds the queue empty between two puts and ends'}, and what comes after is never taken. Measured, five puts, 200 runs each on 3.9, 3.11 and 3.13t: a consumer started first took none in every run; one started after a producer that waits 1 ms between its puts took about one of the five. The GIL changes nothing here. Loop on \`${q}.get()\` until a value the producer puts last (\`None\`), or join the producer before starting this thread.`,
      range: { start: { line, character: column }, end: { line, character: drain[0].trimEnd().length } },
      subject: q,
      related: [
        { range: lineRange(source, producerLine), message: `${producerName}(), which puts into \`${q}\`, is started here` },
        { range: lineRange(source, consumerLine), message: `${name}() is started here` },
      ],
    });
  }
  return out;
}

/**
 * GIL006 for a thread that takes from a module-level list with `pop()` and never looks whether it holds
 * an item (no test of its size, no wait, no lock, no `try:` around it), while another thread the module
 * starts, or the main program after the start, fills it (`append`): when the taker gets ahead, the list
 * is empty, pop raises IndexError and the taker's thread ends; what is added afterwards is never taken.
 * (A taker that pops once from a list made with items takes one of those.)
 */
function takenBeforeFilled(module: Module, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*pop(?:left)?\s*\(/.test(module.text) || !/\.\s*(?:append|appendleft|extend|insert)\s*\(/.test(module.text)) return out;
  const started = entries.filter((e) => !e.guardedBy && !e.mainProgram && !e.key.includes('.') && module.functions.has(e.key));
  // The module's lists (and deques): every binding at a line's start is one, and whether the first one is empty.
  const lists = new Map<string, boolean>();
  const others = new Set<string>();
  for (const m of statementMatches(module, LINE_START_BINDING)) {
    if (!/^(?:\[|list\s*\(|(?:collections\s*\.\s*)?deque\s*\()/.test(m[2])) others.add(m[1]);
    else if (!lists.has(m[1])) lists.set(m[1], /^(?:\[\s*\]|(?:list|(?:collections\s*\.\s*)?deque)\s*\(\s*\))\s*(?:#.*)?$/.test(m[2].trim()));
  }
  for (const name of others) lists.delete(name);
  if (lists.size === 0) return out;
  const done = new Set<string>();
  for (const taker of started) {
    const ref = module.functions.get(taker.key)!;
    const body = functionText(module, ref);
    // (Anything that could order the take after a fill or catch its failure: a lock, a wait, a `try:`.)
    if (/\.\s*(?:acquire|wait)\s*\(|^[ \t]*(?:with|try)\b|\bIndexError\b/m.test(body)) continue;
    for (const pop of body.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\.\s*(pop(?:left)?)\s*\(\s*(0|-1)?\s*\)/g)) {
      const name = pop[1];
      const emptyAtFirst = lists.get(name);
      if (emptyAtFirst === undefined || done.has(name) || ref.fn.locals.includes(name) || ref.fn.params.includes(name)) continue;
      // A look at its size anywhere in the taker (`if queue:`, `while len(queue)`, `queue == []`).
      const n = escapeRegExp(name);
      if (new RegExp(`\\b(?:if|while|elif|and|or|not)\\s+(?:not\\s+)?${n}\\b(?!\\s*[.\\[(])|\\blen\\s*\\(\\s*${n}\\s*\\)|(?<![\\w.])${n}\\s*(?:==|!=|\\bis\\b)|(?<![\\w.])${n}\\s+(?:and|or)\\b|\\bbool\\s*\\(\\s*${n}\\s*\\)`).test(body)) continue;
      // Taken again and again (in a loop), or once from a list made empty.
      const popAt = pop.index!;
      const indent = /^[ \t]*/.exec(body.slice(body.lastIndexOf('\n', popAt - 1) + 1, popAt))![0].length;
      const looped = [...body.slice(0, popAt).matchAll(/^([ \t]*)(?:while|for)\b/gm)].some((m) => m[1].length < indent);
      if (!looped && !emptyAtFirst) continue;
      const fills = new RegExp(`(?<![\\w.])${n}\\s*\\.\\s*(?:append|appendleft|extend|insert)\\s*\\(`);
      // (Not one joined before the taker starts, which has added all it adds, nor one started after the taker was joined.)
      const takerLine = taker.site.start.line;
      const filler = started.find((f) => {
        if (f.key === taker.key) return false;
        const fref = module.functions.get(f.key)!;
        const fillerLine = f.site.start.line;
        if (fillerLine < takerLine ? joinedBetween(module, fillerLine, takerLine) : joinedBetween(module, takerLine, fillerLine)) return false;
        return !fref.fn.locals.includes(name) && !fref.fn.params.includes(name) && fills.test(functionText(module, fref));
      });
      if (!filler) continue;
      const line = bodyLine(ref, body, popAt);
      if (already.some((f) => f.range.start.line === line)) continue;
      const column = source.line(line).search(new RegExp(`(?<![\\w.])${n}\\s*\\.\\s*pop(?:left)?\\s*\\(`));
      if (column < 0) continue;
      done.add(name);
      const fref = module.functions.get(filler.key)!;
      const ftext = functionText(module, fref);
      const fillLine = bodyLine(fref, ftext, fills.exec(ftext)!.index);
      out.push({
        code: CODES.startedBeforeSet,
        message: `${taker.key}() takes from \`${name}\` with \`${pop[2]}(${pop[3] ?? ''})\` and never looks whether it holds an item, while ${filler.key}() (${filler.how}) fills it on another thread: when this thread gets ahead of the filler, it is empty here, ${pop[2]} raises IndexError, and this thread ends with a traceback; what is added afterwards is never taken. The GIL does not decide which thread runs first. Hand the items over through a queue.Queue (\`item = q.get()\` waits for one), or test the list and wait on a threading.Condition that the filler notifies.`,
        range: { start: { line, character: column }, end: { line, character: column + name.length } },
        subject: name,
        related: [
          { range: lineRange(source, fillLine), message: `${filler.key}() adds to \`${name}\` here` },
          { range: lineRange(source, takerLine), message: `${taker.key}() is started here` },
        ],
      });
    }
  }
  return out;
}

/**
 * GIL004 for an Event used as a lock: `if not busy.is_set(): busy.set()` … `busy.clear()` in code several
 * threads run, on one Event for all of them. Two threads can both find it clear and both set it, so both
 * go in; an Event signals, it does not exclude. `lock.acquire(blocking=False)` tests and takes in one step.
 * Measured with four threads looping on it, 20,000 rounds each: 3.9 and 3.11 none together; 3.13t 34,729
 * of 36,120 entries with another thread inside.
 */
function eventUsedAsLock(module: Module, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*(?:is_set|isSet)\s*\(/.test(module.text)) return out;
  const done = new Set<string>();
  for (const [, r] of reached) {
    if (!runBySeveral(r) || done.has(r.target.ref.definition.key)) continue;
    const ref = r.target.ref;
    done.add(ref.definition.key);
    const text = functionText(module, ref);
    for (const m of text.matchAll(/^([ \t]*)(?:if|elif)\s+not\s+((?:self\s*\.\s*)?\w+)\s*\.\s*(?:is_set|isSet)\s*\(\s*\)\s*:[ \t]*(?:#.*)?\n/gm)) {
      const event = m[2].replace(/\s+/g, '');
      // One Event for every thread: a module global, an attribute of the one shared object, or one every thread's constructor was handed.
      const shared = event.startsWith('self.') ? r.entries.some((e) => e.boundMethod || e.handed?.has(event) || e.sharedWith) : module.globals.has(event) ? !ref.fn.locals.includes(event) && !ref.fn.params.includes(event) : r.shared.has(event);
      if (!shared) continue;
      // The `if`'s body: the lines indented deeper than the `if`.
      const body = text.slice(m.index! + m[0].length).split('\n');
      const inside: string[] = [];
      for (const l of body) {
        if (l.trim() !== '' && !l.trim().startsWith('#') && (/^[ \t]*/.exec(l)![0].length <= m[1].length)) break;
        inside.push(l);
      }
      const setAt = inside.findIndex((l) => new RegExp(`(?<![\\w.])${event.replace('.', '\\s*\\.\\s*')}\\s*\\.\\s*set\\s*\\(\\s*\\)`).test(l));
      if (setAt < 0) continue;
      // (Used as a lock: let go again by the same code, `busy.clear()` once the work is done. A stop route's
      // `if not stop.is_set(): stop.set()` only raises it; two threads raising it both change nothing.)
      if (!new RegExp(`(?<![\\w.])${event.replace('.', '\\s*\\.\\s*')}\\s*\\.\\s*clear\\s*\\(`).test(text.slice(m.index!))) continue;
      const line = bodyLine(ref, text, m.index! + m[1].length);
      if (already.some((f) => f.range.start.line === line)) continue;
      const setLine = line + 1 + setAt;
      const column = m[1].length + m[0].slice(m[1].length).search(/not\s/);
      out.push({
        code: CODES.checkThenAct,
        message: `\`${event}\` is an Event that every thread running ${ref.definition.key}() shares (${r.entries[0].how}), tested here and set at line ${setLine + 1} as if it were a lock: two threads can both find it clear and both set it, and both go in at once. An Event tells threads that something happened; it keeps none of them out. With the GIL a thread switch must land just between the test and the set, which is rare; without it it is common (four threads doing this on a free-threaded 3.13t went in beside another in 34,729 of 36,120 entries). Use a Lock: \`if ${event.replace(/^self\./, 'self.')}_lock.acquire(blocking=False):\` tests and takes in one step (release it where the Event is cleared), or \`with lock:\` to wait for a turn.`,
        range: { start: { line, character: column }, end: { line, character: m[1].length + m[0].trimEnd().length - m[1].length } },
        subject: event,
        related: [{ range: lineRange(source, setLine), message: `\`${event}\` is set here, after the test` }],
      });
    }
  }
  return out;
}

/**
 * GIL004 for a thread started on first use by code that several threads run (`if not self.is_alive():
 * self.start()`, `if self._worker is None: self._worker = Thread(…); self._worker.start()`), with no lock
 * over the test and the start: two callers can both find it not started, and the second `start()` raises
 * RuntimeError (threads can only be started once) or a second thread runs beside the first.
 */
function startedOnFirstUse(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, lockedClasses: readonly ThreadEntry[], fixContext: FixContext, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const source = fixContext.lines;
  if (!/\.\s*start\s*\(\s*\)/.test(module.text)) return out;
  // Code several threads run: thread code, and a locking class's public methods with the methods they call on `self`.
  const runners = new Map<string, { ref: FunctionRef; how: string }>();
  for (const [, r] of reached) if (r.target.t === 'function' && runBySeveral(r)) runners.set(r.target.ref.definition.key, { ref: r.target.ref, how: r.entries[0].how });
  for (const e of lockedClasses) {
    const { cls, name } = classMethodOf(module, e.key);
    if (cls) for (const m of ownThreadMethods(module, cls, name)) if (!runners.has(`${cls.name}.${m}`)) runners.set(`${cls.name}.${m}`, { ref: cls.methods.get(m)!, how: e.how });
  }
  // (And a class that takes a lock of its own in its methods, `with self.mutex:`, whatever it guards: its
  // public methods are meant for several threads. Not its thread's own code, which one thread runs.)
  for (const cls of module.classes.values()) {
    if (cls.lockAttrs.size === 0) continue;
    const takes = new RegExp(`\\bwith\\s+self\\s*\\.\\s*(?:${[...cls.lockAttrs].join('|')})\\s*:`);
    if (![...cls.methods].some(([m, ref]) => m !== '__init__' && takes.test(functionText(module, ref)))) continue;
    const own = cls.isThread ? ownThreadMethods(module, cls) : new Set<string>();
    for (const [name, ref] of cls.methods) {
      if (!CALLED_FROM_OUTSIDE.test(name) || name === 'start' || name === 'run' || own.has(name) || ref.fn.isAsync) continue;
      for (const m of ownThreadMethods(module, cls, name)) if (!own.has(m) && !runners.has(`${cls.name}.${m}`)) runners.set(`${cls.name}.${m}`, { ref: cls.methods.get(m)!, how: `the public methods of ${cls.name}: the class takes a lock of its own, so they are meant to be called from several threads` });
    }
  }
  for (const { ref, how } of runners.values()) {
    const text = functionText(module, ref);
    // The test: the thread not alive, not started, or not made yet (on `self`, or the object itself).
    for (const m of text.matchAll(/^([ \t]*)if\s+([^\n]*?(?:\bnot\s+(?:self\s*\.\s*)?(?:(\w+)\s*\.\s*)?(?:is_alive|isAlive)\s*\(\s*\)|\bself\s*\.\s*(\w+)\s+is\s+None\b|\bnot\s+self\s*\.\s*(_?(?:started|running|alive|thread_started))\b(?!\s*\())[^\n]*):[ \t]*(?:#.*)?$/gm)) {
      const block = blockAfter(text, m.index! + m[0].length, m[1].length);
      const handle = m[3] ?? m[4];
      // The start in the `if`'s block: of the object itself, or of the thread kept in the attribute tested.
      const starts = handle !== undefined ? new RegExp(`\\bself\\s*\\.\\s*${handle}\\s*\\.\\s*start\\s*\\(\\s*\\)`) : /(?<![\w.])self\s*\.\s*start\s*\(\s*\)/;
      if (!starts.test(block)) continue;
      // (`self.start()` of a thread object, not a class's own `start()` that takes a lock and tests again.)
      const cls = classMethodOf(module, ref.definition.key).cls ?? nestedInMethod(module, ref.definition.key)?.cls;
      const ownStart = cls?.methods.get('start');
      if (handle === undefined && (!cls?.isThread || (ownStart && /\bwith\s+[\w.]*lock\w*\s*:|\.\s*acquire\s*\(/i.test(functionText(module, ownStart))))) continue;
      // (A handle tested for None must be made as a thread there: `self._conn is None` then `self._conn.start()` of a connection says nothing.)
      if (m[4] !== undefined && !new RegExp(`\\bself\\s*\\.\\s*${handle}\\s*=\\s*[\\w.]*(?:Thread|Timer)\\s*\\(`).test(block)) continue;
      const line = bodyLine(ref, text, m.index! + m[1].length);
      const at = root.descendantForPosition({ row: line, column: m[1].length });
      let ifNode: Node | null = at;
      while (ifNode && ifNode.type !== 'if_statement') ifNode = ifNode.parent;
      if (!ifNode || ifNode.startPosition.row !== line || heldAt(ifNode)) continue;
      if (already.some((f) => f.range.start.line >= line && f.range.start.line <= ifNode!.endPosition.row && f.code === CODES.checkThenAct)) continue;
      const what = handle !== undefined ? `\`self.${handle}\`` : 'the thread';
      const startLine = line + 1 + block.split('\n').findIndex((l) => starts.test(l));
      // (Tested again under a lock before the start, `with self._lock: if not self.is_alive(): self.start()`: double-checked.)
      const startNode = root.descendantForPosition({ row: startLine, column: source.line(startLine).length - source.line(startLine).trimStart().length });
      if (!startNode || heldAt(startNode) || calledOnlyHeld(module, root, ref)) continue;
      const condition = m[2].trim();
      const column = m[1].length + 3;
      // (A new lock for the fix: one the class holds elsewhere may be taken again by what the start runs, `on_start()`.)
      const home = cls && lockHome(module, 'self._start', cls, undefined);
      const fix = home && home.t === 'instance' ? guardFix({ ...fixContext, moduleLock: undefined }, [rangeOf(ifNode)], 'self._start', { ...home, existing: undefined }, 'test-and-start') : undefined;
      out.push({
        code: CODES.checkThenAct,
        message: `${ref.definition.key}() starts ${what} on first use: it tests \`${condition}\` here and calls \`start()\` at line ${startLine + 1}, with no lock over both, and it runs on several threads (${how}). Two callers can both find it not started: the second \`start()\` then raises RuntimeError (threads can only be started once)${handle !== undefined && m[4] !== undefined ? ', or each makes and starts a thread of its own, and one of them runs on unseen' : ''}. Hold one lock over the test and the start, or start the thread once, before other threads can call this.`,
        range: { start: { line, character: column }, end: { line, character: column + condition.length } },
        subject: handle !== undefined ? `self.${handle}` : 'self',
        related: [{ range: lineRange(source, startLine), message: `${what} is started here, after the test` }],
        ...(fix && { fix }),
      });
    }
  }
  return out;
}

/** A method that its class calls on `self` (`self._start_manager()`), and only where a lock is held. */
function calledOnlyHeld(module: Module, root: Node, ref: FunctionRef): boolean {
  const { cls, name } = classMethodOf(module, ref.definition.key);
  const node = cls && classNode(root, cls);
  if (!node) return false;
  const calls = [...node.text.matchAll(new RegExp(`\\bself\\s*\\.\\s*${escapeRegExp(name)}\\s*\\(`, 'g'))];
  return calls.length > 0 && !namedOtherThanOnSelf(module.text, name) && calls.every((m) => ((at) => !!at && heldAt(at))(root.descendantForIndex(node.startIndex + m.index!)));
}

/** One lock taken while another is held, in thread code: the pair, where, and in which function. */
interface LockStep {
  held: string;
  taken: string;
  /** The locks as the code names them (`self.left`, `forks[i]`). */
  heldText: string;
  takenText: string;
  node: Node;
  /** Where the held lock was taken. */
  heldNode: Node;
  fn: string;
  several: boolean;
}

/**
 * The locks a thread function takes while it holds another: `with a:` inside `with b:`, or `a.acquire()`
 * before `a.release()`. Only waits that can last for ever count (a `with`, a plain `acquire()`); an
 * `acquire(blocking=False)` or one with a timeout backs off. A lock is named by its text, `self.x` by its class.
 */
function lockSteps(module: Module, root: Node, reached: ReadonlyMap<string, Reached>): LockStep[] {
  const steps: LockStep[] = [];
  const lockLike = (text: string) => LOCKISH.test(text) || module.globals.get(text)?.kind === 'lock' || /^(?:sem|fork|chopstick|mutex)/i.test(text.replace(/^self\./, ''));
  for (const [, r] of reached) {
    if (r.target.t !== 'function') continue;
    const ref = r.target.ref;
    // (Two takes at least, by the text, before any tree walk: most thread functions take one lock or none.
    // `with a, b:` is two.)
    const text = functionText(module, ref);
    if ((text.match(/\bwith\s|\.\s*acquire\s*\(/g)?.length ?? 0) + (text.match(/\bwith\s[^:\n]*,/g)?.length ?? 0) < 2) continue;
    const def = definitionOf(root, ref);
    if (!def) continue;
    const cls = ref.definition.parentIsClass ? ref.definition.key.slice(0, ref.definition.key.lastIndexOf('.')) : undefined;
    const identity = (text: string) => (text.startsWith('self.') && cls !== undefined ? `${cls}:${text}` : text);
    const takes: { text: string; shown: string; node: Node }[] = [];
    for (const w of def.descendantsOfType('with_statement')) {
      if (!w || enclosingDefinition(w)?.id !== def.id) continue;
      for (const item of w.descendantsOfType('with_item')) {
        const v = withItemValue(item);
        if (item?.parent?.parent?.id !== w.id || !v || (v.type !== 'identifier' && v.type !== 'attribute' && v.type !== 'subscript')) continue;
        const text = v.text.replace(/\s+/g, '');
        if (lockLike(text)) takes.push({ text, shown: v.text.replace(/\s+/g, ' '), node: item! });
      }
    }
    for (const c of def.descendantsOfType('call')) {
      const f = c?.childForFieldName('function');
      if (!c || f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'acquire' || enclosingDefinition(c)?.id !== def.id) continue;
      // (A wait that gives up: `acquire(False)`, `acquire(blocking=False)`, `acquire(timeout=1)`, `acquire(True, 1)`.)
      const args = c.childForFieldName('arguments')?.namedChildren ?? [];
      if (args.some((a) => a?.type === 'keyword_argument' || a?.text === 'False' || a?.text === '0') || args.length > 1) continue;
      const object = f.childForFieldName('object')?.text ?? '';
      const text = object.replace(/\s+/g, '');
      if (lockLike(text)) takes.push({ text, shown: object.replace(/\s+/g, ' '), node: c });
    }
    if (takes.length < 2) continue;
    const names = [...new Set(takes.map((t) => t.text))];
    // Held at a take: what is held around it, and for an item of `with a, b:` the items before it.
    const holds = (t: { node: Node }, lock: string) => {
      if (t.node.type !== 'with_item') return heldAt(t.node, lock);
      const w = t.node.parent!.parent!;
      return heldAt(w, lock) || takes.some((o) => o.text === lock && o.node.type === 'with_item' && o.node.parent?.parent?.id === w.id && o.node.startIndex < t.node.startIndex);
    };
    for (const t of takes) {
      for (const held of names) {
        if (held === t.text || !holds(t, held)) continue;
        const first = takes.filter((h) => h.text === held && h.node.startIndex < t.node.startIndex).pop();
        steps.push({ held: identity(held), taken: identity(t.text), heldText: first?.shown ?? held, takenText: t.shown, node: t.node, heldNode: first?.node ?? t.node, fn: ref.definition.key, several: runBySeveral(r) || r.entries.filter((e) => !e.guardedBy && !e.mainProgram).length > 1 });
      }
    }
  }
  return steps;
}

/**
 * GIL003 for a `Semaphore(1)` that thread code uses as a lock (one function takes it and gives it back
 * around its work) and that another thread function gives back without taking (`mutex.release()` in a
 * consumer that never called `mutex.acquire()`): each such release raises the count by one, so the
 * semaphore then lets two threads in at once. A Lock would raise RuntimeError; a Semaphore counts on.
 * (A function that gives back what another took, and takes nothing of it itself, is a baton pass only
 * when no function takes and gives it back alone: then it is the split binary semaphore's handshake.)
 */
function semaphoreGivenBackUntaken(module: Module, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\bSemaphore\s*\(/.test(module.text) || !/\.\s*release\s*\(/.test(module.text)) return out;
  const binary = [...module.globals.entries()].filter(([name, g]) => g.kind === 'lock' && new RegExp(`^${name}\\s*=\\s*(?:threading\\s*\\.\\s*)?Semaphore\\s*\\(`, 'm').test(module.text)).map(([name]) => name);
  if (binary.length === 0) return out;
  // The thread functions' texts, read once for all the semaphores.
  const texts = new Map<string, { key: string; ref: FunctionRef; text: string }>();
  for (const [, r] of reached) if (r.target.t !== 'lambda') texts.set(r.target.ref.definition.key, { key: r.target.ref.definition.key, ref: r.target.ref, text: functionText(module, r.target.ref) });
  /** The indentation of each line where `re` matches. */
  const indents = (re: RegExp, text: string) => [...text.matchAll(new RegExp(`^([ \\t]*)[^\\n]*?(?:${re.source})`, 'gm'))].map((m) => m[1].length);
  for (const name of binary) {
    const heldWith = new RegExp(`\\bwith\\s+${name}\\s*:`);
    const takes = new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*acquire\\s*\\(|${heldWith.source}`);
    const gives = new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*release\\s*\\(`);
    // (Given back in the same block it was taken in: a lock's use. Given back in one branch only, `if
    // jar == FULL: full.release() else: not_full.release()`, it is handed on in the other: a baton.)
    const pairs = [...texts.values()].filter((t) => heldWith.test(t.text) || indents(takes, t.text).some((i) => indents(gives, t.text).includes(i)));
    if (pairs.length === 0) continue;
    for (const t of texts.values()) {
      if (takes.test(t.text)) continue;
      const m = gives.exec(t.text);
      if (!m) continue;
      // (A helper the lock's own users call to let it go, `def unlock(): mutex.release()`.)
      const short = t.key.slice(t.key.lastIndexOf('.') + 1);
      if (pairs.some((p) => new RegExp(`\\b${short}\\s*\\(`).test(p.text))) continue;
      const line = bodyLine(t.ref, t.text, m.index!);
      if (already.some((f) => f.range.start.line === line)) continue;
      const user = pairs[0];
      const takenAt = bodyLine(user.ref, user.text, takes.exec(user.text)!.index!);
      const column = source.line(line).indexOf(name);
      out.push({
        code: CODES.semaphoreNotMutex,
        message: `\`${name}.release()\` in ${short}() gives back \`${name}\`, a Semaphore(1) that ${user.key}() uses as a lock (it takes it at line ${takenAt + 1} and gives it back after its work), but ${short}() never takes it: each such release raises the count by one, so from then on \`${name}\` lets two threads at once into the work it guards. A Lock would raise RuntimeError on a release it does not hold; a Semaphore counts on in silence. Take \`${name}\` in ${short}() before the part it guards (\`${name}.acquire()\` … \`${name}.release()\`, or \`with ${name}:\`), or drop this release.`,
        range: { start: { line, character: Math.max(0, column) }, end: { line, character: source.line(line).length } },
        subject: name,
        related: [{ range: lineRange(source, takenAt), message: `${user.key}() takes \`${name}\` here` }],
      });
    }
  }
  return out;
}

/**
 * GIL009 for locks taken in opposite orders by code that runs in threads: one function holds `a` and
 * waits for `b`, another holds `b` and waits for `a`. A thread in each can take its first lock and then
 * wait for ever for the other's: a deadlock, with the GIL or without it. Also the dining philosophers:
 * code several threads run that holds `forks[i]` and waits for `forks[i + 1]` (another item of the same
 * list): when every thread holds its first, each waits for the next one's.
 */
function locksTakenInOppositeOrders(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  // (Two are enough: the scan stops there rather than count every `with` of a long module.)
  let takes = 0;
  for (const _ of module.text.matchAll(/\bwith\s+[\w.[\]()+\-%\s]+:|\.\s*acquire\s*\(/g)) if (++takes >= 2) break;
  if (takes < 2) return out;
  const steps = lockSteps(module, root, reached);
  const reported = new Set<string>();
  for (const a of steps) {
    const pair = [a.held, a.taken].sort().join('\u0000');
    if (reported.has(pair)) continue;
    const back = steps.find((b) => b.held === a.taken && b.taken === a.held && (b.fn !== a.fn || a.several));
    if (back) {
      reported.add(pair);
      // (Said once, at the later of the two.)
      const [first, second] = back.node.startIndex < a.node.startIndex ? [back, a] : [a, back];
      const at = second.node;
      out.push({
        code: CODES.locksInOppositeOrders,
        message: `\`${second.takenText}\` is taken here while \`${second.heldText}\` is held (${second.fn}() runs on a thread), and ${first.fn === second.fn ? 'this same code' : `${first.fn}()`} takes them the other way round at line ${first.node.startPosition.row + 1}, \`${first.takenText}\` while holding \`${first.heldText}\`: a thread on each side can take its first lock and then wait for ever for the lock the other holds, and neither goes on. The GIL does not help: a thread waiting for a lock lets the GIL go. Take the locks in one order everywhere (always \`${[second.heldText, second.takenText].sort()[0]}\` first), or take both under one lock.`,
        range: rangeOf(at),
        subject: second.takenText,
        related: [{ range: lineRange(source, first.node.startPosition.row), message: `${first.fn}() takes \`${first.takenText}\` here while holding \`${first.heldText}\`` }],
      });
      continue;
    }
    // `with self.lock: with other.lock:` in a method several threads run: `a.move_to(b)` beside `b.move_to(a)`.
    const fnRef = module.functions.get(a.fn);
    const ordered = (text: string) => /\b(?:min|max|sorted|id)\s*\(|\bif\b[^\n]*(?:<|>)/.test(text);
    const own = /:self\.(\w+)$/.exec(a.held) ?? /:self\.(\w+)$/.exec(a.taken);
    const other = /^(\w+)\.(\w+)$/.exec(a.held.includes(':') ? a.taken : a.held);
    if (a.several && fnRef && own && other && other[1] !== 'self' && other[2] === own[1] && fnRef.fn.params.includes(other[1]) && !ordered(functionText(module, fnRef))) {
      reported.add(pair);
      out.push({
        code: CODES.locksInOppositeOrders,
        message: `\`${a.takenText}\` is taken here while \`${a.heldText}\` is held (${a.fn}() runs on several threads): two calls in opposite directions at once, \`x.${a.fn.slice(a.fn.lastIndexOf('.') + 1)}(y, …)\` on one thread and \`y.${a.fn.slice(a.fn.lastIndexOf('.') + 1)}(x, …)\` on another, each take their own object's lock first and then wait for ever for the other's. The GIL does not help: a thread waiting for a lock lets the GIL go. Take the two locks in one order whatever the direction (the lower account number, or \`id()\`, first).`,
        range: rangeOf(a.node),
        subject: a.takenText,
        related: [{ range: lineRange(source, a.heldNode.startPosition.row), message: `${a.fn}() takes \`${a.heldText}\` here, first` }],
      });
      continue;
    }
    // Two items of one list of locks, in code several threads run, each thread with its own index.
    const [heldBase, takenBase] = [/^([\w.:]+)\[(.+)\]$/.exec(a.held), /^([\w.:]+)\[(.+)\]$/.exec(a.taken)];
    if (!a.several || !heldBase || !takenBase || heldBase[1] !== takenBase[1] || heldBase[2] === takenBase[2]) continue;
    // (Ordered by the index, `min(left, right)` first, or sorted: no cycle. And a backing-off retry elsewhere in it.)
    if (!fnRef || /\b(?:min|max|sorted)\s*\(/.test(a.heldText + a.takenText) || /\bsorted\s*\(|\bif\b[^\n]*(?:<|>)/.test(functionText(module, fnRef))) continue;
    reported.add(pair);
    out.push({
      code: CODES.locksInOppositeOrders,
      message: `\`${a.takenText}\` is taken here while \`${a.heldText}\` is held, in code that several threads run (${a.fn}()), each with its own index: every thread holds one item of \`${a.heldText.replace(/\[.*$/, '')}\` and waits for the next one's, so when all of them hold their first (the dining philosophers), each waits for ever for a lock its neighbour holds. The GIL does not help: a thread waiting for a lock lets the GIL go. Take the two in one global order (the lower index first: \`first, second = sorted((a, b))\`), or let a thread that cannot get its second lock put the first back (\`acquire(timeout=…)\`) and try again.`,
      range: rangeOf(a.node),
      subject: a.takenText,
      related: [{ range: lineRange(source, a.heldNode.startPosition.row), message: `${a.fn}() takes \`${a.heldText}\` here, first` }],
    });
  }
  return out;
}

/**
 * GIL004 for an Event that the threads waiting on it clear themselves (`done.wait()` then `done.clear()`),
 * in code several threads run: the first one past the wait clears it for all, and a thread that comes to
 * the wait a moment later (still finishing the round before) waits for the next `set()` instead.
 */
function eventClearedByWaiters(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*clear\s*\(\s*\)/.test(module.text) || !/\bEvent\s*\(/.test(module.text)) return out;
  const waitThenClear = /^([ \t]*)([\w.]+)\s*\.\s*wait\s*\([^)\n]*\)[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*\1\2\s*\.\s*clear\s*\(\s*\)/m;
  const done = new Set<string>();
  for (const [, r] of reached) {
    if (!runBySeveral(r)) continue;
    const ref = r.target.ref;
    if (done.has(ref.definition.key)) continue;
    done.add(ref.definition.key);
    const text = functionText(module, ref);
    const m = waitThenClear.exec(text);
    if (!m) continue;
    const event = m[2];
    // An Event the module makes: `self.ready = threading.Event()`, `ready = Event()`; one object for the threads (a global, or `self` shared).
    const attr = /^self\.(\w+)$/.exec(event)?.[1];
    const made = madeAs(module, event, 'Event');
    if (!made || (attr !== undefined ? !r.bound : !module.globals.has(event))) continue;
    // (A Thread subclass's own Event, waited for by its own thread alone: each object has one thread, and one waiter.)
    const owner = attr !== undefined && ref.definition.parentIsClass ? module.classes.get(ref.definition.parent) : undefined;
    if (owner?.isThread) {
      const own = ownThreadMethods(module, owner);
      const waitsElsewhere = new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*\\.\\s*wait\\s*\\(`);
      if (own.has(ref.definition.name) && ![...owner.methods].some(([name, mref]) => !own.has(name) && waitsElsewhere.test(functionText(module, mref)))) continue;
    }
    const clearLine = bodyLine(ref, text, m.index + m[0].length - 1);
    const waitLine = bodyLine(ref, text, m.index);
    const lineText = linesOf(module)[clearLine] ?? '';
    const column = lineText.search(/\S/);
    const node = root.descendantForPosition({ row: clearLine, column: Math.max(0, column) });
    if ((node && heldAt(node)) || already.some((f) => f.range.start.line === clearLine)) continue;
    out.push({
      code: CODES.checkThenAct,
      message: `\`${event}\` is cleared here by a thread that has just waited for it, in code that several threads run (${r.entries[0].how}): the first thread past the wait clears it for all of them, and a thread that gets to the wait at line ${waitLine + 1} a moment later (still finishing the last round) waits for the next \`set()\` instead, and misses this one. Threads already inside \`wait()\` when \`set()\` comes all wake, so whether one misses depends on timing, with or without the GIL. Let the thread that calls \`set()\` clear it before the next round, or give each waiting thread its own Event, or use a threading.Barrier or a Condition with a round number.`,
      range: { start: { line: clearLine, character: Math.max(0, column) }, end: { line: clearLine, character: Math.max(0, column) + event.length } },
      subject: event,
      related: [{ range: lineRange(source, waitLine), message: `the threads wait for \`${event}\` here` }],
    });
  }
  return out;
}

/**
 * GIL004 for an Event that a thread waits for, works, and only then clears (`ready.wait()`, send the
 * batch, `ready.clear()`), while other code sets it to announce more work (`items.append(x);
 * ready.set()`): a `set()` made during the work is wiped by the clear, and what it announced waits for
 * the next one, or for ever. The fix clears it right after the wait, before the work.
 */
function eventClearedAfterWork(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*clear\s*\(\s*\)/.test(module.text) || !/\bEvent\s*\(/.test(module.text) || !/\.\s*set\s*\(\s*\)/.test(module.text)) return out;
  // `ev.wait()` (or `ev.wait(timeout)`) as a statement, then at the same indent, past at least one other statement, `ev.clear()`.
  const waitThenWorkThenClear = /^([ \t]*)([\w.]+)\s*\.\s*wait\s*\([^)\n]*\)[ \t]*(?:#.*)?\n((?:(?:\1[ \t]*\S[^\n]*|[ \t]*(?:#[^\n]*)?)\n)+?)\1\2\s*\.\s*clear\s*\(\s*\)[ \t]*(?:#.*)?$/gm;
  const done = new Set<string>();
  for (const [, r] of reached) {
    if (r.target.t !== 'function') continue;
    const ref = r.target.ref;
    if (done.has(ref.definition.key)) continue;
    done.add(ref.definition.key);
    const text = functionText(module, ref);
    for (const m of text.matchAll(waitThenWorkThenClear)) {
      const [, indent, event, between] = m;
      // (Work in between: a statement, not only blank lines and comments.)
      if (!between.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#'))) continue;
      // The Event as made: `self.ready`, a global `ready`, or what the start hands a parameter (`args=(self, self.ready)`).
      const made = ref.fn.params.includes(event) ? handedArgText(module, r.entries, ref, event) : event;
      const attr = made !== undefined ? /^self\.(\w+)$/.exec(made)?.[1] : undefined;
      if (made === undefined || (attr === undefined && (!/^\w+$/.test(made) || !module.globals.has(made)))) continue;
      if (!madeAs(module, made, 'Event')) continue;
      // Another function sets it (`self.ready.set()` in a method, `ready.set()`): not one this thread's own code calls.
      const sets = new RegExp(attr !== undefined ? `\\bself\\s*\\.\\s*${attr}\\s*\\.\\s*set\\s*\\(\\s*\\)` : `(?<![\\w.])${made}\\s*\\.\\s*set\\s*\\(\\s*\\)`);
      const own = ref.definition.parentIsClass ? module.classes.get(ref.definition.parent) : undefined;
      const ownCode = own ? new Set([...ownThreadMethods(module, own, ref.definition.name)].map((n) => `${own.name}.${n}`)) : calledByName(module, ref.definition.key);
      const setter = [...module.functions.values()].find((f) => !ownCode.has(f.definition.key) && f !== ref && sets.test(functionText(module, f)));
      if (!setter) continue;
      const waitLine = bodyLine(ref, text, m.index! + indent.length);
      const clearLine = bodyLine(ref, text, m.index! + m[0].length - 1);
      const column = indent.length;
      const node = root.descendantForPosition({ row: clearLine, column });
      if ((node && heldAt(node)) || already.some((f) => f.range.start.line === clearLine || f.range.start.line === waitLine)) continue;
      const setterText = functionText(module, setter);
      const setLine = bodyLine(setter, setterText, setterText.search(sets));
      out.push({
        code: CODES.checkThenAct,
        message: `\`${event}\` is cleared here, after the work that follows the wait at line ${waitLine + 1}, in code a thread runs (${r.entries[0].how}), while ${setter.definition.name}() sets it (line ${setLine + 1}) to say there is more to do: a \`set()\` made while this thread works is wiped by this clear, and what it announced waits for the next \`set()\` (or for ever, if none comes). The order of the two threads' lines decides it, with the GIL or without it. Clear it right after the wait, before the work: a \`set()\` made during the work then makes the next wait return at once.`,
        range: { start: { line: clearLine, character: column }, end: { line: clearLine, character: column + event.length } },
        subject: event,
        related: [
          { range: lineRange(source, waitLine), message: `the thread waits for \`${event}\` here` },
          { range: lineRange(source, setLine), message: `${setter.definition.name}() sets \`${event}\` here` },
        ],
        // (The clear moves up to just below the wait.)
        fix: {
          title: `Clear \`${event}\` right after the wait`,
          edits: [
            { range: { start: { line: clearLine, character: 0 }, end: { line: clearLine + 1, character: 0 } }, newText: '' },
            { range: { start: { line: waitLine + 1, character: 0 }, end: { line: waitLine + 1, character: 0 } }, newText: `${indent}${event}.clear()\n` },
          ],
        },
      });
    }
  }
  return out;
}

/**
 * GIL004 for an Event cleared just before it is waited for, after a test of the state whose change a
 * thread announces by setting it (`if self._busy != 0: self._done.clear(); self._done.wait()`, while a
 * worker does `if self._busy == 0: self._done.set()`), with no lock over the test and the clear: a
 * `set()` made between the test and the clear is wiped out, and the wait has nothing left to end it.
 */
function eventClearedBeforeWait(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*clear\s*\(\s*\)/.test(module.text) || !/\bEvent\s*\(/.test(module.text)) return out;
  // `ev.clear()`, then (blank lines and comments aside) `ev.wait()` with no timeout, at the same indent.
  const clearThenWait = /^([ \t]*)([\w.]+)\s*\.\s*clear\s*\(\s*\)[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*\1\2\s*\.\s*wait\s*\(\s*\)/gm;
  const threadCode = [...reached.values()].filter((r): r is Reached & { target: { t: 'function' } } => r.target.t === 'function');
  for (const ref of module.functions.values()) {
    const text = functionText(module, ref);
    for (const m of text.matchAll(clearThenWait)) {
      const [, indent, event] = m;
      if (!madeAs(module, event, 'Event')) continue;
      const clearLine = bodyLine(ref, text, m.index! + indent.length);
      const node = root.descendantForPosition({ row: clearLine, column: indent.length });
      // The test it follows: the `if` whose body it is in, in this function, with no lock held over it.
      let test: Node | null = null;
      for (let p = node?.parent ?? null; p && p.type !== 'function_definition' && !test; p = p.parent) if (p.type === 'if_statement') test = p.childForFieldName('condition');
      if (!test || !/\bself\s*\.|\w+\s*\.\s*qsize\s*\(/.test(test.text) || (node && heldAt(node)) || already.some((f) => f.range.start.line === clearLine)) continue;
      // A thread's code that sets it, other than this function: the announcement the clear can wipe out.
      const sets = new RegExp(`(?<![\\w.])${event.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*set\\s*\\(\\s*\\)`);
      const setter = threadCode.find((r) => r.target.ref !== ref && sets.test(functionText(module, r.target.ref)));
      if (!setter) continue;
      const setterText = functionText(module, setter.target.ref);
      const setLine = bodyLine(setter.target.ref, setterText, setterText.search(sets));
      const testLine = test.startPosition.row;
      out.push({
        code: CODES.checkThenAct,
        message: `\`${event}\` is cleared here, after the test at line ${testLine + 1} and just before the wait, while ${setter.target.ref.definition.name}() sets it (line ${setLine + 1}) from a thread (${setter.entries[0].how}) to announce the change this code waits for, with no lock over the test and the clear: a \`set()\` made between the two is wiped out, and the wait then blocks for ever, or until something sets it again, with the GIL or without it. Clear it before the test, so that a \`set()\` made after the test is kept, or hold the lock the thread holds when it decides to set it over the test and the clear.`,
        range: { start: { line: clearLine, character: indent.length }, end: { line: clearLine, character: indent.length + event.length } },
        subject: event,
        related: [
          { range: lineRange(source, testLine), message: 'the state is tested here' },
          { range: lineRange(source, setLine), message: `${setter.target.ref.definition.name}() sets \`${event}\` here` },
        ],
      });
    }
  }
  return out;
}

/** The text a thread start hands to parameter `param` of `ref` (`args=(self, self.ready)` gives `self.ready` for the second), when every start hands the same. */
function handedArgText(module: Module, entries: readonly ThreadEntry[], ref: FunctionRef, param: string): string | undefined {
  const index = ref.fn.params.indexOf(param) - (ref.definition.parentIsClass ? 1 : 0);
  const texts = new Set<string>();
  for (const e of entries) {
    const start = linesText(module, e.site.start.line, e.site.end.line + 1);
    const args = /\bargs\s*=\s*[([]([^)\]]*)/.exec(start)?.[1].split(',').map((a) => a.trim().replace(/\s+/g, ''));
    const keyword = new RegExp(`\\bkwargs\\s*=\\s*\\{[^}]*["']${param}["']\\s*:\\s*([\\w.]+)`).exec(start)?.[1];
    const text = keyword ?? args?.[index];
    if (!text) return undefined;
    texts.add(text);
  }
  return texts.size === 1 ? [...texts][0] : undefined;
}

/** Is `subject` (a name, or `self.attr`) made in the module by `ctor` (a pattern: `ready = threading.Event()`, `self.items = Semaphore(0)`)? */
function madeAs(module: Module, subject: string, ctor: string): boolean {
  const attr = /^self\.(\w+)$/.exec(subject)?.[1];
  const named = attr !== undefined ? `self\\s*\\.\\s*${attr}` : subject.replace(/\./g, '\\s*\\.\\s*');
  return new RegExp(`(?<![\\w.])${named}\\s*(?::[^=\\n]*)?=\\s*(?:threading\\s*\\.\\s*)?${ctor}\\s*\\(`).test(module.text);
}

/** The statement `node` is in: its ancestor (or itself) whose parent is a block or the module. */
function statementAround(node: Node): Node {
  let n = node;
  while (n.parent && n.parent.type !== 'block' && n.parent.type !== 'module') n = n.parent;
  return n;
}

/** Whether the statement that starts at `line`, `column` ends on the same line. */
function oneLineStatement(root: Node, line: number, column: number): boolean {
  const at = root.descendantForPosition({ row: line, column });
  const node = at ? statementAround(at) : undefined;
  return !!node && node.startPosition.row === line && node.endPosition.row === line;
}

/**
 * GIL004 for a semaphore released (or an Event set) to announce an item just before the item is
 * stored (`items.release()` then `buffer.append(item)`), while another thread takes it once the
 * signal comes (`items.acquire()` then `buffer.pop(0)`): the taker can wake between the two and find
 * nothing there. The signal must come after the store.
 */
function signalBeforeStore(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\b(?:Bounded)?(?:Semaphore|Event)\s*\(/.test(module.text) || !/\.\s*(?:release|set)\s*\(\s*\)/.test(module.text)) return out;
  // `sem.release()` / `ready.set()`, then (blank lines and comments aside) a store into a name: `buf.append(…)`, `buf[k] = …`, `data = …`.
  const signalThenStore = /^([ \t]*)([\w.]+)\s*\.\s*(release|set)\s*\(\s*\)[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*\1((?:self\s*\.\s*)?[A-Za-z_]\w*)\s*(?:\.\s*(?:append|appendleft|extend|insert|update)\s*\(|\[[^\]\n]*\]\s*=(?!=)|=(?!=))/gm;
  const signalThenHelper = /^([ \t]*)([\w.]+)\s*\.\s*release\s*\(\s*\)[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*\1([A-Za-z_]\w*)\s*\(\s*((?:self\s*\.\s*)?[A-Za-z_]\w*)\s*[,)]/gm;
  const functions = [...reached.values()].filter((r): r is Reached & { target: { t: 'function' } } => r.target.t === 'function');
  const done = new Set<string>();
  for (const r of functions) {
    const ref = r.target.ref;
    if (done.has(ref.definition.key)) continue;
    done.add(ref.definition.key);
    const text = functionText(module, ref);
    // (Also a free place announced just before a helper of the module empties it: `empty.release()`, then
    // `remove_item(buffer, j)`, whose `buffer[j] = 0` can wipe what the thread that waited has put there.)
    const matches: { whole: string; indent: string; signal: string; how: string; stored: string; index: number; helper?: string }[] = [...text.matchAll(signalThenStore)].map((m) => ({ whole: m[0], indent: m[1], signal: m[2], how: m[3], stored: m[4], index: m.index! }));
    for (const c of /\.\s*release\s*\(/.test(text) ? text.matchAll(signalThenHelper) : []) {
      const helper = module.functions.get(c[3]);
      const param = helper?.fn.params[0];
      if (!helper || helper.definition.parentIsClass || param === undefined) continue;
      if (!new RegExp(`^[ \\t]*${param}\\s*\\[[^\\]\\n]*\\]\\s*=\\s*(?:0|None|False|''|"")[ \\t]*(?:#.*)?$`, 'm').test(functionText(module, helper))) continue;
      matches.push({ whole: c[0], indent: c[1], signal: c[2], how: 'release', stored: c[4], index: c.index!, helper: c[3] });
    }
    for (const m of matches) {
      const { signal, how, stored } = m;
      const kind = how === 'release' ? 'Semaphore' : 'Event';
      const attr = /^self\.(\w+)$/.exec(signal)?.[1];
      const made = madeAs(module, signal, kind === 'Semaphore' ? '(?:Bounded)?Semaphore' : 'Event');
      // (A module global: assigned at the top, or in a function under `global sem`, as a set-up function does.)
      const global = module.globals.has(signal) || declaresGlobal(module.text, signal);
      if (!made || (attr !== undefined ? !r.bound && !functions.some((o) => o !== r && o.target.ref.definition.parent === ref.definition.parent) : !global)) continue;
      const item = stored.replace(/\s+/g, '');
      if (item.startsWith('self.') !== (attr !== undefined)) continue;
      // (A name the function binds, `spot = …`, is its own local unless it declares it global: it hands nothing over.)
      if (attr === undefined && m.helper === undefined && /[^=]=$/.test(m.whole) && !/\]\s*=$/.test(m.whole) && !declaresGlobal(text, item)) continue;
      // A thread that waits for the signal, then uses the item within the next lines, comments aside (another function, or this one run by several).
      const take = new RegExp(`^([ \\t]*)${signal.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*(?:acquire|wait)\\s*\\([^)\\n]*\\)[^\\n]*\\n(?:(?:[ \\t]*(?:#[^\\n]*)?\\n)*[^\\n]*\\n){0,3}?(?:[ \\t]*(?:#[^\\n]*)?\\n)*[^\\n]*(?<![\\w.])${item.replace('.', '\\s*\\.\\s*')}\\b(?!\\s*=[^=])`, 'm');
      const taker = functions.find((o) => (o !== r || runBySeveral(r)) && take.test(functionText(module, o.target.ref)));
      if (!taker) continue;
      const signalLine = bodyLine(ref, text, m.index + m.indent.length);
      const storeLine = bodyLine(ref, text, m.index + m.whole.length - 1);
      const column = m.indent.length;
      const node = root.descendantForPosition({ row: signalLine, column });
      // (Under a lock: a `with` around it, or another lock's acquire() before it; the signal's own acquire() at the top guards nothing.)
      const underLock = (n: Node) => {
        for (let p = n.parent; p; p = p.parent) if (p.type === 'with_statement' && LOCKISH.test(p.text.split('\n')[0])) return true;
        // (Not a semaphore this function only takes, never gives back: a signal it waits for, `full.acquire()`, not a lock.)
        return [...new Set([...text.matchAll(/([\w.]+)\s*\.\s*acquire\s*\(/g)].map((a) => a[1]))].some((l) => l !== signal && new RegExp(`(?<![\\w.])${l.replace(/\./g, '\\.')}\\s*\\.\\s*release\\s*\\(`).test(text) && heldAt(n, l));
      };
      if ((node && underLock(node)) || already.some((f) => f.range.start.line === signalLine || f.range.start.line === storeLine)) continue;
      const takerText = functionText(module, taker.target.ref);
      const takeLine = bodyLine(taker.target.ref, takerText, takerText.search(take));
      const waits = kind === 'Semaphore' ? 'acquire()' : 'wait()';
      out.push({
        code: CODES.checkThenAct,
        message: m.helper !== undefined
          ? `\`${signal}.${how}()\` tells the waiting thread that a place in \`${item}\` is free just before ${m.helper}() empties it (line ${storeLine + 1}), in code a thread runs (${r.entries[0].how}). The thread in ${taker.target.ref.definition.name}() that calls \`${signal}.${waits}\` can wake in between and put its item there, and then the emptying wipes it out: that item is lost, and a later take finds the place empty. A thread can be switched out after any line, with the GIL or without it. Empty the place first, then call \`${signal}.${how}()\`.`
          : `\`${signal}.${how}()\` tells the waiting thread that an item is ready just before the item is stored (\`${item}\` at line ${storeLine + 1}), in code a thread runs (${r.entries[0].how}). The thread in ${taker.target.ref.definition.name}() that calls \`${signal}.${waits}\` can wake in between and find \`${item}\` without it: an IndexError from an empty list, or the old value. A thread can be switched out after any line, with the GIL or without it. Store first, then call \`${signal}.${how}()\`.`,
        range: { start: { line: signalLine, character: column }, end: { line: signalLine, character: column + signal.length } },
        subject: item,
        related: [
          { range: lineRange(source, storeLine), message: m.helper !== undefined ? `the place is emptied here, after the signal` : `the item is stored here, after the signal` },
          { range: lineRange(source, takeLine), message: `${taker.target.ref.definition.name}() waits for the signal here and then ${m.helper !== undefined ? 'fills the place' : 'takes the item'}` },
        ],
        // (The store on one line of its own: the fix moves the signal below it.)
        ...(oneLineStatement(root, storeLine, column) && {
          fix: {
            title: m.helper !== undefined ? `Empty the place first, then call \`${signal}.${how}()\`` : `Store the item first, then call \`${signal}.${how}()\``,
            edits: [{ range: { start: { line: signalLine, character: 0 }, end: { line: storeLine + 1, character: 0 } }, newText: [storeLine, ...Array.from({ length: storeLine - signalLine - 1 }, (_, i) => signalLine + 1 + i), signalLine].map((l) => `${source.line(l)}\n`).join('') }],
          },
        }),
      });
    }
  }
  return out;
}

/**
 * GIL006 for a method run once per event (a button's `command=self.load`, a `bind` or a Qt `connect`)
 * that empties a container of the object (`self.videos.clear()`) and then starts a new thread on a
 * method that fills it (`self.videos.append(v)` in `_fetch()`), with nothing that waits for or checks
 * the thread started the time before: a second click while that thread still fills the container
 * empties it under that thread, and both threads then fill the one container.
 */
function containerRefilledPerEvent(module: Module, root: Node, entries: readonly ThreadEntry[], source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\b(?:command|on_click|on_press)\s*=\s*self\s*\.|\.\s*(?:bind|connect)\s*\([^)\n]*self\s*\./.test(module.text)) return out;
  const done = new Set<string>();
  for (const e of entries) {
    if (!/^threading\.Thread at line/.test(e.how) || e.repeats) continue;
    const { cls, name: target } = classMethodOf(module, e.key);
    if (!cls || !cls.methods.has(target)) continue;
    const site = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    const def = site ? enclosingDefinition(site) : undefined;
    const starter = def?.childForFieldName('name')?.text;
    if (!def || starter === undefined || starter === target || !cls.methods.has(starter) || done.has(`${cls.name}.${starter}`)) continue;
    // Run once per event (handed to a widget or a signal as `self.<starter>`), with nothing that keeps two runs apart.
    if (!boundToEvent(module, starter)) continue;
    const starterText = functionText(module, cls.methods.get(starter)!);
    if (GUARDS_REENTRY.test(starterText)) continue;
    const startAt = e.site.start.line;
    const own = ownThreadMethods(module, cls, target);
    const fills = (attr: string) => [...own].some((m) => new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?:\\.\\s*(?:append|extend|add|insert|update|appendleft)\\s*\\(|\\[[^\\]\\n]*\\]\\s*=(?!=))`).test(functionText(module, cls.methods.get(m)!)));
    for (const m of starterText.matchAll(/^([ \t]*)self\s*\.\s*(\w+)\s*(?:\.\s*clear\s*\(\s*\)|=\s*(?:\[\s*\]|\{\s*\}|(?:list|dict|set)\s*\(\s*\)))[ \t]*(?:#.*)?$/gm)) {
      const [, indent, attr] = m;
      const line = bodyLine(cls.methods.get(starter)!, starterText, m.index! + indent.length);
      if (line >= startAt || !fills(attr) || already.some((f) => f.range.start.line === line)) continue;
      done.add(`${cls.name}.${starter}`);
      const subject = `self.${attr}`;
      out.push({
        code: CODES.startedBeforeSet,
        message: `\`${subject}\` is emptied here by \`${starter}()\`, which runs once per event (a click, a signal) and starts a new thread on \`${target}()\` each time (line ${startAt + 1}), which fills \`${subject}\`, with nothing that waits for or checks the thread started the time before: a second event while that thread still fills it empties it under that thread, and both threads then add to the one container, which ends up with items of both runs, with the GIL or without it. Start a new run only once the old thread has ended (\`if self.worker is None or not self.worker.is_alive():\`), or let each thread fill a container of its own and hand it over when it is done.`,
        range: { start: { line, character: indent.length }, end: { line, character: indent.length + subject.length } },
        subject,
        related: [{ range: lineRange(source, startAt), message: `a new thread on ${target}() starts here, once per event` }],
      });
      break;
    }
  }
  return out;
}

/**
 * GIL006 for a handler that flips a module's run flag and starts a new thread on a loop that runs while
 * the flag holds (`clicking = not clicking`, then `Thread(target=click).start()`), called once per
 * event (a key listener's callback, a button's command), with nothing that waits for the thread started
 * the time before: off and on again quickly, the old loop has not yet seen the flag go down (it is in a
 * sleep), and two loops run at once.
 */
function loopThreadStartedPerEvent(module: Module, root: Node, entries: readonly ThreadEntry[], reached: ReadonlyMap<string, Reached>, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\bnot\s+\w+\s*$|=\s*not\s+\w+/m.test(module.text) && !/command\s*=|on_press\s*=|\.\s*bind\s*\(/.test(module.text)) return out;
  const done = new Set<string>();
  for (const e of entries) {
    if (!/^threading\.Thread at line/.test(e.how) || e.key.includes('.') || done.has(e.key)) continue;
    const target = module.functions.get(e.key);
    const loop = target ? /^[ \t]*while\s+(not\s+)?([A-Za-z_]\w*)\s*:/m.exec(functionText(module, target)) : null;
    const flag = loop?.[2];
    if (!target || !loop || flag === undefined || module.globals.get(flag)?.kind !== 'value') continue;
    // The function that starts it: called once per event (a thread's or a library's callback, a button's command).
    const site = root.descendantForPosition({ row: e.site.start.line, column: e.site.start.character });
    const def = site ? enclosingDefinition(site) : undefined;
    const starter = def?.childForFieldName('name')?.text;
    if (!def || starter === undefined || def.parent?.parent?.type === 'class_definition') continue;
    const perEvent = reached.has(starter) || new RegExp(`(?:\\b(?:command|on_press|on_release|on_click|callback)\\s*=\\s*|\\.\\s*bind\\s*\\([^)\\n]*,\\s*)${starter}\\b`).test(module.text);
    if (!perEvent) continue;
    const text = def.text;
    if (/\bis_alive\b|\.\s*join\s*\(/.test(text)) continue;
    // It flips the flag (or raises it), itself or through a function it calls by name.
    const flips = (t: string) => new RegExp(`^[ \\t]*${flag}\\s*=\\s*(?:not\\s+${flag}\\b|${loop[1] ? 'False' : 'True'}\\b)`, 'm').test(t);
    const helper = [...text.matchAll(/(?<![\w.])(\w+)\s*\(\s*\)/g)].map((m) => m[1]).find((n) => n !== e.key && module.functions.has(n) && !n.includes('.') && flips(functionText(module, module.functions.get(n)!)));
    if (!flips(text) && helper === undefined) continue;
    if (already.some((f) => f.range.start.line === e.site.start.line)) continue;
    done.add(e.key);
    const loopLine = bodyLine(target, functionText(module, target), loop.index);
    out.push({
      code: CODES.startedBeforeSet,
      message: `${starter}() starts a new thread on ${e.key}() each time it runs (once per event), and ${e.key}() loops while \`${flag}\` ${loop[1] ? 'is False' : 'holds'} (line ${loopLine + 1}), which ${helper !== undefined ? `${helper}(), called here,` : starter + '()'} flips: nothing waits for the thread started the time before. Turned off and on again quickly, the old loop has not yet seen \`${flag}\` go down (it is in a sleep or a call), and two loops then run at once, with the GIL or without it. Keep the thread and start a new one only once the old one has ended (\`if worker is None or not worker.is_alive():\`), or start one thread once and let it wait on a threading.Event.`,
      range: e.site,
      subject: flag,
      related: [{ range: lineRange(source, loopLine), message: `${e.key}() loops while \`${flag}\` ${loop[1] ? 'is False' : 'holds'}` }],
    });
  }
  return out;
}

/**
 * GIL006 for a stop method that lowers the loop flag and forgets the thread (`self._running = False;
 * self._thread = None`) without waiting for it, in a class whose start method lets a new thread start when
 * there is none (`if self._thread is not None: return`) and raises the flag again: a stop then a start, close
 * together, finds no thread, raises the flag, and starts a second while the first, still in a slow call, sees
 * the flag up again and loops on beside it.
 */
function threadForgottenOnStop(module: Module, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/^[ \t]*self\s*\.\s*\w+\s*=\s*None\b/m.test(module.text) || !/\bwhile\s+(?:not\s+)?self\s*\.\s*\w+\s*:/.test(module.text)) return out;
  for (const cls of module.classes.values()) {
    for (const [startName, start] of cls.methods) {
      const startText = functionText(module, start);
      // A thread stored on self and started here, on a closure of this method or a method of self.
      const made = /^[ \t]*self\s*\.\s*(\w+)\s*=\s*(?:threading\s*\.\s*)?Thread\s*\(([^\n]*)/m.exec(startText);
      const target = made && /\btarget\s*=\s*(self\s*\.\s*)?(\w+)/.exec(made[2]);
      // (An is_alive() test here asks about the thread stop() forgot no more than a test of the handle does.)
      if (!made || !target || /\.\s*(?:join|wait)\s*\(/.test(startText)) continue;
      const handle = made[1];
      // (It starts only when there is no thread: a test of the handle.)
      if (!new RegExp(`\\bif\\s+(?:not\\s+)?self\\s*\\.\\s*${handle}\\b`).test(startText)) continue;
      const code = target[1] ? cls.methods.get(target[2]) : module.functions.get(`${start.definition.key}.${target[2]}`);
      const loop = code && /^[ \t]*while\s+(not\s+)?self\s*\.\s*(\w+)\s*:/m.exec(functionText(module, code));
      if (!code || !loop) continue;
      const flag = loop[2];
      const [runValue, stopValue] = loop[1] ? ['False', 'True'] : ['True', 'False'];
      if (!new RegExp(`^[ \\t]*self\\s*\\.\\s*${flag}\\s*=\\s*${runValue}\\b`, 'm').test(startText)) continue;
      for (const [stopName, stop] of cls.methods) {
        if (stopName === startName || stopName === '__init__' || stop === code) continue;
        const stopText = functionText(module, stop);
        const lowered = new RegExp(`^[ \\t]*self\\s*\\.\\s*${flag}\\s*=\\s*${stopValue}\\b`, 'm').exec(stopText);
        const forgotten = new RegExp(`^([ \\t]*)self\\s*\\.\\s*${handle}\\s*=\\s*None\\b`, 'm').exec(stopText);
        if (!lowered || !forgotten || forgotten.index < lowered.index || /\.\s*(?:join|wait)\s*\(|\bis_alive\b/.test(stopText)) continue;
        const line = bodyLine(stop, stopText, forgotten.index);
        if (already.some((f) => f.range.start.line === line)) continue;
        const column = forgotten[1].length;
        const loopLine = bodyLine(code, functionText(module, code), loop.index);
        out.push({
          code: CODES.startedBeforeSet,
          message: `${stopName}() sets \`self.${flag}\` to ${stopValue} and forgets the thread here without waiting for it to stop, and ${startName}() starts a new thread whenever \`self.${handle}\` is not set, setting \`self.${flag}\` back to ${runValue} first: a ${stopName}() and then a ${startName}() close together leave the old thread in its slow call (a sleep, a send), and when it tests the flag at line ${loopLine + 1} it finds it ${runValue} again and loops on beside the new one. Setting a flag does not stop a thread at once, with or without the GIL. Wait for the thread here (\`self.${handle}.join()\`) before forgetting it, or give each thread a flag of its own (a threading.Event made in ${startName}() and handed to it).`,
          range: { start: { line, character: column }, end: { line, character: column + `self.${handle}`.length } },
          subject: `self.${handle}`,
          related: [
            { range: lineRange(source, bodyLine(stop, stopText, lowered.index)), message: `\`self.${flag}\` is set to ${stopValue} here` },
            { range: lineRange(source, loopLine), message: `the thread's loop tests \`self.${flag}\` here` },
            { range: lineRange(source, bodyLine(start, startText, made.index)), message: `${startName}() makes a new thread here` },
          ],
        });
        break;
      }
    }
  }
  return out;
}

/**
 * GIL006 for a loop's stop flag set and set back in one block with no wait between (`stop = True` …
 * `stop = False`, then a new thread started): a thread that did not test the flag in between (inside a
 * slow call) never sees the stop, and runs on beside the new one.
 */
function stopFlagSetBack(module: Module, entries: readonly ThreadEntry[], source: SourceLines): Finding[] {
  const out: Finding[] = [];
  const lines = linesOf(module);
  const done = new Set<string>();
  for (const e of entries) {
    if (e.guardedBy || e.mainProgram || done.has(e.key)) continue;
    done.add(e.key);
    const { cls, target: method } = classMethodOf(module, e.key);
    const target = cls ? method : e.key.includes('.') ? undefined : module.functions.get(e.key);
    if (!target) continue;
    const body = functionText(module, target);
    const loop = (cls ? /^[ \t]*while\s+(not\s+)?self\s*\.\s*(\w+)\s*:/m : /^[ \t]*while\s+(not\s+)?([A-Za-z_]\w*)\s*:/m).exec(body);
    if (!loop || (!cls && !module.globals.has(loop[2]))) continue;
    const subject = cls ? `self.${loop[2]}` : loop[2];
    if (done.has(subject)) continue;
    const stopValue = loop[1] ? 'True' : 'False';
    const runValue = loop[1] ? 'False' : 'True';
    const pattern = cls ? `self\\s*\\.\\s*${loop[2]}` : loop[2];
    const storeAt = new RegExp(`^([ \\t]*)${pattern}\\s*=\\s*(True|False)[ \\t]*(?:#.*)?$`);
    const range = absoluteRange(target.fn.range, target.statement.base);
    const loopLine = bodyLine(target, body, loop.index);
    // (In the class's methods for an attribute, anywhere in the module for a global; not in the thread's own code.)
    const scopes: [number, number][] = cls ? [...cls.methods.values()].map((ref) => { const r = absoluteRange(ref.fn.range, ref.statement.base); return [r.start.line, r.end.line]; }) : [[0, lines.length - 1]];
    for (const [from, to] of scopes) {
      for (let a = from; a <= to; a++) {
        if (a >= range.start.line && a <= range.end.line) continue;
        const first = storeAt.exec(lines[a] ?? '');
        if (!first || first[2] !== stopValue) continue;
        const indent = first[1];
        // The store that sets it back, in the same block, before anything waits for the thread.
        let b = a + 1;
        let back: number | undefined;
        for (; b <= to; b++) {
          const text = lines[b] ?? '';
          if (!text.trim() || /^\s*#/.test(text)) continue;
          if (text.length - text.trimStart().length < indent.length) break;
          if (/\.\s*(?:join|wait)\s*\(|\bis_alive\b/.test(text)) break;
          const again = storeAt.exec(text);
          if (again && again[1] === indent) {
            if (again[2] === runValue) back = b;
            break;
          }
        }
        if (back === undefined) continue;
        // And a thread started after it, in the next few lines of the block.
        let started = -1;
        for (let c = back + 1; c <= Math.min(to, back + 8); c++) {
          const text = lines[c] ?? '';
          if (text.trim() && text.length - text.trimStart().length < indent.length) break;
          if (/\.\s*start\s*\(\s*\)/.test(text)) {
            started = c;
            break;
          }
        }
        if (started < 0) continue;
        done.add(subject);
        const column = indent.length;
        out.push({
          code: CODES.startedBeforeSet,
          message: `\`${subject}\` is set back to ${runValue} here, after line ${a + 1} set it to ${stopValue} to stop the loop that tests it at line ${loopLine + 1}, with nothing between that waits for the thread to stop: a thread that was inside a slow call (a sleep, a read, a request) and did not test the flag in between never sees the stop, and its loop runs on beside the thread started at line ${started + 1}. Setting a flag does not stop a thread at once, with or without the GIL. Wait for the old thread first (\`join()\` it, or an Event it sets when its loop ends) before setting \`${subject}\` back.`,
          range: { start: { line: back, character: column }, end: { line: back, character: column + subject.length } },
          subject,
          related: [
            { range: lineRange(source, a), message: `\`${subject}\` is set to ${stopValue} here, to stop the loop` },
            { range: lineRange(source, loopLine), message: `the thread's loop tests \`${subject}\` here` },
            { range: lineRange(source, started), message: 'a new thread is started here' },
          ],
        });
        break;
      }
      if (done.has(subject)) break;
    }
    if (done.has(subject)) continue;
    // Or across two ways in that run on threads of their own (`/stop` sets the flag, `/run` sets it back and
    // starts a new thread): a `/run` soon after a `/stop` finds the old thread still in its sleep.
    const entryAt = (line: number) => entries.find((x) => { const f = module.functions.get(x.key); if (!f || x.key === e.key || x.oneThread || x.boundMethod || !x.repeats) return false; const r = absoluteRange(f.fn.range, f.statement.base); return r.start.line <= line && line <= r.end.line; });
    let stopper: { line: number; key: string } | undefined;
    let restart: { line: number; key: string; started: number } | undefined;
    for (const [from, to] of scopes) {
      for (let a = from; a <= to; a++) {
        if (a >= range.start.line && a <= range.end.line) continue;
        const store = storeAt.exec(lines[a] ?? '');
        const entry = store ? entryAt(a) : undefined;
        if (!store || !entry) continue;
        if (store[2] === stopValue) {
          stopper ??= { line: a, key: entry.key };
          continue;
        }
        // Set back, then a start (or a call of a function of the module that starts the loop's thread) in the next few lines.
        for (let c = a + 1; c <= Math.min(to, a + 8) && !restart; c++) {
          const text = lines[c] ?? '';
          if (text.trim() && text.length - text.trimStart().length < store[1].length) break;
          if (/\.\s*(?:join|wait)\s*\(|\bis_alive\b/.test(text)) break;
          const call = /^\s*(?:self\s*\.\s*)?(\w+)\s*\(/.exec(text)?.[1];
          const callee = call !== undefined ? (cls?.methods.get(call) ?? module.functions.get(call)) : undefined;
          const targetName = e.key.slice(e.key.lastIndexOf('.') + 1);
          if (/\.\s*start\s*\(\s*\)/.test(text) || (callee && new RegExp(`\\btarget\\s*=\\s*(?:self\\s*\\.\\s*)?${targetName}\\b`).test(functionText(module, callee)))) restart = { line: a, key: entry.key, started: c };
        }
      }
    }
    if (!stopper || !restart || stopper.key === restart.key) continue;
    done.add(subject);
    const column = /^\s*/.exec(lines[restart.line] ?? '')![0].length;
    out.push({
      code: CODES.startedBeforeSet,
      message: `\`${subject}\` is set back to ${runValue} here and a new thread started at line ${restart.started + 1}, while ${stopper.key}(), which runs on a thread of its own too, sets it to ${stopValue} at line ${stopper.line + 1} to stop the loop that tests it at line ${loopLine + 1}, and nothing waits for that thread to stop: when this runs soon after the stop, a thread that was inside a slow call (a sleep, a read) and did not test the flag in between never sees the stop, and two loops run. Setting a flag does not stop a thread at once, with or without the GIL. Keep the thread's handle and \`join()\` it (or wait on an Event its loop sets at the end) before setting \`${subject}\` back, or give each thread its own stop Event.`,
      range: { start: { line: restart.line, character: column }, end: { line: restart.line, character: column + subject.length } },
      subject,
      related: [
        { range: lineRange(source, stopper.line), message: `${stopper.key}() sets \`${subject}\` to ${stopValue} here, to stop the loop` },
        { range: lineRange(source, loopLine), message: `the thread's loop tests \`${subject}\` here` },
        { range: lineRange(source, restart.started), message: 'a new thread is started here' },
      ],
    });
  }
  return out;
}

/**
 * GIL006 for `cond.wait()` with no test of what the thread waits for (no `while not ready:` or `if`
 * around it, not `wait_for`), in thread code: a `notify()` made before the thread gets to the wait is
 * lost, since a Condition keeps no memory of it, and the thread waits for ever (or until its timeout).
 */
/**
 * GIL006 for an Event pulsed: `ev.set()` and at once `ev.clear()`, in a module that uses threads. Only the
 * threads already inside `ev.wait()` wake; one that reaches its wait a moment later (busy with the last
 * reply, or not yet started) finds the Event clear and waits for the next pulse, or for ever.
 */
function eventPulsed(module: Module, root: Node, source: SourceLines, already: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  if (!/\.\s*clear\s*\(\s*\)/.test(module.text) || !/\bthreading\b|\bEvent\b/.test(module.text)) return out;
  const pulse = /^([ \t]*)((?:[A-Za-z_]\w*\s*\.\s*)*[A-Za-z_]\w*)\s*\.\s*set\s*\(\s*\)[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*\1((?:[A-Za-z_]\w*\s*\.\s*)*[A-Za-z_]\w*)\s*\.\s*clear\s*\(\s*\)/gm;
  for (const m of module.text.matchAll(pulse)) {
    const event = m[2].replace(/\s+/g, '');
    if (event !== m[3].replace(/\s+/g, '')) continue;
    const node = root.descendantForIndex(m.index! + m[1].length);
    const fn = node ? enclosingDefinition(node) : undefined;
    // (Not a test of the pulse itself, `def test_notify`, nor a coroutine's: an asyncio.Event, of one thread.)
    if (node?.type !== 'identifier' || !fn || /^test/.test(fn.childForFieldName('name')?.text ?? '') || fn.text.startsWith('async')) continue;
    // (An Event by what is done with it elsewhere: someone waits on it, or it was made one.)
    const last = event.slice(event.lastIndexOf('.') + 1);
    // A timed wait (`e.wait(interval)` in a polling loop) is a sleep the pulse cuts short: one it misses costs one interval.
    if (new RegExp(`\\b${last}\\s*\\.\\s*wait\\s*\\(\\s*[^)\\s]`).test(module.text)) continue;
    if (!/(?:^|_)ev(?:ent)?(?:_|$)|event/i.test(last) && !new RegExp(`\\b${last}\\s*\\.\\s*wait\\s*\\(|\\b${last}\\s*(?::[^=\\n]*)?=\\s*(?:threading\\s*\\.\\s*)?Event\\s*\\(`).test(module.text)) continue;
    const line = node.startPosition.row;
    if (already.some((f) => f.range.start.line === line)) continue;
    // (One finding for each Event: its other pulses are its related places.)
    const earlier = out.find((f) => f.subject === event);
    if (earlier) {
      earlier.related.push({ range: lineRange(source, line), message: `\`${event}\` is pulsed here too` });
      continue;
    }
    out.push({
      code: CODES.startedBeforeSet,
      message: `\`${event}\` is set and cleared again at once: only the threads already inside \`${event}.wait()\` at that moment wake. A thread that gets to its wait a moment later (still busy with the last one, or not yet started) finds it clear and waits for the next pulse, or for ever if none comes. Leave it set for the waiter to clear once it has woken (\`${event}.wait()\`, then \`${event}.clear()\`), or hand each signal over through a \`queue.Queue\`, which keeps it until it is taken.`,
      range: { start: { line, character: m[1].length }, end: { line, character: m[1].length + m[2].length + 6 } },
      subject: event,
      related: [{ range: lineRange(source, line + newlinesBefore(m[0], m[0].lastIndexOf(m[3]))), message: 'cleared here, right after' }],
    });
  }
  return out;
}

function conditionWaitUntested(module: Module, root: Node, reached: ReadonlyMap<string, Reached>, source: SourceLines): Finding[] {
  const out: Finding[] = [];
  if (!/\bCondition\s*\(/.test(module.text) || !/\.\s*notify(?:_all|All)?\s*\(/.test(module.text)) return out;
  const done = new Set<string>();
  for (const [, r] of reached) {
    if (r.target.t !== 'function' || r.entries.every((e) => e.guardedBy || e.mainProgram)) continue;
    const ref = r.target.ref;
    if (done.has(ref.definition.key) || !/\.\s*wait\s*\(/.test(functionText(module, ref))) continue;
    done.add(ref.definition.key);
    const def = definitionOf(root, ref);
    if (!def) continue;
    for (const call of def.descendantsOfType('call')) {
      const fn = call?.childForFieldName('function');
      if (!call || fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'wait' || enclosingDefinition(call)?.id !== def.id) continue;
      const receiver = fn.childForFieldName('object')?.text.replace(/\s+/g, '') ?? '';
      const last = receiver.slice(receiver.lastIndexOf('.') + 1);
      // A Condition: made so in this module under that name, or a parameter named for one where the module makes one.
      const madeHere = new RegExp(`(?<![\\w])(?:self\\s*\\.\\s*)?${last}\\s*(?::[^=\\n]*)?=\\s*(?:threading\\s*\\.\\s*)?Condition\\s*\\(`).test(module.text);
      if (!madeHere && !(ref.fn.params.includes(receiver) && /^(?:cond(?:ition)?|cv)\w*$/i.test(receiver))) continue;
      // Inside `with cond:` (or after `cond.acquire()`), with nothing between that tests state: no `while`/`if` from the wait up to that `with`.
      let held: Node | undefined;
      let tested = false;
      for (let p = call.parent; p && p.id !== def.id; p = p.parent) {
        if (p.type === 'while_statement' || p.type === 'if_statement' || p.type === 'conditional_expression' || p.type === 'boolean_operator' || p.type === 'not_operator' || p.type === 'comparison_operator') tested = true;
        if (p.type === 'with_statement' && p.descendantsOfType('with_item').some((i) => withItemValue(i)?.text.replace(/\s+/g, '') === receiver)) {
          held = p;
          break;
        }
      }
      // (Or taken by `cond.acquire()` earlier in the function, with no test between.)
      const acquired = held ? undefined : new RegExp(`(?<![\\w.])${receiver.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*acquire\\s*\\(\\s*\\)(?![\\s\\S]*(?<![\\w.])${receiver.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*release\\s*\\()`).exec(module.text.slice(def.startIndex, call.startIndex));
      if ((!held && !acquired) || tested) continue;
      const heldFrom = held ? held.startIndex : def.startIndex + acquired!.index;
      // (A timed wait in a loop is a poll: a notify it misses costs one timeout.)
      const timed = (call.childForFieldName('arguments')?.namedChildren.length ?? 0) > 0;
      if (timed && !!enclosing(call, REPEATING) && def.startIndex < enclosing(call, REPEATING)!.startIndex) continue;
      // (In an endless loop, `while True: with cond: cond.wait(); frame = out.frame`, it waits for each of a
      // stream of notifies, a camera's frames: one it misses costs a round, not the thread.)
      let endless = false;
      for (let p = call.parent; p && p.id !== def.id && !endless; p = p.parent) endless = p.type === 'while_statement' && /^(?:True|1)$/.test(p.childForFieldName('condition')?.text ?? '');
      if (endless) continue;
      // (Something it does first under the lock that makes the notify come later: a start, a put, its own notify.)
      const before = module.text.slice(heldFrom, call.startIndex);
      if (/\.\s*(?:start|put|notify(?:_all|All)?|set)\s*\(|\bwhile\b|\bif\b/.test(before)) continue;
      const notify = new RegExp(`\\b${last}\\s*\\.\\s*notify(?:_all|All)?\\s*\\(`).exec(module.text);
      if (!notify) continue;
      // (A demo that orders the threads by sleeping between their starts, or before the notify: it waits first in practice.)
      const starts = [...module.text.matchAll(/\.\s*start\s*\(\s*\)/g)].map((m) => m.index);
      if (starts.length > 0 && /\bsleep\s*\(/.test(module.text.slice(starts[0], Math.max(starts[starts.length - 1], notify.index)))) continue;
      const notifyLine = lineOfIndex(module, notify.index);
      // (`wait(0)`, `wait(timeout=0)`: no wait at all; the thread goes on at once, before any notify.)
      const timeout = call.childForFieldName('arguments')?.namedChildren[0];
      const noWait = timeout && /^(?:timeout\s*=\s*)?0(?:\.0*)?$/.test(timeout.text.replace(/\s+/g, ''));
      const outcome = noWait
        ? 'and with a timeout of 0 this one does not wait at all: it goes on at once, whether or not the other thread has done what its notify would say'
        : `so one made before this thread gets to the wait, by a thread that ran first, is lost, and this one waits for ever${timeout ? ' (or until its timeout)' : ''}`;
      out.push({
        code: CODES.startedBeforeSet,
        message: `\`${receiver}.wait()\` waits here with no test of what it waits for (${ref.definition.key}() runs on a thread: ${r.entries[0].how}): a Condition keeps no memory of a \`notify()\`, ${outcome}. Which thread runs first is up to the scheduler, with or without the GIL. Wait for a state the notifier sets under the lock: \`while not ready: ${receiver}.wait()\`, or \`${receiver}.wait_for(lambda: ready)\`.`,
        range: rangeOf(call),
        subject: receiver,
        related: [{ range: lineRange(source, notifyLine), message: 'a notify made here before the wait is lost' }],
      });
    }
  }
  return out;
}
