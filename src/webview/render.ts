/**
 * The timings panel as HTML and SVG strings, from the host's state. Pure (no DOM), so plain mocha
 * tests it. Colours come only from classes styled with --vscode-* variables in media/panel.css:
 * the CSP allows no inline styles.
 */
import type { InterpreterFacts, Mode, RepeatSample } from '../shared/harnessProtocol';
import type { MeasureResult, ModeStats, RaceResult, SpeedupStats } from '../shared/results';
import type { PanelState, RunRecord } from '../shared/panelMessages';
import { speedup as speedupOf, statsByMode } from '../measure/stats';
import { schedulerSentences } from '../measure/scheduler/words';
import { schedulerSection, switchIntervalLabel, type LaneView } from './schedulerLanes';
import { outputBlock, warningsList } from './runNotes';
import { esc, fmtSeconds, fmtTimes } from './html';
import { compareSummary } from './compare';

export { esc, fmtSeconds, fmtTimes };

/** Zoom windows of the scheduler lanes, by `${run id}:${result index}`; the webview keeps them. */
export type LaneViews = ReadonlyMap<string, LaneView>;

const MODES: Mode[] = ['serial', 'threads', 'processes'];

const basename = (p: string) => p.split(/[\\/]/).pop() ?? p;
const num = (n: number) => esc(typeof n === 'number' ? n.toLocaleString('en-US') : n);

function interpreterLabel(f: InterpreterFacts | undefined, path: string): string {
  return f ? `Python ${f.version}${f.freeThreaded ? 't' : ''} · GIL ${f.gilEnabled ? 'on' : 'off'}${switchIntervalLabel(f)}` : basename(path);
}

// ---------------------------------------------------------------- chart: medians, spread, every repeat

interface ChartRow {
  mode: Mode;
  stats: ModeStats;
  speedup?: SpeedupStats;
}

export function timingsChart(rows: ChartRow[], title: string): string {
  if (rows.length === 0) return '';
  const width = 560;
  const left = 92;
  const right = 70;
  const rowH = 34;
  const top = 8;
  const height = top + rows.length * rowH + 24;
  const max = Math.max(...rows.flatMap((r) => r.stats.samplesSeconds), ...rows.map((r) => r.stats.maxSeconds)) * 1.08 || 1;
  const x = (s: number) => left + ((width - left - right) * s) / max;
  const parts: string[] = [];
  // grid: 4 ticks
  for (let i = 0; i <= 4; i++) {
    const t = (max * i) / 4;
    parts.push(`<line class="grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top}" y2="${top + rows.length * rowH}"/>`);
    parts.push(`<text class="tick" x="${x(t).toFixed(1)}" y="${height - 6}" text-anchor="middle">${esc(fmtSeconds(t))}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const mid = y + rowH / 2;
    parts.push(`<text class="label" x="${left - 8}" y="${mid + 4}" text-anchor="end">${r.mode}</text>`);
    parts.push(`<rect class="bar ${r.mode}" x="${left}" y="${y + 8}" width="${Math.max(1, x(r.stats.medianSeconds) - left).toFixed(1)}" height="${rowH - 16}" rx="2"><title>${r.mode}: median ${esc(fmtSeconds(r.stats.medianSeconds))}</title></rect>`);
    parts.push(`<line class="whisker" x1="${x(r.stats.minSeconds).toFixed(1)}" x2="${x(r.stats.maxSeconds).toFixed(1)}" y1="${mid}" y2="${mid}"/>`);
    for (const edge of [r.stats.minSeconds, r.stats.maxSeconds]) parts.push(`<line class="whisker" x1="${x(edge).toFixed(1)}" x2="${x(edge).toFixed(1)}" y1="${mid - 6}" y2="${mid + 6}"/>`);
    r.stats.samplesSeconds.forEach((s, k) => parts.push(`<circle class="point" cx="${x(s).toFixed(1)}" cy="${(mid + ((k % 3) - 1) * 3).toFixed(1)}" r="2.6"><title>repeat ${k + 1}: ${esc(fmtSeconds(s))}</title></circle>`));
    const label = `${fmtSeconds(r.stats.medianSeconds)}${r.speedup ? `  ${fmtTimes(r.speedup.median)}` : ''}`;
    parts.push(`<text class="value" x="${width - right + 6}" y="${mid + 4}">${esc(label)}</text>`);
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" preserveAspectRatio="xMinYMin meet"><title>${esc(title)}</title>${parts.join('')}</svg>`;
}

export function timingsTable(rows: ChartRow[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${r.mode}</th><td>${fmtSeconds(r.stats.medianSeconds)}</td><td>${fmtSeconds(r.stats.minSeconds)}</td><td>${fmtSeconds(r.stats.maxSeconds)}</td><td>${fmtSeconds(r.stats.madSeconds)}</td><td>${r.speedup ? `${fmtTimes(r.speedup.median)} (${fmtTimes(r.speedup.low)}–${fmtTimes(r.speedup.high)})` : '—'}</td><td>${r.stats.cpuPerWallMedian.toFixed(2)}</td></tr>`,
    )
    .join('');
  return `<table class="data"><thead><tr><th scope="col">mode</th><th scope="col">median</th><th scope="col">min</th><th scope="col">max</th><th scope="col">MAD</th><th scope="col">speedup (range)</th><th scope="col">CPU s per wall s</th></tr></thead><tbody>${body}</tbody></table>`;
}

// ---------------------------------------------------------------- timeline: one lane per worker

/** The repeat whose wall time is the median of its mode: the representative one to draw. */
export function medianRepeat(samples: RepeatSample[], mode: Mode): RepeatSample | undefined {
  const mine = samples.filter((s) => s.mode === mode).sort((a, b) => a.wallSeconds - b.wallSeconds);
  return mine[Math.floor((mine.length - 1) / 2)];
}

export function timeline(samples: RepeatSample[], title: string): string {
  const reps = MODES.map((m) => medianRepeat(samples, m)).filter((s): s is RepeatSample => !!s);
  if (reps.length === 0) return '';
  const width = 560;
  const left = 92;
  const right = 16;
  const lane = 16;
  const gap = 12;
  const max = Math.max(...reps.map((r) => Math.max(r.wallSeconds, ...r.workers.map((w) => w.endSeconds)))) * 1.02 || 1;
  const x = (s: number) => left + ((width - left - right) * Math.max(0, s)) / max;
  const parts: string[] = [];
  let y = 6;
  for (const rep of reps) {
    parts.push(`<text class="label" x="${left - 8}" y="${y + 12}" text-anchor="end">${rep.mode}</text>`);
    const lanes = rep.mode === 'serial' ? [rep.workers] : rep.workers.map((w) => [w]);
    lanes.forEach((spans, i) => {
      const ly = y + i * lane;
      parts.push(`<line class="lane" x1="${left}" x2="${width - right}" y1="${ly + lane / 2}" y2="${ly + lane / 2}"/>`);
      for (const w of spans) {
        const w0 = x(w.startSeconds);
        const w1 = Math.max(w0 + 1, x(w.endSeconds));
        const share = w.endSeconds > w.startSeconds ? Math.min(1, w.cpuSeconds / (w.endSeconds - w.startSeconds)) : 0;
        const tip = `${rep.mode} worker ${w.worker + 1}: ran ${fmtSeconds(w.startSeconds)}–${fmtSeconds(w.endSeconds)}, CPU ${fmtSeconds(w.cpuSeconds)} (${Math.round(share * 100)}% of its span)`;
        parts.push(`<rect class="span ${rep.mode}" x="${w0.toFixed(1)}" y="${ly + 2}" width="${(w1 - w0).toFixed(1)}" height="${lane - 4}" rx="2"><title>${esc(tip)}</title></rect>`);
        parts.push(`<rect class="cpu ${rep.mode}" x="${w0.toFixed(1)}" y="${ly + 5}" width="${((w1 - w0) * share).toFixed(1)}" height="${lane - 10}"/>`);
      }
    });
    y += lanes.length * lane + gap;
  }
  parts.push(`<text class="tick" x="${left}" y="${y + 4}">0</text><text class="tick" x="${width - right}" y="${y + 4}" text-anchor="end">${esc(fmtSeconds(max))}</text>`);
  return `<svg class="timeline" viewBox="0 0 ${width} ${y + 10}" role="img" aria-label="${esc(title)}" preserveAspectRatio="xMinYMin meet"><title>${esc(title)}</title>${parts.join('')}</svg>`;
}

// ---------------------------------------------------------------- cards

export function interpreterCard(f: InterpreterFacts): string {
  const rows: [string, string][] = [
    ['Version', `${f.implementation === 'cpython' ? 'CPython' : f.implementation} ${f.version}`],
    ['Build', f.freeThreaded ? 'free-threaded (no GIL built in)' : 'with the GIL'],
    ['GIL right now', f.gilEnabled ? 'on' : 'off'],
    ['CPUs usable', String(f.cpuCount)],
    ['Switch interval', `${(f.switchIntervalSeconds * 1000).toFixed(1)} ms`],
    ['Start method', f.startMethod],
    ['Executable', f.executable],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd${k === 'Executable' ? ' class="path"' : ''}>${esc(v)}</dd>`).join('')}</dl>`;
}

function loadReport(r: MeasureResult | RaceResult): string {
  const { skipped, missingNames } = r.load;
  const warn = missingNames.length
    ? `<p class="warning" role="alert">${esc(r.target.function)}() reads ${missingNames.map((n) => `<code>${esc(n)}</code>`).join(', ')}, which only ${missingNames.length === 1 ? 'a skipped statement sets' : 'skipped statements set'}. Move that set-up into the function or above it as a plain assignment.</p>`
    : '';
  if (skipped.length === 0) return warn;
  const items = skipped.map((s) => `<li><button class="link" data-action="open" data-file="${esc(r.target.file)}" data-line="${esc(s.line)}">line ${esc(s.line)}</button> <code>${esc(s.text)}</code> — ${esc(s.reason)}</li>`).join('');
  return `${warn}<details class="skipped"><summary>Skipped ${skipped.length} top-level statement${skipped.length === 1 ? '' : 's'} so only ${esc(r.target.function)}() was timed</summary><ul>${items}</ul></details>`;
}

/** What the threads share and what each process copies: why processes never lose an update to it. */
function sharingNote(r: MeasureResult | RaceResult): string {
  return r.sharing ? `<p class="note sharing">${esc(r.sharing)}</p>` : '';
}

function verdictBox(r: MeasureResult | RaceResult): string {
  const scheduler = r.kind === 'measure' && r.scheduler?.available ? schedulerSentences(r).map((s) => `<p class="scheduler-words">${esc(s)}</p>`).join('') : '';
  return `<div class="verdict" role="status"><p>${esc(r.verdict.headline)}</p>${scheduler}<p class="detail">${esc(r.verdict.detail)}</p><button class="link" data-action="step" data-step="${esc(r.verdict.step)}">Why? Open the walkthrough step</button></div>`;
}

function rowsOf(modes: Partial<Record<Mode, ModeStats>>, speedups: { threads?: SpeedupStats; processes?: SpeedupStats }): ChartRow[] {
  return MODES.filter((m) => modes[m]).map((m) => ({ mode: m, stats: modes[m]!, speedup: m === 'serial' ? undefined : speedups[m] }));
}

export function measureSection(r: MeasureResult, path: string, lanes?: { key: string; view?: LaneView }): string {
  const rows = rowsOf(r.modes, r.speedup);
  const label = interpreterLabel(r.interpreter, path);
  const pool = r.poolStartupSeconds !== undefined ? `<p class="note">Starting the ${esc(r.workers)}-process pool took ${fmtSeconds(r.poolStartupSeconds)}; that is not in the processes time.</p>` : '';
  return `<section class="result" aria-label="${esc(label)}">
<h3>${esc(label)}</h3>
${verdictBox(r)}
${warningsList(r.warnings)}${outputBlock(r.output, r.target.function)}
<h4>${esc(r.workers)} calls per mode, ${esc(r.repeats)} repeats</h4>
${sharingNote(r)}
${timingsChart(rows, `Wall time per mode on ${label}: bar at the median, whiskers from min to max, a dot per repeat`)}
<details class="table-alt"><summary>Show as a table</summary>${timingsTable(rows)}</details>
<h4>Per-worker timeline (the median repeat of each mode)</h4>
<p class="note">Each bar is one call; its filled part is the CPU time it got. Under the GIL, threads' bars stretch while their CPU shares shrink.</p>
${timeline(r.samples, `Per-worker timeline on ${label}`)}
${schedulerSection(r, lanes?.key ?? '', lanes?.view)}
${pool}
${loadReport(r)}
<details class="interpreter"><summary>Interpreter</summary>${interpreterCard(r.interpreter)}</details>
</section>`;
}

export function raceSection(r: RaceResult, path: string): string {
  const label = interpreterLabel(r.interpreter, path);
  const rows = r.runs
    .map((run, i) => {
      const pct = run.expected ? (100 * run.lost) / run.expected : 0;
      return `<tr><th scope="row">${i + 1}</th><td>${esc(run.mode)}</td><td>${num(run.expected)}</td><td>${num(run.observed)}</td><td class="${run.lost > 0 ? 'lost' : 'ok'}">${num(run.lost)} (${pct.toFixed(1)}%)</td></tr>`;
    })
    .join('');
  return `<section class="result" aria-label="${esc(label)}">
<h3>${esc(label)}: race check on <code>${esc(r.state ?? r.global)}</code></h3>
${verdictBox(r)}
${warningsList(r.warnings)}${outputBlock(r.output, r.target.function)}
<table class="data"><caption>${esc(r.workers)} threads per run; expected is what the same calls add one after another</caption><thead><tr><th scope="col">run</th><th scope="col">mode</th><th scope="col">expected</th><th scope="col">observed</th><th scope="col">lost updates</th></tr></thead><tbody>${rows}</tbody></table>
${sharingNote(r)}
${loadReport(r)}
<details class="interpreter"><summary>Interpreter</summary>${interpreterCard(r.interpreter)}</details>
</section>`;
}

function errorSection(run: RunRecord): string {
  const e = run.error!;
  const where = e.location ? `<p><button class="link" data-action="open" data-file="${esc(e.location.file)}" data-line="${esc(e.location.line)}">${esc(basename(e.location.file))}:${esc(e.location.line)}</button></p>` : '';
  return `<section class="error" role="alert"><h3>${esc(e.message)}</h3>${e.hint ? `<p>${esc(e.hint)}</p>` : ''}${where}${warningsList(e.warnings)}${outputBlock(e.output, run.functionName)}${e.traceback ? `<details><summary>Traceback</summary><pre>${esc(e.traceback)}</pre></details>` : ''}</section>`;
}

function liveSection(run: RunRecord): string {
  return run.live
    .map((live, i) => {
      if (live.samples.length === 0) return '';
      const modes = statsByMode(live.samples);
      const speedups = { threads: speedupOf(live.samples, 'threads'), processes: speedupOf(live.samples, 'processes') };
      const label = interpreterLabel(live.facts, run.interpreters[i] ?? '');
      return `<section class="result live"><h3>${esc(label)} — so far</h3>${timingsChart(rowsOf(modes, speedups), `Timings so far on ${label}`)}</section>`;
    })
    .join('');
}

function runBody(run: RunRecord, views?: LaneViews): string {
  const lanes = (i: number) => ({ key: `${run.id}:${i}`, view: views?.get(`${run.id}:${i}`) });
  const done = run.results.map((r, i) => (r ? (r.kind === 'race' ? raceSection(r, run.interpreters[i]) : measureSection(r, run.interpreters[i], lanes(i))) : '')).join('');
  const parts = [
    run.status === 'running' ? `<p class="progress" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span>${esc(run.progress ?? 'Starting…')} <button data-action="cancel">Cancel</button></p>` : '',
    run.status === 'cancelled' ? '<p class="note" role="status">Cancelled: every process the run started was stopped.</p>' : '',
    run.error ? errorSection(run) : '',
    run.results.length >= 2 && run.results.every((r) => r?.kind === 'measure') ? compareSummary(run.results as MeasureResult[], run.id) : '',
    `<div class="${run.results.length >= 2 ? 'side-by-side' : ''}">${done}</div>`,
    run.status === 'running' ? liveSection(run) : '',
  ];
  return parts.join('');
}

function historyList(state: PanelState, selected: RunRecord): string {
  const items = state.runs
    .slice()
    .reverse()
    .map((run) => {
      const time = new Date(run.startedAt).toLocaleTimeString();
      const what = run.kind === 'race' ? 'race check' : run.kind === 'compare' ? 'compare' : run.kind === 'threads' ? 'serial vs threads' : run.kind === 'switch-interval' ? 'switch interval' : 'with processes';
      const current = run.id === selected.id;
      return `<li><button class="history-item${current ? ' current' : ''}" data-action="select" data-id="${esc(run.id)}"${current ? ' aria-current="true"' : ''}>${esc(run.functionName)}() — ${esc(what)} <span class="muted">${esc(time)} · ${esc(run.status)}</span></button></li>`;
    })
    .join('');
  return `<nav class="history" aria-label="Runs in this session"><h2>History</h2><ul>${items}</ul></nav>`;
}

export function renderPanel(state: PanelState, views?: LaneViews): string {
  const selected = state.runs.find((r) => r.id === state.selectedId) ?? state.runs[state.runs.length - 1];
  if (!selected) {
    return `<main class="empty"><h1>GIL Lab: Timings</h1><p>Click <strong>▶ Serial vs threaded</strong> above a Python function, or run <em>GIL Lab: Run Serial vs Threaded</em> from the Command Palette. The numbers come from your own interpreter.</p><p><button class="link" data-action="step" data-step="what-is-the-gil">Open the walkthrough</button></p></main>`;
  }
  const actions =
    selected.status === 'running'
      ? ''
      : `<div class="actions" role="toolbar" aria-label="Run actions"><button data-action="rerun" data-id="${esc(selected.id)}">Re-run</button><button data-action="copy" data-id="${esc(selected.id)}"${selected.results.some(Boolean) ? '' : ' disabled'}>Copy as Markdown</button><button data-action="export" data-format="json" data-id="${esc(selected.id)}"${selected.results.some(Boolean) ? '' : ' disabled'}>Export JSON</button><button data-action="export" data-format="csv" data-id="${esc(selected.id)}"${selected.results.some(Boolean) ? '' : ' disabled'}>Export CSV</button></div>`;
  return `<main>
<header><h1>${esc(selected.functionName)}() <span class="muted">in ${esc(basename(selected.file))}</span></h1>${actions}</header>
${runBody(selected, views)}
${state.runs.length > 1 ? historyList(state, selected) : ''}
</main>`;
}
