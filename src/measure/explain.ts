/**
 * Why processes (or threads) fell short of N× faster, from what was measured: the CPU each call got
 * while it ran against what one call got alone, the time spent handing calls to the workers and their
 * results back against the length of one call, and the pool's start-up. Pure.
 */
import type { InterpreterFacts, Mode, RepeatSample } from '../shared/harnessProtocol';
import type { ModeStats, SpeedupStats } from '../shared/results';
import { quantile } from './stats';

/** A speedup at least this share of the CPUs available counts as "ran in parallel as it should". */
export const NEAR_IDEAL = 0.8;
/** A call that got less than this share of the CPU it got alone was starved by other work. */
export const STARVED_SHARE = 0.8;
/** A median call at most this much longer than alone was not slowed by the others. */
export const AS_FAST_AS_ALONE = 1.15;

const median = (values: number[]): number => quantile([...values].sort((a, b) => a - b), 0.5);
const secs = (s: number): string => (s >= 0.9995 ? `${s.toFixed(2)} s` : `${(s * 1000).toFixed(s >= 0.09995 ? 0 : 1)} ms`);
const x = (v: number): string => `×${v.toFixed(2)}`;
const allow = (n: number): string => (n === 1 ? '1 CPU allows' : `${n} CPUs allow`);

export interface Shortfall {
  kind: 'near-ideal' | 'starved' | 'overhead-bound' | 'slower-calls';
  /** min(workers, usable CPUs): the speedup the machine allows at best. */
  ideal: number;
  /** CPU per wall second of each call while it ran, in this mode (median) and alone (serial). */
  shareTogether: number;
  shareAlone: number;
  /** Median per repeat of wall time minus what the calls needed on the usable CPUs. */
  handoffSeconds: number;
  /** One call's length alone (the serial median over the number of calls). */
  callSeconds: number;
  /** Median length of one call in this mode. */
  callTogetherSeconds: number;
  sentence: string;
}

/** CPU per second of each call while it ran: ~1 computing alone on a free CPU, less when others took it. */
function spanShares(samples: readonly RepeatSample[]): number[] {
  return samples.flatMap((s) => s.workers.filter((w) => w.endSeconds > w.startSeconds).map((w) => w.cpuSeconds / (w.endSeconds - w.startSeconds)));
}

export function shortfall(
  mode: Mode,
  samples: readonly RepeatSample[],
  serial: ModeStats,
  stats: ModeStats,
  sp: SpeedupStats,
  workers: number,
  interpreter: InterpreterFacts,
  poolStartupSeconds?: number,
): Shortfall {
  const mine = samples.filter((s) => s.mode === mode);
  const alone = samples.filter((s) => s.mode === 'serial');
  const ideal = Math.max(1, Math.min(workers, interpreter.cpuCount));
  const shareTogether = median(spanShares(mine));
  // One call alone: the serial run's CPU per wall second, the figure the verdict's detail line shows.
  const shareAlone = alone.length ? serial.cpuPerWallMedian : 0;
  // What the calls needed on `ideal` CPUs (the longest call, or all of them shared out): the rest of
  // the wall time went to handing calls out and results back.
  const needed = (s: RepeatSample) => {
    const spans = s.workers.map((w) => w.endSeconds - w.startSeconds);
    return Math.max(0, ...spans, spans.reduce((a, b) => a + b, 0) / ideal);
  };
  const handoffSeconds = median(mine.map((s) => Math.max(0, s.wallSeconds - needed(s))));
  const callSeconds = serial.medianSeconds / workers;
  const callTogetherSeconds = median(mine.flatMap((s) => s.workers.map((w) => w.endSeconds - w.startSeconds)));
  const longestCallSeconds = median(mine.map((s) => Math.max(0, ...s.workers.map((w) => w.endSeconds - w.startSeconds))));
  const base = { ideal, shareTogether, shareAlone, handoffSeconds, callSeconds, callTogetherSeconds };
  const what = mode === 'processes' ? `${workers} processes` : `${workers} threads`;
  const head = `${what} took ${secs(stats.medianSeconds)} (${x(sp.median)})`;
  const startup = mode === 'processes' && poolStartupSeconds !== undefined ? ` Starting the pool took ${secs(poolStartupSeconds)} more, not counted here.` : '';

  if (sp.median >= NEAR_IDEAL * ideal) {
    const own = mode === 'processes' ? (interpreter.freeThreaded ? ': each process has its own interpreter' : ': each process has its own interpreter and its own GIL') : '';
    return { ...base, kind: 'near-ideal', sentence: `${head}, close to the ×${ideal} that ${allow(ideal)}${own}.` };
  }
  const lost = Math.max(0, stats.medianSeconds - serial.medianSeconds / ideal);
  // Hand-off first: it is the harness's and the pool's own cost, and it does not depend on the machine's load.
  // Overhead-bound: the hand-off is comparable to a call and accounts for much of what was lost, or
  // the calls themselves ran as fast as alone (so what was lost went between them: a few calls that
  // waited for a CPU on a busy machine stretch the spans, not the work).
  const callsAsFastAsAlone = callTogetherSeconds <= AS_FAST_AS_ALONE * callSeconds;
  if (handoffSeconds > 0 && handoffSeconds >= 0.5 * callSeconds && (handoffSeconds >= 0.5 * lost || callsAsFastAsAlone)) {
    const hand = mode === 'processes' ? 'sending each call to a worker process and its result back' : 'starting the threads and collecting them';
    return {
      ...base,
      kind: 'overhead-bound',
      sentence: `${head}, short of the ×${ideal} that ${allow(ideal)}: one call takes only ${secs(callSeconds)}, and ${hand} took ${secs(handoffSeconds)} of each run. The work is too short for ${mode} to pay off; give each call more work.${startup}`,
    };
  }
  // More calls than CPUs share them by design: each then expects cpus/calls of what it got alone.
  const expected = shareAlone * Math.min(1, interpreter.cpuCount / Math.max(1, mine[0]?.workers.length ?? workers));
  if (shareAlone > 0 && shareTogether < STARVED_SHARE * expected) {
    const together = shareTogether * Math.min(workers, mine[0]?.workers.length ?? workers);
    return {
      ...base,
      kind: 'starved',
      sentence: `${head}, short of the ×${ideal} that ${allow(ideal)}, because the CPUs were not free: while they ran, each call got ${shareTogether.toFixed(2)} s of CPU per second against ${shareAlone.toFixed(2)} s alone, about ${together.toFixed(1)} CPUs between them. Other programs on this machine had the rest; run again when it is quieter.`,
    };
  }
  const calls = mine[0]?.workers.length ?? workers;
  const hadItsCpu = shareTogether >= STARVED_SHARE * shareAlone;
  const why = callsAsFastAsAlone
    ? `most calls took ${secs(callTogetherSeconds)} as they did alone (${secs(callSeconds)}), but some waited for a free CPU while they ran (the longest took ${secs(longestCallSeconds)}), and ${mode === 'processes' ? 'sending the calls to the worker processes and the results back' : 'starting the threads and collecting them'} took ${secs(handoffSeconds)} of each run`
    : hadItsCpu
    ? `each call had its CPU (${shareTogether.toFixed(2)} s per second) but took ${secs(callTogetherSeconds)} against ${secs(callSeconds)} alone, so the calls slowed each other down (shared memory bandwidth or caches, or a CPU shared with its twin hyper-thread)`
    : `${calls} calls shared ${interpreter.cpuCount} CPUs: while they ran, each got ${shareTogether.toFixed(2)} s of CPU per second against ${shareAlone.toFixed(2)} s alone and took ${secs(callTogetherSeconds)} against ${secs(callSeconds)}`;
  return { ...base, kind: 'slower-calls', sentence: `${head}, short of the ×${ideal} that ${allow(ideal)}: ${why}.${startup}` };
}

/**
 * Under the GIL, threads slower than one after another: the hand-overs cost time too. Measured as
 * the CPU the threads used against the CPU the same calls used one after another.
 */
export function handOverSentence(serial: ModeStats, threads: ModeStats, speedupMedian: number, interpreter: InterpreterFacts): string {
  if (!interpreter.gilEnabled || speedupMedian >= 0.9) return '';
  const cpuThreads = threads.cpuPerWallMedian * threads.medianSeconds;
  const cpuSerial = serial.cpuPerWallMedian * serial.medianSeconds;
  const cpu = cpuThreads > 1.1 * cpuSerial ? ` (the threads used ${secs(cpuThreads)} of CPU for calls that used ${secs(cpuSerial)} one after another)` : '';
  return ` They were even slower than one after another: handing the GIL from thread to thread, which a waiting thread asks for every ${(interpreter.switchIntervalSeconds * 1000).toFixed(0)} ms, costs time too${cpu}.`;
}
