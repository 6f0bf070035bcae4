/**
 * The scheduler timeline: when each worker thread (or process) was running, as the operating system
 * saw it from outside the interpreter. Shared by the engine, the CLI, the panel and the webview.
 */
import type { Mode } from './harnessProtocol';

/** The switch-interval experiment runs the same function with these (seconds): short turns, then long ones. */
export const SWITCH_INTERVAL_EXPERIMENT = [0.001, 0.05] as const;

/** Consecutive samples of one thread with the same state: [first seen, last seen, state letter, syscall number or null]. */
export type TaskRun = [first: number, last: number, state: string, syscall: number | null];

/** What the sampler process saw of one thread (times: CLOCK_MONOTONIC seconds). */
export interface TaskTrace {
  pid: number;
  tid: number;
  runs: TaskRun[];
  /** [time, run time in ns] from schedstat: the first reading, at each state change, the last. */
  runNs: [number, number][];
  /**
   * [previous sample, this sample, ns waited for a CPU, times put on a CPU] whenever the thread was put
   * on a CPU between two samples: state R means running or ready to run, and on a busy machine the
   * difference is this wait.
   */
  queued?: [before: number, after: number, delayNs: number, arrivals: number][];
}

/** One sampling window of the sampler (one measured repeat). */
export interface SamplerTrace {
  pid: number;
  startSeconds: number;
  endSeconds: number;
  samples: number;
  intervalSeconds: number;
  /** CPU the sampler itself used over the window. */
  samplerCpuSeconds: number;
  tasks: TaskTrace[];
}

/** Seconds from the repeat's start, like the harness's spans. */
export type Interval = [start: number, end: number];

export interface SchedulerLane {
  worker: number;
  pid: number;
  tid: number;
  /** When the thread ran or was ready to run (state R). */
  slices: Interval[];
  /** When it waited in a futex (a lock: the GIL or another) and in anything else (sleep, I/O). */
  lockWaits: Interval[];
  otherWaits: Interval[];
  /** When it was ready to run but every CPU was busy (the machine's other work, or too many threads). */
  readyWaits: Interval[];
  /** Run time the kernel counted over the call (schedstat), when it was read. */
  runSeconds?: number;
}

/** The derived numbers, per repeat and (as medians over repeats) per mode. */
export interface SchedulerNumbers {
  /** Times per second the running thread changed: one stopped and another started within two samples. */
  handoversPerSecond: number;
  /** Median length of a run slice that neither started nor ended with the call; null when there were none. */
  medianSliceSeconds: number | null;
  slices: number;
  /** Of the time any worker was on a CPU, the share during which two or more were (0..1). */
  overlapShare: number;
  /** Summed over workers, inside their calls. */
  lockWaitSeconds: number;
  otherWaitSeconds: number;
  /** Ready to run, waiting for a free CPU. */
  readyWaitSeconds: number;
  /** Whether the OS said which wait was which (the syscall file was readable and the architecture known). */
  waitsClassified: boolean;
}

export interface RepeatTimeline {
  mode: Mode;
  repeat: number;
  wallSeconds: number;
  /** The part of the repeat the sampler covered (seconds from the repeat's start). */
  sampled: Interval;
  intervalSeconds: number;
  samples: number;
  samplerCpuSeconds: number;
  lanes: SchedulerLane[];
  numbers: SchedulerNumbers;
}

export type SchedulerReport =
  | {
      available: true;
      switchIntervalSeconds: number;
      repeats: RepeatTimeline[];
      /** Medians over the repeats of each mode. */
      summary: Partial<Record<Mode, SchedulerNumbers>>;
    }
  | { available: false; reason: string };
