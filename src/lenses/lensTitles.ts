/** Which lenses a function gets and what they say. Pure: tested in plain mocha. */
import type { FunctionInfo } from '../shared/analysis';
import type { GilLabSettings } from '../shared/settings';

export type LensKind = 'run' | 'processes' | 'race' | 'untrusted' | 'args';

export interface LensSpec {
  kind: LensKind;
  title: string;
}

/**
 * Top-level functions and methods-free module functions can be timed: the harness loads the module
 * and calls the function by name, and processes need a top-level (picklable) function. Methods and
 * nested functions get no lens (there is no instance or enclosing frame to call them with).
 */
export function isTimeable(fn: FunctionInfo): boolean {
  return fn.kind === 'function' && !fn.isAsync;
}

export function lensesFor(fn: FunctionInfo, settings: GilLabSettings, trusted: boolean): LensSpec[] {
  if (!settings.lens.enable || !isTimeable(fn)) return [];
  if (!trusted) return settings.lens.run ? [{ kind: 'untrusted', title: '$(shield) GIL Lab runs nothing in an untrusted workspace' }] : [];
  const specs: LensSpec[] = [];
  if (settings.lens.run) specs.push({ kind: 'run', title: '▶ Serial vs threaded' });
  if (settings.lens.processes) specs.push({ kind: 'processes', title: 'Processes too' });
  if (settings.lens.race && fn.hasRaceFinding && fn.writesGlobals.length > 0) specs.push({ kind: 'race', title: '$(bug) Race check' });
  if (specs.length > 0 && fn.requiredParams > 0) specs.push({ kind: 'args', title: `$(symbol-parameter) Arguments (${fn.requiredParams} needed)` });
  return specs;
}
