/**
 * The scheduler sampler's cost: the same measurement of the lesson's cpu_bound() (serial and threads,
 * 2 workers) through the engine with the sampler and without it, alternating round by round in the
 * same run, for each interpreter (the free-threaded one is the worst case: both CPUs busy, so the
 * sampler's CPU comes out of the measured threads' time).
 *
 * Reports, as ratios with / without (1.00 = no cost): the threaded repeats' median wall time, and the
 * whole run's wall time (the engine's measure(), harness start to answer, which is what the issue's
 * 2 % budget is about); and the sampler's own CPU seconds per second of its window, with the number
 * of samples per second it took.
 */
import { join } from 'node:path';
import { fmt, median, relMad, requireTs, root, table } from './lib/common.mjs';

const sample = join(root, 'walkthroughs', 'samples', 'cpu_bound.py');

export async function schedulerCost({ full, pythons, log }) {
  const engine = await requireTs('src/measure/engine.ts');
  const rounds = full ? 10 : 4;
  const repeats = full ? 5 : 3;
  const rows = [];
  const result = {};
  for (const py of pythons) {
    const per = { with: { run: [], threads: [] }, without: { run: [], threads: [] }, samplerCpuPerSecond: [], samplesPerSecond: [], pairs: [] };
    log(`  ${py.label}: ${rounds} rounds, each a measurement with and one without the sampler (${repeats} repeats, 2 workers)`);
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      const got = {};
      for (const which of order) {
        const t0 = performance.now();
        const outcome = await engine.measure(py.path, { file: sample, function: 'cpu_bound', modes: ['serial', 'threads'], workers: 2, repeats, warmup: 1 }, { scheduler: which === 'with', timeoutMs: 300000 });
        const wall = (performance.now() - t0) / 1000;
        if (!outcome.ok) throw new Error(`${py.label}: ${outcome.error.message}`);
        const r = outcome.result;
        const threads = median(r.samples.filter((s) => s.mode === 'threads').map((s) => s.wallSeconds));
        per[which].run.push(wall);
        per[which].threads.push(threads);
        got[which] = { wall, threads };
        if (which === 'with') {
          if (!r.scheduler?.available) throw new Error(`${py.label}: no timeline (${r.scheduler?.reason ?? 'not sampled'})`);
          for (const t of r.scheduler.repeats) {
            const window = t.samples * t.intervalSeconds;
            per.samplerCpuPerSecond.push(t.samplerCpuSeconds / window);
            per.samplesPerSecond.push(t.samples / window);
          }
        }
      }
      per.pairs.push({ run: got.with.wall / got.without.wall, threads: got.with.threads / got.without.threads });
    }
    const runRatio = median(per.with.run) / median(per.without.run);
    const threadsRatio = median(per.with.threads) / median(per.without.threads);
    const pairedRun = median(per.pairs.map((p) => p.run));
    const pairedThreads = median(per.pairs.map((p) => p.threads));
    result[py.label] = {
      runWallRatio: runRatio,
      threadsWallRatio: threadsRatio,
      pairedRunWallRatio: pairedRun,
      pairedThreadsWallRatio: pairedThreads,
      samplerCpuPerSecond: median(per.samplerCpuPerSecond),
      samplesPerSecond: median(per.samplesPerSecond),
      relMadRunWith: relMad(per.with.run),
      relMadRunWithout: relMad(per.without.run),
      samples: per,
    };
    rows.push([py.label, fmt.ratio(runRatio), fmt.ratio(pairedRun), fmt.ratio(threadsRatio), fmt.ratio(pairedThreads), fmt.pct(median(per.samplerCpuPerSecond)), fmt.int(median(per.samplesPerSecond)), `${fmt.pct(relMad(per.without.run))} / ${fmt.pct(relMad(per.with.run))}`]);
  }
  const text = table([
    ['interpreter', 'run wall with/without', 'paired', 'threads wall with/without', 'paired', 'sampler CPU per s', 'samples per s', 'spread without / with'],
    ...rows,
  ]);
  return { text: `${text}\n(the budget: the sampler may cost at most 2 % of the run's wall time, a ratio of 1.02; "paired" is the median of each round's own ratio)`, result };
}
