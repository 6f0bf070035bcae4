/**
 * What the user's code printed while the harness ran (its stdout and stderr share one pipe, apart
 * from the protocol). A flood must not flood the editor or the terminal: the first lines pass through
 * live up to a budget, and the result keeps the first and last lines and how much there was.
 */
import type { CapturedOutput } from '../shared/harnessProtocol';

export const LIVE_BUDGET_BYTES = 64 * 1024;
const EDGE_LINES = 20;
const EDGE_CHARS = 4000;

export class OutputCapture {
  private bytes = 0;
  private newlines = 0;
  private head = '';
  private headDone = false;
  private tail = '';
  private live = 0;

  /** Counts a chunk; returns the part to pass on live ('' once the live budget is spent). */
  push(chunk: string): string {
    const size = Buffer.byteLength(chunk, 'utf8');
    this.bytes += size;
    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) this.newlines++;
    if (!this.headDone) {
      this.head += chunk;
      const lines = this.head.split('\n');
      if (lines.length > EDGE_LINES || this.head.length > EDGE_CHARS) {
        this.head = lines.slice(0, EDGE_LINES).join('\n').slice(0, EDGE_CHARS);
        this.headDone = true;
      }
    }
    this.tail = (this.tail + chunk).slice(-EDGE_CHARS);
    if (this.live >= LIVE_BUDGET_BYTES) return '';
    const room = LIVE_BUDGET_BYTES - this.live;
    const shown = size <= room ? chunk : chunk.slice(0, room);
    this.live += Buffer.byteLength(shown, 'utf8');
    return shown;
  }

  /** The last characters, for the traceback of a process that died. */
  lastText(): string {
    return this.tail;
  }

  summary(): CapturedOutput | undefined {
    if (this.bytes === 0) return undefined;
    const lines = this.newlines + (this.tail.endsWith('\n') ? 0 : 1);
    const all = this.headDone ? undefined : this.head;
    const tailLines = this.tail.replace(/\n$/, '').split('\n');
    // The tail's first line may be cut in the middle: drop it when there are more.
    const tail = tailLines.length > 1 && !this.tail.startsWith('\n') ? tailLines.slice(1) : tailLines;
    return {
      bytes: this.bytes,
      lines,
      head: (all ?? this.head).replace(/\n$/, ''),
      tail: all === undefined ? tail.slice(-EDGE_LINES).join('\n') : '',
      shownLiveBytes: this.live,
    };
  }
}

/** "5.2 MB", "812 bytes". */
export function amount(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Output this large takes long enough to print that it shows in the timings. */
export const FLOOD_BYTES = 256 * 1024;

export function outputWarning(output: CapturedOutput, fn: string): string | undefined {
  if (output.bytes < FLOOD_BYTES) return undefined;
  return `${fn}() printed ${amount(output.bytes)} (${output.lines.toLocaleString('en-US')} lines) during the run; writing that much takes time, and these timings include it. Its first and last lines are kept below.`;
}
