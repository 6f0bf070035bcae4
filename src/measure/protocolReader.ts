import { HARNESS_PROTOCOL_VERSION, type HarnessEvent } from '../shared/harnessProtocol';

/**
 * Splits the harness's protocol stream into events. Partial lines wait for the rest; a line that is
 * not a protocol event (wrong version, not JSON) is handed to `onGarbage` instead of throwing.
 */
export class ProtocolReader {
  private buffer = '';

  constructor(
    private readonly onEvent: (event: HarnessEvent) => void,
    private readonly onGarbage: (line: string) => void,
  ) {}

  push(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (line) this.line(line);
    }
  }

  /** Call when the stream ends: a last line without a newline still counts. */
  end(): void {
    const rest = this.buffer.trim();
    this.buffer = '';
    if (rest) this.line(rest);
  }

  private line(line: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      this.onGarbage(line);
      return;
    }
    if (isEvent(parsed)) this.onEvent(parsed);
    else this.onGarbage(line);
  }
}

function isEvent(value: unknown): value is HarnessEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { v?: unknown; type?: unknown };
  return v.v === HARNESS_PROTOCOL_VERSION && typeof v.type === 'string' && ['hello', 'progress', 'sample', 'result', 'error'].includes(v.type);
}
