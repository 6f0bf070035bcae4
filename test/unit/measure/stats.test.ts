import { strict as assert } from 'node:assert';
import { cpuPerWall, modeStats, quantile, speedup, spread, statsByMode } from '../../../src/measure/stats';
import type { Mode, RepeatSample } from '../../../src/shared/harnessProtocol';
import { close, parallel, sample, serialCpu, serialWait, threadsGil } from './fixtures';

describe('stats: quantile', () => {
  it('interpolates linearly between the sorted values', () => {
    const v = [1, 2, 3, 4];
    assert.equal(quantile(v, 0), 1);
    assert.equal(quantile(v, 0.25), 1.75);
    assert.equal(quantile(v, 0.5), 2.5);
    assert.equal(quantile(v, 0.75), 3.25);
    assert.equal(quantile(v, 1), 4);
    assert.equal(quantile([10, 20, 30], 0.5), 20);
    assert.equal(quantile([10, 20, 30], 0.25), 15);
  });
  it('gives the only value for one sample and NaN for none', () => {
    assert.equal(quantile([7], 0), 7);
    assert.equal(quantile([7], 0.5), 7);
    assert.equal(quantile([7], 1), 7);
    assert.ok(Number.isNaN(quantile([], 0.5)));
  });
});

describe('stats: spread', () => {
  it('gives median, min, max, MAD and quartiles of unsorted values', () => {
    assert.deepEqual(spread([5, 1, 3]), { median: 3, min: 1, max: 5, mad: 2, q1: 2, q3: 4 });
  });
  it('interpolates the median and MAD for an even count', () => {
    // sorted 1 2 3 4, median 2.5; deviations 0.5 0.5 1.5 1.5, MAD 1
    assert.deepEqual(spread([4, 1, 3, 2]), { median: 2.5, min: 1, max: 4, mad: 1, q1: 1.75, q3: 3.25 });
  });
  it('is robust: one wild repeat moves the max but not the median, MAD or IQR', () => {
    const calm = spread([1, 2, 3, 4, 5]);
    const wild = spread([1, 2, 3, 4, 100]);
    assert.equal(wild.max, 100);
    assert.equal(wild.median, calm.median);
    assert.equal(wild.mad, 1);
    assert.equal(calm.mad, 1);
    assert.equal(wild.q3 - wild.q1, 2);
    assert.equal(calm.q3 - calm.q1, 2);
  });
  it('has zero spread for identical repeats', () => {
    assert.deepEqual(spread([0.25, 0.25, 0.25]), { median: 0.25, min: 0.25, max: 0.25, mad: 0, q1: 0.25, q3: 0.25 });
  });
  it('gives NaN everywhere for no values, and leaves its input alone', () => {
    const s = spread([]);
    for (const k of ['median', 'min', 'max', 'mad', 'q1', 'q3'] as const) assert.ok(Number.isNaN(s[k]), k);
    const input = [3, 1, 2];
    spread(input);
    assert.deepEqual(input, [3, 1, 2]);
  });
  it('sorts numerically, not as strings', () => {
    // A default sort would order 10 before 9.
    assert.deepEqual(spread([9, 10, 100]), { median: 10, min: 9, max: 100, mad: 1, q1: 9.5, q3: 55 });
  });
});

describe('stats: CPU per wall second', () => {
  it('is about 1 when calls run one after another or take turns under the GIL', () => {
    assert.equal(cpuPerWall(serialCpu(0, 0.5)), 1);
    assert.equal(cpuPerWall(threadsGil(0, 0.5)), 1);
  });
  it('is about the number of workers when they run in parallel', () => {
    assert.equal(cpuPerWall(parallel('threads', 0, 0.25)), 2);
    assert.equal(cpuPerWall(sample('threads', 0, 0.5, [[0, 0.5, 0.5], [0, 0.5, 0.5], [0, 0.5, 0.5], [0, 0.5, 0.5]])), 4);
  });
  it('is near 0 while the workers wait', () => {
    assert.ok(close(cpuPerWall(serialWait(0, 0.5)), 0.004));
  });
  it('sums the workers, not the process CPU, and is 0 for a zero wall time or no workers', () => {
    const s: RepeatSample = { ...threadsGil(0, 0.5), cpuSeconds: 99 };
    assert.equal(cpuPerWall(s), 1);
    assert.equal(cpuPerWall(sample('threads', 0, 0, [[0, 0, 0.1]])), 0);
    assert.equal(cpuPerWall(sample('threads', 0, 0.5, [])), 0);
  });
});

describe('stats: per mode', () => {
  const serial = [serialCpu(0, 0.5), serialCpu(1, 0.75), serialCpu(2, 0.25), serialCpu(3, 1.0), serialCpu(4, 0.5)];

  it('summarises wall times with median, min, max, MAD, IQR and keeps every repeat in order', () => {
    // sorted 0.25 0.5 0.5 0.75 1.0; deviations from 0.5: 0 0 0.25 0.25 0.5
    assert.deepEqual(modeStats(serial), {
      medianSeconds: 0.5,
      minSeconds: 0.25,
      maxSeconds: 1.0,
      madSeconds: 0.25,
      iqrSeconds: 0.25,
      samplesSeconds: [0.5, 0.75, 0.25, 1.0, 0.5],
      cpuPerWallMedian: 1,
    });
  });
  it('takes the median CPU per wall second over the repeats', () => {
    const mixed = [parallel('threads', 0, 0.25), threadsGil(1, 0.5), parallel('threads', 2, 0.25)];
    assert.equal(modeStats(mixed).cpuPerWallMedian, 2);
  });
  it('groups samples by mode, only for the modes that ran, in serial/threads/processes order', () => {
    const samples = [parallel('processes', 0, 0.25), threadsGil(0, 0.5), ...serial, threadsGil(1, 0.75)];
    const by = statsByMode(samples);
    assert.deepEqual(Object.keys(by), ['serial', 'threads', 'processes']);
    assert.equal(by.serial!.samplesSeconds.length, 5);
    assert.deepEqual(by.threads!.samplesSeconds, [0.5, 0.75]);
    assert.equal(by.threads!.medianSeconds, 0.625);
    assert.equal(by.threads!.cpuPerWallMedian, 1);
    assert.equal(by.processes!.cpuPerWallMedian, 2);
    assert.deepEqual(Object.keys(statsByMode(serial)), ['serial']);
    assert.deepEqual(statsByMode([]), {});
  });
  it('ignores samples of a mode it does not know', () => {
    const odd = { ...serialCpu(0, 0.5), mode: 'asyncio' as Mode };
    assert.deepEqual(Object.keys(statsByMode([odd, serialCpu(0, 0.25)])), ['serial']);
    assert.equal(statsByMode([odd, serialCpu(0, 0.25)]).serial!.medianSeconds, 0.25);
  });
});

describe('stats: speedup with its spread', () => {
  const serial = [serialCpu(0, 0.5), serialCpu(1, 0.75), serialCpu(2, 0.25)];

  it('is about 1 with the GIL: the median is serial/threads, the range comes from repeats paired by round', () => {
    const s = speedup([...serial, threadsGil(0, 0.5), threadsGil(1, 0.5), threadsGil(2, 0.5)], 'threads');
    // medians 0.5 / 0.5; pairs 0.5/0.5, 0.75/0.5, 0.25/0.5
    assert.deepEqual(s, { median: 1, low: 0.5, high: 1.5 });
  });
  it('is about the worker count in parallel', () => {
    const s = speedup([...serial, parallel('threads', 0, 0.25), parallel('threads', 1, 0.25), parallel('threads', 2, 0.125)], 'threads');
    assert.deepEqual(s, { median: 2, low: 2, high: 3 });
  });
  it('pairs by repeat number, not by position', () => {
    const s = speedup([parallel('processes', 2, 0.125), ...serial, parallel('processes', 0, 0.25), parallel('processes', 1, 0.25)], 'processes');
    assert.deepEqual(s, { median: 2, low: 2, high: 3 });
  });
  it('skips a pair whose mode repeat took no time, and falls back to the median when nothing pairs', () => {
    const s = speedup([...serial, parallel('threads', 0, 0), parallel('threads', 1, 0.25), parallel('threads', 2, 0.125)], 'threads');
    assert.deepEqual({ low: s!.low, high: s!.high }, { low: 2, high: 3 });
    const unpaired = speedup([serialCpu(0, 0.5), parallel('threads', 7, 0.25)], 'threads');
    assert.deepEqual(unpaired, { median: 2, low: 2, high: 2 });
  });
  it('is undefined without serial samples or without samples of the mode', () => {
    assert.equal(speedup(serial, 'threads'), undefined);
    assert.equal(speedup([threadsGil(0, 0.5)], 'threads'), undefined);
    assert.equal(speedup([], 'processes'), undefined);
  });
  it('keeps the median inside its range whenever every repeat pairs', () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + (trial % 7);
      const samples: RepeatSample[] = [];
      for (let r = 0; r < n; r++) samples.push(serialCpu(r, 0.05 + rnd()), threadsGil(r, 0.05 + rnd()));
      const s = speedup(samples, 'threads')!;
      assert.ok(s.low <= s.median + 1e-12 && s.median <= s.high + 1e-12, `trial ${trial}: ${JSON.stringify(s)}`);
    }
  });
});
