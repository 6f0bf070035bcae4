/**
 * The scheduler timeline's numbers in the verdict's words: what the OS saw the threads do. Every
 * clause quotes a measured number; none is said without it. Pure: tested in plain mocha.
 */
import type { Mode } from '../../shared/harnessProtocol';
import type { MeasureResult } from '../../shared/results';
import type { SchedulerNumbers } from '../../shared/scheduler';
import { quantile } from '../stats';
import { seconds } from '../verdict';

/** At or above this share of the running time with two or more running, the workers ran side by side. */
export const SIDE_BY_SIDE = 0.5;
/** Hand-overs per second from which the workers are said to take turns. */
export const TAKING_TURNS = 20;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const perSecond = (n: number) => (n >= 10 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));

function medianWall(result: MeasureResult, mode: Mode): number {
  const report = result.scheduler;
  if (!report?.available) return NaN;
  return quantile(report.repeats.filter((r) => r.mode === mode).map((r) => r.wallSeconds).sort((a, b) => a - b), 0.5);
}

/** One sentence about a mode's workers, or '' when that mode was not sampled. */
export function modeSentence(result: MeasureResult, mode: 'threads' | 'processes'): string {
  const report = result.scheduler;
  if (!report?.available) return '';
  const n = report.summary[mode];
  if (!n) return '';
  const who = mode === 'threads' ? 'threads' : 'processes';
  let sentence: string;
  if (n.handoversPerSecond >= TAKING_TURNS && n.overlapShare < SIDE_BY_SIDE) {
    const slice = n.medianSliceSeconds === null ? '' : `, each running a median ${seconds(n.medianSliceSeconds)} at a time${mode === 'threads' ? ` (the switch interval is ${seconds(report.switchIntervalSeconds)})` : ''}`;
    // With hand-overs about every millisecond, a sample (about a millisecond long) that holds one often
    // sees both the thread letting go and the one taking over: that, not Python in two threads, is the overlap.
    const handoverNote = mode === 'threads' && n.handoversPerSecond >= 100 && n.overlapShare >= 0.15 ? ', most of it samples about a millisecond long that caught a hand-over, one thread stopping as the next one started' : '';
    sentence = `The OS scheduler saw the ${who} take turns: ${perSecond(n.handoversPerSecond)} hand-overs a second${slice}; two or more ran at once ${percent(n.overlapShare)} of the time${handoverNote}.`;
  } else if (n.overlapShare >= SIDE_BY_SIDE) {
    sentence = `The OS scheduler saw the ${who} run side by side: two or more ran at once ${percent(n.overlapShare)} of the time any ran${n.handoversPerSecond >= 1 ? `, with ${perSecond(n.handoversPerSecond)} hand-overs a second` : ''}.`;
  } else {
    sentence = `The OS scheduler saw ${perSecond(n.handoversPerSecond)} hand-overs a second between the ${who}, and two or more running at once ${percent(n.overlapShare)} of the time any ran.`;
  }
  return sentence + waitClause(n, medianWall(result, mode));
}

function waitClause(n: SchedulerNumbers, wall: number): string {
  let clause = '';
  if (n.waitsClassified && n.lockWaitSeconds + n.otherWaitSeconds > 0.001) {
    clause += ` Waiting, they spent ${seconds(n.lockWaitSeconds)} on a lock (a futex: the GIL or another lock) and ${seconds(n.otherWaitSeconds)} on anything else (sleep, I/O).`;
  }
  if (Number.isFinite(wall) && n.readyWaitSeconds > 0.1 * wall) {
    clause += ` For ${seconds(n.readyWaitSeconds)} they were ready to run but no CPU was free (other work on this machine).`;
  }
  return clause;
}

/** What the panel and the CLI say under the verdict: the threads' sentence, then the processes'. */
export function schedulerSentences(result: MeasureResult): string[] {
  const report = result.scheduler;
  if (!report) return [];
  if (!report.available) return [report.reason];
  return [modeSentence(result, 'threads'), modeSentence(result, 'processes')].filter(Boolean);
}
