/** Types shared by the race analysis, the language server, the lenses and the `check` CLI. */
export const DIAGNOSTIC_SOURCE = 'GIL Lab';

/** Stable diagnostic codes. */
export const CODES = {
  unlockedSharedWrite: 'GIL001', // read-modify-write / write of shared state from thread code without a lock
  lockCreatedInline: 'GIL002', // `with threading.Lock():` protects nothing
  semaphoreNotMutex: 'GIL003', // Semaphore(n>1) used as if it excluded
  checkThenAct: 'GIL004', // `if key not in cache: cache[key] = …` from thread code without a lock over test and set
  lockLeftTaken: 'GIL005', // `lock.acquire()` with a return before its release(), or no release at all
  startedBeforeSet: 'GIL006', // `__init__` starts a thread on a method that reads an attribute `__init__` sets only later
  readsLoopVariable: 'GIL007', // a thread started in a loop reads a name the loop rebinds for the next thread (`lambda: work(i)`)
  targetCalledAtOnce: 'GIL008', // `Thread(target=work())`: the function runs at once, and the thread gets None
  locksInOppositeOrders: 'GIL009', // one thread holds `a` and waits for `b`, another holds `b` and waits for `a`: a deadlock
} as const;
export type FindingCode = (typeof CODES)[keyof typeof CODES];

export interface Position0 {
  line: number; // 0-based
  character: number; // 0-based, UTF-16 code units (LSP)
}
export interface Range0 {
  start: Position0;
  end: Position0;
}

export interface Finding {
  code: FindingCode;
  message: string;
  range: Range0;
  /** The shared name, e.g. "counter", "self.total", "stats[...]". */
  subject: string;
  /** Where a thread that runs this code is started; `file` (an absolute path) when that is another module. */
  related: { range: Range0; message: string; file?: string }[];
  fix?: FixSuggestion;
}

export interface TextEdit0 {
  range: Range0;
  newText: string;
}
export interface FixSuggestion {
  title: string;
  edits: TextEdit0[];
}

/** A function the lenses may offer to run. */
export interface FunctionInfo {
  name: string;
  /** "outer.inner" or "Class.method" */
  qualifiedName: string;
  kind: 'function' | 'method' | 'nested';
  /** Range of the `def` line's name, and of the whole definition. */
  nameRange: Range0;
  range: Range0;
  /** Parameters without defaults (excluding self/cls, *args, **kwargs). */
  requiredParams: number;
  isAsync: boolean;
  /** Module-level names this function writes (candidates for the race check). */
  writesGlobals: string[];
  /** The shared state GIL001 flags inside it, as the findings name it ("self.total", "Stats.hits", "BOX[0]"). */
  writesState: string[];
  /** For a method: how it is called. "instance" needs an object of its class; static and class methods do not. */
  binding?: 'instance' | 'static' | 'class';
  /** For an instance method: required parameters of its class's own __init__ (0 when the class defines none). */
  instanceParams?: number;
  /** True when a finding of the analysis lies inside it. */
  hasRaceFinding: boolean;
}

/**
 * Node's options for the language server's process. A young generation larger than Node's default: an
 * analysis after each edit makes many short-lived objects, and with the default the scavenger ran often
 * enough to cost about a tenth of edit -> diagnostics (bench/lsp-latency.mjs: 46 -> 39-42 ms).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=64'];

/** What the extension tells the server at start-up. */
export interface ServerInitOptions {
  /** `vscode.env.uriScheme`: lets diagnostics link to walkthrough steps through GIL Lab's URI handler. */
  uriScheme?: string;
  /** An absolute directory where the server keeps analyses between sessions (see src/server/analysisCache.ts); none if absent. */
  cacheDir?: string;
}

/**
 * Custom LSP notification, server to client: the server ran its warm-up (parse and analysis of a
 * built-in module) while no document was open, so the first file opened is analysed by warm code.
 */
export const WARMED_UP_NOTIFICATION = 'gilLab/warmedUp';
export interface WarmedUpParams {
  rounds: number;
  ms: number;
}

/** Custom LSP request: the functions of an open document. */
export const FUNCTIONS_REQUEST = 'gilLab/functions';
export interface FunctionsParams {
  uri: string;
}
export interface FunctionsResult {
  /** Document version the list was computed for; null when the last parse failed and this is the last good list. */
  version: number | null;
  hasSyntaxError: boolean;
  functions: FunctionInfo[];
}
