/** Helpers shared by the analysis tests: the labelled corpus and applying quick-fix edits. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { analyze, type AnalysisResult } from '../../../src/analysis/raceAnalysis';
import type { TextEdit0 } from '../../../src/shared/analysis';

export const CORPUS_DIR = join(__dirname, '..', '..', 'corpus');

const EXPECT = /#\s*expect:\s*(GIL\d{3}(?:\s*,\s*GIL\d{3})*)/;

/** "line:code" keys (1-based lines) of the `# expect: GIL001[, GIL002]` markers in a file. */
export function expectedFindings(text: string): Set<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m) for (const code of m[1].split(',')) out.add(`${i + 1}:${code.trim()}`);
  });
  return out;
}

/** The corpus's file names, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort();
}

export function readCorpus(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8');
}

/** Offset of an LSP-style position (0-based line, UTF-16 column) in `text`. */
export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let offset = 0;
  for (let l = 0; l < pos.line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + pos.character, lineEnd < 0 ? text.length : lineEnd);
}

/** Applies non-overlapping edits whose ranges refer to the original text (as LSP WorkspaceEdits do). */
export function applyEdits(text: string, edits: TextEdit0[]): string {
  const resolved = edits
    .map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A fresh parse and analysis of `text`, its tree freed after. */
export function analyzeText(parser: Parser, text: string): AnalysisResult {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter gave up on the text');
  try {
    return analyze(tree, text);
  } finally {
    tree.delete();
  }
}

/** Which of the sources CPython's own parser accepts (one python3 process for all of them). */
export function pythonAccepts(sources: string[]): boolean[] {
  const script = 'import ast,json,sys\nout=[]\nfor s in json.load(sys.stdin):\n    try:\n        ast.parse(s); out.append(True)\n    except SyntaxError:\n        out.append(False)\nprint(json.dumps(out))';
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.error ?? r.stderr}`);
  return JSON.parse(r.stdout) as boolean[];
}

/** mulberry32: a tiny seeded PRNG so a failing case can be reproduced from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
