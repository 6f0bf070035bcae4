/**
 * One declaration per command-line option, from which both the parser (node:util parseArgs) and the
 * usage text are made, so an option cannot be accepted without being documented, or the reverse.
 * No `vscode` import: unit-tested with plain mocha.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One letter, e.g. `h` for `-h`. */
  short?: string;
  /** The value's placeholder in the usage (`N`, `PATH`); string options only. */
  value?: string;
  /** What the option does, one line; defaults belong here too. */
  help: string;
}
export type OptionTable = Record<string, OptionSpec>;

export interface CommandSpec<T extends OptionTable> {
  /** `measure`, `check`. */
  name: string;
  /** The positional arguments as the usage line shows them, e.g. `FILE::FUNCTION`. */
  operands: string;
  /** What the command does, a sentence or two. */
  summary: string;
  options: T;
  /** Lines after the options (exit codes, examples). */
  epilog?: string;
}

/** Usage text is wrapped to fit a terminal of this many columns. */
const LINE_WIDTH = 100;

/** Every command also takes --help. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h', help: 'Print this help and exit.' } } as const satisfies OptionTable;

export type OptionValues<T extends OptionTable> = { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string };

export type ParsedCommand<T extends OptionTable> =
  | { kind: 'help' }
  | { kind: 'ok'; values: OptionValues<T>; positionals: string[] }
  /** `message` is one line, without the program name. `showUsage`: the mistake is an option the command does not have. */
  | { kind: 'error'; message: string; showUsage: boolean };

function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

/** The usage text of a command: synopsis, summary, every option with its help, then the epilog. */
export function commandUsage(program: string, command: CommandSpec<OptionTable>): string {
  const all: OptionTable = { ...command.options, ...HELP_OPTION };
  const labels = Object.entries(all).map(([name, spec]) => [optionLabel(name, spec), spec.help] as const);
  const width = Math.max(...labels.map(([l]) => l.length));
  const lines = [
    `usage: ${program} ${command.name} ${command.operands} [options]`,
    '',
    ...wrap(command.summary, LINE_WIDTH - 2).map((l) => `  ${l}`),
    '',
    'options:',
    ...labels.flatMap(([label, help]) => wrap(help, Math.max(40, LINE_WIDTH - width - 4)).map((l, i) => `  ${(i === 0 ? label : '').padEnd(width)}  ${l}`)),
  ];
  if (command.epilog) lines.push('', command.epilog.trimEnd());
  return `${lines.join('\n')}\n`;
}

/** The top-level usage's entry for a command: its operands and every option, then its summary. */
export function commandSynopsis(command: CommandSpec<OptionTable>): string[] {
  const opts = Object.entries(command.options).map(([name, spec]) => `[--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}]`);
  const words = [command.name, command.operands, ...opts];
  // Wrapped between options, never inside one.
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > LINE_WIDTH - 4) {
      lines.push(line);
      line = `${' '.repeat(command.name.length + 1)}${w}`;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return [...lines.map((l) => `  ${l}`), ...wrap(command.summary, LINE_WIDTH - 6).map((l) => `      ${l}`)];
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

interface NodeParseError extends Error {
  code?: string;
}

/** Parses argv against the command's declarations. --help anywhere wins over every other mistake. */
export function parseCommand<T extends OptionTable>(command: CommandSpec<T>, argv: string[]): ParsedCommand<T> {
  const all: OptionTable = { ...command.options, ...HELP_OPTION };
  const options = Object.fromEntries(Object.entries(all).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]));
  // Before `--`, a bare --help or -h means help even if something else on the line is wrong.
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { kind: 'ok', values: values as OptionValues<T>, positionals };
  } catch (err) {
    return describeParseError(err as NodeParseError, all);
  }
}

/** node's parse errors, rewritten as one line that names the option and says what to do. */
function describeParseError(err: NodeParseError, all: OptionTable): { kind: 'error'; message: string; showUsage: boolean } {
  const option = /'(-[^' =,]*)/.exec(err.message)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = option ?? err.message;
      const near = option?.startsWith('--') ? closest(option.slice(2), Object.keys(all)) : undefined;
      return { kind: 'error', message: `unknown option '${name}'${near ? ` (did you mean --${near}?)` : ''}`, showUsage: true };
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const spec = option ? all[option.replace(/^--?/, '')] ?? Object.values(all).find((s) => s.short === option.slice(1)) : undefined;
      if (spec?.type === 'string') return { kind: 'error', message: `${option} needs a value (${option} ${spec.value ?? 'VALUE'})`, showUsage: false };
      return { kind: 'error', message: `${option ?? 'an option'} takes no value`, showUsage: false };
    }
    default:
      return { kind: 'error', message: err.message.split('\n')[0], showUsage: false };
  }
}

/** The declared option a mistyped one most likely meant (edit distance at most 2), if any. */
function closest(typed: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(typed, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** A command line that does not fit its command: the message is printed with the usage, and the exit status is 2. */
export class UsageError extends Error {}

/** An option's whole-number value, at least 1; `fallback` when the option is not given. */
export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes a whole number of at least 1, not '${value}'`);
  return n;
}
