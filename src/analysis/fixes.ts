/**
 * Quick fixes for unlocked shared writes and check-then-act (a lock where the state lives: the module,
 * the object's __init__ or its class) and `# noqa` suppression, computed from the source text and
 * plain positions (no tree), so they need nothing that a statement's summary does not keep.
 */
import type { Finding, FixSuggestion, Range0, TextEdit0 } from '../shared/analysis';

/** The lines of one text, split once and reused while the same text is asked about. */
export class SourceLines {
  private readonly starts = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  line(n: number): string {
    const start = this.starts[n];
    if (start === undefined || n < 0) return '';
    const next = this.starts[n + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, '');
  }

  get count(): number {
    return this.starts.length;
  }
}

function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? (m[1].startsWith('\t') ? '\t' : m[1].length % 4 === 0 ? '    ' : m[1].length % 2 === 0 ? '  ' : m[1]) : '    ';
}

/** Wraps the statement's lines in `with <lock>:`, re-indenting them one level. */
function guardEdit(lines: SourceLines, statement: Range0, lock: string): TextEdit0 | undefined {
  const first = statement.start.line;
  const last = statement.end.line;
  const firstLine = lines.line(first);
  if (firstLine.slice(0, statement.start.character).trim() !== '') return undefined; // shares a line (e.g. `for x in y: counter += 1`)
  const indent = firstLine.slice(0, firstLine.length - firstLine.trimStart().length);
  const unit = indentUnit(lines.text);
  const body: string[] = [];
  // (A blank line stays blank: no indentation left behind on it.)
  for (let l = first; l <= last; l++) body.push(lines.line(l).trim() === '' ? '' : unit + lines.line(l));
  return {
    range: { start: { line: first, character: 0 }, end: { line: last, character: lines.line(last).length } },
    newText: `${indent}with ${lock}:\n${body.join('\n')}`,
  };
}

/**
 * Wraps each run of statements in `with <lock>:`; runs that overlap (a write inside a read-back's
 * span) are wrapped once, as their union. Undefined when one of them cannot be wrapped.
 */
function guardEdits(lines: SourceLines, statements: Range0[], lock: string): TextEdit0[] | undefined {
  const sorted = [...statements].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  const merged: Range0[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start.line <= last.end.line) {
      if (r.end.line > last.end.line || (r.end.line === last.end.line && r.end.character > last.end.character)) last.end = r.end;
    } else merged.push({ start: { ...r.start }, end: { ...r.end } });
  }
  const edits: TextEdit0[] = [];
  for (const r of merged) {
    const edit = guardEdit(lines, r, lock);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits;
}

/** What a fix needs to know about the module. */
export interface FixContext {
  lines: SourceLines;
  /** The first module-level lock, if any. */
  moduleLock: string | undefined;
  /** The last line of a module-level assignment to this name, if there is one. */
  globalEndLine(name: string): number | undefined;
  /** How the module names `threading`, or `Lock` imported from it. */
  threadingImported: { module?: string; lockName?: string };
  lastImportLine: number;
}

/** A line before which a statement can be inserted, with the indentation it takes there. */
export interface InsertAt {
  line: number;
  indent: string;
}

/**
 * Where the lock for a write belongs. An instance attribute gets a lock attribute of its own object
 * (created in __init__), a class attribute a lock in its class; anything else a module-level lock.
 */
export type LockHome =
  | { t: 'module' }
  | {
      t: 'instance';
      /** A lock attribute the class already has. */
      existing: string | undefined;
      /** The top of __init__'s body; 'unreachable' when __init__ exists but is written on one line. */
      init: InsertAt | 'unreachable' | undefined;
      /** Where a new method goes in the class body (before its first method). */
      methodAt: InsertAt | undefined;
      /** Where a class attribute goes (the top of the class body). */
      classBody: InsertAt | undefined;
      hasBases: boolean;
      isDataclass: boolean;
      /** Attribute names a new lock must not take (they hold something else, such as `nullcontext()`). */
      taken?: string[];
      /** The class is built on a Condition or an RLock: `with self:` takes the object's own lock. */
      selfIsLock?: boolean;
    }
  | { t: 'class'; className: string; existing: string | undefined; classBody: InsertAt | undefined; taken?: string[] };

function lockConstructor(ctx: FixContext): { ctor: string; edits: TextEdit0[] } {
  const { module, lockName: importedLock } = ctx.threadingImported;
  const ctor = module ? `${module}.Lock()` : importedLock ? `${importedLock}()` : 'threading.Lock()';
  const edits: TextEdit0[] = [];
  if (!module && !importedLock) {
    const at = importLine(ctx);
    edits.push({ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: 'import threading\n' });
  }
  return { ctor, edits };
}

/** What the lock is for: updates of shared state (GIL001), or a test and the set that acts on it (GIL004). */
export type FixPurpose = 'update' | 'test-and-set' | 'test-and-start';

const updates = (statements: Range0[]) => (statements.length > 1 ? `the ${statements.length} updates` : 'the update');
/** What a test-then-act fix puts under the lock beside the test. */
const actedOn = (purpose: FixPurpose) => (purpose === 'test-and-start' ? 'start' : 'set');
const act = (statements: Range0[], purpose: FixPurpose, lock = 'it') => (purpose === 'update' ? `guard ${updates(statements)} with ${lock}` : `hold ${lock} over the test and the ${actedOn(purpose)}`);
const existingTitle = (lock: string, purpose: FixPurpose) => (purpose === 'update' ? `Guard with the existing lock \`${lock}\`` : `Hold the existing lock \`${lock}\` over the test and the ${actedOn(purpose)}`);

const insertEdit = (line: number, newText: string): TextEdit0 => ({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText });

/**
 * A lock of the object (or class) the attribute belongs to: `self._lock` created in __init__ (a new
 * __init__ when the class has none), or `_lock` in the class body for a class attribute; the
 * statements from the read to the write go under `with` it.
 */
function attributeGuardFix(ctx: FixContext, statements: Range0[], home: Exclude<LockHome, { t: 'module' }>, purpose: FixPurpose): FixSuggestion | undefined {
  const owner = home.t === 'instance' ? 'self' : home.className;
  if (home.t === 'instance' && home.selfIsLock) {
    const guards = guardEdits(ctx.lines, statements, 'self');
    return guards && { title: purpose === 'update' ? "Guard with the object's own lock (`with self:`)" : "Hold the object's own lock (`with self:`) over the test and the set", edits: guards };
  }
  if (home.existing) {
    const guards = guardEdits(ctx.lines, statements, `${owner}.${home.existing}`);
    return guards && { title: existingTitle(`${owner}.${home.existing}`, purpose), edits: guards };
  }
  const lockAttr = (purpose === 'test-and-start' ? ['_start_lock', '_starting_lock'] : ['_lock', '_update_lock', '_state_lock']).find((a) => !home.taken?.includes(a)) ?? '_gil_lab_lock';
  const lock = `${owner}.${lockAttr}`;
  const guards = guardEdits(ctx.lines, statements, lock);
  if (!guards) return undefined;
  const { ctor, edits } = lockConstructor(ctx);
  const unit = indentUnit(ctx.lines.text);
  if (home.t === 'class' || home.isDataclass) {
    // A class attribute: one lock for the class (a dataclass keeps its generated __init__).
    if (!home.classBody) return undefined;
    edits.push(insertEdit(home.classBody.line, `${home.classBody.indent}${lockAttr} = ${ctor}\n`));
    edits.push(...guards);
    return { title: `Add \`${lockAttr} = ${ctor}\` to the class and ${act(statements, purpose, `\`${lock}\``)}`, edits };
  }
  if (home.init === 'unreachable') return undefined;
  if (home.init) {
    edits.push(insertEdit(home.init.line, `${home.init.indent}self.${lockAttr} = ${ctor}\n`));
    edits.push(...guards);
    return { title: `Create \`self.${lockAttr} = ${ctor}\` in __init__ and ${act(statements, purpose)}`, edits };
  }
  if (!home.methodAt) return undefined;
  const i = home.methodAt.indent;
  const body = home.hasBases
    ? `${i}def __init__(self, *args, **kwargs):\n${i}${unit}super().__init__(*args, **kwargs)\n${i}${unit}self.${lockAttr} = ${ctor}\n\n`
    : `${i}def __init__(self):\n${i}${unit}self.${lockAttr} = ${ctor}\n\n`;
  edits.push(insertEdit(home.methodAt.line, body));
  edits.push(...guards);
  return { title: `Add __init__ creating \`self.${lockAttr} = ${ctor}\` and ${act(statements, purpose)}`, edits };
}

/**
 * Guard the write's statements with a lock: the object's or class's own (see LockHome), else the
 * module's lock, else a new module-level lock created after the global it guards (or after the imports).
 */
export function guardFix(ctx: FixContext, statements: Range0[], subject: string, home: LockHome, purpose: FixPurpose = 'update'): FixSuggestion | undefined {
  if (home.t !== 'module') return attributeGuardFix(ctx, statements, home, purpose);
  const existing = ctx.moduleLock;
  if (existing) {
    const guards = guardEdits(ctx.lines, statements, existing);
    return guards && { title: existingTitle(existing, purpose), edits: guards };
  }
  // An attribute of a module-level object gets a lock named after the object, created after it.
  const base = subject.startsWith('self.') ? subject.replace(/\[.*$/, '').slice(5).replace(/\W+/g, '_') : subject.replace(/[.[].*$/, '');
  const lockName = `${base}_lock`;
  const guards = guardEdits(ctx.lines, statements, lockName);
  if (!guards) return undefined;
  const { ctor, edits } = lockConstructor(ctx);
  const insertAt = (ctx.globalEndLine(base) ?? Math.max(ctx.lastImportLine, -1)) + 1;
  edits.push({ range: { start: { line: insertAt, character: 0 }, end: { line: insertAt, character: 0 } }, newText: `${lockName} = ${ctor}\n` });
  edits.push(...guards);
  return { title: `Create \`${lockName} = ${ctor}\` and ${act(statements, purpose)}`, edits };
}

/**
 * For `if x not in s: s.add(x)` followed by more work: the lock's `with` (as guardFix made it, wrapping
 * the whole `if`) narrowed to the test and the add; the test's answer is kept in a new name and the
 * work after the add runs outside the lock (holding it there would serialise the work, and a call
 * back into the same code would wait for itself).
 */
export function claimEdit(lines: SourceLines, wrap: TextEdit0, ifStatement: Range0, test: Range0, addEnd: number): TextEdit0 | undefined {
  const lock = /^[ \t]*with (.+):\n/.exec(wrap.newText)?.[1];
  const first = ifStatement.start.line;
  if (!lock || wrap.range.start.line !== first || test.end.line >= addEnd || addEnd >= ifStatement.end.line) return undefined;
  const firstLine = lines.line(first);
  const indent = firstLine.slice(0, firstLine.length - firstLine.trimStart().length);
  const unit = indentUnit(lines.text);
  const testText = test.start.line === test.end.line ? lines.line(test.start.line).slice(test.start.character, test.end.character) : undefined;
  if (testText === undefined) return undefined;
  let name = 'is_new';
  for (let i = 1; new RegExp(`\\b${name}\\b`).test(lines.text); i++) name = `is_new_${i}`;
  const comment = /#.*$/.exec(lines.line(test.end.line).slice(test.end.character))?.[0];
  const out = [`${indent}with ${lock}:`, `${indent}${unit}${name} = ${testText}`, `${indent}${unit}if ${name}:${comment ? `  ${comment}` : ''}`];
  for (let l = test.end.line + 1; l <= addEnd; l++) out.push(lines.line(l) === '' ? '' : unit + lines.line(l));
  out.push(`${indent}if ${name}:`);
  for (let l = addEnd + 1; l <= ifStatement.end.line; l++) out.push(lines.line(l));
  return { range: wrap.range, newText: out.join('\n') };
}

/** Where `import threading` goes: after the existing imports, else after a module docstring and comments. */
function importLine(ctx: FixContext): number {
  if (ctx.lastImportLine >= 0) return ctx.lastImportLine + 1;
  const { lines } = ctx;
  let i = 0;
  while (i < lines.count && (lines.line(i).startsWith('#') || lines.line(i).trim() === '')) i++;
  if (/^[rRuU]?("""|''')/.test(lines.line(i))) {
    const first = lines.line(i);
    const q = first.match(/("""|''')/)![1];
    if (first.indexOf(q, first.indexOf(q) + 3) < 0) {
      i++;
      while (i < lines.count && !lines.line(i).includes(q)) i++;
    }
    i++;
  }
  return Math.min(i, lines.count);
}

const NOQA = /#\s*noqa(?::\s*([A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*))?/i;

/** `# noqa` or `# noqa: GIL001` on the finding's first line. */
export function suppressed(lines: SourceLines, f: Finding): boolean {
  const m = NOQA.exec(lines.line(f.range.start.line));
  if (!m) return false;
  if (!m[1]) return true;
  return m[1].split(',').map((c) => c.trim().toUpperCase()).includes(f.code);
}
