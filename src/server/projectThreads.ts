/**
 * The workspace's Python files, for threads that cross modules: which functions of an open document
 * other files of the workspace run on threads (see analysis/crossModule.ts). The files' texts are read
 * once, in the background, and kept until a watched-file event or a save says one changed; a file's
 * hand-offs are analysed only when a document needs them (a file that names the document's module).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { importedFiles, incomingEntries, incomingKey, threadingServerClasses, type IncomingThreadEntry, type ThreadHandOff } from '../analysis/crossModule';
import { MAX_FILE_BYTES, pythonFiles } from '../analysis/projectFiles';
import { analyze, mayHandOff } from '../analysis/raceAnalysis';

/** A workspace this large is not indexed (its first reading would take the machine for too long). */
export const MAX_INDEXED_FILES = 5000;
/** How many files importing one module are analysed for its incoming threads. */
const MAX_IMPORTERS = 200;

export class ProjectThreads {
  private texts: Map<string, string> | undefined;
  private readonly handOffs = new Map<string, { key: string; list: ThreadHandOff[] }>();
  /** Bumped when a file changes on disk: the incoming threads worked out before may be stale. */
  private generation = 0;
  private readonly incoming = new Map<string, { generation: number; entries: IncomingThreadEntry[] }>();
  private readonly working = new Map<string, Promise<IncomingThreadEntry[]>>();

  constructor(private readonly openText: (file: string) => string | undefined) {}

  get ready(): boolean {
    return this.texts !== undefined;
  }

  /** Reads the Python files under the roots; says how many, or why not. */
  async index(roots: readonly string[]): Promise<string> {
    const texts = new Map<string, string>();
    for (const root of roots) {
      for await (const file of pythonFiles(root)) {
        if (texts.size >= MAX_INDEXED_FILES) return `not indexed: more than ${MAX_INDEXED_FILES} Python files; threads are followed within each file only`;
        const text = await readSmall(file);
        if (text !== undefined) texts.set(file, text);
      }
    }
    this.texts = texts;
    return `${texts.size} Python files indexed for threads started in one module on code of another`;
  }

  /** A file was created, changed or saved (its text is read again), or deleted. */
  async changed(file: string, deleted = false): Promise<void> {
    if (!this.texts || !/\.pyi?$/.test(file)) return;
    const text = deleted ? undefined : await readSmall(file);
    if (text === undefined) this.texts.delete(file);
    else this.texts.set(file, text);
    this.generation++;
  }

  /**
   * The threads other files start on this file's code as last worked out (perhaps before a file
   * changed: `current` says), without waiting; undefined if never.
   */
  kept(file: string): { entries: IncomingThreadEntry[]; current: boolean } | undefined {
    const kept = this.incoming.get(file);
    return kept && { entries: kept.entries, current: kept.generation === this.generation };
  }

  /**
   * What other files of the workspace run of this file's code on threads, as of their texts on disk
   * (or open) when one last changed on disk: an unsaved edit elsewhere counts once saved. Worked out a
   * file at a time, letting the server answer in between (a module many files import takes seconds).
   */
  incomingFor(parser: Parser, file: string): Promise<IncomingThreadEntry[]> {
    const kept = this.incoming.get(file);
    if (kept?.generation === this.generation) return Promise.resolve(kept.entries);
    const key = `${this.generation}\u0000${file}`;
    let work = this.working.get(key);
    if (!work) {
      const generation = this.generation;
      work = this.incomingAt(parser, file, 2).then((entries) => {
        this.working.delete(key);
        if (generation === this.generation) this.incoming.set(file, { generation, entries });
        return entries;
      });
      this.working.set(key, work);
    }
    return work;
  }

  private async incomingAt(parser: Parser, file: string, depth: number): Promise<IncomingThreadEntry[]> {
    if (!this.texts || depth === 0) return [];
    const stem = path.basename(file) === '__init__.py' ? path.basename(path.dirname(file)) : path.basename(file).replace(/\.pyi?$/, '');
    if (!/^\w+$/.test(stem)) return [];
    const names = new RegExp(`\\b(?:import|from)\\b[^\\n]*\\b${stem}\\b`);
    const handOffs = new Map<string, ThreadHandOff[]>();
    const known = new Set(this.texts.keys());
    known.add(file);
    // The modules this one imports too: a Thread subclass of theirs that this file starts may call back into it.
    const imported = importedFiles(file, this.textOf(file), known);
    for (const [other] of this.texts) {
      if (other === file) continue;
      const text = this.textOf(other);
      if (!names.test(text) && !imported.has(other)) continue;
      handOffs.set(other, await this.handOffsOf(parser, other, text, depth));
      await new Promise((resolve) => setImmediate(resolve));
      if (handOffs.size >= MAX_IMPORTERS) break;
    }
    if (handOffs.size === 0) return [];
    return incomingEntries(handOffs, known, (server) => threadingServerClasses(this.textOf(server))).get(file) ?? [];
  }

  private textOf(file: string): string {
    return this.openText(file) ?? this.texts?.get(file) ?? '';
  }

  private async handOffsOf(parser: Parser, file: string, text: string, depth: number): Promise<ThreadHandOff[]> {
    // Its own incoming threads first: code run on them may call into the file asked about.
    const incoming = await this.incomingAt(parser, file, depth - 1);
    if (!mayHandOff(text) && incoming.length === 0) return [];
    const key = `${createHash('sha1').update(text).digest('base64')}\u0000${incomingKey(incoming)}`;
    const kept = this.handOffs.get(file);
    if (kept?.key === key) return kept.list;
    const tree = parser.parse(text);
    if (!tree) return [];
    try {
      const list = analyze(tree, text, undefined, incoming).handOffs ?? [];
      this.handOffs.set(file, { key, list });
      return list;
    } finally {
      tree.delete();
    }
  }
}

async function readSmall(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() && stat.size <= MAX_FILE_BYTES ? await fs.readFile(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
