import { strict as assert } from 'node:assert';
import { parseWebviewMessage, type WebviewToHost } from '../../../src/shared/panelMessages';
import { STEPS } from '../../../src/shared/walkthrough';

describe('panel messages from the webview', () => {
  it('accepts every valid message, as a copy with exactly its fields', () => {
    const valid: WebviewToHost[] = [
      { type: 'ready' },
      { type: 'cancel' },
      { type: 'select', id: 'm1x2-3' },
      { type: 'rerun', id: 'm1x2-3' },
      { type: 'copyMarkdown', id: 'm1x2-3' },
      { type: 'export', id: 'm1x2-3', format: 'json' },
      { type: 'export', id: 'm1x2-3', format: 'csv' },
      { type: 'export', id: 'm1x2-3', format: 'markdown' },
      { type: 'openLocation', file: '/work/lesson/cpu_bound.py', line: 12 },
      { type: 'openStep', step: STEPS.pitfallCpuThreads },
    ];
    for (const m of valid) {
      const parsed = parseWebviewMessage(JSON.parse(JSON.stringify(m)));
      assert.deepEqual(parsed, m);
      assert.notEqual(parsed, m);
    }
  });

  it('accepts every walkthrough step id', () => {
    for (const step of Object.values(STEPS)) assert.deepEqual(parseWebviewMessage({ type: 'openStep', step }), { type: 'openStep', step });
  });

  it('drops fields a message does not have', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', id: 'x', command: 'workbench.action.terminal.new' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'select', id: 'r1', format: 'json', file: '/etc/passwd' }), { type: 'select', id: 'r1' });
    const parsed = parseWebviewMessage(JSON.parse('{"type":"cancel","__proto__":{"polluted":true}}'));
    assert.deepEqual(parsed, { type: 'cancel' });
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('rejects what is not a message object', () => {
    for (const raw of [undefined, null, 0, 1, '', 'ready', '{"type":"ready"}', true, [], ['ready'], [{ type: 'ready' }], () => 'ready']) {
      assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw) ?? String(raw));
    }
  });

  it('rejects unknown types, including names found on every object', () => {
    for (const type of [undefined, null, 42, '', 'READY', 'Ready', ' ready', 'ready ', 'runCommand', 'eval', 'state', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      assert.equal(parseWebviewMessage({ type, id: 'r1' }), undefined, String(type));
    }
  });

  it('rejects a missing, non-string or oversized id', () => {
    for (const type of ['select', 'rerun', 'copyMarkdown'] as const) {
      assert.equal(parseWebviewMessage({ type }), undefined);
      for (const id of [null, 7, ['r1'], { toString: () => 'r1' }, true]) assert.equal(parseWebviewMessage({ type, id }), undefined, `${type} ${JSON.stringify(id)}`);
      assert.equal(parseWebviewMessage({ type, id: 'x'.repeat(4096) }), undefined);
      assert.deepEqual(parseWebviewMessage({ type, id: 'x'.repeat(4095) }), { type, id: 'x'.repeat(4095) });
    }
  });

  it('rejects an export without a known format or id', () => {
    for (const format of [undefined, 'JSON', 'xml', 'html', 'json ', 1, ['json'], null]) {
      assert.equal(parseWebviewMessage({ type: 'export', id: 'r1', format }), undefined, String(format));
    }
    assert.equal(parseWebviewMessage({ type: 'export', format: 'json' }), undefined);
    assert.equal(parseWebviewMessage({ type: 'export', id: 3, format: 'json' }), undefined);
  });

  it('rejects a location without a file or a whole line number of at least 1', () => {
    const ok = { type: 'openLocation', file: '/w/a.py' };
    for (const line of [0, -1, 1.5, NaN, Infinity, '3', null, undefined, [3], true]) {
      assert.equal(parseWebviewMessage({ ...ok, line }), undefined, String(line));
    }
    assert.deepEqual(parseWebviewMessage({ ...ok, line: 1 }), { ...ok, line: 1 });
    assert.equal(parseWebviewMessage({ type: 'openLocation', line: 3 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'openLocation', file: { fsPath: '/w/a.py' }, line: 3 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'openLocation', file: `/w/${'a'.repeat(5000)}.py`, line: 3 }), undefined);
  });

  it('rejects step ids that are not plain slugs (no command URIs, paths or markup)', () => {
    for (const step of [
      '',
      'Pitfall-Race',
      'pitfall race',
      'pitfall_race',
      '../../etc/passwd',
      'command:workbench.action.terminal.new',
      'pitfall-race?x=1',
      '<img src=x onerror=alert(1)>',
      'pitfall-race\n',
      'a#b',
      7,
      null,
    ]) {
      assert.equal(parseWebviewMessage({ type: 'openStep', step }), undefined, JSON.stringify(step));
    }
  });
});
