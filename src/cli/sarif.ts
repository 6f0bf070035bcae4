/**
 * `gil-lab check --format sarif`: the findings as a SARIF 2.1.0 log, the format code-scanning tools
 * (GitHub code scanning, Azure DevOps, the SARIF viewers) read. No `vscode` import.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CODES, type FindingCode } from '../shared/analysis';
import type { JsonFinding } from './check';


export interface SarifInput {
  findings: JsonFinding[];
  /** Files that were not analysed, and why (e.g. too large). */
  skipped: { file: string; why: string }[];
  /** Paths inside this folder are written relative to it (the SRCROOT base), as code scanning expects. */
  root: string;
  toolVersion: string;
  informationUri?: string;
}

/** What each rule means, for the viewers' rule pane. A code without an entry still gets a rule. */
const RULE_TEXT: Partial<Record<FindingCode, { name: string; short: string; full: string; fix: string }>> = {
  GIL001: {
    name: 'UnlockedSharedWrite',
    short: 'Shared state written from threads without a lock.',
    full: 'A module-level name, an attribute or a container item is changed by code that runs in several threads, and no lock is held around the change. A read-modify-write such as `counter += 1` can lose updates, with or without the GIL.',
    fix: 'Create one threading.Lock for the state and hold it (`with lock:`) around the whole read-modify-write.',
  },
  GIL002: {
    name: 'LockCreatedInline',
    short: 'A lock created in the `with` statement protects nothing.',
    full: '`with threading.Lock():` makes a new lock each time it runs, so no two threads ever wait for the same one.',
    fix: 'Create the lock once (at module level or in __init__) and use that one in the `with` statement.',
  },
  GIL003: {
    name: 'SemaphoreNotMutex',
    short: 'A Semaphore that lets several threads in is used as if it excluded them.',
    full: 'A Semaphore(n) with n > 1 limits how many threads are inside at once; it does not exclude them from each other, so the code it guards is not a critical section.',
    fix: 'Use a threading.Lock around the shared state; keep the Semaphore only to limit concurrency.',
  },
  GIL004: {
    name: 'CheckThenAct',
    short: 'A test of shared state and the write that acts on it, with no lock over both.',
    full: 'Code that runs in several threads tests shared state (`if key not in cache`, `if self.conn is None`) and then writes it. Two threads can both pass the test before either writes: work is done twice, or one thread overwrites what the other made. Also a Condition waited on under an `if` where several threads wait: when the wait returns, another thread may have taken what the notify announced.',
    fix: 'Hold one lock over the test and the write, or use a single step that does both (`dict.setdefault`).',
  },
  GIL005: {
    name: 'LockLeftTaken',
    short: 'A lock taken with acquire() can be left taken.',
    full: 'A `return`, `raise`, `break` or `continue` between `lock.acquire()` and its `release()` leaves with the lock held, or nothing releases it at all: every thread that asks for it afterwards waits forever.',
    fix: 'Hold the lock with `with lock:`, which lets it go however the block ends, or release it in a `finally:`.',
  },
  GIL006: {
    name: 'StartedBeforeSet',
    short: 'Thread start, stop and join out of order: state used before it is set, or read before the threads are done.',
    full: 'Code around a thread\'s start does things in an order that only works if the new thread runs at once, or never runs early: `__init__` starts a thread on a method, then sets an attribute that method reads (AttributeError); the thread raises its own run flag while `stop()` lowers it (a stop made before the thread\'s first line is undone); the starter tests a status flag right after `start()` that the thread sets as its first act; or the starter reads what the threads change right after starting them, with no `join()` in between (a value partway through, not their result).',
    fix: 'Set what the thread needs, and its run flag, before `start()`; read the threads\' results only after `join()` on each.',
  },
  GIL007: {
    name: 'ReadsLoopVariable',
    short: 'A thread started in a loop reads a variable that the loop rebinds for the next thread.',
    full: 'A thread started in a loop runs a lambda, an inner function or a function that reads a variable the loop rebinds on every round (`for url in urls: Thread(target=lambda: fetch(url))`, or a global the accept loop rebinds). The thread reads the variable when it runs, not when it is started: by then the loop may have moved on, and threads see the same value or a later one. With the GIL a thread that reads it at once usually runs first, so the bug hides; a thread that waits first, or free-threaded Python, shows it.',
    fix: 'Hand each thread its own value when starting it: `args=(url,)`, `functools.partial(fetch, url)` or `lambda url=url: fetch(url)`.',
  },
  GIL008: {
    name: 'TargetCalledAtOnce',
    short: 'A thread, Timer or pool task is handed the result of a call, not the function.',
    full: 'The parentheses in `Thread(target=work(i))`, `Timer(5, tick())` or `pool.submit(save(path))` call the function at once, on the thread that runs the line, and hand on what it returns. The function returns nothing, so the Thread runs nothing, the Timer fails with TypeError when it fires, and the pool\'s future holds TypeError: the work runs one call after another on the calling thread, never on a new one.',
    fix: 'Hand over the function and its arguments beside it: `Thread(target=work, args=(i,))`, `Timer(5, tick)`, `pool.submit(save, path)`.',
  },
  GIL009: {
    name: 'LocksInOppositeOrders',
    short: 'Two locks are taken in opposite orders by code that runs in threads: a deadlock.',
    full: 'One piece of thread code holds lock `a` and waits for lock `b`, another holds `b` and waits for `a` (or code several threads run holds one item of a list of locks and waits for the next, as the dining philosophers do). A thread on each side can take its first lock and wait for ever for the other\'s. The GIL does not prevent it: a thread that waits for a lock lets the GIL go.',
    fix: 'Take the locks in one order everywhere (for a list of locks, the lower index first), take both under one lock, or back off with `acquire(timeout=…)` and try again.',
  },
};

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

function ruleFor(code: string): Sarif.ReportingDescriptor {
  const text = RULE_TEXT[code as FindingCode];
  return {
    id: code,
    ...(text ? { name: text.name, shortDescription: { text: text.short }, fullDescription: { text: text.full }, help: { text: `${text.full} ${text.fix}` } } : { shortDescription: { text: `GIL Lab race diagnostic ${code}.` } }),
    defaultConfiguration: { level: 'warning' },
  };
}

/** A file's location: relative to SRCROOT when it lies inside `root`, otherwise an absolute file URI. */
function artifactLocation(file: string, root: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(file);
  const relative = path.relative(root, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToFileURL(absolute).href };
}

export function toSarif(input: SarifInput): Sarif.Log {
  const codes = [...new Set<string>([...Object.values(CODES), ...input.findings.map((f) => f.code)])].sort();
  const rules = codes.map(ruleFor);
  const results: Sarif.Result[] = input.findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: 'warning',
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file, input.root),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
  }));
  const notifications: Sarif.Notification[] = input.skipped.map((s) => ({
    level: 'warning',
    message: { text: `Skipped ${s.file}: ${s.why}.` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file, input.root) } }],
  }));
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA_URI,
    runs: [
      {
        tool: {
          driver: {
            name: 'GIL Lab',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            ...(input.informationUri ? { informationUri: input.informationUri } : {}),
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(path.resolve(input.root) + path.sep).href } },
        // The analysis counts columns in UTF-16 code units, as LSP does.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
