import { strict as assert } from 'node:assert';
import { toArgsTuple } from '../../../src/run/args';

// The basic cases are in test/unit/extension/pure.test.ts; these are the edges.
describe('argument expressions: edges', () => {
  it('drops one trailing comma with any whitespace after it, including newlines', () => {
    assert.equal(toArgsTuple('data, 4,   '), '(data, 4,)');
    assert.equal(toArgsTuple('data, 4,\n\t'), '(data, 4,)');
    assert.equal(toArgsTuple('\n  10**6\n'), '(10**6,)');
  });
  it('keeps commas inside brackets and strings, and keyword-free expressions whole', () => {
    assert.equal(toArgsTuple('[1, 2,]'), '([1, 2,],)');
    assert.equal(toArgsTuple("'a, b,'"), "('a, b,',)");
    assert.equal(toArgsTuple('{"n": 3}, range(10)'), '({"n": 3}, range(10),)');
  });
  it('passes starred expressions and multi-line input through', () => {
    assert.equal(toArgsTuple('*data'), '(*data,)');
    assert.equal(toArgsTuple('1,\n2'), '(1,\n2,)');
  });
  it('gives the empty tuple for nothing, whitespace only or a lone comma', () => {
    assert.equal(toArgsTuple(''), '()');
    assert.equal(toArgsTuple('\n\t '), '()');
    assert.equal(toArgsTuple(' , '), '()');
  });
});
