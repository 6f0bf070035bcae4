/**
 * Harness overhead: what timing a function through GIL Lab adds.
 *
 * Per call: `gil-lab measure bench/fixtures/spin.py::spin --modes serial` against the same calls in a
 * bare perf_counter loop (`python -c`), alternating in the same run; reports the ratio of the
 * per-call medians (1.0 = no overhead). Fixed cost, apart: one whole CLI measurement of a function
 * that does nothing, with its parts (node start, the interpreter probe, the harness process) timed
 * on their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, cliJs, fmt, median, relMad, requireTs, run, table } from './lib/common.mjs';

const spinPy = join(benchDir, 'fixtures', 'spin.py');
const bareLoop = readFileSync(join(benchDir, 'fixtures', 'bare_loop.py'), 'utf8');

async function bare(python, ...args) {
  const r = await run(python, ['-c', bareLoop, spinPy, ...args]);
  if (r.code !== 0) throw new Error(`bare loop failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function cliMeasure(python, fn, { args, workers, repeats }) {
  const argv = [cliJs, 'measure', `${spinPy}::${fn}`, '--python', python, '--modes', 'serial', '--workers', String(workers), '--repeats', String(repeats), '--json'];
  if (args !== undefined) argv.push('--args', String(args));
  const r = await run(process.execPath, argv);
  if (r.code !== 0) throw new Error(`gil-lab measure failed (${r.code}): ${r.stderr}`);
  return { doc: JSON.parse(r.stdout), wallMs: r.wallMs };
}

export async function harnessOverhead({ full, pythons, log }) {
  const python = pythons[0].path;
  const rounds = full ? 12 : 4;
  const workers = 2; // calls per serial run
  const repeats = full ? 20 : 10; // serial runs per measurement: workers * repeats timed calls
  const calls = workers * repeats;
  const targetSeconds = 0.01;

  const rounds_ = await bare(python, 'calibrate', String(targetSeconds));
  log(`  spin(${rounds_}) ≈ ${targetSeconds * 1000} ms of CPU on ${python}; ${rounds} rounds of ${calls} calls each way`);

  const harnessCalls = [];
  const harnessCpu = [];
  const harnessWallPerCall = [];
  const bareCalls = [];
  const bareCpu = [];
  const perRoundRatio = [];
  const perRoundCpuRatio = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first so drift and others' load hit both alike.
    const order = i % 2 === 0 ? ['harness', 'bare'] : ['bare', 'harness'];
    const got = {};
    for (const which of order) {
      if (which === 'bare') got.bare = await bare(python, 'time', String(rounds_), String(calls), String(workers));
      else {
        const { doc } = await cliMeasure(python, 'spin', { args: rounds_, workers, repeats });
        const samples = doc.result.samples.filter((s) => s.mode === 'serial');
        const spans = samples.flatMap((s) => s.workers);
        got.harness = { wall: spans.map((w) => w.endSeconds - w.startSeconds), cpu: spans.map((w) => w.cpuSeconds) };
        harnessWallPerCall.push(...samples.map((s) => s.wallSeconds / s.workers.length));
      }
    }
    harnessCalls.push(...got.harness.wall);
    harnessCpu.push(...got.harness.cpu);
    bareCalls.push(...got.bare.wall);
    bareCpu.push(...got.bare.cpu);
    perRoundRatio.push(median(got.harness.wall) / median(got.bare.wall));
    perRoundCpuRatio.push(median(got.harness.cpu) / median(got.bare.cpu));
  }

  // Fixed cost: a whole measurement of a function that does nothing, and its parts.
  const fixedRuns = full ? 7 : 3;
  const cliNoop = [];
  const nodeStart = [];
  const pythonStart = [];
  const probe = [];
  const harnessNoop = [];
  const engine = await requireTs('src/measure/engine.ts');
  for (let i = 0; i < fixedRuns; i++) {
    cliNoop.push((await cliMeasure(python, 'noop', { workers: 1, repeats: 1 })).wallMs);
    nodeStart.push((await run(process.execPath, ['-e', '0'])).wallMs);
    pythonStart.push((await run(python, ['-c', 'pass'])).wallMs);
    let t = performance.now();
    await engine.probeInterpreter(python);
    probe.push(performance.now() - t);
    t = performance.now();
    const outcome = await engine.measure(python, { file: spinPy, function: 'noop', modes: ['serial'], workers: 1, repeats: 1, warmup: 1 });
    if (!outcome.ok) throw new Error(`engine measure of noop failed: ${outcome.error.message}`);
    harnessNoop.push(performance.now() - t);
  }

  const perCall = {
    harnessMs: median(harnessCalls) * 1000,
    bareMs: median(bareCalls) * 1000,
    harnessWallMs: median(harnessWallPerCall) * 1000,
    harnessCpuMs: median(harnessCpu) * 1000,
    bareCpuMs: median(bareCpu) * 1000,
  };
  const result = {
    python,
    targetMs: targetSeconds * 1000,
    rounds,
    spinRounds: rounds_,
    callsPerRound: calls,
    perCall: {
      ...perCall,
      ratio: perCall.harnessMs / perCall.bareMs,
      wallRatio: perCall.harnessWallMs / perCall.bareMs,
      cpuRatio: perCall.harnessCpuMs / perCall.bareCpuMs,
      perRoundCpuRatios: perRoundCpuRatio,
      perRoundRatios: perRoundRatio,
      perRoundRatioMedian: median(perRoundRatio),
      harnessRelMad: relMad(harnessCalls),
      bareRelMad: relMad(bareCalls),
      harnessCpuRelMad: relMad(harnessCpu),
      bareCpuRelMad: relMad(bareCpu),
    },
    fixedCost: {
      cliNoopMs: median(cliNoop),
      nodeStartMs: median(nodeStart),
      pythonStartMs: median(pythonStart),
      probeMs: median(probe),
      harnessNoopMs: median(harnessNoop),
      runs: fixedRuns,
    },
  };
  const f = result.fixedCost;
  const text = [
    table([
      [`per call (spin(${rounds_}), ≈ 10 ms CPU)`, 'wall median', 'spread (MAD)', 'CPU median', 'spread (MAD)'],
      ['bare perf_counter loop', fmt.ms(perCall.bareMs), fmt.pct(result.perCall.bareRelMad), fmt.ms(perCall.bareCpuMs), fmt.pct(result.perCall.bareCpuRelMad)],
      ['through gil-lab measure (per call)', fmt.ms(perCall.harnessMs), fmt.pct(result.perCall.harnessRelMad), fmt.ms(perCall.harnessCpuMs), fmt.pct(result.perCall.harnessCpuRelMad)],
      ['through gil-lab measure (serial wall / calls)', fmt.ms(perCall.harnessWallMs), '', '', ''],
      ['RATIO harness / bare (pooled)', fmt.ratio(result.perCall.ratio), '', fmt.ratio(result.perCall.cpuRatio), ''],
      ['ratio harness / bare (median of rounds)', fmt.ratio(result.perCall.perRoundRatioMedian), '', fmt.ratio(median(perRoundCpuRatio)), ''],
      ['ratio serial-wall-per-call / bare', fmt.ratio(result.perCall.wallRatio), '', '', ''],
    ]),
    '',
    table([
      ['fixed cost (once per measurement)', 'median'],
      ['gil-lab measure of noop(), whole CLI', fmt.ms(f.cliNoopMs)],
      ['  of which: node start (node -e 0)', fmt.ms(f.nodeStartMs)],
      ['  of which: interpreter probe', fmt.ms(f.probeMs)],
      ['  of which: harness process, load, 1+1 calls', fmt.ms(f.harnessNoopMs)],
      ['reference: python -c pass', fmt.ms(f.pythonStartMs)],
    ]),
  ].join('\n');
  return { result, text: `${text}\nper-round wall ratios: ${perRoundRatio.map((r) => r.toFixed(3)).join(' ')}; CPU ratios: ${perRoundCpuRatio.map((r) => r.toFixed(3)).join(' ')}` };
}
