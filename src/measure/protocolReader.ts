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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The version, a known type and that type's payload: a result without its result is not an answer. */
function isEvent(value: unknown): value is HarnessEvent {
  if (!isObject(value) || value.v !== HARNESS_PROTOCOL_VERSION) return false;
  switch (value.type) {
    case 'hello':
      return isObject(value.interpreter);
    case 'progress':
      return typeof value.phase === 'string';
    case 'sample':
      return isObject(value.sample) && typeof value.sample.mode === 'string' && typeof value.sample.wallSeconds === 'number' && Array.isArray(value.sample.workers);
    case 'result':
      return isObject(value.result);
    case 'error':
      return isObject(value.error) && typeof value.error.code === 'string' && typeof value.error.message === 'string';
    default:
      return false;
  }
}
