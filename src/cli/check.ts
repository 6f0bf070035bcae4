/** `gil-lab check PATH... [--format text|json|sarif]`: the race analysis as a linter (exit 1 on findings, 2 on usage errors). */
import { promises as fs, readFileSync, statSync } from 'node:fs';
import { createPythonParser } from '../analysis/parser';
import { MAX_FILE_BYTES, pythonFiles } from '../analysis/projectFiles';
import { incomingEntries, incomingKey, type IncomingThreadEntry } from '../analysis/crossModule';
import { analyze, mayHandOff, type AnalysisResult } from '../analysis/raceAnalysis';
import { commandUsage, parseCommand, type CommandSpec, type OptionTable } from './options';
import { toSarif } from './sarif';
import { REPOSITORY_URL, VERSION } from './version';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** One finding as `check` prints it (text, JSON, SARIF); positions 1-based. */
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
  const files = new Set<string>();
  for (const p of paths) for await (const file of pythonFiles(p)) files.add(file);
  const analyse = (text: string, incoming?: readonly IncomingThreadEntry[]): AnalysisResult | undefined => {
    const tree = parser.parse(text);
    if (!tree) return undefined;
    try {
      return analyze(tree, text, undefined, incoming);
    } finally {
      tree.delete();
    }
  };
  // The files read (not their texts: the stdlib's would be 100 MB more held; the few modules handed
  // threads are read again).
  const known = new Set<string>();
  const results = new Map<string, AnalysisResult>();
  for (const file of files) {
    // Read synchronously: the analysis is the work, and an await per file left the CPU idle between files.
    const stat = statSync(file);
    if (stat.size > MAX_FILE_BYTES) {
      onSkip(file, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    known.add(file);
    if (!mayHandOff(text)) continue;
    const result = analyse(text);
    if (result) results.set(file, result);
  }
  // Code that one module runs on threads and another defines: analyse the defining module again with
  // those entries, until no new ones appear (its own thread code may call a third module's).
  let given = new Map<string, string>();
  for (let round = 0; round < 4; round++) {
    const incoming = incomingEntries(new Map([...results].map(([f, r]) => [f, r.handOffs ?? []])), known);
    const changed = [...incoming].filter(([file, entries]) => given.get(file) !== incomingKey(entries));
    if (changed.length === 0) break;
    given = new Map([...given, ...changed.map(([file, entries]): [string, string] => [file, incomingKey(entries)])]);
    for (const [file, entries] of changed) {
      const result = analyse(readFileSync(file, 'utf8'), entries);
      if (result) results.set(file, result);
    }
  }
  const out: JsonFinding[] = [];
  for (const file of files) {
    for (const f of results.get(file)?.findings ?? []) {
      out.push({ file, line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1, code: f.code, message: f.message });
    }
  }
  return out;
}

/** The one declaration of `check`'s options: the parser and the usage are both made from it. */
export const CHECK_COMMAND = {
  name: 'check',
  operands: 'PATH...',
  summary: 'Flag shared state that threads write without a lock, in the Python files given and under the folders given (skipping virtualenvs, caches and hidden folders).',
  options: {
    format: { type: 'string', value: 'text|json|sarif', help: 'text: one file:line:column: CODE message line per finding (the default); json: an array of findings; sarif: a SARIF 2.1.0 log for code-scanning tools.' },
    json: { type: 'boolean', help: 'The same as --format json.' },
  },
  epilog: 'exit status: 0 nothing found, 1 findings, 2 usage error (for example a missing path)',
} as const satisfies CommandSpec<OptionTable>;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export async function runCheckCli(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(CHECK_COMMAND, argv);
  if (parsed.kind === 'help') {
    io.stdout.write(commandUsage('gil-lab', CHECK_COMMAND));
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`gil-lab check: ${parsed.message}\n${parsed.showUsage ? `\n${commandUsage('gil-lab', CHECK_COMMAND)}` : ''}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr.write(`gil-lab check: unknown format '${format}' (use ${FORMATS.join(', ')})\n`);
    return 2;
  }
  if (values.json && format !== 'json') {
    io.stderr.write(`gil-lab check: --json and --format ${format} ask for different outputs; give one\n`);
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
  const skipped: { file: string; why: string }[] = [];
  const findings = await checkPaths(positionals, (file, why) => {
    skipped.push({ file, why });
    io.stderr.write(`gil-lab check: skipped ${file} (${why})\n`);
  });
  writeFindings(format as Format, findings, skipped, io);
  return findings.length > 0 ? 1 : 0;
}

function writeFindings(format: Format, findings: JsonFinding[], skipped: { file: string; why: string }[], io: Io): void {
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
      return;
    case 'sarif':
      io.stdout.write(`${JSON.stringify(toSarif({ findings, skipped, root: process.cwd(), toolVersion: VERSION, informationUri: REPOSITORY_URL }), null, 2)}\n`);
      return;
    case 'text':
      for (const f of findings) io.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.code} ${f.message}\n`);
      io.stdout.write(findings.length ? `\n${findings.length} finding${findings.length === 1 ? '' : 's'}\n` : 'No unlocked shared state found.\n');
  }
}
