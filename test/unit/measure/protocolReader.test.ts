import { strict as assert } from 'node:assert';
import { ProtocolReader } from '../../../src/measure/protocolReader';
import { HARNESS_PROTOCOL_VERSION, type HarnessEvent } from '../../../src/shared/harnessProtocol';
import { gil311, serialCpu } from './fixtures';

function reader() {
  const events: HarnessEvent[] = [];
  const garbage: string[] = [];
  const r = new ProtocolReader(
    (e) => events.push(e),
    (l) => garbage.push(l),
  );
  return { r, events, garbage };
}

const hello = { v: 1, type: 'hello', interpreter: gil311 };
const progress = { v: 1, type: 'progress', phase: 'measure', mode: 'threads', repeat: 2, of: 5 };
const sampleEvent = { v: 1, type: 'sample', sample: serialCpu(0, 0.5) };
const result = { v: 1, type: 'result', result: gil311 };
const error = { v: 1, type: 'error', error: { code: 'needs-arguments', message: 'cpu_bound() needs 1 argument (n).', hint: 'Give them with the Arguments lens.' } };
const line = (o: unknown) => `${JSON.stringify(o)}\n`;

describe('protocol reader', () => {
  it('uses protocol version 1', () => {
    assert.equal(HARNESS_PROTOCOL_VERSION, 1);
  });

  it('reads one event per line, in order', () => {
    const { r, events, garbage } = reader();
    r.push(line(hello) + line(progress) + line(sampleEvent) + line(result));
    assert.deepEqual(events, [hello, progress, sampleEvent, result]);
    assert.deepEqual(garbage, []);
  });

  it('waits for the rest of a line split across chunks, at every split point', () => {
    const text = line(hello) + line(sampleEvent) + line(error);
    for (let cut = 0; cut <= text.length; cut++) {
      const { r, events, garbage } = reader();
      r.push(text.slice(0, cut));
      r.push(text.slice(cut));
      assert.deepEqual(events, [hello, sampleEvent, error], `cut at ${cut}`);
      assert.deepEqual(garbage, []);
    }
  });

  it('survives a chunk per character', () => {
    const { r, events } = reader();
    for (const ch of line(progress) + line(result)) r.push(ch);
    assert.deepEqual(events, [progress, result]);
  });

  it('hands nothing on before the newline, and the last line without one on end()', () => {
    const { r, events } = reader();
    r.push(JSON.stringify(result));
    assert.deepEqual(events, []);
    r.end();
    assert.deepEqual(events, [result]);
    r.end();
    assert.deepEqual(events, [result], 'end() twice does not repeat the line');
  });

  it('accepts CRLF line ends and skips blank lines', () => {
    const { r, events, garbage } = reader();
    r.push(`\r\n${JSON.stringify(hello)}\r\n\n   \n${JSON.stringify(result)}\r\n`);
    assert.deepEqual(events, [hello, result]);
    assert.deepEqual(garbage, []);
  });

  it('hands non-protocol lines to onGarbage, trimmed, and goes on reading', () => {
    const { r, events, garbage } = reader();
    r.push(`hello from the user's print\n${line(hello)}  Traceback (most recent call last):  \n{"v": 1, "type": "res`);
    r.push(`ult", "result": {"version": "3.11.7"}}\n{not json}\n`);
    assert.deepEqual(garbage, ["hello from the user's print", 'Traceback (most recent call last):', '{not json}']);
    assert.deepEqual(events, [hello, { v: 1, type: 'result', result: { version: '3.11.7' } }]);
  });

  it('rejects JSON that is not an event object', () => {
    const { r, events, garbage } = reader();
    for (const text of ['42', '"result"', 'null', 'true', '[1, 2]', '[{"v":1,"type":"result","result":{}}]', '{}']) r.push(`${text}\n`);
    assert.deepEqual(events, []);
    assert.equal(garbage.length, 7);
  });

  it('rejects another protocol version and unknown event types', () => {
    const { r, events, garbage } = reader();
    r.push(line({ ...result, v: 2 }) + line({ ...result, v: '1' }) + line({ type: 'result', result: gil311 }) + line({ v: 1, type: 'launch', result: gil311 }) + line({ v: 1, type: 42 }));
    assert.deepEqual(events, []);
    assert.equal(garbage.length, 5);
  });

  it('rejects a result event without its result, and an error event without a message', () => {
    // A harness answer of { ok: true, result: undefined } would crash whatever summarises it.
    const { r, events, garbage } = reader();
    const bad = [
      { v: 1, type: 'result' },
      { v: 1, type: 'result', result: null },
      { v: 1, type: 'result', result: 'done' },
      { v: 1, type: 'error' },
      { v: 1, type: 'error', error: null },
      { v: 1, type: 'error', error: { code: 'timeout' } },
      { v: 1, type: 'error', error: 'boom' },
      { v: 1, type: 'sample' },
      { v: 1, type: 'sample', sample: { mode: 'serial' } },
      { v: 1, type: 'hello' },
      { v: 1, type: 'progress' },
    ];
    r.push(bad.map(line).join(''));
    assert.deepEqual(events, []);
    assert.deepEqual(garbage, bad.map((b) => JSON.stringify(b)));
  });

  it('keeps the structured error whole, with its hint and location', () => {
    const { r, events } = reader();
    const located = { v: 1, type: 'error', error: { code: 'syntax-error', message: 'invalid syntax', location: { file: '/w/a.py', line: 3 }, traceback: 'Traceback…' } };
    r.push(line(located));
    assert.deepEqual(events, [located]);
  });

  it('keeps non-ASCII text', () => {
    const { r, events, garbage } = reader();
    const e = { v: 1, type: 'error', error: { code: 'user-exception', message: 'The function raised ValueError: ünïcødé — 🐍' } };
    const text = line(e);
    r.push(text.slice(0, 60));
    r.push(text.slice(60));
    r.push('plain print: naïve\n');
    assert.deepEqual(events, [e]);
    assert.deepEqual(garbage, ['plain print: naïve']);
  });

  it('reads a long stream of samples quickly', () => {
    const { r, events } = reader();
    const one = line(sampleEvent);
    const text = one.repeat(5000);
    const started = Date.now();
    for (let i = 0; i < text.length; i += 4096) r.push(text.slice(i, i + 4096));
    r.end();
    assert.equal(events.length, 5000);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  });
});
