/**
 * Small tree helpers and the names the race analysis knows (constructors of locks, queues,
 * executors), shared by the per-statement summaries and the module-level resolution.
 */
import { STDLIB_MODULES } from './stdlibModules';
import type { Node } from 'web-tree-sitter';
import type { Position0, Range0 } from '../shared/analysis';

export function range(node: Pick<Node, 'startPosition' | 'endPosition'>): Range0 {
  return { start: { line: node.startPosition.row, character: node.startPosition.column }, end: { line: node.endPosition.row, character: node.endPosition.column } };
}

/**
 * Positions inside a statement's summary are kept relative to the statement's start, so the summary
 * stays true when lines are added or removed above it: lines count from the statement's first line,
 * and characters on that first line from the statement's first character.
 */
export function relativeRange(r: Range0, base: Position0): Range0 {
  return { start: relativePosition(r.start, base), end: relativePosition(r.end, base) };
}
function relativePosition(p: Position0, base: Position0): Position0 {
  return p.line === base.line ? { line: 0, character: p.character - base.character } : { line: p.line - base.line, character: p.character };
}
export function absoluteRange(r: Range0, base: Position0): Range0 {
  return { start: absolutePosition(r.start, base), end: absolutePosition(r.end, base) };
}
export function absolutePosition(p: Position0, base: Position0): Position0 {
  return p.line === 0 ? { line: base.line, character: p.character + base.character } : { line: p.line + base.line, character: p.character };
}

/** Every descendant of a small subtree (an expression), depth first, without recursion. */
export function* walk(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) stack.push(c);
    }
  }
}

export function dotted(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const obj = dotted(node.childForFieldName('object'));
    const attr = node.childForFieldName('attribute')?.text;
    return obj && attr ? `${obj}.${attr}` : undefined;
  }
  return undefined;
}

export function callArgs(call: Node): { positional: Node[]; keyword: Map<string, Node> } {
  const positional: Node[] = [];
  const keyword = new Map<string, Node>();
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!a) continue;
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text;
      const value = a.childForFieldName('value');
      if (name && value) keyword.set(name, value);
    } else if (a.type !== 'comment') positional.push(a);
  }
  return { positional, keyword };
}

export const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_definition']);
export const CLASS_TYPES: ReadonlySet<string> = new Set(['class_definition']);
/** Loops and comprehensions: what they hold runs once a round. */
export const REPEATING: ReadonlySet<string> = new Set(['for_statement', 'while_statement', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

/** Does the module import `name` or something from it (`import apscheduler`, `from apscheduler.schedulers.background import …`)? */
export function importsModule(aliases: Aliases, name: string): boolean {
  return [...aliases.values()].some((q) => q === name || q.startsWith(`${name}.`));
}

export function enclosing(node: Node, types: ReadonlySet<string>): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (types.has(p.type)) return p;
  return undefined;
}

/**
 * The statements among `statements` that start a thread (or submit work) and hand it `name` (a plain name or a dotted
 * one, never as another object's attribute): two of them in one loop round share that round's object between threads.
 */
export function threadStartsHanded(statements: readonly (Node | null)[], name: string): Node[] {
  const handed = new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\b`);
  return statements.filter((st): st is Node => !!st && handed.test(st.text) && /\b(?:Thread|Timer|submit|_?start_new_thread)\s*\(/.test(st.text));
}

// ---------------------------------------------------------------- what constructors make

/** `no-lock`: `contextlib.nullcontext()`, or a choice of it and a lock: `with` it may hold nothing. */
export type StateKind = 'lock' | 'semaphore-n' | 'signal' | 'no-lock' | 'thread-local' | 'queue' | 'thread-executor' | 'process-executor' | 'thread-pool' | 'value';

const CONSTRUCTORS: Record<string, StateKind> = {
  'threading.Lock': 'lock',
  'threading.RLock': 'lock',
  'threading.Condition': 'lock',
  // multiprocessing's locks exclude threads too (they are semaphores of the OS).
  'multiprocessing.Lock': 'lock',
  'multiprocessing.RLock': 'lock',
  'multiprocessing.Condition': 'lock',
  'multiprocessing.synchronize.Lock': 'lock',
  'multiprocessing.synchronize.RLock': 'lock',
  // The low-level module's (`thread` on Python 2).
  '_thread.allocate_lock': 'lock',
  '_thread.allocate': 'lock',
  '_thread.RLock': 'lock',
  'thread.allocate_lock': 'lock',
  'thread.allocate': 'lock',
  // Qt's mutexes, through PyQt, PySide or qtpy, exclude threads as a Lock does.
  ...Object.fromEntries(['PyQt5', 'PyQt6', 'PySide2', 'PySide6', 'qtpy'].flatMap((qt) => ['QMutex', 'QRecursiveMutex'].map((m): [string, StateKind] => [`${qt}.QtCore.${m}`, 'lock']))),
  'threading.local': 'thread-local',
  // Each thread runs in a context of its own, so a ContextVar's value is the thread's own.
  'contextvars.ContextVar': 'thread-local',
  'contextlib.nullcontext': 'no-lock',
  'queue.Queue': 'queue',
  'queue.LifoQueue': 'queue',
  'queue.PriorityQueue': 'queue',
  'queue.SimpleQueue': 'queue',
  'concurrent.futures.ThreadPoolExecutor': 'thread-executor',
  'concurrent.futures.thread.ThreadPoolExecutor': 'thread-executor',
  'concurrent.futures.ProcessPoolExecutor': 'process-executor',
  'concurrent.futures.process.ProcessPoolExecutor': 'process-executor',
  'multiprocessing.pool.ThreadPool': 'thread-pool',
  'multiprocessing.dummy.Pool': 'thread-pool',
};
const SEMAPHORES = ['threading.Semaphore', 'threading.BoundedSemaphore', 'multiprocessing.Semaphore', 'multiprocessing.BoundedSemaphore'];
export const POOL_METHODS: ReadonlySet<string> = new Set(['apply', 'apply_async', 'map', 'map_async', 'imap', 'imap_unordered', 'starmap', 'starmap_async']);
/** `text` as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const LOCKISH = /lock|mutex|cond|guard/i;

/** A value every run stores alike: a literal (`None`, `3`, `'done'`, `[]`) or a name in capitals or on a class (`DONE`, `Status.FINISHED`). */
const CONSTANT_ALTERNATIVES = String.raw`None|True|False|-?[\d.]+|(['"]).*?\1|\[\]|\{\}|\(\)|[A-Z][A-Z0-9_]*|(?:\w+\.)*[A-Z]\w*\.\w+`;
/** A whole value's text that is a constant (see CONSTANT_ALTERNATIVES): a reset or a status, not a reading. */
export const CONSTANT_VALUE = new RegExp(`^(?:${CONSTANT_ALTERNATIVES})$`, 's');
/** A store of a status on `self` (a constant, not `None` nor an empty container) with another store on `self` after it. */
export const STATUS_STORE = new RegExp(String.raw`^[ \t]*self\s*\.\s*\w+\s*=\s*(?!None\b|[[{(])(?:${CONSTANT_ALTERNATIVES})[ \t]*(?:#.*)?$[\s\S]*?^[ \t]*self\s*\.\s*\w+\s*=(?!=)`, 'm');
/** Is this value's text a status: a constant that names a state (`'done'`, `3`, `DONE`), not `None`, an empty container, a fraction or a sentence? */
export function isStatusValue(text: string): boolean {
  return CONSTANT_VALUE.test(text) && !/^(?:None|\[\]|\{\}|\(\)|-?[\d.]*\.[\d.]*|(['"]).*[^\w'"].*\1)$/s.test(text);
}

/** A subject that is an object's own attribute (`self.total`), not an item of it or another object's. */
export const PLAIN_SELF_ATTRIBUTE = /^self\.\w+$/;

/** Local name → dotted qualified name ("th" → "threading", "Thread" → "threading.Thread"). */
export type Aliases = ReadonlyMap<string, string>;

export function qualify(aliases: Aliases, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const q = aliases.get(head);
  return q ? (dot < 0 ? q : q + name.slice(dot)) : name;
}

export function constructorKind(aliases: Aliases, value: Node | null): StateKind | undefined {
  // `Lock() if safe else nullcontext()`: a lock only on one path.
  // `threading.Lock() if threads else multiprocessing.Lock()`: a lock on both.
  if (value?.type === 'conditional_expression') {
    const kinds = [value.namedChildren[0], value.namedChildren[2]].map((b) => (b?.type === 'call' ? constructorKind(aliases, b) : undefined));
    return kinds.includes('no-lock') ? 'no-lock' : kinds.every((k) => k === 'lock') ? 'lock' : undefined;
  }
  if (!value || value.type !== 'call') return undefined;
  const q = qualify(aliases, dotted(value.childForFieldName('function')));
  if (!q) return undefined;
  if (isGetLock(value)) return 'lock';
  if (SEMAPHORES.includes(q)) {
    const { positional, keyword } = callArgs(value);
    const n = positional[0] ?? keyword.get('value');
    // (`Semaphore(0)`: a count of what producers released, which lets as many consumers in at once: a signal, not a lock.)
    if (n?.type === 'integer' && Number(n.text) === 0) return 'signal';
    return n && n.type === 'integer' && Number(n.text) > 1 ? 'semaphore-n' : n && n.type !== 'integer' ? 'semaphore-n' : 'lock';
  }
  // A project's or a library's own subclass, named for what it is (`utils.ManagedThreadPoolExecutor`,
  // `BoundedThreadPoolExecutor`): an executor that runs what it is handed on its threads. So is a thread pool
  // imported from a project's own module (`from workers import ThreadPool`): handed work by submit() or add_task().
  return CONSTRUCTORS[q] ?? (/(?:^|\.)[A-Z]\w*ThreadPoolExecutor$/.test(q) || (/\.\w*ThreadPool$/.test(q) && !STDLIB_MODULES.has(q.split('.')[0])) ? 'thread-executor' : undefined);
}

/**
 * The names an assignment binds, each with the value it gets where that can be told: `x = v`, and
 * `a, b = 1, set()` pair by pair (`a, b = f()` binds both to values it cannot tell).
 */
export function assignedNames(assignment: Node): [Node, Node | null][] {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (left?.type === 'identifier') return [[left, right]];
  if (left?.type !== 'pattern_list' && left?.type !== 'tuple_pattern') return [];
  const names = left.namedChildren;
  const values = right?.type === 'expression_list' || right?.type === 'tuple' ? right.namedChildren : [];
  return names.flatMap((n, i): [Node, Node | null][] => (n?.type === 'identifier' ? [[n, values.length === names.length ? (values[i] ?? null) : null]] : []));
}

/** What a `with` item holds: its value, seen through parentheses (`with(lock):` is `with lock:`). */
export function withItemValue(item: Node | null | undefined): Node | null {
  let value = item?.childForFieldName('value') ?? null;
  while (value?.type === 'parenthesized_expression' && value.namedChildCount === 1) value = value.namedChildren[0];
  // (Qt's `with QMutexLocker(self.mutex):` holds the mutex it is handed, as `with self.mutex:` would.)
  if (value?.type === 'call' && /(?:^|\.)Q(?:Mutex|Write|Read)Locker$/.test(value.childForFieldName('function')?.text ?? '')) {
    const args = value.childForFieldName('arguments')?.namedChildren.filter((a) => a?.type !== 'comment') ?? [];
    if (args.length === 1 && args[0]?.type !== 'keyword_argument') return args[0];
  }
  return value;
}

/** Every qualified class that makes a pool of threads. */
export function threadPoolClasses(): string[] {
  return Object.keys(CONSTRUCTORS).filter(isThreadPoolClass);
}

export function isThreadPoolClass(q: string): boolean {
  return threadPoolKind(q) !== undefined;
}

/** What a qualified class makes when it makes a pool of threads: `thread-executor` or `thread-pool`. */
export function threadPoolKind(q: string): StateKind | undefined {
  const kind = CONSTRUCTORS[q];
  return kind === 'thread-executor' || kind === 'thread-pool' ? kind : undefined;
}

/** `counter.get_lock()`: the lock a multiprocessing `Value` or `Array` comes with (one lock, made with the value). */
export function isGetLock(call: Node): boolean {
  const f = call.childForFieldName('function');
  return f?.type === 'attribute' && f.childForFieldName('attribute')?.text === 'get_lock' && callArgs(call).positional.length === 0;
}

/** `threading.Thread` etc. named by one identifier (after aliases); a dotted callee is told by its method's name. */
/**
 * Library calls that run a callback on threads of their own, by qualified name: where the callback is
 * (position, keyword), and whether several threads can run it at once.
 */
interface LibraryThread {
  position?: number;
  keywords: string[];
  several: boolean;
  how: string;
  /** only with this keyword given, and not False */
  when?: string;
}
/** websocket-client calls a WebSocketApp's callbacks on the thread that runs its `run_forever()`. */
export const WEBSOCKET_THREAD = 'the websocket-client callback, run on the thread that runs run_forever()';
export const LIBRARY_THREADS: ReadonlyMap<string, LibraryThread> = new Map<string, LibraryThread>([
  // rospy runs each subscriber's callbacks on a thread of its own, each service call on one, each timer on one.
  ['rospy.Subscriber', { position: 2, keywords: ['callback'], several: false, how: 'the rospy subscriber callback' }],
  ['rospy.Service', { position: 2, keywords: ['handler'], several: true, how: 'the rospy service handler, run on a thread per call' }],
  ['rospy.Timer', { position: 1, keywords: ['callback'], several: false, how: 'the rospy timer callback' }],
  // Gradio runs a plain `def` handler in its worker threads, several requests at once.
  ['gradio.Interface', { position: 0, keywords: ['fn'], several: true, how: 'the Gradio handler, run in its worker threads' }],
  ['gradio.ChatInterface', { position: 0, keywords: ['fn'], several: true, how: 'the Gradio handler, run in its worker threads' }],
  // pynput calls a listener's callbacks on the listener's own thread.
  ['pynput.keyboard.Listener', { keywords: ['on_press', 'on_release'], several: false, how: 'the pynput keyboard listener thread' }],
  ['pynput.mouse.Listener', { keywords: ['on_move', 'on_click', 'on_scroll'], several: false, how: 'the pynput mouse listener thread' }],
  // sounddevice (PortAudio) calls a stream's callback on the audio thread, beside the program, one block at a time.
  ...['InputStream', 'OutputStream', 'Stream', 'RawInputStream', 'RawOutputStream', 'RawStream'].map((c): [string, LibraryThread] => [`sounddevice.${c}`, { keywords: ['callback'], several: false, how: "the sounddevice callback, run on PortAudio's audio thread" }]),
  // (Counted only where run_forever() runs on a thread of its own: see the analysis.)
  ['websocket.WebSocketApp', { keywords: ['on_open', 'on_message', 'on_data', 'on_error', 'on_close', 'on_cont_message', 'on_ping', 'on_pong'], several: false, how: WEBSOCKET_THREAD }],
  // Werkzeug's threaded development server runs the WSGI app on a thread per request.
  ['werkzeug.serving.make_server', { position: 2, keywords: ['app'], several: true, how: "Werkzeug's threaded server, a thread per request", when: 'threaded' }],
  ['werkzeug.serving.run_simple', { position: 2, keywords: ['application'], several: true, how: "Werkzeug's threaded server, a thread per request", when: 'threaded' }],
  ['werkzeug.run_simple', { position: 2, keywords: ['application'], several: true, how: "Werkzeug's threaded server, a thread per request", when: 'threaded' }],
]);
/** Classes whose subclasses' `run()` runs on a thread of its own once started: `threading.Thread` and Qt's `QThread`. */
export const THREAD_BASES: ReadonlySet<string> = new Set([
  'threading.Thread',
  'multiprocessing.dummy.Process',
  ...['PyQt5', 'PyQt6', 'PySide2', 'PySide6', 'qtpy'].map((qt) => `${qt}.QtCore.QThread`),
]);
/** Qt's runnables for a QThreadPool (named so that their imports count in the memo's key). */
const QT_RUNNABLES = ['PyQt5', 'PyQt6', 'PySide2', 'PySide6', 'qtpy'].map((qt) => `${qt}.QtCore.QRunnable`);

export const IDENTIFIER_ENTRIES: ReadonlySet<string> = new Set(['threading.Thread', 'threading.Timer', 'asyncio.to_thread', '_thread.start_new_thread', 'thread.start_new_thread', 'threading._start_new_thread', 'threadpool.makeRequests', ...LIBRARY_THREADS.keys()]);
export const PARTIAL = 'functools.partial';

/** Base classes of socket server request handlers: a threading server runs one per request, on its own thread. */
export const REQUEST_HANDLERS: ReadonlySet<string> = new Set([
  'socketserver.BaseRequestHandler',
  'socketserver.StreamRequestHandler',
  'socketserver.DatagramRequestHandler',
  'http.server.BaseHTTPRequestHandler',
  'http.server.SimpleHTTPRequestHandler',
  'http.server.CGIHTTPRequestHandler',
]);

/** Class-based views: Flask makes one per request, on the request's thread; their HTTP-verb methods are the handlers. */
export const VIEW_CLASSES: ReadonlySet<string> = new Set(['flask.views.MethodView', 'flask.views.View', 'flask_restx.Resource', 'flask_restful.Resource']);
/** watchdog's event handler classes: an Observer calls their `on_*` methods on its own thread. */
export const WATCHDOG_HANDLERS: ReadonlySet<string> = new Set(['FileSystemEventHandler', 'PatternMatchingEventHandler', 'RegexMatchingEventHandler', 'LoggingEventHandler'].map((h) => `watchdog.events.${h}`));
export const HTTP_VERBS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'dispatch_request']);
/** Flask's proxy to the application: one object for every request, whichever thread serves it. */
export const FLASK_APP_PROXY = 'flask.current_app';

/** What `from MODULE import *` brings that the analysis knows: `Thread`, `Lock`, `Semaphore` for threading. */
export function starImportNames(module: string): string[] {
  return [...KNOWN_QUALIFIED].filter((q) => q.startsWith(`${module}.`) && !q.slice(module.length + 1).includes('.')).map((q) => q.slice(module.length + 1));
}

/** The modules of every qualified name the analysis compares against: aliases of others change nothing. */
const KNOWN_QUALIFIED = new Set([...Object.keys(CONSTRUCTORS), ...SEMAPHORES, ...IDENTIFIER_ENTRIES, ...THREAD_BASES, ...QT_RUNNABLES, PARTIAL, ...REQUEST_HANDLERS, ...VIEW_CLASSES, ...WATCHDOG_HANDLERS]);
// (Also the libraries whose callbacks run on threads of their own: Socket.IO, RPi.GPIO, paho-mqtt, pyTelegramBotAPI, Gradio, Dash, gpiozero, APScheduler.)
const KNOWN_MODULES = new Set([...KNOWN_QUALIFIED, 'flask', 'fastapi', 'flask_socketio', 'socketio', 'RPi', 'paho', 'telebot', 'gradio', 'dash', 'pynput', 'werkzeug', 'google', 'gpiozero', 'apscheduler'].map((q) => q.split('.')[0]));

/** Standard modules some checks name (`logging.Handler`, `pickle.dumps`), though no thread starts there: only a renaming import of them counts. */
const NAMED_STDLIB = new Set(['logging', 'Queue', 'Tkinter', 'tkinter', 'signal', 'atexit', 'sched', 'xmlrpc', '_threading_local', 'pickle', 'copy', 'json']);

/**
 * A key that changes exactly when the aliases that can change a qualified name the analysis knows
 * change: those that point into one of its modules, those that rebind such a module's name, and the
 * names brought in from, or renamed out of, any module outside the standard library (`from
 * django.views import View`: a class built on `View` is a Django view only while that import stands).
 * Typing `import json` leaves it alone; `import threading as th` changes it.
 */
export function aliasesKey(aliases: Aliases): string {
  const relevant: string[] = [];
  for (const [local, q] of aliases) {
    const root = q.split('.')[0];
    if (KNOWN_MODULES.has(local) || KNOWN_MODULES.has(root) || (local !== q && (!STDLIB_MODULES.has(root) || NAMED_STDLIB.has(root)))) relevant.push(`${local}=${q}`);
  }
  return relevant.join(';');
}

const CONSTRUCTOR_NAMES = new Set([...Object.keys(CONSTRUCTORS), ...SEMAPHORES].map((q) => q.slice(q.lastIndexOf('.') + 1)));

const needles = new WeakMap<Aliases, RegExp>();
/** Matches text that may call a constructor the analysis knows: its own name, or a local alias of it. */
export function constructorNeedle(aliases: Aliases): RegExp {
  const known = needles.get(aliases);
  if (known) return known;
  const names = new Set(CONSTRUCTOR_NAMES);
  for (const [local, q] of aliases) if (CONSTRUCTOR_NAMES.has(q.slice(q.lastIndexOf('.') + 1))) names.add(local);
  // (A subclass named for what it is, `ManagedThreadPoolExecutor`: see constructorKind.)
  const needle = new RegExp(`\\b(?:${[...names].map((n) => n.replace(/[^\w]/g, '\\$&')).join('|')})\\b|[A-Z]\\w*ThreadPoolExecutor\\b`);
  needles.set(aliases, needle);
  return needle;
}
