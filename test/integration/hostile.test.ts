/**
 * Functions that misbehave (test/fixtures/measure/hostile.py), each run in every mode on python3 and
 * the free-threaded 3.13t: the message it must give, a bound on the seconds from its misdeed to the
 * end of the run (generous: the machine is shared), and that no process of the run is left.
 * Each case prints a row of the table kept in the closing notes.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from '../../src/measure/engine';
import type { HarnessErrorCode, Mode } from '../../src/shared/harnessProtocol';
import type { EngineOutcome, MeasureResult } from '../../src/shared/results';
import { freeThreadedPython, python3, type TestPython } from '../support/pythons';

const HOSTILE = join(__dirname, '..', 'fixtures', 'measure', 'hostile.py');
const MODES: Mode[] = ['serial', 'threads', 'processes'];
/** Seconds from the misdeed to the end of the run; the harness needs well under 3 on a quiet machine. */
const BOUND_SECONDS = 15;

interface Case {
  fn: string;
  /** An error with this code and message, or a result (with this warning, when given). */
  error?: { code: HarnessErrorCode; message: (mode: Mode) => RegExp };
  warning?: RegExp;
  check?: (result: MeasureResult, mode: Mode) => void;
}

const died = (how: RegExp) => (mode: Mode) =>
  mode === 'processes' ? new RegExp(`^A worker process \\d+ ${how.source} while running \\w+\\(\\) in the processes mode, repeat 1 of 1\\.$`) : new RegExp(`^Python ${how.source} while running \\w+\\(\\) in the ${mode} mode, repeat 1 of 1, before it answered`);
const raised = (text: RegExp) => () => text;

const CASES: Case[] = [
  { fn: 'segfaults', error: { code: 'process-died', message: died(/was killed by signal SIGSEGV \(a crash in C code: segmentation fault\)/) } },
  { fn: 'exits_at_once', error: { code: 'process-died', message: died(/exited with code 0( \(os\._exit\(\), or C code that exited\))?/) } },
  { fn: 'killed_for_memory', error: { code: 'process-died', message: died(/was killed by signal SIGKILL \(killed outright: the system ran out of memory, or another program killed it\)/) } },
  { fn: 'calls_sys_exit', error: { code: 'user-exception', message: raised(/^calls_sys_exit\(\) called sys\.exit\(3\), which ends a program; GIL Lab times functions that return\.$/) } },
  { fn: 'raises_keyboard_interrupt', error: { code: 'user-exception', message: raised(/^raises_keyboard_interrupt\(\) raised KeyboardInterrupt itself/) } },
  { fn: 'runs_out_of_memory', error: { code: 'user-exception', message: raised(/^runs_out_of_memory\(\) ran out of memory \(MemoryError/) } },
  { fn: 'recurses_forever', error: { code: 'user-exception', message: raised(/^recurses_forever\(\) recursed deeper than Python allows \(RecursionError: maximum recursion depth exceeded.*; the limit is \d+ frames\)\.$/) } },
  { fn: 'raises_unpicklable', error: { code: 'user-exception', message: raised(/^The function raised Unpicklable: carries a lock$/) } },
  { fn: 'asks_for_input', error: { code: 'user-exception', message: raised(/^asks_for_input\(\) read from stdin, which is empty while GIL Lab times it \(EOFError/) } },
  { fn: 'returns_unpicklable' },
  { fn: 'reads_stdin' },
  { fn: 'leaves_thread', warning: /^leaves_thread\(\) left 2 threads running (in worker processes )?after it returned: 2 × 'left-behind' running sleep\(\)( \(not a daemon thread\))?\. /u },
  { fn: 'leaves_spinning_daemon', warning: /^leaves_spinning_daemon\(\) left 2 threads running (in worker processes )?after it returned: 2 × 'spinner' running spin\(\)\. /u },
  { fn: 'leaves_child', warning: /^leaves_child\(\) left 2 processes running: pid \d+ \(\S*python\S* -c import time; time\.sleep\(300\)\), pid \d+ \(\S*python\S* -c import time; time\.sleep\(300\)\)\. GIL Lab stopped them\.$/ },
  { fn: 'forks_child', warning: /^forks_child\(\) left 2 processes running: pid \d+ \(a copy of this Python made by os\.fork\(\)\), pid \d+ \(a copy of this Python made by os\.fork\(\)\)\. GIL Lab stopped them\.$/ },
  {
    fn: 'floods_output',
    warning: /^floods_output\(\) printed \d+\.\d MB \(200,000 lines\) during the run; writing that much takes time, and these timings include it\./,
    check: (r, mode) => {
      assert.equal(r.output?.lines, 200_000);
      assert.ok((r.output?.bytes ?? 0) > 5_000_000, `${r.output?.bytes} bytes`);
      // Two threads (without the GIL) or two processes printing at once may interleave their lines.
      assert.match(r.output?.head ?? '', mode === 'serial' ? /^line 0 of a flood of output\nline 1 of/ : /^line 0 of a flood of output/);
      assert.match(r.output?.tail ?? '', /line 99999 of a flood of output\n?$/);
      assert.ok((r.output?.shownLiveBytes ?? Infinity) <= 64 * 1024);
    },
  },
  {
    fn: 'forges_protocol',
    check: (r) => {
      assert.equal(r.kind, 'measure');
      assert.equal(r.samples.length, 1, 'the forged answer was taken for the real one');
      assert.match(r.output?.head ?? '', /"forged": true/, 'what the function wrote travelled as its output');
    },
  },
  { fn: 'changes_directory', warning: /^changes_directory\(\) changed the working directory( in a worker process)? to \/ \(it was .*fixtures\/measure\)\. GIL Lab (changed it back after each run|stopped that worker after the run)\.$/ },
  { fn: 'changes_switch_interval', warning: /^changes_switch_interval\(\) changed the switch interval( in a worker process)? to 50 ms \(it was 5 ms\)/ },
];

/** Processes carrying the marker in their environment (the harness, its workers, their children). */
function marked(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`GIL_LAB_TEST_MARKER=${marker}\0`)) pids.push(Number(entry));
    } catch {
      /* gone, or not ours */
    }
  }
  return pids;
}

async function gone(marker: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (marked(marker).length > 0) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

const pythons: TestPython[] = [python3(), ...(freeThreadedPython() ? [freeThreadedPython()!] : [])];
const table: string[] = [];
let serial = 0;

describe('hostile functions: every run ends soon after the misdeed, says what happened, and leaves nothing', function () {
  before(function () {
    if (process.platform !== 'linux') this.skip(); // the process checks read /proc
  });
  after(() => {
    if (table.length) console.log(`\n      | function | mode | interpreter | message | s from event to end |\n      | --- | --- | --- | --- | ---: |\n${table.join('\n')}`);
  });

  for (const py of pythons) {
    for (const c of CASES) {
      for (const mode of MODES) {
        it(`${c.fn} in ${mode} on ${py.label}`, async () => {
          const dir = mkdtempSync(join(tmpdir(), 'gil-lab-hostile-'));
          const events = join(dir, 'events');
          const marker = `gil-lab-hostile-${process.pid}-${++serial}-${Date.now()}`;
          try {
            const outcome: EngineOutcome = await measure(
              py.path,
              { file: HOSTILE, function: c.fn, modes: [mode], workers: 2, repeats: 1, warmup: 0 },
              { timeoutMs: 60000, env: { GIL_LAB_TEST_EVENTS: events, GIL_LAB_TEST_MARKER: marker } },
            );
            const ended = Date.now() / 1000;
            assert.ok(existsSync(events), 'the function never ran');
            const first = Math.min(...readFileSync(events, 'utf8').trim().split('\n').map(Number));
            const seconds = ended - first;
            let message: string;
            if (c.error) {
              if (outcome.ok) assert.fail(`expected ${c.error.code}, got a result`);
              assert.equal(outcome.error.code, c.error.code, outcome.error.message);
              assert.match(outcome.error.message, c.error.message(mode));
              message = outcome.error.message;
            } else {
              if (!outcome.ok) assert.fail(`expected a result, got ${outcome.error.code}: ${outcome.error.message}\n${outcome.error.traceback ?? ''}`);
              const result = outcome.result as MeasureResult;
              assert.equal(result.samples.length, 1, 'the finished measurement is kept');
              const warnings = result.warnings ?? [];
              if (c.warning) assert.ok(warnings.some((w) => c.warning!.test(w.message)), `no warning like ${c.warning}: ${JSON.stringify(warnings)}`);
              else assert.deepEqual(warnings.filter((w) => w.kind !== 'output-flood'), [], 'no warning expected');
              c.check?.(result, mode);
              message = c.warning ? warnings.find((w) => c.warning!.test(w.message))!.message : `result, ${result.samples.length} sample`;
            }
            assert.ok(seconds >= 0 && seconds < BOUND_SECONDS, `the run ended ${seconds.toFixed(1)} s after the event`);
            assert.ok(await gone(marker, 3000), `processes of the run still there: ${marked(marker).join(', ')}`);
            table.push(`      | ${c.fn} | ${mode} | ${py.label} | ${message.replace(/\|/g, '\\|').slice(0, 160)} | ${seconds.toFixed(2)} |`);
          } finally {
            for (const pid of marked(marker)) {
              try {
                process.kill(pid, 'SIGKILL');
              } catch {
                /* gone */
              }
            }
            rmSync(dir, { recursive: true, force: true });
          }
        });
      }
    }
  }
});
