/**
 * The analysis cache on a real directory: an entry is found only for the exact text and the same
 * analyser, damaged entries read as none, and the directory is pruned to its limit.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisCache, type KeptAnalysis } from '../../../src/server/analysisCache';

const KEPT: KeptAnalysis = {
  hasError: false,
  result: { findings: [{ code: 'GIL001', message: 'm', subject: 'counter', range: { start: { line: 8, character: 8 }, end: { line: 8, character: 20 } }, related: [] }], functions: [] },
};

describe('analysis cache', () => {
  let dir: string;
  let analyser: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gil-lab-cache-'));
    analyser = join(dir, 'server.js');
    writeFileSync(analyser, 'the analyser, version 1');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back what was kept for exactly the same text, and nothing for another text', () => {
    const cache = new AnalysisCache(join(dir, 'entries'), analyser);
    assert.equal(cache.get('x = 1\n'), undefined, 'nothing kept yet (and no directory)');
    cache.put('x = 1\n', KEPT);
    assert.deepEqual(cache.get('x = 1\n'), KEPT);
    assert.equal(cache.get('x = 1\n\n'), undefined);
    assert.equal(cache.get('x = 2\n'), undefined);
  });

  it('a changed analyser does not read the old one\'s entries', () => {
    new AnalysisCache(join(dir, 'entries'), analyser).put('x = 1\n', KEPT);
    writeFileSync(analyser, 'the analyser, version 2');
    assert.equal(new AnalysisCache(join(dir, 'entries'), analyser).get('x = 1\n'), undefined);
  });

  it('reads damaged or foreign entries as none', () => {
    const entries = join(dir, 'entries');
    const cache = new AnalysisCache(entries, analyser);
    cache.put('a = 1\n', KEPT);
    cache.put('b = 1\n', KEPT);
    const [first, second] = readdirSync(entries).map((f) => join(entries, f));
    writeFileSync(first, Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22]));
    writeFileSync(second, JSON.stringify({ result: { findings: 'not a list' }, hasError: false }));
    assert.equal(cache.get('a = 1\n'), undefined);
    assert.equal(cache.get('b = 1\n'), undefined);
  });

  it('keeps at most its limit of entries, dropping the least recently written, and removes stale temporary files', () => {
    const entries = join(dir, 'entries');
    const cache = new AnalysisCache(entries, analyser, 4);
    for (let i = 0; i < 6; i++) cache.put(`x = ${i}\n`, KEPT);
    for (let i = 0; i < 6; i++) {
      const at = new Date(Date.now() - (6 - i) * 60_000); // x = 0 the oldest
      utimesSync(cache.fileFor(`x = ${i}\n`), at, at);
    }
    const stale = join(entries, 'abc.json.99.tmp'); // what a writer killed before its rename leaves
    writeFileSync(stale, '{');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(stale, old, old);
    cache.prune();
    const left = readdirSync(entries);
    assert.deepEqual(left.filter((f) => f.endsWith('.tmp')), []);
    assert.equal(left.length, 4);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => cache.get(`x = ${i}\n`) !== undefined), [false, false, true, true, true, true]);
  });
});
