/**
 * The processes mode against the machine's own ceiling, measured in the same run and interleaved
 * round by round: the ceiling is two bare forked interpreters computing the lesson's cpu_bound() at
 * once against one alone (bench/fixtures/ceiling.py: no pool, no pickling, no harness); the subject is
 * `gil-lab measure --modes serial,processes --repeats 1 --workers 2`. Each round reports the harness's
 * processes speedup as a share of that round's ceiling, so load that comes and goes hits both alike.
 * Where the rest goes, from the harness's own spans: hand-off (wall minus the longest call: sending
 * calls to the workers and results back) and calls that ran longer than the bare ones did together.
 */
import { join } from 'node:path';
import { benchDir, cliJs, fmt, loadAverage, median, root, run, table } from './lib/common.mjs';

const sample = join(root, 'walkthroughs', 'samples', 'cpu_bound.py');
const ceilingPy = join(benchDir, 'fixtures', 'ceiling.py');

export async function processesCeiling({ full, pythons, log }) {
  const rounds = full ? 12 : 5;
  const rows = [];
  const perRound = {};
  for (const py of pythons) {
    const mine = [];
    for (let r = 0; r < rounds; r++) {
      // Flip the order each round, so neither the ceiling nor the subject always runs first.
      const order = r % 2 === 0 ? 'alone,together' : 'together,alone';
      const ceilingFirst = r % 2 === 0;
      const ceiling = async () => {
        const c = await run(py.path, [ceilingPy, sample, 'cpu_bound', order]);
        if (c.code !== 0) throw new Error(`${py.label}: ceiling.py failed: ${c.stderr.trim().split('\n').pop()}`);
        return JSON.parse(c.stdout);
      };
      const subject = async () => {
        const m = await run(process.execPath, [cliJs, 'measure', `${sample}::cpu_bound`, '--python', py.path, '--modes', 'serial,processes', '--repeats', '1', '--workers', '2', '--json']);
        if (m.code !== 0) throw new Error(`${py.label}: gil-lab measure failed: ${m.stderr.trim().split('\n')[0]}`);
        return JSON.parse(m.stdout).result;
      };
      const c = ceilingFirst ? await ceiling() : undefined;
      const res = await subject();
      const c2 = c ?? (await ceiling());
      const serial = res.samples.find((s) => s.mode === 'serial');
      const proc = res.samples.find((s) => s.mode === 'processes');
      const spans = proc.workers.map((w) => w.endSeconds - w.startSeconds);
      const ceilingX = (2 * c2.alone) / c2.together;
      const speedup = serial.wallSeconds / proc.wallSeconds;
      mine.push({
        round: r,
        ceiling: ceilingX,
        speedup,
        share: speedup / ceilingX,
        bareAloneS: c2.alone,
        bareTogetherS: c2.together,
        bareShares: c2.togetherShares,
        harnessSerialCallS: median(serial.workers.map((w) => w.endSeconds - w.startSeconds)),
        harnessLongestCallS: Math.max(...spans),
        handoffS: proc.wallSeconds - Math.max(...spans),
        processesWallS: proc.wallSeconds,
        harnessShares: proc.workers.map((w) => w.cpuSeconds / (w.endSeconds - w.startSeconds)),
        verdict: res.verdict.kind,
        loadAverage: loadAverage()?.[0],
      });
      log(`  ${py.label} round ${r + 1}/${rounds}: ceiling ×${ceilingX.toFixed(2)}, processes ×${speedup.toFixed(2)}, share ${(speedup / ceilingX).toFixed(2)}`);
    }
    perRound[py.label] = mine;
    const best = mine.reduce((a, b) => (b.share > a.share ? b : a));
    const m = (k) => median(mine.map((x) => x[k]));
    rows.push({
      label: py.label,
      rounds,
      ceiling: m('ceiling'),
      speedup: m('speedup'),
      shareMedian: m('share'),
      shareBest: best.share,
      shareRange: [Math.min(...mine.map((x) => x.share)), Math.max(...mine.map((x) => x.share))],
      handoffMs: m('handoffS') * 1000,
      // A call in the pool against a bare call run at the same time: > 1 means the harness's calls ran slower.
      callStretch: median(mine.map((x) => x.harnessLongestCallS / x.bareTogetherS)),
      serialCallOverBare: median(mine.map((x) => x.harnessSerialCallS / x.bareAloneS)),
      // Of the processes wall time: what hand-off took.
      handoffShareOfWall: median(mine.map((x) => x.handoffS / x.processesWallS)),
      // The share the harness's own cost allows when its calls run like the bare ones: 1 - hand-off / wall.
      // Noise moves the measured share both ways; this one moves only with the harness.
      harnessBound: median(mine.map((x) => 1 - x.handoffS / x.processesWallS)),
      loadAverage: median(mine.map((x) => x.loadAverage ?? NaN)),
    });
  }
  const text = table([
    ['interpreter', 'rounds', 'ceiling (bare 2 vs 1)', 'processes speedup', 'share of ceiling: median (best; range)', 'hand-off per run', 'hand-off share of wall', 'share the harness allows', 'pool call / bare call together', 'serial call / bare alone'],
    ...rows.map((r) => [
      r.label,
      r.rounds,
      fmt.x(r.ceiling),
      fmt.x(r.speedup),
      `${fmt.ratio(r.shareMedian)} (${fmt.ratio(r.shareBest)}; ${fmt.ratio(r.shareRange[0])}-${fmt.ratio(r.shareRange[1])})`,
      fmt.ms(r.handoffMs),
      fmt.pct(r.handoffShareOfWall),
      fmt.ratio(r.harnessBound),
      fmt.ratio(r.callStretch),
      fmt.ratio(r.serialCallOverBare),
    ]),
  ]);
  const cpus = (await import('node:os')).availableParallelism?.() ?? 2;
  const busy = rows.some((r) => r.loadAverage > cpus);
  const notes = busy
    ? `\nmachine busy (load average ${rows.map((r) => r.loadAverage.toFixed(1)).join(', ')} on ${cpus} CPUs): the ceiling and the measured share swing from round to round; the hand-off columns are the harness's own cost, and "share the harness allows" is the share it would reach if its calls ran like the bare ones`
    : '';
  return { result: { rounds, rows, perRound }, text: text + notes };
}
