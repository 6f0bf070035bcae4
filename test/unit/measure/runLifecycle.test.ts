import { strict as assert } from 'node:assert';
import { deathMessage, whereRunWas } from '../../../src/measure/death';
import { LIVE_BUDGET_BYTES, OutputCapture, amount, outputWarning } from '../../../src/measure/outputCapture';
import { warningsList, outputBlock } from '../../../src/webview/runNotes';
import { runNotesText } from '../../../src/measure/format';

describe('a harness that died: what the message says', () => {
  it('names the signal, its meaning, the function and where the run was', () => {
    assert.equal(
      deathMessage('work', null, 'SIGSEGV', { v: 1, type: 'progress', phase: 'measure', mode: 'threads', repeat: 1, of: 5 }),
      'Python was killed by signal SIGSEGV (a crash in C code: segmentation fault) while running work() in the threads mode, repeat 2 of 5, before it answered.',
    );
    assert.match(deathMessage('work', null, 'SIGKILL', undefined), /signal SIGKILL \(killed outright: the system ran out of memory, or another program killed it\) while running work\(\) before it started measuring/);
  });

  it('an exit code says os._exit or C code; a probe has no function to name', () => {
    assert.match(deathMessage('work', 0, null, { v: 1, type: 'progress', phase: 'warmup', mode: 'serial' }), /^Python exited with code 0 while running work\(\) in the serial mode's warm-up, before it answered \(os\._exit\(\), or C code that exited\)\.$/);
    assert.equal(deathMessage(undefined, 1, null, undefined), 'Python exited with code 1 before it answered.');
  });

  it('where: pool start, warm-up, race runs, loading', () => {
    assert.equal(whereRunWas({ v: 1, type: 'progress', phase: 'warmup', mode: 'processes', message: 'Starting 2 worker processes' }), 'while the worker processes started');
    assert.equal(whereRunWas({ v: 1, type: 'progress', phase: 'race', repeat: 2, of: 5 }), 'in threaded run 3 of 5 of the race check');
    assert.equal(whereRunWas({ v: 1, type: 'progress', phase: 'load' }), 'while loading the file');
  });
});

describe('output capture: a flood is counted, its edges kept, little passed on live', () => {
  it('keeps short output whole and passes it all on', () => {
    const c = new OutputCapture();
    assert.equal(c.push('hello\n'), 'hello\n');
    assert.equal(c.push('world\n'), 'world\n');
    assert.deepEqual(c.summary(), { bytes: 12, lines: 2, head: 'hello\nworld', tail: '', shownLiveBytes: 12 });
  });

  it('a flood: bytes and lines counted, first and last 20 lines kept, live output stops at the budget', () => {
    const c = new OutputCapture();
    let live = '';
    for (let i = 0; i < 100_000; i++) live += c.push(`line ${i}\n`);
    const s = c.summary()!;
    assert.equal(s.lines, 100_000);
    assert.equal(s.bytes, Array.from({ length: 100_000 }, (_, i) => `line ${i}\n`).join('').length);
    assert.equal(s.head.split('\n').length, 20);
    assert.ok(s.head.startsWith('line 0\nline 1\n'));
    assert.equal(s.tail.split('\n').length, 20);
    assert.ok(s.tail.endsWith('line 99999'));
    assert.equal(live.length, LIVE_BUDGET_BYTES);
    assert.equal(s.shownLiveBytes, LIVE_BUDGET_BYTES);
    assert.match(outputWarning(s, 'work') ?? '', /^work\(\) printed \d+\.\d MB \(100,000 lines\) during the run/);
  });

  it('nothing printed: no summary; a little printed: no warning', () => {
    assert.equal(new OutputCapture().summary(), undefined);
    assert.equal(outputWarning({ bytes: 100, lines: 2, head: 'a\nb', tail: '', shownLiveBytes: 100 }, 'f'), undefined);
    assert.equal(amount(5 * 1024 * 1024), '5.0 MB');
    assert.equal(amount(1), '1 byte');
  });

  it('the panel and the CLI show warnings and the edges of the output, escaped', () => {
    const out = { bytes: 3_000_000, lines: 100_000, head: 'first <b>', tail: 'last', shownLiveBytes: 65536 };
    assert.match(warningsList([{ kind: 'leftover-threads', message: 'left <1> thread' }]), /<li data-kind="leftover-threads">left &lt;1&gt; thread<\/li>/);
    assert.equal(warningsList([]), '');
    const block = outputBlock(out, 'work');
    assert.match(block, /work\(\) printed 2\.9 MB \(100,000 lines\): its first and last lines/);
    assert.match(block, /first &lt;b&gt;\n<span class="muted">… 99,998 lines not shown …<\/span>\nlast/);
    const text = runNotesText([{ kind: 'changed-cwd', message: 'moved' }], out, 'work');
    assert.deepEqual(text.slice(0, 2), ['  Warning: moved', '  work() printed 2.9 MB (100,000 lines); the first 64.0 KB were shown as it ran. First lines:']);
    assert.deepEqual(runNotesText(undefined, { ...out, shownLiveBytes: out.bytes }, 'work'), []);
  });
});
