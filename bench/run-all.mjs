#!/usr/bin/env node
/**
 * `npm run bench [-- --full] [-- NAME...]`: runs the benches, prints a table per bench and writes
 * bench/results/latest.json. Quick by default (well under 3 minutes on 2 CPUs); --full repeats more.
 * NAME: harness, cpu, check, lsp, scheduler, ceiling (default: all). Speed is reported as ratios against a reference
 * measured in the same run, never as an absolute pass/fail threshold; the run fails only on
 * correctness (a crash in the race analysis, the server disagreeing with a fresh analysis).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkThroughput } from './check-throughput.mjs';
import { cpuRatios } from './cpu-ratios.mjs';
import { harnessOverhead } from './harness-overhead.mjs';
import { benchDir, cpuSecondsWithChildren, ensureBuilt, findPythons, loadAverage, root } from './lib/common.mjs';
import { lspLatency } from './lsp-latency.mjs';
import { schedulerCost } from './scheduler-cost.mjs';
import { processesCeiling } from './processes-ceiling.mjs';

const BENCHES = {
  harness: { title: 'Harness overhead (gil-lab measure vs a bare perf_counter loop)', fn: harnessOverhead },
  cpu: { title: "cpu_bound() per interpreter (ratios to serial)", fn: cpuRatios },
  check: { title: 'Race analysis throughput (gil-lab check vs ruff wasm, CPython stdlib)', fn: checkThroughput },
  lsp: { title: 'Language server: edit -> diagnostics latency', fn: lspLatency },
  scheduler: { title: "The scheduler sampler's cost (the same measurement with and without it)", fn: schedulerCost },
  ceiling: { title: 'Processes mode against the machine\'s own ceiling (two bare interpreters at once vs one), interleaved', fn: processesCeiling },
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { full: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  process.stdout.write(`usage: node bench/run-all.mjs [--full] [${Object.keys(BENCHES).join('|')}...]\n`);
  process.exit(0);
}
const selected = positionals.length ? positionals : Object.keys(BENCHES);
for (const name of selected) {
  if (!BENCHES[name]) {
    process.stderr.write(`unknown bench '${name}' (use ${Object.keys(BENCHES).join(', ')})\n`);
    process.exit(2);
  }
}

ensureBuilt();
const { pythons, rejected } = findPythons();
const log = (line) => process.stdout.write(`${line}\n`);
const gitCommit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();

const report = {
  startedAt: new Date().toISOString(),
  mode: values.full ? 'full' : 'quick',
  machine: {
    cpus: os.cpus().length,
    availableParallelism: os.availableParallelism?.(),
    cpuModel: os.cpus()[0]?.model,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    loadAverageBefore: loadAverage(),
  },
  gitCommit,
  pythons,
  rejectedPythons: rejected,
  benches: {},
};

log(`GIL Lab benches (${report.mode}) on ${report.machine.cpus} CPUs, load average ${report.machine.loadAverageBefore?.join(' ') ?? 'n/a'}; node ${process.version}; commit ${gitCommit ?? 'n/a'}`);
log(`interpreters: ${pythons.map((p) => `${p.label}=${p.path}`).join(', ')}`);
for (const r of rejected) log(`  not usable: ${r.label}=${r.path} (${r.why})`);
const t0 = performance.now();
const failures = [];
for (const name of selected) {
  const { title, fn } = BENCHES[name];
  log(`\n== ${title}`);
  const started = performance.now();
  const cpuBefore = cpuSecondsWithChildren();
  const loadBefore = loadAverage();
  try {
    const out = await fn({ full: values.full, pythons, rejected, log });
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuBefore === undefined ? undefined : cpuSecondsWithChildren() - cpuBefore;
    const loadAfter = loadAverage();
    report.benches[name] = { title, seconds, cpuSeconds, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, ...out.result };
    log(`\n${out.text}\n(${seconds.toFixed(1)} s wall, ${cpuSeconds?.toFixed(1) ?? '?'} s CPU incl. children; load average ${loadAfter?.[0] ?? '?'})`);
    if (out.failed) {
      failures.push(`${name}: ${out.failed}`);
      report.benches[name].failed = out.failed;
    }
  } catch (err) {
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    failures.push(`${name}: ${message.split('\n')[0]}`);
    report.benches[name] = { title, error: message };
    log(`  FAILED: ${message}`);
  }
}
report.totalSeconds = (performance.now() - t0) / 1000;
report.totalCpuSeconds = cpuSecondsWithChildren();
report.machine.loadAverageAfter = loadAverage();

const resultsDir = join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const out = join(resultsDir, 'latest.json');
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
log(`\nall done in ${report.totalSeconds.toFixed(1)} s (${report.totalCpuSeconds?.toFixed(1) ?? '?'} s CPU incl. children); load average now ${report.machine.loadAverageAfter?.join(' ') ?? 'n/a'}; wrote ${out}`);
if (failures.length) {
  log(`FAILED:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
