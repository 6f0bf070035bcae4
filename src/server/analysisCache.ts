/**
 * Analysis results from earlier sessions, on disk, by the exact text they were computed from.
 *
 * Why: when VS Code starts with a Python file open, that file's didOpen is what the new server sees
 * first, so its first analysis runs in cold code (wasm in baseline code, JavaScript interpreted): on
 * a 5,000-line file about three times as long as a warm one. The file is nearly always the same text
 * that the last session analysed, and a result computed from the same text by the same analyser is
 * the same result. Like ruff's or ESLint's cache, an entry is keyed by a hash of the text and of the
 * server bundle itself, so a new build never reads an old build's results.
 *
 * The server verifies what it served, by a real analysis shortly afterwards (it needs the tree for
 * incremental edits anyway), and refreshes the diagnostics if the two differ.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult } from '../analysis/raceAnalysis';

/** What one entry holds. */
export interface KeptAnalysis {
  result: AnalysisResult;
  hasError: boolean;
}

/** Entries kept at most, by default; the least recently written go first. */
const MAX_ENTRIES = 200;
/** Texts longer than this (in UTF-16 code units) are not kept: their results could be large too. */
const MAX_TEXT_LENGTH = 4 * 1024 * 1024;
const FORMAT = 1;

export class AnalysisCache {
  private readonly analyser: string;
  private writes = 0;

  /**
   * @param dir where entries live (made when the first one is written)
   * @param analyserFile the file whose bytes identify the analyser (the server bundle)
   * @param maxEntries how many entries prune() keeps
   */
  constructor(
    readonly dir: string,
    analyserFile: string,
    private readonly maxEntries = MAX_ENTRIES,
  ) {
    this.analyser = createHash('sha256').update(readFileSync(analyserFile)).digest('hex');
  }

  /** The entry's file for a text (exposed for tests). */
  fileFor(text: string): string {
    const key = createHash('sha256').update(`${FORMAT}\u0000${this.analyser}\u0000`).update(text).digest('hex');
    return path.join(this.dir, `${key}.json`);
  }

  /** The kept analysis of exactly this text, or undefined (none, unreadable, or not of this shape). */
  get(text: string): KeptAnalysis | undefined {
    if (text.length > MAX_TEXT_LENGTH) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.fileFor(text), 'utf8'));
    } catch {
      return undefined;
    }
    const kept = parsed as Partial<KeptAnalysis> | null;
    const result = kept?.result as Partial<AnalysisResult> | undefined;
    if (!kept || typeof kept.hasError !== 'boolean' || !result || !Array.isArray(result.findings) || !Array.isArray(result.functions)) return undefined;
    return kept as KeptAnalysis;
  }

  /** Keeps an analysis of this text (written whole, then renamed, so a reader never sees half of it). */
  put(text: string, kept: KeptAnalysis): void {
    if (text.length > MAX_TEXT_LENGTH) return;
    mkdirSync(this.dir, { recursive: true });
    const file = this.fileFor(text);
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(kept));
    renameSync(partial, file);
    if (this.writes++ % 20 === 0) this.prune();
  }

  /** Drops the oldest entries beyond the limit, and temporary files a killed writer left a minute or more ago. */
  prune(): void {
    const entries = readdirSync(this.dir).flatMap((name) => {
      const file = path.join(this.dir, name);
      try {
        return [{ file, name, mtime: statSync(file).mtimeMs }];
      } catch {
        return []; // removed meanwhile by another server
      }
    });
    const stale = Date.now() - 60_000;
    const kept = entries.filter((e) => e.name.endsWith('.json')).sort((a, b) => b.mtime - a.mtime);
    const drop = [...kept.slice(this.maxEntries), ...entries.filter((e) => e.name.endsWith('.tmp') && e.mtime < stale)];
    for (const e of drop) {
      try {
        unlinkSync(e.file);
      } catch {
        // another server removed it first
      }
    }
  }
}
