/**
 * The lesson's cpu_bound() per interpreter: serial vs threads vs processes through
 * `gil-lab measure --json`, reported as ratios (speedup = serial median / mode median, and the
 * per-repeat range the engine gives). Targets from the measurement issue, on 2 cores: with the GIL
 * threads/serial time 0.85-1.25 and processes speedup >= 1.6; on a free-threaded build threads
 * speedup >= 1.5.
 */
import { join } from 'node:path';
import { cliJs, fmt, loadAverage, median, root, run, table } from './lib/common.mjs';

const sample = join(root, 'walkthroughs', 'samples', 'cpu_bound.py');

function verdictOf(row, cpus) {
  if (cpus < 2) return 'one CPU: no parallel speedup possible';
  const notes = [];
  if (row.gilEnabled) {
    notes.push(row.threadsOverSerial >= 0.85 && row.threadsOverSerial <= 1.25 ? 'threads/serial in 0.85-1.25' : 'threads/serial OUTSIDE 0.85-1.25');
  } else {
    notes.push(row.speedupThreads >= 1.5 ? 'threads speedup >= 1.5' : 'threads speedup BELOW 1.5');
  }
  notes.push(row.speedupProcesses >= 1.6 ? 'processes >= 1.6' : 'processes BELOW 1.6');
  return notes.join('; ');
}

export async function cpuRatios({ full, pythons, rejected = [], log }) {
  const repeats = full ? 9 : 3;
  const rows = [];
  for (const py of pythons) {
    log(`  ${py.label}: ${py.path}, ${repeats} repeats`);
    const r = await run(process.execPath, [cliJs, 'measure', `${sample}::cpu_bound`, '--python', py.path, '--repeats', String(repeats), '--json']);
    if (r.code !== 0) {
      rows.push({ label: py.label, path: py.path, error: r.stderr.trim().split('\n')[0] });
      continue;
    }
    const d = JSON.parse(r.stdout);
    const res = d.result;
    const row = {
      label: py.label,
      path: py.path,
      version: d.interpreter.version,
      freeThreaded: d.interpreter.freeThreaded,
      gilEnabled: d.interpreter.gilEnabled,
      cpuCount: d.interpreter.cpuCount,
      workers: d.workers,
      repeats: d.repeats,
      serialS: d.modes.serial.medianSeconds,
      threadsS: d.modes.threads.medianSeconds,
      processesS: d.modes.processes.medianSeconds,
      speedupThreads: d.speedup.threads,
      speedupThreadsRange: [res.speedup.threads?.low, res.speedup.threads?.high],
      speedupProcesses: d.speedup.processes,
      speedupProcessesRange: [res.speedup.processes?.low, res.speedup.processes?.high],
      threadsOverSerial: d.modes.threads.medianSeconds / d.modes.serial.medianSeconds,
      processesOverSerial: d.modes.processes.medianSeconds / d.modes.serial.medianSeconds,
      poolStartupS: res.poolStartupSeconds ?? null,
      verdict: d.verdict,
      wallS: r.wallMs / 1000,
    };
    // CPU seconds per wall second in each mode: about 1 when the GIL serialises the threads, about
    // the worker count when they really run in parallel. Less sensitive to others' load than wall
    // ratios (a busy machine lowers it only by taking cores away).
    for (const mode of ['serial', 'threads', 'processes']) {
      const ss = res.samples.filter((x) => x.mode === mode);
      row[`${mode}CpuPerWall`] = median(ss.map((x) => x.cpuSeconds / x.wallSeconds));
    }
    row.loadAverage = loadAverage()?.[0];
    row.targets = verdictOf(row, row.cpuCount);
    rows.push(row);
  }
  const range = (r) => (Number.isFinite(r?.[0]) ? `${r[0].toFixed(2)}-${r[1].toFixed(2)}` : '');
  const text = table([
    ['interpreter', 'GIL', 'workers', 'serial', 'threads/serial', 'speedup threads (range)', 'speedup processes (range)', 'CPU/wall threads', 'CPU/wall processes', 'pool start', 'targets'],
    ...rows.map((r) =>
      r.error
        ? [r.label, '', '', '', '', '', '', '', '', '', `error: ${r.error}`]
        : [
            `${r.label} (${r.version}${r.freeThreaded ? 't' : ''})`,
            r.gilEnabled ? 'on' : 'off',
            r.workers,
            fmt.s(r.serialS),
            fmt.ratio(r.threadsOverSerial),
            `${fmt.x(r.speedupThreads)} (${range(r.speedupThreadsRange)})`,
            `${fmt.x(r.speedupProcesses)} (${range(r.speedupProcessesRange)})`,
            fmt.ratio(r.threadsCpuPerWall),
            fmt.ratio(r.processesCpuPerWall),
            r.poolStartupS === null ? '' : fmt.s(r.poolStartupS),
            r.targets,
          ],
    ),
  ]);
  const missing = ['3.9', '3.13t'].filter((l) => !pythons.some((p) => p.label === l));
  const busy = rows.filter((r) => r.loadAverage > r.cpuCount);
  const notes = [];
  if (busy.length) notes.push(`machine busy (load average ${busy.map((r) => r.loadAverage).join(', ')} on ${busy[0].cpuCount} CPUs): wall-time speedups are unreliable, and CPU/wall below 1 shows how little CPU the run got; rerun on a quiet machine`);
  notes.push(...missing.map((l) => {
    const r = rejected.find((x) => x.label === l);
    return r ? `${l}: ${r.path} found but not usable (${r.why})` : `${l}: not found on this machine`;
  }));
  return { result: { repeats, rows, notes }, text: notes.length ? `${text}\n${notes.join('\n')}` : text };
}
