/**
 * Wires the scheduler sampler to a harness run: starts it with the harness's pid, samples from the
 * first measured repeat to the harness's answer (warmups and loading are left out), then builds the
 * timeline of each threaded and processes repeat from that window and the spans.
 *
 * One window for the whole measured phase, not one per repeat: a window opened when a repeat is
 * announced would open late on a busy machine (the message passes through this process and the
 * sampler's wake-up), and the repeat's first milliseconds would be missing. The serial repeats
 * before the first threaded one give the sampler that head start.
 */
import type { HarnessEvent, MeasureRaw } from '../../shared/harnessProtocol';
import type { SchedulerReport } from '../../shared/scheduler';
import type { RunOptions } from '../harness';
import { sampleIntervalFor, schedulerUnavailableReason, startSampler, type SamplerSession } from './sampler';
import { schedulerReport } from './timeline';

export interface SchedulerWatch {
  /** The run options with the sampler's hooks added to the caller's. */
  options: RunOptions;
  /** Stops the sampler; the report for a finished run, or undefined when the run failed. */
  report(raw: MeasureRaw | undefined): Promise<SchedulerReport | undefined>;
}

/** Serial calls run one after another: a run without threads or processes has no lanes to draw. */
const hasWorkers = (raw: MeasureRaw) => raw.samples.some((s) => s.mode !== 'serial');

export function watchScheduler(python: string, options: RunOptions, switchIntervalSeconds?: number): SchedulerWatch {
  const unavailable = schedulerUnavailableReason();
  if (unavailable) {
    return { options, report: async (raw) => (raw && hasWorkers(raw) ? { available: false, reason: unavailable } : undefined) };
  }
  let session: SamplerSession | undefined;
  const onEvent = (event: HarnessEvent) => {
    if (session) {
      if (event.type === 'progress' && event.phase === 'measure') void session.on();
      else if (event.type === 'result' || event.type === 'error') session.off();
    }
    options.onEvent?.(event);
  };
  // The request waits for the sampler: on a busy machine its interpreter can take seconds to start,
  // and a harness that went ahead would be measured before anything watched it.
  const onSpawn = async (pid: number) => {
    session = startSampler(python, pid, sampleIntervalFor(switchIntervalSeconds));
    await Promise.all([session.ready, options.onSpawn?.(pid)]);
  };
  return {
    options: { ...options, onEvent, onSpawn },
    async report(raw) {
      const traces = session ? await session.finish() : [];
      if (!raw || !hasWorkers(raw)) return undefined;
      return schedulerReport(raw.samples, traces, process.arch, raw.interpreter.switchIntervalSeconds);
    },
  };
}
