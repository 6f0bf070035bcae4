/**
 * The two-interpreter comparison's summary: each build's speedups, one call's cost on each (what the
 * free-threaded build pays in single-thread speed), and whether the CPUs were free while it ran. Pure.
 */
import type { MeasureResult } from '../shared/results';
import { quantile } from '../measure/stats';
import { STARVED_SHARE } from '../measure/explain';
import { sliceSummary } from './schedulerLanes';
import { esc, fmtSeconds, fmtTimes } from './html';

const times = (x: number | undefined): string => fmtTimes(x) || '—';
const median = (v: number[]): number => quantile([...v].sort((a, b) => a - b), 0.5);
const label = (r: MeasureResult): string => `Python ${r.interpreter.version}${r.interpreter.freeThreaded ? 't' : ''} · GIL ${r.interpreter.gilEnabled ? 'on' : 'off'}`;

/** One call's length alone: the median serial call. */
export function oneCallSeconds(r: MeasureResult): number | undefined {
  const spans = r.samples.filter((s) => s.mode === 'serial').flatMap((s) => s.workers.map((w) => w.endSeconds - w.startSeconds));
  return spans.length ? median(spans) : undefined;
}

const shares = (r: MeasureResult, mode: 'serial' | 'threads' | 'processes'): number[] =>
  r.samples.filter((s) => s.mode === mode).flatMap((s) => s.workers.filter((w) => w.endSeconds > w.startSeconds).map((w) => w.cpuSeconds / (w.endSeconds - w.startSeconds)));

/**
 * Where the CPUs were not free: calls running together (processes; threads without the GIL) got less
 * CPU per second than one call alone. Under the GIL threads share one CPU by design, so they do not count.
 */
export function starvedRuns(r: MeasureResult): { mode: 'threads' | 'processes'; together: number; alone: number }[] {
  // One call alone: the serial run's CPU per wall second, the figure each verdict's detail line shows.
  const alone = r.modes.serial?.cpuPerWallMedian ?? 0;
  if (!(alone > 0)) return [];
  const out: { mode: 'threads' | 'processes'; together: number; alone: number }[] = [];
  for (const mode of ['processes', 'threads'] as const) {
    if (mode === 'threads' && r.interpreter.gilEnabled) continue;
    const s = shares(r, mode);
    if (s.length && median(s) < STARVED_SHARE * alone) out.push({ mode, together: median(s), alone });
  }
  return out;
}

export function compareSummary(results: MeasureResult[], runId: string): string {
  const lines = results.map((r) => `${label(r)}: threads ${times(r.speedup.threads?.median)}${r.speedup.processes ? `, processes ${times(r.speedup.processes.median)}` : ''}${sliceSummary(r)}`);
  const calls = results.map((r) => ({ r, one: oneCallSeconds(r) }));
  const cells = calls.map(({ r, one }) => `<td>${esc(label(r))}</td><td class="num">${one === undefined ? '—' : esc(fmtSeconds(one))}</td>`);
  const [a, b] = calls;
  let cost = '';
  if (a?.one && b?.one) {
    const [fast, slow] = a.one <= b.one ? [a, b] : [b, a];
    cost = `<p class="note">One call alone, on one thread: ${esc(label(slow.r))} took ${esc(times(slow.one! / fast.one!))} the time of ${esc(label(fast.r))}${
      slow.r.interpreter.freeThreaded && !fast.r.interpreter.freeThreaded ? ': the price of running without the GIL, paid even when nothing runs in parallel' : ''
    }.</p>`;
  }
  const table = `<table class="data single-thread"><caption>Single-thread cost: one call of ${esc(results[0]?.target.function ?? '')}() alone (median of the serial calls)</caption><thead><tr><th scope="col">interpreter</th><th scope="col">one call</th></tr></thead><tbody>${cells.map((c) => `<tr>${c}</tr>`).join('')}</tbody></table>`;
  const starved = results.flatMap((r) => starvedRuns(r).map((s) => `on ${label(r)} each call in ${s.mode} got ${s.together.toFixed(2)} s of CPU per second against ${s.alone.toFixed(2)} s alone`));
  const busy = starved.length
    ? `<div class="warning cpus-busy" role="alert"><p>The CPUs were not free during this comparison: ${esc(starved.join('; '))}. Other programs had the rest, so these speedups understate both builds, and the interpreters ran one after the other, so they may not have met the same load.</p><button data-action="rerun" data-id="${esc(runId)}">Run the comparison again</button></div>`
    : '';
  return `<div class="compare"><p class="compare-summary">${lines.map(esc).join(' &nbsp;|&nbsp; ')}</p>${busy}${table}${cost}</div>`;
}
