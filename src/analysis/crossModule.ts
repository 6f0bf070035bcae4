/**
 * Threads that cross modules: `server.py` starts `Thread(target=handle_client)` on a function that
 * `from handlers import handle_client` brought in. Each module's analysis reports such starts (and the
 * calls its several-thread code makes into imported functions) as hand-offs; this file resolves them
 * to the project's own files and turns them into thread entries for the module that defines the code.
 * Paths only: no file system access, so the CLI (over the files it checks) and the language server
 * (over the workspace's files) share it.
 */
import * as path from 'node:path';

/** Code of another module that this module runs on threads: a start, or a call from thread code. */
export interface ThreadHandOff {
  /** The callable as imported: `handlers.handle_client`, `.state.tracker.update`, `pkg.jobs.Worker.run`. */
  target: string;
  /** The start runs it on several threads at once (in a loop, a pool, per request). */
  several: boolean;
  /** 1-based line of the start or call, in the module that hands off. */
  line: number;
  /** What starts it: `threading.Thread`, `ThreadPoolExecutor.submit`, `a call from handle()`. */
  how: string;
  /** For a class started as a thread: the constructor's arguments (positions, keywords) that are one object for all its threads. */
  shared?: (number | string)[];
  /** `Class.method` called on one object that every thread shares (a module global made from the class), not a new one each. */
  sharedSelf?: true;
  /** Of `shared`, the class (of the handing-off module) of each object handed: `self` in `Waiter(name, self)` made by a `Restaurant`. */
  sharedClasses?: Record<string, string>;
  /** The target is `Class.method` of this file itself (absolute), not an imported name: a call back into the module that handed the object. */
  inFile?: string;
  /**
   * Only if this imported class is a threading socket server (`ThreadingMixIn` in its bases), which its
   * own module tells (see `threadingServerClasses`): a request handler class handed to another module's server.
   */
  ifThreadingServer?: string;
}

/** A function or method of this module that another module runs on threads. */
export interface IncomingThreadEntry {
  /** `handle_client`, `Worker.run` (a new instance), `tracker.update` (a module-level object's method). */
  name: string;
  /** Where and how, for messages: `threading.Thread in server.py at line 12`. */
  how: string;
  /** Several threads run it at once; else one thread (started once, beside the program's others). */
  several: boolean;
  /** For a Thread subclass: its constructor's arguments that every thread gets the same object for. */
  shared?: (number | string)[];
  /** `Class.method` runs on one object all its threads share. */
  sharedSelf?: true;
  /** Of `shared`, the class of each object, in the file that starts it (`from.file`). */
  sharedClasses?: Record<string, string>;
  /** The file that starts it (absolute) and the 1-based line. */
  from: { file: string; line: number };
}

/** A socketserver or http.server class, or mix-in, that serves each request on a thread of its own. */
export const THREADING_SERVER = /\bThreading(?:MixIn|TCPServer|UDPServer|HTTPServer|UnixStreamServer|UnixDatagramServer)\b/;

/**
 * The classes of a module that serve each request on a thread of their own (`class LiveServer(ThreadingMixIn,
 * TCPServer)`, and classes built on those): what a module publishes for the modules that hand its servers a
 * request handler class. Read from the text alone, so it costs nothing where no such base is named.
 */
export function threadingServerClasses(text: string): string[] {
  if (!THREADING_SERVER.test(text)) return [];
  const classes = [...text.matchAll(/^[ \t]*class\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*:/gm)].map((m) => ({ name: m[1], bases: m[2].split(',').map((b) => b.trim().split('.').at(-1) ?? '') }));
  const found = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of classes) {
      if (found.has(c.name) || !c.bases.some((b) => found.has(b) || THREADING_SERVER.test(b))) continue;
      found.add(c.name);
      grew = true;
    }
  }
  return [...found];
}

/** How a hand-off made by a call from thread code begins (`a call from serve_client()`). */
export const CALL_FROM = 'a call from ';

/** Python files by path, for resolving imports without touching the disk. */
export type KnownFiles = ReadonlySet<string>;

function moduleFile(dir: string, parts: readonly string[], known: KnownFiles): string | undefined {
  if (parts.length === 0) {
    const init = path.join(dir, '__init__.py');
    return known.has(init) ? init : undefined;
  }
  const file = path.join(dir, ...parts.slice(0, -1), `${parts.at(-1)}.py`);
  if (known.has(file)) return file;
  const init = path.join(dir, ...parts, '__init__.py');
  return known.has(init) ? init : undefined;
}

/**
 * The file a module name means, seen from `fromFile`: relative names from its package; absolute ones
 * from the nearest folder above it that has them (a script's own folder, then the project's roots).
 */
export function resolveModule(fromFile: string, moduleName: string, known: KnownFiles): string | undefined {
  const dots = /^\.*/.exec(moduleName)![0].length;
  const parts = moduleName.slice(dots).split('.').filter((p) => p !== '');
  let dir = path.dirname(fromFile);
  if (dots > 0) {
    for (let i = 1; i < dots; i++) dir = path.dirname(dir);
    return moduleFile(dir, parts, known);
  }
  for (;;) {
    const file = moduleFile(dir, parts, known);
    if (file) return file;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The project's files that a module's text imports (`from cook import Cook`, `import pkg.jobs`, `from . import state`), read from its import lines. */
export function importedFiles(fromFile: string, text: string, known: KnownFiles): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+\(?([\w., \t]+)|import[ \t]+([\w., \t]+))/gm)) {
    const names = m[3] !== undefined ? m[3].split(',').map((n) => n.trim().split(/\s+/)[0]) : [m[1], ...m[2].split(',').map((n) => `${m[1]}${m[1].endsWith('.') ? '' : '.'}${n.trim().split(/\s+/)[0]}`)];
    for (const name of names) {
      const file = name && resolveModule(fromFile, name, known);
      if (file && file !== fromFile) out.add(file);
    }
  }
  return out;
}

/** The file and the name inside it that an imported callable means: `pkg.jobs.Worker.run` → (pkg/jobs.py, `Worker.run`). */
export function resolveTarget(fromFile: string, target: string, known: KnownFiles): { file: string; name: string } | undefined {
  const dots = /^\.*/.exec(target)![0];
  const parts = target.slice(dots.length).split('.');
  // The name is the last segment, or the last two (`Class.method`, `object.method`).
  for (let k = 1; k <= Math.min(2, parts.length); k++) {
    const moduleName = dots + parts.slice(0, parts.length - k).join('.');
    if (moduleName === '') continue;
    const file = resolveModule(fromFile, moduleName, known);
    if (file && file !== fromFile) return { file, name: parts.slice(parts.length - k).join('.') };
  }
  return undefined;
}

/**
 * The incoming thread entries of each file, from every file's hand-offs. Several threads: a start
 * that makes several, or two starts of one thread each (a call made from one thread's code is that
 * thread's, however many such calls there are).
 */
export function incomingEntries(handOffs: ReadonlyMap<string, readonly ThreadHandOff[]>, known: KnownFiles, threadingServers: (file: string) => readonly string[] = () => []): Map<string, IncomingThreadEntry[]> {
  const byTarget = new Map<string, { file: string; name: string; from: string; h: ThreadHandOff }[]>();
  for (const [from, list] of handOffs) {
    for (const h of list) {
      const t = h.inFile !== undefined ? (known.has(h.inFile) && h.inFile !== from ? { file: h.inFile, name: h.target } : undefined) : resolveTarget(from, h.target, known);
      if (!t) continue;
      if (h.ifThreadingServer !== undefined) {
        const server = resolveTarget(from, h.ifThreadingServer, known);
        if (!server || !threadingServers(server.file).includes(server.name)) continue;
      }
      const key = `${t.file}\u0000${t.name}`;
      const seen = byTarget.get(key) ?? [];
      if (!seen.some((s) => s.from === from && s.h.line === h.line)) seen.push({ ...t, from, h });
      byTarget.set(key, seen);
    }
  }
  const out = new Map<string, IncomingThreadEntry[]>();
  for (const starts of byTarget.values()) {
    const several = starts.some((s) => s.h.several) || starts.filter((s) => !s.h.how.startsWith(CALL_FROM)).length >= 2;
    const { file, name } = starts[0];
    const list = out.get(file) ?? [];
    // (One thread however many of its calls reach the code: one entry.)
    for (const s of several ? starts : starts.slice(0, 1)) {
      const where = path.relative(path.dirname(file), s.from).split(path.sep).join('/');
      list.push({ name, how: `${s.h.how} in ${where} at line ${s.h.line}`, several, ...(s.h.shared && { shared: s.h.shared }), ...(s.h.sharedSelf && { sharedSelf: true }), ...(s.h.sharedClasses && { sharedClasses: s.h.sharedClasses }), from: { file: s.from, line: s.h.line } });
    }
    out.set(file, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.name + a.how).localeCompare(b.name + b.how));
  return out;
}

/** A stable text of a file's incoming entries, for caches keyed by what an analysis depends on. */
export function incomingKey(entries: readonly IncomingThreadEntry[] | undefined): string {
  return entries?.length ? entries.map((e) => `${e.name}\u0001${e.how}\u0001${e.several ? 'n' : '1'}\u0001${e.shared?.join(',') ?? ''}\u0001${e.sharedSelf ? 's' : ''}\u0001${e.sharedClasses ? JSON.stringify(e.sharedClasses) : ''}`).join('\u0002') : '';
}
