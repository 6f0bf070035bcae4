import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { CapturedOutput, HarnessError, HarnessEvent, HarnessRequest, RunWarning } from '../shared/harnessProtocol';
import { deathMessage } from './death';
import { killTree } from './killTree';
import { OutputCapture } from './outputCapture';
import { ProtocolReader } from './protocolReader';

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  onEvent?(event: HarnessEvent): void;
  /** What the user's code (and Python itself) wrote to stdout/stderr. */
  onStderr?(text: string): void;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Called once the interpreter started, with its process id (the scheduler sampler watches it). A
   * promise holds the request back until it settles (at most SPAWN_HOLD_MS), so what watches is ready
   * before anything is measured.
   */
  onSpawn?(pid: number): void | Promise<void>;
}

/** The longest an onSpawn promise holds the request back. */
export const SPAWN_HOLD_MS = 10000;

/** After the harness exits, how long its last protocol lines may take to arrive. */
const EXIT_DRAIN_MS = 250;
/** After it answered, how long it may take to exit before it is stopped (its answer still counts). */
export const ANSWER_EXIT_GRACE_MS = 5000;

/** The harness beside the bundle (dist/python) or, when running from source, beside this file. */
export function harnessPath(): string {
  const candidates = [path.join(__dirname, 'python', 'gil_lab_harness.py'), path.join(__dirname, '..', 'measure', 'python', 'gil_lab_harness.py')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`GIL Lab's harness is missing (looked in ${candidates.join(', ')})`);
  return found;
}

export type HarnessAnswer<T> = ({ ok: true; result: T } | { ok: false; error: HarnessError }) & {
  /** What the user's code printed, when it printed anything. */
  output?: CapturedOutput;
};

/**
 * Runs the harness once with `python` (no shell), sends the request, and resolves with its result
 * or a structured error. Cancel and timeout kill the whole process tree.
 */
export function runHarness<T>(python: string, request: HarnessRequest, options: RunOptions = {}): Promise<HarnessAnswer<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let answer: HarnessAnswer<T> | undefined;
    let lastProgress: Extract<HarnessEvent, { type: 'progress' }> | undefined;
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let drain: NodeJS.Timeout | undefined;
    let grace: NodeJS.Timeout | undefined;
    const output = new OutputCapture();
    const finish = (a: HarnessAnswer<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(drain);
      clearTimeout(grace);
      options.signal?.removeEventListener('abort', onAbort);
      const printed = output.summary();
      if (printed) {
        a.output = printed;
        if (!a.ok) a.error.output = printed;
      }
      resolve(a);
    };

    if (options.signal?.aborted) {
      // Not through finish(): the timer and the abort listener it clears do not exist yet.
      resolve({ ok: false, error: { code: 'cancelled', message: 'The run was cancelled.' } });
      return;
    }
    const child = spawn(python, ['-X', 'utf8', harnessPath()], {
      cwd: options.cwd ?? path.dirname('file' in request ? request.file : process.cwd()),
      env: { ...process.env, ...options.env, PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32', // its own process group, so killTree reaches pool workers
      windowsHide: true,
    });

    const hold = child.pid !== undefined ? options.onSpawn?.(child.pid) : undefined;

    const stop = (error: HarnessError) => {
      killTree(child);
      child.stdin.destroy();
      finish({ ok: false, error });
    };
    const onAbort = () => stop({ code: 'cancelled', message: 'The run was cancelled; every process it started was stopped.' });
    options.signal?.addEventListener('abort', onAbort);
    const timer = setTimeout(
      () => stop({ code: 'timeout', message: `The run took longer than ${Math.round((options.timeoutMs ?? 0) / 1000)} s and was stopped.`, hint: 'Make the function do less work, or raise gilLab.timeoutSeconds.' }),
      options.timeoutMs ?? 2 ** 31 - 1,
    );

    const reader = new ProtocolReader(
      (event) => {
        if (event.type === 'progress') lastProgress = event;
        if (event.type === 'result') answer = { ok: true, result: event.result as T };
        else if (event.type === 'error') answer = { ok: false, error: event.error };
        if ((event.type === 'result' || event.type === 'error') && !exited && !grace) {
          // The answer is in: a harness that then does not exit (something the user's code left
          // holds it) is stopped, and the answer stands.
          grace = setTimeout(() => {
            killTree(child);
            child.stdin.destroy();
            if (answer) finish(withWarning(answer, { kind: 'slow-exit', message: `Python did not exit within ${ANSWER_EXIT_GRACE_MS / 1000} s of answering; GIL Lab stopped it and every process it started.` }));
          }, ANSWER_EXIT_GRACE_MS);
        }
        options.onEvent?.(event);
      },
      (line) => forward(`${line}\n`),
    );
    const forward = (text: string) => {
      const live = output.push(text);
      if (live) options.onStderr?.(live);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => reader.push(chunk));
    child.stderr.setEncoding('utf8').on('data', forward);
    child.on('error', (err: NodeJS.ErrnoException) =>
      finish({
        ok: false,
        error: { code: 'process-died', message: err.code === 'ENOENT' ? `No Python interpreter at ${python}.` : `Could not start ${python}: ${err.message}` },
      }),
    );
    const settleAfterExit = () => {
      if (settled) return;
      child.stdin.destroy();
      reader.end();
      // Whatever the harness left (pool workers, the function's children) holds no answer: stop it all.
      if (process.platform !== 'win32') killTree(child);
      if (answer) finish(answer);
      else {
        const fn = 'function' in request ? request.function : undefined;
        finish({
          ok: false,
          error: {
            code: 'process-died',
            message: deathMessage(fn, exited?.code ?? null, exited?.signal ?? null, lastProgress),
            hint: fn ? 'Run it in a terminal to see the crash; a function timed by GIL Lab must return normally.' : undefined,
            traceback: output.lastText().trim() || undefined,
          },
        });
      }
    };
    // 'exit', not only 'close': 'close' waits for every copy of the pipes, and pool workers or the
    // function's children that outlive a dead harness hold copies; the death is reported at once.
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      drain = setTimeout(settleAfterExit, EXIT_DRAIN_MS);
    });
    child.on('close', (code, signal) => {
      exited ??= { code, signal };
      settleAfterExit();
    });
    child.stdin.on('error', () => undefined); // the process may exit before reading
    // stdin stays open while we wait: the harness takes its end (EOF) to mean we are gone and
    // stops everything it started, so no pool worker outlives a crashed editor.
    const send = () => {
      if (!settled && child.stdin.writable) child.stdin.write(`${JSON.stringify(request)}\n`);
    };
    if (!hold) send();
    else {
      let held: NodeJS.Timeout | undefined;
      void Promise.race([hold.catch(() => undefined), new Promise<void>((r) => (held = setTimeout(r, SPAWN_HOLD_MS).unref()))]).then(() => {
        clearTimeout(held);
        send();
      });
    }
  });
}

function withWarning<T>(answer: HarnessAnswer<T>, warning: RunWarning): HarnessAnswer<T> {
  if (answer.ok) {
    const result = answer.result as { warnings?: RunWarning[] };
    if (result && typeof result === 'object' && 'kind' in result) result.warnings = [...(result.warnings ?? []), warning];
  } else answer.error.warnings = [...(answer.error.warnings ?? []), warning];
  return answer;
}
