import { strict as assert } from 'node:assert';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyze } from '../../../src/analysis/raceAnalysis';
import { largeWarmUpSource, WARM_UP_SOURCE, warmUp } from '../../../src/server/warmUp';

describe('language server warm-up', () => {
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  it('runs its text through the paths real files take: it parses cleanly and gives findings of both kinds', () => {
    const tree = parser.parse(WARM_UP_SOURCE)!;
    assert.equal(tree.rootNode.hasError, false);
    const codes = new Set(analyze(tree, WARM_UP_SOURCE).findings.map((f) => f.code));
    tree.delete();
    assert.deepEqual([...codes].sort(), ['GIL001', 'GIL004']);
  });

  it('its large round is one module of renamed copies: it parses cleanly, and each copy has its own findings', () => {
    const text = largeWarmUpSource(5);
    const tree = parser.parse(text)!;
    assert.equal(tree.rootNode.hasError, false);
    assert.equal((text.match(/^import threading$/gm) ?? []).length, 1);
    const subjects = new Set(analyze(tree, text).findings.map((f) => `${f.code} ${f.subject}`));
    tree.delete();
    for (let k = 0; k < 5; k++) for (const s of [`GIL001 hits_${k}`, `GIL004 names_${k}`, `GIL004 shelf_${k}`]) assert.ok(subjects.has(s), `${s} missing from ${[...subjects].join(', ')}`);
  });

  it('runs the rounds asked for, and stops before the next round once a document needs the server', async () => {
    assert.equal((await warmUp(parser, { rounds: 3, largeRounds: 0, shouldStop: () => false })).rounds, 3);
    assert.equal((await warmUp(parser, { rounds: 2, largeRounds: 1, shouldStop: () => false })).rounds, 3);
    let asked = 0;
    const stopped = await warmUp(parser, { rounds: 20, shouldStop: () => ++asked > 2 });
    assert.equal(stopped.rounds, 2);
    assert.equal((await warmUp(parser, { shouldStop: () => true })).rounds, 0);
  });
});
