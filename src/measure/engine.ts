/**
 * The measurement engine's API, shared by the extension, the CLI and the tests. It runs the Python
 * harness and turns its raw samples into statistics and a verdict. No `vscode` here.
 */
import type { InterpreterFacts, MeasureRaw, MeasureRequest, RaceRaw, RaceRequest } from '../shared/harnessProtocol';
import type { EngineOutcome, MeasureResult, RaceResult } from '../shared/results';
import type { CapturedOutput } from '../shared/harnessProtocol';
import { runHarness, type RunOptions } from './harness';
import { outputWarning } from './outputCapture';
import { speedup, statsByMode } from './stats';
import { measureVerdict, raceVerdict } from './verdict';
import { watchScheduler } from './scheduler/watch';

export type { RunOptions };

/** The interpreter's facts; throws an Error that says what went wrong (not Python, too old, crashed). */
export async function probeInterpreter(python: string, options: RunOptions = {}): Promise<InterpreterFacts> {
  const answer = await runHarness<InterpreterFacts>(python, { kind: 'probe' }, { timeoutMs: 15000, ...options });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.result;
}

export interface MeasureOptions extends RunOptions {
  /** Sample the OS scheduler during the threaded and processes repeats (default: where /proc allows). */
  scheduler?: boolean;
}

export async function measure(python: string, request: Omit<MeasureRequest, 'kind'>, options: MeasureOptions = {}): Promise<EngineOutcome> {
  const watch = options.scheduler === false ? undefined : watchScheduler(python, options, request.switchIntervalSeconds);
  const answer = await runHarness<MeasureRaw>(python, { kind: 'measure', ...request }, watch?.options ?? options);
  const scheduler = await watch?.report(answer.ok ? answer.result : undefined);
  if (!answer.ok) return { ok: false, error: answer.error };
  const result = withOutput(summarizeMeasure(answer.result), answer.output);
  if (scheduler) result.scheduler = scheduler;
  return { ok: true, result };
}

/** What the race analysis says of the function's writes, when the caller asked it: it shapes the verdict. */
export interface RaceContext {
  /** true: the race analysis flags no write in the function (it found them under a lock, or not shared); false: it flags one. */
  guardedInSource?: boolean;
}

export async function raceCheck(python: string, request: Omit<RaceRequest, 'kind'>, options: RunOptions = {}, context: RaceContext = {}): Promise<EngineOutcome> {
  const answer = await runHarness<RaceRaw>(python, { kind: 'race', ...request }, options);
  return answer.ok ? { ok: true, result: withOutput(summarizeRace(answer.result, context), answer.output) } : { ok: false, error: answer.error };
}

/** What the function printed goes with its result; a flood also gets a warning (it is in the timings). */
export function withOutput<R extends MeasureResult | RaceResult>(result: R, output: CapturedOutput | undefined): R {
  if (!output) return result;
  const flood = outputWarning(output, result.target.function);
  return { ...result, output, warnings: flood ? [...(result.warnings ?? []), { kind: 'output-flood', message: flood }] : result.warnings };
}

export function summarizeMeasure(raw: MeasureRaw): MeasureResult {
  const modes = statsByMode(raw.samples);
  const speedups = { threads: speedup(raw.samples, 'threads'), processes: speedup(raw.samples, 'processes') };
  return {
    ...raw,
    modes,
    speedup: speedups,
    verdict: measureVerdict({ interpreter: raw.interpreter, workers: raw.workers, modes, speedup: speedups, samples: raw.samples, poolStartupSeconds: raw.poolStartupSeconds, runQueue: raw.runQueue }),
  };
}

export function summarizeRace(raw: RaceRaw, context: RaceContext = {}): RaceResult {
  return { ...raw, verdict: raceVerdict(raw.interpreter, raw.state ?? raw.global, raw.runs, context.guardedInSource) };
}
