/** `gil-lab measure FILE::FUNCTION [...]`: the engine from a terminal or CI. */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_MODES, type Mode } from '../shared/harnessProtocol';
import type { MeasureResult, RaceResult } from '../shared/results';
import { chooseInterpreter, type Candidate } from '../interpreter/candidates';
import { measure, raceCheck } from '../measure/engine';
import { runNotesText, toText } from '../measure/format';
import { toArgsTuple } from '../run/args';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

class UsageError extends Error {}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes a whole number of at least 1, not '${value}'`);
  return n;
}

export function parseMeasureArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      python: { type: 'string' },
      workers: { type: 'string' },
      repeats: { type: 'string' },
      modes: { type: 'string' },
      args: { type: 'string' },
      race: { type: 'string' },
      runs: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE::FUNCTION');
  const [file, fn, extra] = positionals[0].split('::');
  if (!file || !fn || extra !== undefined || !/^[A-Za-z_]\w*$/.test(fn)) throw new UsageError(`'${positionals[0]}' is not FILE::FUNCTION (a top-level function name)`);
  const modes = (values.modes ?? ALL_MODES.join(',')).split(',').map((m) => m.trim()) as Mode[];
  for (const m of modes) if (!ALL_MODES.includes(m)) throw new UsageError(`unknown mode '${m}' (use ${ALL_MODES.join(', ')})`);
  if (!modes.includes('serial')) modes.unshift('serial'); // speedups are relative to serial
  return {
    file: path.resolve(file),
    function: fn,
    python: values.python,
    workers: values.workers === undefined ? undefined : positiveInt('workers', values.workers, 2),
    repeats: positiveInt('repeats', values.repeats, 5),
    runs: positiveInt('runs', values.runs, 5),
    timeoutMs: positiveInt('timeout', values.timeout, 600) * 1000,
    modes,
    args: values.args ? toArgsTuple(values.args) : undefined,
    race: values.race,
    json: values.json ?? false,
  };
}

/** The JSON document promised to scripts: stable field names, plus the full result. */
export function toJson(result: MeasureResult | RaceResult): unknown {
  const f = result.interpreter;
  const interpreter = { version: f.version, freeThreaded: f.freeThreaded, gilEnabled: f.gilEnabled, cpuCount: f.cpuCount, executable: f.executable, startMethod: f.startMethod };
  if (result.kind === 'race') return { interpreter, global: result.global, workers: result.workers, runs: result.runs, verdict: result.verdict.headline, result };
  return {
    interpreter,
    workers: result.workers,
    repeats: result.repeats,
    modes: Object.fromEntries(Object.entries(result.modes).map(([m, s]) => [m, { medianSeconds: s!.medianSeconds, minSeconds: s!.minSeconds, maxSeconds: s!.maxSeconds, madSeconds: s!.madSeconds }])),
    speedup: { threads: result.speedup.threads?.median ?? null, processes: result.speedup.processes?.median ?? null },
    verdict: result.verdict.headline,
    result,
  };
}

export async function runMeasureCli(argv: string[], io: Io): Promise<number> {
  let opts: ReturnType<typeof parseMeasureArgs>;
  try {
    opts = parseMeasureArgs(argv);
  } catch (err) {
    io.stderr.write(`gil-lab measure: ${(err as Error).message}\n`);
    return 2;
  }
  const candidates: Candidate[] = opts.python ? [{ source: 'gilLab.pythonPath', path: opts.python }] : [{ source: 'PATH', path: 'python3' }, { source: 'PATH', path: 'python' }];
  let python: string;
  let cpus: number;
  try {
    const chosen = await chooseInterpreter(candidates);
    python = chosen.path;
    cpus = chosen.facts.cpuCount;
  } catch (err) {
    io.stderr.write(`gil-lab measure: ${(err as Error).message}\n`);
    return 1;
  }
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const workers = opts.workers ?? Math.max(2, cpus);
  const target = { file: opts.file, function: opts.function, args: opts.args };
  const runOptions = {
    signal: abort.signal,
    timeoutMs: opts.timeoutMs,
    onStderr: opts.json ? undefined : (text: string) => io.stderr.write(text),
  };
  const outcome = opts.race
    ? await raceCheck(python, { ...target, global: opts.race, workers, runs: opts.runs }, runOptions)
    : await measure(python, { ...target, modes: opts.modes, workers, repeats: opts.repeats, warmup: 1 }, runOptions);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (!outcome.ok) {
    const e = outcome.error;
    io.stderr.write(`gil-lab measure: ${e.message}${e.location ? ` (${e.location.file}:${e.location.line})` : ''}${e.hint ? `\n  ${e.hint}` : ''}\n`);
    const notes = runNotesText(e.warnings, e.output, opts.function);
    if (notes.length) io.stderr.write(`${notes.join('\n')}\n`);
    return 1;
  }
  io.stdout.write(opts.json ? `${JSON.stringify(toJson(outcome.result), null, 2)}\n` : toText(outcome.result));
  return 0;
}
