/**
 * Quick fixes for unlocked shared writes and `# noqa` suppression, computed from the source text and
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
  for (let l = first; l <= last; l++) body.push(unit + lines.line(l));
  return {
    range: { start: { line: first, character: 0 }, end: { line: last, character: lines.line(last).length } },
    newText: `${indent}with ${lock}:\n${body.join('\n')}`,
  };
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

/**
 * Guard the write's statement with the class's lock (for `self.…`), else the module's lock, else a
 * new module-level lock created after the global it guards (or after the imports).
 */
export function guardFix(ctx: FixContext, statement: Range0, subject: string, classLock: string | undefined): FixSuggestion | undefined {
  const existing = classLock && subject.startsWith('self.') ? `self.${classLock}` : ctx.moduleLock;
  if (existing) {
    const edit = guardEdit(ctx.lines, statement, existing);
    return edit && { title: `Guard with the existing lock \`${existing}\``, edits: [edit] };
  }
  const base = subject.replace(/\[.*$/, '').replace(/^self\./, '').replace(/\W+/g, '_');
  const lockName = `${base}_lock`;
  const edit = guardEdit(ctx.lines, statement, lockName);
  if (!edit) return undefined;
  const { module, lockName: importedLock } = ctx.threadingImported;
  const ctor = module ? `${module}.Lock()` : importedLock ? `${importedLock}()` : 'threading.Lock()';
  const edits: TextEdit0[] = [];
  if (!module && !importedLock) {
    const at = importLine(ctx);
    edits.push({ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: 'import threading\n' });
  }
  const insertAt = (ctx.globalEndLine(base) ?? Math.max(ctx.lastImportLine, -1)) + 1;
  edits.push({ range: { start: { line: insertAt, character: 0 }, end: { line: insertAt, character: 0 } }, newText: `${lockName} = ${ctor}\n` });
  edits.push(edit);
  return { title: `Create \`${lockName} = ${ctor}\` and guard the update with it`, edits };
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
