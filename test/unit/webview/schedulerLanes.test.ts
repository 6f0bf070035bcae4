import { strict as assert } from 'node:assert';
import { renderPanel, measureSection } from '../../../src/webview/render';
import { clampView, lanesSvg, MIN_WINDOW_SECONDS, representative, schedulerSection, tickStep, zoomSteps } from '../../../src/webview/schedulerLanes';
import type { MeasureResult } from '../../../src/shared/results';
import type { Interval, RepeatTimeline, SchedulerNumbers, SchedulerReport } from '../../../src/shared/scheduler';
import { gil311, measureResult, parallel, serialCpu, threadsGil } from '../measure/fixtures';

const count = (html: string, needle: string) => html.split(needle).length - 1;

/** Two threads taking 5 ms turns over `wall` seconds. */
function gilTimeline(repeat: number, wall: number): RepeatTimeline {
  const turns = (offset: number): Interval[] => {
    const out: Interval[] = [];
    for (let t = offset; t < wall; t += 0.01) out.push([t, Math.min(wall, t + 0.005)]);
    return out;
  };
  const lane = (worker: number) => ({ worker, pid: 1, tid: 10 + worker, slices: turns(worker * 0.005), lockWaits: turns((1 - worker) * 0.005), otherWaits: [], readyWaits: [[0.0201, 0.0203]] as Interval[] });
  const numbers: SchedulerNumbers = { handoversPerSecond: 200, medianSliceSeconds: 0.005, slices: 2 * wall * 100, overlapShare: 0, lockWaitSeconds: wall, otherWaitSeconds: 0, readyWaitSeconds: 0.0002, waitsClassified: true };
  return { mode: 'threads', repeat, wallSeconds: wall, sampled: [0, wall], intervalSeconds: 0.001, samples: wall * 1000, samplerCpuSeconds: 0.01, lanes: [lane(0), lane(1)], numbers };
}

function withScheduler(report: SchedulerReport): MeasureResult {
  const samples = [0, 1, 2].flatMap((r) => [serialCpu(r, 0.5), threadsGil(r, 0.625), parallel('processes', r, 0.25)]);
  return { ...measureResult(samples, gil311), scheduler: report };
}

const report: SchedulerReport = {
  available: true,
  switchIntervalSeconds: 0.005,
  repeats: [gilTimeline(0, 0.6), gilTimeline(1, 0.625), gilTimeline(2, 0.7)],
  summary: { threads: gilTimeline(1, 0.625).numbers },
};

describe('scheduler lanes', () => {
  it('draws the median repeat: one lane per thread, a block per run slice, the lock waits under it', () => {
    const html = schedulerSection(withScheduler(report), 'run1:0');
    assert.equal(representative(report.repeats, 'threads')!.repeat, 1);
    assert.equal(count(html, 'class="lane"'), 2);
    assert.equal(count(html, 'class="sched-run threads"'), 63 + 62, 'every 5 ms slice of both threads over 625 ms');
    assert.ok(count(html, 'class="sched-lock"') >= 120);
    assert.match(html, /thread 1 ran 0\.00 ms–5\.00 ms \(5\.00 ms\)/);
    assert.match(html, /Show the scheduler timeline as a table/);
    assert.match(html, /<th scope="row">threads<\/th><td>200<\/td><td>5\.00 ms<\/td><td>5\.00 ms<\/td><td>0%<\/td>/);
  });

  it('zooms to a window: only the slices in it, clipped, with ticks at a fitting step', () => {
    const html = lanesSvg([gilTimeline(0, 0.6)], { from: 0.101, to: 0.109 }, 'zoomed');
    assert.equal(count(html, 'class="sched-run threads"'), 2, 'one slice of each thread in 10 ms');
    assert.match(html, />102 ms</);
    assert.equal(tickStep(0.01), 0.002);
    assert.equal(tickStep(0.6), 0.1);
  });

  it('zoom buttons carry the window they lead to; the window stays inside the repeat and at least 2 ms wide', () => {
    const steps = zoomSteps({ from: 0, to: 0.4 }, 0.4);
    assert.deepEqual(steps.in, { from: 0.1, to: 0.30000000000000004 });
    assert.deepEqual(steps.all, { from: 0, to: 0.4 });
    assert.deepEqual(steps.left, { from: 0, to: 0.4 });
    assert.deepEqual(clampView({ from: 0.3995, to: 0.3996 }, 0.4), { from: 0.4 - MIN_WINDOW_SECONDS, to: 0.4 });
    const html = schedulerSection(withScheduler(report), 'run1:0', { from: 0.1, to: 0.2 });
    assert.match(html, /data-action="zoom" data-key="run1:0" data-from="0.125" data-to="0.175" aria-label="Zoom in"/);
    assert.match(html, /100 ms–200 ms of 625 ms/);
    const whole = schedulerSection(withScheduler(report), 'k');
    assert.match(whole, /aria-label="Zoom out" disabled/);
    assert.match(whole, /aria-label="Earlier" disabled/);
  });

  it('one line where there is no /proc, and nothing for a run that was never sampled', () => {
    const html = schedulerSection(withScheduler({ available: false, reason: 'The finer scheduler timeline needs Linux\'s /proc, which macOS does not have; the bars above still show each call.' }), 'k');
    assert.equal(html, '<p class="note sched-missing">The finer scheduler timeline needs Linux&#39;s /proc, which macOS does not have; the bars above still show each call.</p>');
    const plain = measureResult([serialCpu(0, 0.5), threadsGil(0, 0.6)], gil311);
    assert.equal(schedulerSection(plain, 'k'), '');
    assert.ok(measureSection(plain, '/usr/bin/python3').includes('Per-worker timeline'), 'the bars stay');
  });

  it('sits under the per-worker bars, with the scheduler sentence in the verdict, and the panel passes the zoom through', () => {
    const result = withScheduler(report);
    const html = renderPanel(
      { runs: [{ id: 'r1', kind: 'processes', file: '/w/cpu.py', functionName: 'cpu', interpreters: ['/usr/bin/python3'], startedAt: 0, status: 'done', live: [], results: [result] }] },
      new Map([['r1:0', { from: 0.05, to: 0.06 }]]),
    );
    assert.ok(html.indexOf('Per-worker timeline') < html.indexOf('as the OS scheduler saw it'));
    assert.match(html, /<p class="scheduler-words">The OS scheduler saw the threads take turns: 200 hand-overs a second/);
    assert.match(html, /50\.0 ms–60\.0 ms of 625 ms/);
  });

  it('escapes what it is given', () => {
    const html = schedulerSection(withScheduler({ available: false, reason: '<img src=x onerror="x">' }), '"><img>');
    assert.ok(!html.includes('<img'));
  });
});
