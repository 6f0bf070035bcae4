/**
 * The `gil-lab` CLI as users run it: `node dist/cli.js` in a child process, with real interpreters
 * for `measure` and the race corpus for `check`. Exit codes: 0 fine, 1 findings or a failed run,
 * 2 usage errors.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CHECK_COMMAND } from '../../src/cli/check';
import { MEASURE_COMMAND } from '../../src/cli/measure';
import { sampleConstant } from '../support/lesson';
import { allPythons, python3, requireAll } from '../support/pythons';
import { gilLab } from '../support/cli';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures', 'measure');
const corpus = join(root, 'test', 'corpus');
const lessonRace = join(root, 'walkthroughs', 'samples', 'race_counter.py');


function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The one-line error promise: a single line naming the command, optionally followed by an indented hint. */
function oneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  assert.match(lines[0], /^gil-lab( measure| check)?: /, stderr);
  assert.match(lines[0], pattern, stderr);
  for (const l of lines.slice(1)) assert.match(l, /^ {2}\S/, `more than one line plus a hint: ${stderr}`);
}

before(function () {
  this.timeout(180000);
  // Build when the bundle is missing or older than its sources (the harness is copied at build time).
  const stale = !existsSync(cli) || !existsSync(join(root, 'dist', 'python', 'gil_lab_harness.py')) || statSync(cli).mtimeMs < newestMtime(join(root, 'src'));
  if (stale) execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'ignore' });
  assert.ok(existsSync(cli), 'dist/cli.js was not built');
});

describe('gil-lab measure', () => {
  for (const py of allPythons()) {
    it(`--json on ${py.label}: interpreter facts, every mode, speedups and a verdict`, async () => {
      const r = await gilLab(['measure', `${join(fixtures, 'workloads.py')}::cpu_bound`, '--python', py.path, '--workers', '2', '--repeats', '2', '--json']);
      assert.equal(r.code, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.equal(typeof doc.interpreter.version, 'string');
      assert.match(doc.interpreter.version, /^3\.\d+\.\d+$/);
      assert.equal(typeof doc.interpreter.freeThreaded, 'boolean');
      assert.equal(doc.interpreter.gilEnabled, !doc.interpreter.freeThreaded);
      assert.ok(doc.interpreter.cpuCount >= 1);
      assert.deepEqual(Object.keys(doc.modes).sort(), ['processes', 'serial', 'threads']);
      for (const [mode, s] of Object.entries<{ medianSeconds: number; minSeconds: number; maxSeconds: number }>(doc.modes)) {
        assert.ok(s.minSeconds > 0 && s.minSeconds <= s.medianSeconds && s.medianSeconds <= s.maxSeconds, `${mode}: ${JSON.stringify(s)}`);
      }
      assert.ok(doc.speedup.threads > 0 && doc.speedup.processes > 0, JSON.stringify(doc.speedup));
      assert.equal(typeof doc.verdict, 'string');
      assert.ok(doc.verdict.length > 20);
      assert.equal(doc.workers, 2);
      assert.equal(doc.result.samples.length, 3 * 2, 'two repeats of each mode');
      // The module's top-level print was skipped (it is listed, never printed); stdout held only the document.
      assert.ok(!r.stderr.includes('must be skipped'), r.stderr);
      assert.ok(doc.result.load.skipped.some((s: { text: string }) => s.text.startsWith('print(')));
    });
  }

  it('--modes threads still measures serial (speedups are relative to it); --args passes arguments', async () => {
    const r = await gilLab(['measure', `${join(fixtures, 'workloads.py')}::needs_two`, '--python', python3().path, '--modes', 'threads', '--args', '20, 22', '--repeats', '1', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(doc.modes).sort(), ['serial', 'threads']);
    assert.equal(doc.speedup.processes, null);
    assert.equal(doc.result.target.args, '(20, 22,)');
  });

  it('text output: a readable table with the interpreter, the modes, what was skipped and the verdict', async () => {
    const r = await gilLab(['measure', 'test/fixtures/measure/workloads.py::cpu_bound', '--python', python3().path, '--workers', '2', '--repeats', '1', '--modes', 'serial,threads']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^cpu_bound\(\) in .*workloads\.py$/);
    assert.match(lines[1], /^Python 3\.\d+\.\d+.*GIL (on|off), \d+ CPUs, start method \w+/);
    assert.match(r.stdout, /^\s+mode\s+median\s+min\s+max\s+MAD\s+speedup$/m);
    assert.match(r.stdout, /^\s+serial\s+[\d.]+ m?s/m);
    assert.match(r.stdout, /^\s+threads\s+[\d.]+ m?s.*×\d+\.\d\d$/m);
    assert.doesNotMatch(r.stdout, /^\s+processes/m);
    const source = readFileSync(join(fixtures, 'workloads.py'), 'utf8').split('\n');
    const [printLine, heavyLine] = ['print(', 'cpu_bound(10**8)'].map((start) => source.findIndex((l) => l.startsWith(start)) + 1);
    assert.ok(r.stdout.includes(`Skipped at load: line ${printLine} (a top-level call), line ${heavyLine} (a top-level call)`), r.stdout);
    assert.ok(lines.filter(Boolean).at(-1)!.length > 20, 'the verdict ends the output');
    assert.ok(!r.stdout.includes('{'), 'no JSON in text mode');
  });

  it('--race GLOBAL --json: expected, observed and lost per run', async () => {
    const r = await gilLab(['measure', `${lessonRace}::increment`, '--python', python3().path, '--race', 'counter', '--workers', '2', '--runs', '2', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.global, 'counter');
    assert.equal(doc.runs.length, 3, 'one serial run and two threaded');
    for (const run of doc.runs) {
      assert.equal(run.expected, 2 * sampleConstant('race_counter.py', 'ROUNDS'));
      assert.equal(run.observed + run.lost, run.expected);
    }
    assert.match(doc.verdict, /counter/);
  });

  it('FILE::Class.method --instance --args --race self.ATTR --json: the counted state, what the threads shared, exit 0', async () => {
    const r = await gilLab(['measure', `${fixtures}/objects.py::Account.deposit`, '--python', python3().path, '--instance', 'Account(100)', '--args', '5', '--race', 'self.balance', '--workers', '2', '--runs', '2', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.state, 'self.balance');
    assert.equal(doc.global, 'self.balance');
    assert.equal(doc.result.target.instance, 'Account(100)');
    assert.equal(doc.runs.length, 3);
    for (const run of doc.runs) assert.equal(run.observed + run.lost, run.expected);
    assert.match(doc.verdict, /self\.balance/);
    const text = await gilLab(['measure', `${fixtures}/objects.py::bump`, '--python', python3().path, '--args', 'BOX, 3', '--race', 'BOX[0]', '--workers', '2', '--runs', '1']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^ {2}Threads share the same argument objects \(made once per run\)\.$/m);
    const timed = await gilLab(['measure', `${fixtures}/objects.py::Tally.work`, '--python', python3().path, '--workers', '2', '--repeats', '1']);
    assert.equal(timed.code, 0, timed.stderr);
    assert.match(timed.stdout, /^ {2}Threads share one Tally instance \(made once per repeat\); each worker process gets its own pickled copy\.$/m);
  });

  it('a bad instance or argument expression exits 1 with the expression\'s own error and where it was raised', async () => {
    const py = python3().path;
    const broken = await gilLab(['measure', 'test/fixtures/measure/objects.py::Broken.run', '--python', py]);
    assert.equal(broken.code, 1);
    oneLineError(broken.stderr, /The instance expression Broken\(\) raised RuntimeError: no database here \(.*objects\.py:\d+\)$/);
    const typo = await gilLab(['measure', 'test/fixtures/measure/objects.py::Account.deposit', '--python', py, '--instance', 'Acount(1)', '--args', '5']);
    assert.equal(typo.code, 1);
    oneLineError(typo.stderr, /The instance expression Acount\(1\) raised NameError: name 'Acount' is not defined/);
    const args = await gilLab(['measure', 'test/fixtures/measure/objects.py::Account.deposit', '--python', py, '--instance', 'Account(1)', '--args', '1/0']);
    assert.equal(args.code, 1);
    oneLineError(args.stderr, /The argument expression \(1\/0,\) raised ZeroDivisionError: division by zero/);
    const needs = await gilLab(['measure', 'test/fixtures/measure/objects.py::Account.deposit', '--python', py, '--args', '5']);
    assert.equal(needs.code, 1);
    oneLineError(needs.stderr, /Account\(\) needs arguments: opening/);
    assert.match(needs.stderr, /--instance/);
    const list = await gilLab(['measure', 'test/fixtures/measure/objects.py::bump', '--python', py, '--args', 'BOX, 3', '--race', 'BOX']);
    assert.equal(list.code, 1);
    oneLineError(list.stderr, /BOX is a list, not a number; .*such as BOX\[0\]/);
  });

  it('usage errors exit 2 with a one-line message', async () => {
    const cases: [string[], RegExp][] = [
      [['measure'], /give exactly one FILE::FUNCTION/],
      [['measure', 'a.py::f', 'b.py::g'], /give exactly one FILE::FUNCTION/],
      [['measure', 'workloads.py'], /is not FILE::FUNCTION/],
      [['measure', 'workloads.py::Outer.Inner.method'], /is not FILE::FUNCTION or FILE::Class\.method/],
      [['measure', 'workloads.py::cpu_bound', '--instance', 'X()'], /--instance makes the object a method is called on; 'cpu_bound' is a function/],
      [['measure', 'workloads.py::f', '--workers', '0'], /--workers takes a whole number of at least 1, not '0'/],
      [['measure', 'workloads.py::f', '--repeats', 'many'], /--repeats takes a whole number/],
      [['measure', 'workloads.py::f', '--modes', 'serial,fibers'], /unknown mode 'fibers'/],
      [['measure', 'workloads.py::f', '--workers'], /^gil-lab measure: --workers needs a value \(--workers N\)$/],
      [['measure', 'workloads.py::f', '--json=yes'], /^gil-lab measure: --json takes no value$/],
      [['check'], /give at least one file or folder/],
      [['check', '--format', 'xml', 'x.py'], /unknown format 'xml' \(use text, json, sarif\)/],
      [['check', '--json', '--format', 'sarif', 'x.py'], /--json and --format sarif ask for different outputs/],
    ];
    for (const [args, message] of cases) {
      const r = await gilLab(args);
      assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}, ${r.stderr}`);
      assert.equal(r.stdout, '', args.join(' '));
      oneLineError(r.stderr, message);
    }
  });

  it('a run that fails exits 1 with its one-line error (and the file:line or the hint where there is one)', async () => {
    const py = python3().path;
    const missing = await gilLab(['measure', 'test/fixtures/measure/nope.py::work', '--python', py]);
    assert.equal(missing.code, 1);
    oneLineError(missing.stderr, /No file at .*nope\.py/);

    const syntax = await gilLab(['measure', 'test/fixtures/measure/broken_syntax.py::fine', '--python', py, '--json']);
    assert.equal(syntax.code, 1);
    assert.equal(syntax.stdout, '');
    oneLineError(syntax.stderr, /Syntax error in broken_syntax\.py line 5.*\(.*broken_syntax\.py:5\)$/);

    const args = await gilLab(['measure', 'test/fixtures/measure/workloads.py::needs_two', '--python', py]);
    assert.equal(args.code, 1);
    oneLineError(args.stderr, /needs_two\(\) needs arguments: a, b/);
    assert.match(args.stderr, /--args/);

    const noPython = await gilLab(['measure', 'test/fixtures/measure/workloads.py::cpu_bound', '--python', '/nonexistent/python3']);
    assert.equal(noPython.code, 1);
    assert.match(noPython.stderr, /\/nonexistent\/python3/);
  });
});

describe('gil-lab check', () => {
  it('--json on a corpus file with a race: file, 1-based line and column, code, message; exit 1', async () => {
    const file = 'test/corpus/thread_target_function.py';
    const r = await gilLab(['check', file, '--json']);
    assert.equal(r.code, 1, r.stderr);
    const findings = JSON.parse(r.stdout);
    assert.ok(Array.isArray(findings) && findings.length === 1, r.stdout);
    const [f] = findings;
    assert.equal(f.file, file);
    assert.equal(f.code, 'GIL001');
    assert.match(f.message, /processed/);
    // The marked line, and the column where the written name starts, both counted from 1.
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const expectLine = lines.findIndex((l) => /# expect: GIL001/.test(l)) + 1;
    assert.equal(f.line, expectLine);
    assert.equal(f.column, lines[expectLine - 1].indexOf('processed') + 1);
    assert.ok(f.endLine >= f.line && f.endColumn > f.column);
  });

  it('text output is one file:line:column line per finding, like a linter', async () => {
    const r = await gilLab(['check', 'test/corpus/executor_submit.py']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^test\/corpus\/executor_submit\.py:9:5: GIL001 `status_counts\[status\]`/m);
    assert.match(r.stdout, /^1 finding$/m);
  });

  it('prints each path as it was given: an absolute path stays absolute, a relative one relative', async () => {
    const absolute = join(root, 'test/corpus/executor_submit.py');
    const r = await gilLab(['check', absolute]);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(r.stdout.startsWith(`${absolute}:9:5: GIL001 `), r.stdout);
    const folder = await gilLab(['check', 'test/corpus/']);
    assert.match(folder.stdout, /^test\/corpus\/executor_submit\.py:9:5: GIL001 /m);
  });

  it('a clean file exits 0', async () => {
    const json = await gilLab(['check', 'test/corpus/with_lock_global.py', '--json']);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), []);
    const text = await gilLab(['check', 'test/corpus/with_lock_global.py']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /No unlocked shared state found/);
  });

  it('says on stderr which file has a syntax error, and where: the rest of it is still checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gil-lab-syntax-'));
    try {
      // A typo in a file that starts threads: an `if` with no colon.
      const file = join(dir, 'typo.py');
      writeFileSync(file, 'import threading\n\nhits = 0\n\n\ndef count():\n    global hits\n    hits += 1\n\n\ndef guarded():\n    try:\n        count()\n    if hits > 3\n        print(hits)\n\n\nthreads = [threading.Thread(target=count) for _ in range(4)]\nfor t in threads:\n    t.start()\n');
      const r = await gilLab(['check', file]);
      assert.equal(r.code, 1, r.stderr);
      oneLineError(r.stderr, new RegExp(`^gil-lab check: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has a syntax error at line 14 \\(Python 2 code, or a typo\\?\\)`));
      assert.match(r.stdout, /typo\.py:8:5: GIL001 `hits`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a directory: every marked finding of the corpus, from many files', async () => {
    const r = await gilLab(['check', corpus, '--json']);
    assert.equal(r.code, 1, r.stderr);
    const findings: { file: string; line: number; code: string }[] = JSON.parse(r.stdout);
    const files = new Set(findings.map((f) => relative(corpus, f.file)));
    assert.ok(files.size >= 20, `findings in only ${files.size} files`);
    assert.ok(files.has('executor_submit.py') && !files.has('with_lock_global.py'));
    // Each finding in a file with markers sits on a marked line (precision is the unit test's job; here: the CLI's lines agree).
    let onMarkers = 0;
    for (const f of findings) {
      const line = readFileSync(f.file, 'utf8').split('\n')[f.line - 1];
      if (line.includes(`expect: `) && line.includes(f.code)) onMarkers++;
    }
    assert.ok(onMarkers / findings.length >= 0.9, `${onMarkers} of ${findings.length} findings on marked lines`);
  });

  it('--jobs: the files shared by worker threads give the same findings, in the same order, as one thread', async () => {
    const one = await gilLab(['check', corpus, '--json', '--jobs', '1']);
    const three = await gilLab(['check', corpus, '--json', '--jobs', '3']);
    assert.equal(three.code, 1, three.stderr);
    assert.equal(three.stderr, '');
    assert.ok(JSON.parse(one.stdout).length > 100, 'the corpus has findings to compare');
    assert.equal(three.stdout, one.stdout);
    // The projects folder: findings that need a second pass (threads one module starts in another's code).
    const projects = join(root, 'test', 'corpus-projects');
    assert.equal((await gilLab(['check', projects, '--json', '--jobs', '2'])).stdout, (await gilLab(['check', projects, '--json', '--jobs', '1'])).stdout);
    const bad = await gilLab(['check', corpus, '--jobs', '0']);
    assert.equal(bad.code, 2);
    oneLineError(bad.stderr, /--jobs takes a whole number of at least 1, not '0'/);
  });

  it('stops quietly when its reader goes away (`gil-lab check … | head -1`)', async () => {
    const child = spawn(process.execPath, [cli, 'check', corpus], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => (child.stdout.destroy(), resolve())));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    assert.equal(stderr, '', 'no stack trace');
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  });

  it('a missing file: exit 2 with a clear one-line error', async () => {
    const r = await gilLab(['check', 'test/corpus/no_such_file.py', '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    oneLineError(r.stderr, /no such file or folder: test\/corpus\/no_such_file\.py/);
  });
});

describe('gil-lab usage, help and version', () => {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

  it('--help, -h and `help` print the usage with every command and every option, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await gilLab(args);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^usage: gil-lab <command> \[options\]$/m);
      assert.match(r.stdout, /^ {2}measure FILE::FUNCTION /m);
      assert.match(r.stdout, /^ {2}check PATH\.\.\. /m);
      for (const name of [...Object.keys(MEASURE_COMMAND.options), ...Object.keys(CHECK_COMMAND.options)]) assert.ok(r.stdout.includes(`[--${name}`), `--${name} missing from:\n${r.stdout}`);
      for (const line of r.stdout.split('\n')) assert.ok(line.length <= 100, `line too long for a terminal: ${line}`);
    }
  });

  for (const [command, spec] of [['measure', MEASURE_COMMAND], ['check', CHECK_COMMAND]] as const) {
    it(`${command} --help (and help ${command}, and --help after other arguments) prints its usage with each option's help, exit 0`, async () => {
      const r = await gilLab([command, '--help']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, new RegExp(`^usage: gil-lab ${command} ${spec.operands.replace(/\./g, '\\.')} \\[options\\]$`, 'm'));
      for (const [name, option] of Object.entries(spec.options)) {
        const line = r.stdout.split('\n').find((l) => l.includes(`--${name}`));
        assert.ok(line, `--${name} missing from:\n${r.stdout}`);
        assert.ok(r.stdout.replace(/\s+/g, ' ').includes(option.help), `--${name}'s help missing`);
      }
      assert.match(r.stdout, /-h, --help/);
      assert.match(r.stdout, /exit status: 0 /);
      for (const other of [['help', command], [command, 'x.py::f', '--bogus', '-h']]) {
        const again = await gilLab(other);
        assert.equal(again.code, 0, `${other.join(' ')}: ${again.stderr}`);
        assert.equal(again.stdout, r.stdout, other.join(' '));
      }
    });
  }

  it('every option the usage names is accepted by the parser (none is documented but refused)', async () => {
    // Each option with a value that is wrong in another way: the error must be about that, never "unknown option".
    const measureArgs: Record<string, string[]> = { json: ['--json'] };
    for (const [name, option] of Object.entries(MEASURE_COMMAND.options)) {
      const args = measureArgs[name] ?? (option.type === 'boolean' ? [`--${name}`] : [`--${name}`, '1']);
      const r = await gilLab(['measure', ...args]);
      assert.equal(r.code, 2, `--${name}: ${r.stderr}`);
      oneLineError(r.stderr, /give exactly one FILE::FUNCTION/);
    }
    for (const [name, option] of Object.entries(CHECK_COMMAND.options)) {
      const r = await gilLab(['check', ...(option.type === 'boolean' ? [`--${name}`] : [`--${name}`, 'json'])]);
      assert.equal(r.code, 2, `--${name}: ${r.stderr}`);
      oneLineError(r.stderr, /give at least one file or folder/);
    }
  });

  it('--version prints the package version, exit 0', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await gilLab([flag]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `gil-lab ${version}\n`);
    }
  });

  it('an unknown option: one line naming it, then the usage, on stderr; exit 2', async () => {
    const cases: [string[], string, string][] = [
      [['measure', 'workloads.py::f', '--bogus'], "gil-lab measure: unknown option '--bogus'", 'measure'],
      [['measure', 'workloads.py::f', '--workres', '2'], "gil-lab measure: unknown option '--workres' (did you mean --workers?)", 'measure'],
      [['measure', '-x', 'workloads.py::f'], "gil-lab measure: unknown option '-x'", 'measure'],
      [['check', '--bogus', 'x.py'], "gil-lab check: unknown option '--bogus'", 'check'],
      [['check', '--fromat', 'sarif', 'x.py'], "gil-lab check: unknown option '--fromat' (did you mean --format?)", 'check'],
      [['--bogus'], "gil-lab: unknown option '--bogus'", ''],
      [['frobnicate'], "gil-lab: unknown command 'frobnicate'", ''],
    ];
    for (const [args, first, command] of cases) {
      const r = await gilLab(args);
      assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}`);
      assert.equal(r.stdout, '');
      const usage = (await gilLab(command ? [command, '--help'] : ['--help'])).stdout;
      assert.equal(r.stderr, `${first}\n\n${usage}`, args.join(' '));
    }
    const bare = await gilLab([]);
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /^usage: gil-lab/);
  });
});

/**
 * The SARIF consumer: Microsoft's SARIF multitool, which .ci/setup installs outside the checkout
 * (a 100 MB self-contained binary). Without it the SARIF consumer tests skip, and fail under CI.
 */
function sarifMultitool(): string | undefined {
  const candidates = [process.env.GIL_LAB_SARIF_MULTITOOL, join(homedir(), '.cache', 'gil-lab', 'sarif-multitool-5.7.0', 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool')];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** `Sarif.Multitool validate`: the JSON schema plus its SARIF rules; returns the problems it logged (its exit code stays 0 on them). */
function validateSarif(tool: string, log: Sarif.Log, dir: string): { level: string; ruleId: string; text: string }[] {
  const input = join(dir, `in-${Math.random().toString(36).slice(2)}.sarif`);
  const output = `${input}.validation.sarif`;
  writeFileSync(input, JSON.stringify(log, null, 2));
  execFileSync(tool, ['validate', input, '-o', output, '--log', 'ForceOverwrite', '-q'], { stdio: 'pipe', timeout: 120000 });
  const report = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
  return (report.runs[0].results ?? []).map((r) => ({ level: r.level ?? 'warning', ruleId: r.ruleId ?? '?', text: r.message.text ?? JSON.stringify(r.message) }));
}

describe('gil-lab check --format sarif', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'gil-lab-sarif-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('one result per finding of --json, same rule, file (relative to SRCROOT), line and columns; exit 1', async () => {
    const json = await gilLab(['check', 'test/corpus', '--json']);
    const sarif = await gilLab(['check', 'test/corpus', '--format', 'sarif']);
    assert.equal(sarif.code, 1, sarif.stderr);
    assert.equal(json.code, 1);
    const findings: { file: string; line: number; column: number; endLine: number; endColumn: number; code: string; message: string }[] = JSON.parse(json.stdout);
    const log = JSON.parse(sarif.stdout) as Sarif.Log;
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'GIL Lab');
    assert.equal(run.tool.driver.version, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    assert.equal(run.originalUriBaseIds?.SRCROOT.uri, `${pathToFileURL(root).href}/`);
    const results = run.results ?? [];
    assert.equal(results.length, findings.length);
    assert.ok(results.length >= 20);
    const rules = run.tool.driver.rules ?? [];
    for (const [i, r] of results.entries()) {
      const f = findings[i];
      assert.equal(r.ruleId, f.code);
      assert.equal(rules[r.ruleIndex!].id, f.code, 'ruleIndex points at the rule');
      assert.equal(r.message.text, f.message);
      const loc = r.locations![0].physicalLocation!;
      assert.equal(loc.artifactLocation!.uriBaseId, 'SRCROOT');
      assert.equal(loc.artifactLocation!.uri, relative(root, join(root, f.file)).split('\\').join('/'));
      assert.deepEqual(loc.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
    }
    for (const code of new Set(findings.map((f) => f.code))) assert.ok(rules.some((rule) => rule.id === code && rule.shortDescription?.text), `rule ${code}`);
  });

  it('a clean file: a valid log with no results; exit 0', async () => {
    const r = await gilLab(['check', 'test/corpus/with_lock_global.py', '--format', 'sarif']);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.deepEqual(log.runs[0].results, []);
  });

  it('a file outside the working folder gets an absolute file: URI', async () => {
    const r = await gilLab(['check', join(corpus, 'executor_submit.py'), '--format', 'sarif'], tmp);
    assert.equal(r.code, 1, r.stderr);
    const uri = (JSON.parse(r.stdout) as Sarif.Log).runs[0].results![0].locations![0].physicalLocation!.artifactLocation!;
    assert.equal(uri.uri, pathToFileURL(join(corpus, 'executor_submit.py')).href);
    assert.equal(uri.uriBaseId, undefined);
  });

  it('the SARIF multitool validates the logs: no errors and no warnings (and it does catch a broken log)', async function () {
    const tool = sarifMultitool();
    if (!tool) {
      if (requireAll) assert.fail('the SARIF multitool is missing: run bash .ci/setup (it sets GIL_LAB_SARIF_MULTITOOL)');
      this.skip();
    }
    this.timeout(300000);
    const withFindings = JSON.parse((await gilLab(['check', 'test/corpus', '--format', 'sarif'])).stdout) as Sarif.Log;
    const clean = JSON.parse((await gilLab(['check', 'test/corpus/with_lock_global.py', '--format', 'sarif'])).stdout) as Sarif.Log;
    const outside = JSON.parse((await gilLab(['check', join(corpus, 'executor_submit.py'), '--format', 'sarif'], tmp)).stdout) as Sarif.Log;
    for (const [name, log] of [['corpus', withFindings], ['clean', clean], ['outside', outside]] as const) {
      const problems = validateSarif(tool!, log, tmp);
      assert.deepEqual(problems, [], `${name}: ${JSON.stringify(problems, null, 2)}`);
    }
    // The control: the same log with a result's required message removed and a level no SARIF knows.
    const broken = structuredClone(withFindings) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete broken.runs[0].results[0].message;
    broken.runs[0].results[1].level = 'severe';
    const problems = validateSarif(tool!, broken as unknown as Sarif.Log, tmp);
    assert.ok(problems.some((p) => p.level === 'error' && /message/.test(p.text)), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.level === 'error' && /severe/.test(p.text)), JSON.stringify(problems));
  });
});
