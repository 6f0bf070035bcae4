/** Computed results: what the engine returns, the panel shows and the CLI prints. */
import type { SchedulerReport } from './scheduler';
import type { CapturedOutput, InterpreterFacts, LoadReport, Mode, RaceRun, RepeatSample, RunWarning, TargetSpec, HarnessError } from './harnessProtocol';

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Median absolute deviation. */
  mad: number;
  q1: number;
  q3: number;
}

export interface ModeStats {
  medianSeconds: number;
  minSeconds: number;
  maxSeconds: number;
  madSeconds: number;
  iqrSeconds: number;
  samplesSeconds: number[];
  /** Median over repeats of (sum of worker CPU) / wall: ~1 under the GIL, ~N in parallel, ~0 while waiting. */
  cpuPerWallMedian: number;
}

export interface SpeedupStats {
  /** serial median / mode median. */
  median: number;
  /** From the worst and best pairing of repeats. */
  low: number;
  high: number;
}

export type VerdictKind =
  | 'gil-serialised' // CPU-bound and threads took turns
  | 'overlapping-waits' // threads overlapped waiting (I/O, sleep)
  | 'parallel' // threads ran truly in parallel (free-threaded, or code releasing the GIL)
  | 'processes-win'
  | 'starved' // processes ran at once but other programs had the CPUs
  | 'overhead-bound' // handing calls to processes cost more than the calls
  | 'too-fast' // too short to measure reliably
  | 'noisy'
  | 'mixed';

export interface Verdict {
  kind: VerdictKind;
  /** One sentence in the lesson's terms. */
  headline: string;
  /** The numbers that led to it. */
  detail: string;
  /** Walkthrough step id that explains it (see walkthrough.ts). */
  step: string;
}

export interface MeasureResult {
  kind: 'measure';
  interpreter: InterpreterFacts;
  target: TargetSpec;
  workers: number;
  repeats: number;
  modes: Partial<Record<Mode, ModeStats>>;
  speedup: { threads?: SpeedupStats; processes?: SpeedupStats };
  samples: RepeatSample[];
  poolStartupSeconds?: number;
  load: LoadReport;
  sharing?: string;
  verdict: Verdict;
  /** When each worker ran, from the OS scheduler (Linux); absent when the run was not sampled. */
  scheduler?: SchedulerReport;
  runQueue?: { mode: Mode; repeat: number; seconds: number; windowSeconds?: number; processes?: number }[];
  warnings?: RunWarning[];
  /** What the function printed, when it printed anything. */
  output?: CapturedOutput;
}

export interface RaceResult {
  kind: 'race';
  interpreter: InterpreterFacts;
  target: TargetSpec;
  global: string;
  state: string;
  workers: number;
  runs: RaceRun[];
  load: LoadReport;
  sharing?: string;
  verdict: Verdict;
  warnings?: RunWarning[];
  /** What the function printed, when it printed anything. */
  output?: CapturedOutput;
}

export type EngineOutcome =
  | { ok: true; result: MeasureResult | RaceResult }
  | { ok: false; error: HarnessError };
