/** `gil-lab check PATH... [--json]`: the race analysis as a linter (exit 1 on findings, 2 on usage errors). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createPythonParser } from '../analysis/parser';
import { analyze, mayHaveFindings } from '../analysis/raceAnalysis';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', 'site-packages', 'dist', 'build']);
/** Larger files are most likely generated; they are reported as skipped rather than parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function* pythonFiles(target: string): AsyncGenerator<string> {
  const stat = await fs.stat(target);
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

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  message: string;
}

export async function checkPaths(paths: string[], onSkip: (file: string, why: string) => void = () => undefined): Promise<JsonFinding[]> {
  const parser = await createPythonParser();
  const out: JsonFinding[] = [];
  for (const p of paths) {
    for await (const file of pythonFiles(p)) {
      const stat = await fs.stat(file);
      if (stat.size > MAX_FILE_BYTES) {
        onSkip(file, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
        continue;
      }
      const text = await fs.readFile(file, 'utf8');
      if (!mayHaveFindings(text)) continue;
      const tree = parser.parse(text);
      if (!tree) continue;
      try {
        for (const f of analyze(tree, text).findings) {
          out.push({ file, line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1, code: f.code, message: f.message });
        }
      } finally {
        tree.delete();
      }
    }
  }
  return out;
}

export async function runCheckCli(argv: string[], io: Io): Promise<number> {
  let values: { json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } }));
  } catch (err) {
    io.stderr.write(`gil-lab check: ${(err as Error).message}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write('gil-lab check: give at least one file or folder\n');
    return 2;
  }
  for (const p of positionals) {
    try {
      await fs.stat(p);
    } catch {
      io.stderr.write(`gil-lab check: no such file or folder: ${p}\n`);
      return 2;
    }
  }
  const findings = await checkPaths(positionals, (file, why) => io.stderr.write(`gil-lab check: skipped ${file} (${why})\n`));
  if (values.json) io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else {
    for (const f of findings) io.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.code} ${f.message}\n`);
    io.stdout.write(findings.length ? `\n${findings.length} finding${findings.length === 1 ? '' : 's'}\n` : 'No unlocked shared state found.\n');
  }
  return findings.length > 0 ? 1 : 0;
}
