/**
 * What the numbers mean, decided from the measurements alone (never from guesses about the code).
 * Pure: tested in plain mocha with recorded samples.
 */
import type { InterpreterFacts, Mode, RaceRun, RepeatSample } from '../shared/harnessProtocol';
import type { ModeStats, SpeedupStats, Verdict } from '../shared/results';
import { STEPS } from '../shared/walkthrough';
import { cpusAtOnce } from './stats';
import { handOverSentence, shortfall, type Shortfall } from './explain';

/** Below this per-repeat time, timer resolution and scheduling noise swamp the signal. */
export const TOO_FAST_SECONDS = 0.005;
/** A speedup at least this large is "faster"; below it, threads did not help. */
export const FASTER = 1.3;
/** Summed worker CPU per wall second above this means more than one CPU worked at once. */
export const PARALLEL_CPU = 1.3;
/** Below this, the workers mostly waited rather than computed. */
export const WAITING_CPU = 0.6;

/** The unit is chosen after rounding, so 0.9996 s reads "1.00 s" (not "1000 ms") and 0.09996 s "100 ms" (not "100.0 ms"). */
export const seconds = (s: number): string => (s >= 0.9995 ? `${s.toFixed(2)} s` : `${(s * 1000).toFixed(s >= 0.09995 ? 0 : 1)} ms`);
export const times = (x: number): string => `×${x.toFixed(2)}`;
/** Counts with thousands separators, as the panel's table shows them: 3,061,599 of 10,000,000. */
export const count = (n: number): string => n.toLocaleString('en-US');

export interface VerdictInput {
  interpreter: InterpreterFacts;
  workers: number;
  modes: { serial?: ModeStats; threads?: ModeStats; processes?: ModeStats };
  speedup: { threads?: SpeedupStats; processes?: SpeedupStats };
  /** The raw repeats: with them the verdict says why processes fell short (CPU each call got, hand-off cost). */
  samples?: readonly RepeatSample[];
  poolStartupSeconds?: number;
  /** Seconds per measured repeat the calls waited for a CPU other programs had (Linux). */
  runQueue?: readonly { mode: Mode; repeat: number; seconds: number; windowSeconds?: number }[];
}

/** Median share of the wall time the calls of `mode` waited for a CPU, or undefined where not measured. */
export function waitedForCpu(input: VerdictInput, mode: Mode): number | undefined {
  const shares: number[] = [];
  for (const s of input.samples ?? []) {
    const q = s.mode === mode && s.wallSeconds > 0 ? input.runQueue?.find((r) => r.mode === mode && r.repeat === s.repeat) : undefined;
    // Over the window the counters were read across (a little longer than the repeat), else the wall time.
    if (q) shares.push(q.seconds / Math.max(s.wallSeconds, q.windowSeconds ?? 0));
  }
  shares.sort((a, b) => a - b);
  return shares.length ? shares[Math.floor((shares.length - 1) / 2)] : undefined;
}

export function measureVerdict(input: VerdictInput): Verdict {
  const verdict = threadsVerdict(input);
  const { kind } = verdict;
  // A processes run that fell short for a measured reason names the verdict, unless threads told the bigger story.
  const short = processesShortfall(input);
  if (short && (short.kind === 'starved' || short.kind === 'overhead-bound') && !['parallel', 'overlapping-waits', 'too-fast'].includes(kind)) {
    return { ...verdict, kind: short.kind, step: STEPS.practiceProcesses };
  }
  // Without the GIL, threads short of N× for want of free CPUs are starved too.
  if (threadsShortfall(input)?.kind === 'starved' && (kind === 'gil-serialised' || kind === 'mixed')) return { ...verdict, kind: 'starved' };
  return verdict;
}

function threadsShortfall({ interpreter, workers, modes, speedup, samples }: VerdictInput): Shortfall | undefined {
  if (interpreter.gilEnabled || !samples || !modes.serial || !modes.threads || !speedup.threads) return undefined;
  return shortfall('threads', samples, modes.serial, modes.threads, speedup.threads, workers, interpreter);
}

/** "while they ran, each thread got 0.50 s of CPU per second against 1.00 s alone, so other programs … had the rest" */
const starvedClause = (s: Shortfall, who: string): string =>
  `while they ran, each ${who} got ${s.shareTogether.toFixed(2)} s of CPU per second against ${s.shareAlone.toFixed(2)} s alone, so other programs on this machine had the rest`;

function processesShortfall({ interpreter, workers, modes, speedup, samples, poolStartupSeconds }: VerdictInput): Shortfall | undefined {
  if (!samples || !modes.serial || !modes.processes || !speedup.processes) return undefined;
  return shortfall('processes', samples, modes.serial, modes.processes, speedup.processes, workers, interpreter, poolStartupSeconds);
}

function threadsVerdict(input: VerdictInput): Verdict {
  const { interpreter, workers, modes, speedup } = input;
  const { serial, threads, processes } = modes;
  if (!serial) return { kind: 'mixed', headline: 'There is no serial run to compare with.', detail: '', step: STEPS.cpuBound };
  if (serial.medianSeconds < TOO_FAST_SECONDS) {
    return {
      kind: 'too-fast',
      headline: `Too fast to measure reliably: ${workers} calls took ${seconds(serial.medianSeconds)} in all. Give the function more work (a bigger loop or an argument) and run again.`,
      detail: `Serial median ${seconds(serial.medianSeconds)}; timings this short are dominated by thread start-up and scheduling noise.`,
      step: STEPS.cpuBound,
    };
  }
  const short = processesShortfall(input);
  const procLine = short
    ? ` ${short.sentence}`
    : processes && speedup.processes
      ? ` ${workers} processes took ${seconds(processes.medianSeconds)} (${times(speedup.processes.median)})${speedup.processes.median >= FASTER ? `: each process has its own interpreter${interpreter.freeThreaded ? '' : ' and its own GIL'}` : ''}.`
      : '';
  const noisy = serial.iqrSeconds / serial.medianSeconds > 0.25 ? ' The repeats varied a lot (other work on this machine?), so treat small differences as noise.' : '';
  if (!threads || !speedup.threads) {
    const won = !!speedup.processes && speedup.processes.median >= FASTER;
    return { kind: won ? 'processes-win' : 'mixed', headline: procLine.trim() || 'Only the serial run was measured.', detail: noisy.trim(), step: STEPS.practiceProcesses };
  }
  const t = speedup.threads.median;
  const cpu = threads.cpuPerWallMedian;
  // How much CPU one call got while running alone: ~1 on a quiet machine, less when other work competes
  // or the function waits. Threads' CPU per wall divided by it counts the CPUs they used at once (~1
  // taking turns, ~N in parallel), and stays true on a loaded machine where the raw figures shrink.
  const busy = serial.cpuPerWallMedian;
  const atOnce = cpusAtOnce(modes, 'threads');
  // Measured where the system says it (Linux): how long the serial calls were ready to run but waited
  // for a CPU that other programs had. CPU time plus that wait near the wall time means the function
  // computes and the machine was busy, not that the function waits.
  const queued = waitedForCpu(input, 'serial');
  const waitedLine = queued !== undefined && queued >= 0.1 ? ` It waited ${queued.toFixed(2)} s of every second for a CPU that other programs had.` : '';
  const detail = `Serial ${seconds(serial.medianSeconds)}, ${workers} threads ${seconds(threads.medianSeconds)} (${times(t)}, range ${times(speedup.threads.low)}–${times(speedup.threads.high)}); one call alone got ${busy.toFixed(2)} s of CPU per second, the threads together ${cpu.toFixed(2)} s (${atOnce.toFixed(1)} CPUs at once).${waitedLine}${noisy}`;
  const computes = busy >= WAITING_CPU || (queued !== undefined && busy + queued >= 0.8);
  const threadShort = threadsShortfall(input);
  const threadsStarved = threadShort?.kind === 'starved' ? threadShort : undefined;

  // Counting CPUs at once against one call alone needs a call that got its CPU: a serial run that waited
  // for one (queued) would make any threads look parallel.
  if (t >= FASTER && (cpu >= PARALLEL_CPU || (busy >= WAITING_CPU && atOnce >= PARALLEL_CPU))) {
    const why = interpreter.gilEnabled
      ? 'the function spends its time in code that releases the GIL (C code or I/O), so threads really ran at once.'
      : `this ${interpreter.freeThreaded ? 'free-threaded build' : 'interpreter'} runs without the GIL, so the threads ran Python code on ${Math.min(workers, interpreter.cpuCount)} CPUs at once.`;
    const short = threadsStarved ? ` They fell short of the ×${threadsStarved.ideal} that ${threadsStarved.ideal} CPUs allow because the CPUs were not free: ${starvedClause(threadsStarved, 'thread')}.` : '';
    return { kind: 'parallel', headline: `Threads ran in parallel: ${workers} threads took ${seconds(threads.medianSeconds)} against ${seconds(serial.medianSeconds)} one after another (${times(t)}), because ${why}${short}${procLine}`, detail, step: STEPS.practiceProcesses };
  }
  if (t >= FASTER && !computes && cpu < WAITING_CPU) {
    return {
      kind: 'overlapping-waits',
      headline: `Threads overlapped their waits: ${workers} threads took ${seconds(threads.medianSeconds)} against ${seconds(serial.medianSeconds)} one after another (${times(t)}) while using little CPU. A waiting thread releases the GIL, so the others get on.${procLine}`,
      detail,
      step: STEPS.ioBound,
    };
  }
  // Taking turns cannot make CPU-bound work faster: a speedup whose repeats do not all show it is noise.
  if (computes && atOnce < PARALLEL_CPU && (t < FASTER || speedup.threads.low < FASTER)) {
    const why = interpreter.gilEnabled
      ? 'only one thread at a time can hold the GIL and run Python code.'
      : threadsStarved
        ? `the CPUs were not free: ${starvedClause(threadsStarved, 'thread')}. Run again when the machine is quieter.`
        : 'even without the GIL they kept waiting on each other (a shared lock or object?), or there was only one free CPU.';
    const cpus = interpreter.cpuCount < 2 ? ' This process may use only one CPU, so nothing could run in parallel.' : '';
    const headline =
      t < FASTER
        ? `Threads did not make this CPU-bound function faster: ${workers} threads took ${seconds(threads.medianSeconds)} against ${seconds(serial.medianSeconds)} one after another (${times(t)}), because ${why}${handOverSentence(serial, threads, t, interpreter)}`
        : `Threads took turns: together they never used more CPU at once than one call alone, because ${why} The ${times(t)} between ${seconds(threads.medianSeconds)} threaded and ${seconds(serial.medianSeconds)} serial is noise from other work on this machine, not parallelism.`;
    return {
      kind: processes && speedup.processes && speedup.processes.median >= FASTER ? 'processes-win' : 'gil-serialised',
      headline: `${headline}${procLine}${cpus}`,
      detail,
      step: interpreter.gilEnabled ? STEPS.pitfallCpuThreads : STEPS.practiceProcesses,
    };
  }
  if (computes && t < FASTER) {
    return {
      kind: 'mixed',
      headline: `The threads ran at once (${atOnce.toFixed(1)} CPUs busy) but finished ${t < 1.1 ? 'no sooner' : 'only a little sooner'} (${times(t)})${
        threadsStarved ? ` because the CPUs were not free: ${starvedClause(threadsStarved, 'thread')}` : ": they got in each other's way, for example on a shared object or lock, or other work on this machine took the CPUs"
      }.${procLine}`,
      detail,
      step: interpreter.gilEnabled ? STEPS.cpuBound : STEPS.practiceProcesses,
    };
  }
  // CPU time alone cannot tell a wait from a CPU that other programs took; say both when that is possible.
  const waitedMuch = queued !== undefined && queued >= 0.25;
  if (waitedMuch || (!computes && short?.kind === 'starved')) {
    // Measured (the run queue), or shown by the processes (calls together got less CPU than one alone): the CPUs were taken.
    const waited = waitedMuch ? ` and waited ${queued!.toFixed(2)} s of every second for one` : '';
    return {
      kind: 'mixed',
      headline: `Threads changed the time by ${times(t)} (${seconds(threads.medianSeconds)} against ${seconds(serial.medianSeconds)} serially), but one call alone got only ${busy.toFixed(2)} s of CPU per second${waited}: other programs were taking the CPUs, so these numbers say little about threads.${procLine}`,
      detail,
      step: STEPS.cpuBound,
    };
  }
  const starved = !computes && noisy ? ' (or other programs on this machine kept taking the CPU: run again when it is quiet)' : '';
  return {
    kind: 'mixed',
    headline: `Threads changed the time by ${times(t)} (${seconds(threads.medianSeconds)} against ${seconds(serial.medianSeconds)} serially): the function both computes and waits${starved}, so neither pure picture fits.${procLine}`,
    detail,
    step: STEPS.cpuBound,
  };
}

/** `guardedInSource`: the race analysis flags no write in the function (undefined: not asked). */
export function raceVerdict(interpreter: InterpreterFacts, global: string, runs: readonly RaceRun[], guardedInSource?: boolean): Verdict {
  const threaded = runs.filter((r) => r.mode === 'threads');
  const lost = threaded.reduce((sum, r) => sum + r.lost, 0);
  const expected = threaded.reduce((sum, r) => sum + r.expected, 0);
  const worst = Math.max(0, ...threaded.map((r) => (r.expected ? r.lost / r.expected : 0)));
  const build = `Python ${interpreter.version}${interpreter.freeThreaded ? ' (free-threaded)' : ''} with the GIL ${interpreter.gilEnabled ? 'on' : 'off'}`;
  const detail = `Threaded runs: ${threaded.map((r) => `${count(r.observed)} of ${count(r.expected)}`).join(', ')}.`;
  if (lost === 0 && guardedInSource) {
    return {
      kind: 'mixed',
      headline: `No update to ${global} was lost in ${threaded.length} threaded runs on ${build}, and GIL Lab's race analysis flags no write in this function. When its writes of ${global} are under a lock, that is the lock working, on this and every other build.`,
      detail,
      step: STEPS.practiceLocks,
    };
  }
  if (lost === 0) {
    const why = interpreter.gilEnabled
      ? `This interpreter only hands the GIL to another thread at certain points, and none fell between this function's read and write of ${global}. That is luck, not safety: a call between the read and the write, another Python version or a free-threaded build loses updates. Guard the update with a lock.`
      : `It still is not safe: nothing makes the read and the write of ${global} one step. Guard it with a lock.`;
    return { kind: 'mixed', headline: `No update to ${global} was lost in ${threaded.length} threaded runs on ${build}. ${why}`, detail, step: STEPS.pitfallRace };
  }
  return {
    kind: 'mixed',
    headline: `${count(lost)} of ${count(expected)} updates to ${global} were lost in ${threaded.length} threaded runs on ${build} (up to ${(worst * 100).toFixed(0)}% in one run): ${global} is read, changed and written back as separate steps, and another thread wrote in between${interpreter.gilEnabled ? ' even with the GIL' : ''}. Guard the update with a lock.`,
    detail,
    step: STEPS.practiceLocks,
  };
}
