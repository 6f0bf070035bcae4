/** The Python files of a project: the ones `gil-lab check` reads, and the language server indexes for threads that cross modules. */
import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';

export const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', 'site-packages', 'dist', 'build']);
/** Larger files are most likely generated; they are reported as skipped rather than parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function* pythonFiles(target: string): AsyncGenerator<string> {
  // (One stat, taken at once: `check` given a thousand files would otherwise wait on a thousand round trips.)
  const stat = statSync(target);
  if (stat.isFile()) {
    yield target;
    return;
  }
  const entries = await fs.readdir(target, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(target, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) yield* pythonFiles(full);
    } else if (e.isFile() && (e.name.endsWith('.py') || e.name.endsWith('.pyi'))) yield full;
  }
}
