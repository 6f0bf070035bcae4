/** Copy-as-Markdown, CSV and plain-text renderings of results. Pure. */
import type { Mode } from '../shared/harnessProtocol';
import type { MeasureResult, RaceResult } from '../shared/results';
import { seconds, times } from './verdict';
import type { CapturedOutput, RunWarning } from '../shared/harnessProtocol';
import { amount } from './outputCapture';

const MODES: Mode[] = ['serial', 'threads', 'processes'];

export function interpreterLine(r: MeasureResult | RaceResult): string {
  const f = r.interpreter;
  return `Python ${f.version}${f.freeThreaded ? ' (free-threaded build)' : ''}, GIL ${f.gilEnabled ? 'on' : 'off'}, ${f.cpuCount} CPUs, start method ${f.startMethod} — ${f.executable}`;
}

export function toMarkdown(r: MeasureResult | RaceResult): string {
  const lines = [`### GIL Lab: ${r.target.function}() — ${r.kind === 'race' ? `race check on \`${r.state ?? r.global}\`` : `${r.workers} workers, ${r.repeats} repeats`}`, '', interpreterLine(r), ''];
  if (r.kind === 'race') {
    lines.push('| run | mode | expected | observed | lost |', '| ---: | --- | ---: | ---: | ---: |');
    r.runs.forEach((run, i) => lines.push(`| ${i + 1} | ${run.mode} | ${run.expected} | ${run.observed} | ${run.lost} |`));
  } else {
    lines.push('| mode | median | min | max | MAD | speedup |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const mode of MODES) {
      const s = r.modes[mode];
      if (!s) continue;
      const sp = mode === 'serial' ? '' : r.speedup[mode] ? times(r.speedup[mode]!.median) : '';
      lines.push(`| ${mode} | ${seconds(s.medianSeconds)} | ${seconds(s.minSeconds)} | ${seconds(s.maxSeconds)} | ${seconds(s.madSeconds)} | ${sp} |`);
    }
  }
  lines.push('', `**${r.verdict.headline}**`);
  return lines.join('\n') + '\n';
}

export function toCsv(r: MeasureResult | RaceResult): string {
  const q = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  if (r.kind === 'race') {
    return ['run,mode,expected,observed,lost', ...r.runs.map((run, i) => [i + 1, run.mode, run.expected, run.observed, run.lost].map(q).join(','))].join('\n') + '\n';
  }
  const rows = ['mode,repeat,wall_seconds,cpu_seconds,worker,start_seconds,end_seconds,worker_cpu_seconds'];
  for (const s of r.samples) for (const w of s.workers) rows.push([s.mode, s.repeat, s.wallSeconds, s.cpuSeconds, w.worker, w.startSeconds, w.endSeconds, w.cpuSeconds].map(q).join(','));
  return rows.join('\n') + '\n';
}

/** The CLI's human-readable table. */
export function toText(r: MeasureResult | RaceResult): string {
  const lines = [`${r.target.function}() in ${r.target.file}`, interpreterLine(r), ''];
  if (r.kind === 'race') {
    if (r.sharing) lines.push(`  ${r.sharing}`, '');
    r.runs.forEach((run, i) => lines.push(`  run ${String(i + 1).padStart(2)}  ${run.mode.padEnd(8)} expected ${String(run.expected).padStart(10)}  observed ${String(run.observed).padStart(10)}  lost ${run.lost}`));
  } else {
    lines.push(`  ${'mode'.padEnd(10)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}${'MAD'.padStart(10)}${'speedup'.padStart(9)}`);
    for (const mode of MODES) {
      const s = r.modes[mode];
      if (!s) continue;
      const sp = mode === 'serial' ? '' : r.speedup[mode] ? times(r.speedup[mode]!.median) : '';
      lines.push(`  ${mode.padEnd(10)}${seconds(s.medianSeconds).padStart(10)}${seconds(s.minSeconds).padStart(10)}${seconds(s.maxSeconds).padStart(10)}${seconds(s.madSeconds).padStart(10)}${sp.padStart(9)}`);
    }
    if (r.sharing) lines.push('', `  ${r.sharing}`);
    if (r.load.skipped.length) lines.push('', `  Skipped at load: ${r.load.skipped.map((s) => `line ${s.line} (${s.reason})`).join(', ')}`);
  }
  lines.push('', r.verdict.headline);
  const notes = runNotesText(r.warnings, r.output, r.target.function);
  if (notes.length) lines.push('', ...notes);
  return lines.join('\n') + '\n';
}

/** The CLI's lines for what the function left, changed or printed (the panel's are in webview/runNotes.ts). */
export function runNotesText(warnings: readonly RunWarning[] | undefined, output: CapturedOutput | undefined, fn: string): string[] {
  const lines: string[] = [];
  for (const w of warnings ?? []) lines.push(`  Warning: ${w.message}`);
  if (output && output.bytes > output.shownLiveBytes) {
    lines.push(`  ${fn}() printed ${amount(output.bytes)} (${output.lines.toLocaleString('en-US')} lines); the first ${amount(output.shownLiveBytes)} were shown as it ran. First lines:`);
    lines.push(...output.head.split('\n').map((l) => `    ${l}`));
    if (output.tail) lines.push(`    … ${omitted(output)} …`, ...output.tail.split('\n').map((l) => `    ${l}`));
  }
  return lines;
}

function omitted(output: CapturedOutput): string {
  const shown = output.head.split('\n').length + output.tail.split('\n').length;
  return `${Math.max(0, output.lines - shown).toLocaleString('en-US')} lines not shown`;
}
