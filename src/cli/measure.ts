/** `gil-lab measure FILE::FUNCTION [...]`: the engine from a terminal or CI. */
import * as path from 'node:path';
import { ALL_MODES, type Mode } from '../shared/harnessProtocol';
import type { MeasureResult, RaceResult } from '../shared/results';
import { chooseInterpreter, type Candidate } from '../interpreter/candidates';
import { measure, raceCheck } from '../measure/engine';
import { runNotesText, toText } from '../measure/format';
import { toArgsTuple } from '../run/args';
import { commandUsage, parseCommand, positiveInt, UsageError, type CommandSpec, type OptionTable, type OptionValues } from './options';
import { schedulerJson, switchIntervalArg } from './schedulerOptions';
import { schedulerSentences } from '../measure/scheduler/words';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * The one declaration of `measure`'s options: the parser and the usage are both made from it, so a
 * new option is added here (and read below) and shows in `gil-lab measure --help` by itself.
 */
export const MEASURE_COMMAND = {
  name: 'measure',
  operands: 'FILE::FUNCTION | FILE::Class.method',
  summary: 'Time FUNCTION (a top-level function of FILE, or a method of a module-level class) serially, in threads and in processes with a real interpreter, and say what the GIL did; or, with --race, count the updates threads lose. Threads share one instance and the --args objects; each process gets its own pickled copy.',
  options: {
    python: { type: 'string', value: 'PATH', help: 'Interpreter to measure with (default: python3, then python, on PATH).' },
    workers: { type: 'string', value: 'N', help: 'Threads and processes per run (default: usable CPUs, at least 2).' },
    repeats: { type: 'string', value: 'R', help: 'Measured repeats per mode, after one warmup (default 5).' },
    modes: { type: 'string', value: 'LIST', help: `Comma-separated modes from ${ALL_MODES.join(',')} (default: all); serial is always timed.` },
    args: { type: 'string', value: 'EXPR', help: "Python expression for the function's arguments, e.g. '20, 22' (evaluated once per repeat; threads share the objects)." },
    instance: { type: 'string', value: 'EXPR', help: 'For Class.method: the expression that makes the instance (default: Class()).' },
    race: { type: 'string', value: 'STATE', help: 'Race check instead: run FUNCTION in threads and count lost updates to STATE: self.ATTR, Class.ATTR, NAME, NAME[INDEX] or NAME.ATTR.' },
    runs: { type: 'string', value: 'K', help: 'Threaded runs of a race check (default 5).' },
    timeout: { type: 'string', value: 'SECONDS', help: 'Stop the run, with every process it started, after this long (default 600).' },
    json: { type: 'boolean', help: 'Write a JSON document instead of the table (with the scheduler slices per worker where /proc exists).' },
    'switch-interval': { type: 'string', value: 'SECONDS', help: 'Run with sys.setswitchinterval(SECONDS), e.g. 0.001 (above 0, at most 1).' },
  },
  epilog: 'exit status: 0 measured, 1 the run failed (no interpreter, an error in FILE, timeout), 2 usage error',
} as const satisfies CommandSpec<OptionTable>;

export type MeasureArgs = ReturnType<typeof parseMeasureArgs>;

/** Reads the options of a parsed `measure` command line; a value that does not fit throws a UsageError. */
export function parseMeasureArgs(values: OptionValues<typeof MEASURE_COMMAND.options>, positionals: string[]) {
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE::FUNCTION');
  const [file, fn, extra] = positionals[0].split('::');
  if (!file || !fn || extra !== undefined || !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/.test(fn)) throw new UsageError(`'${positionals[0]}' is not FILE::FUNCTION or FILE::Class.method (a top-level function, or a method of a module-level class)`);
  if (values.instance !== undefined && !fn.includes('.')) throw new UsageError(`--instance makes the object a method is called on; '${fn}' is a function (give FILE::Class.method)`);
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
    instance: values.instance?.trim() || undefined,
    race: values.race?.trim() || undefined,
    json: values.json ?? false,
    switchIntervalSeconds: switchIntervalArg(values['switch-interval'], (m) => new UsageError(m)),
  };
}

/** The JSON document promised to scripts: stable field names, plus the full result. */
export function toJson(result: MeasureResult | RaceResult): unknown {
  const f = result.interpreter;
  const interpreter = { version: f.version, freeThreaded: f.freeThreaded, gilEnabled: f.gilEnabled, cpuCount: f.cpuCount, executable: f.executable, startMethod: f.startMethod };
  if (result.kind === 'race') return { interpreter, global: result.global, state: result.state, workers: result.workers, runs: result.runs, verdict: result.verdict.headline, result };
  return {
    interpreter,
    workers: result.workers,
    repeats: result.repeats,
    modes: Object.fromEntries(Object.entries(result.modes).map(([m, s]) => [m, { medianSeconds: s!.medianSeconds, minSeconds: s!.minSeconds, maxSeconds: s!.maxSeconds, madSeconds: s!.madSeconds }])),
    speedup: { threads: result.speedup.threads?.median ?? null, processes: result.speedup.processes?.median ?? null },
    verdict: result.verdict.headline,
    scheduler: schedulerJson(result),
    result,
  };
}

export async function runMeasureCli(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(MEASURE_COMMAND, argv);
  if (parsed.kind === 'help') {
    io.stdout.write(commandUsage('gil-lab', MEASURE_COMMAND));
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`gil-lab measure: ${parsed.message}\n${parsed.showUsage ? `\n${commandUsage('gil-lab', MEASURE_COMMAND)}` : ''}`);
    return 2;
  }
  let opts: MeasureArgs;
  try {
    opts = parseMeasureArgs(parsed.values, parsed.positionals);
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
  const target = { file: opts.file, function: opts.function, args: opts.args, instance: opts.instance };
  const runOptions = {
    signal: abort.signal,
    timeoutMs: opts.timeoutMs,
    onStderr: opts.json ? undefined : (text: string) => io.stderr.write(text),
  };
  const outcome = opts.race
    ? await raceCheck(python, { ...target, state: opts.race, workers, runs: opts.runs }, runOptions)
    : await measure(python, { ...target, modes: opts.modes, workers, repeats: opts.repeats, warmup: 1, switchIntervalSeconds: opts.switchIntervalSeconds }, runOptions);
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
  if (!opts.json && outcome.result.kind === 'measure') for (const line of schedulerSentences(outcome.result)) io.stdout.write(`${line}\n`);
  return 0;
}
