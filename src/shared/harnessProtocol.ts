/**
 * The contract between the Python harness (src/measure/python/gil_lab_harness.py)
 * and everything in TypeScript that reads it. Versioned JSON lines on the
 * harness's protocol stream; statistics and verdicts are computed on the
 * TypeScript side from the raw samples, so they can be unit-tested.
 */
export const HARNESS_PROTOCOL_VERSION = 1;

export type Mode = 'serial' | 'threads' | 'processes';
export const ALL_MODES: readonly Mode[] = ['serial', 'threads', 'processes'];

/** What the probe (and every result) says about the interpreter that ran. */
export interface InterpreterFacts {
  implementation: string; // "cpython", "pypy", ...
  version: string; // "3.13.5"
  versionInfo: [number, number, number];
  executable: string;
  /** Built with --disable-gil (sysconfig Py_GIL_DISABLED). */
  freeThreaded: boolean;
  /** sys._is_gil_enabled() where it exists, else true. Measured after loading the user's module. */
  gilEnabled: boolean;
  switchIntervalSeconds: number;
  /** os.process_cpu_count() / sched_getaffinity / cpu_count. */
  cpuCount: number;
  startMethod: string; // "fork" | "forkserver" | "spawn"
  platform: string; // sys.platform
}

/** stdin of the harness: one JSON object. */
export type HarnessRequest = ProbeRequest | MeasureRequest | RaceRequest;

export interface ProbeRequest {
  kind: 'probe';
}

export interface TargetSpec {
  file: string; // absolute path to the .py file
  /** A top-level function's name, or "Class.method" for a method of a module-level class. */
  function: string;
  /**
   * A Python expression evaluated in the loaded module giving the call's arguments, e.g. "(10**6,)". Empty: no arguments.
   * Evaluated once per repeat: every thread gets the same objects, each worker process its own copy.
   */
  args?: string;
  /**
   * For "Class.method" called on an instance: a constructor expression evaluated in the loaded module, e.g. "Ledger(100)".
   * Empty: "Class()". Made once per repeat and shared by the threads; each worker process gets its own pickled copy.
   */
  instance?: string;
}

export interface MeasureRequest extends TargetSpec {
  kind: 'measure';
  modes: Mode[];
  workers: number; // N calls per repeat in every mode
  repeats: number;
  warmup: number;
  /** sys.setswitchinterval for the run; absent: the interpreter's default (5 ms). */
  switchIntervalSeconds?: number;
}

export interface RaceRequest extends TargetSpec {
  kind: 'race';
  /** The counted state: `self.ATTR`, `Class.ATTR`, `cls.ATTR`, `NAME`, `NAME[INDEX]` or `NAME.ATTR` (see parse_state). */
  state?: string;
  /** Older name of `state`, for a module-level name. */
  global?: string;
  workers: number;
  runs: number;
}

/** What loading the module skipped so only the function's needs ran. */
export interface LoadReport {
  skipped: { line: number; text: string; reason: string }[];
  /** Names the function reads that were assigned only in skipped statements. */
  missingNames: string[];
}

export interface WorkerSpan {
  worker: number;
  /** Offsets from the repeat's start. */
  startSeconds: number;
  endSeconds: number;
  /** Thread (or worker process) CPU time spent on this call. */
  cpuSeconds: number;
  /** Who ran the call: the process and its OS thread id (threading.get_native_id()), for the scheduler timeline. */
  pid?: number;
  nativeThreadId?: number | null;
  /** time.perf_counter() at the repeat's start, which the offsets count from (CLOCK_MONOTONIC on Linux). */
  repeatClockSeconds?: number;
}

export interface RepeatSample {
  mode: Mode;
  repeat: number; // 0-based; warmups are not reported
  wallSeconds: number;
  /** Process CPU time over the repeat (for processes: sum of the workers' call CPU). */
  cpuSeconds: number;
  workers: WorkerSpan[];
}

/** Something the user's code did that did not stop the run but bears on it (what was left running, changed settings, floods). */
export interface RunWarning {
  kind: 'leftover-threads' | 'leftover-processes' | 'stuck-workers' | 'changed-cwd' | 'changed-switch-interval' | 'output-flood' | 'slow-exit';
  message: string;
}

/** What the user's code printed during a run (captured apart from the protocol). */
export interface CapturedOutput {
  bytes: number;
  lines: number;
  /** The first lines (all of it when short). */
  head: string;
  /** The last lines; '' when `head` holds everything. */
  tail: string;
  /** How much of it was passed on live (the rest only counted). */
  shownLiveBytes: number;
}

export interface MeasureRaw {
  kind: 'measure';
  interpreter: InterpreterFacts;
  target: TargetSpec;
  workers: number;
  repeats: number;
  samples: RepeatSample[];
  /** Time to start the process pool, measured apart from the work. */
  poolStartupSeconds?: number;
  load: LoadReport;
  /** What the threads share and the processes copy, when the call has an instance or arguments. */
  sharing?: string;
  /** What the function left or changed (named, and stopped or undone). */
  warnings?: RunWarning[];
  /**
   * Per measured serial and processes repeat: seconds the calls were ready to run but waited for a CPU
   * that other programs had (Linux schedstat; absent elsewhere).
   */
  runQueue?: { mode: Mode; repeat: number; seconds: number; windowSeconds?: number; processes?: number }[];
}

export interface RaceRun {
  mode: 'serial' | 'threads';
  expected: number;
  observed: number;
  lost: number;
}

export interface RaceRaw {
  kind: 'race';
  interpreter: InterpreterFacts;
  target: TargetSpec;
  /** The counted state as given (kept under this name for scripts that read it). */
  global: string;
  /** What was counted, e.g. "self.balance", "BOX[0]". */
  state: string;
  workers: number;
  runs: RaceRun[];
  load: LoadReport;
  sharing?: string;
  warnings?: RunWarning[];
}

export type HarnessErrorCode =
  | 'bad-request'
  | 'interpreter-too-old'
  | 'file-not-found'
  | 'syntax-error'
  | 'import-error'
  | 'function-not-found'
  | 'needs-arguments'
  | 'bad-arguments'
  | 'not-picklable'
  | 'user-exception'
  | 'not-a-number' // race check: the counted state is not an int/float
  | 'needs-instance' // Class.method on an instance, and Class() needs arguments
  | 'bad-instance' // the instance expression failed or made something else
  | 'bad-state' // race check: the state expression names nothing countable
  | 'process-died'
  | 'timeout'
  | 'cancelled';

export interface HarnessError {
  code: HarnessErrorCode;
  message: string; // one line, what happened
  hint?: string; // what to do about it
  location?: { file: string; line: number };
  traceback?: string;
  warnings?: RunWarning[];
  output?: CapturedOutput;
}

/** One line of the protocol stream. */
export type HarnessEvent =
  | { v: 1; type: 'hello'; interpreter: InterpreterFacts }
  | { v: 1; type: 'progress'; phase: 'load' | 'warmup' | 'measure' | 'race'; mode?: Mode; repeat?: number; of?: number; message?: string }
  | { v: 1; type: 'sample'; sample: RepeatSample }
  | { v: 1; type: 'result'; result: InterpreterFacts | MeasureRaw | RaceRaw }
  | { v: 1; type: 'error'; error: HarnessError };
