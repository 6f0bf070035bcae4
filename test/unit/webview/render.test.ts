import { strict as assert } from 'node:assert';
import { esc, fmtSeconds, fmtTimes, interpreterCard, measureSection, medianRepeat, raceSection, renderPanel, timeline, timingsChart, timingsTable } from '../../../src/webview/render';
import type { RaceRun, RepeatSample } from '../../../src/shared/harnessProtocol';
import type { MeasureResult, RaceResult } from '../../../src/shared/results';
import type { PanelState, RunRecord } from '../../../src/shared/panelMessages';
import { ft313, gil311, measureResult, parallel, raceResult, serialCpu, threadsGil } from '../measure/fixtures';

const HOSTILE = `<img src=x onerror="alert('gil')">&`;
const count = (html: string, needle: string | RegExp) => (typeof needle === 'string' ? html.split(needle).length - 1 : (html.match(new RegExp(needle, 'g')) ?? []).length);
/** No markup made of the hostile string survives: only its escaped form. */
function assertNoInjection(html: string) {
  assert.ok(!html.includes('<img'), 'raw <img> in the output');
  assert.ok(!html.includes('onerror="'), 'raw event handler attribute in the output');
  assert.ok(!/<script/i.test(html), '<script> in the output');
}

// serial 500 ms, threads 625 ms under the GIL, processes 250 ms: 3 repeats each, 2 workers
const samples: RepeatSample[] = [0, 1, 2].flatMap((r) => [serialCpu(r, 0.5), threadsGil(r, 0.625), parallel('processes', r, 0.25)]);
const measured = measureResult(samples, gil311);
const rows = (r: MeasureResult) =>
  (['serial', 'threads', 'processes'] as const).filter((m) => r.modes[m]).map((m) => ({ mode: m, stats: r.modes[m]!, speedup: m === 'serial' ? undefined : r.speedup[m] }));

const raceRuns: RaceRun[] = [
  { mode: 'serial', expected: 200000, observed: 200000, lost: 0 },
  { mode: 'threads', expected: 200000, observed: 163412, lost: 36588 },
];

function record(over: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'run-1',
    kind: 'processes',
    file: '/work/lesson/cpu_bound.py',
    functionName: 'cpu_bound',
    interpreters: ['/usr/bin/python3'],
    startedAt: Date.UTC(2025, 0, 1, 12, 0, 0),
    status: 'done',
    live: [{ facts: gil311, samples }],
    results: [measured],
    ...over,
  };
}

describe('render: small formats', () => {
  it('escapes the five HTML-special characters', () => {
    assert.equal(esc(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.equal(esc(42), '42');
    assert.equal(esc(undefined), 'undefined');
  });
  it('formats seconds, with a dash for what is not a number', () => {
    assert.equal(fmtSeconds(2.5), '2.50 s');
    assert.equal(fmtSeconds(0.625), '625 ms');
    assert.equal(fmtSeconds(0.0095), '9.5 ms');
    assert.equal(fmtSeconds(0.9996), '1.00 s');
    assert.equal(fmtSeconds(NaN), '—');
    assert.equal(fmtSeconds(Infinity), '—');
  });
  it('formats speedups, empty when there is none', () => {
    assert.equal(fmtTimes(1.5), '×1.50');
    assert.equal(fmtTimes(undefined), '');
    assert.equal(fmtTimes(NaN), '');
  });
});

describe('render: chart and its table alternative', () => {
  it('draws one bar per mode, scaled to the slowest repeat', () => {
    const svg = timingsChart(rows(measured), 'Wall time');
    assert.equal(count(svg, '<rect class="bar '), 3);
    // scale: 398 px for 0.625 s × 1.08
    assert.ok(svg.includes('<rect class="bar serial" x="92" y="16" width="294.8" height="18" rx="2"><title>serial: median 500 ms</title></rect>'), svg);
    assert.ok(svg.includes('<rect class="bar threads" x="92" y="50" width="368.5"'));
    assert.ok(svg.includes('<rect class="bar processes" x="92" y="84" width="147.4"'));
    assert.ok(svg.startsWith('<svg class="chart" viewBox="0 0 560 134" role="img" aria-label="Wall time"'));
  });
  it('draws a point per repeat and labels the speedups', () => {
    const svg = timingsChart(rows(measured), 'Wall time');
    assert.equal(count(svg, '<circle class="point"'), 9);
    assert.equal(count(svg, '<title>repeat 3: 625 ms</title>'), 1);
    assert.ok(svg.includes('>625 ms  ×0.80</text>'));
    assert.ok(svg.includes('>250 ms  ×2.00</text>'));
    assert.ok(svg.includes('>500 ms</text>'));
  });
  it('draws nothing for no rows, and escapes its title', () => {
    assert.equal(timingsChart([], 'x'), '');
    const svg = timingsChart(rows(measured), HOSTILE);
    assertNoInjection(svg);
    assert.ok(svg.includes('aria-label="&lt;img src=x onerror=&quot;alert(&#39;gil&#39;)&quot;&gt;&amp;"'));
  });
  it('gives the same numbers as a table with a header row and one row per mode', () => {
    const table = timingsTable(rows(measured));
    assert.equal(count(table, '<th scope="col">'), 7);
    assert.equal(count(table, '<th scope="row">'), 3);
    assert.ok(table.includes('<tr><th scope="row">serial</th><td>500 ms</td><td>500 ms</td><td>500 ms</td><td>0.0 ms</td><td>—</td><td>1.00</td></tr>'), table);
    assert.ok(table.includes('<tr><th scope="row">threads</th><td>625 ms</td><td>625 ms</td><td>625 ms</td><td>0.0 ms</td><td>×0.80 (×0.80–×0.80)</td><td>1.00</td></tr>'));
    assert.ok(table.includes('<tr><th scope="row">processes</th><td>250 ms</td><td>250 ms</td><td>250 ms</td><td>0.0 ms</td><td>×2.00 (×2.00–×2.00)</td><td>2.00</td></tr>'));
  });
});

describe('render: per-worker timeline', () => {
  it('picks the median repeat of a mode (the lower one of an even count)', () => {
    const s = [serialCpu(0, 0.3), serialCpu(1, 0.1), serialCpu(2, 0.2), serialCpu(3, 0.4)];
    assert.equal(medianRepeat(s, 'serial')!.repeat, 2);
    assert.equal(medianRepeat(s.slice(0, 3), 'serial')!.repeat, 2);
    assert.equal(medianRepeat(s, 'threads'), undefined);
  });
  it('draws serial calls on one lane and each thread or process on its own', () => {
    const svg = timeline(samples, 'Per-worker timeline');
    assert.equal(count(svg, '<line class="lane"'), 1 + 2 + 2);
    assert.equal(count(svg, '<rect class="span '), 6);
    assert.equal(count(svg, '<rect class="cpu '), 6);
  });
  it('shows each call\'s CPU share: half each under the GIL, all of it in parallel', () => {
    const svg = timeline(samples, 'Per-worker timeline');
    assert.ok(svg.includes('<title>threads worker 1: ran 0.0 ms–625 ms, CPU 313 ms (50% of its span)</title>'), svg);
    assert.ok(svg.includes('<title>threads worker 2: ran 0.0 ms–625 ms, CPU 313 ms (50% of its span)</title>'));
    assert.ok(svg.includes('<title>processes worker 1: ran 0.0 ms–250 ms, CPU 250 ms (100% of its span)</title>'));
    assert.ok(svg.includes('<title>serial worker 2: ran 250 ms–500 ms, CPU 250 ms (100% of its span)</title>'));
  });
  it('draws nothing without samples', () => {
    assert.equal(timeline([], 'x'), '');
  });
});

describe('render: result sections', () => {
  it('a measurement: verdict, chart, table alternative, timeline, interpreter', () => {
    const html = measureSection({ ...measured, poolStartupSeconds: 0.0625 }, '/usr/bin/python3');
    assert.ok(html.includes('<section class="result" aria-label="Python 3.11.7 · GIL on">'));
    assert.equal(count(html, '<svg class="chart"'), 1);
    assert.equal(count(html, '<rect class="bar '), 3);
    assert.ok(html.includes('<details class="table-alt"><summary>Show as a table</summary><table class="data">'));
    assert.equal(count(html, '<svg class="timeline"'), 1);
    assert.ok(html.includes('<h4>2 calls per mode, 3 repeats</h4>'));
    assert.ok(html.includes('Starting the 2-process pool took 62.5 ms; that is not in the processes time.'));
    assert.ok(html.includes(`<p>${esc(measured.verdict.headline)}</p>`));
    assert.ok(html.includes(`data-step="${measured.verdict.step}"`));
    assert.equal(measured.verdict.kind, 'processes-win');
  });
  it('one bar per mode that ran', () => {
    const two = measureResult([0, 1, 2].flatMap((r) => [serialCpu(r, 0.5), parallel('threads', r, 0.25)]), ft313);
    const html = measureSection(two, '/opt/py/bin/python3.13t');
    assert.equal(count(html, '<rect class="bar '), 2);
    assert.equal(count(html, '<rect class="bar processes"'), 0);
    assert.ok(html.includes('aria-label="Python 3.13.5t · GIL off"'));
  });
  it('what loading skipped, and names only skipped statements set', () => {
    const html = measureSection(
      { ...measured, load: { skipped: [{ line: 30, text: 'print(cpu_bound())', reason: 'top-level call' }], missingNames: ['N'] } },
      '/usr/bin/python3',
    );
    assert.ok(html.includes('<p class="warning" role="alert">cpu_bound() reads <code>N</code>, which only a skipped statement sets.'));
    assert.ok(html.includes('<summary>Skipped 1 top-level statement so only cpu_bound() was timed</summary>'));
    assert.ok(html.includes('<button class="link" data-action="open" data-file="/work/lesson/cpu_bound.py" data-line="30">line 30</button> <code>print(cpu_bound())</code> — top-level call'));
  });
  it('a race check: expected, observed and lost per run', () => {
    const html = raceSection(raceResult(raceRuns, gil39()), '/usr/bin/python3.9');
    assert.ok(html.includes('<h3>Python 3.9.18 · GIL on: race check on <code>counter</code></h3>'));
    assert.ok(html.includes('<tr><th scope="row">1</th><td>serial</td><td>200,000</td><td>200,000</td><td class="ok">0 (0.0%)</td></tr>'), html);
    assert.ok(html.includes('<tr><th scope="row">2</th><td>threads</td><td>200,000</td><td>163,412</td><td class="lost">36,588 (18.3%)</td></tr>'));
    assert.ok(html.includes('<caption>2 threads per run;'));
    assert.ok(!html.includes('class="note sharing"'), 'no sharing line for a call without instance or arguments');
  });
  it('a race check of an object\'s state: what was counted, and the one line on what the threads shared', () => {
    const sharing = 'Threads share one Ledger instance (made once per run).';
    const html = raceSection(raceResult(raceRuns, gil39(), { global: 'self.balance', state: 'self.balance', sharing, target: { file: '/w/ledger.py', function: 'Ledger.deposit' } }), '/usr/bin/python3.9');
    assert.ok(html.includes('race check on <code>self.balance</code></h3>'));
    assert.ok(html.includes(`<p class="note sharing">${sharing}</p>`));
    const measured2 = measureSection({ ...measured, sharing: 'Threads share one Ledger instance (made once per repeat); each worker process gets its own pickled copy.' }, '/usr/bin/python3');
    assert.ok(measured2.includes('<p class="note sharing">Threads share one Ledger instance (made once per repeat); each worker process gets its own pickled copy.</p>'));
  });
  it('the interpreter card', () => {
    const html = interpreterCard(ft313);
    assert.equal(
      html,
      '<dl class="facts"><dt>Version</dt><dd>CPython 3.13.5</dd><dt>Build</dt><dd>free-threaded (no GIL built in)</dd><dt>GIL right now</dt><dd>off</dd>' +
        '<dt>CPUs usable</dt><dd>2</dd><dt>Switch interval</dt><dd>5.0 ms</dd><dt>Start method</dt><dd>fork</dd><dt>Executable</dt><dd class="path">/opt/py/bin/python3.13t</dd></dl>',
    );
  });
});

function gil39() {
  return { ...gil311, version: '3.9.18', versionInfo: [3, 9, 18] as [number, number, number] };
}

describe('render: the whole panel', () => {
  it('explains what to do when there is no run yet', () => {
    const html = renderPanel({ runs: [] });
    assert.ok(html.startsWith('<main class="empty"><h1>GIL Lab: Timings</h1>'));
    assert.ok(html.includes('data-step="what-is-the-gil"'));
  });
  it('shows the selected run, its actions and the history of the others', () => {
    const a = record({ id: 'a', functionName: 'cpu_bound' });
    const b = record({ id: 'b', functionName: 'io_bound', kind: 'threads' });
    const html = renderPanel({ runs: [a, b], selectedId: 'a' });
    assert.ok(html.includes('<h1>cpu_bound() <span class="muted">in cpu_bound.py</span></h1>'));
    assert.ok(html.includes('<button data-action="rerun" data-id="a">Re-run</button>'));
    assert.ok(html.includes('<button data-action="export" data-format="csv" data-id="a">Export CSV</button>'));
    assert.equal(count(html, 'class="history-item'), 2);
    assert.ok(html.includes('data-id="a" aria-current="true">cpu_bound() — with processes'));
    assert.ok(html.includes('data-id="b">io_bound() — serial vs threads'));
    assert.equal(count(renderPanel({ runs: [a] }), 'class="history"'), 0);
  });
  it('selects the latest run when the selection is unknown', () => {
    const html = renderPanel({ runs: [record({ id: 'a', functionName: 'first' }), record({ id: 'b', functionName: 'second' })], selectedId: 'gone' });
    assert.ok(html.includes('<h1>second()'));
  });
  it('while running: progress with Cancel, the numbers so far, no actions', () => {
    const html = renderPanel({ runs: [record({ status: 'running', progress: 'threads: repeat 2 of 3', results: [] })] });
    assert.ok(html.includes('threads: repeat 2 of 3 <button data-action="cancel">Cancel</button>'));
    assert.ok(html.includes('<h3>Python 3.11.7 · GIL on — so far</h3>'));
    assert.equal(count(html, '<rect class="bar '), 3);
    assert.equal(count(html, 'data-action="rerun"'), 0);
  });
  it('a finished run without results has its export buttons disabled', () => {
    const html = renderPanel({ runs: [record({ status: 'cancelled', results: [] })] });
    assert.ok(html.includes('Cancelled: every process the run started was stopped.'));
    assert.ok(html.includes('data-format="json" data-id="run-1" disabled>Export JSON'));
  });
  it('two interpreters side by side, with a one-line comparison', () => {
    const ft = measureResult([0, 1, 2].flatMap((r) => [serialCpu(r, 0.5), parallel('threads', r, 0.25)]), ft313);
    const html = renderPanel({ runs: [record({ kind: 'compare', interpreters: ['/usr/bin/python3', '/opt/py/bin/python3.13t'], results: [measured, ft] })] });
    assert.ok(html.includes('<p class="compare-summary">Python 3.11.7 · GIL on: threads ×0.80, processes ×2.00 &nbsp;|&nbsp; Python 3.13.5t · GIL off: threads ×2.00</p>'), html);
    assert.ok(html.includes('<div class="side-by-side">'));
    assert.equal(count(html, '<section class="result"'), 2);
  });
  it('an engine error with its message, hint, file:line link and traceback', () => {
    const html = renderPanel({
      runs: [record({ status: 'error', results: [], error: { code: 'syntax-error', message: 'invalid syntax', hint: 'Fix the file.', location: { file: '/work/lesson/broken.py', line: 7 }, traceback: 'Traceback (most recent call last): …' } })],
    });
    assert.ok(html.includes('<section class="error" role="alert"><h3>invalid syntax</h3><p>Fix the file.</p><p><button class="link" data-action="open" data-file="/work/lesson/broken.py" data-line="7">broken.py:7</button></p>'));
    assert.ok(html.includes('<details><summary>Traceback</summary><pre>Traceback (most recent call last): …</pre></details>'));
  });

  describe('hostile names and text are escaped everywhere', () => {
    const hostileResult: MeasureResult = {
      ...measured,
      target: { file: `/w/${HOSTILE}.py`, function: HOSTILE },
      interpreter: { ...gil311, executable: HOSTILE, startMethod: HOSTILE, implementation: HOSTILE },
      load: { skipped: [{ line: 3, text: HOSTILE, reason: HOSTILE }], missingNames: [HOSTILE] },
      verdict: { kind: 'mixed', headline: HOSTILE, detail: HOSTILE, step: `"><img src=x onerror="alert(1)` },
    };
    const hostileRace: RaceResult = { ...raceResult(raceRuns), global: HOSTILE, state: HOSTILE, sharing: HOSTILE, target: { file: HOSTILE, function: HOSTILE } };

    it('in a measurement, a race check, the history and the header', () => {
      const state: PanelState = {
        runs: [
          record({ id: HOSTILE, functionName: HOSTILE, file: `/w/${HOSTILE}`, interpreters: [HOSTILE], results: [hostileResult] }),
          record({ id: 'r2', kind: 'race', functionName: HOSTILE, file: HOSTILE, results: [hostileRace], status: 'running', progress: HOSTILE, live: [{ samples: [] }] }),
        ],
        selectedId: HOSTILE,
      };
      const first = renderPanel(state);
      assertNoInjection(first);
      assert.ok(first.includes(`<h1>${esc(HOSTILE)}() <span class="muted">in ${esc(HOSTILE)}</span></h1>`));
      assert.ok(first.includes(`data-id="${esc(HOSTILE)}"`));
      assertNoInjection(renderPanel({ ...state, selectedId: 'r2' }));
    });
    it('in an error', () => {
      const html = renderPanel({
        runs: [record({ status: 'error', results: [], functionName: HOSTILE, error: { code: 'user-exception', message: HOSTILE, hint: HOSTILE, location: { file: `/w/${HOSTILE}`, line: 3 }, traceback: `</pre>${HOSTILE}` } })],
      });
      assertNoInjection(html);
      assert.equal(count(html, '</pre>'), 1, 'the traceback closed its <pre>');
    });
    it('in numbers and modes that arrive as text from a misbehaving harness', () => {
      const text = HOSTILE as unknown as number;
      const odd = raceResult([{ mode: HOSTILE as 'threads', expected: text, observed: 1, lost: 0 }], gil311, { workers: text });
      const skipped = { ...measured, workers: text, repeats: text, poolStartupSeconds: 0.1, load: { skipped: [{ line: `"><img src=x onerror="alert(1)` as unknown as number, text: 'x', reason: 'y' }], missingNames: [] } };
      const error = record({ status: 'error', results: [], error: { code: 'syntax-error', message: 'm', location: { file: '/w/a.py', line: `"><img src=x onerror="alert(1)` as unknown as number } } });
      assertNoInjection(raceSection(odd, '/usr/bin/python3'));
      assertNoInjection(measureSection(skipped, '/usr/bin/python3'));
      assertNoInjection(renderPanel({ runs: [error] }));
    });
  });
});
