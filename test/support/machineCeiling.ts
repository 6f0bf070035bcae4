import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestPython } from './pythons';

const root = join(__dirname, '..', '..');

/**
 * Two bare forked interpreters computing the lesson's cpu_bound() at once against one alone
 * (bench/fixtures/ceiling.py: no harness, no pool): the speedup this machine allows now. About 2 on a
 * quiet machine with two free CPUs; near 1 while other programs hold one of them.
 */
export function machineCeiling(py: TestPython): number {
  const ceilingPy = join(root, 'bench', 'fixtures', 'ceiling.py');
  const cpuBound = join(root, 'walkthroughs', 'samples', 'cpu_bound.py');
  const c = JSON.parse(execFileSync(py.path, [ceilingPy, cpuBound, 'cpu_bound', 'alone,together'], { encoding: 'utf8', timeout: 120000 })) as { alone: number; together: number };
  return (2 * c.alone) / c.together;
}

/** Below this ceiling a second CPU was not free: a claim of running side by side cannot show then. */
export const NO_SECOND_CPU = 1.5;

/**
 * A try of a claim that needs free CPUs, with the machine's ceiling measured beside it only when the try
 * missed the claim (a try that shows it needs no excuse, and a quiet run pays nothing): Infinity when it held.
 */
export function ceilingIfMissed<T>(py: TestPython, tried: T, shows: (t: T) => boolean): T & { ceiling: number } {
  return { ...tried, ceiling: shows(tried) ? Infinity : machineCeiling(py) };
}
