/**
 * Which state a race check counts (pure: unit-tested in plain mocha). The state the race
 * diagnostics flag in the function comes first; without a flag (say, after a fix), what the user
 * counted before; else what the function's own lines assign, for the user to pick.
 */
import type { FunctionInfo } from '../shared/analysis';

/** `self.total = …`, `Stats.hits += …`, `BOX[0] = …`, `hits["a"] -= …`: a target reached from a name. */
const ASSIGNED = /^\s*((?:[A-Za-z_]\w*)(?:\.[A-Za-z_]\w*|\[[^\]\n]+\])+)\s*(?:[-+*/%&|^@]|\/\/|<<|>>|\*\*)?=(?!=)/;

/** Targets of assignments in the function's lines (its `def` line excluded), in order, without repeats. */
export function assignedState(fn: FunctionInfo, lines: readonly string[]): string[] {
  const out = new Set<string>();
  for (let line = fn.range.start.line + 1; line <= fn.range.end.line && line < lines.length; line++) {
    const m = ASSIGNED.exec(lines[line]);
    if (!m) continue;
    const target = m[1];
    const root = /^[A-Za-z_]\w*/.exec(target)![0];
    if (root === 'self' && fn.binding !== 'instance') continue;
    if (root === 'cls' && fn.binding !== 'class') continue;
    out.add(target);
  }
  return [...out];
}

export type StateChoice =
  /** Count this without asking. */
  | { t: 'use'; state: string }
  /** Ask the user to pick one of these (first is the default), or type another. */
  | { t: 'pick'; candidates: string[] };

export function chooseState(fn: FunctionInfo, lines: readonly string[], remembered: string | undefined): StateChoice {
  const flagged = fn.writesState;
  if (flagged.length === 1) return { t: 'use', state: flagged[0] };
  if (flagged.length > 1) return { t: 'pick', candidates: remembered && flagged.includes(remembered) ? [remembered, ...flagged.filter((s) => s !== remembered)] : flagged };
  if (remembered) return { t: 'use', state: remembered };
  const candidates = [...new Set([...fn.writesGlobals, ...assignedState(fn, lines)])];
  return candidates.length === 1 ? { t: 'use', state: candidates[0] } : { t: 'pick', candidates };
}
