/**
 * `gil-lab measure --json` with the scheduler timeline, and `--switch-interval`, through the built CLI
 * in a child process. No speed asserted: the slices' presence, shape and order of magnitude.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { python3 } from '../support/pythons';
import { gilLab } from '../support/cli';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const cpuBound = join(root, 'walkthroughs', 'samples', 'cpu_bound.py');


interface SchedulerJson {
  available: boolean;
  switchIntervalSeconds: number;
  modes: Record<string, { handoversPerSecond: number; medianSliceSeconds: number | null; overlapShare: number; lockWaitSeconds: number; otherWaitSeconds: number }>;
  sentences: string[];
  repeats: { mode: string; repeat: number; wallSeconds: number; workers: { worker: number; tid: number; slices: [number, number][] }[] }[];
}

describe('gil-lab measure: the scheduler timeline', function () {
  this.timeout(120000);
  before(() => {
    const sampler = join(root, 'dist', 'python', 'gil_lab_sampler.py');
    if (!existsSync(cli) || !existsSync(sampler) || statSync(cli).mtimeMs < statSync(join(root, 'src', 'measure', 'scheduler', 'timeline.ts')).mtimeMs) {
      execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'ignore' });
    }
  });

  it('--json --switch-interval 0.001: slices per worker and the derived numbers, at the interval asked for', async () => {
    const r = await gilLab(['measure', `${cpuBound}::cpu_bound`, '--python', python3().path, '--modes', 'threads', '--workers', '2', '--repeats', '2', '--switch-interval', '0.001', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { scheduler: SchedulerJson; result: { interpreter: { switchIntervalSeconds: number } } };
    assert.ok(Math.abs(doc.result.interpreter.switchIntervalSeconds - 0.001) < 1e-9);
    const s = doc.scheduler;
    assert.equal(s.available, true);
    assert.ok(Math.abs(s.switchIntervalSeconds - 0.001) < 1e-9);
    const threads = s.repeats.filter((t) => t.mode === 'threads');
    assert.equal(threads.length, 2);
    for (const t of threads) {
      assert.equal(t.workers.length, 2);
      for (const w of t.workers) {
        assert.ok(w.slices.length >= 1, `worker ${w.worker}: no slices`);
        for (const [a, b] of w.slices) assert.ok(a >= 0 && b > a && b <= t.wallSeconds + 1e-6, `slice ${a}-${b} in ${t.wallSeconds}`);
      }
    }
    // Taking turns gives each thread several slices; on a loaded machine one repeat can see a worker
    // run to its end in one go (the waiting thread is not given a CPU in time), so one repeat must show it.
    const turns = threads.map((t) => t.workers.map((w) => w.slices.length));
    assert.ok(turns.some((counts) => counts.every((n) => n >= 2)), `slices per worker in each repeat: ${JSON.stringify(turns)}`);
    const n = s.modes.threads;
    // How many depends on how busy the machine is (scheduler.test.ts measures them); here: the threads did hand over.
    assert.ok(n.handoversPerSecond > 0, `hand-overs ${n.handoversPerSecond}`);
    assert.ok(n.lockWaitSeconds > 0);
    assert.match(s.sentences[0], /hand-overs a second/);
  });

  it('text output ends with what the scheduler saw', async () => {
    const r = await gilLab(['measure', `${cpuBound}::cpu_bound`, '--python', python3().path, '--modes', 'threads', '--workers', '2', '--repeats', '1']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.trimEnd().split('\n').pop()!, /^The OS scheduler saw .*threads/);
  });

  it('a bad --switch-interval is a usage error (exit 2, one line)', async () => {
    for (const bad of ['0', '-1', 'fast', '5']) {
      const r = await gilLab(['measure', `${cpuBound}::cpu_bound`, `--switch-interval=${bad}`]);
      assert.equal(r.code, 2, `${bad}: ${r.stderr}`);
      assert.match(r.stderr, /^gil-lab measure: --switch-interval takes seconds above 0 and at most 1/);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    }
  });
});
