/**
 * The files `gil-lab check` analyses, run in this thread or spread over worker threads. Each file is
 * independent until the cross-module step, which only needs each file's findings and hand-offs, so
 * workers read, parse and analyse their share and send back plain data. A worker is the CLI bundle
 * itself, started with CHECK_WORKER as its workerData.
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';
import type { Parser } from 'web-tree-sitter';
import { threadingServerClasses, type IncomingThreadEntry, type ThreadHandOff } from '../analysis/crossModule';
import { createPythonParser, firstSyntaxErrorLine } from '../analysis/parser';
import { MAX_FILE_BYTES } from '../analysis/projectFiles';
import { analyze, mayHandOff } from '../analysis/raceAnalysis';
import type { Finding } from '../shared/analysis';

/** A file to analyse; `incoming` when another module runs its code on threads (then it is analysed even if it starts none). */
export interface FileJob {
  file: string;
  incoming?: readonly IncomingThreadEntry[];
  /** firstLook found that the file may hand code to threads: the worker need not ask again. */
  handsOff?: true;
  /** Its size when firstLook read it: the largest go first once all are listed. */
  bytes?: number;
}

export type FileOutcome =
  | { file: string; skipped: string }
  /** Read; `findings` absent when the file cannot hand code to threads (nothing to analyse) or tree-sitter gave up. */
  | {
      file: string;
      skipped?: undefined;
      findings?: Finding[];
      handOffs?: ThreadHandOff[];
      /** Its classes that serve each request on a thread (see crossModule.ts). */
      threadingServers?: string[];
      /** The 1-based line of its first syntax error (Python 2, a typo): the analysis saw the rest around it. */
      syntaxErrorLine?: number;
    };

/** What workerData says to a CLI bundle started as a worker. */
export const CHECK_WORKER = 'gil-lab-check-worker';

/** Most files a worker is handed at once: messages cost little, and fewer per batch lets the workers finish together. */
const BATCH = 8;
/** Batches a worker holds at once: the next waits in its inbox, so it never idles while this thread is still listing files. */
const AHEAD = 2;

/**
 * The cheap part of a file's analysis, done where the files are listed: its size, its threading
 * servers, and whether it can hand code to threads at all. Most files end here; the rest (`deep`,
 * with their size) need a parser.
 */
export function firstLook(job: FileJob): { outcome: FileOutcome } | { deep: FileJob; bytes: number } {
  const { file, incoming } = job;
  if (statSync(file).size > MAX_FILE_BYTES) return { outcome: { file, skipped: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` } };
  const text = readFileSync(file, 'utf8');
  if (incoming) return { deep: job, bytes: text.length };
  if (mayHandOff(text)) return { deep: { ...job, handsOff: true, bytes: text.length }, bytes: text.length };
  const servers = threadingServerClasses(text);
  return { outcome: { file, ...(servers.length > 0 && { threadingServers: servers }) } };
}

function analyseFile(parser: Parser, job: FileJob): FileOutcome {
  const { file, incoming } = job;
  if (statSync(file).size > MAX_FILE_BYTES) return { file, skipped: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` };
  const text = readFileSync(file, 'utf8');
  const servers = threadingServerClasses(text);
  const threadingServers = servers.length > 0 ? { threadingServers: servers } : {};
  if (!incoming && !job.handsOff && !mayHandOff(text)) return { file, ...threadingServers };
  const tree = parser.parse(text);
  if (!tree) return { file, ...threadingServers };
  try {
    const { findings, handOffs } = analyze(tree, text, undefined, incoming);
    const errorLine = firstSyntaxErrorLine(tree);
    return { file, findings, handOffs, ...threadingServers, ...(errorLine !== undefined && { syntaxErrorLine: errorLine + 1 }) };
  } finally {
    tree.delete();
  }
}

export interface FileAnalyser {
  run(jobs: readonly FileJob[]): Promise<FileOutcome[]>;
  close(): Promise<void>;
}

/** One parser in this thread, the files one after another (read synchronously: the analysis is the work). */
export async function inThisThread(): Promise<FileAnalyser> {
  const parser = await createPythonParser();
  return {
    run: async (jobs) => jobs.map((job) => analyseFile(parser, job)),
    close: async () => parser.delete(),
  };
}

/**
 * Worker threads running `script` (this CLI's bundle) that take files while they are still being
 * listed: `add` hands them more, `grow` starts one more, and each worker takes the next batch when it
 * is done with one. The files' first look (most of the stdlib's 1,800 files end there) thus runs while
 * the workers start and parse, instead of before.
 */
export class WorkerPool implements FileAnalyser {
  private readonly workers: Worker[] = [];
  /** Batches each worker holds (being analysed or waiting in its inbox). */
  private readonly held = new Map<Worker, number>();
  private queue: FileJob[] = [];
  private outcomes: FileOutcome[] = [];
  private busy = 0;
  private waiting: { resolve: (outcomes: FileOutcome[]) => void; reject: (err: Error) => void } | undefined;
  private failure: Error | undefined;
  private closing = false;

  constructor(private readonly script: string) {}

  get size(): number {
    return this.workers.length;
  }

  grow(): void {
    const worker = new Worker(this.script, { workerData: CHECK_WORKER });
    worker
      .on('message', (batch: FileOutcome[]) => {
        this.outcomes.push(...batch);
        this.busy--;
        this.held.set(worker, this.held.get(worker)! - 1);
        this.feed(worker);
        this.settle();
      })
      .on('error', (err: Error) => this.fail(err))
      .on('exit', (code: number) => this.fail(new Error(`a check worker stopped (exit ${code})`)));
    this.workers.push(worker);
    this.held.set(worker, 0);
    this.feed(worker);
  }

  add(jobs: readonly FileJob[]): void {
    this.queue.push(...jobs);
    for (const worker of this.workers) this.feed(worker);
  }

  /** The outcomes of every file added so far, once all are done. */
  drain(): Promise<FileOutcome[]> {
    // All are listed: the largest first, so that the last to finish are small ones.
    this.queue.sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0));
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting = { resolve, reject };
      this.settle();
    });
  }

  run(jobs: readonly FileJob[]): Promise<FileOutcome[]> {
    this.add(jobs);
    return this.drain();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private feed(worker: Worker): void {
    while (this.queue.length > 0 && this.held.get(worker)! < AHEAD) {
      // (Smaller batches as the queue runs down: each worker's last ones are short.)
      const size = Math.max(1, Math.min(BATCH, Math.floor(this.queue.length / (AHEAD * this.workers.length))));
      worker.postMessage(this.queue.splice(0, size));
      this.held.set(worker, this.held.get(worker)! + 1);
      this.busy++;
    }
  }

  private settle(): void {
    if (!this.waiting || this.queue.length > 0 || this.busy > 0) return;
    const { resolve } = this.waiting;
    const outcomes = this.outcomes;
    this.waiting = undefined;
    this.outcomes = [];
    resolve(outcomes);
  }

  private fail(err: Error): void {
    if (this.closing) return;
    this.failure ??= err;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(err);
  }
}

/** The worker's side: analyse each batch posted, post the outcomes back. */
export async function serveCheckJobs(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const parser = await createPythonParser();
  port.on('message', (batch: FileJob[]) => port.postMessage(batch.map((job) => analyseFile(parser, job))));
}
