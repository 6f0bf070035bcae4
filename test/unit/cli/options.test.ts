/** The CLI's option declarations: one table makes both the parser and the usage. */
import { strict as assert } from 'node:assert';
import { commandSynopsis, commandUsage, parseCommand, type CommandSpec, type OptionTable } from '../../../src/cli/options';

const command = {
  name: 'demo',
  operands: 'FILE',
  summary: 'A command for the test.',
  options: {
    workers: { type: 'string', value: 'N', help: 'How many workers.' },
    json: { type: 'boolean', help: 'JSON out.' },
  },
  epilog: 'exit status: 0 fine',
} as const satisfies CommandSpec<OptionTable>;

describe('cli options', () => {
  it('parses declared options and positionals', () => {
    const r = parseCommand(command, ['a.py', '--workers', '3', '--json']);
    assert.equal(r.kind, 'ok');
    if (r.kind !== 'ok') return;
    assert.deepEqual({ ...r.values }, { workers: '3', json: true });
    assert.deepEqual(r.positionals, ['a.py']);
  });

  it('--help or -h anywhere before -- is help, even beside a mistake', () => {
    assert.deepEqual(parseCommand(command, ['--bogus', '-h']), { kind: 'help' });
    assert.deepEqual(parseCommand(command, ['a.py', '--help']), { kind: 'help' });
    assert.equal(parseCommand(command, ['--', '--help']).kind, 'ok');
  });

  it('an unknown option is named, with the nearest declared one when it looks misspelt, and asks for the usage', () => {
    assert.deepEqual(parseCommand(command, ['--wrokers', '2']), { kind: 'error', message: "unknown option '--wrokers' (did you mean --workers?)", showUsage: true });
    assert.deepEqual(parseCommand(command, ['--frobnicate']), { kind: 'error', message: "unknown option '--frobnicate'", showUsage: true });
    assert.deepEqual(parseCommand(command, ['-x']), { kind: 'error', message: "unknown option '-x'", showUsage: true });
  });

  it('a value missing or given where none is taken: one line, no usage', () => {
    assert.deepEqual(parseCommand(command, ['--workers']), { kind: 'error', message: '--workers needs a value (--workers N)', showUsage: false });
    assert.deepEqual(parseCommand(command, ['--json=yes']), { kind: 'error', message: '--json takes no value', showUsage: false });
  });

  it('the usage lists every declared option with its help, and --help', () => {
    const usage = commandUsage('tool', command);
    assert.match(usage, /^usage: tool demo FILE \[options\]\n/);
    assert.match(usage, /^ {6}--workers N {2}How many workers\.$/m);
    assert.match(usage, /^ {6}--json {7}JSON out\.$/m);
    assert.match(usage, /^ {2}-h, --help {7}Print this help and exit\.$/m);
    assert.match(usage, /exit status: 0 fine\n$/);
    assert.deepEqual(commandSynopsis(command).slice(0, 1), ['  demo FILE [--workers N] [--json]']);
  });

  it('long help wraps under its column within 100 characters', () => {
    const long = { ...command, options: { workers: { type: 'string', value: 'N', help: 'word '.repeat(60).trim() } } } as const satisfies CommandSpec<OptionTable>;
    const lines = commandUsage('tool', long).split('\n');
    const at = lines.findIndex((l) => l.includes('--workers N'));
    assert.ok(lines.every((l) => l.length <= 100), lines.join('\n'));
    // Continuation lines start under the help column: 2 + the widest label (15) + 2.
    assert.match(lines[at + 1], /^ {19}word/);
  });
});
