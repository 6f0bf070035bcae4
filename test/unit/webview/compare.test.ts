import { strict as assert } from 'node:assert';
import { compareSummary, oneCallSeconds, starvedRuns } from '../../../src/webview/compare';
import { ft313, gil311, measureResult, parallel, sample, serialCpu, threadsGil } from '../measure/fixtures';

const repeats = <T>(n: number, f: (r: number) => T): T[] => Array.from({ length: n }, (_, r) => f(r));

describe('compare view: single-thread cost and whether the CPUs were free', () => {
  // 3.11: one call 57.5 ms; 3.13t: one call 110 ms (the issue measured 115 and 220 ms for two calls).
  const gil = measureResult([...repeats(3, (r) => serialCpu(r, 0.115)), ...repeats(3, (r) => threadsGil(r, 0.12)), ...repeats(3, (r) => parallel('processes', r, 0.06))], gil311);
  const ft = measureResult([...repeats(3, (r) => serialCpu(r, 0.22)), ...repeats(3, (r) => parallel('threads', r, 0.11)), ...repeats(3, (r) => parallel('processes', r, 0.11))], ft313);

  it('shows one call on each interpreter side by side and the free-threaded build\'s price', () => {
    assert.equal(oneCallSeconds(gil), 0.0575);
    assert.equal(oneCallSeconds(ft), 0.11);
    const html = compareSummary([gil, ft], 'run-1');
    assert.match(html, /<tr><td>Python 3\.11\.7 · GIL on<\/td><td class="num">57\.5 ms<\/td><\/tr><tr><td>Python 3\.13\.5t · GIL off<\/td><td class="num">110 ms<\/td><\/tr>/);
    assert.match(html, /One call alone, on one thread: Python 3\.13\.5t · GIL off took ×1\.91 the time of Python 3\.11\.7 · GIL on: the price of running without the GIL, paid even when nothing runs in parallel\./);
    assert.doesNotMatch(html, /not free/, 'quiet CPUs are not called busy');
  });

  it('says when the CPUs were not free, with the numbers, and offers to run again', () => {
    // On 3.13t the two threads and the two processes each got half a CPU while they ran together.
    const half = (mode: 'threads' | 'processes') => (r: number) => sample(mode, r, 0.22, [[0, 0.22, 0.11], [0, 0.22, 0.11]]);
    const busy = measureResult([...repeats(3, (r) => serialCpu(r, 0.22)), ...repeats(3, half('threads')), ...repeats(3, half('processes'))], ft313);
    assert.deepEqual(starvedRuns(busy).map((s) => s.mode), ['processes', 'threads']);
    assert.deepEqual(starvedRuns(gil), [], 'GIL threads taking turns are not starved');
    const html = compareSummary([gil, busy], 'run-7');
    assert.match(html, /The CPUs were not free during this comparison: on Python 3\.13\.5t · GIL off each call in processes got 0\.50 s of CPU per second against 1\.00 s alone; on Python 3\.13\.5t · GIL off each call in threads got 0\.50 s/);
    assert.match(html, /<button data-action="rerun" data-id="run-7">Run the comparison again<\/button>/);
  });
});
