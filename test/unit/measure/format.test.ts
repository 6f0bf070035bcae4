import { strict as assert } from 'node:assert';
import { interpreterLine, toCsv, toMarkdown, toText } from '../../../src/measure/format';
import type { RaceRun } from '../../../src/shared/harnessProtocol';
import { ft313, gil311, measureResult, parallel, raceResult, serialCpu, threadsGil } from './fixtures';

// serial 500 / 562.5 / 437.5 ms (median 500, MAD 62.5), threads 625 ms under the GIL, processes 250 ms in parallel
const samples = [serialCpu(0, 0.5), threadsGil(0, 0.625), parallel('processes', 0, 0.25), serialCpu(1, 0.5625), threadsGil(1, 0.625), parallel('processes', 1, 0.25), serialCpu(2, 0.4375), threadsGil(2, 0.625), parallel('processes', 2, 0.25)];
const measured = measureResult(samples, gil311, { verdict: { kind: 'processes-win', headline: 'Threads did not help; processes did.', detail: '', step: 'pitfall-cpu-threads' } });

const runs: RaceRun[] = [
  { mode: 'serial', expected: 200000, observed: 200000, lost: 0 },
  { mode: 'threads', expected: 200000, observed: 163412, lost: 36588 },
];
const raced = raceResult(runs, gil311, { verdict: { kind: 'mixed', headline: '36588 of 200000 updates to counter were lost.', detail: '', step: 'practice-locks' } });

describe('format: interpreter line', () => {
  it('names version, build, GIL, CPUs, start method and executable', () => {
    assert.equal(interpreterLine(measured), 'Python 3.11.7, GIL on, 2 CPUs, start method fork — /usr/bin/python3');
    assert.equal(interpreterLine({ ...raced, interpreter: ft313 }), 'Python 3.13.5 (free-threaded build), GIL off, 2 CPUs, start method fork — /opt/py/bin/python3.13t');
  });
});

describe('format: Markdown', () => {
  it('gives a table of the modes with speedups and the verdict in bold', () => {
    assert.equal(
      toMarkdown(measured),
      [
        '### GIL Lab: cpu_bound() — 2 workers, 3 repeats',
        '',
        'Python 3.11.7, GIL on, 2 CPUs, start method fork — /usr/bin/python3',
        '',
        '| mode | median | min | max | MAD | speedup |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| serial | 500 ms | 438 ms | 563 ms | 62.5 ms |  |',
        '| threads | 625 ms | 625 ms | 625 ms | 0.0 ms | ×0.80 |',
        '| processes | 250 ms | 250 ms | 250 ms | 0.0 ms | ×2.00 |',
        '',
        '**Threads did not help; processes did.**',
        '',
      ].join('\n'),
    );
  });
  it('leaves out modes that did not run, and a speedup that is missing', () => {
    const serialOnly = measureResult([serialCpu(0, 0.5)], gil311);
    assert.doesNotMatch(toMarkdown(serialOnly), /\| threads|\| processes/);
    const noSpeedup = { ...measured, speedup: {} };
    assert.match(toMarkdown(noSpeedup), /\| threads \| 625 ms \| 625 ms \| 625 ms \| 0\.0 ms \|  \|\n/);
  });
  it('gives a race check as expected/observed/lost per run', () => {
    assert.equal(
      toMarkdown(raced),
      [
        '### GIL Lab: increment() — race check on `counter`',
        '',
        'Python 3.11.7, GIL on, 2 CPUs, start method fork — /usr/bin/python3',
        '',
        '| run | mode | expected | observed | lost |',
        '| ---: | --- | ---: | ---: | ---: |',
        '| 1 | serial | 200000 | 200000 | 0 |',
        '| 2 | threads | 200000 | 163412 | 36588 |',
        '',
        '**36588 of 200000 updates to counter were lost.**',
        '',
      ].join('\n'),
    );
  });
});

describe('format: CSV', () => {
  it('gives one row per worker per repeat, with the raw numbers', () => {
    const csv = toCsv(measureResult([serialCpu(0, 0.5), threadsGil(0, 0.625)]));
    assert.equal(
      csv,
      [
        'mode,repeat,wall_seconds,cpu_seconds,worker,start_seconds,end_seconds,worker_cpu_seconds',
        'serial,0,0.5,0.5,0,0,0.25,0.25',
        'serial,0,0.5,0.5,1,0.25,0.5,0.25',
        'threads,0,0.625,0.625,0,0,0.625,0.3125',
        'threads,0,0.625,0.625,1,0,0.625,0.3125',
        '',
      ].join('\n'),
    );
  });
  it('has a row for every worker of every sample', () => {
    const lines = toCsv(measured).trimEnd().split('\n');
    assert.equal(lines.length, 1 + 9 * 2);
    for (const l of lines) assert.equal(l.split(',').length, 8, l);
  });
  it('gives a race check as one row per run', () => {
    assert.equal(toCsv(raced), 'run,mode,expected,observed,lost\n1,serial,200000,200000,0\n2,threads,200000,163412,36588\n');
  });
  it('quotes text with commas, quotes or newlines', () => {
    const odd = raceResult([{ mode: 'a,"b"\nc' as 'threads', expected: 1, observed: 1, lost: 0 }]);
    assert.equal(toCsv(odd), 'run,mode,expected,observed,lost\n1,"a,""b""\nc",1,1,0\n');
  });
});

describe('format: text for the CLI', () => {
  it('gives an aligned table, the skipped statements and the verdict', () => {
    const withSkips = { ...measured, load: { skipped: [{ line: 12, text: 'main()', reason: 'top-level call' }, { line: 15, text: 'for i in range(3): ...', reason: 'loop' }], missingNames: [] } };
    assert.equal(
      toText(withSkips),
      [
        'cpu_bound() in /work/lesson/cpu_bound.py',
        'Python 3.11.7, GIL on, 2 CPUs, start method fork — /usr/bin/python3',
        '',
        '  mode          median       min       max       MAD  speedup',
        '  serial        500 ms    438 ms    563 ms   62.5 ms         ',
        '  threads       625 ms    625 ms    625 ms    0.0 ms    ×0.80',
        '  processes     250 ms    250 ms    250 ms    0.0 ms    ×2.00',
        '',
        '  Skipped at load: line 12 (top-level call), line 15 (loop)',
        '',
        'Threads did not help; processes did.',
        '',
      ].join('\n'),
    );
  });
  it('gives a race check one line per run', () => {
    assert.equal(
      toText(raced),
      [
        'increment() in /work/lesson/race_counter.py',
        'Python 3.11.7, GIL on, 2 CPUs, start method fork — /usr/bin/python3',
        '',
        '  run  1  serial   expected     200000  observed     200000  lost 0',
        '  run  2  threads  expected     200000  observed     163412  lost 36588',
        '',
        '36588 of 200000 updates to counter were lost.',
        '',
      ].join('\n'),
    );
  });
});
