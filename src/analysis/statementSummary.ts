/**
 * What one top-level statement of a module contributes to the race analysis, as plain data.
 *
 * Why: on each keystroke the language server re-analyses the file, and a 5,000-line module has more
 * than a thousand top-level statements of which one changed. A statement's summary depends only on
 * its own text, the module's imports and whether the module parsed (its root's type), so it is kept
 * while those stay the same (AnalysisMemo in raceAnalysis.ts), and the module-level
 * resolution (raceAnalysis.ts) works on these summaries instead of on the tree. Positions in a
 * summary are relative to the statement's start (see syntax.ts), so the summary of a function stays
 * valid when lines are typed above it.
 *
 * Two levels: `summarizeStatement` (definitions, what names are bound to, where threads start, who
 * calls whom) needs only the imports; `functionWrites` (the shared writes of one function that runs
 * in threads, with the locks around them) also asks the module about names (ModuleView), and is kept
 * with the answers it got until one of them changes.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { CODES, type FindingCode, type FixSuggestion, type Position0, type Range0 } from '../shared/analysis';
import {
  callArgs,
  CLASS_TYPES,
  constructorKind,
  constructorNeedle,
  dotted,
  enclosing,
  FLASK_APP_PROXY,
  FUNCTION_TYPES,
  assignedNames,
  importsModule,
  IDENTIFIER_ENTRIES,
  LIBRARY_THREADS,
  WEBSOCKET_THREAD,
  THREAD_BASES,
  escapeRegExp,
  isGetLock,
  LOCKISH,
  PLAIN_SELF_ATTRIBUTE,
  PARTIAL,
  POOL_METHODS,
  qualify,
  threadPoolKind,
  threadStartsHanded,
  range,
  relativeRange,
  REPEATING,
  walk,
  type Aliases,
  type StateKind,
  withItemValue,
} from './syntax';
import { TreeIndex } from './treeIndex';

// ---------------------------------------------------------------- the summary's shape

/** Calls that go through the container they are given, item by item: a loop in all but name. */
const DUMP_CALLS = ['json.dump', 'pickle.dump', 'pickle.dumps', 'copy.deepcopy'] as const;
export type DumpCall = (typeof DUMP_CALLS)[number];
const isDumpCall = (name: string | undefined): name is DumpCall => (DUMP_CALLS as readonly (string | undefined)[]).includes(name);

/** A callable expression, as far as one statement can tell; the module resolves it to a function key. */
export type CallableRef =
  | ({ t: 'name'; name: string; /** key of the function the expression is in */ scope: string | undefined; /** for a call: the names it passes, by position */ args?: ArgName[] } & CallSite)
  | ({
      t: 'method';
      attr: string;
      isSelf: boolean;
      /** for `self.attr`: the key of the class around it */ selfClass: string | undefined;
      /** for `obj.attr`: the name `obj` */ receiver?: string;
      /** for an object made where it is handed (`Callback=Progress(path)`): its class `Progress` */ ofClass?: string;
      args?: ArgName[];
    } & CallSite)
  | { t: 'partial'; inner: CallableRef; /** what the partial binds first */ args: ArgName[]; keyword: [string, string][] }
  | { t: 'lambda'; lambda: number };

/** Where a function's body calls another (only for the calls in `FunctionSummary.calls`). */
export interface CallSite {
  /** The call's line, relative to the statement. */
  line?: number;
  /** What the call holds: `with x:`, `x.acquire()` before it, `if x.acquire(…):`, innermost first. */
  held?: HeldLock[];
  /** Positions of the arguments that are names of the module (not parameters or locals of the caller). */
  globalArgs?: number[];
  /** An attribute of a name of the module passed as an argument (`ensure(app.cache)`): that name, by position. */
  globalAttrArgs?: [number, string][];
  /** Positions of the arguments that are attributes of `self` (`pick(self.waiting)`): one object wherever the caller's `self` is. */
  selfAttrArgs?: number[];
}

/** A lock-like expression held at a call: its dotted text, and whether it is a local of the caller (made anew per call). */
export interface HeldLock {
  name: string;
  local?: true;
}

/** A name passed as an argument (the same object wherever the call runs), or null for anything else. */
export type ArgName = string | null;

/** The objects a thread start hands to the code it runs, as names. */
export interface Passed {
  /** The site runs more than once (a loop or comprehension around it, or a pool's map): the same names reach each thread. */
  repeats: boolean;
  positional: ArgName[];
  keyword: [string, string][];
  /** Positions that get an object made anew for each thread (`object()`, a name bound to a call in the loop): equal to no other thread's. */
  fresh?: number[];
  /** Positions that get a number no other thread gets (`args=(k,)` in `for k in range(n)`): an index of the thread's own. */
  distinct?: number[];
  /** Functions and methods handed by position (`args=(c.incr, n)`): the target may call them on its thread. */
  callables?: [number, CallableRef][];
  /** Positions handed a number or string literal, with its text (`args=[0]`, then `args=[1]` at another start). */
  literals?: [number, string][];
  /**
   * Positions handed an item picked from a container made before the loop (`accounts[0]`, `random.choice(accounts)`,
   * `a, b = random.sample(accounts, 2)` in the loop): other rounds can pick the same item. Their name is the container's.
   */
  picked?: number[];
}

/** What a method's receiver is: a constructor call of a known kind, or a name bound elsewhere. */
export type ReceiverRef = { kind: StateKind | undefined } | { name: string } | undefined;

/** A call that may start a thread; whether it does can depend on what a name is bound to elsewhere. */
export type EntrySite = { site: Range0; line: number; passed?: Passed } & (
  | { t: 'direct'; how: string; targets: CallableRef[]; /** the caller or a library runs it on several threads at once, not one */ several?: true }
  /** `callback=` / `error_callback=` of a Pool's `*_async` call: run one at a time on the pool's result thread. */
  | { t: 'result-callback'; how: string; targets: CallableRef[] }
  | { t: 'run_in_executor'; executor: ReceiverRef | 'default'; targets: CallableRef[] }
  | { t: 'executor-method'; method: string; receiver: ReceiverRef; executorTargets: CallableRef[]; poolTargets: CallableRef[] }
);

/** A module-level effect of an assignment or `with … as`, in document order. */
export type Binding =
  | { t: 'global'; name: string; kind: StateKind; endLine: number; /** for `x = C(...)`: `C` */ ctor?: string; /** for `fn = task`: `task` */ alias?: string; /** in a block (`if __name__ == "__main__":`): no place to put a module-level lock after it */ nested?: true }
  | { t: 'executor'; name: string; kind: StateKind }
  | { t: 'lock-attr'; attr: string; semaphore: boolean; classes: string[]; /** assigned `nullcontext()` (or a choice of it): `with` it may hold nothing */ noLock?: true; /** handed in (`self._lock = lock`): maybe one lock for many objects */ handed?: true; /** with `handed`: the parameter it came from */ param?: string; /** with `handed`: named like no lock, only held by `with self.x:`; a lock only where every construction hands one */ unnamed?: true; /** made in the class body: one lock for every instance */ classBody?: true };

/** A local holding an item of `container`; through `via`, one that a module function returns from its argument at `index`. */
export type ItemLocal = [local: string, container: string, via?: { fn: string; index: number }];

export interface FunctionSummary {
  name: string;
  /** Undefined for a definition whose name did not parse. */
  nameRange: Range0 | undefined;
  range: Range0;
  requiredParams: { asFunction: number; asMethod: number };
  isAsync: boolean;
  /** From its decorators: @staticmethod and @classmethod (as a method, it needs no instance). */
  decoratedAs?: 'static' | 'class';
  /** `@app.route("/hits")`, `@router.get(...)`: the object the route is registered on, and the decorator's text. */
  route?: { on: string; text: string };
  /** Its other decorators by their dotted names (`@threaded`, `@multitasking.task`, `@sched.scheduled_job(…)`), as written. */
  decorators?: string[];
  globalsDeclared: string[];
  /** What the function's own body calls, for following calls from thread code. */
  calls: CallableRef[];
  /** For `__init__`: where a statement can go at the top of its body (after a docstring), for the lock fix. */
  bodyInsert?: InsertPoint;
  /** Its parameters' names, in order (self included; not *args, **kwargs). */
  params: string[];
  /** Locals bound to a new object (`box = Box()`): name, then the class called. */
  ctorLocals: [string, string][];
  /**
   * Locals that hold an item of a container the function does not make (`for acct in accounts`,
   * `acct = accounts[i]`, `acct = random.choice(accounts)`), with that container's name
   * (`accounts`, `self.accounts`): calls on them, and calls they are handed to, reach its items.
   */
  itemLocals?: ItemLocal[];
  /** The parameter (by index, `self` counted) whose items every `return` hands back (`return random.choice(accounts)`, `return a1, a2`). */
  returnsItemsOfParam?: number;
  /** Every name its body binds (assignments, loops, `with … as`), not those declared global. */
  locals: string[];
  /** A small function that only reads, or only stores, one piece of state (see Accessor). */
  accessor?: Accessor;
  /** The name it returns an item of (`for r in rooms: if …: return r.state`, `return rooms[i]`), where that name is not its own. */
  returnsItemOf?: string;
  /**
   * A helper that goes through what one parameter holds: writes it out or copies it (`def save(handlers, f):
   * pickle.dump(handlers, f)`: the call) or loops over it (`def show(table): for k in table:`). That
   * argument's position in a call of it (`self` not counted).
   */
  dumpsParam?: { call?: DumpCall; arg: number };
}

/**
 * A getter or a setter of one piece of state: `return store.get(key)` / `store[key] = value` for a
 * module global, `return self.balance` / `self.balance = amount` for an attribute of the instance.
 * A caller that reads through one and writes back through the other (`n = get("hits")` …
 * `put("hits", n + 1)`) does a read-modify-write in two steps. Parameter positions count the call's
 * arguments (a method's `self` is not one); `state` is the global's name or the attribute's.
 */
export type Accessor = { t: 'get'; state: string; keyParam?: number } | { t: 'set'; state: string; valueParam: number; keyParam?: number; /** it sleeps before it stores */ pauses?: true };

/** A line (relative to the statement) before which a statement can be inserted, with its indentation. */
export interface InsertPoint {
  line: number;
  indent: string;
}

export type Definition = { key: string; name: string; parent: string; parentIsClass: boolean } & (
  | { t: 'function'; fn: FunctionSummary }
  | {
      t: 'class';
      isThread: boolean;
      nameRange: Range0;
      /** Where a new method can go (after a docstring); undefined when the body shares the `class` line. */
      bodyInsert: InsertPoint | undefined;
      /** Where a new method can go: before the first method, else after the body. */
      methodInsert: InsertPoint | undefined;
      hasBases: boolean;
      /** Its base classes, qualified through the imports (`socketserver.StreamRequestHandler`, `Base`). */
      bases: string[];
      /** Decorated with `@dataclass`: it has a generated __init__ that a new one would replace. */
      isDataclass: boolean;
      /** Built on a dict, a mapping or a list (`typing.Mapping[str, V]` too): `self[k]` is its own item. */
      isContainer: boolean;
    }
);

export interface StatementSummary {
  /** Functions and classes with a name path, in document order. */
  definitions: Definition[];
  bindings: Binding[];
  entries: EntrySite[];
  /** Lambdas that entries name as thread targets, with what they call. */
  lambdas: { at: Position0; calls: CallableRef[] }[];
  /** Module-level calls of a name that pass names (`run_threads(worker, counter)`), for parameters that carry them. */
  topCalls: { name: string; args: ArgName[]; line: number }[];
  /** Shared writes per function run in threads, each with the module facts it rests on. */
  writes?: Map<string, { result: FunctionWrites; facts: ModuleFact[] }>;
}

/**
 * The module-wide facts that decide whether a write is shared and whether a `with` holds a lock,
 * asked one name at a time so the asker can note which facts a result rests on.
 */
export interface ModuleView {
  readonly aliases: Aliases;
  /** What a module global holds; undefined when the name is not one. */
  globalKind(name: string): StateKind | undefined;
  isClass(name: string): boolean;
  /** Does some class assign a lock (or semaphore) to this attribute? */
  isLockAttr(attr: string): boolean;
  /** Does some class assign a Semaphore(n > 1) to this attribute? */
  isSemaphoreAttr(attr: string): boolean;
  /** Does some class assign `nullcontext()` (or a choice of it and a lock) to this attribute? */
  mayHoldNoLock(attr: string): boolean;
  /** Is the name imported from a module of the same package (`from .models import products`): one object for the whole program? */
  isPackageObject(name: string): boolean;
  /**
   * `Class.attr`: is it a lock that a threading.Thread subclass makes for each of its objects while the
   * program starts several of them? Each thread then holds its own, and it excludes no other thread.
   */
  perThreadLock(classAttr: string): boolean;
  /** The Accessor that the module-level function `name` is, or (`method`) that every method of that name is. */
  accessor(name: string, method: boolean): Accessor | undefined;
  /** The module function (or, by name, every class's method of that name) that dumps a parameter (FunctionSummary.dumpsParam), as JSON. */
  dumper(name: string, method: boolean): string | undefined;
  /** Is every binding of the module-level name at the start of a line a container (`[]`, `{}`, `set()`), which `name += …` changes in place? */
  containerGlobal(name: string): boolean;
  /** The module-level name whose items the module-level function `name` returns (`find_room(rid)` → `rooms`). */
  returnsItemOf(name: string): string | undefined;
  /** `Class.attr`: the base class of the module, if any, whose body makes the container `attr` that Class inherits (`click = [...]` in a mixin). */
  inheritedContainer(classAttr: string): string | undefined;
}

/** One answer a ModuleView gave: the function's writes stay valid while every such answer holds. */
export type ModuleFact =
  | { ask: 'globalKind'; name: string; answer: StateKind | undefined }
  | { ask: 'isClass' | 'isLockAttr' | 'isSemaphoreAttr' | 'mayHoldNoLock' | 'isPackageObject' | 'perThreadLock' | 'containerGlobal'; name: string; answer: boolean }
  | { ask: 'returnsItemOf' | 'inheritedContainer'; name: string; answer: string | undefined }
  | { ask: 'accessor' | 'dumper'; name: string; method: boolean; /** the Accessor (or the dumpsParam) as JSON */ answer: string | undefined };

export interface SharedWrite {
  range: Range0;
  /** The statement to wrap in `with lock:`. */
  statement: Range0;
  subject: string;
  why: string;
  /** For an augmented assignment: its first line, for the message. */
  op?: string;
  /** A write back of a value read earlier into a local (`tmp = counter` … `counter = tmp + 1`). */
  readBack?: {
    readLine: number;
    readUnderLock: boolean;
    writeUnderLock: boolean;
    /** The local the read went into. */
    local: string;
    /** A call between the read and the write that makes the thread wait (`time.sleep(0.1)`). */
    wait?: { text: string; line: number };
    /** Written back through a setter (`put_value`): a lock around the two calls is advice, not a fix, as the accessors may take their own. */
    through?: string;
    /** That setter sleeps before it stores: the other threads run in between, on every interpreter. */
    throughPauses?: boolean;
    /** Not a value written back but a new empty container in its place: the old one was taken into `local`. */
    swap?: boolean;
    /** With `swap`: a count read and then set back to 0 (`rate = self.n` … `self.n = 0`). */
    reset?: boolean;
    /** With `swap`: not a new empty container but this local, filled in the loop over the old one (`for cb in self.cbs: … keep.append(cb)`, then `self.cbs = keep`). */
    rebuilt?: string;
    /** With `swap`: a copy taken and the container itself emptied (`list(self.pending)` … `self.pending.clear()`). */
    emptied?: boolean;
    /** With `emptied` or `reset`: the take and the clear (or reset) hold this lock together; a finding only where items are added (or the count raised) without it. */
    bothUnder?: string;
    /** With `bothUnder`: the line (0-based, of the module) of an add made without that lock. */
    addLine?: number;
    /** With `bothUnder` and `reset`: the other lock that add is made under, if any. */
    addLock?: string;
    /**
     * With `swap`: only the replacement holds this lock, and the taken container is gone through after it
     * (`batch = self.pending`, `with lock: self.pending = []`, then the loop): adds made under the same
     * lock land before the replacement, in the batch still to be gone through, or after it. A finding
     * only where items are added without it.
     */
    replaceUnder?: string;
    /** Not a read but the store of another attribute of the object (this subject), with a sleep before this one: the two set in two steps. */
    pair?: string;
  };
  /** Shared between an object's own thread and these methods, which code outside it calls: a lock only here would not cover them. */
  alsoChangedBy?: string[];
  /** `with self._lock: other._balance += n`: the lock held (`self._lock`), the one that guards the state (`other._lock`), and the method's own update under it (`self._balance`). */
  otherLock?: { held: string; theirs: string; own: string };
}

export interface LockMistake {
  code: FindingCode;
  range: Range0;
  message: string;
  subject: string;
  /** Worth saying only where several threads run the code (a `with` that guards no shared write, a lock left taken). */
  severalOnly?: true;
  fix?: FixSuggestion;
  /** Without a fix: statements a module-level lock should cover (the module's lock, else a new one named after `subject`). */
  guard?: { statements: Range0[]; subject: string };
  /** Said only where every call of the function passes one module global as each of these arguments, or every thread is handed the same (a file's path and its folder). */
  passed?: { index: number; name: string }[];
}

/** A test of shared state and a write that acts on its answer, with no lock over both (GIL004). */
export interface CheckThenAct {
  /** The test (`key not in cache`, `self.conn is None`, `not hasattr(C, "_instance")`). */
  range: Range0;
  /** Set by the race analysis: tested and set by an object's own thread alone, while these methods, called from outside it, change it too. */
  besideOwnThread?: string[];
  /** The `if` statement, to wrap in a lock. */
  statement: Range0;
  subject: string;
  why: string;
  /**
   * `present`: a test that an item is there, then its removal (`if x in l: l.remove(x)`, `if k in d: del d[k]`).
   * `head`: a test of the end item, then a take of that end (`while marks[0][0] < now: marks.pop(0)`).
   */
  kind: 'missing-key' | 'missing-member' | 'none' | 'hasattr' | 'size' | 'drain' | 'head' | 'queue' | 'present' | 'changed' | 'equals' | 'compared' | 'after-release' | 'before-lock' | 'spin' | 'iterate' | 'cleared' | 'present-read';
  /** Where the write is. */
  writeLine: number;
  /** The one-step call that replaces the whole `if`: `d.setdefault(k, v)` for `if k not in d: d[k] = v` with a plain v, `d.pop(k, None)` for `if k in d: del d[k]`, `s.discard(x)`. */
  setdefault?: string;
  /** For `if x not in s: s.add(x)` with more statements after the add: the add's last line, where the lock can end. */
  addEnd?: number;
  /** For a guard clause (`if x in s: return` … `s.add(x)`): other statements come between the test and the add. */
  workBetween?: boolean;
  /** `queue`: the take is a `get()` that waits with no timeout, so a thread that lost the race hangs. */
  waits?: boolean;
  /** `queue`: an `except Queue.Empty` around the take, after `from queue import Queue`: it catches nothing (AttributeError). */
  misnamedEmpty?: string;
  /** `after-release` and `before-lock`: the lock the update held; `iterate`: the lock held over the loop (changes made without it race it). */
  lock?: string;
  /** `after-release`: what reads the value once the lock is let go: the `return`, an `if`/`while` test, or a second `with` of the lock. */
  readUse?: 'return' | 'test' | 'relock' | 'report';
  /** `before-lock`: the statement that reads the value before the lock is taken. */
  readStatement?: Range0;
  /** `present`: the item removed is this parameter, which no other thread is handed. */
  ownItem?: string;
  /** `equals`: a flag tested and lowered (`if self.ready: self.ready = False`), claimed for the work after. */
  lowers?: true;
  /** `cleared`: the reference is not used but read again, into this local (`colour = self.colour`). */
  rereadInto?: string;
  /** `head`: the item was read into a local (`value = jobs[0]`), not tested, before the take: which end. */
  peeked?: '0' | '-1';
  /** `head`: the container is a heap (`heapq.heappop`), whose smallest item a push elsewhere can replace. */
  heap?: true;
  /** `spin`: the wait is on another item than the one raised (`while flag[other]: pass`, then `flag[me] = True`): not the thread's own slot alone. */
  othersItem?: true;
  /** `drain`: the take is in this method of the class, which the loop calls (`self.take_one()`). */
  takenIn?: string;
  /** `present-read`: the key comes from a copy of the keys the loop goes through (`for k in list(d):`), not from a test. */
  fromCopy?: true;
  /** The act is a locked read-modify-write after an unlocked test. */
  actLocked?: boolean;
  /**
   * `compared`: the test is a `while` loop's, and each round takes from what it tested (`while tickets > 0: … tickets -= 1`):
   * the test that leaves the loop (`tickets <= 0`, `not tickets`), for the advice.
   */
  loop?: string;
  /** `size`: the act takes an item (`if buf: buf.pop(0)`), so only another taker can empty what the test saw. */
  takes?: true;
  /** `iterate`: the container is a list that other thread code removes items from. */
  list?: true;
  /** With `iterate`: the container is a deque, which any change made during the loop breaks (RuntimeError). */
  deque?: true;
  /** With `iterate` and no lock over the loop: the lock the change at `writeLine` holds, which the loop does not take. */
  changeLock?: string;
  /** `iterate`: the loop is a call's that goes through the container (`json.dump(d, f)`, `pickle.dumps(d)`), not one written out: its name. */
  dumped?: DumpCall;
  /** The module's helper that goes through what it is handed (`self.dump_handlers`, `show`): with `dumped`, by that call; else by a loop. */
  dumpedThrough?: string;
  /** `iterate`: the loop goes through a live view of the container (`names = d.keys()`): its name. */
  view?: string;
  /** `iterate`: the loop goes by index, `for i in range(len(clients)):`. */
  byIndex?: true;
  /** `equals`: the test is of a local copy of the item (`last = d.get(k)`), made before a guard clause. */
  copiedItem?: true;
  /** `none`: what is stored is a new object (`Client()`), directly or through the local it was made in. */
  makesObject?: true;
  /** `none`: what is stored is what the function was handed (a parameter: `self.waiting = conn`). */
  storesGiven?: true;
  /** The test holds `lock`, and the act comes after letting it go: taken again (`relocked`) or not (`unlocked`). */
  split?: 'relocked' | 'unlocked';
  /** The locks the act holds where the test holds none (`if src.balance < n: return` … `with src.lock: src.balance -= n`). */
  actHeld?: string[];
  /**
   * The act stores `True`: `alone`, as all the `if` does (two threads that both pass store the same value,
   * and nothing else happens twice); `claims`, after a guard clause, before work it keeps to one thread:
   * a busy flag when other code clears it, else a latch; `once`, inside the `if` with work beside it
   * (`if not self.running: self.match = build(); self.running = True`): two threads that both pass both
   * do the work, cleared or not.
   */
  storesTrue?: 'alone' | 'claims' | 'once';
}

/**
 * Tests whose act may come after the test's lock is let go, as one more check-then-act (see
 * functionWrites). Not a missing key: `with lock: hit = k in memo` … `value = compute(k)` … `with lock:
 * memo[k] = value` is the cache that keeps its lock off the work on purpose (as `functools.lru_cache`
 * does), and a value computed twice is the same value. What the caller was handed (`players[name] =
 * conn`) is another matter: the later store drops the first caller's.
 */
const SPLIT_KINDS: ReadonlySet<CheckThenAct['kind']> = new Set(['missing-member', 'none', 'hasattr', 'size', 'present', 'equals', 'compared', 'changed']);

export interface FunctionWrites {
  writes: SharedWrite[];
  mistakes: LockMistake[];
  checks: CheckThenAct[];
  /** Read-modify-writes made under a lock (`with add_lock: self.total += n`), with the locks held: another update under other locks races it. */
  lockedUpdates: LockedUpdate[];
}

export interface LockedUpdate {
  range: Range0;
  subject: string;
  why: string;
  locks: string[];
}

// ---------------------------------------------------------------- summarizing a statement

/** boto3's managed S3 transfers, which run a progress `Callback=` on their worker threads. */
const BOTO3_TRANSFERS: ReadonlySet<string> = new Set(['upload_file', 'download_file', 'upload_fileobj', 'download_fileobj']);
/** A Gradio component's events, which run a handler (`submit` is left to executors). */
const GRADIO_EVENTS: ReadonlySet<string> = new Set(['click', 'change', 'input', 'select', 'upload', 'then', 'success', 'release', 'blur', 'focus', 'load']);
/** The last name of every callee that can start a thread: `threading.Thread`, `ex.submit`, `pool.imap`… */
/** Methods that hand a library a handler it calls on its own thread (see threadEntries): pigpio's and Phidget22's. */
const LIBRARY_HANDLER_SETTERS = /^(?:callback|setOn\w+Handler)$/;
const ENTRY_METHODS = new Set(['Thread', 'Timer', 'event_attach', 'to_thread', 'start_new_thread', '_start_new_thread', 'run_in_executor', 'submit', 'add_task', 'map', 'add_done_callback', 'on_event', 'add_event_detect', 'add_event_callback', ...BOTO3_TRANSFERS, 'subscribe', ...[...LIBRARY_THREADS.keys()].map((q) => q.slice(q.lastIndexOf('.') + 1)), ...POOL_METHODS]);

export const MQTT_THREAD = 'the paho-mqtt network thread';
export const APSCHEDULER_JOB = "the APScheduler job, run on the scheduler's thread pool";
/** The end of the `how` of a start told by the helper's name alone (see THREAD_HELPER). */
export const STARTS_BY_NAME = ', a thread start by its name,';
/** Helpers named for starting a thread on what they are handed: `create_thread`, `default_create_thread`, `spawn_thread`, `start_daemon_thread`, `run_in_thread`, `run_threads(n, worker)`, `runThreads`. */
const THREAD_HELPER = /^_*(?:(?:[a-z0-9]+_)*(?:create|start|spawn|launch|new|run_in|run|make)_(?:[a-z0-9]+_)?threads?|(?:create|start|spawn|launch|new|run|make)(?:[A-Z][a-z0-9]*)*Threads?)$/;
/** A module of the project named for threads (`utils.thread`, `core.threads`, `lib.threading_utils`), not the standard library's. */
const THREAD_MODULE = /^(?!threading$|_thread$|_threading_local$|concurrent\b|multiprocessing\b)(?:[\w.]*\.)?\w*thread\w*$/i;
/** A count of threads handed beside what they run: `THREADS`, `n_workers`, `args.threads`, `count`. */
const COUNT_WORD = /(?:^|[._])(?:n|num\w*|n_\w+|\w*count|threads?|workers?|thread_count|concurrency)$/i;
/** What such a module's function is named when it starts threads on a callable it is handed. */
const THREAD_MODULE_VERBS = /^(?:launch|start|spawn|run|go|fire|start_all|launch_all|run_all|create)$/;
/** `conf.threads`, `args.num_workers`, `self.count`: an attribute that names how many, handed to a thread helper beside what runs. */
/** A name for a span of time (`self.flush_interval`, `timeout`, `POLL_SECONDS`): a timer's first argument, not a callable. */
const INTERVAL_NAME = /(?:^|[._])\w*(?:interval|timeout|delay|period|seconds|secs|wait_time)$/i;
const COUNT_NAME = /\.\s*(?:n|num(?:_\w+)?|\w*count|threads?|\w*thread_num|workers?|\w*workers|concurrency|size|pool_size|max_\w+)$/i;
/**
 * Classes of other modules named for a thread or a timer that are handed a callable: `LoopThread(fn)`,
 * `RepeatTimer(60, self._report)`, a course library's `Thread(work, box)`. One thread per call, on it.
 */
const THREAD_CLASS = /^_*(?:[A-Z]\w*)?(?:Thread|Timer)$/;

/**
 * `class RepeatTimer(Timer)` of this module, with Timer's own constructor and a `run()` that calls
 * `self.function(…)` (the recipe that repeats it every interval): `RepeatTimer(5, flush)` runs `flush`
 * on the timer's thread, as `threading.Timer(5, flush)` does. Read from the module's text, so the
 * analysis adds these names to the key its statement summaries are kept under.
 */
export const timerClassesIn = lastTextMemo((text: string): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const header of text.matchAll(/^class\s+(\w+)\s*\(\s*(?:threading\s*\.\s*)?Timer\s*\)\s*:[^\n]*\n/gm)) {
    const rest = text.slice(header.index + header[0].length);
    const end = rest.search(/^(?=\S)/m);
    const body = end >= 0 ? rest.slice(0, end) : rest;
    if (/\bself\s*\.\s*function\s*\(/.test(body) && !/\bdef\s+__init__\s*\(/.test(body)) found.add(header[1]);
  }
  return found;
});

/** `read`, answering again without reading when asked of the same module text as last time (every statement of a module asks). */
function lastTextMemo<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = read(text);
      lastText = text;
    }
    return last;
  };
}

/** A hand-written thread pool of this module: the queues its workers call what they take from, and the functions that put a callable on one. */
export interface QueueDispatch {
  /** Queues by their last name (`self.tasks` → `tasks`): a worker takes an item and calls it (`fn, args, kw = self.tasks.get()`, then `fn(*args, **kw)`). */
  queues: ReadonlySet<string>;
  /** A function or method that puts one of its parameters on such a queue (`def add_task(self, func, *args)`): name → that parameter's position among the call's arguments, and its name. */
  dispatchers: ReadonlyMap<string, { index: number; param: string; method: boolean }>;
}

/**
 * The pool recipe (`Worker(Thread)` taking `func, args, kargs = self.tasks.get()` and calling `func`,
 * `ThreadPool.add_task(self, func, *args)` putting it there) and the plain one (`task = q.get(); task()`,
 * `q.put(fn)`): what is put runs on the workers' threads. Read from the module's text (the analysis
 * keys its kept statement summaries by the result); the cheap test first, as most modules have no such queue.
 */
export const queueDispatchIn = lastTextMemo((text: string): QueueDispatch => {
  const queues = new Set<string>();
  const dispatchers = new Map<string, { index: number; param: string; method: boolean }>();
  if (/\.\s*get(?:_nowait)?\s*\(/.test(text) && /\.\s*put(?:_nowait)?\s*\(/.test(text)) {
    for (const m of text.matchAll(/^([ \t]*)(\w+(?:[ \t]*,[ \t]*\w+)*)[ \t]*=[ \t]*(?:[\w.]+\.)?(\w+)[ \t]*\.[ \t]*get(?:_nowait)?[ \t]*\([^\n]*\n/gm)) {
      // The first name taken is called (`func(*args, **kargs)`, `print(f(*args))`, `res = task()`) in the lines that follow.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 600);
      const taken = m[2].split(',')[0].trim();
      if (!new RegExp(`(?<![\\w.])${taken}[ \\t]*\\((?![^\\n]*\\)[ \\t]*:)`).test(after)) continue;
      // Only a pool: the worker that takes is started several times (in a loop or a comprehension). One
      // worker thread that runs what it is handed runs it one call after another.
      const worker = definitionAround(text, m.index, m[1].length);
      if (worker && startedSeveralTimes(text, worker)) queues.add(m[3]);
    }
    if (queues.size > 0) {
      const defs = [...text.matchAll(/^([ \t]*)def[ \t]+(\w+)[ \t]*\(([^)]*)\)[^:\n]*:[^\n]*\n/gm)].map((def) => {
        const rest = text.slice(def.index + def[0].length);
        const end = rest.search(new RegExp(`^(?!${def[1]}[ \\t]|[ \\t]*$)`, 'm'));
        const params = def[3].split(',').map((p) => p.trim()).filter((p) => p !== '');
        const star = params.findIndex((p) => p.startsWith('*'));
        const plain = params.slice(0, star >= 0 ? star : params.length).map((p) => p.split(/[=:]/)[0].trim());
        const method = plain[0] === 'self' || plain[0] === 'cls';
        return { name: def[2], body: end >= 0 ? rest.slice(0, end) : rest, own: method ? plain.slice(1) : plain, method };
      });
      for (const { name, body, own, method } of defs) {
        for (const put of body.matchAll(/(?:[\w.]+\.)?(\w+)[ \t]*\.[ \t]*put(?:_nowait)?[ \t]*\([ \t]*\(?[ \t]*(\w+)/g)) {
          const index = own.indexOf(put[2]);
          if (queues.has(put[1]) && index >= 0) dispatchers.set(name, { index, param: put[2], method });
        }
      }
      // `def map(self, func, items): for a in items: self.add_task(func, a)`: a pool method that hands its parameter to one that queues it.
      for (let round = 0; round < 2; round++) {
        for (const { name, body, own, method } of defs) {
          if (dispatchers.has(name)) continue;
          for (const call of body.matchAll(/\b(\w+)[ \t]*\(([^()\n]*)\)/g)) {
            const via = dispatchers.get(call[1]);
            const arg = via && call[2].split(',')[via.index]?.trim();
            const index = arg ? own.indexOf(arg) : -1;
            if (index >= 0) dispatchers.set(name, { index, param: arg!, method });
          }
        }
      }
    }
  }
  return { queues, dispatchers };
});

/** The `def` (and, for a method, its class) around the line at `index` with this indentation. */
function definitionAround(text: string, index: number, indent: number): { def: string; cls?: string } | undefined {
  const before = text.slice(0, index).split('\n').reverse();
  let def: string | undefined;
  let defIndent = indent;
  for (const line of before) {
    const m = /^([ \t]*)(def|class)[ \t]+(\w+)/.exec(line);
    if (!m || m[1].length >= defIndent) continue;
    if (m[2] === 'def' && def === undefined) {
      def = m[3];
      defIndent = m[1].length;
    } else if (m[2] === 'class' && def !== undefined) return { def, cls: m[3] };
    else if (def !== undefined) return { def };
  }
  return def === undefined ? undefined : { def };
}

/** `for _ in range(n): Worker(self.tasks)`, `[Thread(target=worker, …) for _ in …]`: the worker's start repeated. */
function startedSeveralTimes(text: string, worker: { def: string; cls?: string }): boolean {
  const starts = [`target[ \\t]*=[ \\t]*(?:self[ \\t]*\\.[ \\t]*)?${worker.def}\\b`];
  if (worker.cls !== undefined && worker.def === 'run') starts.push(`\\b${worker.cls}[ \\t]*\\(`);
  return starts.some((start) => new RegExp(`^[ \\t]*for\\b[^\\n]*:(?:[^\\n]*\\n){0,4}?[^\\n]*${start}|\\[[^\\]]*${start}[^\\]]*\\bfor\\b`, 'm').test(text));
}

/** The part of the kept summaries' key that queueDispatchIn gives. */
export function queueDispatchKey(d: QueueDispatch): string {
  return `${[...d.queues].join(',')}\u0001${[...d.dispatchers].map(([name, { index, method }]) => `${name}:${index}:${method ? 'm' : 'f'}`).join(',')}`;
}

/** Libraries whose own thread calls the callbacks a program sets as attributes, by the module they are imported from. */
const CALLBACK_ATTRIBUTES: readonly { module: string; attributes: RegExp; how: string }[] = [
  { module: 'paho', attributes: /^on_(?:message|connect|disconnect|publish|subscribe|unsubscribe|log)$/, how: MQTT_THREAD },
  { module: 'websocket', attributes: /^on_(?:open|message|data|error|close|cont_message|ping|pong)$/, how: WEBSOCKET_THREAD },
  { module: 'gpiozero', attributes: /^when_(?:pressed|released|held|activated|deactivated|motion|no_motion|in_range|out_of_range|dark|light|line|no_line|changed|rotated|rotated_clockwise|rotated_counter_clockwise)$/, how: "gpiozero's event thread" },
];
/** A callee that is a plain (dotted) name, then its argument list: `Thread(`, `th.Thread (`, `ex.submit(`. */
const SIMPLE_CALLEE = /([A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*)[ \t]*\(/y;
const LOOP_TYPES: ReadonlySet<string> = new Set(['for_statement', 'while_statement']);

/** Anything with a start and an end in the text: a node, or a run of sibling statements. */
type Spanned = Pick<Node, 'startPosition' | 'endPosition'>;

/** One statement's nodes and their names, while a summary or its writes are computed. */
export class StatementScope {
  readonly index: TreeIndex;
  /** Function or class node id → its name path ("f", "C.m", "outer.inner"). */
  readonly keyOf = new Map<number, string>();
  readonly base: Position0;

  constructor(
    readonly statement: Node,
    readonly text: string,
    readonly aliases: Aliases,
  ) {
    this.index = new TreeIndex(statement);
    this.base = { line: statement.startPosition.row, character: statement.startPosition.column };
    for (const def of this.definitionNodes()) {
      const scope = this.index.scopeOf(def);
      const prefix = scope ? this.keyOf.get(scope.id) : '';
      if (prefix === undefined) continue; // inside a lambda: no name to reach it by
      const name = def.childForFieldName('name')?.text ?? '?';
      this.keyOf.set(def.id, prefix ? `${prefix}.${name}` : name);
    }
  }

  private definitions: Node[] | undefined;
  definitionNodes(): Node[] {
    return (this.definitions ??= this.index.ofTypes('function_definition', 'class_definition'));
  }

  rel(node: Spanned): Range0 {
    return relativeRange(range(node), this.base);
  }

  relLine(node: Node): number {
    return node.startPosition.row - this.base.line;
  }

  private classSpans: { node: Node; start: number; end: number }[] | undefined;
  /** The innermost class around a node of this statement, from the classes' byte spans (no climb through parents). */
  enclosingClass(node: Node): Node | undefined {
    const at = node.startIndex;
    let found: Node | undefined;
    // (In document order an inner class follows its outer one: the last class around `at` is the innermost.)
    for (const c of (this.classSpans ??= this.index.ofType('class_definition').map((n) => ({ node: n, start: n.startIndex, end: n.endIndex })))) {
      if (c.start > at) break;
      if (at < c.end && c.node.id !== node.id) found = c.node;
    }
    return found;
  }

  enclosingKey(node: Node, types: ReadonlySet<string>): string | undefined {
    const scope = enclosing(node, types);
    return scope ? this.keyOf.get(scope.id) : undefined;
  }
}

export function summarizeStatement(scope: StatementScope): StatementSummary {
  const { index, aliases } = scope;
  const summary: StatementSummary = { definitions: [], bindings: [], entries: [], lambdas: [], topCalls: [] };

  const definitionNodes = scope.definitionNodes();
  for (const [i, def] of definitionNodes.entries()) {
    const key = scope.keyOf.get(def.id);
    if (key === undefined) continue;
    const parentNode = index.scopeOf(def);
    const parent = parentNode ? (scope.keyOf.get(parentNode.id) ?? '') : '';
    const name = def.childForFieldName('name')?.text ?? '?';
    const common = { key, name, parent, parentIsClass: parentNode?.type === 'class_definition' };
    if (def.type === 'function_definition') {
      // (Its body is read later, in the tree the statement is in then: the same text, so the same definition by its place.)
      const locate = (): [StatementScope, Node] => {
        const now = currentScope.get(summary)?.() ?? scope;
        return now === scope ? [scope, def] : [now, now.definitionNodes()[i]];
      };
      summary.definitions.push({ ...common, t: 'function', fn: summarizeFunction(scope, def, key, locate) });
    } else {
      const bases = (def.childForFieldName('superclasses')?.namedChildren ?? []).flatMap((b) => qualify(aliases, b ? dotted(b) : undefined) ?? []);
      const nameNode = def.childForFieldName('name') ?? def;
      const decorators = def.parent?.type === 'decorated_definition' ? def.parent.namedChildren.filter((d) => d?.type === 'decorator') : [];
      summary.definitions.push({
        ...common,
        t: 'class',
        isThread: bases.some((b) => THREAD_BASES.has(b)),
        nameRange: scope.rel(nameNode),
        bodyInsert: bodyInsertPoint(scope, def),
        methodInsert: methodInsertPoint(scope, def),
        hasBases: (def.childForFieldName('superclasses')?.namedChildren.length ?? 0) > 0,
        bases,
        isDataclass: decorators.some((d) => /^@\s*(?:dataclasses\s*\.\s*)?dataclass\b/.test(d?.text ?? '')),
        isContainer: builtOnContainer(def),
      });
    }
  }

  // What names hold: module globals, executors bound anywhere, lock attributes of classes. Inside
  // functions only an assignment that constructs one of these matters, and its text names it.
  const constructs = constructorNeedle(aliases);
  for (const node of index.ofTypes('assignment', 'with_item')) {
    const mainWith = node.type === 'with_item' && !index.scopeOf(node) && node.parent?.parent?.parent?.type === 'module';
    if ((node.type === 'with_item' ? !mainWith : index.scopeOf(node)) && !constructs.test(node.text)) continue;
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const kind = constructorKind(aliases, node.childForFieldName('right'));
      // Module-level code in an `if __name__ == "__main__":`, `try` or `with` block binds globals too
      // (not a loop's body: what a main loop resets each round is no new kind of object).
      const inBlock = node.parent?.parent?.type === 'block' && /^(?:if_statement|else_clause|elif_clause|try_statement|except_clause|finally_clause|with_statement)$/.test(node.parent.parent.parent?.type ?? '');
      const isModuleLevel = !index.scopeOf(node) && node.parent?.type === 'expression_statement' && (node.parent.parent?.type === 'module' || inBlock);
      // `limit, seen = 10, set()` at module level: globals too, each with its value's kind.
      if (isModuleLevel && left?.type !== 'identifier') {
        for (const [name, value] of assignedNames(node)) summary.bindings.push({ t: 'global', name: name.text, kind: constructorKind(aliases, value) ?? 'value', endLine: node.endPosition.row - scope.base.line, ...(inBlock && { nested: true as const }) });
      }
      if (left?.type === 'identifier') {
        const right = node.childForFieldName('right');
        const ctor = right?.type === 'call' ? dotted(right.childForFieldName('function')) : undefined;
        const alias = right?.type === 'identifier' ? right.text : undefined;
        // (`fn = task` under `if __name__ == "__main__":` names a function for the module too.)
        if (isModuleLevel || (alias && !index.scopeOf(node))) summary.bindings.push({ t: 'global', name: left.text, kind: kind ?? 'value', endLine: node.endPosition.row - scope.base.line, ...(ctor && { ctor }), ...(alias && { alias }), ...(inBlock && { nested: true as const }) });
        if (kind && (kind.endsWith('executor') || kind === 'thread-pool')) summary.bindings.push({ t: 'executor', name: left.text, kind });
        // A lock in a class body (`_lock = threading.Lock()`) is a lock attribute of that class.
        const owner = index.scopeOf(node);
        const ownerKey = owner?.type === 'class_definition' ? scope.keyOf.get(owner.id) : undefined;
        if (ownerKey !== undefined && (kind === 'lock' || kind === 'semaphore-n' || kind === 'no-lock')) summary.bindings.push({ t: 'lock-attr', attr: left.text, semaphore: kind === 'semaphore-n', classes: [ownerKey], classBody: true, ...(kind === 'no-lock' && { noLock: true as const }) });
      } else if (left?.type === 'attribute' && kind) {
        const attr = left.childForFieldName('attribute')?.text;
        if (attr && (kind === 'lock' || kind === 'semaphore-n' || kind === 'no-lock')) {
          const classes: string[] = [];
          for (let s = index.scopeOf(node); s; s = index.scopeOf(s)) {
            const key = s.type === 'class_definition' ? scope.keyOf.get(s.id) : undefined;
            if (key !== undefined) classes.push(key);
          }
          summary.bindings.push({ t: 'lock-attr', attr, semaphore: kind === 'semaphore-n', classes, ...(kind === 'no-lock' && { noLock: true as const }) });
        }
        if (attr && (kind.endsWith('executor') || kind === 'thread-pool')) summary.bindings.push({ t: 'executor', name: `self.${attr}`, kind });
      }
    } else {
      const value = node.childForFieldName('value');
      if (value?.type === 'as_pattern') {
        const made = value.namedChildren[0] ?? null;
        const kind = constructorKind(aliases, made);
        const alias = (value.childForFieldName('alias')?.text ?? value.namedChildren[value.namedChildCount - 1]?.text)?.replace(/^as\s+/, '');
        if (kind && alias) summary.bindings.push({ t: 'executor', name: alias, kind });
        // `with Camera() as camera:` around the main program: a module global for the code it runs.
        if (!kind && alias && /^[A-Za-z_]\w*$/.test(alias) && mainWith) {
          const ctor = made?.type === 'call' ? dotted(made.childForFieldName('function')) : undefined;
          summary.bindings.push({ t: 'global', name: alias, kind: 'value', endLine: node.endPosition.row - scope.base.line, nested: true, ...(ctor && { ctor }) });
        }
      }
    }
  }

  // `self.tpool = self.get_thread_pool()`, where that method returns `ThreadPoolExecutor(…)`: an executor too.
  const factories = new Map<string, StateKind>();
  for (const fn of index.ofType('function_definition')) {
    if (!/\breturn\b/.test(fn.text) || !constructs.test(fn.text)) continue;
    for (const r of fn.descendantsOfType('return_statement')) {
      const kind = constructorKind(aliases, r?.namedChildren[0] ?? null);
      const name = fn.childForFieldName('name')?.text;
      if (name !== undefined && kind && (kind.endsWith('executor') || kind === 'thread-pool')) factories.set(name, kind);
    }
  }
  if (factories.size > 0) {
    for (const node of index.ofType('assignment')) {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const made = right?.type === 'call' ? right.childForFieldName('function') : undefined;
      const kind = made?.type === 'attribute' && made.childForFieldName('object')?.text === 'self' ? factories.get(made.childForFieldName('attribute')?.text ?? '') : undefined;
      if (kind && left?.type === 'attribute' && left.childForFieldName('object')?.text === 'self') summary.bindings.push({ t: 'executor', name: `self.${left.childForFieldName('attribute')!.text}`, kind });
    }
  }

  // `self._lock = lock`, a lock handed to `__init__` (`if lock is None: lock = threading.Lock()`): a lock
  // attribute; so is `self.sem = sem` (raceAnalysis tells a semaphore from what the constructions hand it).
  for (const node of index.ofType('assignment')) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const attr = left?.type === 'attribute' && left.childForFieldName('object')?.text === 'self' ? left.childForFieldName('attribute')?.text : undefined;
    // (Or named like no lock, `self.l = l`, where the class holds it in a `with self.l:`: raceAnalysis then asks what the constructions hand it.)
    const named = attr !== undefined && (LOCKISH.test(attr) || /sem/i.test(attr));
    const fn = attr !== undefined && right?.type === 'identifier' ? index.scopeOf(node) : undefined;
    const cls = fn?.type === 'function_definition' ? index.scopeOf(fn) : undefined;
    const key = cls?.type === 'class_definition' ? scope.keyOf.get(cls.id) : undefined;
    const unnamed = !named && key !== undefined && new RegExp(`\\bwith\\s+self\\s*\\.\\s*${attr}\\s*:`).test(cls!.text);
    if (key !== undefined && (named || unnamed) && paramNames(fn!).includes(right!.text)) summary.bindings.push({ t: 'lock-attr', attr: attr!, semaphore: false, classes: [key], handed: true, param: right!.text, ...(unnamed && { unnamed: true as const }) });
  }

  summary.entries = threadEntries(scope, summary);
  // Callbacks a library's own thread calls, set as attributes: `client.on_message = handle` (paho's
  // network thread, once `client.loop_start()` started it: raceAnalysis keeps these only where the
  // module calls loop_start), `button.when_pressed = spin` (gpiozero's event thread).
  const callbackLibraries = CALLBACK_ATTRIBUTES.filter(({ module }) => [...aliases.values()].some((q) => q.startsWith(module)));
  if (callbackLibraries.length > 0) {
    for (const node of index.ofType('assignment')) {
      const left = node.childForFieldName('left');
      const attr = left?.type === 'attribute' ? left.childForFieldName('attribute')?.text : undefined;
      const library = attr !== undefined ? callbackLibraries.find(({ attributes }) => attributes.test(attr)) : undefined;
      const ref = library ? callableRef(scope, node.childForFieldName('right'), summary) : undefined;
      if (ref) summary.entries.push({ site: scope.rel(node), line: scope.relLine(node), passed: { repeats: false, positional: [], keyword: [] }, t: 'direct', how: library!.how, targets: [ref] });
    }
  }
  for (const call of index.ofType('call')) {
    if (index.scopeOf(call)) continue;
    const fnNode = call.childForFieldName('function');
    if (fnNode?.type !== 'identifier') continue;
    const args = argNames(call);
    // Calls that pass names (to follow parameters), and calls made as statements (`work()` on the main thread).
    if (args.some((a) => a !== null) || call.parent?.type === 'expression_statement') summary.topCalls.push({ name: fnNode.text, args, line: scope.relLine(call) });
  }
  return summary;
}

/** `range(len(xs))`, `range(0, len(xs))`: the `xs` (a name or an attribute) whose length bounds it. */
function lengthOf(args: Node[]): Node | undefined {
  const bound = args.length === 1 ? args[0] : args.length === 2 && args[0].text === '0' ? args[1] : undefined;
  const f = bound?.type === 'call' ? bound.childForFieldName('function') : undefined;
  const [arg, ...rest] = f?.type === 'identifier' && f.text === 'len' ? callArgs(bound!).positional : [];
  return arg && rest.length === 0 && (arg.type === 'identifier' || arg.type === 'attribute') ? arg : undefined;
}

/**
 * The names a call passes by position: a plain name, or a new object of a class named for one
 * (`hammer(Meter())`: `new:Meter`, which no variable can be called); null for anything else.
 */
function argNames(call: Node, positional = callArgs(call).positional): ArgName[] {
  return positional.map((a) => {
    if (a.type === 'identifier') return a.text;
    const made = a.type === 'call' ? a.childForFieldName('function') : null;
    return made?.type === 'identifier' && /^[A-Z]/.test(made.text) ? `${NEW_OBJECT}${made.text}` : null;
  });
}

/** A key that is the running thread's own identity: no two threads at once have the same one. */
const THREAD_IDENTITY_KEY = /^(?:[\w.]*\bcurrent_thread\s*\(\s*\)\s*\.\s*(?:name|ident|native_id)|[\w.]*\b(?:get_ident|get_native_id)\s*\(\s*\))$/;

/** Is `name` a local that `fn` binds, once, to the running thread's identity (`me = threading.current_thread().name`)? */
function identityLocal(fn: Node, name: string): boolean {
  const binds = [...fn.text.matchAll(new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]*)?=(?!=)\\s*(.+?)\\s*$`, 'gm'))];
  return binds.length === 1 && THREAD_IDENTITY_KEY.test(binds[0][1]);
}

/** How argNames writes a new object of a class passed straight to a call. */
export const NEW_OBJECT = 'new:';

/** Parameter names in order: plain, typed and defaulted ones (not *args, **kwargs), of a `def` or a `lambda`. */
export function paramNames(fn: Node): string[] {
  const out: string[] = [];
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p) continue;
    if (p.type === 'identifier') out.push(p.text);
    else if (p.type === 'typed_parameter' || p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      const id = p.childForFieldName('name') ?? p.namedChildren[0];
      if (id?.type === 'identifier') out.push(id.text);
    }
  }
  return out;
}

/** Parameters without defaults (not *args, **kwargs), called as a function and as a method (less self/cls). */
function requiredParams(fn: Node): FunctionSummary['requiredParams'] {
  let asFunction = 0;
  let firstCounts = false;
  let first = true;
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p) continue;
    const plainParam = p.type === 'identifier' || p.type === 'typed_parameter';
    const counts = plainParam && !(p.type === 'typed_parameter' && p.namedChildren[0]?.type !== 'identifier');
    if (counts) asFunction++;
    if (first) firstCounts = plainParam && counts;
    first = false;
  }
  return { asFunction, asMethod: asFunction - (firstCounts ? 1 : 0) };
}

/**
 * Where a statement can be inserted at the top of a function's or class's body, after its docstring:
 * the first other statement's line and indentation, or the line after the docstring. Undefined when
 * the body starts on the definition's own line (`def f(): pass`).
 */
function bodyInsertPoint(scope: StatementScope, def: Node): InsertPoint | undefined {
  const body = def.childForFieldName('body');
  if (!body || body.startPosition.row === def.startPosition.row) return undefined;
  const statements = body.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
  const first = statements[0];
  if (!first) return undefined;
  const isDocstring = first.type === 'expression_statement' && first.namedChildren[0]?.type === 'string';
  const indent = scope.text.slice(scope.text.lastIndexOf('\n', first.startIndex) + 1, first.startIndex);
  if (/\S/.test(indent)) return undefined; // shares its line with something else
  if (!isDocstring) return { line: scope.relLine(first), indent };
  const next = statements[1];
  if (next && next.startPosition.row > first.endPosition.row) return { line: scope.relLine(next), indent };
  if (next) return undefined;
  return { line: first.endPosition.row + 1 - scope.base.line, indent };
}

/** Before a class's first method (or the decorators on it), else after its last statement. */
function methodInsertPoint(scope: StatementScope, cls: Node): InsertPoint | undefined {
  const top = bodyInsertPoint(scope, cls);
  if (!top) return undefined;
  const statements = cls.childForFieldName('body')?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
  const method = statements.find((n) => n.type === 'function_definition' || n.type === 'decorated_definition');
  if (method) {
    const before = scope.text.slice(scope.text.lastIndexOf('\n', method.startIndex) + 1, method.startIndex);
    return /\S/.test(before) ? undefined : { line: scope.relLine(method), indent: top.indent };
  }
  const last = statements[statements.length - 1];
  return last ? { line: last.endPosition.row + 1 - scope.base.line, indent: top.indent } : top;
}

/**
 * For a call `table[key](…)`, the functions of the dict literal this function binds `table` to; for
 * `self.handlers[cmd](…)`, of the one its class binds `self.handlers` to (`{"JOIN": self._joined}`).
 */
function dispatchedFunctions(own: readonly Node[], call: Node): Node[] {
  const f = call.childForFieldName('function');
  const table = f?.type === 'subscript' ? f.childForFieldName('value') : undefined;
  const selfTable = table?.type === 'attribute' && table.childForFieldName('object')?.text === 'self';
  if (table?.type !== 'identifier' && !selfTable) return [];
  const cls = selfTable ? enclosing(call, CLASS_TYPES) : undefined;
  if (selfTable && !cls) return [];
  for (const n of cls ? cls.descendantsOfType('assignment').filter((a): a is Node => !!a) : own) {
    if (n.type !== 'assignment' || n.childForFieldName('left')?.text.replace(/\s+/g, '') !== table!.text.replace(/\s+/g, '')) continue;
    const dict = n.childForFieldName('right');
    if (dict?.type !== 'dictionary') continue;
    return dict.namedChildren.flatMap((pair) => {
      const v = pair?.type === 'pair' ? pair.childForFieldName('value') : undefined;
      return v && (v.type === 'identifier' || v.type === 'attribute') ? [v] : [];
    });
  }
  return [];
}

/**
 * For `handler = getattr(self, f"handle_{command}", None)` … `handler(params)` (or `getattr(self, "do_" + verb)(…)`):
 * the names of the methods of the class around it that the name can make, those that start with the literal prefix.
 * (A command dispatcher: every such method runs where the dispatcher runs.)
 */
function methodsDispatchedByName(scope: StatementScope, own: readonly Node[], call: Node): string[] {
  const f = call.childForFieldName('function');
  let made: Node | null | undefined = f?.type === 'call' ? f : undefined;
  if (f?.type === 'identifier') {
    for (const n of own) {
      if (n.type !== 'assignment' || n.childForFieldName('left')?.text !== f.text) continue;
      const right = n.childForFieldName('right');
      if (right?.type === 'call') made = right;
    }
  }
  if (!made || made.childForFieldName('function')?.text !== 'getattr') return [];
  const [obj, name] = callArgs(made).positional;
  if (obj?.text !== 'self' || !name) return [];
  // The literal start of the name: `f"handle_{cmd}"`, `"do_" + verb`, `"on_%s" % event`, `"cmd_{}".format(x)`.
  const literal = name.type === 'binary_operator' ? name.childForFieldName('left') : name.type === 'call' && name.childForFieldName('function')?.type === 'attribute' ? name.childForFieldName('function')!.childForFieldName('object') : name;
  const prefix = literal?.type === 'string' ? /^[rRbBuUfF]*(['"])([A-Za-z_]\w*?_)(?:\{|%|$|\1)/.exec(literal.text)?.[2] : undefined;
  if (!prefix || (literal === name && !/^[fF]/.test(literal!.text))) return [];
  const cls = scope.enclosingClass(call);
  const body = cls?.childForFieldName('body');
  if (!body) return [];
  const out: string[] = [];
  for (const d of body.namedChildren) {
    const def = d?.type === 'decorated_definition' ? d.childForFieldName('definition') : d;
    const method = def?.type === 'function_definition' ? def.childForFieldName('name')?.text : undefined;
    if (method && method.startsWith(prefix) && method.length > prefix.length) out.push(method);
  }
  return out;
}

/** What a function's body holds beyond its header: its calls and locals, and what they make it (see FunctionSummary). */
type BodyFacts = Pick<FunctionSummary, 'calls' | 'ctorLocals' | 'itemLocals' | 'returnsItemsOfParam' | 'locals' | 'accessor' | 'returnsItemOf' | 'dumpsParam'>;

/**
 * A function's summary: its header at once, its body's facts on first use. Most functions of a big
 * module never run on a thread and are never asked about (the stdlib's: about a quarter of the
 * analysis was spent summarising them). A summary kept past its tree (the server's memo) reads the
 * body in the tree its statement is in then (see bindSummary).
 */
function summarizeFunction(scope: StatementScope, fn: Node, key: string, locate: () => [StatementScope, Node]): FunctionSummary {
  const params = paramNames(fn);
  // (Its `global` names at once: the lenses list them for every function.)
  const globalsDeclared = new Set<string>();
  for (const n of scope.index.ownNodes(fn)) if (scope.index.typeOf(n) === 'global_statement') for (const id of n.namedChildren) if (id) globalsDeclared.add(id.text);
  const name = fn.childForFieldName('name');
  const decorated = decoratedAs(fn);
  return new LazyFunctionSummary(
    {
      name: name?.text ?? '?',
      nameRange: name ? scope.rel(name) : undefined,
      range: scope.rel(fn),
      requiredParams: requiredParams(fn),
      isAsync: scope.text.startsWith('async', fn.startIndex),
      decoratedAs: decorated.decoratedAs,
      route: decorated.route,
      decorators: decorated.decorators,
      bodyInsert: name?.text === '__init__' ? bodyInsertPoint(scope, fn) : undefined,
      params,
      globalsDeclared: [...globalsDeclared],
    },
    () => bodyFacts(...locate(), key, params, globalsDeclared),
  );
}

type FunctionHeader = Omit<FunctionSummary, keyof BodyFacts>;

/**
 * A function's summary whose body facts are computed on first use. A class, not an object literal
 * with getters: its getters are the prototype's, one function for every summary, which the
 * analysis's hot loops can inline (literal getters are a new closure per object).
 */
class LazyFunctionSummary implements FunctionSummary {
  readonly name: string;
  readonly nameRange: Range0 | undefined;
  readonly range: Range0;
  readonly requiredParams: FunctionSummary['requiredParams'];
  readonly isAsync: boolean;
  readonly decoratedAs: FunctionSummary['decoratedAs'];
  readonly route: FunctionSummary['route'];
  readonly decorators: FunctionSummary['decorators'];
  readonly bodyInsert: InsertPoint | undefined;
  readonly params: string[];
  readonly globalsDeclared: string[];
  private body: BodyFacts | undefined;

  constructor(
    header: FunctionHeader,
    private compute: (() => BodyFacts) | undefined,
  ) {
    this.name = header.name;
    this.nameRange = header.nameRange;
    this.range = header.range;
    this.requiredParams = header.requiredParams;
    this.isAsync = header.isAsync;
    this.decoratedAs = header.decoratedAs;
    this.route = header.route;
    this.decorators = header.decorators;
    this.bodyInsert = header.bodyInsert;
    this.params = header.params;
    this.globalsDeclared = header.globalsDeclared;
  }

  private facts(): BodyFacts {
    if (!this.body) {
      this.body = this.compute!();
      this.compute = undefined; // (what it closed over, the tree's nodes, can go)
    }
    return this.body;
  }

  get calls(): CallableRef[] {
    return this.facts().calls;
  }
  get ctorLocals(): [string, string][] {
    return this.facts().ctorLocals;
  }
  get itemLocals(): ItemLocal[] | undefined {
    return this.facts().itemLocals;
  }
  get returnsItemsOfParam(): number | undefined {
    return this.facts().returnsItemsOfParam;
  }
  get locals(): string[] {
    return this.facts().locals;
  }
  get accessor(): Accessor | undefined {
    return this.facts().accessor;
  }
  get returnsItemOf(): string | undefined {
    return this.facts().returnsItemOf;
  }
  get dumpsParam(): FunctionSummary['dumpsParam'] {
    return this.facts().dumpsParam;
  }
}

/** Where each summary's statement is in the tree being analysed: a summary kept by a memo outlives the tree it was made in. */
const currentScope = new WeakMap<StatementSummary, () => StatementScope>();

/** Says where the statement that `summary` summarises is now, for the function bodies it reads later (see summarizeFunction). */
export function bindSummary(summary: StatementSummary, scopeNow: () => StatementScope): void {
  currentScope.set(summary, scopeNow);
}

function bodyFacts(scope: StatementScope, fn: Node, key: string, params: string[], globalsDeclared: ReadonlySet<string>): BodyFacts {
  const own = scope.index.ownNodes(fn);
  const calls: CallableRef[] = [];
  const ctorLocals: [string, string][] = [];
  let itemLocals: ItemLocal[] | undefined;
  const locals = new Set<string>();
  /** Where a lock-like expression is held, by text offsets: `with` bodies, acquire() to release(). */
  const regions: { start: number; end: number; name: string }[] = [];
  const callNodes: [Extract<CallableRef, { t: 'name' | 'method' }>, Node][] = [];
  const typeOf = (n: Node) => scope.index.typeOf(n);
  const fnText = fn.text;
  const dispatchesByName = /\bgetattr\s*\(\s*self\s*,/.test(fnText);
  for (const n of own) {
    const type = typeOf(n);
    if (type === 'call') {
      // `funcs[kind](data, conn)` with `funcs = {"subscribe": subscribe, …}` in this function: a call of each of them.
      for (const f of dispatchedFunctions(own, n)) {
        const ref = callableRef(scope, f, undefined, key);
        if (ref?.t === 'name' || ref?.t === 'method') {
          const call = withArgs(ref, n);
          if (call.t === 'name' || call.t === 'method') {
            call.line = n.startPosition.row - scope.base.line;
            callNodes.push([call, n]); // (for the locks held around it)
          }
          calls.push(call);
        }
      }
      const dispatcher = dispatchesByName ? methodsDispatchedByName(scope, own, n) : [];
      if (dispatcher.length > 0) {
        const selfClass = scope.keyOf.get(scope.enclosingClass(n)!.id);
        for (const attr of dispatcher) {
          const call: CallableRef = { t: 'method', attr, isSelf: true, selfClass, line: n.startPosition.row - scope.base.line };
          callNodes.push([call, n]);
          calls.push(call);
        }
        continue;
      }
      const ref = callableRef(scope, n.childForFieldName('function'), undefined, key);
      if (ref) {
        const call = withArgs(ref, n);
        if (call.t === 'name' || call.t === 'method') {
          call.line = n.startPosition.row - scope.base.line;
          callNodes.push([call, n]);
          // (`acquireReceiver(n, 'acquire') === HAND_LOCK`, read off the reference: a hand-written helper's name.)
          if ((call.t === 'method' && (call.attr === 'acquire' || call.attr === 'lock')) || HAND_ACQUIRE.test(call.t === 'name' ? call.name : call.isSelf ? call.attr : '')) acquireRegion(n, regions);
        }
        calls.push(call);
      }
    }
    if (type === 'assignment' || type === 'for_statement') {
      for (const item of itemBindings(scope, n)) (itemLocals ??= []).push(item);
    }
    if (type === 'assignment') {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      const callee = right?.type === 'call' ? right.childForFieldName('function') : undefined;
      // (`q = queue.Queue()` too: made here, each call's own.)
      if (left?.type === 'identifier' && (callee?.type === 'identifier' || callee?.type === 'attribute')) ctorLocals.push([left.text, callee.text.replace(/\s+/g, '')]);
      for (const [name] of assignedNames(n)) if (!globalsDeclared.has(name.text)) locals.add(name.text);
    } else if (type === 'augmented_assignment' || type === 'for_statement') {
      const left = n.childForFieldName('left');
      if (left?.type === 'identifier' && !globalsDeclared.has(left.text)) locals.add(left.text);
    } else if (type === 'with_item') {
      const value = withItemValue(n);
      const v = value?.type === 'as_pattern' ? value.namedChildren[0] : value;
      const alias = value?.type === 'as_pattern' ? value.childForFieldName('alias') : undefined;
      if (alias) locals.add(alias.text.replace(/^as\s+/, ''));
      const body = n.parent?.parent?.type === 'with_statement' ? n.parent.parent.childForFieldName('body') : undefined;
      // `with self.locks[key]:` holds one lock of a table of locks (a lock per key).
      const table = v?.type === 'subscript' ? dotted(v.childForFieldName('value')) : undefined;
      const held = v && v.type !== 'call' ? (dotted(v) ?? (table !== undefined && LOCKISH.test(table) ? `${table}[…]` : undefined)) : undefined;
      if (body && held) regions.push({ start: body.startIndex, end: body.endIndex, name: held });
    }
  }
  for (const [call, n] of callNodes) {
    const held = regions.filter((r) => r.start <= n.startIndex && n.endIndex <= r.end);
    // (A local lock handed to a call, such as the start of a thread, is shared with what it is handed to.)
    const handed = (name: string) => new RegExp(`[(,=]\\s*${name}\\s*[,)]`).test(fnText);
    if (held.length > 0) call.held = held.map(({ name }) => (!name.includes('.') && locals.has(name) && !params.includes(name) && !handed(name) ? { name, local: true } : { name }));
    const globalArgs = (call.args ?? []).flatMap((a, i) => (a !== null && !locals.has(a) && !params.includes(a) ? [i] : []));
    if (globalArgs.length > 0) call.globalArgs = globalArgs;
    if (call.globalAttrArgs) {
      const attrs = call.globalAttrArgs.filter(([, name]) => !locals.has(name) && !params.includes(name));
      if (attrs.length > 0) call.globalAttrArgs = attrs;
      else delete call.globalAttrArgs;
    }
  }
  return {
    calls,
    ctorLocals,
    ...(itemLocals && { itemLocals: itemLocals.filter(([, c]) => !locals.has(c) || params.includes(c)) }),
    ...returnsItemsOfParam(scope, fn, params, itemLocals),
    locals: [...locals],
    ...accessorOf(fn, own, params, globalsDeclared, locals),
    ...returnedItemOf(fn, params, locals),
    ...dumpedParamOf(own, params),
  };
}

/** `pickle.dump(handlers, file)` on a parameter the function does not bind again: a helper that goes through what its caller hands it. */
function dumpedParamOf(own: readonly Node[], params: string[]): Pick<FunctionSummary, 'dumpsParam'> {
  const self = params[0] === 'self' || params[0] === 'cls' ? 1 : 0;
  const param = (n: Node | null | undefined) => {
    const index = n?.type === 'identifier' ? params.indexOf(n.text) : -1;
    return index >= self && !own.some((a) => a.type === 'assignment' && a.childForFieldName('left')?.text === n!.text) ? index - self : undefined;
  };
  for (const n of own) {
    // (Not under a lock the helper takes itself: that one guards its loop.)
    if ((n.type !== 'call' && n.type !== 'for_statement' && n.type !== 'for_in_clause') || heldAt(n)) continue;
    const called = n.type === 'call' ? dotted(n.childForFieldName('function')) : undefined;
    const dumped = isDumpCall(called) ? param(callArgs(n).positional[0]) : undefined;
    if (dumped !== undefined) return { dumpsParam: { call: called as DumpCall, arg: dumped } };
    // (`for k in table:`, `for k, v in table.items():`, `[… for k in table]`.)
    let over = n.type === 'for_statement' || n.type === 'for_in_clause' ? n.childForFieldName('right') : undefined;
    if (over?.type === 'call' && /^\w+\s*\.\s*(?:items|keys|values)$/.test(over.childForFieldName('function')?.text ?? '') && callArgs(over).positional.length === 0) over = over.childForFieldName('function')!.childForFieldName('object');
    const looped = over ? param(over) : undefined;
    if (looped !== undefined) return { dumpsParam: { arg: looped } };
  }
  return {};
}

/** Whether some `return name` (or `return name.attr`) returns a name that a `for` in the text binds. */
function returnsLoopVariable(text: string): boolean {
  if (!/\breturn\s+\w/.test(text)) return false;
  const bound = new Set(Array.from(text.matchAll(/\bfor\s+(\w+)\s+in\b/g), (m) => m[1]));
  if (bound.size === 0) return false;
  for (const m of text.matchAll(/\breturn\s+(\w+)(?:\s*\.\s*\w+)*[ \t]*(?:#.*)?$/gm)) if (bound.has(m[1])) return true;
  return false;
}

/** The one outside name whose items (or their attributes) every `return` with a value hands back (see FunctionSummary.returnsItemOf). */
function returnedItemOf(fn: Node, params: readonly string[], locals: ReadonlySet<string>): Pick<FunctionSummary, 'returnsItemOf'> {
  // (Returns are not indexed: looked for only where the text returns a subscript, `return rooms[k]`, or
  // a name that a `for` binds, `for r in rooms: … return r.name`.)
  const text = fn.text;
  if (!/\breturn\s+[\w.]+\s*\[/.test(text) && !returnsLoopVariable(text)) return {};
  const outside = (n: Node | null | undefined): n is Node => n?.type === 'identifier' && !params.includes(n.text) && !locals.has(n.text);
  let found: string | undefined;
  for (const r of fn.descendantsOfType('return_statement')) {
    if (!r || enclosing(r, FUNCTION_TYPES)?.id !== fn.id) continue;
    let value: Node | null = r.namedChildren[0] ?? null;
    if (!value || value.type === 'none') continue;
    while (value?.type === 'attribute') value = value.childForFieldName('object');
    let of: string | undefined;
    if (value?.type === 'subscript' && outside(value.childForFieldName('value'))) of = value.childForFieldName('value')!.text;
    else if (value?.type === 'identifier') {
      // `for r in rooms:` around it, over a name that is not the function's own.
      for (let p = r.parent; p && p.type !== 'function_definition'; p = p.parent) {
        if (p.type === 'for_statement' && p.childForFieldName('left')?.text === value.text && outside(p.childForFieldName('right'))) of = p.childForFieldName('right')!.text;
      }
    }
    if (of === undefined || (found !== undefined && found !== of)) return {};
    found = of;
  }
  return found !== undefined ? { returnsItemOf: found } : {};
}

/** Statements an accessor may hold besides its read or its store: a docstring, `global`, a test, a `with`. */
const ACCESSOR_SIZE = 6;
/** Longer functions are not looked at as accessors (a cheap test before walking their statements). */
const ACCESSOR_TEXT = 600;

/** The statements of a block, with those inside its `if`/`elif`/`else` and `with` blocks, up to `limit` (else undefined). */
function flatStatements(block: Node | null, limit: number, out: Node[] = []): Node[] | undefined {
  for (const st of block?.namedChildren ?? []) {
    if (!st || st.type === 'comment') continue;
    if (out.push(st) > limit) return undefined;
    const inner = st.type === 'if_statement' || st.type === 'with_statement' ? st.namedChildren : [];
    for (const c of inner) {
      const body = c?.type === 'block' ? c : c?.type === 'elif_clause' || c?.type === 'else_clause' ? c.childForFieldName('consequence') ?? c.childForFieldName('body') : undefined;
      if (body && !flatStatements(body, limit, out)) return undefined;
    }
  }
  return out;
}

/** The Accessor a function is, if it is one (see the type). */
function accessorOf(fn: Node, own: readonly Node[], params: string[], globalsDeclared: ReadonlySet<string>, locals: Set<string>): Pick<FunctionSummary, 'accessor'> {
  // (A pause is allowed: `time.sleep(0.001)` before the store, as simulations of a slow write do.)
  if (fn.endIndex - fn.startIndex > ACCESSOR_TEXT || own.some((n) => n.type === 'call' && n.parent?.type === 'expression_statement' && !/^(?:time\s*\.\s*)?sleep$/.test(n.childForFieldName('function')?.text ?? ''))) return {};
  const statements = flatStatements(fn.childForFieldName('body'), ACCESSOR_SIZE);
  if (!statements) return {};
  const cls = enclosing(fn, CLASS_TYPES);
  const isMethod = !!cls && enclosing(fn, FUNCTION_TYPES) === undefined && !decoratedAs(fn).decoratedAs;
  const offset = isMethod ? 1 : 0;
  const argIndex = (name: string | undefined) => {
    const i = name === undefined ? -1 : params.indexOf(name);
    return i >= offset ? i - offset : undefined;
  };
  /** `store` (a global this function does not bind), `self.balance`, with its key: a parameter's position, or a literal. */
  const stateOf = (n: Node | null | undefined): { state: string; keyParam?: number } | undefined => {
    if (!n) return undefined;
    if (n.type === 'identifier') return !isMethod && !params.includes(n.text) && (globalsDeclared.has(n.text) || !locals.has(n.text)) ? { state: n.text } : undefined;
    if (n.type === 'attribute') {
      const obj = n.childForFieldName('object');
      const attr = n.childForFieldName('attribute');
      return isMethod && obj?.text === params[0] && attr ? { state: attr.text } : undefined;
    }
    const keyed = (container: Node | null, key: Node | null | undefined) => {
      const base = stateOf(container);
      if (!base || base.keyParam !== undefined || !key) return undefined;
      const keyParam = argIndex(key.type === 'identifier' ? key.text : undefined);
      if (keyParam !== undefined) return { state: base.state, keyParam };
      return key.type === 'string' || key.type === 'integer' ? { state: `${base.state}[${key.text}]` } : undefined;
    };
    if (n.type === 'subscript') return keyed(n.childForFieldName('value'), n.childForFieldName('subscript'));
    if (n.type === 'call') {
      // `store.get(key)`, `store.get(key, 0)`
      const f = n.childForFieldName('function');
      if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'get') return undefined;
      return keyed(f.childForFieldName('object'), callArgs(n).positional[0]);
    }
    return undefined;
  };
  const same = (a: { state: string; keyParam?: number }, b: { state: string; keyParam?: number }) => a.state === b.state && a.keyParam === b.keyParam;
  const stores = own.filter((n) => n.type === 'assignment' || n.type === 'augmented_assignment');
  const returns = statements.filter((n) => n.type === 'return_statement');
  // `value = self.balance` … `return value`: a getter that holds its read in a local (often to pause before it returns).
  const held = new Map<string, { state: string; keyParam?: number }>();
  for (const st of stores) {
    const left = st.childForFieldName('left');
    const read = st.type === 'assignment' && left?.type === 'identifier' && locals.has(left.text) && !globalsDeclared.has(left.text) && !held.has(left.text) ? stateOf(st.childForFieldName('right')) : undefined;
    if (!read) break;
    held.set(left!.text, read);
  }
  if (stores.length === 0 || held.size === stores.length) {
    // A getter: every return gives the state, or a constant (`return None` when the key is missing).
    let read: { state: string; keyParam?: number } | undefined;
    for (const r of returns) {
      const value = r.namedChildren[0];
      if (!value || value.type === 'none' || value.type === 'integer' || value.type === 'string' || value.type === 'true' || value.type === 'false') continue;
      const s = value.type === 'identifier' && held.has(value.text) ? held.get(value.text) : stateOf(value);
      if (!s || (read && !same(read, s))) return {};
      read = s;
    }
    return read ? { accessor: { t: 'get', ...read } } : {};
  }
  // A setter: one plain store of a parameter, and no value returned.
  if (stores.length !== 1 || stores[0].type !== 'assignment' || returns.some((r) => r.namedChildren.length > 0)) return {};
  const target = stateOf(stores[0].childForFieldName('left'));
  const value = stores[0].childForFieldName('right');
  const valueParam = argIndex(value?.type === 'identifier' ? value.text : undefined);
  if (!target || valueParam === undefined) return {};
  // A module global rebound needs `global`; an item of one does not.
  const base = target.state.replace(/\[.*$/, '');
  if (!isMethod && stores[0].childForFieldName('left')?.type === 'identifier' && !globalsDeclared.has(base)) return {};
  const pauses = own.some((n) => n.type === 'call' && n.parent?.type === 'expression_statement');
  return { accessor: { t: 'set', ...target, valueParam, ...(pauses && { pauses: true as const }) } };
}

/** A web framework's route decorator: `@NAME.route(` (Flask) or `@NAME.get(` and the other verbs (Flask 2, FastAPI); Dash's `@app.callback(` and `@callback(`; CherryPy's `@cherrypy.expose`. */
const ROUTE_DECORATOR = /^@\s*(?:([A-Za-z_]\w*)\s*\.\s*(?:(?:route|get|post|put|patch|delete|api_route|on|message_handler|callback_query_handler|inline_handler|edited_message_handler|channel_post_handler|callback)\s*\(|(?:before_request|after_request|teardown_request|event|register_function|expose)\b)|(callback)\s*\()/;

function decoratedAs(fn: Node): Pick<FunctionSummary, 'decoratedAs' | 'route' | 'decorators'> {
  const decorated = fn.parent;
  if (decorated?.type !== 'decorated_definition') return {};
  const out: Pick<FunctionSummary, 'decoratedAs' | 'route' | 'decorators'> = {};
  for (const d of decorated.namedChildren) {
    if (d?.type !== 'decorator') continue;
    const name = d.text.replace(/^@\s*/, '').replace(/\s+/g, '');
    if (name === 'staticmethod' || name === 'builtins.staticmethod') out.decoratedAs = 'static';
    if (name === 'classmethod' || name === 'builtins.classmethod') out.decoratedAs = 'class';
    const route = ROUTE_DECORATOR.exec(d.text);
    if (route && !out.route) out.route = { on: route[1] ?? route[2], text: d.text.replace(/\s+/g, ' ').slice(0, 60) };
    // (A decorator called with arguments, `@sched.scheduled_job("interval", seconds=5)`, by what it calls.)
    else if (!/^(?:builtins\.)?(?:staticmethod|classmethod)$/.test(name) && /^[A-Za-z_][\w.]*(?:\(|$)/.test(name)) (out.decorators ??= []).push(name.replace(/\(.*$/s, ''));
  }
  return out;
}

/** A called function's reference with the names the call passes (only when it passes any). */
function withArgs(ref: CallableRef, call: Node): CallableRef {
  if (ref.t !== 'name' && ref.t !== 'method') return ref;
  const { positional } = callArgs(call);
  const args = argNames(call, positional);
  // (`app.cache`: the object's name, kept aside; summarizeFunction keeps it where it is the module's.)
  const attrs = positional.flatMap((a, i): [number, string][] => {
    const obj = a.type === 'attribute' ? a.childForFieldName('object') : null;
    return obj?.type === 'identifier' && obj.text !== 'self' && obj.text !== 'cls' ? [[i, obj.text]] : [];
  });
  const selfAttrs = positional.flatMap((a, i) => (a.type === 'attribute' && a.childForFieldName('object')?.text === 'self' ? [i] : []));
  const named = args.some((a) => a !== null);
  return named || attrs.length > 0 || selfAttrs.length > 0 ? { ...ref, ...(named && { args }), ...(attrs.length > 0 && { globalAttrArgs: attrs }), ...(selfAttrs.length > 0 && { selfAttrArgs: selfAttrs }) } : ref;
}

/**
 * What function a callable expression names: `f`, `self.m`, `obj.m`, `lambda: ...`, `partial(f, ...)`.
 * Lambdas are kept (in `summary.lambdas`) only where a summary is given: thread targets, not calls.
 */
function callableRef(scope: StatementScope, expr: Node | null | undefined, summary: StatementSummary | undefined, fnKey?: string): CallableRef | undefined {
  if (!expr) return undefined;
  if (expr.type === 'identifier') return { t: 'name', name: expr.text, scope: fnKey ?? scope.enclosingKey(expr, FUNCTION_TYPES) };
  if (expr.type === 'attribute') {
    const attr = expr.childForFieldName('attribute')?.text;
    if (!attr) return undefined;
    const object = expr.childForFieldName('object');
    const isSelf = object?.text === 'self';
    const cls = isSelf ? scope.enclosingClass(expr) : undefined;
    const selfClass = cls ? scope.keyOf.get(cls.id) : undefined;
    // `self.barber.add_customer()`: the receiver `self.barber`, an object a Thread subclass may be handed.
    const selfAttr = object?.type === 'attribute' && object.childForFieldName('object')?.text === 'self' && object.childForFieldName('attribute') ? `self.${object.childForFieldName('attribute')!.text}` : undefined;
    // `Crawler(n).crawl`, `jobs.Worker(q).run`: a method of a new object of that class (by its capital, a class).
    const made = object?.type === 'call' ? object.childForFieldName('function') : undefined;
    const ofClass = made && (made.type === 'identifier' || made.type === 'attribute') && /^(?:\w+\.)*[A-Z]\w*$/.test(dotted(made) ?? '') ? dotted(made) : undefined;
    return { t: 'method', attr, isSelf, selfClass, ...(!isSelf && object?.type === 'identifier' && { receiver: object.text }), ...(selfAttr !== undefined && { receiver: selfAttr }), ...(ofClass !== undefined && { ofClass }) };
  }
  if (expr.type === 'lambda') {
    if (!summary) return undefined;
    const calls: CallableRef[] = [];
    for (const call of scope.index.within('call', expr)) {
      const ref = callableRef(scope, call.childForFieldName('function'), undefined);
      if (ref) calls.push(withArgs(ref, call));
    }
    summary.lambdas.push({ at: relativeRange(range(expr), scope.base).start, calls });
    return { t: 'lambda', lambda: summary.lambdas.length - 1 };
  }
  if (expr.type === 'call' && qualify(scope.aliases, dotted(expr.childForFieldName('function'))) === PARTIAL) {
    const { positional, keyword } = callArgs(expr);
    const inner = callableRef(scope, positional[0], summary);
    const names = (nodes: Node[]) => nodes.map((a) => (a.type === 'identifier' ? a.text : null));
    return inner && { t: 'partial', inner, args: names(positional.slice(1)), keyword: [...keyword].flatMap(([k, v]) => (v.type === 'identifier' ? [[k, v.text] as [string, string]] : [])) };
  }
  return undefined;
}

function receiverRef(scope: StatementScope, receiver: Node | null): ReceiverRef {
  if (!receiver) return undefined;
  if (receiver.type === 'call' && receiver.childForFieldName('function')?.text === 'super') return { kind: superKind(scope, receiver) };
  if (receiver.type === 'call') return { kind: constructorKind(scope.aliases, receiver) };
  const name = dotted(receiver);
  return name ? { name } : undefined;
}

/**
 * `super().submit(execute)` in `class Pool(ThreadPoolExecutor)`: the base class's method, so the kind of
 * pool the class derives from (its first base that makes one).
 */
function superKind(scope: StatementScope, call: Node): StateKind | undefined {
  const cls = enclosing(call, CLASS_TYPES);
  for (const base of cls?.childForFieldName('superclasses')?.namedChildren ?? []) {
    const q = qualify(scope.aliases, dotted(base));
    const kind = q && threadPoolKind(q);
    if (kind) return kind;
  }
  return undefined;
}

/** `for f in (a, b): Thread(target=f)`: the loop variable stands for each listed callable; `a if c else b` for both. */
function loopValues(expr: Node | undefined, scope?: StatementScope): Node[] {
  if (!expr) return [];
  if (expr.type === 'parenthesized_expression') return loopValues(expr.namedChildren[0] ?? undefined, scope);
  // `target=up if c == "u" else down`: either may run.
  if (expr.type === 'conditional_expression') return [expr.namedChildren[0], expr.namedChildren[2]].flatMap((n) => loopValues(n ?? undefined, scope));
  if (expr.type !== 'identifier') return [expr];
  for (let p = expr.parent; p; p = p.parent) {
    if (p.type === 'function_definition') break;
    if (p.type !== 'for_statement' && p.type !== 'for_in_clause') continue;
    // `for target in (…)`, or `for name, target in [("a", self.a), …]`: the items, or that part of each.
    const left = p.childForFieldName('left');
    const whole = left?.text === expr.text;
    const part = !whole && (left?.type === 'pattern_list' || left?.type === 'tuple_pattern') ? left.namedChildren.findIndex((n) => n?.text === expr.text) : -1;
    if (!whole && part < 0) continue;
    let right = p.childForFieldName('right');
    // (`threads = [(…), …]` just before, in the same function: the one list it was bound to.)
    if (right?.type === 'identifier' && scope) {
      const fn = enclosing(p, FUNCTION_TYPES);
      const name = right.text;
      const bound = (fn ? scope.index.ownNodes(fn) : scope.index.ofType('assignment')).filter((a) => a.type === 'assignment' && a.childForFieldName('left')?.text === name);
      if (bound.length === 1 && bound[0].startIndex < p.startIndex) right = bound[0].childForFieldName('right');
    }
    if (!right || (right.type !== 'tuple' && right.type !== 'list')) break;
    const items = right.namedChildren.filter((n): n is Node => !!n);
    if (whole) return items;
    return items.flatMap((item) => (item.type === 'tuple' || item.type === 'list' ? (item.namedChildren[part] ?? []) : []));
  }
  return [expr];
}

/** A loop variable that goes through a literal list of different callables, in the one loop around the start: each runs once. */
function eachItemOnce(expr: Node | undefined, scope: StatementScope): boolean {
  if (expr?.type !== 'identifier') return false;
  const values = loopValues(expr, scope);
  if (values.length < 2 || values[0] === expr || new Set(values.map((v) => v.text.replace(/\s+/g, ''))).size !== values.length) return false;
  let loops = 0;
  for (let p = expr.parent; p && p.type !== 'function_definition'; p = p.parent) if (REPEATING.has(p.type)) loops++;
  return loops === 1;
}

/**
 * `checks = {"web": self.check_web, "socket": self.check_socket}` … `pool.map(checks[kind], items)`:
 * a dispatch table of the same function, bound once; any of its callables may be the one run.
 */
function dispatchedFrom(scope: StatementScope, expr: Node): Node[] {
  const table = expr.type === 'subscript' ? expr.childForFieldName('value') : undefined;
  if (table?.type !== 'identifier') return [];
  const fn = enclosing(expr, FUNCTION_TYPES);
  const assignments = (fn ? scope.index.ownNodes(fn) : scope.index.ofType('assignment')).filter((a) => a.type === 'assignment' && a.childForFieldName('left')?.text === table.text);
  const value = assignments.length === 1 ? assignments[0].childForFieldName('right') : undefined;
  if (value?.type === 'dictionary') return value.namedChildren.flatMap((p) => (p?.type === 'pair' && p.childForFieldName('value') ? [p.childForFieldName('value')!] : []));
  if (value?.type === 'list' || value?.type === 'tuple') return value.namedChildren.filter((n): n is Node => !!n);
  return [];
}

/**
 * `cb = partial(f, total)` (or `cb = task`) … `target=cb`: what a local name of the same function is
 * bound to. Bound several times (`fn = count`, then `fn = partial(count_into, d)` on another path),
 * each callable it may hold; empty when it is not a name bound to callables.
 */
function callablesBoundTo(scope: StatementScope, expr: Node): Node[] {
  if (expr.type !== 'identifier') return [];
  const fn = enclosing(expr, FUNCTION_TYPES);
  const assignments = (fn ? scope.index.ownNodes(fn) : scope.index.ofType('assignment')).filter((a) => a.type === 'assignment' && a.childForFieldName('left')?.text === expr.text);
  const isPartial = (v: Node | null): v is Node => v?.type === 'call' && qualify(scope.aliases, dotted(v.childForFieldName('function'))) === PARTIAL;
  const values = assignments.map((a) => a.childForFieldName('right'));
  if (values.length === 1) {
    const value = values[0];
    // `fn = task` inside the function: the name it copies (a module-level one is followed by the module).
    if (value?.type === 'identifier' && fn) return [value];
    return isPartial(value) ? [value] : [];
  }
  return values.every((v) => v?.type === 'identifier' || isPartial(v)) ? (values as Node[]) : [];
}


/**
 * The container an expression picks an item from, when any round of a loop can pick the same one:
 * `random.choice(accounts)`, `random.sample(accounts, 2)`, `accounts[0]` or `accounts[random.randrange(n)]`
 * (not `accounts[i]` with the round's own index `i`).
 */
function pickedContainer(n: Node, distinctNames: ReadonlySet<string>): string | undefined {
  if (n.type === 'subscript') {
    const value = n.childForFieldName('value');
    const index = n.childForFieldName('subscript');
    if (value?.type !== 'identifier' || !index || index.type === 'slice') return undefined;
    const words = index.text.match(/[A-Za-z_]\w*/g) ?? [];
    return words.some((w) => distinctNames.has(w)) || (index.type === 'identifier' && !/^[A-Z_0-9]+$/.test(index.text)) ? undefined : value.text;
  }
  if (n.type !== 'call') return undefined;
  const fn = n.childForFieldName('function')?.text.replace(/\s+/g, '');
  const first = n.childForFieldName('arguments')?.namedChildren[0];
  return fn !== undefined && /^(?:random\.|secrets\.)?(?:choice|sample)$/.test(fn) && first?.type === 'identifier' ? first.text : undefined;
}

/**
 * What a thread start hands over: the names in its argument tuple and keyword dict (an `args` name is
 * followed to the tuple assigned to it), whether the site runs more than once, and which of those
 * names its loops rebind each round (those are not one object shared by the threads).
 */
function passedObjects(site: Node, positional: (Node | undefined)[], keyword: [string, Node | undefined][], alwaysRepeats: boolean): Passed {
  const loopNames = new Set<string>();
  const madeInLoop = new Set<string>();
  const distinctNames = new Set<string>();
  /** Names the loop binds to an item picked from a container (`src = random.choice(accounts)`): the container's name. */
  const pickedFrom = new Map<string, string>();
  let repeats = alwaysRepeats;
  // Only the innermost repetition makes a name its own per thread: `counter = [0]` in an outer loop
  // is one object for all the threads an inner loop starts with it (and for all of a pool's calls).
  let innermost = !alwaysRepeats;
  for (let p = site.parent; p && p.type !== 'function_definition'; p = p.parent) {
    if (!REPEATING.has(p.type)) continue;
    repeats = true;
    if (!innermost) continue;
    innermost = false;
    const clauses = p.type === 'for_statement' ? [p] : p.namedChildren.filter((c): c is Node => c?.type === 'for_in_clause');
    for (const c of clauses) for (const id of walk(c.childForFieldName('left') ?? c)) if (id.type === 'identifier') loopNames.add(id.text);
    // `for k in range(n)` and `for k, x in enumerate(xs)`: each round's `k` is a number no other round has.
    for (const c of clauses) {
      const over = c.childForFieldName('right');
      const left = c.childForFieldName('left');
      const callee = over?.type === 'call' ? over.childForFieldName('function')?.text : undefined;
      const index = callee === 'range' ? left : callee === 'enumerate' && (left?.type === 'pattern_list' || left?.type === 'tuple_pattern') ? left.namedChildren[0] : undefined;
      if (index?.type === 'identifier') distinctNames.add(index.text);
    }
    // A name bound in the loop's body (`lock = Lock()` before the start) is a new object each round too.
    const body = p.type === 'for_statement' || p.type === 'while_statement' ? p.childForFieldName('body') : undefined;
    // `player_id += 1` once a round, in the body itself: a number no other round has.
    for (const s of body?.namedChildren ?? []) {
      const step = s?.type === 'expression_statement' ? s.namedChildren[0] : undefined;
      const left = step?.type === 'augmented_assignment' && step.childForFieldName('operator')?.text === '+=' && step.childForFieldName('right')?.type === 'integer' && step.childForFieldName('right')?.text !== '0' ? step.childForFieldName('left') : undefined;
      if (left?.type === 'identifier') distinctNames.add(left.text);
    }
    // (Unless the round hands it to two starts or more: `acct = Account(); Thread(args=(acct,))` twice shares this round's object.)
    const startsAfter = (st: Node, id: string) => threadStartsHanded((body?.namedChildren ?? []).filter((o) => !!o && o.startIndex > st.endIndex), id).length;
    for (const s of body?.namedChildren ?? []) {
      if (!s || s.startIndex >= site.startIndex) break;
      const assignment = s.type === 'expression_statement' && s.namedChildren[0]?.type === 'assignment' ? s.namedChildren[0] : undefined;
      if (assignment?.childForFieldName('left')?.type === 'identifier' && startsAfter(s, assignment.childForFieldName('left')!.text) > 1) continue;
      const left = assignment?.childForFieldName('left');
      // (`(name, url) = item`: each name unpacked takes this round's value too.)
      if (left?.type === 'identifier') loopNames.add(left.text);
      else if (left && /^(?:pattern_list|tuple_pattern|list_pattern)$/.test(left.type)) for (const id of walk(left)) if (id.type === 'identifier' && /pattern/.test(id.parent?.type ?? '')) loopNames.add(id.text);
      // `start = k * size`, then `end = start + size`: worked out from the round's own number only, arithmetic: the round's own too (a block of rows).
      const right = assignment?.childForFieldName('right');
      if (left?.type === 'identifier' && right && right.type !== 'call' && !right.descendantsOfType('call').length && /^[\w\s+\-*/%()]+$/.test(right.text)) {
        const words = right.text.match(/[A-Za-z_]\w*/g) ?? [];
        if (words.some((w) => distinctNames.has(w))) distinctNames.add(left.text);
      }
      // `src = random.choice(accounts)`, `a, b = random.sample(accounts, 2)`, `src = accounts[0]`: an item of a container
      // every round picks from, which another round can pick again (not a new object).
      const from = right ? pickedContainer(right, distinctNames) : undefined;
      if (from !== undefined && !loopNames.has(from) && left) {
        for (const id of walk(left)) if (id.type === 'identifier' && (id.id === left.id || /pattern/.test(id.parent?.type ?? ''))) pickedFrom.set(id.text, from);
        continue;
      }
      // `conn, addr = server.accept()`, `job = Job()`: a new object each round, equal to no other thread's.
      if (assignment?.childForFieldName('right')?.type === 'call') for (const id of walk(left ?? assignment)) if (id.type === 'identifier') (loopNames.add(id.text), madeInLoop.add(id.text));
    }
  }
  // (Picks matter only where the site runs more than once: each round's pick may be another's.)
  const pickOf = (n: Node | undefined): string | undefined => {
    if (!repeats || !n) return undefined;
    if (n.type === 'identifier') return pickedFrom.get(n.text);
    const from = pickedContainer(n, distinctNames);
    return from !== undefined && !loopNames.has(from) ? from : undefined;
  };
  const name = (n: Node | undefined): ArgName => pickOf(n) ?? (n?.type === 'identifier' && !loopNames.has(n.text) ? n.text : null);
  const out: Passed = { repeats, positional: positional.map(name), keyword: [] };
  const picked = positional.flatMap((n, i) => (pickOf(n) !== undefined ? [i] : []));
  if (picked.length > 0) out.picked = picked;
  // `args=(conn,)` after `conn, addr = s.accept()` in the loop, or `args=(object(),)`: each thread's own object.
  // So is what the starting function was handed, when it starts one thread a call (`def add(self, conn,
  // player): … Thread(target=self.handle, args=(conn, player))`): each caller hands its own client.
  let starter: Node | null = site.parent;
  while (starter && starter.type !== 'function_definition') starter = starter.parent;
  const handedToStarter = new Set(repeats || !starter ? [] : [...walk(starter.childForFieldName('parameters') ?? starter)].filter((id) => id.type === 'identifier' && id.parent?.type !== 'default_parameter' && id.text !== 'self' && id.text !== 'cls').map((id) => id.text));
  const fresh = positional.flatMap((n, i) => (n && !picked.includes(i) && (n.type === 'call' || (n.type === 'identifier' && (madeInLoop.has(n.text) || handedToStarter.has(n.text)))) ? [i] : []));
  if (fresh.length > 0) out.fresh = fresh;
  const distinct = positional.flatMap((n, i) => (n?.type === 'identifier' && distinctNames.has(n.text) ? [i] : []));
  if (distinct.length > 0) out.distinct = distinct;
  const literals = positional.flatMap((n, i): [number, string][] => (n && (n.type === 'integer' || n.type === 'string') ? [[i, n.text]] : []));
  if (literals.length > 0) out.literals = literals;
  for (const [k, v] of keyword) {
    const n = name(v);
    if (n) out.keyword.push([k, n]);
  }
  return out;
}

/** The items of an `args=` value: a tuple or list, or a name assigned one earlier in the same scope. */
function sequenceItems(scope: StatementScope, expr: Node | undefined, site: Node): Node[] {
  if (!expr) return [];
  // (`args=([row])`: the list in parentheses.)
  if (expr.type === 'parenthesized_expression' && expr.namedChildCount === 1) return sequenceItems(scope, expr.namedChildren[0] ?? undefined, site);
  if (expr.type === 'tuple' || expr.type === 'list') return expr.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
  if (expr.type !== 'identifier') return [];
  const owner = scope.index.scopeOf(site);
  const candidates = owner ? scope.index.ownNodes(owner) : scope.index.ofType('assignment').filter((a) => !scope.index.scopeOf(a));
  let items: Node[] = [];
  for (const a of candidates) {
    if (a.type !== 'assignment' || a.startIndex >= site.startIndex) continue;
    if (a.childForFieldName('left')?.text !== expr.text) continue;
    const right = a.childForFieldName('right');
    items = right && (right.type === 'tuple' || right.type === 'list') ? right.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') : [];
  }
  return items;
}

/** The pairs of a `kwargs=` value: a dict display with string keys, or `dict(name=value)`. */
function mappingItems(expr: Node | undefined): [string, Node | undefined][] {
  if (!expr) return [];
  if (expr.type === 'dictionary') {
    return expr.namedChildren.flatMap((pair) => {
      const key = pair?.type === 'pair' ? pair.childForFieldName('key') : undefined;
      const m = key?.type === 'string' ? /^['"](\w+)['"]$/.exec(key.text) : null;
      return m ? [[m[1], pair!.childForFieldName('value') ?? undefined] as [string, Node | undefined]] : [];
    });
  }
  if (expr.type === 'call' && expr.childForFieldName('function')?.text === 'dict') return [...callArgs(expr).keyword];
  return [];
}

/** `map(f, [obj] * n)` or `map(f, itertools.repeat(obj, n))`: the one object every call gets. */
function repeatedItem(expr: Node | undefined): Node | undefined {
  if (!expr) return undefined;
  if (expr.type === 'binary_operator') {
    const list = [expr.childForFieldName('left'), expr.childForFieldName('right')].find((n) => n?.type === 'list' && n.namedChildCount === 1);
    return list?.namedChildren[0] ?? undefined;
  }
  if (expr.type === 'call' && /(?:^|\.)repeat$/.test(dotted(expr.childForFieldName('function')) ?? '')) return callArgs(expr).positional[0];
  return undefined;
}

/**
 * Is this a future that an executor's `submit()` returned: `ex.submit(f, x)` itself, or a name bound
 * to one in the same function (`fut = ex.submit(…)`), or a loop over such futures
 * (`for fut in as_completed(futures)`, `for fut in [ex.submit(…) …]`, a list of them by name)?
 */
function submittedFuture(scope: StatementScope, receiver: Node | null, call: Node): boolean {
  if (!receiver) return false;
  const submits = (n: Node | null | undefined) => !!n && /\.\s*submit\s*\(/.test(n.text);
  if (receiver.type === 'call') return receiver.childForFieldName('function')?.type === 'attribute' && receiver.childForFieldName('function')?.childForFieldName('attribute')?.text === 'submit';
  if (receiver.type !== 'identifier') return false;
  const name = receiver.text;
  const fn = enclosing(call, FUNCTION_TYPES);
  const where = fn ? scope.index.ownNodes(fn) : scope.index.ofTypes('assignment', 'for_statement');
  const boundToSubmit = (n: string) => where.some((a) => a.type === 'assignment' && a.childForFieldName('left')?.text === n && submits(a.childForFieldName('right')));
  for (const a of where) {
    if (a.type === 'assignment' && a.childForFieldName('left')?.text === name && submits(a.childForFieldName('right'))) return true;
    if (a.type === 'for_statement' && a.childForFieldName('left')?.text === name && a.startIndex < call.startIndex && call.endIndex <= a.endIndex) {
      const over = a.childForFieldName('right');
      if (submits(over)) return true;
      const inner = over?.type === 'call' && /(?:^|\.)as_completed$/.test(dotted(over.childForFieldName('function')) ?? '') ? callArgs(over).positional[0] : over;
      if (inner && (submits(inner) || (inner.type === 'identifier' && boundToSubmit(inner.text)))) return true;
    }
  }
  return false;
}

function threadEntries(scope: StatementScope, summary: StatementSummary): EntrySite[] {
  const { text, aliases } = scope;
  const entries: EntrySite[] = [];
  const targets = (expr: Node | undefined) =>
    loopValues(expr, scope).flatMap((c) => {
      const bound = [...callablesBoundTo(scope, c), ...dispatchedFrom(scope, c)];
      return (bound.length > 0 ? bound : [c]).flatMap((v) => callableRef(scope, v, summary) ?? []);
    });
  const calls = scope.index.ofType('call');
  const gradio = importsModule(aliases, 'gradio');
  // (A Gradio component's events are common method names: entries only where Gradio is imported.)
  // (APScheduler's `add_job` likewise, where APScheduler is imported.)
  const apscheduler = importsModule(aliases, 'apscheduler');
  // A project's own thread module (`import utils.thread as threading`; `threading.launch(run, N)`): its verbs start threads.
  const threadModules = new Set([...aliases].filter(([, q]) => THREAD_MODULE.test(q)).map(([a]) => a));
  const dispatch = queueDispatchIn(text);
  const entryMethod = (m: string) => ENTRY_METHODS.has(m) || LIBRARY_HANDLER_SETTERS.test(m) || (gradio && GRADIO_EVENTS.has(m)) || (apscheduler && m === 'add_job') || m === 'makeRequests' || THREAD_HELPER.test(m) || THREAD_CLASS.test(m) || (threadModules.size > 0 && THREAD_MODULE_VERBS.test(m)) || dispatch.dispatchers.has(m) || (dispatch.queues.size > 0 && (m === 'put' || m === 'put_nowait'));
  for (let i = 0; i < calls.length; i++) {
    const node = calls[i];
    // Most calls in a file start no thread: rule them out by the called name alone, read from the
    // source where it is a plain dotted name, before the costlier tree lookups. A call that starts
    // where the next one does calls what that one returns (`Executor().submit(f)`): not plain.
    SIMPLE_CALLEE.lastIndex = node.startIndex;
    const simple = calls[i + 1]?.startIndex === node.startIndex ? undefined : SIMPLE_CALLEE.exec(text)?.[1];
    if (simple !== undefined) {
      const dot = simple.lastIndexOf('.');
      if (dot >= 0 ? !entryMethod(simple.slice(dot + 1).trim()) : !IDENTIFIER_ENTRIES.has(qualify(aliases, simple) ?? '') && !THREAD_HELPER.test(simple) && !THREAD_CLASS.test(simple) && !timerClassesIn(text).has(simple) && !dispatch.dispatchers.has(simple)) continue;
    }
    // Callees the source could not tell (`obj[0].submit (`, a name over two lines) are told by the tree.
    const fnNode = node.childForFieldName('function');
    const method = fnNode?.type === 'attribute' ? (fnNode.childForFieldName('attribute')?.text ?? '') : undefined;
    if (method !== undefined && !entryMethod(method)) continue;
    if (method === undefined && fnNode?.type !== 'identifier') continue;
    const q = qualify(aliases, dotted(fnNode));

    const { positional, keyword } = callArgs(node);
    const at = { site: scope.rel(node), line: scope.relLine(node) };
    const rest = (from: number, skip: string) => ({ pos: positional.slice(from), kw: [...keyword].filter(([k]) => k !== skip) as [string, Node | undefined][] });
    const passed = (pos: (Node | undefined)[], kw: [string, Node | undefined][], alwaysRepeats = false) => {
      const out = passedObjects(node, pos, kw, alwaysRepeats);
      const callables = pos.flatMap((n, i): [number, CallableRef][] => {
        const ref = n?.type === 'identifier' || n?.type === 'attribute' ? callableRef(scope, n, undefined) : undefined;
        return ref ? [[i, ref]] : [];
      });
      return { passed: callables.length > 0 ? { ...out, callables } : out };
    };
    // A helper of another module (or object) named for starting a thread on what it is handed
    // (`utils.default_create_thread(self._loop)`, `spawn_thread(worker)`): one thread per call. (A
    // helper of this module is followed through its own `Thread(target=…)` instead: see threadEntries.)
    const byName = (countAfter = false) => {
      // (`run_threads(n, worker)`: a count of threads first, then what they run; a plural name starts several.
      // A thread module's `launch(run, THREADS)`: the count after what runs.)
      const several = /threads$/i.test(dotted(fnNode) ?? '') || (countAfter && positional.slice(1).some((p) => !!p && ((p.type === 'integer' && Number(p.text) > 1) || (p.type !== 'integer' && COUNT_WORD.test(p.text)))));
      const keywordFn = keyword.get('target') ?? keyword.get('func') ?? keyword.get('fn') ?? keyword.get('callback');
      // (`run_threads(conf.threads, task_run)`: an attribute named as a count is the count, not what runs.)
      const callable = (p: Node | undefined) => !!p && (p.type === 'identifier' || p.type === 'attribute' || p.type === 'lambda') && !(p.type === 'attribute' && COUNT_NAME.test(p.text)) && targets(p).length > 0;
      const at0 = positional.findIndex((p, i) => i < 2 && callable(p));
      const fn = at0 >= 0 ? positional[at0] : keywordFn;
      if (fn && (fn.type === 'identifier' || fn.type === 'attribute' || fn.type === 'lambda')) entries.push({ ...at, ...passed(at0 >= 0 && !countAfter ? positional.slice(at0 + 1) : [], []), t: 'direct', how: `${dotted(fnNode) ?? 'a helper'}()${countAfter && q !== undefined && q !== dotted(fnNode) ? ` (${q.slice(0, q.lastIndexOf('.'))})` : ''}${STARTS_BY_NAME}`, targets: targets(fn), ...(several && { several: true as const }) });
    };
    const callee = method ?? (fnNode?.type === 'identifier' ? fnNode.text : '');
    // (A method of the pool is called on an object, a function by its name: `pool.map(…)` is the pool's, `map(…)` the builtin.)
    const dispatcher = dispatch.dispatchers.get(callee);
    if (dispatcher && dispatcher.method === (method !== undefined)) {
      // `pool.add_task(visit, url)`: what it queues, the pool's workers call, on several threads at once.
      const fn = positional[dispatcher.index] ?? keyword.get(dispatcher.param);
      const found = fn && (fn.type === 'identifier' || fn.type === 'attribute' || fn.type === 'lambda') ? targets(fn) : [];
      if (found.length > 0) entries.push({ ...at, ...passed(positional.slice(dispatcher.index + 1), [], true), t: 'direct', how: `${dotted(fnNode) ?? callee}(), which queues it for worker threads,`, targets: found, several: true });
      continue;
    }
    if ((method === 'put' || method === 'put_nowait') && dispatch.queues.has(dotted(fnNode!.childForFieldName('object'))?.replace(/^.*\./, '') ?? '')) {
      // `q.put(m.tick)`, `self.tasks.put((fn, args, {}))`: a callable on a queue whose workers call what they take.
      const item = positional[0]?.type === 'tuple' || positional[0]?.type === 'parenthesized_expression' ? positional[0].namedChildren[0] ?? undefined : positional[0];
      // (A parameter put there makes its function a dispatcher: its callers' arguments are the entries, once.)
      let def: Node | null = node.parent;
      while (def && def.type !== 'function_definition') def = def.parent;
      const param = item?.type === 'identifier' && !!def && paramNames(def).includes(item.text);
      const found = item && !param && (item.type === 'identifier' || item.type === 'attribute' || item.type === 'lambda') ? targets(item) : [];
      if (found.length > 0) entries.push({ ...at, ...passed([], [], true), t: 'direct', how: `${dotted(fnNode)}() onto a queue whose worker threads call what they take,`, targets: found, several: true });
      continue;
    }
    const timerClass = q === 'threading.Timer' || (fnNode?.type === 'identifier' && timerClassesIn(text).has(fnNode.text));
    if (q === 'threading.Thread' || timerClass) {
      const thread = q === 'threading.Thread';
      const args = sequenceItems(scope, keyword.get('args') ?? positional[thread ? 3 : 2], node);
      const kwargs = mappingItems(keyword.get('kwargs') ?? positional[thread ? 4 : 3]);
      const target = thread ? (keyword.get('target') ?? positional[1]) : (keyword.get('function') ?? positional[1]);
      const handed = passed(args, kwargs);
      // (`for name, fn in [("a", self.a), ("b", self.b)]: Thread(target=fn)`: one thread for each, none started twice.)
      if (handed.passed.repeats && args.length === 0 && kwargs.length === 0 && eachItemOnce(target, scope)) handed.passed = { ...handed.passed, repeats: false };
      entries.push({ ...at, ...handed, t: 'direct', how: thread || q === 'threading.Timer' ? q! : `${fnNode!.text} (a threading.Timer subclass)`, targets: targets(target) });
    } else if (q !== undefined && LIBRARY_THREADS.has(q)) {
      const lib = LIBRARY_THREADS.get(q)!;
      const callbacks = [...lib.keywords.map((k) => keyword.get(k)), lib.position !== undefined ? positional[lib.position] : undefined].filter((c): c is Node => !!c);
      const on = lib.when === undefined || (keyword.has(lib.when) && keyword.get(lib.when)!.text !== 'False');
      if (callbacks.length > 0 && on) entries.push({ ...at, ...passed([], [], lib.several), t: 'direct', how: lib.how, targets: callbacks.flatMap(targets), ...(lib.several && { several: true as const }) });
    } else if (q === '_thread.start_new_thread' || q === 'thread.start_new_thread' || q === 'threading._start_new_thread') {
      // The low-level start (Python 2's `thread`): a function and its argument tuple.
      entries.push({ ...at, ...passed(sequenceItems(scope, positional[1], node), mappingItems(positional[2])), t: 'direct', how: q, targets: targets(positional[0]) });
    } else if (q === 'asyncio.to_thread') {
      const { pos, kw } = rest(1, 'func');
      entries.push({ ...at, ...passed(pos, kw), t: 'direct', how: 'asyncio.to_thread', targets: targets(positional[0] ?? keyword.get('func')), several: true });
    } else if (q === 'threadpool.makeRequests') {
      // The `threadpool` package: `makeRequests(fn, items)` makes one request per item, and the pool's
      // worker threads (`pool.putRequest(req)`) run `fn` on them several at once.
      const fn = positional[0] ?? keyword.get('callable_');
      if (fn) entries.push({ ...at, ...passed([], [], true), t: 'direct', how: 'threadpool.makeRequests', targets: targets(fn), several: true });
    } else if (fnNode?.type === 'identifier' && THREAD_HELPER.test(fnNode.text)) {
      byName();
    } else if (THREAD_CLASS.test(method ?? fnNode?.text ?? '') && !q?.startsWith('threading.') && !q?.startsWith('timeit.') && !new RegExp(`^[ \\t]*class\\s+${method ?? fnNode!.text}\\b`, 'm').test(text)) {
      // (A class of this module is judged by its own body: a Thread subclass, or not one at all.)
      const candidates: [Node | undefined, number][] = [[keyword.get('target') ?? keyword.get('function') ?? keyword.get('func') ?? keyword.get('fn') ?? keyword.get('callback'), -1], [positional[0], 0], [positional[1], 1]];
      for (const [fn, i] of candidates) {
        // (`PeriodicTimer(self.flush_interval, flush)`: a timer's interval first, a number, not what it runs.)
        if (fn && fn.type !== 'lambda' && (INTERVAL_NAME.test(fn.text) || COUNT_NAME.test(fn.text))) continue;
        const found = fn && (fn.type === 'identifier' || fn.type === 'attribute' || fn.type === 'lambda') ? targets(fn) : [];
        if (found.length === 0) continue;
        entries.push({ ...at, ...passed(i < 0 ? [] : positional.slice(i + 1), []), t: 'direct', how: `${dotted(fnNode) ?? 'a thread class'}(…)${STARTS_BY_NAME}`, targets: found });
        break;
      }
    } else if (fnNode?.type === 'attribute' && method !== undefined) {
      if ((method === 'add_event_detect' || method === 'add_event_callback') && [...aliases.values()].some((q) => q.startsWith('RPi.GPIO'))) {
        // RPi.GPIO runs edge callbacks on a thread of its own, beside the main program.
        const callback = keyword.get('callback') ?? (method === 'add_event_callback' ? positional[1] : undefined);
        if (callback) entries.push({ ...at, ...passed([], []), t: 'direct', how: 'RPi.GPIO callback', targets: targets(callback) });
      } else if (LIBRARY_HANDLER_SETTERS.test(method) && /^[ \t]*(?:from|import)[ \t]+(?:pigpio|Phidget22)\b/m.test(text)) {
        // pigpio's `pi.callback(gpio, edge, fn)` and Phidget22's `ch.setOnVoltageChangeHandler(fn)`: the
        // library calls the handler on a thread of its own, beside the main program.
        const pigpio = method === 'callback';
        const handler = pigpio ? (positional[2] ?? keyword.get('func')) : positional[0];
        if (handler) entries.push({ ...at, ...passed([], []), t: 'direct', how: pigpio ? "the pigpio callback, run on pigpio's thread" : `the Phidget22 handler set by ${method}, run on the library's thread`, targets: targets(handler) });
      } else if (method === 'event_attach' && [...aliases.values()].some((q) => q === 'vlc' || q.startsWith('vlc.'))) {
        // python-vlc: `player.event_manager().event_attach(vlc.EventType.MediaPlayerEndReached, on_end)` runs the
        // handler on libVLC's own event thread, beside the program.
        const handler = positional[1] ?? keyword.get('callback');
        if (handler) entries.push({ ...at, ...passed([], []), t: 'direct', how: "the VLC event handler, run on libVLC's event thread", targets: targets(handler) });
      } else if (method === 'on_event') {
        // Socket.IO: `sio.on_event("connect", self.on_connect)` registers a handler that runs for each client at once.
        if ([...aliases.values()].some((q) => /^(?:flask_socketio|socketio)\b/.test(q))) {
          entries.push({ ...at, ...passed([], [], true), t: 'direct', how: 'the Socket.IO handler registered by on_event', targets: targets(positional[1] ?? keyword.get('handler')), several: true });
        }
      } else if (BOTO3_TRANSFERS.has(method) && keyword.has('Callback') && [...aliases.values()].some((q) => /^(?:boto3|s3transfer)\b/.test(q))) {
        // boto3's managed transfers call the progress `Callback` from each of their worker threads.
        const callback = keyword.get('Callback')!;
        const made = callback.type === 'call' && callback.childForFieldName('function')?.type === 'identifier' ? callback.childForFieldName('function')!.text : undefined;
        const refs = made !== undefined ? [{ t: 'method' as const, attr: '__call__', isSelf: false, selfClass: undefined, ofClass: made }] : targets(callback);
        entries.push({ ...at, ...passed([], [], true), t: 'direct', how: `the Callback of boto3's ${method}`, targets: refs, several: true });
      } else if (method === 'subscribe' && keyword.has('callback') && [...aliases.values()].some((q) => q.startsWith('google.cloud.pubsub'))) {
        // Google Cloud Pub/Sub's streaming pull runs the callback on a pool of threads, several messages at once.
        entries.push({ ...at, ...passed([], [], true), t: 'direct', how: 'the Pub/Sub subscriber callback, run on its thread pool', targets: targets(keyword.get('callback')), several: true });
      } else if (GRADIO_EVENTS.has(method) && gradio) {
        // `btn.click(fn, inputs, outputs)`: Gradio runs the handler in its worker threads, several at once.
        const fn = keyword.get('fn') ?? positional[0];
        if (fn) entries.push({ ...at, ...passed([], [], true), t: 'direct', how: `the Gradio ${method} handler, run in its worker threads`, targets: targets(fn), several: true });
      } else if (THREAD_HELPER.test(method) && !/^(?:self|cls)$/.test(fnNode.childForFieldName('object')?.text ?? '')) {
        byName();
      } else if (THREAD_MODULE_VERBS.test(method) && threadModules.has(fnNode.childForFieldName('object')?.text ?? '')) {
        byName(true);
      } else if (method === 'add_job' && apscheduler) {
        // A BackgroundScheduler (and a BlockingScheduler) runs each job on its thread pool: beside the
        // program and the other jobs, one run of a job at a time (its `max_instances` is 1 by default).
        const job = positional[0] ?? keyword.get('func');
        if (job) entries.push({ ...at, ...passed(sequenceItems(scope, keyword.get('args'), node), mappingItems(keyword.get('kwargs'))), t: 'direct', how: APSCHEDULER_JOB, targets: targets(job) });
      } else if (method === 'add_done_callback') {
        // A concurrent.futures Future's callback runs on the thread that finishes it (a pool worker,
        // or a process pool's manager thread), or at once on the caller's when it is done already.
        // asyncio's futures run theirs on the event loop: only futures an executor's submit() made count.
        if (submittedFuture(scope, fnNode.childForFieldName('object'), node)) {
          entries.push({ ...at, ...passed([], []), t: 'direct', how: 'Future.add_done_callback', targets: targets(positional[0] ?? keyword.get('fn')) });
        }
      } else if (method === 'run_in_executor') {
        const executor = positional[0];
        entries.push({ ...at, ...passed(positional.slice(2), []), t: 'run_in_executor', executor: executor && executor.type !== 'none' ? receiverRef(scope, executor) : 'default', targets: targets(positional[1]) });
      } else if (method === 'submit' || method === 'add_task' || method === 'map' || POOL_METHODS.has(method)) {
        // (`add_task(fn, *args)`: the thread pool a project writes for itself, handed work as an executor's submit() is.)
        const handed =
          method === 'submit' || method === 'add_task' ? passed(rest(1, 'fn').pos, rest(1, 'fn').kw)
          : method === 'apply_async' || method === 'apply' ? passed(sequenceItems(scope, positional[1] ?? keyword.get('args'), node), mappingItems(keyword.get('kwds') ?? positional[2]))
          : method === 'map' || method === 'imap' || method === 'imap_unordered' || method === 'map_async' ? passed([repeatedItem(positional[1])], [], true)
          : passed([], []);
        entries.push({
          ...at,
          ...handed,
          t: 'executor-method',
          method,
          receiver: receiverRef(scope, fnNode.childForFieldName('object')),
          executorTargets: targets(positional[0] ?? keyword.get('fn')),
          poolTargets: targets(positional[0] ?? keyword.get('func')),
        });
        if (method.endsWith('_async')) {
          for (const k of ['callback', 'error_callback']) {
            const cb = keyword.get(k);
            if (cb) entries.push({ ...at, ...passed([], []), t: 'result-callback', how: `the ${k} of ${method}`, targets: targets(cb) });
          }
        }
      }
    }
  }
  return entries.filter((e) => e.t === 'executor-method' ? e.executorTargets.length + e.poolTargets.length > 0 : e.targets.length > 0);
}

// ---------------------------------------------------------------- shared writes of one function

/**
 * The shared writes of the function `fnKey` of this statement, as run in threads: `bound` when its instance is shared between threads, `className`
 * when it is a method. Writes under a lock are left out; lock mistakes met on the way are returned.
 */
export function functionWrites(scope: StatementScope, view: ModuleView, fnKey: string, bound: boolean, className: string | undefined, shared: readonly string[] = []): FunctionWrites {
  const out: FunctionWrites = { writes: [], mistakes: [], checks: [], lockedUpdates: [] };
  let fn: Node | undefined;
  for (const def of scope.definitionNodes()) if (def.type === 'function_definition' && scope.keyOf.get(def.id) === fnKey) fn = def; // the last one wins, as in the module
  if (!fn) return out;
  const reported = new Set<number>();
  const checks: CheckNode[] = [];
  // Semaphores this function waits on as signals: taken and never given back here, while it gives another
  // (`give_more.acquire()` … `servings += 20` … `done.release()`). What it changes after such a wait is
  // handed over by the one that signalled, not guarded by a lock that other updates could be compared with.
  const given = new Set([...fn.text.matchAll(/([\w.]+)\s*\.\s*release\s*\(/g)].map((m) => m[1]));
  const signals = new Set([...fn.text.matchAll(/([\w.]+)\s*\.\s*acquire\s*\(/g)].map((m) => m[1]).filter((n) => given.size > 0 && !given.has(n)));
  for (const w of sharedWrites(scope, view, fn, bound, className, new Set(shared), checks)) {
    const writeLocks: string[] = [];
    const writeScopes = lockScopes(scope, view, out, w.node, fn, reported, writeLocks, w.subject);
    const statement = scope.rel(w.node.parent?.type === 'expression_statement' ? w.node.parent : w.node);
    if (w.aliasNode) {
      const readScopes = lockScopes(scope, view, out, w.aliasNode, fn, reported, undefined, w.subject);
      const together = readScopes.some((s) => writeScopes.includes(s)); // read and write under one acquisition
      // (A copy and a clear, or a count taken and set back to 0, under one lock still lose what code adds
      // without that lock in between, or under another lock.)
      // (Not a semaphore this function waits on as a signal: what it hands over, the signaller has stopped adding to.)
      if (together && (w.emptied || (w.reset && !signals.has(writeLocks[0]))) && writeLocks[0]) {
        out.writes.push({ range: scope.rel(w.node), statement, subject: w.subject, why: w.why, readBack: { readLine: scope.relLine(w.aliasNode), readUnderLock: true, writeUnderLock: true, local: w.local ?? '', swap: true, ...(w.emptied ? { emptied: true } : { reset: true }), bothUnder: writeLocks[0] } });
      }
      if (together) continue;
      const wait = waitBetween(scope, fn, w.aliasNode, w.node);
      const replaceUnder = w.swap && w.local && !w.emptied && !w.reset && writeLocks[0] && readScopes.length === 0 && !new RegExp(`\\b${w.local}\\b`).test(scope.text.slice(w.aliasNode.endIndex, w.node.startIndex)) ? writeLocks[0] : undefined;
      out.writes.push({
        range: scope.rel(w.node),
        statement: scope.rel(readWriteSpan(w.aliasNode, w.node, fn, w.subject)),
        subject: w.subject,
        why: w.why,
        readBack: {
          readLine: scope.relLine(w.aliasNode),
          readUnderLock: readScopes.length > 0,
          writeUnderLock: writeScopes.length > 0,
          // The local the read went into (`count = get(…)`), not the one a later line carried it on in.
          local: (w.aliasNode.type === 'assignment' && w.aliasNode.childForFieldName('left')?.type === 'identifier' ? w.aliasNode.childForFieldName('left')!.text : w.local) ?? '',
          ...(wait && { wait: { text: wait.text.split('\n')[0].slice(0, 60), line: scope.relLine(wait) } }),
          ...(w.through !== undefined && { through: w.through.slice(0, 60) }),
          ...(w.throughPauses && { throughPauses: true }),
          ...(w.swap && { swap: true }),
          ...(w.reset && { reset: true }),
          ...(w.rebuilt !== undefined && { rebuilt: w.rebuilt }),
          ...(w.emptied && { emptied: true }),
          ...(replaceUnder !== undefined && { replaceUnder }),
          ...(w.pair !== undefined && { pair: w.pair }),
        },
      });
    } else {
      if (writeScopes.length > 0) {
        // (`n = n + 1` is an update as `n += 1` is.)
        const update = w.node.type === 'augmented_assignment' || (w.node.type === 'assignment' && readsSubject(w.node.childForFieldName('right'), w.subject));
        if (update && writeLocks.every((l) => l !== '') && !writeLocks.every((l) => signals.has(l))) out.lockedUpdates.push({ range: scope.rel(w.node), subject: w.subject, why: w.why, locks: writeLocks });
        const stale = readAcrossRelease(scope, view, out, fn, w.node, w.subject, writeScopes, reported);
        if (stale) out.checks.push({ range: scope.rel(stale.read), statement: scope.rel(stale.lockStatement), workBetween: true, subject: w.subject, why: w.why, kind: stale.use === 'before' ? 'before-lock' : 'after-release', writeLine: scope.relLine(w.node), lock: stale.lock, ...(stale.use !== 'before' && { readUse: stale.use }), ...(stale.readStatement && { readStatement: scope.rel(stale.readStatement) }) });
        continue;
      }
      const op = w.node.type === 'augmented_assignment' ? w.node.text.split('\n')[0].slice(0, 60) : undefined;
      out.writes.push({ range: scope.rel(w.node), statement, subject: w.subject, why: w.why, ...(op !== undefined && { op }) });
    }
  }
  if (className !== undefined) otherObjectUnderOwnLock(scope, view, out, fn, reported);
  // `with threading.Lock(): obj.update()`: a new lock each time protects nothing, whatever the body does.
  for (const n of scope.index.ownOfType(fn, 'with_item')) {
    const value = withItemValue(n);
    const v = value?.type === 'as_pattern' ? value.namedChildren[0] : value;
    if (v?.type !== 'call' || reported.has(v.id)) continue;
    const before = out.mistakes.length;
    withItemLocks(scope, view, out, v, reported);
    for (const m of out.mistakes.slice(before)) m.severalOnly = true;
  }
  locksLeftTaken(scope, fn, out);
  waitUnderIf(scope, view, fn, out);
  folderMadeAfterTest(scope, fn, out);
  freeNameThenOpened(scope, fn, out);
  lineAppendedAfterScan(scope, fn, out);
  fileReadThenRewritten(scope, fn, out);
  samePathWritten(scope, fn, out);
  for (const c of checks) {
    // A lock held at the write (double-checked locking re-tests under it) makes the pair one step. A
    // size test is re-tested under the lock only by an inner test, which would be the one found
    // here: `while jobs: with lock: jobs.pop()` holds the lock for the take alone.
    // The test decides: a re-test under the lock (double-checked locking) would be the innermost
    // test, the one found here; a lock only around the act (`if self.n < MAX: with lock: self.n += 1`)
    // leaves the two apart.
    // (A loop under a lock is kept with that lock: a change of the container made without it races the loop all the same.)
    const heldOverTest: string[] = [];
    const testScopes = lockScopes(scope, view, out, c.test, fn, reported, heldOverTest, c.subject);
    // The test under a lock and the act outside that acquisition (after letting it go, or under a second
    // `with` of it): two locked steps, with other threads free to run between them.
    const writeScopes = testScopes.length > 0 && (SPLIT_KINDS.has(c.kind) || (c.kind === 'missing-key' && c.write.type === 'assignment' && storesParameter(c.write, fn))) ? lockScopes(scope, view, out, c.write, fn, reported, undefined, c.subject) : undefined;
    const split = writeScopes !== undefined && !writeScopes.some((w) => testScopes.includes(w)) && heldOverTest.length === 1 && heldOverTest[0] ? heldOverTest[0] : undefined;
    if (testScopes.length > 0 && split === undefined && (c.kind !== 'iterate' || c.dumped || heldOverTest.length !== 1 || !heldOverTest[0])) continue;
    const heldOverAct: string[] = [];
    if (c.actLocked && (writeScopes ?? lockScopes(scope, view, out, c.write, fn, reported, heldOverAct, c.subject)).length === 0) continue;
    // A removal inside an `if` under a lock that reads the container again (`with lock: … if d[k] == 0: del d[k]`): that locked test decides.
    if (c.kind === 'present' && retestedUnderLock(c.write, c.subject.replace(/\[…\]$/, ''), lockScopes(scope, view, out, c.write, fn, reported, undefined, c.subject))) continue;
    // A store under a lock that reads the item again (`with lock: d[k] = d.get(k, 0)`): what another thread put there first stays.
    if (c.kind === 'missing-key' && storesItsOwnGet(c.write) && lockScopes(scope, view, out, c.write, fn, reported, undefined, c.subject).length > 0) continue;
    // One test, several stores after it (`self.state = "busy"` … `self.state = "idle"`): one finding, at the first.
    // (Not after a read that counts only where other code removes or clears, `if k in d: d[k]…` then `else: d.update({k: v})`.)
    if (c.kind !== 'iterate' && checks.some((o) => o !== c && o.kind !== 'iterate' && o.kind !== 'present-read' && o.kind !== 'cleared' && o.test.id === c.test.id && o.subject === c.subject && o.write.startIndex < c.write.startIndex)) continue;
    // A loop that removes from what it goes through is reported as that removal.
    if (c.kind === 'iterate' && checks.some((o) => o !== c && o.kind !== 'iterate' && o.test.id === c.test.id)) continue;
    out.checks.push({
      range: scope.rel(c.test),
      statement: scope.rel(c.guard ? { startPosition: besideOf(c.copy ?? c.ifNode, c.guard.end).startPosition, endPosition: c.guard.end.endPosition } : c.copy ? { startPosition: c.copy.startPosition, endPosition: c.ifNode.endPosition } : c.ifNode),
      ...(c.guard?.workBetween && { workBetween: true }),
      subject: c.subject,
      why: c.why,
      kind: c.kind,
      writeLine: scope.relLine(c.write),
      ...(c.setdefault !== undefined && { setdefault: c.setdefault }),
      ...(c.addEnd !== undefined && { addEnd: c.addEnd.endPosition.row - scope.base.line }),
      ...(c.kind === 'queue' && waitsForever(c.write) && { waits: true }),
      ...(c.kind === 'queue' && misnamedEmptyAround(c.write, scope.aliases)),
      ...(c.ownItem !== undefined && { ownItem: c.ownItem }),
      ...(c.actLocked && { actLocked: true }),
      ...(c.loop !== undefined && { loop: c.loop }),
      ...(c.takes && { takes: true }),
      ...(c.peeked && { peeked: c.peeked }),
      ...(c.heap && { heap: true }),
      ...(c.othersItem && { othersItem: true }),
      ...(c.takenIn !== undefined && { takenIn: c.takenIn }),
      ...(c.fromCopy && { fromCopy: true }),
      ...(c.lowers && { lowers: true }),
      ...(c.rereadInto !== undefined && { rereadInto: c.rereadInto }),
      ...(c.makesObject && { makesObject: true }),
      ...((c.storesGiven || (c.kind === 'missing-key' && c.write.type === 'assignment' && storesParameter(c.write, fn))) && { storesGiven: true }),
      ...(c.dumped && { dumped: c.dumped }),
      ...(c.dumpedThrough && { dumpedThrough: c.dumpedThrough }),
      ...(c.view !== undefined && { view: c.view }),
      ...(c.byIndex && { byIndex: true }),
      ...(c.copiedItem && { copiedItem: true }),
      ...(heldOverTest.length === 1 && { lock: heldOverTest[0] }),
      ...(split !== undefined && { split: writeScopes!.length > 0 ? 'relocked' : 'unlocked' }),
      ...(testScopes.length === 0 && heldOverAct.some(Boolean) && { actHeld: [...new Set(heldOverAct.filter(Boolean))].reverse() }),
      // (`if url in seen: return` … `seen[url] = True` and then the work: a key claimed, the work after it done twice.)
      ...(c.write.type === 'assignment' && c.write.childForFieldName('right')?.type === 'true' && !(c.kind === 'missing-key' && c.guard && c.write.parent?.nextNamedSibling) && { storesTrue: c.guard ? 'claims' : c.ifNode.childForFieldName('consequence')?.descendantsOfType('call').length ? 'once' : 'alone' }),
    });
  }
  return out;
}

/**
 * `if not items: cond.wait()` … `items.pop()` (GIL004): the test is made once, but when wait() returns
 * another thread may have been first to what the notify announced (a thread that took the lock
 * before this one got it back, or another waiter the same or the next notify woke), so the code goes
 * on with its test no longer true. Said only where several threads run it: a lone waiter notified
 * finds what it waited for (CPython's Condition does not wake without a notify).
 */
function waitUnderIf(scope: StatementScope, view: ModuleView, fn: Node, out: FunctionWrites): void {
  for (const n of scope.index.ownOfType(fn, 'call')) {
    if (n.parent?.type !== 'expression_statement') continue;
    const f = n.childForFieldName('function');
    if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'wait') continue;
    // A lock-like object with wait() is a Condition (a Lock has no wait; an Event is no lock).
    const cond = dotted(f.childForFieldName('object'));
    const isCondition = cond !== undefined && (/^self\.\w+$/.test(cond) ? view.isLockAttr(cond.slice(5)) : !cond.includes('.') && view.globalKind(cond) === 'lock');
    const block = n.parent.parent;
    const ifNode = block?.parent;
    if (!isCondition || block?.type !== 'block' || ifNode?.type !== 'if_statement' || ifNode.childForFieldName('consequence')?.id !== block.id) continue;
    // `if not items: cond.wait(); continue`: the loop around tests again. An `else:` acts only without waiting.
    if (leavesAtEnd(block) || ifNode.namedChildren.some((c) => c?.type === 'else_clause' || c?.type === 'elif_clause')) continue;
    const next = ifNode.nextNamedSibling;
    const test = ifNode.childForFieldName('condition');
    if (!next || !test) continue;
    // The act goes on with shared state the test read (`items.pop()` after `if not items:`), not with a
    // local (`if delay is None: cond.wait(1.0)` … `return delay`).
    const tested = sharedNamesIn(scope, fn, test);
    const reads = (text: string) => tested.some((name) => new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\b`).test(text));
    if (!reads(next.text)) continue;
    // `if len(clients) > 0: clients.pop(0)` after the wait: the act tests again before it goes on.
    if ((next.type === 'if_statement' || next.type === 'while_statement') && reads(next.childForFieldName('condition')?.text ?? '')) continue;
    const retest = negated(test);
    out.mistakes.push({
      code: CODES.checkThenAct,
      range: scope.rel(ifNode.child(0) ?? ifNode),
      subject: cond!,
      message: `\`${cond}.wait()\` is waited on under an \`if\`, which tests \`${test.text.slice(0, 60)}\` once: several threads run this code, and when the wait returns another of them may have been first to what the notify announced (a thread that took \`${cond}\` before this one got it back, or another waiter woken), so \`${next.text.split('\n')[0].slice(0, 60)}\` goes on with the test no longer true. Test again after each wake-up: \`while\` in place of \`if\`, or \`${cond}.wait_for(lambda: ${retest.slice(0, 60)})\`.`,
      severalOnly: true,
    });
  }
}

/** What a `try` around a folder's creation can catch when the folder is there already. */
const EXISTS_ERRORS = /^(?:FileExistsError|OSError|IOError|EnvironmentError|Exception|BaseException)$/;

/**
 * `if not os.path.exists(OUT): os.mkdir(OUT)` (or `os.makedirs`, `path.mkdir()` without
 * `exist_ok=True`) in code that several threads run, on a path that is the same for all of them: two
 * threads can both find the folder missing, and the second one's mkdir raises FileExistsError.
 * A path made from the function's own arguments may differ per thread and is left alone.
 */
function folderMadeAfterTest(scope: StatementScope, fn: Node, out: FunctionWrites): void {
  if (!/\b(?:mkdir|makedirs)\b/.test(fn.text)) return;
  const own = scope.index.ownNodes(fn);
  const sameForAll = sameForEveryCall(fn, own, true);
  const flat = (n: Node | null | undefined) => n?.text.replace(/\s+/g, '');
  for (const call of own) {
    if (call.type !== 'call') continue;
    const f = call.childForFieldName('function');
    const name = qualify(scope.aliases, dotted(f) ?? '') ?? dotted(f) ?? '';
    const { positional, keyword } = callArgs(call);
    const exist = keyword.get('exist_ok');
    if (exist && exist.text !== 'False') continue;
    // The folder made: `os.mkdir(P)`, `os.makedirs(P)`, or a pathlib path's `P.mkdir()`.
    const viaOs = /^os\.(?:mkdir|makedirs)$/.test(name);
    const made = viaOs ? positional[0] : f?.type === 'attribute' && f.childForFieldName('attribute')?.text === 'mkdir' ? f.childForFieldName('object') : undefined;
    if (!made) continue;
    // Under `if not <exists P>:` (not in an `else`), with the test's path the made one.
    const block = enclosing(call, new Set(['block']));
    const ifNode = block?.parent;
    if (ifNode?.type !== 'if_statement' || ifNode.childForFieldName('consequence')?.id !== block!.id || enclosing(ifNode, FUNCTION_TYPES)?.id !== fn.id) continue;
    const test = ifNode.childForFieldName('condition');
    const asked = test?.type === 'not_operator' ? test.childForFieldName('argument') : undefined;
    if (asked?.type !== 'call') continue;
    const af = asked.childForFieldName('function');
    const askedName = qualify(scope.aliases, dotted(af) ?? '') ?? '';
    const testedPath = /^os\.path\.(?:exists|isdir|lexists)$/.test(askedName) ? callArgs(asked).positional[0]
      : af?.type === 'attribute' && /^(?:exists|is_dir)$/.test(af.childForFieldName('attribute')?.text ?? '') ? af.childForFieldName('object') : undefined;
    if (!testedPath || flat(testedPath) !== flat(made) || !sameForAll(made)) continue;
    if (emptyHandled(call, fn, EXISTS_ERRORS) || heldAt(ifNode)) continue;
    const fixed = viaOs ? `${dotted(f)!.replace(/mkdir$|makedirs$/, 'makedirs')}(${made.text}, exist_ok=True)` : `${made.text}.mkdir(${[...positional.map((a) => a?.text), ...[...keyword].filter(([k]) => k !== 'exist_ok').map(([k, v]) => `${k}=${v?.text}`), 'exist_ok=True'].join(', ')})`;
    const alone = block!.namedChildren.length === 1 && call.parent?.type === 'expression_statement' && !hasElse(ifNode);
    out.mistakes.push({
      code: CODES.checkThenAct,
      range: scope.rel(test!),
      subject: made.text,
      message: `\`${test!.text.slice(0, 80)}\` is tested here and the folder made below it, in code that several threads run with the same path and no lock over both: two threads can both find it missing, and the second one's \`${f!.text}\` then raises FileExistsError, ending that thread with a traceback (testing the disk lets the other threads run, so this happens on every interpreter). Make it in one step, which does nothing when the folder is there: \`${fixed}\`.`,
      severalOnly: true,
      fix: { title: `Make the folder with \`${fixed}\``, edits: [alone ? { range: scope.rel(ifNode), newText: fixed } : { range: scope.rel(call), newText: fixed }] },
    });
  }
}

/**
 * A free file name looked for and then taken (`while os.path.exists(name): name = f"{base}_{n}.txt"`,
 * then `open(name, "wb")`) in code that several threads run: two threads that start from the same
 * name both find the same one free and both open it, and one file overwrites the other.
 */
function freeNameThenOpened(scope: StatementScope, fn: Node, out: FunctionWrites): void {
  if (!/\bwhile\b[^\n]*\bexists\s*\(/.test(fn.text) || !/\bopen\s*\(/.test(fn.text)) return;
  const own = scope.index.ownNodes(fn);
  for (const asked of own) {
    // (Loops are not indexed: the test's call is, and its parent is the loop.)
    const loop = asked.parent;
    if (asked.type !== 'call' || loop?.type !== 'while_statement' || loop.childForFieldName('condition')?.id !== asked.id) continue;
    const test = asked;
    const af = asked?.childForFieldName('function');
    const askedName = qualify(scope.aliases, dotted(af ?? null) ?? '') ?? '';
    const path = /^os\.path\.(?:exists|isfile|lexists)$/.test(askedName) ? callArgs(asked).positional[0] : af?.type === 'attribute' && /^(?:exists|is_file)$/.test(af.childForFieldName('attribute')?.text ?? '') ? af.childForFieldName('object') : undefined;
    if (path?.type !== 'identifier') continue;
    // The loop picks another name each round, and the name is opened for writing after it.
    const body = loop.childForFieldName('body');
    if (!body || !new RegExp(`(?<![\\w.])${path.text}\\s*=[^=]`).test(body.text)) continue;
    const opened = own.find((n) => {
      if (n.type !== 'call' || n.startIndex < loop.endIndex || !/^(?:io\.|codecs\.)?open$|\.open$/.test(n.childForFieldName('function')?.text ?? '')) return false;
      const { positional, keyword } = callArgs(n);
      const mode = keyword.get('mode') ?? positional[1];
      return positional[0]?.text === path.text && !!mode && /^[rbuf]*["'][wa][bt+]*["']$/.test(mode.text);
    });
    if (!opened || heldAt(loop) || heldAt(opened)) continue;
    out.mistakes.push({
      code: CODES.checkThenAct,
      range: scope.rel(test!),
      subject: path.text,
      message: `\`${test!.text.slice(0, 80)}\` looks for a free file name here, and \`${opened.text.split('\n')[0].slice(0, 60)}\` takes it below, in code that several threads run, with no lock over both: two threads that start from the same name both find the same one free, both open it, and one file overwrites the other. Testing the disk lets the other threads run, so this happens on every interpreter. Open with mode \`"x"\` inside the loop (it fails when the file exists, and the loop moves on), or hold one lock over the search and the open.`,
      severalOnly: true,
    });
  }
}

/** Calls and names whose value is new on each call: a time, a uuid, the thread's id, a temporary file. */
const PER_CALL = /\b(?:uuid\w*|time|datetime|now|current_thread|get_ident|get_native_id|getpid|random\w*|mkdtemp|mkstemp|NamedTemporaryFile)\b/;

/**
 * A test of whether an expression has the same value in every call of `fn` (a path every thread
 * shares): it reads no parameter (but `self`), nothing made from one, and nothing made anew per call
 * (a time, a uuid, the thread's id, a temporary file).
 */
function sameForEveryCall(fn: Node, own: readonly Node[], literalDefaultsShared = false): (expr: Node) => boolean {
  // Names whose value may differ from one call to another: the parameters (not `self`) and what is made from them.
  // (With `literalDefaultsShared`, a parameter given a string by default, `folder="downloads"`, is taken as the
  // one value most calls use: a pool's map or submit that hands the other arguments leaves it alone.)
  const shared = new Set(
    literalDefaultsShared
      ? (fn.childForFieldName('parameters')?.namedChildren ?? []).flatMap((p) => (p && (p.type === 'default_parameter' || p.type === 'typed_default_parameter') && p.childForFieldName('value')?.type === 'string' ? [p.childForFieldName('name')?.text ?? ''] : []))
      : [],
  );
  const varying = new Set(paramNames(fn).filter((p) => p !== 'self' && p !== 'cls' && !shared.has(p)));
  // (A name read, not the `path` of `os.path.join` nor a keyword's name.)
  const readsAny = (expr: Node) => [...walk(expr)].some((x) => x.type === 'identifier' && varying.has(x.text) && !(x.parent?.type === 'attribute' && x.parent.childForFieldName('attribute')?.id === x.id) && !(x.parent?.type === 'keyword_argument' && x.parent.childForFieldName('name')?.id === x.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of own) {
      if (n.type !== 'assignment' && n.type !== 'for_statement') continue;
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      const names = left ? (left.type === 'identifier' ? [left] : left.namedChildren.filter((c): c is Node => c?.type === 'identifier')) : [];
      if (!right || names.every((id) => varying.has(id.text))) continue;
      if (PER_CALL.test(right.text) || readsAny(right)) for (const id of names) (grew ||= !varying.has(id.text)), varying.add(id.text);
    }
  }
  return (expr: Node) => !PER_CALL.test(expr.text) && !readsAny(expr);
}

/**
 * `with open(PATH) as f: data = json.load(f)` … `with open(PATH, "w") as f: json.dump(data, f)` in
 * code that several threads run, on a path they all share: the file read, changed and written back.
 * Two threads can read the same contents, and the one that writes last throws the other's change away.
 * Also a file read and then appended to (`last = int(f.readlines()[-1])` … `open(PATH, "a").write(…)`):
 * both append what they made of the same contents.
 */
function fileReadThenRewritten(scope: StatementScope, fn: Node, out: FunctionWrites): void {
  if (!/\bopen\s*\(/.test(fn.text) || !/["'][wWa]\+?[bt]?["']/.test(fn.text)) return;
  const own = scope.index.ownNodes(fn);
  const opens = own.filter((n) => n.type === 'call' && /^(?:io\.|codecs\.)?open$/.test(n.childForFieldName('function')?.text ?? '') && callArgs(n).positional[0]);
  const sameForAll = sameForEveryCall(fn, own);
  const flat = (n: Node) => n.text.replace(/\s+/g, '');
  // (A path on `self` is the object's own, and an object per thread has its own file: left alone.)
  const shared = (path: Node) => sameForAll(path) && !/^(?:self|cls)\b/.test(path.text) && (path.type !== 'string' || path.descendantsOfType('interpolation').length === 0);
  const params = paramNames(fn);
  for (const write of opens) {
    const mode = openMode(write);
    if (!/^[wa]\+?[bt]?$/.test(mode) || heldAt(write)) continue;
    const appends = mode.startsWith('a');
    const path = callArgs(write).positional[0]!;
    // A parameter is the same file for every thread where every call passes the same module global (asked of the module).
    const param = path.type === 'identifier' && !/^(?:self|cls)$/.test(path.text) ? params.indexOf(path.text) : -1;
    if (param < 0 && !shared(path)) continue;
    const read = opens.find((r) => r.startIndex < write.startIndex && /^r?[bt]?$/.test(openMode(r)) && flat(callArgs(r).positional[0]!) === flat(path));
    if (!read || heldAt(read)) continue;
    // (A scan for a line before appending it is lineAppendedAfterScan's check-then-act.)
    if (appends && scannedBetween(fn, read, write)) continue;
    // The statements from the read to the write, in one block: what a lock has to cover.
    const statements = scope.rel(readWriteSpan(read, write, fn, path.text));
    const shown = path.text.length > 40 ? `${path.text.slice(0, 37)}…` : path.text;
    const writeText = write.text.length > 50 ? `${write.text.slice(0, 47)}…` : write.text;
    out.mistakes.push({
      code: CODES.unlockedSharedWrite,
      range: scope.rel(read),
      subject: shown,
      message: appends
        ? `The file \`${shown}\` is read here and appended to further down (\`${writeText}\`), in code that several threads run, with no lock from the read to the append: two threads can read the same contents and both append what they made of it, so one of the two updates is lost (the same next number written twice). Reading and writing a file let the other threads run, so this happens on every interpreter, with the GIL or without: eight threads each appending the file's last number plus one, 25 times each, lost about two of every three counts on 3.9, 3.11 and 3.13t alike. Hold one lock from the read to the append.`
        : `The file \`${shown}\` is read here and written again further down (\`${writeText}\`), in code that several threads run, with no lock from the read to the write: two threads can read the same contents, and the one that writes last throws away what the other added. Reading and writing a file let the other threads run, so this happens on every interpreter, with the GIL or without: eight threads adding 1 to a count kept in a JSON file, 25 times each, lost more than three of every four updates on 3.9, 3.11 and 3.13t alike, and often read the file while another thread was halfway through writing it. Hold one lock from the read to the write.`,
      severalOnly: true,
      guard: { statements: [statements], subject: path.type === 'identifier' ? path.text : 'file' },
      ...(param >= 0 && { passed: [{ index: param - (params[0] === 'self' || params[0] === 'cls' ? 1 : 0), name: params[param] }] }),
    });
  }
}

/** A test between a file's read and its append that compares what was read (`==`, `in`): a scan for a line. */
function scannedBetween(fn: Node, read: Node, append: Node): boolean {
  return fn.descendantsOfType('if_statement').some((n) => !!n && ((n.startIndex > read.startIndex && n.startIndex < append.startIndex) || contains(n.childForFieldName('condition'), read)) && /\bin\b|==/.test(n.childForFieldName('condition')?.text ?? ''));
}

/**
 * `with open(OUT, "w") as f: f.write(…)` in code that several threads run, on a path that is the same
 * for all of them (a literal, a global, a parameter every thread is handed alike, or made only from
 * those): each open empties the file and each thread writes from the start of it, so the file ends
 * up with pieces of several threads' data. (A file read first is fileReadThenRewritten's.)
 */
function samePathWritten(scope: StatementScope, fn: Node, out: FunctionWrites): void {
  if (!/\bopen\s*\(/.test(fn.text) || !/["']w/.test(fn.text)) return;
  const own = scope.index.ownNodes(fn);
  const opens = own.filter((n) => n.type === 'call' && /^(?:io\.|codecs\.)?open$/.test(n.childForFieldName('function')?.text ?? '') && callArgs(n).positional[0]);
  const params = paramNames(fn);
  const flat = (n: Node) => n.text.replace(/\s+/g, '');
  for (const write of opens) {
    if (!/^w[bt]?\+?$|^w\+[bt]$/.test(openMode(write)) || heldAt(write)) continue;
    const path = callArgs(write).positional[0]!;
    if (/^(?:self|cls)\b/.test(path.text) || opens.some((r) => r.startIndex < write.startIndex && /^r?[bt]?$/.test(openMode(r)) && flat(callArgs(r).positional[0]!) === flat(path))) continue;
    // The parameters the path is made from (through locals made from them), and whether anything else in it varies per call.
    const from = new Set<string>();
    const reads = (expr: Node, depth = 0): boolean => {
      for (const id of walk(expr)) {
        if (id.type !== 'identifier' || (id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id) || (id.parent?.type === 'keyword_argument' && id.parent.childForFieldName('name')?.id === id.id)) continue;
        // (`os.path.basename(self.url)`: the object's own, as a path that is `self.x` itself is, above.)
        if (id.text === 'self' || id.text === 'cls') return false;
        if (params.includes(id.text)) from.add(id.text);
        // (A name a loop, a `with … as` or an `except … as` binds takes a value of its own each time.)
        else if (new RegExp(`\\bfor\\s[^:\\n]*(?<![\\w.])${id.text}\\b[^:\\n]*\\sin\\s|\\bas\\s+${id.text}\\b`).test(fn.text)) return false;
        else if (depth < 3) {
          // (Or one name of several unpacked at once: `fdir, url = msg`.)
          const binds = (left: Node | null) => left?.text === id.text || ((left?.type === 'pattern_list' || left?.type === 'tuple_pattern') && left.namedChildren.some((n) => n?.type === 'identifier' && n.text === id.text));
          const made = own.filter((a) => a.type === 'assignment' && a.startIndex < write.startIndex && binds(a.childForFieldName('left')));
          // (A local counted up, `i += 1` until a free name is found, differs between threads.)
          if (made.length > 1 || own.some((a) => a.type === 'augmented_assignment' && a.childForFieldName('left')?.text === id.text)) return false;
          // (`name = names.get()`, `job = jobs.pop()`: an item taken off a queue or a list, each thread's own.)
          if (made.length === 1 && takesItem(made[0].childForFieldName('right'))) return false;
          if (made.length === 1 && !reads(made[0].childForFieldName('right') ?? made[0], depth + 1)) return false;
        }
      }
      return !PER_CALL.test(expr.text);
    };
    if (!reads(path)) continue;
    const shown = path.text.length > 40 ? `${path.text.slice(0, 37)}…` : path.text;
    out.mistakes.push({
      code: CODES.unlockedSharedWrite,
      range: scope.rel(write),
      subject: shown,
      message: `The file \`${shown}\` is opened for writing here by code that several threads run, with the same path for all of them and no lock: each open empties the file and each thread writes from its start, so the file ends up with pieces of several threads' data (eight threads saving different data to one path at once left a file that was none of theirs in 32, 36 and 40 of 40 runs on 3.9, 3.11 and 3.13t). Give each thread a file of its own (a name with its index), or hold one lock over the open and the writes.`,
      severalOnly: true,
      ...(from.size > 0 && { passed: [...from].map((param) => ({ index: params.indexOf(param) - (params[0] === 'self' || params[0] === 'cls' ? 1 : 0), name: param })) }),
    });
  }
}

/** The methods that take an item off a queue (`q.get()`, `q.get_nowait()`), and off a list or deque (`pop()`, `popleft()`). */
const QUEUE_TAKES: ReadonlySet<string> = new Set(['get', 'get_nowait']);
const LIST_TAKES: ReadonlySet<string> = new Set(['pop', 'popleft']);

/** `q.get()`, `q.get(timeout=1)`, `q.get_nowait()`, `items.pop()`, `items.popleft()`, `items.pop(0)`: a call that takes an item off a container. */
function takesItem(value: Node | null): boolean {
  const f = value?.type === 'call' ? value.childForFieldName('function') : undefined;
  const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
  if (method === undefined || !(QUEUE_TAKES.has(method) || LIST_TAKES.has(method))) return false;
  const { positional } = callArgs(value!);
  return method === 'pop' ? positional.length === 0 || /^-?\d+$/.test(positional[0]?.text ?? '') : method === 'get' ? positional.length === 0 || /^(?:True|False)$/.test(positional[0]?.text ?? '') : true;
}

/** `heapq.heappop(h)`, `heappop(h)` imported from heapq, `heapq.heapreplace(h, x)`: the heap list the call takes the smallest item off. */
function heapTakenFrom(aliases: Aliases, call: Node): Node | undefined {
  const name = qualify(aliases, dotted(call.childForFieldName('function')));
  return name === 'heapq.heappop' || name === 'heapq.heapreplace' ? callArgs(call).positional[0] : undefined;
}

/** The mode an `open(P, mode)` call gives (`'r'` when none is given). */
function openMode(call: Node): string {
  const { positional, keyword } = callArgs(call);
  const mode = keyword.get('mode') ?? positional[1];
  return mode?.type === 'string' ? mode.text.replace(/^[a-zA-Z]*["']+|["']+$/g, '') : mode ? '?' : 'r';
}

/**
 * `for old in open(PATH): if old.strip() == line: return` … `open(PATH, "a").write(line)` in code
 * that several threads run: a file scanned for a line and the line appended when it is missing. Two
 * threads with the same line can both miss it and both append it.
 */
function lineAppendedAfterScan(scope: StatementScope, fn: Node, out: FunctionWrites): void {
  if (!/\bopen\s*\(/.test(fn.text) || !/["']a\+?b?["']/.test(fn.text)) return;
  const own = scope.index.ownNodes(fn);
  const opens = own.filter((n) => n.type === 'call' && /^(?:io\.|codecs\.)?open$/.test(n.childForFieldName('function')?.text ?? '') && callArgs(n).positional[0]);
  const flat = (n: Node) => n.text.replace(/\s+/g, '');
  for (const append of opens) {
    if (!openMode(append).includes('a') || heldAt(append)) continue;
    // A name or a literal: one file for the threads that pass it along (a path built per call, from the
    // thread's own arguments, may differ per thread and is left alone).
    const named = callArgs(append).positional[0]!;
    if (!['identifier', 'string', 'attribute'].includes(named.type) || (named.type === 'string' && named.descendantsOfType('interpolation').length > 0)) continue;
    const path = flat(named);
    const read = opens.find((r) => r.startIndex < append.startIndex && /^r?[bt]?$/.test(openMode(r)) && flat(callArgs(r).positional[0]!) === path && !heldAt(r));
    if (!read) continue;
    if (!scannedBetween(fn, read, append)) continue;
    out.mistakes.push({
      code: CODES.checkThenAct,
      range: scope.rel(read),
      subject: callArgs(read).positional[0]!.text,
      message: `The file \`${callArgs(read).positional[0]!.text}\` is read here to see whether a line is in it, and appended to further down (\`${append.text.length > 50 ? `${append.text.slice(0, 47)}…` : append.text}\`), in code that several threads run, with no lock over both: two threads with the same line can both find it missing and both append it, so it ends up in the file twice (reading the file lets the other threads run, so this happens on every interpreter). Hold one lock over the scan and the append (a module-level \`threading.Lock()\`), or keep the lines in a set guarded by that lock and append only what the set did not have.`,
      severalOnly: true,
    });
  }
}

/** The module globals and `self` attributes an expression reads (`not self.jars` → `self.jars`; not `len`, not a local of `fn`). */
function sharedNamesIn(scope: StatementScope, fn: Node, expr: Node): string[] {
  const globals = new Set<string>();
  const locals = new Set(paramNames(fn));
  for (const n of scope.index.ownNodes(fn)) {
    const type = scope.index.typeOf(n);
    if (type === 'global_statement') for (const id of n.namedChildren) if (id) globals.add(id.text);
    const left = type === 'assignment' || type === 'for_statement' || type === 'augmented_assignment' ? n.childForFieldName('left') : undefined;
    if (left?.type === 'identifier') locals.add(left.text);
  }
  const out: string[] = [];
  for (const n of walk(expr)) {
    if (n.type === 'attribute' && n.childForFieldName('object')?.text === 'self') out.push(n.text.replace(/\s+/g, ''));
    else if (n.type === 'identifier' && n.parent?.type !== 'attribute' && !(n.parent?.type === 'call' && n.parent.childForFieldName('function')?.id === n.id) && (globals.has(n.text) || !locals.has(n.text))) out.push(n.text);
  }
  return out;
}

const OPPOSITE: Record<string, string> = { '==': '!=', '!=': '==', '<': '>=', '>=': '<', '>': '<=', '<=': '>', is: 'is not', 'is not': 'is', in: 'not in', 'not in': 'in' };

/** The test that holds when `test` does not, as short as it reads: `not items` → `items`, `len(q) == 0` → `len(q) != 0`. */
function negated(test: Node): string {
  if (test.type === 'not_operator') return test.childForFieldName('argument')?.text ?? `not ${test.text}`;
  if (test.type === 'comparison_operator' && test.namedChildCount === 2) {
    const [left, right] = [test.namedChildren[0]!, test.namedChildren[1]!];
    const op = test.text.slice(left.endIndex - test.startIndex, right.startIndex - test.startIndex).trim().replace(/\s+/g, ' ');
    if (OPPOSITE[op] !== undefined) return `${left.text} ${OPPOSITE[op]} ${right.text}`;
  }
  return /^[\w.]+$/.test(test.text) ? `not ${test.text}` : `not (${test.text})`;
}

/** Is the `raise` at `x` caught by a `try` around it, up to `outer` (bare `except:`, `Exception`, `BaseException` or its own class)? */
function caughtAround(x: Node, outer: Node): boolean {
  const raised = /^raise\s+([\w.]+)/.exec(x.text)?.[1].split('.').pop();
  for (let p: Node | null = x; p && p.id !== outer.parent?.id; p = p.parent) {
    const parent = p.parent;
    // (In the `try`'s own body: a raise in an `except` or `else` clause is not caught by it.)
    if (parent?.type !== 'try_statement' || p.type !== 'block' || parent.childForFieldName('body')?.id !== p.id) continue;
    for (const clause of parent.namedChildren) {
      if (clause?.type !== 'except_clause') continue;
      const caught = clause.namedChildren.find((c) => c?.type !== 'block' && c?.type !== 'comment')?.text ?? '';
      const names = caught.replace(/\bas\s+\w+\s*$/, '').replace(/[()\s]/g, '').split(',').map((n) => n.split('.').pop());
      if (caught === '' || names.some((n) => n === 'Exception' || n === 'BaseException' || (raised !== undefined && n === raised))) return true;
    }
  }
  return false;
}

/**
 * A lock taken by a bare `lock.acquire()` and left taken (GIL005): a `return`, `raise`, `break` or
 * `continue` between it and its `release()` leaves with it held, or nothing in the module releases it
 * at all. Every thread that asks for it afterwards waits forever. A `try` whose `finally` releases it,
 * and a release just before the exit, let it go.
 */
function locksLeftTaken(scope: StatementScope, fn: Node, out: FunctionWrites): void {
  for (const call of scope.index.ownOfType(fn, 'call')) {
    const stmt = call.parent;
    if (stmt?.type !== 'expression_statement' || stmt.parent?.type !== 'block') continue;
    const lock = acquireReceiver(stmt, 'acquire');
    // (A lock class's own side, `rw.writer_lock()`, may be let go anywhere its class says: not followed.)
    if (lock === undefined || lock === HAND_LOCK || !/^(?:acquire|lock)$/.test(call.childForFieldName('function')?.childForFieldName('attribute')?.text ?? '')) continue;
    const { positional, keyword } = callArgs(call);
    if (positional.length > 0 || keyword.size > 0) continue; // `acquire(False)`, `acquire(timeout=…)`: may not take it
    const releases = (n: Node) => acquireReceiver(n, 'release') === lock;
    // Let go by the `finally` of a `try` around it.
    let finallyReleases = false;
    for (let p: Node | null = stmt.parent; p && p.id !== fn.id && !finallyReleases; p = p.parent) {
      const fin = p.type === 'try_statement' ? p.namedChildren.find((c) => c?.type === 'finally_clause') : undefined;
      finallyReleases = !!fin?.descendantsOfType('expression_statement').some((e) => !!e && releases(e));
    }
    if (finallyReleases) continue;
    const after: Node[] = [];
    let released = false;
    for (let s = stmt.nextNamedSibling; s && !released; s = s.nextNamedSibling) (releases(s) ? (released = true) : after.push(s));
    const name = lock;
    if (!released) {
      // Released nowhere in the module (not by another method either): taken for good.
      const anywhere = new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*(?:release|unlock)\\s*\\(`).test(scope.text);
      // A semaphore taken as a signal (`bank.customer_arrives.acquire()`) is given by another module: only
      // what is a lock by its name or by how this module makes it is a lock left taken.
      const lockLike = LOCKISH.test(name.slice(name.lastIndexOf('.') + 1)) || new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*=\\s*(?:threading\\s*\\.\\s*)?R?Lock\\s*\\(`).test(scope.text);
      // (A Condition the function waits on, `cond.acquire()` then `cond.wait()` in its loop, is let go by each wait.)
      const waitsOn = new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*wait(?:_for)?\\s*\\(`).test(fn.text);
      if (!anywhere && lockLike && !waitsOn) out.mistakes.push({ code: CODES.lockLeftTaken, range: scope.rel(stmt), subject: name, message: `\`${name}.acquire()\` takes \`${name}\`, and nothing in this module lets it go (no \`${name}.release()\`): the next thread that asks for it waits forever. Hold it with \`with ${name}:\`, which lets it go when the block ends.`, severalOnly: true });
      continue;
    }
    // An exit between the acquire and the release, not preceded in its own block by a release.
    for (const s of after) {
      const exit = [s, ...s.descendantsOfType(['return_statement', 'raise_statement', 'break_statement', 'continue_statement']).filter((x): x is Node => !!x)].find((x) => {
        if (!/^(?:return|raise|break|continue)_statement$/.test(x.type) || enclosing(x, FUNCTION_TYPES)?.id !== fn.id) return false;
        // `break`/`continue` of a loop inside the held part stay inside it.
        if ((x.type === 'break_statement' || x.type === 'continue_statement') && enclosing(x, LOOP_TYPES) && enclosing(x, LOOP_TYPES)!.startIndex > stmt.startIndex) return false;
        // (Nor one that lets another lock go just before, `self.exit_gate.release(); return`: it passes a baton on purpose.)
        for (let b = x.previousNamedSibling; b; b = b.previousNamedSibling) if (releases(b) || (acquireReceiver(b, 'release') ?? HAND_LOCK) !== HAND_LOCK) return false;
        // A `raise` in a `try` whose `except` catches it goes on in that `except`, which is looked at itself.
        if (x.type === 'raise_statement' && caughtAround(x, s)) return false;
        // `while True: lock.acquire(); if ready: break; lock.release()` … `lock.release()` after the loop:
        // the `break` leaves the lock held on purpose, for the statements after the loop, which let it go.
        const loop = x.type === 'break_statement' ? enclosing(x, LOOP_TYPES) : undefined;
        if (loop) for (let a = loop.nextNamedSibling; a; a = a.nextNamedSibling) if (releases(a)) return false;
        return true;
      });
      if (!exit) continue;
      const word = exit.type.replace('_statement', '');
      out.mistakes.push({ code: CODES.lockLeftTaken, range: scope.rel(exit), subject: name, message: `This \`${word}\` leaves with \`${name}\` still held: the \`${name}.acquire()\` above it is let go only at the \`${name}.release()\` further down, which this path skips, so the next thread that asks for the lock waits forever. Hold it with \`with ${name}:\` (or release it in a \`finally:\`).`, severalOnly: true });
      break;
    }
  }
}

/**
 * A read-modify-write done under a lock, with the same state read outside that acquisition, so the
 * two are not one step and another thread's update can come between them:
 * - `return`: `with _lock: _last += 1` then `return _last` after the `with` (two callers return one id);
 * - `test`: `with lock: self.n -= 1` then `if self.n == 0: …` (two threads both see 0, or neither);
 * - `relock`: `with lock: self.n += 1` then `with lock: i = self.n % k` (two threads read one value);
 * - `before`: `host = self.hosts[self.idx]` then `with lock: self.idx = (self.idx + 1) % k` (two
 *   threads take the same host and the next is skipped).
 */
function readAcrossRelease(
  scope: StatementScope,
  view: ModuleView,
  out: FunctionWrites,
  fn: Node,
  update: Node,
  subject: string,
  held: number[],
  reported: Set<number>,
): { read: Node; lockStatement: Node; lock: string; use: 'return' | 'test' | 'relock' | 'report' | 'before'; readStatement?: Node } | undefined {
  // A read-modify-write: `+=`, or a store whose value reads the state (`self.n = max(0, self.n - 1)`).
  // (A store's or an update's own target is not a read of the value.)
  const readsSubject = (n: Node | null | undefined) =>
    n ? [...walk(n)].find((r) => (r.type === 'identifier' || r.type === 'attribute') && r.text.replace(/\s+/g, '') === subject && r.parent?.type !== 'attribute' && !(/assignment$/.test(r.parent?.type ?? '') && r.parent!.childForFieldName('left')?.id === r.id)) : undefined;
  if (update.type !== 'augmented_assignment' && !(update.type === 'assignment' && readsSubject(update.childForFieldName('right')))) return undefined;
  let lockStatement: Node | undefined;
  for (let p = update.parent; p && p.id !== fn.id && !lockStatement; p = p.parent) if (p.type === 'with_statement' && held.includes(p.id)) lockStatement = p;
  let lock: string | undefined;
  let acquired: Node | undefined;
  if (!lockStatement) {
    // `_lock.acquire()` … `_last += 1` … `_lock.release()`, then the return.
    const statement = statementOf(update, fn);
    const siblings = statement.parent?.type === 'block' ? statement.parent.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') : [];
    const at = siblings.findIndex((n) => n.id === statement.id);
    let release = siblings.slice(at + 1).find((n) => acquireReceiver(n, 'release') !== undefined);
    lock = release && acquireReceiver(release, 'release');
    acquired = siblings.slice(0, at).reverse().find((n) => acquireReceiver(n, 'acquire') === lock);
    // Or `lock.acquire()` then `try: … finally: lock.release()`: the `try` is what holds it.
    const tryStatement = statement.parent?.parent?.type === 'try_statement' && statement.parent.parent.childForFieldName('body')?.id === statement.parent.id ? statement.parent.parent : undefined;
    const released = tryStatement && releasedInFinally(tryStatement)[0];
    if (!release && tryStatement && released !== undefined && tryStatement.parent?.type === 'block') {
      lock = released;
      const outer = tryStatement.parent.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
      acquired = outer.slice(0, outer.findIndex((n) => n.id === tryStatement.id)).reverse().find((n) => acquireReceiver(n, 'acquire') === lock);
      release = tryStatement;
    }
    if (!release || lock === undefined || !held.includes(acquired?.id ?? -1)) return undefined;
    lockStatement = release;
  }
  const block = lockStatement.parent;
  if (block?.type !== 'block') return undefined;
  const item = lock === undefined ? withItemValue(lockStatement.descendantsOfType('with_item')[0]) : undefined;
  const lockName = lock ?? dotted((item?.type === 'as_pattern' ? item.namedChildren[0] : item) ?? null) ?? 'the lock';
  const unlocked = (n: Node) => lockScopes(scope, view, out, n, fn, reported).length === 0;
  const statements = block.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
  const at = statements.findIndex((n) => n.id === lockStatement!.id);
  const next = statements[at + 1];
  // Where the value returned names an identity (an id, a ticket, a sequence number) two equal ones are
  // a bug; a count shown a little late is not.
  const identity = /(?:^|_)(?:id|ids|uid|seq|sequence|serial|ticket|token|nonce|next)(?:_|$)|[a-z](?:Id|Seq|Serial|Ticket)$/i;
  const returned = next?.type === 'return_statement' ? readsSubject(next) : undefined;
  if (returned && unlocked(next!) && (identity.test(subject.replace(/^.*\./, '')) || identity.test(fn.childForFieldName('name')?.text ?? ''))) return { read: returned, lockStatement, lock: lockName, use: 'return' };
  if ((next?.type === 'if_statement' || next?.type === 'while_statement') && unlocked(next)) {
    const read = readsSubject(next.childForFieldName('condition'));
    // What only wakes waiters or reports (`done.set()`, `print(…)`) is the same done twice.
    const body = next.childForFieldName(next.type === 'if_statement' ? 'consequence' : 'body');
    const harmless = !!body && body.namedChildren.every((n) => !n || n.type === 'comment' || (n.type === 'expression_statement' && /^(?:print|log\w*|\w*logger|logging)\b.*\)$|\.(?:set|notify_all|debug|info|warning)\(\)?/s.test(n.text) && !/\.release\(/.test(n.text)));
    if (read && !harmless) return { read, lockStatement, lock: lockName, use: 'test' };
  }
  if (next?.type === 'with_statement' && lock === undefined && withItemValue(next.descendantsOfType('with_item')[0])?.text === item?.text) {
    // Two acquisitions in a row: the second one's read is not the first one's value.
    const read = readsSubject(next.childForFieldName('body'));
    if (read) return { read, lockStatement: next, lock: lockName, use: 'relock' };
  }
  // Shown after the lock is let go (`print(name, total)`, `log.info("%d", self.n)`): it can show another thread's value,
  // two threads the same one and some none. (The next few statements, up to the next that takes a lock.)
  for (const n of statements.slice(at + 1, at + 4)) {
    if (n.type === 'with_statement' || acquireReceiver(n, 'acquire') !== undefined) break;
    const call = n.type === 'expression_statement' ? n.namedChildren[0] : undefined;
    const callee = call?.type === 'call' ? call.childForFieldName('function')?.text.replace(/\s+/g, '') : undefined;
    if (callee === undefined || !/^(?:print|(?:\w+\.)?(?:log|logger|logging|_log|_logger|LOG|LOGGER)\.(?:debug|info|warning|warn|error|critical|exception|log)|sys\.stdout\.write)$/.test(callee)) continue;
    const read = readsSubject(call!.childForFieldName('arguments'));
    if (read && unlocked(n)) return { read, lockStatement, lock: lockName, use: 'report' };
  }
  // The value read just before the lock is taken: `host = self.hosts[self.idx]`, `old = self.n` (returned later).
  const first = acquired ?? lockStatement;
  const before = statements[statements.findIndex((n) => n.id === first.id) - 1];
  const assignment = before?.type === 'expression_statement' ? before.namedChildren[0] : undefined;
  const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
  const read = left?.type === 'identifier' ? readsSubject(assignment!.childForFieldName('right')) : undefined;
  if (!read || !unlocked(before!)) return undefined;
  const index = read.parent?.type === 'subscript' && read.parent.childForFieldName('subscript')?.id === read.id;
  // Kept: returned, or handed to a call after the lock (`requests.get(url, params=params)`): the work is done with what was read.
  const named = new RegExp(`\\b${left!.text}\\b`);
  const handedOn = (n: Node) => n.descendantsOfType('argument_list').some((a) => !!a && a.namedChildren.some((x) => !!x && (x.text === left!.text || (x.type === 'keyword_argument' && x.childForFieldName('value')?.text === left!.text))));
  const kept = statements.slice(at + 1).some((n) => (n.type === 'return_statement' && read.parent?.id === assignment!.id && named.test(n.text)) || handedOn(n));
  return index || kept ? { read, lockStatement: first, lock: lockName, use: 'before', readStatement: before } : undefined;
}

/**
 * `with self._lock: other._balance += n` in a method: the lock held is this object's, but the update
 * is to another object's attribute, one that the class itself updates on `self` (so the other
 * object's own methods change it under the other object's lock). Each lock guards only its own
 * object, so the two updates can interleave: a lost update, though every line is "locked".
 */
function otherObjectUnderOwnLock(scope: StatementScope, view: ModuleView, out: FunctionWrites, fn: Node, reported: Set<number>): void {
  // (Reported as a shared write, so a method run on one thread, once, is left alone like any other.)
  const params = paramNames(fn);
  const self = params[0];
  if (!self) return;
  const nodes = scope.index.ownNodes(fn);
  /** The locks held at an update of `self.attr` in this method, by attribute. */
  let ownUpdates: Map<string, string[]> | undefined;
  for (const n of nodes) {
    if (n.type !== 'augmented_assignment') continue;
    const left = n.childForFieldName('left');
    const obj = left?.type === 'attribute' ? left.childForFieldName('object') : undefined;
    const attr = left?.childForFieldName('attribute')?.text;
    // Another object of the kind handed in: `other`, `acc_to`, `target`.
    if (obj?.type !== 'identifier' || obj.text === self || !params.includes(obj.text) || attr === undefined) continue;
    const held: string[] = [];
    if (lockScopes(scope, view, out, n, fn, reported, held).length === 0) continue;
    if (held.length === 0 || !held.every((h) => h.startsWith(`${self}.`))) continue; // another object's lock (or a shared one) is held too
    if (!ownUpdates) {
      ownUpdates = new Map();
      for (const m of nodes) {
        const l = m.type === 'augmented_assignment' || m.type === 'assignment' ? m.childForFieldName('left') : undefined;
        if (l?.type !== 'attribute' || l.childForFieldName('object')?.text !== self) continue;
        const names: string[] = [];
        lockScopes(scope, view, out, m, fn, reported, names);
        const a = l.childForFieldName('attribute')?.text ?? '';
        ownUpdates.set(a, [...(ownUpdates.get(a) ?? []), ...names]);
      }
    }
    // This method changes `self.attr` under the same lock: each object's lock guards its own attr.
    const lock = held.find((h) => ownUpdates!.get(attr)?.includes(h));
    if (lock === undefined) continue;
    const statement = scope.rel(n.parent?.type === 'expression_statement' ? n.parent : n);
    const why = `an attribute of \`${obj.text}\`, another object of this kind`;
    out.writes.push({ range: scope.rel(n), statement, subject: left!.text, why, otherLock: { held: lock, theirs: `${obj.text}.${lock.slice(self.length + 1)}`, own: `${self}.${attr}` } });
  }
}

interface CheckNode {
  /** See CheckThenAct.loop. */
  loop?: string;
  /** A removal of an item held in a parameter that no other thread is handed. */
  ownItem?: string;
  /** The act is a read-modify-write: a finding only where a lock covers the act (unlocked, GIL001 says it). */
  actLocked?: true;
  takes?: true;
  rereadInto?: string;
  /** `equals`: a flag tested and lowered (`if self.ready: self.ready = False`), claimed for the work after. */
  lowers?: true;
  /** `head`: the item was read into a local, not tested, before the take: which end. */
  peeked?: '0' | '-1';
  heap?: true;
  othersItem?: true;
  fromCopy?: true;
  ifNode: Node;
  /** `drain`: the take is in this method of the class, which the loop calls (`self.take_one()`). */
  takenIn?: string;
  /** Where the lock must start when that is before the `if`: the copy its test reads (`client = self._client`). */
  copy?: Node;
  makesObject?: true;
  storesGiven?: true;
  test: Node;
  write: Node;
  subject: string;
  why: string;
  kind: CheckThenAct['kind'];
  setdefault?: string;
  /** The add's statement, when more statements follow it in the `if` (see CheckThenAct.addEnd). */
  addEnd?: Node;
  /** A guard clause (`if x in s: return`) before the add: the add's statement, and whether work comes between. */
  guard?: { end: Node; workBetween: boolean };
  /** See CheckThenAct.dumped. */
  dumped?: DumpCall;
  dumpedThrough?: string;
  /** See CheckThenAct.view. */
  view?: string;
  /** See CheckThenAct.byIndex. */
  byIndex?: true;
  /** See CheckThenAct.copiedItem. */
  copiedItem?: true;
}

/**
 * The innermost `if` around an assignment to `target` (in its consequence) whose test asks whether
 * that state is there yet: `k not in d` for `d[k] = …`, `x is None` / `x == None` / `not x` for
 * `x = …`, `not hasattr(o, "a")` for `o.a = …`.
 */
function checkBefore(assignment: Node, target: Node, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  let child = assignment;
  for (let p = assignment.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    // `if k in d: … else: d[k] = v`: the else branch acts on the test's "missing" answer.
    if (p.type === 'if_statement' && child.type === 'else_clause' && target.type === 'subscript') {
      const key = target.childForFieldName('subscript')?.text;
      const container = target.childForFieldName('value')?.text;
      // The else runs when every part of an `or` is false (`if k in d or k in other: … else: d[k] = v`), and every `elif` test.
      const test = key !== undefined && container !== undefined ? branchTests(p).find((t) => chain(t, 'or').some((part) => testsMembership(part, key, container, true))) : undefined;
      if (test) return { ifNode: p, test, write: assignment, kind: 'missing-key' };
      continue;
    }
    // `if self.waiting: pair(self.waiting, me) … else: self.waiting = me`: the else runs when it is not there yet.
    if (p.type === 'if_statement' && child.type === 'else_clause' && (target.type === 'attribute' || target.type === 'identifier')) {
      const test = p.childForFieldName('condition');
      const bare = test?.type === 'parenthesized_expression' ? test.namedChildren[0] : test;
      if (test && bare && testedAsSet(bare) === target.text.replace(/\s+/g, '')) return { ifNode: p, test, write: assignment, kind: 'none', ...(storesParameter(assignment, fn) && { storesGiven: true as const }) };
      continue;
    }
    // (`while self.mode == SYNC: self.mode = NONE` … claims as an `if` does, on each round.)
    const loopBody = p.type === 'while_statement' && p.childForFieldName('body')?.id === child.id;
    if (!loopBody && (p.type !== 'if_statement' || p.childForFieldName('consequence')?.id !== child.id)) continue;
    const condition = p.childForFieldName('condition');
    const held = heldTest(condition, fn);
    if (!held || !condition) continue;
    const copied = testKind(held, target) ? undefined : copyTested(held, target, assignment, p);
    // `if table.free: table.free = False`, then the work it keeps to one thread: a flag taken as a claim.
    // (In a loop, only a store the round begins with, in the loop's own body: one deep in the round's work, `while
    // self.cycle: … if found: self.cycle = False`, is a stop flag lowered, long after the test.)
    const claimed = assignment.childForFieldName('right')?.type === 'false' && (!loopBody || assignment.parent?.parent?.id === child.id) && conjuncts(held).some((part) => part.text.replace(/\s+/g, '') === target.text.replace(/\s+/g, '')) && workAfter(assignment) ? 'equals' : undefined;
    // `while tickets > 0: … tickets -= 1`: each round takes one of what the test said is left.
    const takesTested = loopBody && !testedAgainBefore(assignment, p, target) ? takesWhatLoopTests(held, target, assignment) : undefined;
    const kind = takesTested ? 'compared' : copied?.kind ?? testKind(held, target) ?? claimed;
    // (A loop's bound, `while n < LIMIT: … with lock: n += k`, is the loop's way out, not a claim.)
    if (!kind || (loopBody && kind !== 'equals' && !takesTested)) continue;
    // (`if self._win is None or not valid(self._win): self._win = None`: nothing is made, and storing None twice loses nothing.)
    if (kind === 'none' && assignment.childForFieldName('right')?.type === 'none') continue;
    const test = testSite(held, condition);
    const ifNode = p;
    const stored = assignment.childForFieldName('right');
    // (`client = Client(); self._client = client`: the local made in the `if`.)
    const consequence = loopBody ? p.childForFieldName('body') : p.childForFieldName('consequence');
    const made = makesObject(stored) || (stored?.type === 'identifier' && !!consequence && consequence.namedChildren.some((x) => x?.type === 'expression_statement' && x.namedChildren[0]?.type === 'assignment' && x.namedChildren[0].childForFieldName('left')?.text === stored.text && makesObject(x.namedChildren[0].childForFieldName('right'))));
    const result: Omit<CheckNode, 'subject' | 'why'> = { ifNode, test, write: assignment, kind, ...(takesTested && { loop: takesTested }), ...(kind === claimed && !testKind(held, target) && !copied && { lowers: true as const }), ...(copied && { copy: copied.copy }), ...(kind === 'none' && made && { makesObject: true as const }), ...(kind === 'none' && storesParameter(assignment, fn) && { storesGiven: true as const }) };
    // setdefault replaces `if k not in d: d[k] = v` exactly when v is plain (no call: it would run every time).
    const body = consequence?.namedChildren.filter((n) => n && n.type !== 'comment') ?? [];
    const value = assignment.childForFieldName('right');
    const plain = value && ![...walk(value)].some((n) => n.type === 'call' || n.type === 'await' || n.type === 'yield' || n.type === 'named_expression' || n.type === 'lambda');
    const only = body.length === 1 && body[0]?.type === 'expression_statement' && body[0].namedChildren[0]?.id === assignment.id;
    const noElse = !p.namedChildren.some((n) => n?.type === 'else_clause' || n?.type === 'elif_clause');
    if (kind === 'missing-key' && plain && only && noElse && conjuncts(test).length === 1 && ifNode.startPosition.row !== assignment.startPosition.row) {
      result.setdefault = `${target.childForFieldName('value')!.text}.setdefault(${target.childForFieldName('subscript')!.text}, ${value!.text})`;
    }
    return result;
  }
  return undefined;
}

/**
 * `while tickets > 0:` (or `while tickets:`) around `tickets -= 1`: the loop's test says some are
 * left, and the round takes one. Unlike a bound counted up to (`while n < LIMIT: n += k`, which only
 * decides when to stop), two threads that both pass the test both take, below what the test kept.
 */
function takesWhatLoopTests(test: Node, target: Node, update: Node): string | undefined {
  if (update.type !== 'augmented_assignment' || update.childForFieldName('operator')?.text !== '-=') return undefined;
  const name = target.text.replace(/\s+/g, '');
  for (const part of conjuncts(test)) {
    const c = part.type === 'parenthesized_expression' ? (part.namedChildren[0] ?? part) : part;
    if (c.text.replace(/\s+/g, '') === name) return `not ${target.text}`;
    if (c.type !== 'comparison_operator' || c.namedChildren.length !== 2) continue;
    const op = c.children.find((x) => x && !x.isNamed)?.text;
    const [left, right] = c.namedChildren.map((x) => x?.text.replace(/\s+/g, ''));
    const flipped = { '>': '<=', '>=': '<', '<': '>=', '<=': '>' }[op ?? ''];
    if (((op === '>' || op === '>=') && left === name) || ((op === '<' || op === '<=') && right === name)) return `${c.namedChildren[0]!.text} ${flipped} ${c.namedChildren[1]!.text}`.slice(0, 60);
  }
  return undefined;
}

/**
 * `while seats > 0: with lock: if seats <= 0: break` … `seats -= 1`: a test of the state made again,
 * between the loop's test and the take, by a statement that leaves (break, return, continue, raise).
 */
function testedAgainBefore(take: Node, loop: Node, target: Node): boolean {
  const name = new RegExp(`(?<![\\w.])${escapeRegExp(target.text).replace(/\s+/g, '\\s*')}\\b`);
  for (let child: Node = take, p = take.parent; p && p.id !== loop.id; child = p, p = p.parent) {
    if (p.type !== 'block') continue;
    for (let s = child.previousNamedSibling; s; s = s.previousNamedSibling) {
      if (s.type !== 'if_statement' || !name.test(s.childForFieldName('condition')?.text ?? '')) continue;
      const leaves = s.childForFieldName('consequence')?.namedChildren.some((x) => x && /^(?:break|continue|return|raise)_statement$/.test(x.type));
      if (leaves) return true;
    }
  }
  return false;
}

/** `tickets == 0`: the state against a number, the limit a counter stops at (two threads can both pass it by one). */
function limitReached(test: Node, target: Node): boolean {
  const t = test.type === 'parenthesized_expression' ? (test.namedChildren[0] ?? test) : test;
  if (t.type !== 'comparison_operator' || t.namedChildren.length !== 2 || !t.children.some((c) => c?.text === '==')) return false;
  const [a, b] = t.namedChildren;
  return (a?.text === target.text && b?.type === 'integer') || (b?.text === target.text && a?.type === 'integer');
}

/**
 * `if balance < n: return` (or `if tickets == 0: return`) … `balance -= n`: a guard clause that leaves unless the state compares
 * right, before an update of it. The update may hold a lock; the test, made apart from it, can be out
 * of date by then.
 */
function comparedGuardBefore(update: Node, target: Node, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  let child = update;
  for (let p = update.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    if (p.type !== 'block') continue;
    const found = guardClauseBefore(p, child, (test, guard) => !hasElse(guard) && chain(test, 'or').some((t) => testKind(t, target) === 'compared' || limitReached(t, target)));
    if (found) return { ifNode: found.guard, test: found.test, write: update, kind: 'compared', guard: { end: child, workBetween: found.workBetween } };
  }
  return undefined;
}

/**
 * `try: d[k].append(x)` … `except KeyError: d[k] = [x]`: the try's read of `d[k]` is the test, the
 * store in the handler the act. Two threads can both miss the key, and the later store replaces the
 * list the first one made, with what was appended to it.
 */
function insertAfterKeyError(assignment: Node, target: Node, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  let clause: Node | undefined;
  for (let p = assignment.parent; p && p.id !== fn.id && !clause; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    if (p.type === 'except_clause') clause = p;
  }
  const value = clause?.childForFieldName('value');
  const caught = value?.type === 'as_pattern' ? value.namedChildren[0] : value;
  const names = caught?.type === 'tuple' ? caught.namedChildren.map((n) => n?.text) : [caught?.text];
  if (!clause || !names.some((n) => n === 'KeyError' || n === 'LookupError')) return undefined;
  const body = clause.parent?.type === 'try_statement' ? clause.parent.childForFieldName('body') : undefined;
  const item = target.text.replace(/\s+/g, '');
  const read = body ? [...walk(body)].find((n) => n.type === 'subscript' && n.text.replace(/\s+/g, '') === item) : undefined;
  return read ? { ifNode: clause.parent!, test: read, write: assignment, kind: 'missing-key', guard: { end: clause.parent!, workBetween: true } } : undefined;
}

/**
 * The `if` around a call `self.method()` whose test asks whether `self.attr` is there yet (`not
 * self._token`, `self._conn is None`) while `method`, in the same class, stores `self.attr`.
 */
/** The `def` of a class's method by name, decorated or not (`@property` too). */
function methodDefinition(cls: Node, method: string): Node | undefined {
  return cls.childForFieldName('body')?.namedChildren.map((d) => (d?.type === 'decorated_definition' ? d.childForFieldName('definition') : d)).find((d): d is Node => d?.type === 'function_definition' && d.childForFieldName('name')?.text === method);
}

/**
 * `while len(self.jobs) > 0: self.take_one()` in a method, where the class's `take_one` pops `self.jobs`
 * (`pop()`, `popleft()`, `pop(0)`) with no test of its own and no `except IndexError`: the loop's test is the
 * take's size test, one method away. The drain check, and the loop's `self.jobs`.
 */
function helperTakesTested(call: Node, method: string, fn: Node): { check: Omit<CheckNode, 'subject' | 'why'>; attr: Node } | undefined {
  // (The loop first: most calls on `self` are in none, and the helper is then not looked for.)
  let loop: Node | null = call.parent;
  while (loop && loop.id !== fn.id && loop.type !== 'while_statement') loop = loop.parent;
  const test = loop?.type === 'while_statement' ? loop.childForFieldName('condition') : undefined;
  if (!test || !/\bself\b/.test(test.text)) return undefined;
  const cls = enclosing(fn, CLASS_TYPES);
  const helper = cls ? methodDefinition(cls, method) : undefined;
  if (!helper || helper.id === fn.id || !/\.\s*pop(?:left)?\s*\(/.test(helper.text) || /\bexcept\b(?![^\n]*\b(?:KeyError|ValueError|TypeError)\b)[^\n]*:/.test(helper.text)) return undefined;
  for (const m of helper.text.matchAll(/\bself\s*\.\s*(\w+)\s*\.\s*pop(?:left)?\s*\(\s*(?:0|-1)?\s*\)/g)) {
    const name = m[1];
    // (A helper that looks at the size itself acts on its own test.)
    if (new RegExp(`^\\s*(?:if|elif|while)\\b[^\\n]*\\bself\\s*\\.\\s*${name}\\b`, 'm').test(helper.text)) continue;
    const attr = [...walk(test)].find((x) => x.type === 'attribute' && x.childForFieldName('object')?.text === 'self' && x.childForFieldName('attribute')?.text === name);
    const check = attr && sizeCheckBefore(call, attr.text, fn, true);
    if (attr && check?.kind === 'drain') return { check, attr };
  }
  return undefined;
}

function helperSetsTested(call: Node, method: string, fn: Node): { ifNode: Node; test: Node; attr: Node; kind: CheckThenAct['kind']; storesGiven?: true } | undefined {
  let child = call;
  for (let p = call.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    if (p.type !== 'if_statement' || p.childForFieldName('consequence')?.id !== child.id) continue;
    const test = p.childForFieldName('condition');
    const cls = enclosing(fn, CLASS_TYPES);
    if (!test || !cls) return undefined;
    const helper = methodDefinition(cls, method);
    if (!helper) return undefined;
    // (A test asked of a query method, `if self.name_free(n):`, is the comparison it returns: see queriedTest.)
    const held = heldTest(test, fn) ?? test;
    for (const attr of [...walk(held)].filter((x) => x.type === 'attribute' && x.childForFieldName('object')?.text === 'self')) {
      const name = attr.childForFieldName('attribute')?.text;
      if (!name) continue;
      // `if self.name_free(n): self.register(n, p)`, where `register` stores `self.users[n] = p`: the item is the act.
      const fills = held !== test && held.type === 'comparison_operator' && /\sin\s/.test(held.text) && new RegExp(`\\bself\\s*\\.\\s*${name}\\s*(?:\\[[^\\]\\n]*\\]\\s*=(?!=)|\\.\\s*(?:add|append|setdefault)\\s*\\()`).test(helper.text);
      if (!fills && !new RegExp(`\\bself\\s*\\.\\s*${name}\\s*=(?!=)`).test(helper.text)) continue;
      // A helper that tests it again before storing (double-checked, as a rule under its lock) acts on its own test.
      if (new RegExp(`^\\s*(?:if|elif|while)\\b[^\\n]*\\bself\\s*\\.\\s*${name}\\b`, 'm').test(helper.text)) continue;
      // (A dict's item stored from what the caller was handed, `register(n, conn)`: the later store drops the first caller's.)
      const item = fills && new RegExp(`\\bself\\s*\\.\\s*${name}\\s*\\[[^\\]\\n]*\\]\\s*=(?!=)`).test(helper.text);
      const handed = callArgs(call).positional.some((a) => a.type === 'identifier' && paramNames(fn).includes(a.text));
      if (fills) return { ifNode: p, test: testSite(held, test), attr, kind: item ? 'missing-key' : 'missing-member', ...(item && handed && { storesGiven: true as const }) };
      const kind = testKind(held, attr);
      if (kind === 'none' || kind === 'hasattr' || kind === 'compared' || kind === 'equals' || kind === 'changed') return { ifNode: p, test: testSite(held, test), attr, kind };
    }
    return undefined;
  }
  return undefined;
}

/** The attribute a property of the method's class returns as it is (`return self._tokens` for `tokens`), if any. */
function propertyBacking(fn: Node, name: string | undefined): string | undefined {
  const cls = name !== undefined ? enclosing(fn, CLASS_TYPES) : undefined;
  for (const d of cls?.childForFieldName('body')?.namedChildren ?? []) {
    const def = d?.type === 'decorated_definition' ? d.childForFieldName('definition') : undefined;
    if (def?.childForFieldName('name')?.text !== name || !d!.namedChildren.some((x) => x?.type === 'decorator' && /^@\s*property\b/.test(x.text))) continue;
    const body = def!.childForFieldName('body')?.namedChildren.filter((x) => x?.type !== 'comment' && x?.type !== 'expression_statement') ?? [];
    const returned = body.length === 1 && body[0]?.type === 'return_statement' ? body[0].namedChildren[0] : undefined;
    return returned?.type === 'attribute' && returned.childForFieldName('object')?.text === 'self' ? returned.childForFieldName('attribute')?.text : undefined;
  }
  return undefined;
}

/** `Client(…)`, `httpx.Client()`, `object()`: a new object, whose identity matters (two made are two), unlike a value computed twice. */
/** Does the assignment store what the function was handed (`self.waiting = conn` in `on_join(self, conn)`)? */
function storesParameter(assignment: Node, fn: Node): boolean {
  const stored = assignment.childForFieldName('right');
  return stored?.type === 'identifier' && paramNames(fn).includes(stored.text);
}

function makesObject(value: Node | null | undefined): boolean {
  return value?.type === 'call' && /(?:^|\.)(?:[A-Z]\w*|object)$/.test(value.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '');
}

/**
 * `if self.worker is not None: return` (or `if self.worker: return`) earlier in a block, then
 * `self.worker = …`: the guard clause form of `if self.worker is None: self.worker = …`.
 */
function noneGuardBefore(assignment: Node, target: Node, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  if (target.type === 'subscript') return undefined;
  // A cache of a plain value (`nobody = pwd.getpwnam("nobody")[2]`) made twice is the same value; an object made twice is two.
  // A busy flag (`if busy: return` … `busy = True`) taken twice lets two threads into what it keeps to one.
  // A running flag lowered once (`if not self.running: return` … `self.running = False`, then the
  // shutdown) is the same claim turned round: two threads both pass and both shut down.
  const stored = assignment.childForFieldName('right')?.type;
  const lowers = stored === 'false' && workAfter(assignment);
  const claims = stored === 'true' || lowers;
  if (!claims && !makesObject(assignment.childForFieldName('right'))) return undefined;
  const name = target.text.replace(/\s+/g, '');
  const there = (t: Node): boolean => {
    const u = t.type === 'parenthesized_expression' ? (t.namedChildren[0] ?? t) : t;
    if (lowers) return u.type === 'not_operator' && u.childForFieldName('argument')?.text.replace(/\s+/g, '') === name;
    if (u.text.replace(/\s+/g, '') === name) return true;
    // (`if self._worker and self._worker.is_alive(): return`: it there, and more about it.)
    if (!claims && u.type === 'boolean_operator' && u.childForFieldName('operator')?.type === 'and') {
      const [first, ...rest] = chain(u, 'and');
      return !!first && there(first) && rest.every((r) => r.text.replace(/\s+/g, '').startsWith(`${name}.`));
    }
    return !claims && u.type === 'comparison_operator' && /\bis\s+not\s+None$/.test(u.text) && u.namedChildren[0]?.text.replace(/\s+/g, '') === name;
  };
  let child = assignment;
  for (let p = assignment.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    if (p.type !== 'block') continue;
    const found = guardClauseBefore(p, child, (test, guard) => !hasElse(guard) && chain(test, 'or').some(there));
    // (`if stop: return` … `if at_exit(cell): stop = True`: a flag raised on a condition of its own is a
    // signal to stop, which two threads can raise together; a claim follows its guard unconditionally.)
    if (found && claims && underIf(assignment, child)) return undefined;
    if (found) return { ifNode: found.guard, test: found.test, write: assignment, kind: claims ? 'equals' : 'none', guard: { end: child, workBetween: found.workBetween } };
  }
  return undefined;
}

/**
 * `last = self.sent.get(user)` … `if last is not None and now - last < 60: return` … `self.sent[user] = now`, then
 * work: a guard clause on a local copy of an item, then a store of that item, with work after it (a send, a
 * dispatch). Two threads can both read the old value and both pass; both store, and both do the work meant once.
 */
function copiedItemGuardBefore(assignment: Node, target: Node, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  const key = target.childForFieldName('subscript')?.text;
  const container = target.childForFieldName('value')?.text;
  if (key === undefined || container === undefined) return undefined;
  const item = target.text.replace(/\s+/g, '');
  let child = assignment;
  for (let p = assignment.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    if (p.type !== 'block') continue;
    // The locals this block copies the item into before the store (and does not bind again to something else).
    const copies = new Map<string, Node>();
    for (const s of p.namedChildren) {
      if (!s || s.id === child.id) break;
      const a = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
      const local = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
      if (local?.type !== 'identifier') continue;
      const read = a!.childForFieldName('right');
      if (getsItem(read, key, container) || read?.text.replace(/\s+/g, '') === item) copies.set(local.text, s);
      else copies.delete(local.text);
    }
    if (copies.size === 0) continue;
    const copiesTested = (test: Node) => (test.type === 'identifier' ? [test] : test.descendantsOfType('identifier')).flatMap((id) => (id && copies.has(id.text) ? [copies.get(id.text)!] : []));
    const found = guardClauseBefore(p, child, (test, guard) => !hasElse(guard) && copiesTested(test).length > 0);
    // (A lock must start at the copy: taken after it, both threads could still have read the old value.)
    const copy = found && copiesTested(found.test).sort((x, y) => x.startIndex - y.startIndex)[0];
    // (Whether work follows the store is asked last: it reads every later statement's calls.)
    if (found && copy) return !workAfter(assignment) ? undefined : { ifNode: found.guard, test: found.test, write: assignment, kind: 'equals', copiedItem: true, copy, guard: { end: child, workBetween: found.workBetween } };
  }
  return undefined;
}

/**
 * Does a call follow the assignment's statement in its block that a second pass would do again? Not
 * logging, and not what is harmless twice: a join or a wait, setting or clearing an event, a close.
 */
function workAfter(assignment: Node): boolean {
  const statement = assignment.parent?.type === 'expression_statement' ? assignment.parent : undefined;
  const harmless = /^(?:print|(?:\w+\.)*(?:log|logger|logging|LOG|LOGGER|_log|_logger)\.\w+|[\w.]+\.(?:join|wait|set|clear|close|cancel|notify|notify_all))$/;
  for (let s = statement?.nextNamedSibling; s; s = s.nextNamedSibling) {
    if (s.descendantsOfType('call').some((c) => !!c && !harmless.test(c.childForFieldName('function')?.text.replace(/\s+/g, '') ?? ''))) return true;
  }
  return false;
}

/** Is the node inside an `if` (in any branch) that is within `statement`, or is `statement` one? */
function underIf(node: Node, statement: Node): boolean {
  for (let p: Node | null = node; p; p = p.parent) {
    if (p.type === 'if_statement') return true;
    if (p.id === statement.id) return false;
  }
  return false;
}

/** A loop that only waits (`pass`, `continue`, `...`, a sleep) for its condition to change. */
function busyWait(loop: Node): boolean {
  return loop.type === 'while_statement' && !!loop.childForFieldName('body')?.namedChildren.every((n) => !n || n.type === 'comment' || n.type === 'pass_statement' || n.type === 'continue_statement' || (n.type === 'expression_statement' && (n.namedChildren[0]?.type === 'ellipsis' || /(?:^|\.)sleep\s*\(/.test(n.text))));
}

/**
 * The entry protocol of a lock written by hand (Peterson's, Dekker's, the bakery): the thread first
 * announces itself (`flag[i] = True; turn = j`), then waits while another may be inside (`while
 * flag[j] and turn == j: pass`). What follows the wait in its block is the critical section. A wait
 * on state the thread did not set first is a spin lock, which spinBefore reports.
 */
function entryProtocol(loop: Node): boolean {
  if (!busyWait(loop)) return false;
  const condition = loop.childForFieldName('condition')?.text ?? '';
  for (let s = loop.previousNamedSibling; s; s = s.previousNamedSibling) {
    const a = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
    const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
    const base = left?.type === 'subscript' ? left.childForFieldName('value')?.text : left?.type === 'identifier' ? left.text : undefined;
    if (base !== undefined && new RegExp(`(?<![\\w.])${escapeRegExp(base)}\\b`).test(condition)) return true;
  }
  return false;
}

/**
 * A home-made lock: `while busy: pass` (or a sleep) right before `busy = True`. Two threads can both
 * leave the loop on the same False and both set it: both get in.
 */
function spinBefore(assignment: Node, target: Node, value: Node, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  const statement = assignment.parent?.type === 'expression_statement' ? assignment.parent : undefined;
  const siblings = statement?.parent?.type === 'block' ? statement.parent.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') : [];
  const loop = siblings[siblings.findIndex((n) => n.id === statement?.id) - 1];
  const test = loop?.type === 'while_statement' ? loop.childForFieldName('condition') : undefined;
  if (!test || statementOf(assignment, fn).id !== statement!.id) return undefined;
  const flag = target.text.replace(/\s+/g, '');
  // (Or each thread its own flag, waiting on the other's first: `while flag[other]: pass`, then `flag[me] = True`.
  // Both can find the other's down and both raise their own: the announcement must come before the wait.)
  const othersFlag = target.type === 'subscript' && test.type === 'subscript' && test.childForFieldName('value')?.text === target.childForFieldName('value')?.text && test.childForFieldName('subscript')?.text !== target.childForFieldName('subscript')?.text;
  const sets = value.text === 'True' || value.text === '1' ? test.text.replace(/\s+/g, '') === flag || othersFlag
    : value.text === 'False' || value.text === '0' ? test.type === 'not_operator' && test.childForFieldName('argument')?.text.replace(/\s+/g, '') === flag
    : false;
  return sets && busyWait(loop!) ? { ifNode: loop!, test, write: assignment, kind: 'spin', guard: { end: statement!, workBetween: true }, ...(othersFlag && { othersItem: true as const }) } : undefined;
}

/**
 * `if path != self.last: …` then, after the `if` in the same block, `self.last = path`: the test
 * and the store of one change, with the work for it between them.
 */
function changedBefore(assignment: Node, target: Node, value: Node, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  const statement = assignment.parent?.type === 'expression_statement' ? assignment.parent : undefined;
  const block = statement?.parent;
  if (!statement || block?.type !== 'block' || enclosing(statement, FUNCTION_TYPES)?.id !== fn.id) return undefined;
  const siblings = block.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
  for (let i = siblings.findIndex((n) => n.id === statement.id) - 1; i >= 0; i--) {
    const test = siblings[i].type === 'if_statement' ? siblings[i].childForFieldName('condition') : undefined;
    const parts = test?.type === 'comparison_operator' && /^[^\n]*?\s!=\s/.test(test.text) ? test.namedChildren.map((c) => c?.text) : [];
    if (parts.length === 2 && parts.includes(target.text) && parts.includes(value.text)) {
      return { ifNode: siblings[i], test: test!, write: assignment, kind: 'changed', guard: { end: statement, workBetween: true } };
    }
  }
  return undefined;
}

/** The tests an `and` (or `or`) chain makes (`a and (b and c)` → a, b, c), parentheses dropped. */
function chain(test: Node, operator: 'and' | 'or'): Node[] {
  const t = test.type === 'parenthesized_expression' ? (test.namedChildren[0] ?? test) : test;
  if (t.type !== 'boolean_operator' || t.childForFieldName('operator')?.type !== operator) return [t];
  return [t.childForFieldName('left'), t.childForFieldName('right')].flatMap((n) => (n ? chain(n, operator) : []));
}
const conjuncts = (test: Node): Node[] => chain(test, 'and');

/** Is one of the test's conjuncts `item not in container` (or, with `present`, `item in container`)? */
function testsMembership(test: Node, item: string, container: string, present = false): boolean {
  return conjuncts(test).some((t) => {
    // `if cache.get(key) is None:` / `if not cache.get(key):` asks whether it is missing too.
    if (!present && t.type === 'not_operator' && getsItem(t.childForFieldName('argument'), item, container)) return true;
    if (!present && t.type === 'comparison_operator' && /\s(?:is|==)\s+None$/.test(t.text) && (getsItem(t.namedChildren[0], item, container) || findsIn(t.namedChildren[0], item, container))) return true;
    if (!present && t.type === 'not_operator' && findsIn(t.childForFieldName('argument'), item, container)) return true;
    // `not any(u.name == user.name for u in self.users)`: the item, or a projection of it, is not there.
    if (!present && t.type === 'not_operator') {
      const call = t.childForFieldName('argument');
      const gen = call?.type === 'call' && call.childForFieldName('function')?.text === 'any' ? call.childForFieldName('arguments') : undefined;
      return gen?.type === 'generator_expression' && overContainer(gen, container) && /^[^\n]*==/.test(gen.namedChildren[0]?.text ?? '') && projects(gen.namedChildren[0]!, item);
    }
    if (t.type !== 'comparison_operator') return false;
    const negated = /\bnot\s+in\b/.test(t.text);
    if (present ? negated || !/\sin\s/.test(t.text) : !negated) return false;
    const [key, c] = t.namedChildren;
    if (key && c && sameItem(key.text, item) && keysOf(c.text) === container) return true;
    // `name not in [u.name for u in self.users]`: a key of the items (the item added carries it), not there.
    return !present && !!key && !!c && /comprehension$|^generator_expression$/.test(c.type) && overContainer(c, container);
  });
}

/** The method a class body defines under `name` (decorated or not). */
export function methodNamed(cls: Node | undefined, name: string | undefined): Node | undefined {
  const defs = cls?.childForFieldName('body')?.namedChildren.map((d) => (d?.type === 'decorated_definition' ? d.childForFieldName('definition') : d));
  return defs?.find((d): d is Node => d?.type === 'function_definition' && d.childForFieldName('name')?.text === name);
}

/**
 * `self.find_room(name)` where that method of the class goes through `container` and returns the element
 * that matches its argument (`for r in self.rooms: if r.name == name: return r`), else None: a lookup of
 * the item in the container, made in a helper.
 */
function findsIn(call: Node | null, item: string, container: string): boolean {
  const f = call?.type === 'call' ? call.childForFieldName('function') : undefined;
  if (f?.type !== 'attribute' || f.childForFieldName('object')?.text !== 'self') return false;
  // (The item added is as a rule made from the name looked up, `Channel(name, motd)` kept in a local first: any add counts.)
  if (item === '' || callArgs(call!).positional.length !== 1) return false;
  const name = f.childForFieldName('attribute')?.text;
  const method = methodNamed(enclosing(call!, CLASS_TYPES), name);
  const param = method ? paramNames(method)[1] : undefined;
  if (!method || param === undefined) return false;
  const wanted = container.replace(/\s+/g, '');
  return method.descendantsOfType('for_statement').some((loop) => {
    const elem = loop?.childForFieldName('left');
    if (elem?.type !== 'identifier' || loop!.childForFieldName('right')?.text.replace(/\s+/g, '') !== wanted) return false;
    const body = loop!.childForFieldName('body')?.text ?? '';
    return new RegExp(`\\breturn\\s+${elem.text}\\b`).test(body) && new RegExp(`(?<![\\w.])${param}\\b`).test(body);
  });
}

/** The container whose keys a membership test looks in: `d`, `d.keys()`, `list(d.keys())`, `set(d)` are all `d`'s. */
function keysOf(text: string): string {
  const flat = text.replace(/\s+/g, '');
  const copied = /^(?:list|set|tuple|frozenset)\((.+)\)$/.exec(flat)?.[1] ?? flat;
  return copied.replace(/\.keys\(\)$/, '');
}

/** The item tested, or what is added made from it alone (`url` tested, `normalize(url)` added). */
function sameItem(tested: string, added: string): boolean {
  return tested === added || /^[\w.]+\(\s*([\w.]+)\s*\)$/.exec(added)?.[1] === tested;
}

/** Does the comprehension go through `container` itself (`for u in self.users`)? */
function overContainer(comprehension: Node, container: string): boolean {
  const clauses = comprehension.namedChildren.filter((n) => n?.type === 'for_in_clause');
  return clauses.length === 1 && clauses[0]!.childForFieldName('right')?.text.replace(/\s+/g, '') === container.replace(/\s+/g, '');
}

/** Is `expr` the item or something read from it (`user.name`, `user["id"]`, `u.id == user.id`)? */
function projects(expr: Node, item: string): boolean {
  return new RegExp(`(?<![\\w.])${escapeRegExp(item)}(?:\\s*[.[]|$|\\s*\\))`).test(expr.text);
}

/** The tests an `if` statement's `else` runs after: its condition and each `elif`'s. */
function branchTests(ifNode: Node): Node[] {
  const elifs = ifNode.namedChildren.filter((n): n is Node => n?.type === 'elif_clause').map((e) => e.childForFieldName('condition'));
  return [ifNode.childForFieldName('condition'), ...elifs].filter((t): t is Node => !!t);
}

/** The innermost `if` around `s.add(x)` (in its consequence) whose test (or one of its `and` parts) is `x not in s`. */
function memberCheckBefore(call: Node, container: string, item: string, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  let child = call;
  for (let p = call.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    // `if x in s: … else: …; s.add(x)`: the `else` of a test that the item is there (one of its `or` parts),
    // the add a statement of the `else` itself (not a failure noted in an `except` deep inside it).
    // (After `elif x in s:` too: the `else` runs when every test before it failed, `if not name: … elif name in room: … else: room.append(name)`.)
    if (p.type === 'else_clause' && p.parent?.type === 'if_statement') {
      if (call.parent?.type !== 'expression_statement' || call.parent.parent?.id !== child.id) return undefined;
      const test = branchTests(p.parent).find((t) => chain(t, 'or').some((part) => testsMembership(part, item, container, true)));
      if (test) return { ifNode: p.parent, test, write: call, kind: 'missing-member' };
      continue;
    }
    if (p.type !== 'if_statement' || p.childForFieldName('consequence')?.id !== child.id) continue;
    const test = p.childForFieldName('condition');
    // `free = name not in self.names` … `if free:`: the test kept in a local just before.
    const flag = test?.type === 'identifier' ? flagSetJustBefore(p, test.text) : undefined;
    // `found = False; for c in rooms: if c == name: found = True` … `if not found:`: a search kept in a flag.
    const search = test && !flag ? searchedBefore(p, test, item, container) : undefined;
    if (!test || (!search && !testsMembership(flag?.childForFieldName('right') ?? test, item, container))) continue;
    // The work after the add can run outside the lock: note where the add's statement ends.
    const body = p.childForFieldName('consequence');
    const statements = body?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
    const at = statements.findIndex((n) => n.startIndex <= call.startIndex && call.endIndex <= n.endIndex);
    const noElse = !p.namedChildren.some((n) => n?.type === 'else_clause' || n?.type === 'elif_clause');
    const splits = at >= 0 && at < statements.length - 1 && noElse && body!.startPosition.row > test.endPosition.row;
    return { ifNode: p, test: search?.loop ?? flag?.childForFieldName('right') ?? test, write: call, kind: 'missing-member', ...(splits && { addEnd: statements[at] }), ...(flag && { copy: flag.parent! }), ...(search && { copy: search.from }) };
  }
  return undefined;
}

/**
 * A search for `item` in `container` kept in a flag, right before `if not found:` (or `found == False`):
 * `for c in rooms:` (or `for i in range(len(rooms))`) whose body sets `found = True` when an element
 * equals the item. The loop, and where the search starts (the flag's `False` just before it, if any).
 */
function searchedBefore(ifNode: Node, test: Node, item: string, container: string): { loop: Node; from: Node } | undefined {
  const negated = test.type === 'not_operator' ? test.childForFieldName('argument') : test.type === 'comparison_operator' && /^\s*\w+\s*(?:==|is)\s*False\s*$/.test(test.text) ? test.namedChildren[0] : undefined;
  if (negated?.type !== 'identifier') return undefined;
  const flag = negated.text;
  const previous = (n: Node) => {
    let b = n.previousNamedSibling;
    while (b?.type === 'comment') b = b.previousNamedSibling;
    return b;
  };
  const loop = previous(ifNode);
  if (loop?.type !== 'for_statement') return undefined;
  const over = loop.childForFieldName('right')?.text.replace(/\s+/g, '');
  const each = loop.childForFieldName('left')?.text;
  const c = container.replace(/\s+/g, '');
  const byIndex = over !== undefined && new RegExp(`^range\\((?:0,)?len\\(${escapeRegExp(c)}\\)\\)$`).test(over);
  if (each === undefined || (over !== c && !byIndex)) return undefined;
  const element = byIndex ? `${c}[${each}]` : each;
  const sets = new RegExp(`^\\s*${flag}\\s*=\\s*True\\s*$`, 'm');
  const found = loop.descendantsOfType('if_statement').some((i) => {
    const cond = i?.childForFieldName('condition');
    const sides = cond?.type === 'comparison_operator' && /==/.test(cond.text) ? cond.namedChildren.map((n) => n?.text.replace(/\s+/g, '')) : [];
    return sides.length === 2 && sides.includes(element) && sides.some((x) => x !== undefined && sameItem(x, item)) && sets.test(i!.childForFieldName('consequence')?.text ?? '');
  });
  if (!found) return undefined;
  const init = previous(loop);
  const starts = init?.type === 'expression_statement' && new RegExp(`^${flag}\\s*=\\s*False$`).test(init.text.trim());
  return { loop, from: starts ? init! : loop };
}

/** `name = <test>` as the statement right before `ifNode`: the assignment, when `if name:` tests it. */
function flagSetJustBefore(ifNode: Node, name: string): Node | undefined {
  let before = ifNode.previousNamedSibling;
  while (before?.type === 'comment') before = before.previousNamedSibling;
  const assignment = before?.type === 'expression_statement' ? before.namedChildren[0] : undefined;
  return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === name ? assignment : undefined;
}

/**
 * The innermost `if` around a removal (in its consequence) whose test (or one of its `and` parts) is
 * `item in container`; or a loop over a copy of the container (`for item in clients[:]`,
 * `list(clients)`, `clients.copy()`) around it, which is the test in another form. `oneStep` replaces
 * the whole `if` when its body is only the removal, with no else and a single test.
 */
function presentCheckBefore(act: Node, container: string, item: string, fn: Node, oneStep?: string): Omit<CheckNode, 'subject' | 'why'> | undefined {
  let child = act;
  for (let p = act.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    // (The loop's item itself, or rebuilt from its parts: `for name, client in clients[:]:` … `clients.remove((name, client))`.)
    if (p.type === 'for_statement' && p.childForFieldName('body')?.id === child.id && sameTuple(p.childForFieldName('left')?.text, item)) {
      const over = p.childForFieldName('right')?.text.replace(/\s+/g, '');
      const copies = [container, `${container}[:]`, `list(${container})`, `${container}.copy()`, `set(${container})`, `tuple(${container})`];
      if (over !== undefined && copies.includes(over)) return { ifNode: p, test: p.childForFieldName('right')!, write: act, kind: 'present' };
      continue;
    }
    if ((p.type !== 'if_statement' && p.type !== 'elif_clause') || p.childForFieldName('consequence')?.id !== child.id) continue;
    const test = p.childForFieldName('condition');
    if (!test || !testsMembership(test, item, container, true)) continue;
    // (An `elif` cannot be wrapped in a `with` alone: advice, no fix.)
    if (p.type === 'elif_clause') return { ifNode: p, test, write: act, kind: 'present', guard: { end: p, workBetween: true } };
    const body = p.childForFieldName('consequence')?.namedChildren.filter((n) => n && n.type !== 'comment') ?? [];
    const statement = act.type === 'delete_statement' ? act : act.parent;
    const only = body.length === 1 && body[0]?.id === statement?.id;
    const noElse = !p.namedChildren.some((n) => n?.type === 'else_clause' || n?.type === 'elif_clause');
    const fits = oneStep !== undefined && only && noElse && conjuncts(test).length === 1 && p.startPosition.row !== act.startPosition.row;
    return { ifNode: p, test, write: act, kind: 'present', ...(fits && { setdefault: oneStep }) };
  }
  return undefined;
}

/** The same names in the same order, with or without the tuple's parentheses (`a, b` and `(a, b)`). */
function sameTuple(a: string | undefined, b: string): boolean {
  const bare = (t: string) => t.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1');
  return a !== undefined && (a === b || (/^[\w\s,()]+$/.test(a) && bare(a) === bare(b)));
}

/**
 * `for t in tasks: if t.id == id: task = t` … `tasks.remove(task)`: the item was found by a search of
 * the container earlier in the function; another thread can remove it in between.
 */
function foundBySearch(scope: StatementScope, act: Node, container: string, item: string, fn: Node): Omit<CheckNode, 'subject' | 'why'> | undefined {
  for (const loop of scope.index.ownOfType(fn, 'for_statement')) {
    if (loop.endIndex > act.startIndex || loop.childForFieldName('right')?.text !== container) continue;
    const loopVar = loop.childForFieldName('left')?.text;
    const body = loop.childForFieldName('body');
    if (!loopVar || !body) continue;
    for (const a of scope.index.ownOfType(fn, 'assignment')) {
      if (a.startIndex < body.startIndex || a.endIndex > body.endIndex) continue;
      if (a.childForFieldName('left')?.text !== item || a.childForFieldName('right')?.text !== loopVar) continue;
      // The lock must cover the search and the removal: from the loop to the statement beside it that holds the removal.
      let end: Node | null = act;
      while (end && end.parent?.id !== loop.parent?.id) end = end.parent;
      return { ifNode: loop, test: loop.childForFieldName('right')!, write: act, kind: 'present', ...(end && { guard: { end, workBetween: false } }) };
    }
  }
  return undefined;
}

/** List and deque methods that change the size. */
const SIZE_CHANGES: ReadonlySet<string> = new Set(['append', 'appendleft', 'insert', 'extend', 'pop', 'popleft', 'remove']);

/**
 * The innermost `if` around `buf.append(x)` / `buf.pop()` (in its consequence) whose test reads the
 * container's size: `len(buf) < N`, `len(buf) > 0`, `buf`, `not buf`. Two threads can both see room
 * (or an item) and both act.
 */
function sizeCheckBefore(call: Node, container: string, fn: Node, takes = false, lenOnly = false, end?: '0' | '-1'): Omit<CheckNode, 'subject' | 'why'> | undefined {
  const readsSize = (t: Node): boolean => {
    const u = t.type === 'not_operator' ? t.childForFieldName('argument') : t;
    if (u?.text === container) return !lenOnly;
    // (`if jobs != []:`, `if jobs == {}:`: a truth test written as a comparison with an empty one.)
    const empty = (c: Node | null) => !!c && /^(?:\[\s*\]|\{\s*\}|\(\s*\)|set\(\s*\)|dict\(\s*\)|list\(\s*\))$/.test(c.text);
    if (u?.type === 'comparison_operator' && u.namedChildren.length === 2 && u.namedChildren.some((c) => c?.text === container) && u.namedChildren.some(empty)) return !lenOnly;
    const isLen = (c: Node | null) => c?.type === 'call' && c.childForFieldName('function')?.text === 'len' && callArgs(c).positional[0]?.text === container;
    // (`if len(jobs):` as well as `if len(jobs) > 0:`.)
    return isLen(u) || (u?.type === 'comparison_operator' && u.namedChildren.some(isLen));
  };
  // `marks[0][0] < now`, `jobs[-1].done`: a test of the item at the end the take removes.
  const readsEnd = (t: Node): boolean =>
    end !== undefined && t.descendantsOfType('subscript').some((s) => s?.childForFieldName('value')?.text === container && s.childForFieldName('subscript')?.text === end);
  let child = call;
  for (let p = call.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    // `while jobs: jobs.pop()` in several threads: the loop's test is the size test of each take.
    const loop = p.type === 'while_statement' && p.childForFieldName('body')?.id === child.id;
    if (p.type === 'while_statement' && !(loop && takes)) return undefined;
    if (p.type === 'block') {
      // A guard clause earlier in the block: `if len(bucket) >= LIMIT: return False` … `bucket.append(now)`.
      const found = guardClauseBefore(p, child, (test, guard) => !hasElse(guard) && chain(test, 'or').some(readsSize));
      if (!found) continue;
      if (takes && emptyHandled(call, p)) return undefined;
      return { ifNode: found.guard, test: found.test, write: call, kind: 'size', guard: { end: child, workBetween: found.workBetween } };
    }
    // `if len(q) == 0: sleep(…)` `else: q.pop(0)`: the take in the `else` of a size test (advice: a lock
    // over the whole `if` would be held over the other branch's wait).
    if (takes && p.type === 'else_clause' && p.parent?.type === 'if_statement' && !p.parent.namedChildren.some((n) => n?.type === 'elif_clause')) {
      const ifNode = p.parent;
      const elseCondition = ifNode.childForFieldName('condition');
      const heldElse = heldTest(elseCondition, fn);
      if (heldElse && elseCondition && conjuncts(heldElse).some(readsSize) && !emptyHandled(call, p)) return { ifNode, test: testSite(heldElse, elseCondition), write: call, kind: 'size', guard: { end: ifNode, workBetween: true } };
      continue;
    }
    // `jobs.pop(0) if len(jobs) > 0 else None`: the test and the take in one expression (its statement is what a lock holds).
    if (p.type === 'conditional_expression' && p.namedChildren[0]?.id === child.id) {
      const test = p.namedChildren[1];
      let statement: Node | null = p;
      while (statement && statement.parent?.type !== 'block' && statement.parent?.type !== 'module') statement = statement.parent;
      if (test && statement && conjuncts(test).some(readsSize) && !(takes && emptyHandled(call, p))) return { ifNode: statement, test, write: call, kind: 'size' };
      continue;
    }
    if (!loop && (p.type !== 'if_statement' || p.childForFieldName('consequence')?.id !== child.id)) continue;
    const condition = p.childForFieldName('condition');
    const held = heldTest(condition, fn);
    if (!held || !condition) continue;
    // Another thread can take the item tested, and this take then removes the next one, unseen by the
    // test: a catch of IndexError does not help, and one lock over the test and the take is the fix.
    if (takes && conjuncts(held).some(readsEnd)) return { ifNode: p, test: testSite(held, condition), write: call, kind: 'head', guard: { end: p, workBetween: false } };
    if (!conjuncts(held).some(readsSize)) continue;
    const test = testSite(held, condition);
    // `try: jobs.pop()` … `except IndexError: break`: the empty list is handled where it happens.
    if (takes && emptyHandled(call, p)) return undefined;
    // No lock fix for a loop: held over the whole loop it would make the workers take turns.
    return loop ? { ifNode: p, test, write: call, kind: 'drain', guard: { end: p, workBetween: true } } : { ifNode: p, test, write: call, kind: 'size' };
  }
  return undefined;
}

/**
 * `value = jobs[0]` … `del jobs[0]` (or `jobs.pop(0)`): the item read first, then taken, in two
 * steps, in the innermost block around the take that holds such a read.
 */
function peekedBefore(act: Node, container: string, fn: Node, end: '0' | '-1'): Omit<CheckNode, 'subject' | 'why'> | undefined {
  let child = act;
  for (let p = act.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    if (p.type !== 'block') continue;
    const peek = peekBefore(p, child, container, end);
    return peek && { ifNode: peek.guard, test: peek.read, write: act, kind: 'head', guard: { end: child, workBetween: peek.workBetween }, peeked: end };
  }
  return undefined;
}

/**
 * An earlier statement of the block that reads the item at `end` of `container` into a local
 * (`value = jobs[0]`, `first = queue[0].strip()`), with nothing between that stores the list anew.
 */
function peekBefore(block: Node, child: Node, container: string, end: '0' | '-1'): { guard: Node; read: Node; workBetween: boolean } | undefined {
  const headOf = (n: Node | null | undefined) => n?.descendantsOfType('subscript').find((x) => x?.childForFieldName('value')?.text === container && x.childForFieldName('subscript')?.text === end) ?? undefined;
  for (const { guard, workBetween } of statementsBefore(block, child)) {
    const assignment = guard.type === 'expression_statement' ? guard.namedChildren[0] : undefined;
    // (Into a local, or a tuple of them: `when, job = heap[0]`.)
    const into = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
    if (into?.type !== 'identifier' && !((into?.type === 'pattern_list' || into?.type === 'tuple_pattern') && into.namedChildren.every((c) => c?.type === 'identifier'))) {
      // (`print("serving", orders[0])` then `orders.pop(0)`: the item used is read in the call itself.)
      const used = assignment?.type === 'call' ? headOf(assignment) : undefined;
      if (used) return { guard, read: used, workBetween };
      if (guard.text.includes(container)) return undefined; // anything else done with the list: not this shape
      continue;
    }
    const read = headOf(assignment!.childForFieldName('right'));
    if (read) return { guard, read, workBetween };
    if (guard.text.includes(container)) return undefined;
  }
  return undefined;
}

/** Does a guard's block end by leaving (`return`, `raise`, `break`, `continue`, or a call that raises: Flask's `abort(429)`, `sys.exit()`)? */
function leavesAtEnd(block: Node | null | undefined): boolean {
  const last = block?.namedChildren.filter((n) => n?.type !== 'comment').pop();
  if (last?.type === 'return_statement' || last?.type === 'raise_statement' || last?.type === 'break_statement' || last?.type === 'continue_statement') return true;
  const call = last?.type === 'expression_statement' ? last.namedChildren[0] : undefined;
  return call?.type === 'call' && /^(?:(?:flask\s*\.\s*)?abort|(?:sys\s*\.\s*)?exit)$/.test(call.childForFieldName('function')?.text ?? '');
}

/**
 * The nearest earlier statement of `child`'s block that is an `if` ending in a leave (`return`,
 * `raise`, `break`, `continue`, `abort()`) and whose test `accepts`: a guard clause before the act,
 * and whether other statements come between the two.
 */
function guardClauseBefore(block: Node, child: Node, accepts: (test: Node, guard: Node) => boolean): { guard: Node; test: Node; workBetween: boolean } | undefined {
  for (const { guard, workBetween } of statementsBefore(block, child)) {
    const condition = guard.type === 'if_statement' ? guard.childForFieldName('condition') : null;
    const held = heldTest(condition, guard);
    if (held && condition && leavesAtEnd(guard.childForFieldName('consequence')) && accepts(held, guard)) return { guard, test: testSite(held, condition), workBetween };
  }
  return undefined;
}

/**
 * `ok = balance >= n` (under a lock, as a rule) … `if ok:`: a test of a local that holds a comparison
 * or a membership test stands for that test, made where the local was set. `within` is the function,
 * or any node inside it.
 */
function heldTest(test: Node | null, within: Node): Node | null {
  const bare = test?.type === 'parenthesized_expression' ? test.namedChildren[0] : test;
  const query = bare?.type === 'not_operator' ? bare.childForFieldName('argument') : bare;
  if (query?.type === 'call') return queriedTest(query, within) ?? test;
  if (bare?.type !== 'identifier') return test;
  const fn = within.type === 'function_definition' ? within : enclosing(within, FUNCTION_TYPES);
  if (!fn) return test;
  // The last assignment of the name before the test, in the function's own body.
  let held: Node | undefined;
  for (const a of ownAssignments(fn).get(bare.text) ?? []) {
    if (a.start >= bare.startIndex) break;
    held = a.comparison;
  }
  return held ?? test;
}

/** Per tree, per function (by node id): the assignments to each plain name in its own body, in order, with the comparison each stores, if it does. */
const assignmentsByTree = new WeakMap<Tree, Map<number, Map<string, { start: number; comparison: Node | undefined }[]>>>();

/** The assignments of a function's own body by name (heldTest asks for each guard before each write: read once per function). */
function ownAssignments(fn: Node): Map<string, { start: number; comparison: Node | undefined }[]> {
  let byFunction = assignmentsByTree.get(fn.tree);
  if (!byFunction) assignmentsByTree.set(fn.tree, (byFunction = new Map()));
  let byName = byFunction.get(fn.id);
  if (byName) return byName;
  byName = new Map();
  for (const a of fn.descendantsOfType('assignment')) {
    const left = a?.childForFieldName('left');
    if (!a || left?.type !== 'identifier' || enclosing(a, FUNCTION_TYPES)?.id !== fn.id) continue;
    const value = a.childForFieldName('right');
    const list = byName.get(left.text) ?? [];
    list.push({ start: a.startIndex, comparison: value?.type === 'comparison_operator' ? value : undefined });
    byName.set(left.text, list);
  }
  byFunction.set(fn.id, byName);
  return byName;
}

/** Where a test is made, as far as locks go: a comparison in a query method (queriedTest) is made at its call. */
function testSite(held: Node, condition: Node): Node {
  return enclosing(held, FUNCTION_TYPES)?.id === enclosing(condition, FUNCTION_TYPES)?.id ? held : condition;
}

/**
 * `if self.can_pay(n):` where the method only returns a comparison of its object's state (`return
 * self.balance >= n`, `return name not in self.users`, under its lock or not): that comparison is the
 * test, made in the method. Its direction is left out (`not self.is_full()`): what matters for an
 * order, a size or a membership test is that it is one.
 */
function queriedTest(call: Node, within: Node): Node | undefined {
  const f = call.childForFieldName('function');
  if (f?.type !== 'attribute' || f.childForFieldName('object')?.text !== 'self') return undefined;
  const name = f.childForFieldName('attribute')?.text;
  const cls = enclosing(within, CLASS_TYPES);
  const method = methodNamed(cls, name);
  let body = method?.childForFieldName('body')?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment' && !(n.type === 'expression_statement' && n.namedChildren[0]?.type === 'string')) ?? [];
  if (body.length === 1 && body[0].type === 'with_statement') body = body[0].childForFieldName('body')?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
  const value = body.length === 1 && body[0].type === 'return_statement' ? body[0].namedChildren[0] : undefined;
  // (`return self.chair is None or isinstance(self.chair, Barber)`: an `or` of such tests, one of them an `is None`.)
  const compares = (v: Node | null | undefined) => {
    const op = v?.type === 'comparison_operator' ? v.children.find((x) => x && !x.isNamed)?.text : undefined;
    return op !== undefined && /^(?:[<>]=?|==|!=|in|not in|is|is not)$/.test(op);
  };
  if (value?.type === 'boolean_operator' && chain(value, 'or').some((part) => compares(part) && /\bis\s+None$/.test(part.text))) return value;
  return compares(value) ? value! : undefined;
}

/** The ancestor of `node` (or itself) in the block that holds `end`: a guard clause in a `with` before the act starts at the `with`. */
function besideOf(node: Node, end: Node): Node {
  let n = node;
  while (n.parent && end.parent && n.parent.id !== end.parent.id) n = n.parent;
  return n.parent ? n : node;
}

/**
 * The statements of `child`'s block before it, nearest first, and those ending the body of a `with`
 * among them (`with lock: if k in d: return` … `d[k] = v`: the guard clause is in the lock's body),
 * each with whether other statements come between it and `child`.
 */
function* statementsBefore(block: Node, child: Node): Generator<{ guard: Node; workBetween: boolean }> {
  const statements = block.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
  const at = statements.findIndex((n) => n.id === child.id);
  for (let i = at - 1; i >= 0; i--) {
    const statement = statements[i];
    yield { guard: statement, workBetween: at - i > 1 };
    if (statement.type !== 'with_statement') continue;
    const body = statement.childForFieldName('body')?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
    for (let j = body.length - 1; j >= 0; j--) yield { guard: body[j], workBetween: true };
  }
}

const hasElse = (ifNode: Node) => ifNode.namedChildren.some((n) => n?.type === 'else_clause' || n?.type === 'elif_clause');

/** What a `try` around a take can catch when a list or a queue turns out empty. */
const EMPTY_ERRORS = /^(?:IndexError|LookupError|Exception|BaseException|(?:\w+\.)*Empty)$/;

/** Is `act` in the body of a `try` (below `stop`) with a handler for `IndexError` or `queue.Empty` (or a bare `except`), or for what `errors` names? */
function emptyHandled(act: Node, stop: Node, errors = EMPTY_ERRORS, aliases?: Aliases): boolean {
  let child = act;
  for (let p = act.parent; p && p.id !== stop.id; child = p, p = p.parent) {
    if (p.type !== 'try_statement' || p.childForFieldName('body')?.id !== child.id) continue;
    for (const clause of p.namedChildren) {
      if (clause?.type !== 'except_clause') continue;
      const value = clause.childForFieldName('value');
      if (!value) return true;
      const caught = value.type === 'as_pattern' ? value.namedChildren[0] : value;
      const names = caught?.type === 'tuple' || caught?.type === 'parenthesized_expression' ? caught.namedChildren : [caught];
      if (names.some((n) => n && errors.test(n.text) && !namesNoException(aliases, n.text))) return true;
    }
  }
  return false;
}

/**
 * `Queue.Empty` after `from queue import Queue`: the class has no such attribute, so the `except` fails
 * with AttributeError as it is matched, and catches nothing.
 */
function misnamedEmptyAround(act: Node, aliases: Aliases): { misnamedEmpty: string } | undefined {
  let child = act;
  for (let p = act.parent; p && p.type !== 'function_definition'; child = p, p = p.parent) {
    if (p.type !== 'try_statement' || p.childForFieldName('body')?.id !== child.id) continue;
    for (const clause of p.namedChildren) {
      const value = clause?.type === 'except_clause' ? clause.childForFieldName('value') : undefined;
      const caught = value?.type === 'as_pattern' ? value.namedChildren[0] : value;
      if (caught && namesNoException(aliases, caught.text)) return { misnamedEmpty: caught.text };
    }
  }
  return undefined;
}
function namesNoException(aliases: Aliases | undefined, caught: string): boolean {
  const owner = /^(\w+)\.Empty$/.exec(caught)?.[1];
  return owner !== undefined && aliases !== undefined && /^queue\.(?:Simple|Lifo|Priority)?Queue$/.test(qualify(aliases, owner) ?? '');
}

/** `q.get()`, `q.get(True)`, `q.get(block=True)`: a take that waits for an item with no timeout. */
function waitsForever(get: Node): boolean {
  if (get.childForFieldName('function')?.childForFieldName('attribute')?.text !== 'get') return false;
  const { positional, keyword } = callArgs(get);
  const block = positional[0] ?? keyword.get('block');
  return (block === undefined || block.text === 'True') && positional[1] === undefined && !keyword.has('timeout');
}

/** `q.empty()`, `not q.qsize()`: is this test true when the queue `q` is empty? With `negated`, when it has an item (`not q.empty()`, `q.qsize() > 0`). */
function testsQueueEmpty(test: Node, queue: string, negated: boolean): boolean {
  const t = test.type === 'parenthesized_expression' ? (test.namedChildren[0] ?? test) : test;
  if (t.type === 'not_operator') {
    const arg = t.childForFieldName('argument');
    return !!arg && testsQueueEmpty(arg, queue, !negated);
  }
  const asked = (c: Node | null | undefined, method: string): boolean => c?.type === 'call' && c.childForFieldName('function')?.text.replace(/\s+/g, '') === `${queue}.${method}` && callArgs(c).positional.length === 0;
  if (asked(t, 'empty')) return !negated;
  if (asked(t, 'qsize')) return negated;
  if (t.type !== 'comparison_operator') return false;
  const [a, b] = t.namedChildren;
  const op = t.children.filter((c) => c && !c.isNamed).map((c) => c!.text).join(' ');
  // `q.empty() == False`, `q.empty() is not True`: `not q.empty()` spelled out.
  if (asked(a, 'empty') && (b?.type === 'true' || b?.type === 'false') && t.namedChildren.length === 2) {
    const same = op === '==' || op === 'is';
    if (!same && op !== '!=' && op !== 'is not') return false;
    return testsQueueEmpty(a!, queue, negated !== (same !== (b.type === 'true')));
  }
  if (asked(a, 'qsize') && b?.text === '0') return negated ? op === '>' || op === '!=' : op === '==' || op === '<=';
  if (asked(b, 'qsize') && a?.text === '0') return negated ? op === '<' || op === '!=' : op === '==' || op === '>=';
  return false;
}

/**
 * `while not q.empty(): item = q.get()`, `if q.qsize() > 0: q.get_nowait()`, or `if q.empty(): break`
 * … `q.get()`, in code that several threads run: another thread can take the last item between the
 * test and the take. The `if` or loop (or the guard to the take's statement) is what is reported.
 */
function queueCheckBefore(get: Node, queue: string, fn: Node, aliases: Aliases): Omit<CheckNode, 'subject' | 'why'> | undefined {
  let child = get;
  for (let p = get.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    const test = p.childForFieldName('condition');
    const body = p.type === 'while_statement' ? p.childForFieldName('body') : p.type === 'if_statement' ? p.childForFieldName('consequence') : undefined;
    if (test && body?.id === child.id && conjuncts(test).some((t) => testsQueueEmpty(t, queue, true))) {
      // (`except queue.Empty` around a `get()` that waits with no timeout never runs: the thread waits instead.)
      return emptyHandled(get, p, EMPTY_ERRORS, aliases) && !waitsForever(get) ? undefined : { ifNode: p, test, write: get, kind: 'queue', guard: { end: p, workBetween: true } };
    }
    if (p.type !== 'block') continue;
    // A guard clause earlier in the block: `if q.empty(): break`.
    const found = guardClauseBefore(p, child, (t) => chain(t, 'or').some((part) => testsQueueEmpty(part, queue, false)));
    if (found) return emptyHandled(get, p, EMPTY_ERRORS, aliases) && !waitsForever(get) ? undefined : { ifNode: found.guard, test: found.test, write: get, kind: 'queue', guard: { end: child, workBetween: true } };
  }
  return undefined;
}

/** Operators that change a list, set or dict in place (`list.__iadd__` is `extend`, `set.__ior__` is `update`). */
const IN_PLACE_OPERATORS: ReadonlySet<string> = new Set(['+=', '*=', '|=', '&=', '-=', '^=']);
const CONTAINER_VALUE = /^(?:\[|\{|(?:collections\s*\.\s*)?(?:set|list|dict|deque|defaultdict|OrderedDict|Counter)\s*\()/;

/**
 * `self.todo |= new` or `results += [x]` where every assignment of that state is a container
 * (`self.todo = set()`, `results = []`): the operator changes the one object in place, in one step
 * of C code, and binds the same object again, so no update is lost (as with `.update()` or
 * `.extend()`). For a number or a string it is a read, a change and a write back.
 */
function inPlaceOnContainer(n: Node, left: Node, view: ModuleView, fn: Node): boolean {
  const op = n.childForFieldName('operator')?.text;
  if (!op || !IN_PLACE_OPERATORS.has(op)) return false;
  // (A global's bindings are the module's, outside this statement: asked of the view, so a kept result is checked.)
  if (left.type === 'identifier') return view.containerGlobal(left.text);
  const cls = left.type === 'attribute' && left.childForFieldName('object')?.text === 'self' ? enclosing(fn, CLASS_TYPES) : undefined;
  const attr = left.childForFieldName('attribute')?.text;
  return !!cls && attr !== undefined && onlyContainers(cls.text, new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*=(?!=)\\s*([^\\n]*)`, 'g'));
}

/** Does the pattern match, and is every value it captures a container (`[]`, `{}`, `set()`…)? */
function onlyContainers(text: string, pattern: RegExp): boolean {
  const values = [...text.matchAll(pattern)].map((m) => m[1].trim());
  return values.length > 0 && values.every((v) => CONTAINER_VALUE.test(v));
}

/** A binding at a line's start (`name = value`), the name and the rest of the line taken. */
export const LINE_START_BINDING = /^([A-Za-z_]\w*)\s*=(?!=)\s*([^\n]*)/gm;

/**
 * For each name that line-start bindings (LINE_START_BINDING's matches) bind: whether every one of them
 * binds it to a container. A module's names that say true are its container globals (see ModuleView.containerGlobal).
 */
export function containerBindingsIn(bindings: Iterable<RegExpMatchArray>): Map<string, boolean> {
  const all = new Map<string, boolean>();
  for (const m of bindings) all.set(m[1], (all.get(m[1]) ?? true) && CONTAINER_VALUE.test(m[2].trim()));
  return all;
}

/** Is the function a method of a class built on threading.Thread (by its written bases)? */
function inThreadSubclass(fn: Node): boolean {
  const cls = enclosing(fn, CLASS_TYPES);
  return !!cls && /\bThread\b/.test(cls.childForFieldName('superclasses')?.text ?? '');
}

/** A dict, a mapping or a list the class is built on (`class Cache(dict)`, `(typing.Mapping[str, V])`, `(defaultdict)`). */
const CONTAINER_BASE = /(?:^|[\s,(.])(?:dict|defaultdict|OrderedDict|Counter|UserDict|Mapping|MutableMapping|list|UserList)\b/;

function builtOnContainer(cls: Node | null | undefined): boolean {
  return !!cls && CONTAINER_BASE.test(cls.childForFieldName('superclasses')?.text ?? '');
}

const CONTAINER_CALLS: ReadonlySet<string> = new Set(['dict', 'list', 'set', 'defaultdict', 'collections.defaultdict', 'OrderedDict', 'collections.OrderedDict', 'Counter', 'collections.Counter', 'deque', 'collections.deque']);

/**
 * The containers a method's class makes in its own body (`users = {}`, `seen = set()`) that no method
 * rebinds on an instance (`self.users = …`): `self.users[k] = v` then changes the one container
 * every instance shares.
 */
export function classLevelContainers(fn: Node): Map<string, string> {
  let cls: Node | null = fn.parent;
  while (cls && cls.type !== 'class_definition') cls = cls.type === 'function_definition' ? null : cls.parent;
  return cls ? classBodyContainers(cls) : new Map();
}

/** The containers a class body makes (`hits = {}`), by name, with their kind, that no method replaces on `self`. */
export function classBodyContainers(cls: Node): Map<string, string> {
  const out = new Map<string, string>();
  const body = cls.childForFieldName('body');
  if (!cls || !body) return out;
  for (const st of body.namedChildren) {
    const a = st?.type === 'expression_statement' ? st.namedChildren[0] : undefined;
    if (a?.type !== 'assignment') continue;
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    // (`forks = [1] * N`: a list made by repeating one, as a list literal is.)
    const repeated = right?.type === 'binary_operator' && right.childForFieldName('operator')?.text === '*' && [right.childForFieldName('left'), right.childForFieldName('right')].some((o) => o?.type === 'list');
    const made = right?.type === 'dictionary' || right?.type === 'list' || right?.type === 'set' ? right.type : repeated ? 'list' : right?.type === 'call' ? dotted(right.childForFieldName('function')) : undefined;
    if (left?.type === 'identifier' && made !== undefined && (CONTAINER_CALLS.has(made) || right?.type !== 'call') && !new RegExp(`\\bself\\s*\\.\\s*${left.text}\\s*=(?!=)`).test(cls.text)) out.set(left.text, made.replace(/^collections\./, ''));
  }
  return out;
}

/**
 * A guard clause before `s.add(x)` (or `d[k] = v`) in an enclosing block: `if x in s: return` (or
 * `continue`, in the same block), with the act further down. The `if` to the add's statement is what one lock
 * must cover; `guard` says so, and whether other statements (the work) come between.
 */
function guardCheckBefore(act: Node, container: string, item: string, fn: Node, kind: 'missing-member' | 'missing-key' | 'present' = 'missing-member'): Omit<CheckNode, 'subject' | 'why'> | undefined {
  if (!container || !item) return undefined;
  let child = act;
  for (let p = act.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return undefined;
    if (p.type !== 'block') continue;
    for (const { guard, workBetween } of statementsBefore(p, child)) {
      // (`while nick in users: nick = ask_again()` … `users[nick] = conn`: a loop that ends only when its
      // test fails leaves the item missing, as a guard clause that returns does.)
      const loopGuard = guard.type === 'while_statement' && !guard.namedChildren.some((n) => n?.type === 'else_clause') && !guard.descendantsOfType(['break_statement', 'return_statement', 'raise_statement']).some((b) => !!b && (b.type !== 'break_statement' || enclosing(b, LOOP_TYPES)?.id === guard.id));
      if (!loopGuard && (guard.type !== 'if_statement' || guard.namedChildren.some((n) => n?.type === 'else_clause' || n?.type === 'elif_clause'))) continue;
      const test = heldTest(guard.childForFieldName('condition'), fn);
      const body = guard.childForFieldName(loopGuard ? 'body' : 'consequence')?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
      const last = body[body.length - 1];
      // (A `continue` or `break` there leaves the round of the loop around this block, and the act is in that round.)
      const leaves = loopGuard || last?.type === 'return_statement' || last?.type === 'raise_statement' || last?.type === 'continue_statement' || last?.type === 'break_statement';
      // `if depth > limit or url in seen: return`: the act runs only when every part was false. A
      // removal's guard leaves when the item is missing (`if x not in l: return` … `l.remove(x)`).
      if (!test || !leaves || !chain(test, 'or').some((t) => testsMembership(t, item, container, kind !== 'present'))) continue;
      // (A loop that asks again, `nick = conn.recv(…)`, is work a lock should not be held over.)
      return { ifNode: guard, test, write: act, kind, guard: { end: child, workBetween: workBetween || (loopGuard && body.some((b) => b.descendantsOfType('call').length > 0)) } };
    }
  }
  return undefined;
}

/**
 * `client = self._client` then `if client is None: client = Client(); self._client = client`, or
 * `core = cache.get(key)` (or `cache[key]`) then `if core is None: cache[key] = …`: a test of a local copy of the state,
 * made by the statement just before the `if`, stands for a test of the state. Returns that copy's
 * statement (where a lock must start) and the kind of test it stands for.
 */
function copyTested(test: Node, target: Node, assignment: Node, ifNode: Node): { copy: Node; kind: CheckThenAct['kind'] } | undefined {
  const before = ifNode.previousNamedSibling;
  const copy = before?.type === 'expression_statement' ? before.namedChildren[0] : undefined;
  const local = copy?.type === 'assignment' ? copy.childForFieldName('left') : undefined;
  if (local?.type !== 'identifier' || testKind(test, local) !== 'none') return undefined;
  const read = copy!.childForFieldName('right');
  if (target.type === 'subscript') {
    const key = target.childForFieldName('subscript')?.text;
    const container = target.childForFieldName('value')?.text;
    // (`core = cache[key]` of a defaultdict made with `lambda: None` too.)
    const sameItem = read?.text.replace(/\s+/g, '') === target.text.replace(/\s+/g, '');
    return key !== undefined && container !== undefined && (sameItem || getsItem(read, key, container)) ? { copy: before!, kind: 'missing-key' } : undefined;
  }
  const value = assignment.childForFieldName('right');
  return value?.type === 'identifier' && value.text === local.text && read?.text.replace(/\s+/g, '') === target.text.replace(/\s+/g, '') ? { copy: before!, kind: 'none' } : undefined;
}

/** `cache.get(key)` (with or without a default). */
function getsItem(x: Node | null | undefined, item: string, container: string): boolean {
  return x?.type === 'call' && x.childForFieldName('function')?.text.replace(/\s+/g, '') === `${container}.get` && callArgs(x).positional[0]?.text === item;
}

function testKind(test: Node, target: Node): CheckThenAct['kind'] | undefined {
  const t = test.type === 'parenthesized_expression' ? (test.namedChildren[0] ?? test) : test;
  // `if self._worker is None or not self._worker.is_alive():`: either part says "make it".
  if (t.type === 'boolean_operator' && t.children.some((c) => c?.type === 'or') && target.type !== 'subscript') {
    const kinds = chain(t, 'or').map((part) => testKind(part, target));
    return kinds.find((k) => k === 'none' || k === 'hasattr');
  }
  if (target.type === 'subscript') {
    // k not in d (alone, or as one part of an `and`)
    const key = target.childForFieldName('subscript')?.text;
    const container = target.childForFieldName('value')?.text;
    if (key !== undefined && container !== undefined && testsMembership(test, key, container)) return 'missing-key';
    // `if seats[s]: seats[s] = False`, `if slots[i] == "free": slots[i] = me`: a claim of that item.
    // So is the value of that item from `for s, free in seats.items():`.
    let item = target.text.replace(/\s+/g, '');
    for (let p: Node | null = target.parent; p && p.type !== 'function_definition'; p = p.parent) {
      if (p.type !== 'for_statement') continue;
      const pair = p.childForFieldName('left');
      const over = p.childForFieldName('right');
      const [k, v] = pair?.type === 'pattern_list' || pair?.type === 'tuple_pattern' ? pair.namedChildren : [];
      if (k?.text === key && v?.type === 'identifier' && over?.type === 'call' && over.childForFieldName('function')?.text.replace(/\s+/g, '') === `${container}.items`) item = v.text;
      break;
    }
    for (const part of conjuncts(t)) {
      const u = part.type === 'not_operator' ? part.childForFieldName('argument') : part;
      if (u?.text.replace(/\s+/g, '') === item) return 'equals';
      if (u?.type === 'comparison_operator' && u.namedChildren.length === 2 && u.children.some((c) => c?.text === '==') && u.namedChildren.some((c) => c?.text.replace(/\s+/g, '') === item) && !u.namedChildren.some((c) => c?.type === 'none')) return 'equals';
      // `if docks[i] is None: docks[i] = me`: an empty slot claimed.
      if (u && noneTested(u)?.text.replace(/\s+/g, '') === item) return 'equals';
    }
    return undefined;
  }
  if (t.type === 'not_operator') {
    const arg = t.childForFieldName('argument');
    if (arg?.text === target.text) return 'none';
    // `if not timer.is_alive(): timer = Thread(…)`, `if not self.conn.is_connected(): self.conn = connect()`.
    const asked = arg?.type === 'call' ? arg.childForFieldName('function') : undefined;
    if (asked?.type === 'attribute' && asked.childForFieldName('object')?.text === target.text && callArgs(arg!).positional.length === 0) return 'none';
    if (arg?.type === 'call' && arg.childForFieldName('function')?.text === 'hasattr' && target.type === 'attribute') {
      const [obj, name] = callArgs(arg).positional;
      const attr = name?.type === 'string' ? /^['"](\w+)['"]$/.exec(name.text)?.[1] : undefined;
      return obj?.text === target.childForFieldName('object')?.text && attr === target.childForFieldName('attribute')?.text ? 'hasattr' : undefined;
    }
    return undefined;
  }
  if (t.type === 'comparison_operator' && noneTested(t)) return noneTested(t)?.text === target.text ? 'none' : undefined;
  // `if self.day != today: … self.day = today`: acts once per change of the value.
  if (t.type === 'comparison_operator' && t.namedChildren.length === 2 && /^[^\n]*?\s!=\s/.test(t.text) && t.namedChildren.some((c) => c?.text === target.text)) return 'changed';
  if (target.type === 'subscript') return undefined;
  // `if self.state == "idle": self.state = "busy"`; `if self.deadline and time.time() > self.deadline: self.deadline = 0`.
  for (const part of conjuncts(t)) {
    const c = part.type === 'parenthesized_expression' ? (part.namedChildren[0] ?? part) : part;
    // (`int(best)`: the state converted for the comparison.)
    // (`self.total + n > LIMIT`: the state with what is about to be added.)
    // (`best[1]`, `best.score`: a part of the state that the store replaces whole, `best = (s, v)`.)
    const side = (x: Node | null): boolean => x?.text === target.text || partOf(x, target) || (x?.type === 'binary_operator' && /^[-+]$/.test(x.childForFieldName('operator')?.text ?? '') && x.childForFieldName('left')?.text === target.text) || (x?.type === 'call' && /^(?:int|float|str|abs|len)$/.test(x.childForFieldName('function')?.text ?? '') && callArgs(x).positional.length === 1 && callArgs(x).positional[0]?.text === target.text);
    // (`if self.period > 0 and self._thread is None:`: one part of an `and` asks whether it is made yet.)
    if (noneTested(c)?.text === target.text) return 'none';
    if (c.type === 'not_operator' && c.childForFieldName('argument')?.text === target.text) return 'none';
    if (c.type !== 'comparison_operator' || c.namedChildren.length !== 2 || !c.namedChildren.some(side)) continue;
    const op = c.children.find((x) => x && !x.isNamed)?.text;
    const other = c.namedChildren.find((x) => !side(x));
    // `if turn == self.me: … turn = other_id`: a turn taken by the one thread whose own value it is, and
    // handed on; no two threads wait for the same value.
    const stored = target.parent?.type === 'assignment' ? target.parent.childForFieldName('right') : undefined;
    if (op === '==' && other && /^self\s*\.\s*\w+$/.test(other.text) && stored && stored.text !== other.text) return undefined;
    if (op === '==' && other && other.type !== 'none') return 'equals';
    if (op === '<' || op === '>' || op === '<=' || op === '>=') return 'compared';
    // (`if events and self.state != "stop":`: one part of an `and`.)
    if (op === '!=' && conjuncts(t).length > 1) return 'changed';
  }
  return undefined;
}

/** `best[1]`, `best["score"]`, `best.score` of the state `best`: an item at a literal key, or an attribute. */
function partOf(x: Node | null, whole: Node): boolean {
  if (x?.type === 'subscript') return x.childForFieldName('value')?.text === whole.text && /^(?:-?\d+|'[^'\n]*'|"[^"\n]*")$/.test(x.childForFieldName('subscript')?.text ?? '');
  return x?.type === 'attribute' && x.childForFieldName('object')?.text === whole.text;
}

/**
 * `self.health = h`, `time.sleep(…)`, `self.mana = m` in one block, for an object whose two attributes
 * other code reads together (`self.health + self.mana`): the earlier store of the pair, when the thread
 * sleeps between the two. Another thread's call can store both in between, leaving one value of each call.
 */
function pairStoredFirst(scope: StatementScope, fn: Node, second: Node, left: Node, describe: (n: Node) => { subject: string } | undefined): { store: Node; subject: string } | undefined {
  const obj = left.childForFieldName('object');
  const attr = left.childForFieldName('attribute')?.text;
  const statement = second.parent;
  if (obj?.type !== 'identifier' || attr === undefined || statement?.type !== 'expression_statement' || statement.parent?.type !== 'block') return undefined;
  const siblings = statement.parent.namedChildren;
  const at = siblings.findIndex((x) => x?.id === statement.id);
  for (let i = at - 1; i >= 0; i--) {
    const first = siblings[i]?.type === 'expression_statement' ? siblings[i]!.namedChildren[0] : undefined;
    const firstLeft = first?.type === 'assignment' ? first.childForFieldName('left') : undefined;
    const other = firstLeft?.type === 'attribute' && firstLeft.childForFieldName('object')?.text === obj.text ? firstLeft.childForFieldName('attribute')?.text : undefined;
    if (other === undefined || other === attr) continue;
    const d = describe(firstLeft!);
    if (!d || !waitBetween(scope, fn, first!, second)) return undefined;
    // Read together somewhere (in the class, for `self`): the two are meant to agree.
    let home: Node | null = fn;
    if (obj.text === 'self') while (home && home.type !== 'class_definition') home = home.parent;
    const text = (obj.text === 'self' ? home : fn.tree.rootNode)?.text ?? '';
    const both = new RegExp(`^(?!\\s*\\w+\\.(?:${other}|${attr})\\s*=[^=]).*\\b\\w+\\.${other}\\b.*\\b\\w+\\.${attr}\\b|^(?!\\s*\\w+\\.(?:${other}|${attr})\\s*=[^=]).*\\b\\w+\\.${attr}\\b.*\\b\\w+\\.${other}\\b`, 'm');
    return both.test(text) ? { store: first!, subject: d.subject } : undefined;
  }
  return undefined;
}

/** A call that makes the thread wait (`time.sleep(…)`, `sleep(…)`) after `read` and before `write`. */
function waitBetween(scope: StatementScope, fn: Node, read: Node, write: Node): Node | undefined {
  for (const n of scope.index.ownOfType(fn, 'call')) {
    if (n.startIndex < read.endIndex || n.startIndex >= write.startIndex) continue;
    const name = dotted(n.childForFieldName('function'));
    if (name && /(?:^|\.)sleep$/.test(qualify(scope.aliases, name) ?? name)) return n;
  }
  return undefined;
}

/** The statement (or statement-level node) a node belongs to: the child of a block or of the module. */
function statementOf(node: Node, fn: Node): Node {
  let n = node;
  while (n.parent && n.parent.id !== fn.id && n.parent.type !== 'block' && n.parent.type !== 'module') n = n.parent;
  return n;
}

/**
 * The statements to hold one lock over so that a read and its write back happen together: from the
 * read's statement to the write's, in the innermost block holding both; widened to an `if` around
 * them whose test reads the same state (`if self.balance >= n: … self.balance = new`), so the test
 * is under the lock too.
 */
function readWriteSpan(read: Node, write: Node, fn: Node, subject: string): Spanned {
  const ancestors = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let p: Node | null = n; p && p.id !== fn.id; p = p.parent) out.push(p);
    return out;
  };
  const writeChain = ancestors(write);
  const writeIds = new Set(writeChain.map((n) => n.id));
  // The innermost block that holds both, and its children that hold each.
  let readChild = statementOf(read, fn);
  let block = readChild.parent;
  while (block && block.id !== fn.id && !(block.type === 'block' && writeIds.has(block.id))) {
    readChild = statementOf(block, fn);
    block = readChild.parent;
  }
  if (!block || block.id === fn.id) return write;
  const writeChild = writeChain.find((n) => n.parent?.id === block!.id) ?? write;
  let first = readChild;
  let last = writeChild;
  // Widen over an enclosing `if` whose test reads the state.
  for (let b: Node | null = block; b && b.id !== fn.id; ) {
    const owner: Node | null = b.parent;
    if (owner?.type !== 'if_statement' || owner.childForFieldName('consequence')?.id !== b.id) break;
    const cond = owner.childForFieldName('condition');
    if (!cond || !cond.text.includes(subject)) break;
    first = owner;
    last = owner;
    b = owner.parent;
  }
  return first.id === last.id ? first : { startPosition: first.startPosition, endPosition: last.endPosition };
}

/** `sem.acquire()` on a Semaphore(n > 1): it lets n threads in, so it excludes nothing (GIL003, reported once); nor does a Semaphore(0)'s (not reported). */
function semaphoreAcquired(scope: StatementScope, view: ModuleView, out: FunctionWrites, at: Node, name: string, reported: Set<number>): boolean {
  // (A module's `Semaphore(0)`, released once per item made: acquiring it waits for an item, and excludes nothing;
  // unless what follows hands the turn back by releasing another such signal, `wake.acquire()` … `done.release()`,
  // where the other side waits for it: a hand-over, held until then. So does releasing a binary semaphore this
  // function never takes, `full.acquire()` … `not_full.release()`: the baton goes back to those that wait on it.)
  if (!name.includes('.') && view.globalKind(name) === 'signal') {
    const fn = enclosing(at, FUNCTION_TYPES);
    const after = fn ? scope.text.slice(at.endIndex, fn.endIndex) : '';
    const batonBack = (other: string) => view.globalKind(other) === 'lock' && !takesLock(fn?.text ?? '', other);
    return ![...after.matchAll(/(?<![\w.])(\w+)\s*\.\s*release\s*\(/g)].some((m) => m[1] !== name && (view.globalKind(m[1]) === 'signal' || batonBack(m[1])));
  }
  const attr = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : undefined;
  const semaphoreN = name.includes('.') ? view.isSemaphoreAttr(attr!) : view.globalKind(name) === 'semaphore-n';
  // (Reported only where the same function lets it go again, as a critical section does: taken here and
  // released by another thread, `slots.acquire()` … `filled.release()`, it counts free places, a bounded buffer's.)
  const fn = enclosing(at, FUNCTION_TYPES);
  const releasedHere = !fn || new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*\\.\\s*release\\s*\\(`).test(scope.text.slice(at.endIndex, fn.endIndex));
  if (semaphoreN && releasedHere && !reported.has(at.id)) {
    reported.add(at.id);
    out.mistakes.push({ code: CODES.semaphoreNotMutex, range: scope.rel(at), subject: name, message: semaphoreMessage(name) });
  }
  return semaphoreN;
}

const semaphoreMessage = (name: string) => `\`${name}\` is a Semaphore that lets more than one thread in at once, so it does not give mutual exclusion. Use a threading.Lock for a critical section.`;

/** Is this `with` item's value a lock that excludes other threads? Reports the two lock mistakes on the way. */
function withItemLocks(scope: StatementScope, view: ModuleView, out: FunctionWrites, value: Node, reported: Set<number>): boolean {
  const v = value.type === 'as_pattern' ? (value.namedChildren[0] ?? value) : value;
  if (v.type === 'call') {
    if (isGetLock(v)) return true; // `with counter.get_lock():` holds the value's one lock
    const kind = constructorKind(view.aliases, v);
    if (kind === 'lock' && !reported.has(v.id)) {
      reported.add(v.id);
      out.mistakes.push({ code: CODES.lockCreatedInline, range: scope.rel(v), subject: v.text, message: `\`with ${v.text}:\` creates a new lock every time, so no other thread ever waits on it: it protects nothing. Create the lock once (at module level or in __init__) and use that one.` });
    }
    // `with _get_lock():`, `with self.lock_for(key):`: a helper that hands out a lock kept elsewhere.
    if (kind === undefined && /lock|mutex/i.test(dotted(v.childForFieldName('function'))?.split('.').pop() ?? '')) return true;
    return false;
  }
  // `with self.locks[key]:` (a lock per key, from a table of locks named as locks).
  if (v.type === 'subscript') return LOCKISH.test(dotted(v.childForFieldName('value'))?.split('.').pop() ?? '');
  const name = dotted(v);
  if (!name) return false;
  if (name === 'self' && selfIsLock(v)) return true;
  const global = view.globalKind(name);
  const attr = v.type === 'attribute' ? v.childForFieldName('attribute')?.text : undefined;
  const semaphoreN = global === 'semaphore-n' || (attr !== undefined && view.isSemaphoreAttr(attr));
  if (semaphoreN) {
    if (!reported.has(v.id)) {
      reported.add(v.id);
      out.mistakes.push({ code: CODES.semaphoreNotMutex, range: scope.rel(v), subject: name, message: semaphoreMessage(name) });
    }
    return false;
  }
  if (global) return global === 'lock';
  const last = name.split('.').pop()!;
  if (view.mayHoldNoLock(last)) return false; // `with self._lock:` where `_lock` may be nullcontext()
  if (view.isLockAttr(last)) return true;
  return LOCKISH.test(last);
}

/**
 * Where `x.acquire()` holds `x`, as text offsets: from its statement to a `x.release()` later in the
 * same block, else to the block's end (a release in `finally` leaves the `try` held); for
 * `if x.acquire(…):`, that `if`'s body.
 */
function acquireRegion(call: Node, regions: { start: number; end: number; name: string }[]): void {
  const name = acquireReceiver(call, 'acquire');
  const holder = call.parent;
  if (!name || !holder) return;
  // (Also `if ready and lock.acquire(blocking=False):`: the body runs only when the acquire took the lock.)
  let ifNode: Node | null = holder;
  while (ifNode?.type === 'boolean_operator' && ifNode.childForFieldName('operator')?.type === 'and') ifNode = ifNode.parent;
  if (ifNode?.type === 'if_statement') {
    const body = ifNode.childForFieldName('consequence');
    if (body && acquiringTest(ifNode.childForFieldName('condition'))?.id === call.id) regions.push({ start: body.startIndex, end: body.endIndex, name });
    return;
  }
  // `if not lock.acquire(False): <not taken>` … `else: <held>` (with no `elif`).
  const negated = holder.type === 'not_operator' ? holder.parent : undefined;
  if (negated?.type === 'if_statement' && negated.childForFieldName('condition')?.id === holder.id && !negated.namedChildren.some((c) => c?.type === 'elif_clause')) {
    const otherwise = negated.namedChildren.find((c) => c?.type === 'else_clause');
    if (otherwise) regions.push({ start: otherwise.startIndex, end: otherwise.endIndex, name });
    return;
  }
  const block = holder.type === 'expression_statement' ? holder.parent : undefined;
  if (!block) return;
  let end = block.endIndex;
  for (let s = holder.nextNamedSibling; s; s = s.nextNamedSibling) {
    if (acquireReceiver(s, 'release') === name) {
      end = s.startIndex;
      break;
    }
  }
  regions.push({ start: holder.endIndex, end, name });
}

/**
 * The lock a release helper lets go after `child`: `release_lock()` (or `__exit__`) whose own block
 * ends in `self._lock.release()` with no acquire of its own, so its caller took the lock through the
 * helper's other half and holds it until then.
 */
function releasedLater(fn: Node, body: Node, child: Node): string | undefined {
  if (!RELEASE_HELPER.test(fn.childForFieldName('name')?.text ?? '')) return undefined;
  const name = releasesAfter(body, child).find((n) => n !== HAND_LOCK);
  return name !== undefined && !takesLock(fn.text, name) ? name : undefined;
}

/** The locks that the statements of `body` after `child` release, in order. */
function releasesAfter(body: Node, child: Node): string[] {
  const out: string[] = [];
  let after = false;
  for (const s of body.namedChildren) {
    if (s?.id === child.id) after = true;
    else if (after && s) {
      const name = acquireReceiver(s, 'release');
      if (name !== undefined) out.push(name);
    }
  }
  return out;
}

/**
 * The module lock a function lets go after `child` (a statement after it, or the `finally` of `child`
 * itself) without ever taking it: `def add(): try: num += 1 finally: lock1.release()`. Released untaken,
 * it would raise; so whoever starts it took the lock and handed it over (`lock1.acquire()` before
 * `start()`), and its code up to the release runs holding it, a baton passed from thread to thread.
 */
function batonReleased(view: ModuleView, fn: Node, body: Node, child: Node): string | undefined {
  const later = [...(child.type === 'try_statement' ? releasedInFinally(child) : []), ...releasesAfter(body, child)];
  return later.find((name) => name !== HAND_LOCK && !name.includes('.') && view.globalKind(name) === 'lock' && !takesLock(fn.text, name));
}

/** Does `value` read `subject` (`total + n` for `total`, `self.n - 1` for `self.n`)? */
function readsSubject(value: Node | null, subject: string): boolean {
  return !!value && /^[\w.]+$/.test(subject) && new RegExp(`(?<![\\w.])${subject.replace(/\./g, '\\s*\\.\\s*')}\\b(?!\\s*\\()`).test(value.text);
}

/** The part of an `if` test that takes a lock: the test itself, or an operand of `and` (`if ready and lock.acquire(False):`). */
function acquiringTest(test: Node | null): Node | null {
  if (test?.type !== 'boolean_operator' || test.childForFieldName('operator')?.type !== 'and') return test;
  for (const side of [test.childForFieldName('left'), test.childForFieldName('right')]) {
    const part = acquiringTest(side);
    if (part && acquireReceiver(part, 'acquire') !== undefined) return part;
  }
  return test;
}

/** What a call of a lock helper written by hand holds (`entry_critical_section(i)` … `exit_critical_section(i)`). */
export const HAND_LOCK = '<the lock written by hand>';
const HAND_ACQUIRE = /(?:^|_)(?:acquire|lock)$|^_*(?:enter|entry)_critical/;
const HAND_RELEASE = /(?:^|_)(?:release|unlock)$|^_*(?:exit|leave)_critical/;

/** Does this code take `lock` itself: `lock.acquire(…)` or `with lock`? */
export function takesLock(text: string, lock: string): boolean {
  const name = escapeRegExp(lock);
  return new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*acquire\\s*\\(|\\bwith\\s+${name}\\b`).test(text);
}

/** A method that lets go what its pair took: `release_lock`, `unlock`, `_release`, `__exit__`. */
const RELEASE_HELPER = /^_*(?:release|unlock)(?:_\w+)?$|(?:^|_)(?:release|unlock)$|^__exit__$/;

const LIGHT_SWITCH = /^\(?\s*[\w.]+\s*==\s*[01]\s*\)?$/;

/**
 * `if not have_lock: self.lock.acquire()` (and its `release()` under the same test): a lock taken here
 * unless the caller holds it already; held from here on either way.
 */
function unlessHeldAlready(stmt: Node, method: 'acquire' | 'release'): string | undefined {
  if (stmt.type !== 'if_statement' || stmt.childForFieldName('alternative')) return undefined;
  // (Not a light switch, `if self.readers == 1: room_empty.acquire()`: the first reader takes it for all
  // readers, who then run side by side; it keeps writers out, not the other readers.)
  if (LIGHT_SWITCH.test(stmt.childForFieldName('condition')?.text ?? '')) return undefined;
  const body = stmt.childForFieldName('consequence')?.namedChildren.filter((n) => n?.type !== 'comment') ?? [];
  return body.length === 1 && body[0] ? acquireReceiver(body[0], method) : undefined;
}

/** A hand-written lock's method that names the side it takes or lets go: `rw.writer_lock()` … `rw.writer_unlock()`. */
const SIDE_LOCK_CALL = {
  acquire: /^(?!(?:get|set|make|new|create|has|is)_)(\w+?)_(?:acquire|lock)$/,
  release: /^(?!(?:get|set|make|new|create|has|is)_)(\w+?)_(?:release|unlock)$/,
};
/** The same with the verb first: `rw.acquire_write()` … `rw.release_write()`. */
const VERB_FIRST_LOCK_CALL = { acquire: /^acquire_(\w+)$/, release: /^release_(\w+)$/ };

/** `d.keys()`, `d.values()`, `d.items()` (and, with `iter`, Python 2's `d.iteritems()` …): the `d` whose view it is. */
function dictViewOwner(n: Node | null | undefined, iter: boolean): Node | undefined {
  const f = n?.type === 'call' ? n.childForFieldName('function') : undefined;
  const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
  return method !== undefined && (iter ? /^(?:iter)?(?:items|keys|values)$/ : /^(?:items|keys|values)$/).test(method) && callArgs(n!).positional.length === 0 ? (f!.childForFieldName('object') ?? undefined) : undefined;
}

/** The locks a `try` statement's `finally:` lets go (`try: … finally: lock.release()`), in order. */
/**
 * The locks a `try` lets go of on every way out: in its `finally:`, or in its body and in every `except`
 * clause (`try: …; lock.release(); download() except: lock.release()`).
 */
function releasedInFinally(tryStatement: Node): string[] {
  const releases = (block: Node | null | undefined) => (block?.namedChildren ?? []).flatMap((n) => ((lock) => (lock !== undefined ? [lock] : []))(n ? acquireReceiver(n, 'release') : undefined));
  const clauses = tryStatement.namedChildren.filter((c): c is Node => !!c);
  const finallyBlock = clauses.find((c) => c.type === 'finally_clause')?.namedChildren.find((c) => c?.type === 'block');
  const handlers = clauses.filter((c) => c.type === 'except_clause');
  const inBody = handlers.length > 0 && !clauses.some((c) => c.type === 'else_clause') ? releases(tryStatement.childForFieldName('body')) : [];
  const everyPath = inBody.filter((lock) => handlers.every((h) => releases(h.namedChildren.find((c) => c?.type === 'block')).includes(lock)));
  return [...releases(finallyBlock), ...everyPath];
}

function acquireReceiver(stmt: Node, method: 'acquire' | 'release'): string | undefined {
  let expr: Node | null | undefined = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : stmt;
  // `got = self._lock.acquire(timeout=t)`: held from here as for a bare acquire() (its answer is not followed).
  if (expr?.type === 'assignment' && method === 'acquire') expr = expr.childForFieldName('right');
  if (expr?.type !== 'call') return undefined;
  const f = expr.childForFieldName('function');
  // A helper of the module or the class that takes or lets go a lock written by hand.
  const helper = f?.type === 'identifier' ? f.text : f?.type === 'attribute' && f.childForFieldName('object')?.text === 'self' ? f.childForFieldName('attribute')?.text : undefined;
  if (helper !== undefined && (method === 'acquire' ? HAND_ACQUIRE : HAND_RELEASE).test(helper)) return HAND_LOCK;
  // (A lock class of one's own may call them `lock()` and `unlock()`, or name the side: `rw.writer_lock()` … `rw.writer_unlock()`.)
  const name = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
  const side = name !== undefined ? (SIDE_LOCK_CALL[method].exec(name) ?? VERB_FIRST_LOCK_CALL[method].exec(name))?.[1] : undefined;
  if (side !== undefined) {
    const object = dotted(f!.childForFieldName('object'));
    return object !== undefined ? `${object}.${side}` : undefined;
  }
  if (name !== method && name !== (method === 'acquire' ? 'lock' : 'unlock')) return undefined;
  return dotted(f!.childForFieldName('object'));
}

/**
 * The lock scopes that hold at `node` inside `fn`: `with` blocks, acquire()…release() runs in a
 * block (including try/finally), and `if x.acquire(timeout=…):` bodies. Returns an id per scope so
 * a read and a write can be checked for being under the same acquisition.
 */
/** `d[k] = d.get(k, …)` or `d[k] = d.setdefault(k, …)`: a store of the item's own value where there is one. */
function storesItsOwnGet(write: Node): boolean {
  const left = write.type === 'assignment' ? write.childForFieldName('left') : undefined;
  const right = write.childForFieldName('right');
  if (left?.type !== 'subscript' || right?.type !== 'call') return false;
  const fnNode = right.childForFieldName('function');
  const first = right.childForFieldName('arguments')?.namedChildren[0];
  const flat = (n: Node | null | undefined) => n?.text.replace(/\s+/g, '');
  return fnNode?.type === 'attribute' && /^(?:get|setdefault)$/.test(fnNode.childForFieldName('attribute')?.text ?? '') && flat(fnNode.childForFieldName('object')) === flat(left.childForFieldName('value')) && flat(first) === flat(left.childForFieldName('subscript'));
}

/** Is `write` inside an `if` (or `while`) that tests `container` again, itself inside one of the lock scopes `locks` (ids)? */
function retestedUnderLock(write: Node, container: string, locks: number[]): boolean {
  let retested = false;
  const name = container.replace(/\s+/g, '');
  for (let p = write.parent; p; p = p.parent) {
    if (locks.includes(p.id)) return retested;
    if ((p.type === 'if_statement' || p.type === 'while_statement') && p.childForFieldName('condition')?.text.replace(/\s+/g, '').includes(name)) retested = true;
    if (p.type === 'function_definition') return false;
  }
  return false;
}

/**
 * `lock = threading.Lock()` … `with lock:` in one function, the lock handed nowhere: each call makes
 * its own, so the threads that run the function never wait on one another. Said once (GIL002).
 */
function lockMadePerCall(scope: StatementScope, view: ModuleView, out: FunctionWrites, fn: Node, value: Node, reported: Set<number>): boolean {
  if (value.type !== 'identifier' || fn.type !== 'function_definition') return false;
  const name = value.text;
  if (paramNames(fn).includes(name)) return false;
  const made = scope.index.ownNodes(fn).find((a) => a.type === 'assignment' && a.childForFieldName('left')?.text === name && a.childForFieldName('right')?.type === 'call' && !isGetLock(a.childForFieldName('right')!) && constructorKind(view.aliases, a.childForFieldName('right')) === 'lock');
  if (!made || made.startIndex > value.startIndex) return false;
  const body = fn.childForFieldName('body')?.text ?? '';
  const n = escapeRegExp(name);
  // Handed on, kept, declared shared, or seen by a closure or lambda made here: not one call's own.
  if (new RegExp(`(?:[(,=\\[{:]|\\breturn|\\byield|\\b(?:global|nonlocal)\\b[^\\n]*)\\s*\\b${n}\\s*(?:[,)\\]}]|$)`, 'm').test(body)) return false;
  for (const inner of scope.index.within('function_definition', fn).concat(scope.index.within('lambda', fn))) if (new RegExp(`\\b${n}\\b`).test(inner.text)) return false;
  if (!reported.has(made.id)) {
    reported.add(made.id);
    const fnName = fn.childForFieldName('name')?.text ?? 'this function';
    out.mistakes.push({ code: CODES.lockCreatedInline, range: scope.rel(value), subject: name, message: `\`${name}\` is made anew on each call of ${fnName}(), so every call holds a lock of its own and no other thread ever waits on it: it protects nothing. Create the lock once (at module level, or in __init__ for an object's state) and use that one.` });
  }
  return true;
}

function lockScopes(scope: StatementScope, view: ModuleView, out: FunctionWrites, node: Node, fn: Node, reported: Set<number>, names?: string[], subject?: string): number[] {
  const scopes: number[] = [];
  const before = out.mistakes.length;
  // `self.mutex` of a Thread subclass that runs as several threads: each holds its own, which keeps
  // no other thread from shared state. (It still guards the object's own attribute, `self.total`,
  // from the other threads that call its methods.)
  const classNode = fn.parent?.parent?.type === 'class_definition' ? fn.parent.parent : fn.parent?.parent?.parent?.type === 'class_definition' && fn.parent.type === 'decorated_definition' ? fn.parent.parent.parent : undefined;
  // (Nor an item of a container the object makes for itself, `self.deadlines = {}`: each object's own.)
  const item = subject !== undefined ? /^self\.(\w+)\[/.exec(subject)?.[1] : undefined;
  const ownContainer = item !== undefined && !!classNode && new RegExp(`\\bself\\s*\\.\\s*${item}\\s*(?::[^=\\n]*)?=\\s*(?:\\{|\\[|(?:dict|set|list|(?:collections\\s*\\.\\s*)?(?:deque|defaultdict|OrderedDict|Counter))\\s*\\()`).test(classNode.text);
  const className = subject !== undefined && (PLAIN_SELF_ATTRIBUTE.test(subject) || ownContainer) ? undefined : classNode?.childForFieldName('name')?.text;
  const ownLock = (held: string | undefined) => className !== undefined && held !== undefined && /^self\.\w+$/.test(held) && view.perThreadLock(`${className}.${held.slice(5)}`);
  let child = node;
  /** Locks let go in an inner block before the node (and not taken again there): they end what an outer acquire() began. */
  const releasedBelow = new Set<string>();
  for (let p = node.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'with_statement' && p.childForFieldName('body')?.id === child.id) {
      for (const item of p.descendantsOfType('with_item')) {
        const value = withItemValue(item);
        if (item && value && item.parent?.parent?.id === p.id && withItemLocks(scope, view, out, value, reported) && !ownLock(dotted(value)) && !lockMadePerCall(scope, view, out, fn, value, reported)) {
          scopes.push(p.id);
          names?.push(dotted(value.type === 'as_pattern' ? value.namedChildren[0] : value) ?? '');
        }
      }
    }
    if (p.type === 'if_statement' && p.childForFieldName('consequence')?.id === child.id) {
      const cond = acquiringTest(p.childForFieldName('condition'));
      const held = cond && acquireReceiver(cond, 'acquire');
      if (held && !semaphoreAcquired(scope, view, out, cond, held, reported) && !ownLock(held)) (scopes.push(p.id), names?.push(held));
    }
    // `if not self._lock.acquire(False): … else: <held here>`
    if (p.type === 'else_clause' && p.parent?.type === 'if_statement' && !p.parent.namedChildren.some((n) => n?.type === 'elif_clause')) {
      const cond = p.parent.childForFieldName('condition');
      const inner = cond?.type === 'not_operator' ? cond.childForFieldName('argument') : undefined;
      const held = inner && acquireReceiver(inner, 'acquire');
      if (held && !semaphoreAcquired(scope, view, out, inner, held, reported) && !ownLock(held)) (scopes.push(p.id), names?.push(held));
    }
    if (p.type === 'block' || p.type === 'module') {
      // acquire() earlier in this block with no release() between it and us
      const held = new Map<string, number>();
      const releasedHere = new Set<string>();
      for (const s of p.namedChildren) {
        if (!s || s.id === child.id) break;
        if (s.type === 'while_statement' && entryProtocol(s)) held.set(`<entry protocol ${s.id}>`, s.id);
        const past = s.type === 'while_statement' ? heldPastBreak(s) : undefined;
        if (past !== undefined && !ownLock(past)) held.set(past, s.id);
        const a = acquireReceiver(s, 'acquire') ?? unlessHeldAlready(s, 'acquire');
        // (`guard = threading.Lock()` then `guard.acquire()` in the same call: a lock of this call's own.)
        const receiver = s.type === 'expression_statement' ? s.namedChildren[0]?.childForFieldName('function')?.childForFieldName('object') : undefined;
        if (a && !semaphoreAcquired(scope, view, out, s, a, reported) && !ownLock(a) && !(receiver?.type === 'identifier' && lockMadePerCall(scope, view, out, fn, receiver, reported))) held.set(a, s.id);
        if (a) releasedHere.delete(a);
        const r = acquireReceiver(s, 'release') ?? unlessHeldAlready(s, 'release');
        if (r) (held.delete(r), releasedHere.add(r));
        // `with gate: room.acquire()` … `room.release()`: taken in the body of a `with`, held past its end.
        if (s.type === 'with_statement') {
          for (const inner of s.childForFieldName('body')?.namedChildren ?? []) {
            const ia = inner ? acquireReceiver(inner, 'acquire') : undefined;
            if (ia && ia !== HAND_LOCK && !semaphoreAcquired(scope, view, out, inner!, ia, reported) && !ownLock(ia)) held.set(ia, s.id);
            const ir = inner ? acquireReceiver(inner, 'release') : undefined;
            if (ir) held.delete(ir);
          }
        }
        // `lock.acquire()` then `try: … finally: lock.release()`: let go where the `try` ends.
        if (s.type === 'try_statement') for (const ir of releasedInFinally(s)) (held.delete(ir), releasedHere.add(ir));
      }
      // `def release_lock(self): … self._lock.release()`: its caller took the lock through `acquire_lock()`.
      if (p.parent?.id === fn.id) {
        const released = releasedLater(fn, p, child) ?? batonReleased(view, fn, p, child);
        if (released !== undefined && !ownLock(released)) held.set(released, p.id);
      }
      // (`lock.acquire()` then `if …: lock.release(); <node>`: the inner release came after this block's acquire.)
      for (const r of releasedBelow) held.delete(r);
      for (const r of releasedHere) releasedBelow.add(r);
      scopes.push(...held.values());
      names?.push(...held.keys());
    }
  }
  // A Semaphore(n) around code that a real lock guards too only limits how many threads run it at once.
  if (scopes.length > 0 && out.mistakes.length > before) out.mistakes.push(...out.mistakes.splice(before).filter((m) => m.code !== CODES.semaphoreNotMutex));
  return scopes;
}

/**
 * Is a lock held at `node`: inside `with lock:`, or after a `lock.acquire()` earlier in an enclosing
 * block with no `release()` since? `lock` by its text, as held; without it, any lock-like `with` and
 * any bare `….acquire()`.
 */
/** A Condition or an RLock a class is built on (`class Monitor(threading.Condition)`), as written or qualified: `with self:` holds its lock. */
export const MONITOR_BASE = /^(?:threading\s*\.\s*)?(?:Condition|RLock)$/;

/** Is `node` in a method of a class built on a Condition or an RLock, so that `with self:` there holds the object's own lock? */
function selfIsLock(node: Node): boolean {
  let p = node.parent;
  while (p && p.type !== 'class_definition') p = p.parent;
  return !!p?.childForFieldName('superclasses')?.namedChildren.some((b) => !!b && MONITOR_BASE.test(b.text));
}

export function heldAt(node: Node, lock?: string): boolean {
  const call = (s: Node | null, method: string) => s?.type === 'expression_statement' && (lock !== undefined ? s.text.replace(/\s+/g, '') === `${lock}.${method}()` : new RegExp(`\\.\\s*${method}\\s*\\(`).test(s.text));
  const holds = (w: Node) => (lock !== undefined ? w.descendantsOfType('with_item').some((i) => i?.parent?.parent?.id === w.id && withItemValue(i)?.text.replace(/\s+/g, '') === lock) : LOCKISH.test(w.text.split('\n')[0]) || (/^with\s+self\s*:/.test(w.text) && selfIsLock(w)));
  // `if lock.acquire(False): …` holds it in the body; `if not lock.acquire(blocking=False): return` in the `else:`.
  const acquiredIn = (test: string, negated: boolean) => {
    const m = /^(not\s+)?([\w.\s]+?)\s*\.\s*acquire\s*\(/.exec(test);
    return m !== null && !!m[1] === negated && (lock === undefined || m[2].replace(/\s+/g, '') === lock);
  };
  let child: Node = node;
  // (A release in an inner block before the node ends what an acquire() in an outer block began.)
  let releasedBelow = false;
  for (let p = node.parent; p && p.type !== 'function_definition'; child = p, p = p.parent) {
    if (p.type === 'with_statement' && holds(p)) return true;
    const test = p.parent?.type === 'if_statement' ? (p.parent.childForFieldName('condition')?.text ?? '') : '';
    if (p.type === 'block' && p.parent?.childForFieldName('consequence')?.id === p.id && acquiredIn(test, false)) return true;
    if (p.type === 'else_clause' && acquiredIn(test, true)) return true;
    if (p.type !== 'block') continue;
    let held = false;
    let releasedHere = false;
    for (const s of p.namedChildren) {
      if (!s || s.id === child.id) break;
      if (call(s, 'acquire')) (held = true), (releasedHere = false);
      else if (call(s, 'release')) (held = false), (releasedHere = true);
      else if (s.type === 'try_statement' && held && releasedInFinally(s).some((l) => lock === undefined || l === lock)) (held = false), (releasedHere = true);
      else if (s.type === 'while_statement') {
        const past = heldPastBreak(s);
        if (past !== undefined && (lock === undefined || past === lock)) held = true;
      } else if (s.type === 'with_statement') {
        // `with gate: room.acquire()`: taken in the body of a `with`, held past its end.
        for (const inner of s.childForFieldName('body')?.namedChildren ?? []) {
          if (call(inner, 'acquire')) held = true;
          else if (call(inner, 'release')) held = false;
        }
      }
    }
    if (held && !releasedBelow) return true;
    releasedBelow ||= releasedHere;
  }
  return false;
}

/**
 * `while True: lock.acquire(); if ready: break; lock.release(); sleep(…)`: the loop ends only by that
 * `break`, taken with the lock held, so the lock is held after the loop. Its name, if so.
 */
export function heldPastBreak(loop: Node): string | undefined {
  if (!/^(?:True|1)$/.test(loop.childForFieldName('condition')?.text ?? '')) return undefined;
  let held: string | undefined;
  let broke = false;
  for (const s of loop.childForFieldName('body')?.namedChildren ?? []) {
    if (!s) continue;
    const a = acquireReceiver(s, 'acquire');
    if (a !== undefined && a !== HAND_LOCK) held = a;
    else if (held !== undefined && acquireReceiver(s, 'release') === held) return broke ? held : undefined;
    else if (held !== undefined && s.descendantsOfType('break_statement').some((b) => !!b && enclosing(b, LOOP_TYPES)?.id === loop.id)) broke = true;
  }
  return undefined;
}

interface WriteNode {
  node: Node; // the statement-level assignment
  subject: string;
  why: string;
  /** For a write back of a local that holds an earlier read: that read's assignment. */
  aliasNode?: Node;
  local?: string;
  /** For a write back through a setter (Accessor): the callee's text. */
  through?: string;
  /** That setter sleeps before it stores. */
  throughPauses?: boolean;
  /** `batch = self.pending` … `self.pending = []`: the container taken and replaced by a new one. */
  swap?: boolean;
  /** `rate = self.n` … `self.n = 0`: a count taken and set back to 0. */
  reset?: boolean;
  /** `for cb in self.cbs: … keep.append(cb)`, then `self.cbs = keep`: the local built from the loop put in its place. */
  rebuilt?: string;
  /** `batch = list(self.pending)` … `self.pending.clear()`: a copy taken, then the container itself emptied. */
  emptied?: boolean;
  /** `self.health = h`, a sleep, then `self.mana = m`: the first store's subject (its assignment is `aliasNode`). */
  pair?: string;
}

/** `[]`, `{}`, `set()`, `deque()`, `list()`: a new empty container. */
export function isEmptyContainer(expr: Node | null): boolean {
  if (!expr) return false;
  if ((expr.type === 'list' || expr.type === 'dictionary') && expr.namedChildCount === 0) return true;
  return expr.type === 'call' && callArgs(expr).positional.length === 0 && CONTAINER_CALLS.has(dotted(expr.childForFieldName('function')) ?? '');
}

/** Are two nodes in different arms of one `if`/`elif`/`else` chain, so that no run reaches both? */
function exclusiveBranches(a: Node, b: Node): boolean {
  let lca: Node | null = a;
  while (lca && !contains(lca, b)) lca = lca.parent;
  if (lca?.type !== 'if_statement') return false;
  const arm = (x: Node) => lca!.namedChildren.find((c) => !!c && contains(c, x) && (c.id === lca!.childForFieldName('consequence')?.id || c.type === 'elif_clause' || c.type === 'else_clause'));
  const armA = arm(a);
  const armB = arm(b);
  return !!armA && !!armB && armA.id !== armB.id;
}

/** Is `inner` inside `outer` (or `outer` itself)? */
function contains(outer: Node | null, inner: Node): boolean {
  return !!outer && outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** The local a statement stores into (`batch = list(self.pending)`), or '' where it stores none. */
function takenInto(statement: Node): string {
  const a = statement.type === 'expression_statement' ? statement.namedChildren[0] : statement;
  const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
  return left?.type === 'identifier' ? left.text : '';
}

/**
 * The value a local was given by its one assignment in `fn`, before `use`, when that value is an item of a
 * container (`rooms.get(room)`, `rooms[room]`): the container kept under that key, not a copy.
 */
function itemTakenInto(fn: Node, use: Node): Node | undefined {
  let value: Node | undefined;
  for (const a of fn.descendantsOfType('assignment')) {
    const left = a?.childForFieldName('left');
    if (left?.type !== 'identifier' || left.text !== use.text) continue;
    if (value || a!.startIndex > use.startIndex || enclosing(a!, FUNCTION_TYPES)?.id !== fn.id) return undefined;
    value = a!.childForFieldName('right') ?? undefined;
  }
  const getter = value?.type === 'call' ? value.childForFieldName('function') : undefined;
  return (value?.type === 'subscript' && value.childForFieldName('subscript')?.type !== 'slice') || (getter?.type === 'attribute' && getter.childForFieldName('attribute')?.text === 'get') ? value : undefined;
}

/** Calls that look at a container without taking its items: its size, its truth, its identity. */
const SIZES_ONLY = /^(?:len|bool|id|isinstance|type|hash|callable|sys\.getsizeof)$/;

/**
 * The statement before `store` in `fn` that goes through `subject` (a loop or comprehension over it) or
 * hands it to a call; with `value`, one that takes its value (`rate = self.n`, `return self.n`) too.
 */
/** Expressions a value passes through whole on its way to an argument or a store (`n / 1024`, `f"{n}"`). */
const VALUE_WRAPPERS = new Set(['binary_operator', 'parenthesized_expression', 'interpolation', 'string', 'concatenated_string']);

function consumedBefore(fn: Node, store: Node, subject: string, value = false): Node | undefined {
  const body = fn.childForFieldName('body');
  for (const r of body ? walk(body) : []) {
    if (r.startIndex >= store.startIndex) break;
    if ((r.type !== 'attribute' && r.type !== 'identifier') || r.text.replace(/\s+/g, '') !== subject) continue;
    const p = r.parent;
    // `self.pending[:]`, `self.pending.copy()`: a copy of the whole.
    const copied = p?.type === 'subscript' ? p.childForFieldName('value')?.id === r.id && p.childForFieldName('subscript')?.type === 'slice' && p.childForFieldName('subscript')!.namedChildCount === 0 : p?.type === 'attribute' && p.parent?.type === 'call' && /^(?:copy|items|values|keys)$/.test(p.childForFieldName('attribute')?.text ?? '');
    if (copied && contains(statementOf(r, fn).parent, store)) return statementOf(r, fn);
    if (p?.type === 'attribute') continue;
    const through = (p?.type === 'for_in_clause' || p?.type === 'for_statement') && p.childForFieldName('right')?.id === r.id;
    // (A count's value taken in arithmetic or an f-string, `print(f"{self.sent / 1024:.1f} KiB/s")`, is taken too.)
    let whole: Node = r;
    while (value && whole.parent && VALUE_WRAPPERS.has(whole.parent.type)) whole = whole.parent;
    const q = whole.parent;
    const taken = value && q?.type === 'assignment' && q.childForFieldName('right')?.id === whole.id;
    // (`if len(self.seen) > 10000: self.seen.clear()` measures it, takes no item: a cap, not a hand-off.)
    const handed = q?.type === 'argument_list' && !SIZES_ONLY.test(q.parent?.childForFieldName('function')?.text ?? '');
    if (through || taken || handed) {
      const statement = statementOf(r, fn);
      // (Only one that runs before the store: not one in another branch of an `if`.)
      if (contains(statement.parent, store)) return statement;
    }
  }
  return undefined;
}

/** Does `expr` read the variable or attribute chain `target` (`counter`, `self.by_ext`, `Session.active`)? */
function readsExpr(expr: Node | null, target: Node | null): boolean {
  if (!expr || !target) return false;
  if (target.type === 'identifier') return readsName(expr, target.text);
  const want = dotted(target);
  if (!want) return expr.text.includes(target.text);
  for (const n of walk(expr)) if (n.type === 'attribute' && dotted(n) === want) return true;
  return false;
}

/**
 * Does `expr` read the container of `item` (`self.meta['title']`) only through items of other
 * literal keys (`self.meta['gjname']`)? Then storing it changes no item it read.
 */
function onlyOtherItems(expr: Node, item: Node): boolean {
  const key = item.childForFieldName('subscript');
  const container = item.childForFieldName('value');
  const want = container && dotted(container);
  // (Or keys one name apart by different whole numbers, `a[i + 2] = a[i + 1] + a[i]`: other items too.)
  const offset = (k: string) => /^(\w+)\s*(?:([-+])\s*(\d+))?$/.exec(k);
  const mine = key ? offset(key.text) : null;
  const literal = !!key && LITERAL_KEY.test(key.text);
  if (!key || !want || (!literal && !(mine && /^[A-Za-z_]/.test(mine[1])))) return false;
  const at = (m: RegExpExecArray) => (m[2] === '-' ? -1 : 1) * Number(m[3] ?? 0);
  for (const n of walk(expr)) {
    if ((n.type !== 'attribute' && n.type !== 'identifier') || dotted(n) !== want) continue;
    const parent = n.parent;
    const theirs = parent?.type === 'subscript' && parent.childForFieldName('value')?.id === n.id ? parent.childForFieldName('subscript') : undefined;
    if (!theirs) return false;
    if (literal) {
      if (!LITERAL_KEY.test(theirs.text) || theirs.text.replace(/'/g, '"') === key.text.replace(/'/g, '"')) return false;
      continue;
    }
    const other = offset(theirs.text);
    if (!other || other[1] !== mine![1] || at(other) === at(mine!)) return false;
  }
  return true;
}

/** A container as an item binding names it: a plain name or `self.attr`. */
const containerName = (c: Node | null | undefined) => (c?.type === 'identifier' || (c?.type === 'attribute' && /^self\s*\.\s*\w+$/.test(c.text)) ? c.text.replace(/\s+/g, '') : undefined);

/** The container `expr` picks an item of directly (`C[i]`, `random.choice(C)`), if it does. */
function pickedFrom(scope: StatementScope, expr: Node): string | undefined {
  if (expr.type === 'subscript') return expr.childForFieldName('subscript')?.type !== 'slice' ? containerName(expr.childForFieldName('value')) : undefined;
  return containerName(pickedOf(scope, expr));
}

/** The container argument of a call that returns one of its items (`random.choice(C)`, `min(C, key=…)`); `isLocal` tells a builtin shadowed by a local. */
function pickedOf(scope: StatementScope, expr: Node, isLocal: (name: string) => boolean = () => false): Node | undefined {
  const f = expr.type === 'call' ? expr.childForFieldName('function') : undefined;
  if (f?.type !== 'identifier' && f?.type !== 'attribute') return undefined;
  const builtin = f.type === 'identifier' && (f.text === 'min' || f.text === 'max');
  const picked = builtin ? (isLocal(f.text) ? undefined : f.text) : qualify(scope.aliases, f.text.replace(/\s+/g, ''));
  return picked !== undefined && ITEM_PICKERS.has(picked) ? callArgs(expr).positional[0] : undefined;
}

/**
 * `x = C[i]`, `x = random.choice(C)`, `for x in C`, `for i, x in enumerate(C)`: the local and the
 * container (a name or `self.attr`); `a, b = pick_two(C)` through a module function, told later
 * whether it returns items of what it is handed.
 */
function itemBindings(scope: StatementScope, n: Node): ItemLocal[] {
  const left = n.childForFieldName('left');
  const right = n.childForFieldName('right');
  if (!left || !right) return [];
  if (n.type === 'for_statement') {
    const call = right.type === 'call' && right.childForFieldName('function')?.text === 'enumerate' ? callArgs(right).positional[0] : undefined;
    const target = call ? (left.type === 'pattern_list' || left.type === 'tuple_pattern' ? left.namedChildren[1] : undefined) : left;
    const c = containerName(call ?? right);
    return target?.type === 'identifier' && c !== undefined ? [[target.text, c]] : [];
  }
  const names = left.type === 'identifier' ? [left] : left.type === 'pattern_list' || left.type === 'tuple_pattern' ? left.namedChildren : [];
  if (names.length === 0 || names.some((x) => x?.type !== 'identifier')) return [];
  const c = left.type === 'identifier' ? pickedFrom(scope, right) : undefined;
  if (c !== undefined) return [[left.text, c]];
  const f = right.type === 'call' ? right.childForFieldName('function') : undefined;
  if (f?.type !== 'identifier') return [];
  const out: ItemLocal[] = [];
  callArgs(right).positional.forEach((a, index) => {
    const c = containerName(a);
    if (c !== undefined) for (const x of names) out.push([x!.text, c, { fn: f.text, index }]);
  });
  return out;
}

/** The parameter whose items every `return` of the function hands back, alone or in a tuple (see FunctionSummary.returnsItemsOfParam). */
function returnsItemsOfParam(scope: StatementScope, fn: Node, params: readonly string[], itemLocals: readonly ItemLocal[] | undefined): Pick<FunctionSummary, 'returnsItemsOfParam'> {
  // (Looked for only where the text returns something picked: most functions return no item.)
  if (!/\breturn\s+[\w([]/.test(fn.text) || (!itemLocals?.length && !/\breturn\s+(?:[\w.]+\s*\[|(?:random\s*\.\s*)?choice\s*\()/.test(fn.text))) return {};
  let found: string | undefined;
  let any = false;
  for (const r of fn.descendantsOfType('return_statement')) {
    if (!r || enclosing(r, FUNCTION_TYPES)?.id !== fn.id) continue;
    const value = r.namedChildren[0];
    const parts = value?.type === 'expression_list' || value?.type === 'tuple' || value?.type === 'list' ? value.namedChildren : [value];
    for (const part of parts) {
      const of = part?.type === 'identifier' ? itemLocals?.find(([local, , via]) => local === part.text && !via)?.[1] : part ? pickedFrom(scope, part) : undefined;
      if (of === undefined || !params.includes(of) || (found !== undefined && found !== of)) return {};
      found = of;
      any = true;
    }
  }
  return any && found !== undefined ? { returnsItemsOfParam: params.indexOf(found) } : {};
}

/** Calls that return one of the items of the container they are given. */
const ITEM_PICKERS: ReadonlySet<string> = new Set(['random.choice', 'secrets.choice', 'min', 'max']);

/** A string or number literal used as a key. */
const LITERAL_KEY = /^(?:"[^"\\\n]*"|'[^'\\\n]*'|-?\d+)$/;

function readsName(expr: Node | null, name: string): boolean {
  if (!expr) return false;
  // (Not `dev.temperature`'s attribute name, nor `f(temperature=…)`'s keyword: neither reads the variable.)
  for (const n of walk(expr)) if (n.type === 'identifier' && n.text === name && !namesOnly(n)) return true;
  return false;
}

/** An identifier that names an attribute (`x.name`) or a keyword argument (`name=…`), not a variable. */
function namesOnly(n: Node): boolean {
  const p = n.parent;
  return (p?.type === 'attribute' && p.childForFieldName('attribute')?.id === n.id) || (p?.type === 'keyword_argument' && p.childForFieldName('name')?.id === n.id);
}

/**
 * Names a nested function can see from the functions around it (their assignments and parameters),
 * innermost first, with what they hold: a closure run by several threads shares them.
 */
function capturedNames(scope: StatementScope, fn: Node): Map<string, StateKind> {
  const { index, aliases } = scope;
  const out = new Map<string, StateKind>();
  for (let outer = index.enclosingScope(fn, 'function_definition'); outer; outer = index.enclosingScope(outer, 'function_definition')) {
    const here = new Map<string, StateKind>();
    const declaredGlobal = new Set<string>();
    for (const n of index.ownNodes(outer)) {
      const type = index.typeOf(n);
      if (type === 'global_statement') for (const id of n.namedChildren) if (id) declaredGlobal.add(id.text);
      if (type === 'assignment') for (const [name, value] of assignedNames(n)) if (!here.has(name.text)) here.set(name.text, constructorKind(aliases, value) ?? 'value');
    }
    for (const p of outer.childForFieldName('parameters')?.namedChildren ?? []) {
      const id = p?.type === 'identifier' ? p : (p?.childForFieldName('name') ?? p?.namedChildren[0]);
      if (id?.type === 'identifier' && !here.has(id.text)) here.set(id.text, 'value');
    }
    for (const [name, kind] of here) if (!declaredGlobal.has(name) && !out.has(name)) out.set(name, kind);
  }
  return out;
}

/**
 * The writes of `fn` to state other threads share: module globals, closure variables, class
 * attributes, `self` attributes when the instance is shared (`bound`), and the objects in `shared`:
 * parameters (or captured names) that every thread running it is handed.
 */
function sharedWrites(scope: StatementScope, view: ModuleView, fn: Node, bound: boolean, className: string | undefined, shared: ReadonlySet<string>, checks: CheckNode[]): WriteNode[] {
  const globalsDeclared = new Set<string>();
  const nonlocals = new Set<string>();
  const localNames = new Set<string>();
  const nodes = scope.index.ownNodes(fn);
  for (const n of nodes) {
    if (n.type === 'global_statement') for (const id of n.namedChildren) if (id) globalsDeclared.add(id.text);
    if (n.type === 'nonlocal_statement') for (const id of n.namedChildren) if (id) nonlocals.add(id.text);
  }
  for (const n of nodes) {
    if (n.type === 'assignment' || n.type === 'for_statement' || n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      if (left?.type === 'identifier' && !globalsDeclared.has(left.text) && !nonlocals.has(left.text)) localNames.add(left.text);
      // `count, start = hits.get(k, (0, now))`: each name of the pattern is a local too.
      if (left?.type === 'pattern_list' || left?.type === 'tuple_pattern') for (const id of left.namedChildren) if (id?.type === 'identifier' && !globalsDeclared.has(id.text) && !nonlocals.has(id.text)) localNames.add(id.text);
    }
  }
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const id = p?.type === 'identifier' ? p : p?.childForFieldName('name') ?? p?.namedChildren[0];
    if (id?.type === 'identifier') localNames.add(id.text);
  }

  const captured = capturedNames(scope, fn);
  const capturedValue = (name: string) => !localNames.has(name) && !globalsDeclared.has(name) && captured.get(name) === 'value';
  /** `self.users` where `users = {}` is in the class body and no method rebinds `self.users`: one container for every instance. */
  let classContainers: Map<string, string> | undefined;
  const isClassContainer = (attr: string) => (classContainers ??= classLevelContainers(fn)).has(attr);

  const describe = (target: Node): { subject: string; why: string } | undefined => {
    if (target.type === 'identifier') {
      const name = target.text;
      if (globalsDeclared.has(name)) {
        const kind = view.globalKind(name);
        if (kind && kind !== 'value') return undefined;
        return { subject: name, why: 'a module global' };
      }
      if (nonlocals.has(name)) return { subject: name, why: 'a variable of the enclosing function, shared by every thread that runs this closure' };
      return undefined;
    }
    if (target.type === 'subscript') return describeItem(target.childForFieldName('value'), target.childForFieldName('subscript')?.text ?? '…');
    if (target.type === 'attribute') {
      const obj = target.childForFieldName('object');
      if (obj?.type === 'subscript') {
        // `products[0].stock -= 1`: an attribute of an object in a shared container.
        const item = describeItem(obj.childForFieldName('value'), obj.childForFieldName('subscript')?.text ?? '…');
        return item && { subject: target.text, why: `an attribute of \`${obj.text}\`, which is ${item.why}` };
      }
      // `self.shop.waiting` in a Thread subclass that every thread's `__init__` handed one `shop`.
      if (obj?.type === 'attribute' && obj.childForFieldName('object')?.text === 'self' && shared.has(obj.text.replace(/\s+/g, ''))) {
        return { subject: target.text, why: `an attribute of \`${obj.text}\`, one object handed to every thread of this class` };
      }
      if (obj?.type === 'identifier') return describeAttribute(obj.text, target.text);
      // `Config.network.quiet = False`: an attribute of what a class, a module-level object or an imported one holds.
      const root = obj?.type === 'attribute' ? obj.childForFieldName('object') : undefined;
      const outer = root?.type === 'identifier' && root.text !== 'self' && root.text !== 'cls' ? describeAttribute(root.text, obj!.text) : undefined;
      return outer && { subject: target.text, why: `an attribute of \`${obj!.text}\`, which is ${outer.why}` };
    }
    return undefined;
  };

  /** `obj.attr` (its text is `subject`) when the object `obj` names is shared. */
  function describeAttribute(obj: string, subject: string): { subject: string; why: string } | undefined {
    if (obj === 'self') return bound ? { subject, why: 'an attribute of an object whose method runs in several threads' } : undefined;
    // `for product in products: product.stock -= 1`: an object in a shared container.
    const item = localNames.has(obj) ? innerContainer(obj) : undefined;
    if (item) return { subject, why: `an attribute of \`${obj}\`, which is ${item.why}` };
    if (shared.has(obj)) return { subject, why: `an attribute of \`${obj}\`, one object handed to every thread that runs this code` };
    if (!localNames.has(obj) && qualify(scope.aliases, obj) === FLASK_APP_PROXY) return { subject, why: 'an attribute of the Flask application (`current_app`), one object for every request' };
    if (obj === className || (obj === 'cls' && className !== undefined) || view.isClass(obj)) return { subject, why: 'a class attribute, shared by every instance and thread' };
    if (capturedValue(obj)) return { subject, why: 'an attribute of an object shared through the enclosing function' };
    const g = captured.has(obj) || localNames.has(obj) ? undefined : view.globalKind(obj);
    if (g) return g === 'value' ? { subject, why: `an attribute of the module-level object \`${obj}\`` } : undefined;
    if (!captured.has(obj) && !localNames.has(obj) && view.isPackageObject(obj)) return { subject, why: scope.aliases.get(obj) === obj ? `an attribute of the module \`${obj}\`, one object for the whole program` : `an attribute of \`${obj}\`, imported from another module: one object for the whole program` };
    if (nonlocals.has(obj)) return { subject, why: 'an attribute of an object shared through the enclosing function' };
    return undefined;
  }

  /**
   * `log.get()` / `cache.get(key)` on a shared object that is no container and that the code also
   * `set()`s: a value holder (tkinter's StringVar, a cache client). What the read reads, as the
   * holder's subject (`log`, `cache[key]`), with the arguments that pick the item.
   */
  function holderCall(call: Node, method: 'get' | 'set'): { subject: string; why: string; keys: string[]; value?: Node } | undefined {
    const f = call.childForFieldName('function');
    if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== method) return undefined;
    const recv = f.childForFieldName('object');
    const args = callArgs(call);
    // (`get(key, default)` reads the item `set(key, value)` stores.)
    const keyCount = method === 'get' ? Math.min(args.positional.length, 1) : args.positional.length - 1;
    if (!recv || args.keyword.size > 0 || keyCount < 0 || keyCount > 1 || args.positional.length > 2) return undefined;
    let d: { subject: string; why: string } | undefined;
    if (recv.type === 'identifier') {
      const name = recv.text;
      // (A dict has no set(); a ContextVar is each thread's own.)
      if (localNames.has(name) || captured.has(name) || view.globalKind(name) !== 'value') return undefined;
      d = { subject: name, why: 'a module-level object' };
    } else if (recv.type === 'attribute' && recv.childForFieldName('object')?.type === 'identifier') {
      d = describeAttribute(recv.childForFieldName('object')!.text, recv.text);
    }
    if (!d) return undefined;
    const keys = args.positional.slice(0, keyCount).map((k) => k!.text);
    const item = keys.length ? { subject: `${d.subject}[${keys[0]}]`, why: `an item kept by \`${d.subject}\`, which is ${d.why}` } : d;
    return { ...item, keys, ...(method === 'set' && { value: args.positional.at(-1)! }) };
  }

  /**
   * A call of a getter or setter (Accessor) on shared state: `get_value("count")` of a module
   * global's item, `account.get_balance()` of a shared object's attribute. What it reads or stores,
   * described as a direct access would be, with the setter's value argument.
   */
  function accessorCall(call: Node): { t: Accessor['t']; subject: string; why: string; value?: Node; callee: string; pauses?: boolean } | undefined {
    const f = call.childForFieldName('function');
    const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
    const recv = method !== undefined ? f!.childForFieldName('object') : undefined;
    if (f?.type === 'identifier' ? localNames.has(f.text) || captured.has(f.text) : recv?.type !== 'identifier') return undefined;
    const a = view.accessor(method ?? f!.text, method !== undefined);
    if (!a) return undefined;
    const args = callArgs(call).positional;
    if (a.keyParam !== undefined && !args[a.keyParam]) return undefined;
    const state = a.keyParam !== undefined ? `${a.state}[${args[a.keyParam]!.text}]` : a.state;
    const callee = call.childForFieldName('function')!.text;
    let d: { subject: string; why: string } | undefined;
    if (recv) d = describeAttribute(recv.text, `${recv.text}.${state}`);
    else {
      const base = a.state.replace(/\[.*$/, '');
      if (localNames.has(base) || captured.has(base) || view.globalKind(base) !== 'value') return undefined;
      d = { subject: state, why: state === base ? 'a module global' : `an item of the module-level container \`${base}\`` };
    }
    if (!d) return undefined;
    if (a.t === 'get') return { t: 'get', ...d, callee };
    const value = args[a.valueParam];
    return value ? { t: 'set', ...d, value, callee, ...(a.pauses && { pauses: true }) } : undefined;
  }

  /** An item of a container (`base[key]`), when the container is shared. */
  function describeItem(base: Node | null, key: string): { subject: string; why: string } | undefined {
    // `result[self.row] += …` in a Thread subclass's code: each thread object has its own row.
    if (!bound && /^self\s*\.\s*\w+$/.test(key) && (threadSubclass ??= inThreadSubclass(fn))) return undefined;
    // `totals[threading.current_thread().name] += 1`, `seen[get_ident()]`: each thread's own item, by its identity.
    if (THREAD_IDENTITY_KEY.test(key) || (/^\w+$/.test(key) && identityLocal(fn, key))) return undefined;
    const alias = base?.type === 'identifier' ? innerContainer(base.text) : undefined;
    if (alias) return { subject: `${alias.subject}[${key}]`, why: `an item of \`${base!.text}\`, which is ${alias.why}` };
    if (base?.type === 'subscript') {
      // `stock["food"][name]`: an item of an item.
      const outer = describe(base);
      return outer && { subject: `${base.text}[${key}]`, why: `an item of \`${base.text}\`, which is ${outer.why}` };
    }
    if (base?.type === 'identifier' && shared.has(base.text)) {
      return { subject: `${base.text}[${key}]`, why: `an item of \`${base.text}\`, one object handed to every thread that runs this code` };
    }
    if (base?.type === 'identifier' && capturedValue(base.text)) {
      return { subject: `${base.text}[${key}]`, why: `an item of \`${base.text}\`, a container of the enclosing function shared by every thread that runs this closure` };
    }
    const baseKind = base?.type === 'identifier' && !localNames.has(base.text) && !captured.has(base.text) ? view.globalKind(base.text) : undefined;
    // `global found` here, `found = {}` only in `main()` under its own `global`: still one module-level container.
    if (base?.type === 'identifier' && baseKind === undefined && globalsDeclared.has(base.text)) {
      return { subject: `${base.text}[${key}]`, why: `an item of the module-level container \`${base.text}\`` };
    }
    if (base && baseKind) {
      if (baseKind !== 'value') return undefined;
      return { subject: `${base.text}[${key}]`, why: `an item of the module-level container \`${base.text}\`` };
    }
    if (base?.type === 'identifier' && !localNames.has(base.text) && !captured.has(base.text) && view.isPackageObject(base.text)) {
      return { subject: `${base.text}[${key}]`, why: `an item of \`${base.text}\`, a container imported from another module (one for the whole program)` };
    }
    // `self[url] = page` in a dict or Mapping subclass whose methods run in several threads: an item of the object itself.
    if (base?.type === 'identifier' && base.text === 'self' && bound && builtOnContainer(enclosing(fn, CLASS_TYPES))) {
      const literal = /^(?:"[^"\n]*"|'[^'\n]*'|\d+)$/.test(key) ? key : '…';
      return { subject: `self[${literal}]`, why: 'an item of the object itself, a container whose methods run in several threads' };
    }
    if (base?.type === 'attribute') {
      const shared = describeContainer(base);
      // A literal key is named (`self.stats["errors"]`): another literal key is another item.
      const literal = /^(?:"[^"\n]*"|'[^'\n]*'|\d+)$/.test(key) ? key : '…';
      return shared && { subject: `${base.text}[${literal}]`, why: `an item of ${shared.why.replace(/^an? /, 'the ')}` };
    }
    return undefined;
  }

  /**
   * Locals that hold a container inside a shared one: `items = stock["food"]`, `= stock.get(k)`,
   * `for items in stock.values()`, `for cat, items in stock.items()`, `for row in grid`. Changing
   * their items changes the shared container's.
   */
  let threadSubclass: boolean | undefined;
  let innerContainers: Map<string, { subject: string; why: string }> | undefined;
  function innerContainer(name: string): { subject: string; why: string } | undefined {
    if (!innerContainers) {
      innerContainers = new Map();
      const found = new Map<string, { subject: string; why: string }>();
      const sharedContainer = (c: Node | null) => (c?.type === 'identifier' ? describeItem(c, '…') : c?.type === 'attribute' ? describeContainer(c) : undefined);
      for (const n of nodes) {
        if (n.type === 'assignment') {
          const left = n.childForFieldName('left');
          const right = n.childForFieldName('right');
          if (left?.type !== 'identifier' || !right) continue;
          let d: { subject: string; why: string } | undefined;
          // (`work = self.available[:]` is a copy, not the list.)
          if (right.type === 'subscript') d = right.childForFieldName('subscript')?.type === 'slice' ? undefined : describe(right);
          // `work = self.available`: the list itself, by another name (where nothing rebinds it).
          else if (right.type === 'attribute' && nodes.filter((a) => a.type === 'assignment' && a.childForFieldName('left')?.text === left.text).length === 1) d = describeContainer(right);
          else if (right.type === 'call') {
            const f = right.childForFieldName('function');
            const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
            const key = callArgs(right).positional[0];
            if ((method === 'get' || method === 'setdefault') && key) d = describeItem(f!.childForFieldName('object'), key.text);
            // `acct = random.choice(accounts)`, `min(queues, key=len)`: one of its items, which other threads pick too.
            else if (key && pickedOf(scope, right, (n) => localNames.has(n))) d = sharedContainer(key);
            // `room = find_room(rid)`, a module function that returns an item of `rooms` (found by a search of it).
            const of = f?.type === 'identifier' && !localNames.has(f.text) && !captured.has(f.text) ? view.returnsItemOf(f.text) : undefined;
            const container = of !== undefined ? sharedContainerNamed(of) : undefined;
            if (container) d = { subject: `${of}[…]`, why: `an item of \`${of}\` (${container.why}) that \`${f!.text}()\` finds` };
          }
          if (d) found.set(left.text, d);
        } else if (n.type === 'for_statement') {
          const right = n.childForFieldName('right');
          const left = n.childForFieldName('left');
          const f = right?.type === 'call' ? right.childForFieldName('function') : undefined;
          const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
          const container = method === 'values' || method === 'items' ? f!.childForFieldName('object') : right?.type === 'call' ? null : right;
          const target = method === 'items' ? (left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChildren[1] : null) : left;
          const d = target?.type === 'identifier' && container ? sharedContainer(container) : undefined;
          if (d) found.set(target!.text, { subject: d.subject.replace(/\[…\]$/, '[…]'), why: d.why });
        }
      }
      innerContainers = found;
    }
    return innerContainers.get(name);
  }

  /** A container a plain name holds, when every thread that runs this code gets the same one: handed in, a closure's, a module global. */
  function sharedContainerNamed(name: string): { subject: string; why: string } | undefined {
    if (shared.has(name)) return { subject: name, why: 'one object handed to every thread that runs this code' };
    if (capturedValue(name)) return { subject: name, why: 'a container of the enclosing function, shared by every thread that runs this closure' };
    if (!localNames.has(name) && !captured.has(name) && view.globalKind(name) === 'value') return { subject: name, why: 'a module-level container' };
    return undefined;
  }

  /**
   * `channels[name]["clients"]`, `rooms[name]`: a container held in a shared one, one level or more down from a plain
   * name. Its subject keeps literal keys and writes `…` for the others (`channels[…]["clients"]`).
   */
  function nestedContainer(node: Node, gotKey?: Node): { subject: string; why: string } | undefined {
    const keyText = (key: Node) => (key.type === 'string' || key.type === 'integer' ? `[${key.text}]` : '[…]');
    // (`d.get(k, ())`: the container kept under `k`, as `d[k]` names it.)
    const keys: string[] = gotKey ? [keyText(gotKey)] : [];
    let base: Node | null = node;
    while (base?.type === 'subscript') {
      const key = base.childForFieldName('subscript');
      if (!key) return undefined;
      keys.unshift(keyText(key));
      base = base.childForFieldName('value');
    }
    if (keys.length === 0) return undefined;
    // (Held in a module-level container, one every thread is handed, or the object's own: `self.callbacks[…]`.)
    const outer = base?.type === 'identifier' ? sharedContainerNamed(base.text) : base?.type === 'attribute' && base.childForFieldName('object')?.text === 'self' ? describeContainer(base) : undefined;
    return outer && { subject: `${base!.text.replace(/\s+/g, '')}${keys.join('')}`, why: `a container held in \`${base!.text}\`, ${outer.why}` };
  }

  /** A shared container named by an attribute (`self.jobs`) or a plain name (`jobs`): describeContainer's or sharedContainerNamed's answer. */
  function sharedContainerAt(node: Node | null | undefined): { subject: string; why: string } | undefined {
    return node?.type === 'attribute' ? describeContainer(node) : node?.type === 'identifier' ? sharedContainerNamed(node.text) : undefined;
  }

  /** A container held in an attribute, when it is shared: as `describe` says, or a class-level one reached through `self`. */
  function describeContainer(target: Node): { subject: string; why: string } | undefined {
    const obj = target.childForFieldName('object');
    const attr = target.childForFieldName('attribute')?.text;
    if (!bound && obj?.text === 'self' && attr && className !== undefined && isClassContainer(attr)) {
      return { subject: target.text, why: `a container made in the body of the class (\`${className}.${attr}\`), one object for every instance and thread` };
    }
    // (Or in the body of a base class of the module: `class Alpha(Thread, House)` with `click = [...]` in House.)
    const base = !bound && obj?.text === 'self' && attr && className !== undefined ? view.inheritedContainer(`${className}.${attr}`) : undefined;
    if (base !== undefined) return { subject: target.text, why: `a container made in the body of \`${base}\`, which this class inherits (\`${base}.${attr}\`), one object for every instance and thread` };
    // `self.jobs.get()`, `self.seen.add(x)`: an object each thread's `__init__` was handed, the same for all.
    if (!bound && obj?.text === 'self' && attr && shared.has(`self.${attr}`)) return { subject: `self.${attr}`, why: 'one object handed to every thread of this class (through its constructor)' };
    return describe(target);
  }

  /** The shared variables and attributes an expression reads (`counter`, `self.balance`, `Stats.hits`, `hits[key]`, `hits.get(key)`). */
  const sharedReads = (expr: Node): string[] => {
    const out: string[] = [];
    for (const n of walk(expr)) {
      if (n.type === 'identifier') {
        const isAttrName = n.parent?.type === 'attribute' && n.parent.childForFieldName('attribute')?.id === n.id;
        if (!isAttrName && (globalsDeclared.has(n.text) || nonlocals.has(n.text))) out.push(n.text);
      } else if (n.type === 'attribute' && n.parent?.type !== 'call' && (n.childForFieldName('object')?.type === 'identifier' || n.childForFieldName('object')?.childForFieldName('object')?.type === 'identifier')) {
        // (`self.balance`, `Stats.hits`, and one level deeper: `Config.network.quiet`)
        const d = describe(n);
        if (d) out.push(d.subject);
        // `current = self.tokens` where the property `tokens` returns `self._tokens`: a read of that too.
        const backing = d && n.childForFieldName('object')?.text === 'self' ? propertyBacking(fn, n.childForFieldName('attribute')?.text) : undefined;
        if (backing !== undefined) out.push(`self.${backing}`);
      } else if (n.type === 'subscript' && (n.childForFieldName('value')?.type === 'identifier' || (n.childForFieldName('value')?.type === 'attribute' && n.childForFieldName('value')!.childForFieldName('object')?.type === 'identifier'))) {
        // (`hits[k]`, and `self.hits[k]`)
        const d = describe(n);
        if (d) out.push(d.subject);
      } else if (n.type === 'call') {
        // `d.get(key, default)`: a read of the item `d[key]`.
        const f = n.childForFieldName('function');
        const key = f?.type === 'attribute' && f.childForFieldName('attribute')?.text === 'get' ? callArgs(n).positional[0] : undefined;
        const d = key && describeItem(f!.childForFieldName('object'), key.text);
        if (d) out.push(d.subject);
        // `n = get_value("count")`: a getter of shared state.
        const got = !d && (f?.type === 'identifier' || f?.type === 'attribute') ? accessorCall(n) : undefined;
        if (got?.t === 'get') out.push(got.subject);
        // `log.get()`: the value of a holder that is also set.
        const held = !d && !got ? holderCall(n, 'get') : undefined;
        if (held) out.push(held.subject);
      }
    }
    return out;
  };

  const writes: WriteNode[] = [];
  // locals holding a read of shared state: tmp = counter, local_copy = self.balance
  /** `killedIn`: blocks that rebind the local to something else, after the read (where it no longer holds it). */
  const aliases = new Map<string, { subjects: string[]; node: Node; killedIn?: Node[] }>();
  // (A read made in another arm of an `if` than the write is not what the write stores back.)
  const aliasesAt = (n: Node) => [...aliases.entries()].filter(([, a]) => !exclusiveBranches(a.node, n) && !a.killedIn?.some((b) => contains(b, n)));
  for (const n of nodes) {
    if (n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      const d = left && describe(left);
      if (d && !inPlaceOnContainer(n, left!, view, fn)) {
        writes.push({ node: n, ...d });
        // `if self.workers < self.max: with self.lock: self.workers += 1`: the update is locked, the
        // test before it is not (unlocked, the update itself is the finding).
        const bound = checkBefore(n, left!, fn) ?? comparedGuardBefore(n, left!, fn);
        if (bound && (bound.kind === 'compared' || bound.kind === 'equals')) checks.push({ ...bound, ...d, actLocked: true });
      }
    } else if (n.type === 'delete_statement') {
      // `if k in d: del d[k]`: two threads can both find the key, and the second `del` raises KeyError.
      const target = n.namedChildren[0];
      const container = target?.type === 'subscript' ? target.childForFieldName('value') : undefined;
      const key = target?.childForFieldName('subscript');
      const d = container && key ? describeItem(container, key.text) : undefined;
      const removal = d ? (presentCheckBefore(n, container!.text, key!.text, fn, `${container!.text}.pop(${key!.text}, None)`) ?? guardCheckBefore(n, container!.text, key!.text, fn, 'present')) : undefined;
      if (removal) checks.push({ ...removal, ...d! });
      // `if len(pool) > 0: del pool[0]`, `if len(data[k]) > 5: del data[k]`: a size test, then the change.
      const sized = d && !removal ? (sizeCheckBefore(n, container!.text, fn) ?? sizeCheckBefore(n, target!.text, fn)) : undefined;
      if (sized) checks.push({ ...sized, ...d! });
      // `value = jobs[0]` … `del jobs[0]`: said of the list, as for `jobs.pop(0)`.
      const end = key?.text === '0' || key?.text === '-1' ? key.text : undefined;
      const list = d && !removal && !sized && end !== undefined ? (container!.type === 'attribute' ? describeContainer(container!) : container!.type === 'identifier' ? sharedContainerNamed(container!.text) : undefined) : undefined;
      const peeked = list && end !== undefined ? peekedBefore(n, container!.text, fn, end) : undefined;
      if (peeked) checks.push({ ...peeked, ...list! });
    } else if (n.type === 'assignment') {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (!left || !right) continue;
      if (left.type === 'identifier' && localNames.has(left.text)) {
        // A read of shared state, or of a local that holds one (`tmp = tmp + n`), keeps the first read.
        const read = sharedReads(right);
        const carried = [...aliases.entries()].filter(([local]) => local !== left.text && readsName(right, local));
        const own = aliases.get(left.text);
        // (`wait = limit.delay` of a local that holds an item read before: what it holds came from both.)
        if (read.length > 0) aliases.set(left.text, { subjects: [...read, ...carried.flatMap(([, a]) => a.subjects)], node: own && readsName(right, left.text) ? own.node : carried.length > 0 ? carried[0][1].node : n });
        else if (carried.length > 0) aliases.set(left.text, carried[0][1]);
        // (Clamped in a branch the read is not in, `if delay > most: delay = most`, it may still hold what was
        // read after that branch, though not in the rest of it.)
        else if (own && !readsName(right, left.text)) {
          const block = n.parent?.type === 'expression_statement' ? n.parent.parent : n.parent;
          const test = block?.parent?.type === 'if_statement' ? block.parent.childForFieldName('condition') : undefined;
          if (!block || !test || contains(block, own.node) || !readsName(test, left.text)) aliases.delete(left.text);
          else aliases.set(left.text, { ...own, killedIn: [...(own.killedIn ?? []), block] });
        }
        continue;
      }
      if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
        // Unpacked from a read of shared state: every name holds part of what was read.
        const read = sharedReads(right);
        for (const id of left.namedChildren) {
          if (id?.type !== 'identifier' || !localNames.has(id.text)) continue;
          if (read.length > 0) aliases.set(id.text, { subjects: read, node: n });
          else aliases.delete(id.text);
        }
        continue;
      }
      const d = describe(left);
      if (!d) continue;
      const check =
        checkBefore(n, left, fn) ??
        // (`buf[:] = [m for m in buf if …]` after `if len(buf) == 0: return` rebuilds the whole list from what it holds then: a stale size test changes nothing.)
        (left.type === 'subscript' ? (insertAfterKeyError(n, left, fn) ?? (left.childForFieldName('subscript')?.type === 'slice' ? undefined : sizeCheckBefore(n, left.childForFieldName('value')?.text ?? '', fn, false, true))) : undefined) ??
        (left.type === 'subscript' ? guardCheckBefore(n, left.childForFieldName('value')?.text ?? '', left.childForFieldName('subscript')?.text ?? '', fn, 'missing-key') : undefined) ??
        changedBefore(n, left, right, fn) ??
        spinBefore(n, left, right, fn) ??
        noneGuardBefore(n, left, fn) ??
        (left.type === 'subscript' ? copiedItemGuardBefore(n, left, fn) : undefined);
      const baseNode = left.type === 'subscript' ? left.childForFieldName('value') : left;
      const alias = aliasesAt(n).find(([local, a]) => a.subjects.includes(d.subject) && readsName(right, local));
      // `if self.balance >= n: self.balance = self.balance - n`: the store reads what it replaces, a
      // read-modify-write (GIL001), not a second finding on one update.
      // (An item of the object itself, `self[k] = self._pool.submit(…)`, is read back only through `self[…]`.)
      const rereads = (baseNode?.type === 'identifier' && baseNode.text === 'self' ? /\bself\s*\[/.test(right.text) : readsExpr(right, baseNode)) && !(left.type === 'subscript' && onlyOtherItems(right, left));
      const rewrites = rereads || !!alias;
      if (check) checks.push({ ...check, ...d, ...(rewrites && (check.kind === 'compared' || check.kind === 'equals') && { actLocked: true as const }) });
      const pair = !check && !rewrites && left.type === 'attribute' ? pairStoredFirst(scope, fn, n, left, describe) : undefined;
      if (pair) writes.push({ node: n, ...d, aliasNode: pair.store, local: '', pair: pair.subject });
      else if (rereads) writes.push({ node: n, ...d });
      // `keep = [c for c in self.pool if c.busy]`, then `self.pool = keep`: a container built from the loop over the old one put in its place.
      else if (alias && right.type === 'identifier' && right.text === alias[0] && /^(?:list|set|dictionary)_comprehension$/.test(alias[1].node.childForFieldName('right')?.type ?? '')) writes.push({ node: n, ...d, aliasNode: alias[1].node, local: '', swap: true, rebuilt: right.text });
      else if (alias) writes.push({ node: n, ...d, aliasNode: alias[1].node, local: alias[0] });
      else if (isEmptyContainer(right)) {
        // `batch = self.pending` then `self.pending = []`: what another thread appends in between goes into the list already taken.
        const taken = aliasesAt(n).find(([, a]) => a.subjects.includes(d.subject) && a.node.childForFieldName('right')?.text.replace(/\s+/g, '') === left.text.replace(/\s+/g, ''));
        if (taken) writes.push({ node: n, ...d, aliasNode: taken[1].node, local: taken[0], swap: true });
        else {
          // `send([r for r in self.buffer])` or `for r in self.buffer: …`, then `self.buffer = []`: the same, with no local.
          const consumed = consumedBefore(fn, n, left.text.replace(/\s+/g, ''));
          if (consumed) writes.push({ node: n, ...d, aliasNode: consumed, local: '', swap: true });
        }
      } else if (right.type === 'identifier' && left.type === 'attribute') {
        // `for cb in self.cbs: … keep.append(cb)`, then `self.cbs = keep`: a list built from the loop over the old one put in its place.
        const consumed = consumedBefore(fn, n, left.text.replace(/\s+/g, ''));
        const loop = consumed?.type === 'for_statement' ? consumed : undefined;
        if (loop && new RegExp(`(?<![\\w.])${right.text}\\s*\\.\\s*(?:append|add)\\s*\\(`).test(loop.text)) writes.push({ node: n, ...d, aliasNode: loop, local: '', swap: true, rebuilt: right.text });
      } else if (/^0(?:\.0*)?$/.test(right.text)) {
        // `rate = self.n` (or `report(self.n)`) … `self.n = 0`: a count taken, then set back to 0.
        const taken = consumedBefore(fn, n, left.text.replace(/\s+/g, ''), true);
        if (taken) writes.push({ node: n, ...d, aliasNode: taken, local: '', swap: true, reset: true });
      }
    } else if (n.type === 'call') {
      const f = n.childForFieldName('function');
      const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
      // `put_value("count", n + 1)` after `n = get_value("count")`: written back through a setter.
      if (n.parent?.type === 'expression_statement' && (f?.type === 'identifier' || f?.type === 'attribute')) {
        const put = accessorCall(n);
        const alias = put?.t === 'set' && aliases.size > 0 ? aliasesAt(n).find(([local, a]) => a.subjects.includes(put.subject) && readsName(put.value!, local)) : undefined;
        if (put && alias) {
          writes.push({ node: n, subject: put.subject, why: put.why, aliasNode: alias[1].node, local: alias[0], through: put.callee });
          continue;
        }
        // `log.set(log.get() + line)`, `hits.set(k, hits.get(k) + 1)`, or from a local read earlier: a holder's value read and stored back.
        const stored = !put ? holderCall(n, 'set') : undefined;
        if (stored) {
          const via = aliasesAt(n).find(([local, a]) => a.subjects.includes(stored.subject) && readsName(stored.value!, local));
          if (via || sharedReads(stored.value!).includes(stored.subject)) {
            const callee = n.childForFieldName('function')!.text;
            writes.push({ node: n, subject: stored.subject, why: stored.why, aliasNode: via ? via[1].node : n, local: via ? via[0] : '', through: callee });
            continue;
          }
        }
        // `set_level(level + 1)`: the value handed to the setter is read from the state it stores.
        const readsGlobal = (name: string) => /^\w+$/.test(name) && !localNames.has(name) && !captured.has(name) && readsName(put!.value!, name);
        if (put?.t === 'set' && !put.subject.includes('[') && (sharedReads(put.value!).includes(put.subject) || readsGlobal(put.subject))) {
          writes.push({ node: n, subject: put.subject, why: put.why, aliasNode: n, local: '', through: put.callee, ...(put.pauses && { throughPauses: true }) });
          continue;
        }
      }
      // `if not self._token: self._refresh()`, where `_refresh` stores `self._token`: the act is in the helper
      // (also as `return self._start_loop()` or `loop = self._start_loop()`).
      const statementCall = n.parent?.type === 'expression_statement' || n.parent?.type === 'return_statement' || (n.parent?.type === 'assignment' && n.parent.parent?.type === 'expression_statement');
      if (f?.type === 'attribute' && f.childForFieldName('object')?.text === 'self' && method !== undefined && !method.startsWith('__') && statementCall) {
        const viaHelper = helperSetsTested(n, method, fn);
        const d = viaHelper && describe(viaHelper.attr);
        if (viaHelper && d) checks.push({ ifNode: viaHelper.ifNode, test: viaHelper.test, write: n, kind: viaHelper.kind, ...(viaHelper.storesGiven && { storesGiven: true as const }), ...d });
        // `while len(self.jobs) > 0: self.take_one()`, where `take_one` pops an item with no test of its own.
        const viaTake = viaHelper ? undefined : helperTakesTested(n, method, fn);
        const taken = viaTake && describeContainer(viaTake.attr);
        if (viaTake && taken) checks.push({ ...viaTake.check, ...taken, takenIn: method });
        continue;
      }
      // `heapq.heappop(self.tasks)` takes the heap's smallest item as the list's own `pop(0)` would: the same tests before it.
      const heap = (method ?? (f?.type === 'identifier' ? f.text : '')).startsWith('heap') ? heapTakenFrom(scope.aliases, n) : undefined;
      if (heap) {
        const d = sharedContainerAt(heap);
        // (A look at the top before the pop, `when, job = self.tasks[0]`, first: a push elsewhere can put a smaller item there.)
        const peek = d && peekedBefore(n, heap.text, fn, '0');
        const check = peek ? { ...peek, heap: true as const } : d && sizeCheckBefore(n, heap.text, fn, true, false, '0');
        if (check) checks.push({ ...check, ...d!, ...(check.kind === 'size' && { takes: true as const }) });
        continue;
      }
      // `batch = list(self.pending)` (or a loop over it) … `self.pending.clear()`: what another thread
      // adds in between is in neither the copy nor the container.
      if (method === 'clear' && n.parent?.type === 'expression_statement' && callArgs(n).positional.length === 0) {
        const obj = f!.childForFieldName('object')!;
        const d = obj.type === 'attribute' ? describeContainer(obj) : obj.type === 'identifier' ? sharedContainerNamed(obj.text) : undefined;
        const taken = d ? consumedBefore(fn, n, obj.text.replace(/\s+/g, '')) : undefined;
        if (d && taken) writes.push({ node: n, ...d, aliasNode: taken, local: takenInto(taken), swap: true, emptied: true });
        continue;
      }
      // `if x not in s: s.add(x)`, or `if x in s: return` … `s.add(x)`, on a set (or with append, a
      // list) the threads share.
      const takesFromQueue = method !== undefined && QUEUE_TAKES.has(method);
      // `d.update({k: v})`: one key stored, as `d[k] = v` stores it.
      const pairs = method === 'update' ? callArgs(n).positional[0] : undefined;
      const updatedKey = pairs?.type === 'dictionary' && pairs.namedChildren.length === 1 && pairs.namedChildren[0]?.type === 'pair' ? pairs.namedChildren[0].childForFieldName('key')?.text : undefined;
      if (method === undefined || !(method === 'add' || SIZE_CHANGES.has(method) || takesFromQueue || updatedKey !== undefined)) continue;
      const obj = f!.childForFieldName('object');
      const item = callArgs(n).positional[0];
      const takes = LIST_TAKES.has(method);
      if (!obj || (!item && !takes && !takesFromQueue)) continue;
      const name = obj.text;
      const d =
        obj.type === 'attribute' ? describeContainer(obj)
        : obj.type === 'subscript' ? describeItem(obj.childForFieldName('value'), obj.childForFieldName('subscript')?.text ?? '…')
        : obj.type !== 'identifier' ? undefined
        : sharedContainerNamed(name) ??
          (takesFromQueue && !localNames.has(name) && !captured.has(name) && view.globalKind(name) === 'queue' ? { subject: name, why: 'a module-level queue' }
          : takesFromQueue && !localNames.has(name) && !globalsDeclared.has(name) && captured.get(name) === 'queue' ? { subject: name, why: 'a queue of the enclosing function, shared by every thread that runs this closure' }
          : localNames.has(name) ? innerContainer(name)
          : undefined);
      if (takesFromQueue) {
        // `while not q.empty(): q.get()`: two threads can both see the last item.
        const taken = d && queueCheckBefore(n, name.replace(/\s+/g, ''), fn, scope.aliases);
        if (taken) checks.push({ ...taken, ...d!, why: d!.why.replace('container', 'queue') });
        continue;
      }
      const member = method === 'add' || method === 'append' || updatedKey !== undefined;
      const memberItem = updatedKey ?? item?.text;
      const end = method === 'popleft' || item?.text === '0' ? '0' : method === 'pop' && !item ? '-1' : undefined;
      const check = d && ((member && memberItem !== undefined && (memberCheckBefore(n, name, memberItem, fn) ?? guardCheckBefore(n, name, memberItem, fn))) || sizeCheckBefore(n, name, fn, takes, false, end) || (method === 'pop' && item ? sizeCheckBefore(n, `${name}[${item.text}]`, fn, takes) : undefined) || (takes && end !== undefined ? peekedBefore(n, name, fn, end) : undefined));
      // (`d.update({k: v})` after the test stores the key as `d[k] = v` does: the later store overwrites the first.)
      if (check) checks.push({ ...check, ...d!, ...(takes && check.kind === 'size' && { takes: true as const }), ...(updatedKey !== undefined && check.kind === 'missing-member' && { kind: 'missing-key' as const }) });
      // `if x in l: l.remove(x)`, `if k in d: d.pop(k)`: two threads can both find it there.
      const removes = method === 'remove' || (method === 'pop' && callArgs(n).positional.length === 1 && !callArgs(n).keyword.size);
      const removal = d && !check && item && removes ? (presentCheckBefore(n, name, item.text, fn, method === 'pop' ? `${name}.pop(${item.text}, None)` : undefined) ?? guardCheckBefore(n, name, item.text, fn, 'present') ?? (method === 'remove' ? foundBySearch(scope, n, name, item.text, fn) : undefined)) : undefined;
      // The item a parameter no other thread is handed (`client(conn)` with a new conn per thread): only
      // this thread has it to remove, unless other code reaches the function (raceAnalysis decides).
      const ownItem = item?.type === 'identifier' && paramNames(fn).includes(item.text) && !shared.has(item.text) ? item.text : undefined;
      if (removal) checks.push({ ...removal, ...d!, ...(ownItem !== undefined && { ownItem }) });
    }
  }
  // `for s in clients:`, `[p for p in counts if …]`, `for k, v in d.items():` over a shared container:
  // raceAnalysis keeps these where the container is a dict or a set that other thread code changes.
  // `names = self.clients.keys()`: a live view of the dict, not a copy. Going through it later (`for n in names:`,
  // `", ".join(names)`) goes through the dict itself, whatever lock was held where the view was taken.
  // (Each name's bindings in order; a use reads the last one made before it, in a function without loops back over it.)
  const liveViews = new Map<string, { container: Node | undefined; at: number }[]>();
  const fnText = fn.text;
  // (Most functions take no view: their text says so before any node is looked at.)
  for (const n of /\.\s*(?:keys|values|items)\s*\(\s*\)/.test(fnText) ? nodes : []) {
    if (n.type !== 'assignment') continue;
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    if (left?.type !== 'identifier') continue;
    const view = dictViewOwner(right, false);
    if (!view && !liveViews.has(left.text)) continue;
    const list = liveViews.get(left.text) ?? [];
    list.push({ container: view ?? undefined, at: n.endIndex });
    liveViews.set(left.text, list);
  }
  const viewedContainer = (over: Node | null | undefined): Node | undefined => {
    const bindings = over?.type === 'identifier' ? liveViews.get(over.text) : undefined;
    return bindings?.filter((b) => b.at <= over!.startIndex).at(-1)?.container;
  };
  for (const n of liveViews.size > 0 ? nodes : []) {
    // `", ".join(names)`, `sorted(names)`, `list(names)`: a loop in all but name.
    if (n.type !== 'call') continue;
    const f = n.childForFieldName('function');
    const through = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text === 'join' : /^(?:list|tuple|sorted|set|sum|max|min|any|all)$/.test(f?.text ?? '');
    const args = through ? callArgs(n).positional : [];
    const viewName = args.length === 1 ? args[0] : undefined;
    const d = sharedContainerAt(viewedContainer(viewName));
    const statement = n.parent?.type === 'expression_statement' ? n.parent : n;
    // (The test is where the view is gone through, not where it was taken: the lock held there is what counts.)
    if (d) checks.push({ ifNode: statement, test: viewName!, write: statement, kind: 'iterate', guard: { end: statement, workBetween: true }, view: viewName!.text, ...d });
  }
  // (`yield from self.jobs.values()` goes through the container too, a step at a time, with the caller's code run between steps.)
  const ownClauses = (type: string) => fn.descendantsOfType(type).filter((c): c is Node => !!c && enclosing(c, FUNCTION_TYPES)?.id === fn.id);
  const yieldsFrom = /\byield\s+from\b/.test(fnText) ? ownClauses('yield').filter((y) => /^yield\s+from\b/.test(y.text)) : [];
  const loops = [...nodes.filter((n) => n.type === 'for_statement'), ...ownClauses('for_in_clause'), ...yieldsFrom];
  for (const loop of loops) {
    const right = loop.type === 'yield' ? loop.namedChildren[0] : loop.childForFieldName('right');
    const viewed = viewedContainer(right);
    let over = viewed ?? right;
    const f = over?.type === 'call' ? over.childForFieldName('function') : undefined;
    const owner = dictViewOwner(over, true);
    if (owner) over = owner;
    // `six.iteritems(d)`, `compat.itervalues(d)`: the Python 2 and 3 helpers go through `d` itself.
    else if (f && /(?:^|\.)iter(?:items|keys|values)$/.test(f.text.replace(/\s+/g, '')) && callArgs(over!).positional.length === 1) over = callArgs(over!).positional[0];
    // `for i in range(len(clients)):` goes through `clients` by index, its length read once.
    const byIndex = f?.type === 'identifier' && (f.text === 'range' || f.text === 'xrange') ? lengthOf(callArgs(over!).positional) : undefined;
    if (byIndex) over = byIndex;
    // (`for c in channels[name]["clients"]:` a container held in a module-level one, or one every thread is handed.)
    // (`for cb in self.callbacks.get(key, ()):` goes through the list kept under `key`.)
    // (`members = rooms.get(room)` … `for c in members:`: the one binding of a local, taken from the container kept under a key.)
    const bound = over?.type === 'identifier' && localNames.has(over.text) ? itemTakenInto(fn, over) : undefined;
    if (bound) over = bound;
    const getter = over?.type === 'call' ? over.childForFieldName('function') : undefined;
    const gotKey = getter?.type === 'attribute' && getter.childForFieldName('attribute')?.text === 'get' ? callArgs(over!).positional[0] : undefined;
    const d = gotKey ? nestedContainer(getter!.childForFieldName('object')!, gotKey) : over?.type === 'subscript' ? nestedContainer(over) : sharedContainerAt(over);
    if (d) checks.push({ ifNode: loop, test: viewed || bound ? right! : over!, write: loop, kind: 'iterate', guard: { end: loop, workBetween: true }, ...(byIndex && { byIndex: true as const }), ...(viewed && { view: right!.text }), ...d });
  }
  // `executor.map(send, self.meters.values())`, `pool.imap(f, d)`: the pool goes through the container in Python code
  // (a comprehension that submits each item, or its task thread), so other threads run between its steps: a loop in all but name.
  for (const n of /\.\s*(?:map|imap|imap_unordered|starmap)\s*\(/.test(fnText) ? nodes : []) {
    const f = n.type === 'call' ? n.childForFieldName('function') : undefined;
    if (f?.type !== 'attribute' || !/^(?:map|imap|imap_unordered|starmap)$/.test(f.childForFieldName('attribute')?.text ?? '')) continue;
    const items = callArgs(n).positional[1];
    const over = dictViewOwner(items, false) ?? items;
    const d = over && (over.type === 'identifier' || over.type === 'attribute') ? sharedContainerAt(over) : undefined;
    const statement = n.parent?.type === 'expression_statement' ? n.parent : n;
    if (d) checks.push({ ifNode: statement, test: over!, write: statement, kind: 'iterate', guard: { end: statement, workBetween: true }, ...d });
  }
  // `json.dump(d, f)` and `copy.deepcopy(d)` go through a dict in Python code (json's pure-Python encoder
  // writes each piece to the file as it goes), so other threads run in the middle of them: a loop in all but
  // name. (With `sort_keys=True` json sorts a copy of the items first.) `pickle.dumps(d)` goes through it in C,
  // where other threads get in when pickling an item runs Python code, or run beside it without the GIL.
  for (const n of nodes) {
    // (By its written name: a summary must not hang on an import that an edit can add or take away.)
    const written = n.type === 'call' ? dotted(n.childForFieldName('function')) : undefined;
    // (Or a helper of the module that dumps what it is handed: `self.dump_handlers(self.handlers, path)`.)
    const helper = written !== undefined && !isDumpCall(written) && /^(?:self\.)?[A-Za-z_]\w*$|^[A-Z]\w*\.\w+$/.test(written) && !localNames.has(written) ? view.dumper(written.slice(written.lastIndexOf('.') + 1), written.includes('.')) : undefined;
    const through = helper !== undefined ? (JSON.parse(helper) as NonNullable<FunctionSummary['dumpsParam']>) : undefined;
    const called: DumpCall | undefined = through ? through.call : isDumpCall(written) ? written : undefined;
    if (!called && !through) continue;
    const args = callArgs(n);
    let over = args.positional[through?.arg ?? 0];
    if (!over || (over.type !== 'identifier' && over.type !== 'attribute') || (called === 'json.dump' && args.keyword.has('sort_keys'))) continue;
    // (A helper's loop is the caller's loop: not where the caller holds a lock over the call.)
    // (`reply = players` … `pickle.dumps(reply)`: a local that names the shared dict, bound last before the dump.)
    if (over.type === 'identifier') {
      const name = over.text;
      const bound = nodes.filter((b) => b.type === 'assignment' && b.endIndex <= n.startIndex && b.childForFieldName('left')?.text === name).at(-1)?.childForFieldName('right');
      if (bound && (bound.type === 'identifier' || bound.type === 'attribute')) over = bound;
    }
    const d = sharedContainerAt(over);
    const statement = n.parent?.type === 'expression_statement' ? n.parent : n;
    if (d) checks.push({ ifNode: statement, test: args.positional[through?.arg ?? 0]!, write: statement, kind: 'iterate', guard: { end: statement, workBetween: true }, ...(called && { dumped: called }), ...(through && { dumpedThrough: written }), ...d });
  }
  // `if k in self.pending: self.pending[k](reply)`: a key tested, then its item read; raceAnalysis keeps
  // these where other thread code removes keys meanwhile (the read then raises KeyError).
  const readTests = new Set<number>();
  // (Found from the text: subscripts are not indexed, and few functions test membership.)
  for (const m of fnText.matchAll(/\b(?:el)?if\s+\(?\s*([\w.]+)\s+in\s+((?:self\s*\.\s*)?\w+)\b/g)) {
    const [, item, container] = m;
    const read = new RegExp(`(?<![\\w.])${container.replace(/\./g, '\\s*\\.\\s*')}\\s*\\[\\s*${item.replace(/\./g, '\\s*\\.\\s*')}\\s*\\]`, 'g');
    read.lastIndex = m.index! + m[0].length;
    for (let r = read.exec(fnText); r; r = read.exec(fnText)) {
      let n: Node | null = fn.descendantForIndex(fn.startIndex + r.index);
      while (n && n.type !== 'subscript' && n.startIndex === fn.startIndex + r.index) n = n.parent;
      if (!n || n.type !== 'subscript') continue;
      const parent = n.parent;
      // (A read: not the target of a store or a `del`, which other checks judge.)
      if ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.id === n.id) continue;
      if (parent?.type === 'delete_statement' || parent?.type === 'expression_list') continue;
      const target = n.childForFieldName('value');
      if (!target || (target.type !== 'attribute' && target.type !== 'identifier')) continue;
      const check = presentCheckBefore(n, target.text, n.childForFieldName('subscript')?.text ?? '', fn);
      if (!check || (check.ifNode.type !== 'if_statement' && check.ifNode.type !== 'elif_clause') || readTests.has(check.ifNode.id)) continue;
      const d = target.type === 'attribute' ? describeContainer(target) : sharedContainerNamed(target.text);
      if (!d) continue;
      readTests.add(check.ifNode.id);
      checks.push({ ...check, write: n, kind: 'present-read', guard: { end: check.ifNode, workBetween: true }, ...d });
      break;
    }
  }
  // `for k in list(self.subs.keys()): entry = self.subs[k]`: keys from a copy taken before the loop, each
  // item read by its key; raceAnalysis keeps these where other thread code removes keys meanwhile.
  for (const m of /\bfor\b/.test(fnText) ? fnText.matchAll(/\bfor\s+(\w+)\s+in\s+(?:(?:list|tuple|sorted)\s*\(\s*((?:self\s*\.\s*)?\w+)\s*(?:\.\s*keys\s*\(\s*\))?\s*\)|((?:self\s*\.\s*)?\w+)\s*\.\s*copy\s*\(\s*\))\s*:/g) : []) {
    const [, key, listed, copied] = m;
    const container = listed ?? copied;
    const loop = fn.descendantForIndex(fn.startIndex + m.index!);
    const forNode = loop?.type === 'for' ? loop.parent : loop;
    const body = forNode?.type === 'for_statement' ? forNode.childForFieldName('body') : undefined;
    if (!body || readTests.has(forNode!.id)) continue;
    const named = container.replace(/\./g, '\\s*\\.\\s*');
    const read = new RegExp(`(?<![\\w.])${named}\\s*\\[\\s*${key}\\s*\\]`, 'g');
    for (const r of body.text.matchAll(read)) {
      let n: Node | null = body.descendantForIndex(body.startIndex + r.index!);
      while (n && n.type !== 'subscript' && n.startIndex === body.startIndex + r.index!) n = n.parent;
      const parent = n?.parent;
      if (!n || n.type !== 'subscript' || ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.id === n.id) || parent?.type === 'delete_statement') continue;
      // (A key tested again inside, `if k in self.subs:` or through `.get(k)`, is another check; a read under a lock, the lock's business.)
      if (new RegExp(`\\b${key}\\s+(?:not\\s+)?in\\s+${named}\\b|${named}\\s*\\.\\s*get\\s*\\(\\s*${key}\\b`).test(body.text.slice(0, r.index!)) || heldAt(n)) break;
      const target = n.childForFieldName('value');
      const d = target?.type === 'attribute' ? describeContainer(target) : target?.type === 'identifier' ? sharedContainerNamed(target.text) : undefined;
      if (!d) break;
      readTests.add(forNode!.id);
      checks.push({ ifNode: forNode!, test: forNode!.childForFieldName('right')!, write: n, kind: 'present-read', fromCopy: true, guard: { end: forNode!, workBetween: true }, ...d });
      break;
    }
  }
  // `if self.timer is not None: self.timer.cancel()`: a reference tested, then used (a method called on
  // it); raceAnalysis keeps these where other thread code sets it to None (or deletes it) meanwhile.
  // (Or the reference called itself: `if self._on_item is not None: self._on_item(x)`.)
  // (Or read again into a local, `if self.colour is not None: colour = self.colour`: the local may get None.)
  for (const n of nodes) {
    const f = n.type === 'call' ? n.childForFieldName('function') : undefined;
    const left = n.type === 'assignment' ? n.childForFieldName('left') : undefined;
    // (Not a take: `x = self.x` then `self.x = None`, judged as a take and a reset.)
    const right = left?.type === 'identifier' && localNames.has(left.text) ? n.childForFieldName('right') : undefined;
    const reread = (right?.type === 'attribute' || right?.type === 'identifier') && !clearedAfter(n) ? right : undefined;
    const used = reread ? (body: Node, name: string) => firstUse(body, name) : usedAsObject;
    // (Or a method of one of its attributes, `self._helper.stdout.readline()`: None has no `stdout` either.)
    const owner = f?.type === 'attribute' && f.childForFieldName('object')?.type === 'attribute' ? f.childForFieldName('object')!.childForFieldName('object') : undefined;
    for (const ref of reread ? [reread] : [f?.type === 'attribute' ? f.childForFieldName('object') : undefined, f?.type === 'attribute' && f.childForFieldName('object')?.text === 'self' ? f : undefined, owner?.type === 'attribute' ? owner : undefined]) {
      if (ref?.type !== 'attribute' && ref?.type !== 'identifier') continue;
      const name = ref.text.replace(/\s+/g, '');
      if (name === 'self' || (ref.type === 'identifier' && localNames.has(name))) continue;
      const d = () => (ref.type === 'attribute' ? describe(ref) : view.globalKind(name) === 'value' ? { subject: name, why: 'a module global' } : undefined);
      let child: Node = n;
      for (let p = n.parent; p && p.id !== fn.id; child = p, p = p.parent) {
        // `if x is not None: x.use()`
        if (p.type === 'if_statement' && p.childForFieldName('consequence')?.id === child.id) {
          const test = conjuncts(p.childForFieldName('condition')!).find((part) => testedAsSet(part) === name);
          const described = test && used(child, name)?.id === ref.id ? d() : undefined;
          if (described) checks.push({ ifNode: p, test: test!, write: ref, kind: 'cleared', guard: { end: p, workBetween: true }, ...described, ...(reread && { rereadInto: left!.text }) });
          break;
        }
        // `return x and x.use()`, `ok = x is not None and x.ready()`: the test, then the use, in one expression.
        if (p.type === 'boolean_operator' && p.childForFieldName('operator')?.text === 'and' && p.childForFieldName('right')?.id === child.id) {
          const test = conjuncts(p.childForFieldName('left')!).find((part) => testedAsSet(part) === name);
          const described = test && used(child, name)?.id === ref.id ? d() : undefined;
          if (described) {
            const statement = statementOf(p, fn);
            checks.push({ ifNode: statement, test: test!, write: ref, kind: 'cleared', guard: { end: statement, workBetween: true }, ...described, ...(reread && { rereadInto: left!.text }) });
          }
          if (test) break;
        }
        // `while x is not None: x.use()`: the loop's test, then the use in its body.
        // (A loop on something else, `while not done:`, is passed through: an `if x:` around it may test x.)
        const loopTest = p.type === 'while_statement' && p.childForFieldName('body')?.id === child.id ? conjuncts(p.childForFieldName('condition')!).find((part) => testedAsSet(part) === name) : undefined;
        if (loopTest) {
          const described = used(child, name)?.id === ref.id ? d() : undefined;
          if (described) checks.push({ ifNode: p, test: loopTest, write: ref, kind: 'cleared', guard: { end: p, workBetween: true }, ...described, ...(reread && { rereadInto: left!.text }) });
          break;
        }
        // `if x is None: return` … `x.use()`, with no store to `x` between.
        if (p.type !== 'block') continue;
        const found = guardClauseBefore(p, child, (test, guard) => !hasElse(guard) && chain(test, 'or').some((t) => testedAsMissing(t) === name));
        const between = found && p.text.slice(found.guard.endIndex - p.startIndex, child.startIndex - p.startIndex);
        const described = found && !new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\s*\\.\\s*')}\\s*=(?!=)`).test(between ?? '') && used(child, name)?.id === ref.id ? d() : undefined;
        if (found && described) checks.push({ ifNode: found.guard, test: chain(found.test, 'or').find((t) => testedAsMissing(t) === name)!, write: ref, kind: 'cleared', guard: { end: child, workBetween: true }, ...described, ...(reread && { rereadInto: left!.text }) });
        if (found) break;
      }
    }
  }
  return writes;
}

/** What a test asks to be set: `x` of `if x:`, `if x is not None:`, `if x != None:`; `o.a` of `if hasattr(o, "a"):`. */
function testedAsSet(part: Node): string | undefined {
  if (part.type === 'comparison_operator') return /^\S[\s\S]*\s(?:is\s+not|!=)\s+None$/.test(part.text) ? part.namedChildren[0]?.text.replace(/\s+/g, '') : undefined;
  if (part.type === 'call' && part.childForFieldName('function')?.text === 'hasattr') {
    const [obj, attr] = callArgs(part).positional;
    const name = attr?.type === 'string' ? /^['"](\w+)['"]$/.exec(attr.text)?.[1] : undefined;
    return obj && name !== undefined ? `${obj.text}.${name}` : undefined;
  }
  return part.type === 'attribute' || part.type === 'identifier' ? part.text.replace(/\s+/g, '') : undefined;
}

/** `x` of `x is None` or `x == None`: the comparison's left side, when that is the test. */
function noneTested(test: Node): Node | undefined {
  return test.type === 'comparison_operator' && /^\S[\s\S]*\s(?:is|==)\s+None$/.test(test.text) ? (test.namedChildren[0] ?? undefined) : undefined;
}

/** What a test asks to be missing: `x` of `if x is None:`, `if x == None:`, `if not x:`; `o.a` of `if not hasattr(o, "a"):`. */
function testedAsMissing(part: Node): string | undefined {
  if (part.type === 'comparison_operator') return noneTested(part)?.text.replace(/\s+/g, '');
  const inner = part.type === 'not_operator' ? part.childForFieldName('argument') : undefined;
  return inner ? testedAsSet(inner) : undefined;
}

/** Does a later statement of the assignment's block store None into what it read, or delete it (`x = self.x` … `self.x = None`)? */
function clearedAfter(assignment: Node): boolean {
  const right = assignment.childForFieldName('right')?.text.replace(/\s+/g, '');
  for (let s = assignment.parent?.nextNamedSibling; s && right; s = s.nextNamedSibling) {
    const inner = s.type === 'expression_statement' ? s.namedChildren[0] : s;
    if (inner?.type === 'assignment' && inner.childForFieldName('left')?.text.replace(/\s+/g, '') === right && inner.childForFieldName('right')?.type === 'none') return true;
    if (inner?.type === 'delete_statement' && inner.namedChildren[0]?.text.replace(/\s+/g, '') === right) return true;
  }
  return false;
}

/** The first read of `name` in `body` (undefined when it is stored first). */
function firstUse(body: Node, name: string): Node | undefined {
  for (const n of walk(body)) {
    if ((n.type !== 'attribute' && n.type !== 'identifier') || n.text.replace(/\s+/g, '') !== name) continue;
    const p = n.parent;
    return p?.type === 'assignment' && p.childForFieldName('left')?.id === n.id ? undefined : n;
  }
  return undefined;
}

/** The first place in `body` that uses what `name` holds as an object: `name.attr`, `name(…)`, `name[…]`. */
function usedAsObject(body: Node, name: string): Node | undefined {
  for (const n of walk(body)) {
    if ((n.type !== 'attribute' && n.type !== 'identifier') || n.text.replace(/\s+/g, '') !== name) continue;
    const p = n.parent;
    const field = p?.type === 'attribute' ? 'object' : p?.type === 'call' ? 'function' : p?.type === 'subscript' ? 'value' : undefined;
    if (field && p!.childForFieldName(field)?.id === n.id) return n;
    // Stored again first: what is used afterwards is not what was tested.
    if (p?.type === 'assignment' && p.childForFieldName('left')?.id === n.id) return undefined;
  }
  return undefined;
}
