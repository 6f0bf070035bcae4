/**
 * Finds shared state that code running in threads changes without a lock. Pure: no `vscode`, no LSP;
 * the server, the `check` CLI and plain mocha tests share it. Works on a tree-sitter tree, walks
 * iteratively (hostile, deeply nested input must not overflow the stack), and never throws on
 * syntax errors: ERROR nodes are simply not matched.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { CODES, type Finding, type FixSuggestion, type FunctionInfo, type Range0, type FindingCode } from '../shared/analysis';
import { TreeIndex } from './treeIndex';

// ---------------------------------------------------------------- small tree helpers

export function range(node: Node): Range0 {
  return { start: { line: node.startPosition.row, character: node.startPosition.column }, end: { line: node.endPosition.row, character: node.endPosition.column } };
}

/** Every descendant of a small subtree (an expression), depth first, without recursion. */
function* walk(root: Node): Generator<Node> {
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

function dotted(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const obj = dotted(node.childForFieldName('object'));
    const attr = node.childForFieldName('attribute')?.text;
    return obj && attr ? `${obj}.${attr}` : undefined;
  }
  return undefined;
}

function callArgs(call: Node): { positional: Node[]; keyword: Map<string, Node> } {
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

// ---------------------------------------------------------------- the module's facts

type StateKind = 'lock' | 'semaphore-n' | 'thread-local' | 'queue' | 'thread-executor' | 'process-executor' | 'thread-pool' | 'value';

const CONSTRUCTORS: Record<string, StateKind> = {
  'threading.Lock': 'lock',
  'threading.RLock': 'lock',
  'threading.Condition': 'lock',
  'threading.local': 'thread-local',
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
const SEMAPHORES = ['threading.Semaphore', 'threading.BoundedSemaphore'];
const POOL_METHODS = new Set(['apply', 'apply_async', 'map', 'map_async', 'imap', 'imap_unordered', 'starmap', 'starmap_async']);
const LOCKISH = /lock|mutex|cond|guard/i;

interface ClassInfo {
  node: Node;
  name: string;
  methods: Map<string, Node>;
  isThread: boolean;
  /** Attributes assigned a lock or a semaphore in the class (`self._lock = threading.Lock()`). */
  lockAttrs: Set<string>;
  /** The subset that holds a Semaphore(n > 1), which does not exclude. */
  semaphoreAttrs: Set<string>;
}

interface ModuleFacts {
  index: TreeIndex;
  /** The source, for reading a node's leading text without asking the tree for it. */
  text: string;
  /** local name → dotted qualified name ("th" → "threading", "Thread" → "threading.Thread"). */
  aliases: Map<string, string>;
  globals: Map<string, { kind: StateKind; node: Node }>;
  /** "f", "C.m", "outer.inner" → definition (function_definition or lambda). */
  functions: Map<string, Node>;
  keyOf: Map<number, string>;
  classes: Map<string, ClassInfo>;
  /** Executors and pools bound to names anywhere ("ex" from `with ThreadPoolExecutor() as ex`). */
  executors: Map<string, StateKind>;
  threadingImported: { module?: string; lockName?: string };
  lastImportLine: number;
}

function qualify(facts: ModuleFacts, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const [head, ...rest] = name.split('.');
  const q = facts.aliases.get(head);
  return q ? [q, ...rest].join('.') : name;
}

function constructorKind(facts: ModuleFacts, value: Node | null): StateKind | undefined {
  if (!value || value.type !== 'call') return undefined;
  const q = qualify(facts, dotted(value.childForFieldName('function')));
  if (!q) return undefined;
  if (SEMAPHORES.includes(q)) {
    const { positional, keyword } = callArgs(value);
    const n = positional[0] ?? keyword.get('value');
    return n && n.type === 'integer' && Number(n.text) > 1 ? 'semaphore-n' : n && n.type !== 'integer' ? 'semaphore-n' : 'lock';
  }
  return CONSTRUCTORS[q];
}

function collectFacts(tree: Tree, text: string): ModuleFacts {
  const root = tree.rootNode;
  const index = new TreeIndex(tree);
  const facts: ModuleFacts = {
    index,
    text,
    aliases: new Map(),
    globals: new Map(),
    functions: new Map(),
    keyOf: new Map(),
    classes: new Map(),
    executors: new Map(),
    threadingImported: {},
    lastImportLine: -1,
  };
  for (const stmt of root.namedChildren) {
    if (!stmt) continue;
    if (stmt.type === 'import_statement') {
      facts.lastImportLine = stmt.endPosition.row;
      for (const n of stmt.namedChildren) {
        if (!n) continue;
        if (n.type === 'dotted_name') facts.aliases.set(n.text.split('.')[0], n.text.split('.')[0]);
        if (n.type === 'aliased_import') {
          const name = n.childForFieldName('name')?.text;
          const alias = n.childForFieldName('alias')?.text;
          if (name && alias) facts.aliases.set(alias, name);
        }
        if (n.text === 'threading') facts.threadingImported.module = 'threading';
        if (n.type === 'aliased_import' && n.childForFieldName('name')?.text === 'threading') facts.threadingImported.module = n.childForFieldName('alias')?.text;
      }
    } else if (stmt.type === 'import_from_statement') {
      facts.lastImportLine = stmt.endPosition.row;
      const module = stmt.childForFieldName('module_name')?.text;
      if (!module) continue;
      for (const n of stmt.childrenForFieldName('name')) {
        if (!n) continue;
        const name = n.type === 'aliased_import' ? n.childForFieldName('name')?.text : n.text;
        const local = n.type === 'aliased_import' ? n.childForFieldName('alias')?.text : n.text;
        if (name && local) facts.aliases.set(local, `${module}.${name}`);
        if (module === 'threading' && name === 'Lock' && local) facts.threadingImported.lockName = local;
      }
    }
  }
  // Definitions at any depth, keyed by their dotted scope path ("C.m", "outer.inner").
  const scopeKey = (scope: Node | undefined): string | undefined => (scope ? facts.keyOf.get(scope.id) : '');
  for (const def of index.ofTypes('function_definition', 'class_definition')) {
    const scope = index.scopeOf(def);
    const prefix = scopeKey(scope);
    if (prefix === undefined) continue; // inside a lambda: no name to reach it by
    const name = def.childForFieldName('name')?.text ?? '?';
    const key = prefix ? `${prefix}.${name}` : name;
    facts.keyOf.set(def.id, key);
    if (def.type === 'function_definition') {
      facts.functions.set(key, def);
      const cls = scope?.type === 'class_definition' ? facts.classes.get(prefix!) : undefined;
      if (cls) cls.methods.set(name, def);
    } else {
      const bases = (def.childForFieldName('superclasses')?.namedChildren ?? []).map((b) => qualify(facts, b ? dotted(b) : undefined));
      facts.classes.set(key, { node: def, name: key, methods: new Map(), isThread: bases.includes('threading.Thread'), lockAttrs: new Set(), semaphoreAttrs: new Set() });
    }
  }
  // Module globals and what they hold; executors bound anywhere; lock attributes of classes. Inside
  // functions only an assignment that constructs one of these matters, and its text names it.
  const constructs = constructorNeedle(facts);
  for (const node of index.ofTypes('assignment', 'with_item')) {
    if ((node.type === 'with_item' || index.scopeOf(node)) && !constructs.test(node.text)) continue;
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const kind = constructorKind(facts, node.childForFieldName('right'));
      const isModuleLevel = !index.scopeOf(node) && node.parent?.type === 'expression_statement' && node.parent.parent?.type === 'module';
      if (left?.type === 'identifier') {
        if (isModuleLevel) facts.globals.set(left.text, { kind: kind ?? 'value', node });
        if (kind && kind.endsWith('executor')) facts.executors.set(left.text, kind);
        if (kind === 'thread-pool') facts.executors.set(left.text, kind);
      } else if (left?.type === 'attribute' && kind) {
        const attr = left.childForFieldName('attribute')?.text;
        if (attr && (kind === 'lock' || kind === 'semaphore-n')) {
          for (let scope = index.scopeOf(node); scope; scope = index.scopeOf(scope)) {
            const c = scope.type === 'class_definition' ? facts.classes.get(facts.keyOf.get(scope.id) ?? '') : undefined;
            if (!c) continue;
            c.lockAttrs.add(attr);
            if (kind === 'semaphore-n') c.semaphoreAttrs.add(attr);
          }
        }
        if (attr && (kind.endsWith('executor') || kind === 'thread-pool')) facts.executors.set(`self.${attr}`, kind);
      }
    } else if (node.type === 'with_item') {
      const value = node.childForFieldName('value');
      if (value?.type === 'as_pattern') {
        const kind = constructorKind(facts, value.namedChildren[0] ?? null);
        const alias = value.childForFieldName('alias')?.text ?? value.namedChildren[value.namedChildCount - 1]?.text;
        if (kind && alias) facts.executors.set(alias.replace(/^as\s+/, ''), kind);
      }
    }
  }
  return facts;
}

const CONSTRUCTOR_NAMES = new Set([...Object.keys(CONSTRUCTORS), ...SEMAPHORES].map((q) => q.slice(q.lastIndexOf('.') + 1)));

/** Matches text that may call a constructor of CONSTRUCTORS: its own name, or a local alias of it. */
function constructorNeedle(facts: ModuleFacts): RegExp {
  const names = new Set(CONSTRUCTOR_NAMES);
  for (const [local, q] of facts.aliases) if (CONSTRUCTOR_NAMES.has(q.slice(q.lastIndexOf('.') + 1))) names.add(local);
  return new RegExp(`\\b(?:${[...names].map((n) => n.replace(/[^\w]/g, '\\$&')).join('|')})\\b`);
}

function enclosing(node: Node, types: Set<string>): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (types.has(p.type)) return p;
  return undefined;
}

// ---------------------------------------------------------------- code that runs in threads

interface ThreadEntry {
  key: string;
  /** Reached through a bound method (obj.method as target): its instance is shared by the threads. */
  boundMethod: boolean;
  site: Node;
  how: string;
}

const FUNCTION_TYPES = new Set(['function_definition']);
function enclosingFunctionKey(facts: ModuleFacts, node: Node): string | undefined {
  const fn = enclosing(node, FUNCTION_TYPES);
  return fn ? facts.keyOf.get(fn.id) : undefined;
}

function enclosingClass(facts: ModuleFacts, node: Node): ClassInfo | undefined {
  const cls = enclosing(node, new Set(['class_definition']));
  if (!cls) return undefined;
  for (const c of facts.classes.values()) if (c.node.id === cls.id) return c;
  return undefined;
}

/**
 * What function a callable expression names: `f`, `self.m`, `obj.m`, `lambda: ...`, `partial(f, ...)`.
 * `scope` is the key of the function the expression is in, when the caller knows it (saves a climb).
 */
function resolveCallable(facts: ModuleFacts, expr: Node | undefined | null, lambdas: Map<string, Node>, scope?: string): { key: string; bound: boolean } | undefined {
  if (!expr) return undefined;
  if (expr.type === 'identifier') {
    scope ??= enclosingFunctionKey(facts, expr);
    // A nested function first (closures), then a module-level one.
    for (let s = scope; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : undefined) if (facts.functions.has(`${s}.${expr.text}`)) return { key: `${s}.${expr.text}`, bound: false };
    if (facts.functions.has(expr.text)) return { key: expr.text, bound: false };
    return undefined;
  }
  if (expr.type === 'attribute') {
    const obj = expr.childForFieldName('object');
    const attr = expr.childForFieldName('attribute')?.text;
    if (!attr) return undefined;
    if (obj?.text === 'self') {
      const cls = enclosingClass(facts, expr);
      if (cls?.methods.has(attr)) return { key: `${cls.name}.${attr}`, bound: true };
    }
    for (const c of facts.classes.values()) if (c.methods.has(attr)) return { key: `${c.name}.${attr}`, bound: true };
    return undefined;
  }
  if (expr.type === 'lambda') {
    const key = `<lambda@${expr.startPosition.row + 1}:${expr.startPosition.column}>`;
    lambdas.set(key, expr);
    return { key, bound: false };
  }
  if (expr.type === 'call' && qualify(facts, dotted(expr.childForFieldName('function'))) === 'functools.partial') {
    return resolveCallable(facts, callArgs(expr).positional[0], lambdas);
  }
  return undefined;
}

function executorKind(facts: ModuleFacts, receiver: Node | null): StateKind | undefined {
  if (!receiver) return undefined;
  if (receiver.type === 'call') return constructorKind(facts, receiver);
  const name = dotted(receiver);
  return name ? facts.executors.get(name) : undefined;
}

/** `for f in (a, b): Thread(target=f)`: the loop variable stands for each listed callable. */
function loopValues(expr: Node | undefined): Node[] {
  if (!expr) return [];
  if (expr.type !== 'identifier') return [expr];
  for (let p = expr.parent; p; p = p.parent) {
    if (p.type === 'function_definition') break;
    if ((p.type === 'for_statement' || p.type === 'for_in_clause') && p.childForFieldName('left')?.text === expr.text) {
      const right = p.childForFieldName('right');
      if (right && (right.type === 'tuple' || right.type === 'list')) return right.namedChildren.filter((n): n is Node => !!n);
    }
  }
  return [expr];
}

/** The last name of every callee that can start a thread: `threading.Thread`, `ex.submit`, `pool.imap`… */
const ENTRY_METHODS = new Set(['Thread', 'Timer', 'to_thread', 'run_in_executor', 'submit', 'map', ...POOL_METHODS]);

/** `threading.Thread` etc. named by one identifier (after aliases); a dotted callee is told by ENTRY_METHODS. */
const IDENTIFIER_ENTRIES = new Set(['threading.Thread', 'threading.Timer', 'asyncio.to_thread']);
/** A callee that is a plain (dotted) name, then its argument list: `Thread(`, `th.Thread (`, `ex.submit(`. */
const SIMPLE_CALLEE = /([A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*)[ \t]*\(/y;

function findThreadEntries(facts: ModuleFacts, lambdas: Map<string, Node>): ThreadEntry[] {
  const entries: ThreadEntry[] = [];
  const add = (expr: Node | undefined, site: Node, how: string) => {
    for (const candidate of loopValues(expr)) {
      const r = resolveCallable(facts, candidate, lambdas);
      if (r) entries.push({ key: r.key, boundMethod: r.bound, site, how });
    }
  };
  const calls = facts.index.ofType('call');
  for (let i = 0; i < calls.length; i++) {
    const node = calls[i];
    // Most calls in a file start no thread: rule them out by the called name alone, read from the
    // source where it is a plain dotted name, before the costlier tree lookups. A call that starts
    // where the next one does calls what that one returns (`Executor().submit(f)`): not plain.
    SIMPLE_CALLEE.lastIndex = node.startIndex;
    const simple = calls[i + 1]?.startIndex === node.startIndex ? undefined : SIMPLE_CALLEE.exec(facts.text)?.[1];
    if (simple !== undefined) {
      const dot = simple.lastIndexOf('.');
      if (dot >= 0 ? !ENTRY_METHODS.has(simple.slice(dot + 1).trim()) : !IDENTIFIER_ENTRIES.has(qualify(facts, simple) ?? '')) continue;
    }
    // Callees the source could not tell (`obj[0].submit (`, a name over two lines) are told by the tree.
    const fnNode = node.childForFieldName('function');
    const method = fnNode?.type === 'attribute' ? (fnNode.childForFieldName('attribute')?.text ?? '') : undefined;
    if (method !== undefined && !ENTRY_METHODS.has(method)) continue;
    if (method === undefined && fnNode?.type !== 'identifier') continue;
    const q = qualify(facts, dotted(fnNode));
    const { positional, keyword } = callArgs(node);
    const line = node.startPosition.row + 1;
    if (q === 'threading.Thread') add(keyword.get('target') ?? positional[1], node, `threading.Thread at line ${line}`);
    else if (q === 'threading.Timer') add(keyword.get('function') ?? positional[1], node, `threading.Timer at line ${line}`);
    else if (q === 'asyncio.to_thread') add(positional[0] ?? keyword.get('func'), node, `asyncio.to_thread at line ${line}`);
    else if (fnNode?.type === 'attribute' && method !== undefined) {
      const receiver = fnNode.childForFieldName('object');
      if (method === 'run_in_executor') {
        const executor = positional[0];
        const kind = executor && executor.type !== 'none' ? executorKind(facts, executor) : 'thread-executor';
        if (kind !== 'process-executor') add(positional[1], node, `run_in_executor at line ${line}`);
      } else if (method === 'submit' || method === 'map' || POOL_METHODS.has(method)) {
        const kind = executorKind(facts, receiver);
        if (kind === 'thread-executor' && (method === 'submit' || method === 'map')) add(positional[0] ?? keyword.get('fn'), node, `ThreadPoolExecutor.${method} at line ${line}`);
        if (kind === 'thread-pool' && POOL_METHODS.has(method)) add(positional[0] ?? keyword.get('func'), node, `ThreadPool.${method} at line ${line}`);
      }
    }
  }
  for (const c of facts.classes.values()) {
    const run = c.methods.get('run');
    if (c.isThread && run) entries.push({ key: `${c.name}.run`, boundMethod: false, site: c.node.childForFieldName('name') ?? c.node, how: `the threading.Thread subclass ${c.name}` });
  }
  return entries;
}

/** Entry functions plus what they call in this module, each with how it is reached. */
function threadFunctions(facts: ModuleFacts, entries: ThreadEntry[], lambdas: Map<string, Node>): Map<string, { node: Node; entries: ThreadEntry[]; bound: boolean }> {
  const reached = new Map<string, { node: Node; entries: ThreadEntry[]; bound: boolean }>();
  const queue: { key: string; entry: ThreadEntry; bound: boolean }[] = entries.map((e) => ({ key: e.key, entry: e, bound: e.boundMethod }));
  while (queue.length > 0) {
    const { key, entry, bound } = queue.shift()!;
    const node = facts.functions.get(key) ?? lambdas.get(key);
    if (!node) continue;
    const seen = reached.get(key);
    if (seen) {
      if (!seen.entries.includes(entry)) seen.entries.push(entry);
      seen.bound ||= bound;
      continue;
    }
    reached.set(key, { node, entries: [entry], bound });
    // Calls in a function's own body are in that function; a lambda's may sit in nested lambdas.
    const calls = node.type === 'lambda' ? facts.index.within('call', node) : facts.index.ownNodes(node).filter((n) => n.type === 'call');
    const scope = node.type === 'lambda' ? undefined : key;
    for (const n of calls) {
      const callee = n.childForFieldName('function');
      const r = resolveCallable(facts, callee, lambdas, scope);
      if (r && !r.key.startsWith('<lambda')) queue.push({ key: r.key, entry, bound: bound || (r.bound && callee?.childForFieldName('object')?.text === 'self') });
    }
  }
  return reached;
}

// ---------------------------------------------------------------- locks

interface LockContext {
  findings: Finding[];
  facts: ModuleFacts;
  text: string;
}

/** Is this `with` item's value a lock that excludes other threads? Reports the two lock mistakes on the way. */
function withItemLocks(ctx: LockContext, value: Node, reported: Set<number>): boolean {
  const v = value.type === 'as_pattern' ? (value.namedChildren[0] ?? value) : value;
  if (v.type === 'call') {
    const kind = constructorKind(ctx.facts, v);
    if (kind === 'lock' && !reported.has(v.id)) {
      reported.add(v.id);
      ctx.findings.push(plain(CODES.lockCreatedInline, v, `\`with ${v.text}:\` creates a new lock every time, so no other thread ever waits on it: it protects nothing. Create the lock once (at module level or in __init__) and use that one.`, v.text));
    }
    return false;
  }
  const name = dotted(v);
  if (!name) return false;
  const global = ctx.facts.globals.get(name);
  const attr = v.type === 'attribute' ? v.childForFieldName('attribute')?.text : undefined;
  const semaphoreN = global?.kind === 'semaphore-n' || (attr !== undefined && [...ctx.facts.classes.values()].some((c) => c.semaphoreAttrs.has(attr)));
  if (semaphoreN) {
    if (!reported.has(v.id)) {
      reported.add(v.id);
      ctx.findings.push(plain(CODES.semaphoreNotMutex, v, `\`${name}\` is a Semaphore that lets more than one thread in at once, so it does not give mutual exclusion. Use a threading.Lock for a critical section.`, name));
    }
    return false;
  }
  if (global) return global.kind === 'lock';
  const last = name.split('.').pop()!;
  if ([...ctx.facts.classes.values()].some((c) => c.lockAttrs.has(last))) return true;
  return LOCKISH.test(last);
}

function acquireReceiver(stmt: Node, method: 'acquire' | 'release'): string | undefined {
  const expr = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : stmt;
  if (expr?.type !== 'call') return undefined;
  const f = expr.childForFieldName('function');
  if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== method) return undefined;
  return dotted(f.childForFieldName('object'));
}

/**
 * The lock scopes that hold at `node` inside `fn`: `with` blocks, acquire()…release() runs in a
 * block (including try/finally), and `if x.acquire(timeout=…):` bodies. Returns an id per scope so
 * a read and a write can be checked for being under the same acquisition.
 */
function lockScopes(ctx: LockContext, node: Node, fn: Node, reported: Set<number>): number[] {
  const scopes: number[] = [];
  let child = node;
  for (let p = node.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type === 'with_statement' && p.childForFieldName('body')?.id === child.id) {
      for (const item of p.descendantsOfType('with_item')) {
        const value = item?.childForFieldName('value');
        if (item && value && item.parent?.parent?.id === p.id && withItemLocks(ctx, value, reported)) scopes.push(p.id);
      }
    }
    if (p.type === 'if_statement' && p.childForFieldName('consequence')?.id === child.id) {
      const cond = p.childForFieldName('condition');
      if (cond && acquireReceiver(cond, 'acquire')) scopes.push(p.id);
    }
    if (p.type === 'block' || p.type === 'module') {
      // acquire() earlier in this block with no release() between it and us
      const held = new Map<string, number>();
      for (const s of p.namedChildren) {
        if (!s || s.id === child.id) break;
        const a = acquireReceiver(s, 'acquire');
        if (a) held.set(a, s.id);
        const r = acquireReceiver(s, 'release');
        if (r) held.delete(r);
      }
      scopes.push(...held.values());
    }
  }
  return scopes;
}

// ---------------------------------------------------------------- shared writes

interface SharedWrite {
  node: Node; // the statement-level assignment
  subject: string;
  why: string;
  readScopes?: number[]; // for a read-then-write split: the lock scopes of the read
  readLine?: number;
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

function readsName(expr: Node | null, name: string): boolean {
  if (!expr) return false;
  for (const n of walk(expr)) if (n.type === 'identifier' && n.text === name) return true;
  return false;
}

/**
 * Names a nested function can see from the functions around it (their assignments and parameters),
 * innermost first, with what they hold: a closure run by several threads shares them.
 */
function capturedNames(facts: ModuleFacts, fn: Node): Map<string, StateKind> {
  const out = new Map<string, StateKind>();
  if (fn.type !== 'function_definition') return out;
  for (let outer = facts.index.enclosingScope(fn, 'function_definition'); outer; outer = facts.index.enclosingScope(outer, 'function_definition')) {
    const here = new Map<string, StateKind>();
    const declaredGlobal = new Set<string>();
    for (const n of facts.index.ownNodes(outer)) {
      if (n.type === 'global_statement') for (const id of n.namedChildren) if (id) declaredGlobal.add(id.text);
      if (n.type === 'assignment') {
        const left = n.childForFieldName('left');
        if (left?.type === 'identifier' && !here.has(left.text)) here.set(left.text, constructorKind(facts, n.childForFieldName('right')) ?? 'value');
      }
    }
    for (const p of outer.childForFieldName('parameters')?.namedChildren ?? []) {
      const id = p?.type === 'identifier' ? p : (p?.childForFieldName('name') ?? p?.namedChildren[0]);
      if (id?.type === 'identifier' && !here.has(id.text)) here.set(id.text, 'value');
    }
    for (const [name, kind] of here) if (!declaredGlobal.has(name) && !out.has(name)) out.set(name, kind);
  }
  return out;
}

function sharedWrites(facts: ModuleFacts, fn: Node, bound: boolean, cls: ClassInfo | undefined): SharedWrite[] {
  const globalsDeclared = new Set<string>();
  const nonlocals = new Set<string>();
  const localNames = new Set<string>();
  const nodes = fn.type === 'lambda' ? [] : facts.index.ownNodes(fn);
  for (const n of nodes) {
    if (n.type === 'global_statement') for (const id of n.namedChildren) if (id) globalsDeclared.add(id.text);
    if (n.type === 'nonlocal_statement') for (const id of n.namedChildren) if (id) nonlocals.add(id.text);
  }
  for (const n of nodes) {
    if (n.type === 'assignment' || n.type === 'for_statement' || n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      if (left?.type === 'identifier' && !globalsDeclared.has(left.text) && !nonlocals.has(left.text)) localNames.add(left.text);
    }
  }
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const id = p?.type === 'identifier' ? p : p?.childForFieldName('name') ?? p?.namedChildren[0];
    if (id?.type === 'identifier') localNames.add(id.text);
  }

  const captured = capturedNames(facts, fn);
  const capturedValue = (name: string) => !localNames.has(name) && !globalsDeclared.has(name) && captured.get(name) === 'value';

  const describe = (target: Node): { subject: string; why: string } | undefined => {
    if (target.type === 'identifier') {
      const name = target.text;
      if (globalsDeclared.has(name)) {
        const kind = facts.globals.get(name)?.kind;
        if (kind && kind !== 'value') return undefined;
        return { subject: name, why: 'a module global' };
      }
      if (nonlocals.has(name)) return { subject: name, why: 'a variable of the enclosing function, shared by every thread that runs this closure' };
      return undefined;
    }
    if (target.type === 'subscript') {
      const base = target.childForFieldName('value');
      if (base?.type === 'identifier' && capturedValue(base.text)) {
        return { subject: `${base.text}[${target.childForFieldName('subscript')?.text ?? '…'}]`, why: `an item of \`${base.text}\`, a container of the enclosing function shared by every thread that runs this closure` };
      }
      if (base?.type === 'identifier' && !localNames.has(base.text) && !captured.has(base.text) && facts.globals.has(base.text)) {
        const kind = facts.globals.get(base.text)!.kind;
        if (kind !== 'value') return undefined;
        return { subject: `${base.text}[${target.childForFieldName('subscript')?.text ?? '…'}]`, why: `an item of the module-level container \`${base.text}\`` };
      }
      if (base?.type === 'attribute') {
        const inner = describe(base);
        return inner && { subject: `${base.text}[…]`, why: `an item of ${inner.why.replace(/^an? /, 'the ')}` };
      }
      return undefined;
    }
    if (target.type === 'attribute') {
      const obj = target.childForFieldName('object');
      const attr = target.childForFieldName('attribute')?.text ?? '';
      if (obj?.type !== 'identifier') return undefined;
      if (obj.text === 'self') {
        return bound ? { subject: target.text, why: 'an attribute of an object whose method runs in several threads' } : undefined;
      }
      if (facts.classes.has(obj.text) || (cls && obj.text === cls.name)) return { subject: target.text, why: 'a class attribute, shared by every instance and thread' };
      if (capturedValue(obj.text)) return { subject: target.text, why: 'an attribute of an object shared through the enclosing function' };
      const g = captured.has(obj.text) ? undefined : facts.globals.get(obj.text);
      if (g && !localNames.has(obj.text)) return g.kind === 'value' ? { subject: target.text, why: `an attribute of the module-level object \`${obj.text}\`` } : undefined;
      if (nonlocals.has(obj.text)) return { subject: target.text, why: 'an attribute of an object shared through the enclosing function' };
      void attr;
      return undefined;
    }
    return undefined;
  };

  const writes: SharedWrite[] = [];
  // locals holding a read of shared state: tmp = counter
  const aliases = new Map<string, { subject: string; node: Node }>();
  for (const n of nodes) {
    if (n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      const d = left && describe(left);
      if (d) writes.push({ node: n, ...d });
    } else if (n.type === 'assignment') {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (!left || !right) continue;
      if (left.type === 'identifier' && localNames.has(left.text)) {
        for (const g of [...globalsDeclared, ...nonlocals]) if (readsName(right, g)) aliases.set(left.text, { subject: g, node: n });
        continue;
      }
      const d = describe(left);
      if (!d) continue;
      const baseNode = left.type === 'subscript' ? left.childForFieldName('value') : left;
      const selfRead = readsExpr(right, baseNode);
      const alias = [...aliases.entries()].find(([local, a]) => a.subject === d.subject && readsName(right, local));
      if (selfRead) writes.push({ node: n, ...d });
      else if (alias) writes.push({ node: n, ...d, readScopes: [], readLine: alias[1].node.startPosition.row + 1, aliasNode: alias[1].node } as SharedWrite & { aliasNode: Node });
    }
  }
  return writes;
}

// ---------------------------------------------------------------- findings and fixes

function plain(code: FindingCode, node: Node, message: string, subject: string): Finding {
  return { code, message, range: range(node), subject, related: [] };
}

function lineIndent(text: string, line: number): string {
  const l = lineText(text, line);
  return l.slice(0, l.length - l.trimStart().length);
}

/** Line start offsets of the text last asked about (one analysis asks many lines of one text). */
let lineStarts: { text: string; starts: number[] } | undefined;
function lineText(text: string, line: number): string {
  if (lineStarts?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts = { text, starts };
  }
  const start = lineStarts.starts[line];
  if (start === undefined || line < 0) return '';
  const next = lineStarts.starts[line + 1];
  return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, '');
}

function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? (m[1].startsWith('\t') ? '\t' : m[1].length % 4 === 0 ? '    ' : m[1].length % 2 === 0 ? '  ' : m[1]) : '    ';
}

/** Wraps the statement's lines in `with <lock>:`, re-indenting them one level. */
function guardEdit(text: string, stmt: Node, lock: string): FixSuggestion['edits'][number] | undefined {
  const first = stmt.startPosition.row;
  const last = stmt.endPosition.row;
  const indent = lineIndent(text, first);
  if (lineText(text, first).slice(0, stmt.startPosition.column).trim() !== '') return undefined; // shares a line (e.g. `for x in y: counter += 1`)
  const unit = indentUnit(text);
  const body: string[] = [];
  for (let l = first; l <= last; l++) body.push(unit + lineText(text, l));
  return {
    range: { start: { line: first, character: 0 }, end: { line: last, character: lineText(text, last).length } },
    newText: `${indent}with ${lock}:\n${body.join('\n')}`,
  };
}

function statementOf(node: Node): Node {
  return node.parent?.type === 'expression_statement' ? node.parent : node;
}

const moduleLocks = new WeakMap<ModuleFacts, string | null>();
/** The first module-level lock, if any (computed once per analysis). */
function moduleLock(facts: ModuleFacts): string | undefined {
  if (!moduleLocks.has(facts)) moduleLocks.set(facts, [...facts.globals.entries()].find(([, g]) => g.kind === 'lock')?.[0] ?? null);
  return moduleLocks.get(facts) ?? undefined;
}

function fixFor(facts: ModuleFacts, text: string, write: SharedWrite, cls: ClassInfo | undefined): FixSuggestion | undefined {
  const stmt = statementOf(write.node);
  const classLock = cls && write.subject.startsWith('self.') && [...cls.lockAttrs].find((a) => !cls.semaphoreAttrs.has(a));
  const existing = classLock ? `self.${classLock}` : moduleLock(facts);
  if (existing) {
    const edit = guardEdit(text, stmt, existing);
    return edit && { title: `Guard with the existing lock \`${existing}\``, edits: [edit] };
  }
  const base = write.subject.replace(/\[.*$/, '').replace(/^self\./, '').replace(/\W+/g, '_');
  const lockName = `${base}_lock`;
  const edit = guardEdit(text, stmt, lockName);
  if (!edit) return undefined;
  const ctor = facts.threadingImported.module ? `${facts.threadingImported.module}.Lock()` : facts.threadingImported.lockName ? `${facts.threadingImported.lockName}()` : 'threading.Lock()';
  const needsImport = !facts.threadingImported.module && !facts.threadingImported.lockName;
  // The lock goes right after the global it guards when that is a module-level assignment, else after the imports.
  const g = facts.globals.get(base);
  const afterLine = g ? g.node.endPosition.row : Math.max(facts.lastImportLine, -1);
  const edits: FixSuggestion['edits'] = [];
  if (needsImport) edits.push({ range: { start: { line: importLine(text, facts), character: 0 }, end: { line: importLine(text, facts), character: 0 } }, newText: 'import threading\n' });
  const insertAt = afterLine + 1;
  edits.push({ range: { start: { line: insertAt, character: 0 }, end: { line: insertAt, character: 0 } }, newText: `${lockName} = ${ctor}\n` });
  edits.push(edit);
  return { title: `Create \`${lockName} = ${ctor}\` and guard the update with it`, edits };
}

/** Where `import threading` goes: after the existing imports, else after a module docstring and comments. */
function importLine(text: string, facts: ModuleFacts): number {
  if (facts.lastImportLine >= 0) return facts.lastImportLine + 1;
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && (lines[i].startsWith('#') || lines[i].trim() === '')) i++;
  if (/^[rRuU]?("""|''')/.test(lines[i] ?? '')) {
    const q = lines[i].match(/("""|''')/)![1];
    if (lines[i].indexOf(q, lines[i].indexOf(q) + 3) < 0) {
      i++;
      while (i < lines.length && !lines[i].includes(q)) i++;
    }
    i++;
  }
  return Math.min(i, lines.length);
}

const NOQA = /#\s*noqa(?::\s*([A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*))?/i;
function suppressed(text: string, f: Finding): boolean {
  const m = NOQA.exec(lineText(text, f.range.start.line));
  if (!m) return false;
  if (!m[1]) return true;
  return m[1].split(',').map((c) => c.trim().toUpperCase()).includes(f.code);
}

export interface AnalysisResult {
  findings: Finding[];
  functions: FunctionInfo[];
}

/** Quick test that spares the full analysis for files that cannot start a thread. */
const THREAD_HINT = /Thread|Timer|submit|to_thread|run_in_executor|Pool|\.i?map(?:_unordered|_async)?\(|\.apply(?:_async)?\(|starmap/;

/**
 * False when the text cannot give a finding: it names nothing that starts a thread and none of the
 * lock mistakes. A linter run skips such files before parsing them (most files of a code base).
 */
export function mayHaveFindings(text: string): boolean {
  return THREAD_HINT.test(text) || /with\s+threading\.Lock\(\)|Semaphore/.test(text);
}

export function analyze(tree: Tree, text: string): AnalysisResult {
  const facts = collectFacts(tree, text);
  const findings: Finding[] = [];
  const functionsWithFindings = new Set<string>();
  if (mayHaveFindings(text)) {
    const lambdas = new Map<string, Node>();
    const entries = findThreadEntries(facts, lambdas);
    const reached = threadFunctions(facts, entries, lambdas);
    const ctx: LockContext = { findings, facts, text };
    const reported = new Set<number>();
    const seen = new Set<number>();
    for (const [key, { node, entries: via, bound }] of reached) {
      const cls = [...facts.classes.values()].find((c) => key.startsWith(`${c.name}.`) && c.methods.get(key.slice(c.name.length + 1))?.id === node.id);
      for (const w of sharedWrites(facts, node, bound, cls)) {
        if (seen.has(w.node.id)) continue;
        const writeScopes = lockScopes(ctx, w.node, node, reported);
        const aliasNode = (w as SharedWrite & { aliasNode?: Node }).aliasNode;
        let message: string;
        if (aliasNode) {
          const readScopes = lockScopes(ctx, aliasNode, node, reported);
          if (readScopes.some((s) => writeScopes.includes(s))) continue; // read and write under one acquisition
          message = `\`${w.subject}\` is ${w.why}: it is read at line ${w.readLine}${readScopes.length ? ' under a lock' : ''} and written back here${writeScopes.length ? ' under another acquisition' : ' without the lock'}. Another thread can update it in between, and this write then undoes that update. Hold one lock from the read to the write.`;
        } else {
          if (writeScopes.length > 0) continue;
          const op = w.node.type === 'augmented_assignment' ? `\`${w.node.text.split('\n')[0].slice(0, 60)}\` reads, changes and writes back in separate steps` : 'this reads it and writes it back in separate steps';
          message = `\`${w.subject}\` is ${w.why}, updated without a lock by code that runs in threads (${via[0].how}): ${op}, so two threads can interleave and one update is lost. Guard it with a lock.`;
        }
        seen.add(w.node.id);
        const finding: Finding = {
          code: CODES.unlockedSharedWrite,
          message,
          range: range(w.node),
          subject: w.subject,
          related: via.slice(0, 5).map((e) => ({ range: range(e.site), message: `${key.startsWith('<lambda') ? 'this lambda' : `${key}()`} runs in threads started here (${e.how})` })),
        };
        const fix = aliasNode ? undefined : fixFor(facts, text, w, cls);
        if (fix) finding.fix = fix;
        findings.push(finding);
        functionsWithFindings.add(key);
      }
    }
  }
  const kept = findings.filter((f) => !suppressed(text, f)).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  lineStarts = undefined;
  return { findings: kept, functions: listFunctions(facts, kept) };
}

// ---------------------------------------------------------------- functions for the lenses

function requiredParams(fn: Node, isMethod: boolean): number {
  let count = 0;
  let first = true;
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p) continue;
    const plainParam = p.type === 'identifier' || p.type === 'typed_parameter';
    if (plainParam && isMethod && first) {
      first = false;
      continue; // self / cls
    }
    first = false;
    if (plainParam && !(p.type === 'typed_parameter' && p.namedChildren[0]?.type !== 'identifier')) count++;
  }
  return count;
}

function listFunctions(facts: ModuleFacts, findings: Finding[]): FunctionInfo[] {
  const out: FunctionInfo[] = [];
  for (const [key, node] of facts.functions) {
    const name = node.childForFieldName('name');
    if (!name) continue;
    const parentScope = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    const kind: FunctionInfo['kind'] = !parentScope ? 'function' : facts.classes.has(parentScope) ? 'method' : 'nested';
    const writes = new Set<string>();
    for (const n of facts.index.ownNodes(node)) if (n.type === 'global_statement') for (const id of n.namedChildren) if (id) writes.add(id.text);
    const r = range(node);
    out.push({
      name: name.text,
      qualifiedName: key,
      kind,
      nameRange: range(name),
      range: r,
      requiredParams: requiredParams(node, kind === 'method'),
      isAsync: facts.text.startsWith('async', node.startIndex),
      writesGlobals: [...writes].filter((w) => facts.globals.has(w) && facts.globals.get(w)!.kind === 'value'),
      hasRaceFinding: findings.some((f) => f.code === CODES.unlockedSharedWrite && r.start.line <= f.range.start.line && f.range.end.line <= r.end.line),
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
