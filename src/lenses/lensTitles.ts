/** Which lenses a function gets and what they say. Pure: tested in plain mocha. */
import type { FunctionInfo } from '../shared/analysis';
import type { GilLabSettings } from '../shared/settings';

export type LensKind = 'run' | 'processes' | 'race' | 'untrusted' | 'args' | 'instance';

export interface LensSpec {
  kind: LensKind;
  title: string;
}

/** What the user gave before, remembered by the run controller's stores. */
export interface Remembered {
  /** The constructor expression remembered for the method's class. */
  instance?: string;
  /** The state a race check of this function counted last. */
  state?: string;
}

const DUNDER = /^__\w+__$/;

/**
 * What can be timed: top-level functions, and methods of module-level classes ("Class.method": the
 * harness finds both by name, in the thread and in a worker process). Nested functions, methods of
 * nested classes or of classes made inside a function, dunder methods and async functions cannot:
 * there is no enclosing frame, no importable class, or no event loop to call them with.
 */
export function isTimeable(fn: FunctionInfo): boolean {
  if (fn.isAsync) return false;
  if (fn.kind === 'function') return true;
  return fn.kind === 'method' && fn.qualifiedName.split('.').length === 2 && !DUNDER.test(fn.name);
}

/** The name runs and the harness use: "f" or "Class.method". */
export function targetName(fn: FunctionInfo): string {
  return fn.kind === 'method' ? fn.qualifiedName : fn.name;
}

/** The class of a method ("Ledger" for "Ledger.deposit"). */
export function classOf(fn: FunctionInfo): string | undefined {
  return fn.kind === 'method' ? fn.qualifiedName.split('.')[0] : undefined;
}

/** An instance method whose class's constructor needs arguments GIL Lab cannot guess. */
export function needsInstanceExpression(fn: FunctionInfo): boolean {
  return fn.binding === 'instance' && (fn.instanceParams ?? 0) > 0;
}

export function lensesFor(fn: FunctionInfo, settings: GilLabSettings, trusted: boolean, remembered: Remembered = {}): LensSpec[] {
  if (!settings.lens.enable || !isTimeable(fn)) return [];
  if (!trusted) return settings.lens.run ? [{ kind: 'untrusted', title: '$(shield) GIL Lab runs nothing in an untrusted workspace' }] : [];
  const specs: LensSpec[] = [];
  if (settings.lens.run) specs.push({ kind: 'run', title: '▶ Serial vs threaded' });
  if (settings.lens.processes) specs.push({ kind: 'processes', title: 'Processes too' });
  // Where the analysis flags a write, and again after a fix made it go quiet, once a state was counted.
  const raceable = fn.hasRaceFinding && (fn.writesGlobals.length > 0 || fn.writesState.length > 0);
  if (settings.lens.race && (raceable || remembered.state)) specs.push({ kind: 'race', title: '$(bug) Race check' });
  if (specs.length > 0 && fn.binding === 'instance' && (needsInstanceExpression(fn) || remembered.instance)) {
    const cls = classOf(fn)!;
    const title = remembered.instance
      ? `$(symbol-class) Instance: ${shorten(remembered.instance)}`
      : `$(symbol-class) Instance (${cls}() needs ${fn.instanceParams} argument${fn.instanceParams === 1 ? '' : 's'})`;
    specs.push({ kind: 'instance', title });
  }
  if (specs.length > 0 && fn.requiredParams > 0) specs.push({ kind: 'args', title: `$(symbol-parameter) Arguments (${fn.requiredParams} needed)` });
  return specs;
}

function shorten(expression: string): string {
  return expression.length > 40 ? `${expression.slice(0, 39)}…` : expression;
}
