import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { HarnessError, HarnessEvent, HarnessRequest } from '../shared/harnessProtocol';
import { killTree } from './killTree';
import { ProtocolReader } from './protocolReader';

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  onEvent?(event: HarnessEvent): void;
  /** What the user's code (and Python itself) wrote to stdout/stderr. */
  onStderr?(text: string): void;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called once the interpreter started, with its process id (the scheduler sampler watches it). */
  onSpawn?(pid: number): void;
}

const STDERR_TAIL = 4000;

/** The harness beside the bundle (dist/python) or, when running from source, beside this file. */
export function harnessPath(): string {
  const candidates = [path.join(__dirname, 'python', 'gil_lab_harness.py'), path.join(__dirname, '..', 'measure', 'python', 'gil_lab_harness.py')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`GIL Lab's harness is missing (looked in ${candidates.join(', ')})`);
  return found;
}

export type HarnessAnswer<T> = { ok: true; result: T } | { ok: false; error: HarnessError };

/**
 * Runs the harness once with `python` (no shell), sends the request, and resolves with its result
 * or a structured error. Cancel and timeout kill the whole process tree.
 */
export function runHarness<T>(python: string, request: HarnessRequest, options: RunOptions = {}): Promise<HarnessAnswer<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let answer: HarnessAnswer<T> | undefined;
    let stderrTail = '';
    const finish = (a: HarnessAnswer<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
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

    if (child.pid !== undefined) options.onSpawn?.(child.pid);

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
        if (event.type === 'result') answer = { ok: true, result: event.result as T };
        else if (event.type === 'error') answer = { ok: false, error: event.error };
        options.onEvent?.(event);
      },
      (line) => options.onStderr?.(`${line}\n`),
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => reader.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL);
      options.onStderr?.(chunk);
    });
    child.on('error', (err: NodeJS.ErrnoException) =>
      finish({
        ok: false,
        error: { code: 'process-died', message: err.code === 'ENOENT' ? `No Python interpreter at ${python}.` : `Could not start ${python}: ${err.message}` },
      }),
    );
    child.on('close', (code, signal) => {
      child.stdin.destroy();
      reader.end();
      if (answer) finish(answer);
      else
        finish({
          ok: false,
          error: {
            code: 'process-died',
            message: `Python exited ${signal ? `on signal ${signal}` : `with code ${code}`} before it answered.`,
            traceback: stderrTail.trim() || undefined,
          },
        });
      // Pool workers that outlived the harness (a crash) must not linger.
      if (process.platform !== 'win32') killTree(child);
    });
    child.stdin.on('error', () => undefined); // the process may exit before reading
    // stdin stays open while we wait: the harness takes its end (EOF) to mean we are gone and
    // stops everything it started, so no pool worker outlives a crashed editor.
    child.stdin.write(`${JSON.stringify(request)}\n`);
  });
}
