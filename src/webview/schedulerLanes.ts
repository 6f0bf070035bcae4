/**
 * The scheduler lanes under the per-worker bars: one lane per thread (per process in the processes
 * mode) showing when the OS had it running, waiting for a lock, waiting for anything else, or ready
 * without a CPU. Zoomable to a few milliseconds by buttons that carry the window they show next, so
 * the webview script only stores it. Pure HTML/SVG strings; colours from classes in media/panel.css.
 */
import type { InterpreterFacts, Mode } from '../shared/harnessProtocol';
import type { MeasureResult } from '../shared/results';
import type { Interval, RepeatTimeline, SchedulerNumbers } from '../shared/scheduler';
import { esc } from './html';

/** The part of a repeat on show, in seconds from its start. */
export interface LaneView {
  from: number;
  to: number;
}

/** The narrowest window the zoom goes to: a few switch intervals. */
export const MIN_WINDOW_SECONDS = 0.002;

/** Milliseconds with three significant digits, the decimals chosen after rounding (99.996 ms reads "100 ms"). */
const ms = (s: number): string => {
  const v = s * 1000;
  const a = Math.abs(v);
  return `${v.toFixed(a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2)} ms`;
};
/** Window edges in data attributes, without floating-point tails. */
const attr = (s: number) => String(Number(s.toFixed(6)));
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The interpreter's default switch interval: a run at another says so in its label. */
const DEFAULT_SWITCH_INTERVAL = 0.005;

/** " · switch interval 1.00 ms" for a run that set its own, else ''. */
export function switchIntervalLabel(f: InterpreterFacts): string {
  return Math.abs(f.switchIntervalSeconds - DEFAULT_SWITCH_INTERVAL) > 1e-9 ? ` · switch interval ${ms(f.switchIntervalSeconds)}` : '';
}

/** ", median slice 1.20 ms, 380 hand-overs/s" for the one-line comparison, or '' without a timeline. */
export function sliceSummary(r: MeasureResult): string {
  const n = r.scheduler?.available ? r.scheduler.summary.threads : undefined;
  if (!n) return '';
  return `${n.medianSliceSeconds === null ? '' : `, median slice ${ms(n.medianSliceSeconds)}`}, ${n.handoversPerSecond.toFixed(0)} hand-overs/s`;
}

/** The repeat whose wall time is the median of its mode's sampled repeats. */
export function representative(timelines: readonly RepeatTimeline[], mode: Mode): RepeatTimeline | undefined {
  const mine = timelines.filter((t) => t.mode === mode).sort((a, b) => a.wallSeconds - b.wallSeconds);
  return mine[Math.floor((mine.length - 1) / 2)];
}

/** Keeps a window inside [0, length] and at least MIN_WINDOW_SECONDS wide. */
export function clampView(view: LaneView, length: number): LaneView {
  const width = Math.min(length, Math.max(MIN_WINDOW_SECONDS, view.to - view.from));
  let from = Math.max(0, view.from);
  if (from + width > length) from = Math.max(0, length - width);
  return { from, to: from + width };
}

/** The windows the zoom buttons lead to. */
export function zoomSteps(view: LaneView, length: number): Record<'in' | 'out' | 'left' | 'right' | 'all', LaneView> {
  const width = view.to - view.from;
  const mid = (view.from + view.to) / 2;
  return {
    in: clampView({ from: mid - width / 4, to: mid + width / 4 }, length),
    out: clampView({ from: mid - width, to: mid + width }, length),
    left: clampView({ from: view.from - width / 2, to: view.to - width / 2 }, length),
    right: clampView({ from: view.from + width / 2, to: view.to + width / 2 }, length),
    all: { from: 0, to: length },
  };
}

/** A tick step giving at most about six ticks. */
export function tickStep(width: number): number {
  const steps = [0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10];
  return steps.find((s) => width / s <= 6) ?? 10;
}

function inView(intervals: readonly Interval[], view: LaneView): Interval[] {
  return intervals.filter(([s, e]) => e > view.from && s < view.to).map(([s, e]) => [Math.max(s, view.from), Math.min(e, view.to)]);
}

const SVG_WIDTH = 560;
const LEFT = 92;
const RIGHT = 16;
const LANE = 22;
const GAP = 10;

/** The lanes of the representative repeats in one SVG, for the window on show. */
export function lanesSvg(shown: readonly RepeatTimeline[], view: LaneView, title: string): string {
  const x = (s: number) => LEFT + ((SVG_WIDTH - LEFT - RIGHT) * (s - view.from)) / (view.to - view.from);
  const rect = (cls: string, [s, e]: Interval, y: number, h: number, tip?: string) =>
    `<rect class="${cls}" x="${x(s).toFixed(2)}" y="${y.toFixed(1)}" width="${Math.max(0.6, x(e) - x(s)).toFixed(2)}" height="${h}">${tip ? `<title>${esc(tip)}</title>` : ''}</rect>`;
  const parts: string[] = [];
  let y = 4;
  for (const t of shown) {
    const who = t.mode === 'processes' ? 'process' : 'thread';
    t.lanes.forEach((lane, i) => {
      const ly = y + i * LANE;
      parts.push(`<text class="label" x="${LEFT - 8}" y="${ly + LANE / 2 + 4}" text-anchor="end">${esc(`${t.mode === 'processes' ? 'process' : 'thread'} ${lane.worker + 1}`)}</text>`);
      parts.push(`<line class="lane" x1="${LEFT}" x2="${SVG_WIDTH - RIGHT}" y1="${ly + LANE / 2}" y2="${ly + LANE / 2}"/>`);
      for (const w of inView(lane.lockWaits, view)) parts.push(rect('sched-lock', w, ly + LANE / 2 - 2, 4, `${who} ${lane.worker + 1} waited for a lock ${ms(w[0])}–${ms(w[1])}`));
      for (const w of inView(lane.otherWaits, view)) parts.push(rect('sched-other', w, ly + LANE / 2 - 1, 2, `${who} ${lane.worker + 1} waited (sleep, I/O) ${ms(w[0])}–${ms(w[1])}`));
      for (const s of lane.slices) {
        const [a, b] = s;
        if (b <= view.from || a >= view.to) continue;
        parts.push(rect(`sched-run ${t.mode}`, [Math.max(a, view.from), Math.min(b, view.to)], ly + 3, LANE - 6, `${who} ${lane.worker + 1} ran ${ms(a)}–${ms(b)} (${ms(b - a)})`));
      }
      for (const w of inView(lane.readyWaits, view)) {
        // A pale block with stripes: inside a turn it lightens the running block, before one it stands alone.
        parts.push(rect(`sched-ready-base ${t.mode}`, w, ly + 3, LANE - 6));
        parts.push(rect('sched-ready', w, ly + 3, LANE - 6, `${who} ${lane.worker + 1} ready, no CPU free ${ms(w[0])}–${ms(w[1])}`));
      }
    });
    y += t.lanes.length * LANE + GAP;
  }
  const step = tickStep(view.to - view.from);
  for (let tick = Math.ceil(view.from / step - 1e-9) * step; tick <= view.to + 1e-9; tick += step) {
    parts.push(`<line class="grid" x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="2" y2="${y - GAP + 2}"/>`);
    parts.push(`<text class="tick" x="${x(tick).toFixed(1)}" y="${y + 6}" text-anchor="middle">${esc(ms(tick))}</text>`);
  }
  // Ready-but-no-CPU is drawn as stripes over the running block (a pattern the stylesheet colours).
  const hatch = '<defs><pattern id="sched-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><line class="hatch" x1="1" y1="0" x2="1" y2="4"/></pattern></defs>';
  return `<svg class="timeline scheduler" viewBox="0 0 ${SVG_WIDTH} ${y + 12}" role="img" aria-label="${esc(title)}" preserveAspectRatio="xMinYMin meet"><title>${esc(title)}</title>${hatch}${parts.join('')}</svg>`;
}

function numbersRow(mode: string, n: SchedulerNumbers, switchInterval: number): string {
  const cells = [
    n.handoversPerSecond.toFixed(0),
    n.medianSliceSeconds === null ? '—' : ms(n.medianSliceSeconds),
    mode === 'threads' ? ms(switchInterval) : '—',
    pct(n.overlapShare),
    n.waitsClassified ? ms(n.lockWaitSeconds) : '—',
    n.waitsClassified ? ms(n.otherWaitSeconds) : ms(n.lockWaitSeconds + n.otherWaitSeconds),
    ms(n.readyWaitSeconds),
  ];
  return `<tr><th scope="row">${esc(mode)}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
}

/** The table alternative: the numbers per mode, then every slice of the lanes on show. */
export function schedulerTable(r: MeasureResult, shown: readonly RepeatTimeline[], view: LaneView): string {
  const report = r.scheduler;
  if (!report?.available) return '';
  const rows = (['threads', 'processes'] as const).filter((m) => report.summary[m]).map((m) => numbersRow(m, report.summary[m]!, report.switchIntervalSeconds));
  const numbers = `<table class="data"><caption>Medians over the sampled repeats</caption><thead><tr><th scope="col">mode</th><th scope="col">hand-overs per s</th><th scope="col">median slice</th><th scope="col">switch interval</th><th scope="col">two or more at once</th><th scope="col">lock waits</th><th scope="col">other waits</th><th scope="col">ready, no CPU</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const slices = shown
    .flatMap((t) =>
      t.lanes.map((lane) => {
        const visible = inView(lane.slices, view);
        return `<tr><th scope="row">${esc(t.mode)} ${esc(lane.worker + 1)}</th><td>${esc(visible.length)}</td><td>${esc(visible.map(([a, b]) => `${ms(a)}–${ms(b)}`).join(', ') || '—')}</td></tr>`;
      }),
    )
    .join('');
  const slicesTable = `<table class="data sched-slices"><caption>Run slices from ${esc(ms(view.from))} to ${esc(ms(view.to))}</caption><thead><tr><th scope="col">worker</th><th scope="col">slices</th><th scope="col">when it ran</th></tr></thead><tbody>${slices}</tbody></table>`;
  return `${numbers}${slicesTable}`;
}

function zoomBar(key: string, view: LaneView, length: number): string {
  const steps = zoomSteps(view, length);
  const button = (step: keyof typeof steps, label: string, text: string, disabled: boolean) =>
    `<button data-action="zoom" data-key="${esc(key)}" data-from="${attr(steps[step].from)}" data-to="${attr(steps[step].to)}" aria-label="${esc(label)}"${disabled ? ' disabled' : ''}>${esc(text)}</button>`;
  const whole = view.from <= 0 && view.to >= length;
  const narrowest = view.to - view.from <= MIN_WINDOW_SECONDS + 1e-9;
  return `<div class="actions sched-zoom" role="toolbar" aria-label="Zoom the scheduler lanes">${button('in', 'Zoom in', 'Zoom in', narrowest)}${button('out', 'Zoom out', 'Zoom out', whole)}${button('left', 'Earlier', '◀ Earlier', view.from <= 0)}${button('right', 'Later', 'Later ▶', view.to >= length)}${button('all', 'Whole repeat', 'Whole repeat', whole)}<span class="muted">${esc(`${ms(view.from)}–${ms(view.to)} of ${ms(length)}`)}</span></div>`;
}

/**
 * The section under the per-worker bars: the lanes with their zoom, a legend, and the table
 * alternative; one line saying why where there is no timeline; nothing for a run never sampled.
 */
export function schedulerSection(r: MeasureResult, key: string, view?: LaneView): string {
  const report = r.scheduler;
  if (!report) return '';
  if (!report.available) return `<p class="note sched-missing">${esc(report.reason)}</p>`;
  const shown = (['threads', 'processes'] as const).map((m) => representative(report.repeats, m)).filter((t): t is RepeatTimeline => !!t);
  if (shown.length === 0) return '';
  const length = Math.max(...shown.map((t) => t.wallSeconds));
  const current = view ? clampView(view, length) : { from: 0, to: length };
  const label = `When each worker ran, as the OS scheduler saw it (the median repeat${shown.length > 1 ? ' of each mode' : ''})`;
  return `<h4>${esc(label)}</h4>
<p class="note">Sampled from outside Python, on average every ${esc(ms(shown[0].intervalSeconds))}. A filled block: running; a thick line under it: waiting for a lock (the GIL or another); a thin line: waiting for something else (sleep, I/O); a striped block: ready, but no CPU was free.</p>
${zoomBar(key, current, length)}
${lanesSvg(shown, current, `${label}, ${ms(current.from)} to ${ms(current.to)}`)}
<details class="table-alt"><summary>Show the scheduler timeline as a table</summary>${schedulerTable(r, shown, current)}</details>`;
}
