import { strict as assert } from 'node:assert';
import { modeSentence, schedulerSentences } from '../../../src/measure/scheduler/words';
import type { MeasureResult } from '../../../src/shared/results';
import type { RepeatTimeline, SchedulerNumbers, SchedulerReport } from '../../../src/shared/scheduler';

function numbers(over: Partial<SchedulerNumbers>): SchedulerNumbers {
  return { handoversPerSecond: 0, medianSliceSeconds: null, slices: 0, overlapShare: 0, lockWaitSeconds: 0, otherWaitSeconds: 0, readyWaitSeconds: 0, waitsClassified: true, ...over };
}

function withReport(report: SchedulerReport): MeasureResult {
  return { scheduler: report } as MeasureResult;
}

function report(threads: SchedulerNumbers, wall = 0.4): SchedulerReport {
  const repeat = { mode: 'threads', repeat: 0, wallSeconds: wall } as RepeatTimeline;
  return { available: true, switchIntervalSeconds: 0.005, repeats: [repeat], summary: { threads } };
}

describe('scheduler words', () => {
  it('GIL threads take turns: hand-overs, the median slice against the switch interval, lock waits', () => {
    const s = modeSentence(withReport(report(numbers({ handoversPerSecond: 192.4, medianSliceSeconds: 0.0052, overlapShare: 0.01, lockWaitSeconds: 0.38, otherWaitSeconds: 0 }))), 'threads');
    assert.equal(
      s,
      'The OS scheduler saw the threads take turns: 192 hand-overs a second, each running a median 5.2 ms at a time (the switch interval is 5.0 ms); two or more ran at once 1% of the time. Waiting, they spent 380 ms on a lock (a futex: the GIL or another lock) and 0.0 ms on anything else (sleep, I/O).',
    );
  });

  it('free-threaded threads run side by side', () => {
    const s = modeSentence(withReport(report(numbers({ overlapShare: 0.93 }))), 'threads');
    assert.equal(s, 'The OS scheduler saw the threads run side by side: two or more ran at once 93% of the time any ran.');
  });

  it('says when the machine had no CPU free, only when that was a real part of the run', () => {
    assert.match(modeSentence(withReport(report(numbers({ overlapShare: 0.9, readyWaitSeconds: 0.1 }))), 'threads'), /ready to run but no CPU was free/);
    assert.doesNotMatch(modeSentence(withReport(report(numbers({ overlapShare: 0.9, readyWaitSeconds: 0.01 }))), 'threads'), /no CPU was free/);
  });

  it('leaves out the wait split when the OS did not say which wait was which', () => {
    assert.doesNotMatch(modeSentence(withReport(report(numbers({ overlapShare: 0.9, lockWaitSeconds: 1, waitsClassified: false }))), 'threads'), /futex/);
  });

  it('gives the reason when there is no timeline, and nothing for an unsampled run', () => {
    assert.deepEqual(schedulerSentences(withReport({ available: false, reason: 'No /proc here.' })), ['No /proc here.']);
    assert.deepEqual(schedulerSentences({} as MeasureResult), []);
    assert.equal(modeSentence(withReport(report(numbers({}))), 'processes'), '');
  });
});
