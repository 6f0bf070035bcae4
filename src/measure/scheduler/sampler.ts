/**
 * Starts the scheduler sampler (python/gil_lab_sampler.py) beside a running harness and collects what
 * it saw. The sampler is its own process: reading /proc from a thread of the measured interpreter
 * would take the GIL and change what it measures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import * as path from 'node:path';
import type { SamplerTrace } from '../../shared/scheduler';
import { harnessPath } from '../harness';

/** Why there is no timeline on this system, or undefined when /proc can give one. */
export function schedulerUnavailableReason(platform: string = process.platform, procTask = '/proc/self/task'): string | undefined {
  if (platform !== 'linux') return `The finer scheduler timeline needs Linux's /proc, which ${platformName(platform)} does not have; the bars above still show each call.`;
  if (!existsSync(procTask)) return 'The finer scheduler timeline needs /proc/<pid>/task, which this system does not mount; the bars above still show each call.';
  return undefined;
}

function platformName(platform: string): string {
  return platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : platform;
}

export function samplerPath(): string {
  return path.join(path.dirname(harnessPath()), 'gil_lab_sampler.py');
}

export interface SamplerSession {
  /** Resolves once the sampler process is up and watching the pid (or has exited). */
  ready: Promise<void>;
  /** Starts a sampling window (sampling stops at the next `off`); resolves once the first sample is taken. */
  on(): Promise<void>;
  off(): void;
  /** Ends the sampler and resolves with every window it wrote. */
  finish(): Promise<SamplerTrace[]>;
}

export const DEFAULT_SAMPLE_INTERVAL_SECONDS = 0.001;

/**
 * About every millisecond; twice per switch interval when that is shorter than 2 ms, so that turns of
 * about 1 ms are still seen in more than one sample (and never faster than every 0.25 ms).
 */
export function sampleIntervalFor(switchIntervalSeconds: number | undefined): number {
  if (!switchIntervalSeconds || switchIntervalSeconds >= 2 * DEFAULT_SAMPLE_INTERVAL_SECONDS) return DEFAULT_SAMPLE_INTERVAL_SECONDS;
  return Math.max(0.00025, switchIntervalSeconds / 2);
}

/** Spawns the sampler for `pid` with `python` (-I -S: nothing of the user's site or environment). */
export function startSampler(python: string, pid: number, intervalSeconds = DEFAULT_SAMPLE_INTERVAL_SECONDS): SamplerSession {
  const child: ChildProcess = spawn(python, ['-I', '-S', samplerPath(), String(pid), String(intervalSeconds)], { stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true });
  // Ahead of ordinary work from its first instruction where the system allows it (the sampler asks
  // again itself): a free-threaded 3.13 yields the CPU hundreds of times while it starts, and on a
  // busy machine each yield can cost a time slice, seconds in all.
  try {
    if (child.pid !== undefined) setPriority(child.pid, -10);
  } catch {
    // not allowed (not root, no CAP_SYS_NICE): it starts at the usual priority
  }
  const traces: SamplerTrace[] = [];
  let buffer = '';
  let sampling = false;
  let started: (() => void) | undefined;
  let up: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => (up = resolve));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        const event = JSON.parse(line) as { v?: number; type?: string; trace?: SamplerTrace };
        if (event.v === 1 && event.type === 'trace' && event.trace) traces.push(event.trace);
        else if (event.v === 1 && event.type === 'on') started?.();
        else if (event.v === 1 && event.type === 'ready') up?.();
      } catch {
        // not a sampler line: ignored, a missing window only leaves a repeat without its lanes
      }
    }
  });
  child.on('error', () => undefined); // no interpreter: finish() resolves with no windows
  child.stdin!.on('error', () => undefined);
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      started?.();
      up?.();
      resolve();
    }),
  );
  const send = (command: string) => {
    if (child.stdin!.writable) child.stdin!.write(`${command}\n`);
  };
  return {
    ready,
    on() {
      if (sampling) return Promise.resolve();
      sampling = true;
      const ack = new Promise<void>((resolve) => (started = resolve));
      send('on');
      return ack;
    },
    off() {
      if (!sampling) return;
      sampling = false;
      send('off');
    },
    async finish() {
      this.off();
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await closed;
      clearTimeout(timer);
      return traces;
    },
  };
}
