/** `gil-lab check PATH... [--format text|json|sarif]`: the race analysis as a linter (exit 1 on findings, 2 on usage errors). */
import { promises as fs, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pythonFiles } from '../analysis/projectFiles';
import { incomingEntries, incomingKey, type ThreadHandOff } from '../analysis/crossModule';
import { firstLook, inThisThread, WorkerPool, type FileAnalyser, type FileJob, type FileOutcome } from './checkJobs';
import { commandUsage, parseCommand, positiveInt, UsageError, type CommandSpec, type OptionTable } from './options';
import { toSarif } from './sarif';
import { REPOSITORY_URL, VERSION } from './version';

/**
 * Code to parse and analyse (in files that can hand code to threads) that makes one more worker
 * thread worth its start. Measured on 2 cores with threaded files from public repositories: 250 KB
 * ran 4% faster in two threads than in one, 500 KB 8%, 1 MB 20%; the stdlib's 2.4 MB 21%.
 */
const BYTES_PER_WORKER = 384 * 1024;

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

/**
 * The findings in `paths`. `workers`: how many worker threads share the files (running `workerScript`,
 * this CLI's bundle), at most one per file to parse; 'auto', one per CPU core while each gets a few MB of code.
 * With fewer than two, or no script (tests run the sources), this thread does it all.
 */
export async function checkPaths(
  paths: string[],
  onSkip: (file: string, why: string) => void = () => undefined,
  { workers = 1, workerScript, onSyntaxError }: { workers?: number | 'auto'; workerScript?: string; onSyntaxError?: (file: string, line: number) => void } = {},
): Promise<JsonFinding[]> {
  const files = new Set<string>();
  for (const p of paths) for await (const file of pythonFiles(p)) files.add(file);
  // Most files name nothing that starts a thread: told here by their text, only the rest are parsed,
  // by worker threads that start as soon as there is enough to parse and take files as they are found.
  const results = new Map<string, FileOutcome>();
  const deep: FileJob[] = [];
  let deepBytes = 0;
  const cap = workerScript ? (workers === 'auto' ? availableParallelism() : workers) : 1;
  let pool: WorkerPool | undefined;
  let analyser: FileAnalyser | undefined;
  try {
    let looked = 0;
    let lookedBytes = 0;
    // The largest first: the workers then get the long files early, and their last ones are short.
    const bySize = largestFirst(files);
    const totalBytes = bySize.reduce((sum, [, bytes]) => sum + bytes, 0);
    for (const [file, bytes] of bySize) {
      const look = firstLook({ file });
      if ('outcome' in look) results.set(file, look.outcome);
      else {
        deep.push(look.deep);
        deepBytes += look.bytes;
        pool?.add([look.deep]);
      }
      // A worker costs a parser and a cold JIT: by default, one more for each few MB of code to analyse,
      // as foreseen from the files looked at so far (after the first few dozen).
      looked++;
      lookedBytes += bytes;
      // (By bytes: the files come largest first, so the first ones are not a fair sample by count.)
      const foreseen = looked >= Math.min(files.size, 64) ? (deepBytes * totalBytes) / Math.max(1, lookedBytes) : 0;
      const wanted = Math.min(cap, workers === 'auto' ? 1 + Math.floor(foreseen / BYTES_PER_WORKER) : cap, deep.length);
      if (wanted >= 2 && (pool?.size ?? 0) < wanted) {
        if (!pool) (pool = new WorkerPool(workerScript!)).add(deep);
        while (pool.size < wanted) pool.grow();
      }
      // (Let the workers' messages in now and then: each takes its next batch when it posts one.)
      if (pool && looked % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    analyser = pool ?? (await inThisThread());
    // The files read (not their texts: the stdlib's would be 100 MB more held; the few modules handed threads are read again).
    const known = new Set<string>();
    for (const outcome of await (pool ? pool.drain() : analyser.run(deep))) results.set(outcome.file, outcome);
    for (const file of files) {
      const outcome = results.get(file);
      if (outcome?.skipped !== undefined) onSkip(file, outcome.skipped);
      else known.add(file);
      if (outcome?.skipped === undefined && outcome?.syntaxErrorLine !== undefined) onSyntaxError?.(file, outcome.syntaxErrorLine);
    }
    // The threading server classes each module publishes, for request handlers handed to them from elsewhere.
    const threadingServers = (file: string) => {
      const r = results.get(file);
      return (r?.skipped === undefined && r?.threadingServers) || [];
    };
    // Code that one module runs on threads and another defines: analyse the defining module again with
    // those entries, until no new ones appear (its own thread code may call a third module's).
    let given = new Map<string, string>();
    for (let round = 0; round < 4; round++) {
      const handOffs = new Map([...results].map(([f, r]): [string, ThreadHandOff[]] => [f, (r.skipped === undefined && r.handOffs) || []]));
      const changed = [...incomingEntries(handOffs, known, threadingServers)].filter(([file, entries]) => given.get(file) !== incomingKey(entries));
      if (changed.length === 0) break;
      given = new Map([...given, ...changed.map(([file, entries]): [string, string] => [file, incomingKey(entries)])]);
      for (const outcome of await analyser.run(changed.map(([file, incoming]) => ({ file, incoming })))) {
        if (outcome.skipped === undefined && outcome.findings) results.set(outcome.file, outcome);
      }
    }
    const out: JsonFinding[] = [];
    for (const file of files) {
      const r = results.get(file);
      for (const f of (r?.skipped === undefined && r?.findings) || []) {
        out.push({ file, line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1, code: f.code, message: f.message });
      }
    }
    return out;
  } finally {
    await (analyser ?? pool)?.close();
  }
}

/** The files with their sizes, the largest first. */
function largestFirst(files: Iterable<string>): [string, number][] {
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0; // (firstLook reports it)
    }
  };
  return [...files].map((file): [string, number] => [file, size(file)]).sort((a, b) => b[1] - a[1]);
}

/** The one declaration of `check`'s options: the parser and the usage are both made from it. */
export const CHECK_COMMAND = {
  name: 'check',
  operands: 'PATH...',
  summary: 'Flag shared state that threads write without a lock, in the Python files given and under the folders given (skipping virtualenvs, caches and hidden folders).',
  options: {
    format: { type: 'string', value: 'text|json|sarif', help: 'text: one file:line:column: CODE message line per finding (the default); json: an array of findings; sarif: a SARIF 2.1.0 log for code-scanning tools.' },
    json: { type: 'boolean', help: 'The same as --format json.' },
    jobs: { type: 'string', value: 'N', help: 'Files analysed at once, each on a worker thread (default: one per CPU core; 1: all in one thread).' },
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
  let jobs: number | undefined;
  try {
    jobs = values.jobs === undefined ? undefined : positiveInt('jobs', values.jobs, 1);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`gil-lab check: ${err.message}\n`);
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
  // The bundle this runs in is also the workers' script (main.ts starts a worker's loop when it is one).
  const findings = await checkPaths(
    positionals,
    (file, why) => {
      skipped.push({ file, why });
      io.stderr.write(`gil-lab check: skipped ${file} (${why})\n`);
    },
    {
      workers: jobs ?? 'auto',
      workerScript: __filename,
      // (Tree-sitter reads on past an error; the statements an error swallows go unseen.)
      onSyntaxError: (file, line) => io.stderr.write(`gil-lab check: ${file} has a syntax error at line ${line} (Python 2 code, or a typo?): it was checked around it, and findings there may be missing\n`),
    },
  );
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
