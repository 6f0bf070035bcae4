/**
 * Shared helpers for the benches: statistics, child processes with their CPU time, finding the
 * interpreters, loading the TypeScript sources through tsx, and a plain-text table.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const root = dirname(benchDir);
export const cliJs = join(root, 'dist', 'cli.js');
export const serverJs = join(root, 'dist', 'server.js');
const usagePreload = join(benchDir, 'lib', 'report-usage.cjs');

// ---------------------------------------------------------------- statistics

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);
export const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
/** Median absolute deviation, as a fraction of the median. */
export function relMad(values) {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m))) / m;
}

// ---------------------------------------------------------------- child processes

/**
 * Runs a command; resolves with its output, exit code, wall time and (for node children) the CPU
 * time the child reported through the preload. Never rejects on a non-zero exit.
 */
export function run(cmd, args, { cwd = root, env = process.env, input, timeoutMs = 600_000, nodeUsage = false } = {}) {
  let usageDir;
  if (nodeUsage) {
    usageDir = mkdtempSync(join(tmpdir(), 'gil-lab-bench-'));
    args = ['--require', usagePreload, ...args];
    env = { ...env, GIL_LAB_BENCH_USAGE: join(usageDir, 'usage.json') };
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      let usage;
      if (usageDir) {
        try {
          usage = JSON.parse(readFileSync(join(usageDir, 'usage.json'), 'utf8'));
        } catch {
          usage = undefined;
        }
        rmSync(usageDir, { recursive: true, force: true });
      }
      resolve({ code, signal, wallMs, cpuMs: usage ? usage.cpuMs : undefined, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
    child.stdin.end(input ?? '');
  });
}

// ---------------------------------------------------------------- interpreters

/** Undefined when `path` runs and imports what the harness needs; otherwise why not. */
function unusable(path) {
  try {
    execFileSync(path, ['-c', 'import json, multiprocessing, concurrent.futures, sysconfig'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
    return undefined;
  } catch (err) {
    const lines = String(err.stderr ?? err.message).trim().split('\n');
    return lines[lines.length - 1] || 'does not run';
  }
}

/** The real executable behind a name (pyenv's python3 is a shell shim that adds ~20 ms per start). */
export function realExecutable(python) {
  return execFileSync(python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', timeout: 10_000 }).trim();
}

/**
 * python3, a 3.9 under ~/.pyenv, and a free-threaded build, each when present and usable. Found but
 * broken ones (say, a build still being installed) are listed in `rejected` with the reason.
 */
export function findPythons() {
  const list = [];
  const rejected = [];
  const accept = (label, path) => {
    const why = unusable(path);
    if (why) rejected.push({ label, path, why });
    else list.push({ label, path });
    return !why;
  };
  try {
    list.push({ label: 'python3', path: realExecutable('python3') });
  } catch {
    throw new Error('no python3 on PATH: the benches need one');
  }
  const pyenv = join(homedir(), '.pyenv', 'versions');
  if (existsSync(pyenv)) {
    const v39 = readdirSync(pyenv).filter((v) => /^3\.9(\.|$)/.test(v)).sort().reverse();
    for (const v of v39) {
      const p = join(pyenv, v, 'bin', 'python3.9');
      if (existsSync(p) && accept('3.9', p)) break;
    }
  }
  const ftCandidates = [process.env.GIL_LAB_PYTHON_FT, join(homedir(), '.cache', 'gil-lab', 'python3.13-ft', 'bin', 'python3.13t')].filter(Boolean);
  for (const p of ftCandidates) if (existsSync(p) && accept('3.13t', p)) break;
  return { pythons: list, rejected };
}

// ---------------------------------------------------------------- the TypeScript sources

let tsRequire;
/** `require` that loads src/*.ts through tsx (no query strings in paths, so the wasm files resolve). */
export async function requireTs(relativeToRoot) {
  if (!tsRequire) {
    const { register } = await import('tsx/cjs/api');
    register();
    tsRequire = createRequire(join(root, 'package.json'));
  }
  return tsRequire(join(root, relativeToRoot));
}

export function ensureBuilt() {
  for (const f of [cliJs, serverJs, join(root, 'dist', 'python', 'gil_lab_harness.py')]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
}

// ---------------------------------------------------------------- output

export const fmt = {
  ms: (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) + ' ms' : 'n/a'),
  s: (v) => (Number.isFinite(v) ? v.toFixed(3) + ' s' : 'n/a'),
  x: (v) => (Number.isFinite(v) ? '×' + v.toFixed(2) : 'n/a'),
  ratio: (v) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a'),
  pct: (v) => (Number.isFinite(v) ? (v * 100).toFixed(1) + ' %' : 'n/a'),
  int: (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : 'n/a'),
};

/** rows: arrays of cells; the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by this process and the children it has waited for (Linux), so a run can
 * say how much of its wall time it actually computed: wall >> CPU means the machine was busy.
 */
export function cpuSecondsWithChildren() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11..14] = utime, stime, cutime, cstime (fields 14-17 of proc(5)), in clock ticks
    const ticks = fields.slice(11, 15).reduce((a, b) => a + Number(b), 0);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
