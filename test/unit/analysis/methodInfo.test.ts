/** What FunctionInfo says of methods for the lenses: how each is called, what its constructor needs, the state flagged in it. */
import { strict as assert } from 'node:assert';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyzeText } from './corpusUtil';

const SOURCE = `import threading
import time
from concurrent.futures import ThreadPoolExecutor

BOX = [0]


class Ledger:
    def __init__(self, opening, currency="eur"):
        self.balance = opening

    def deposit(self, amount):
        self.balance += amount

    @staticmethod
    def fee(amount, rate):
        return amount * rate

    @classmethod
    def empty(cls):
        return cls(0)


class Tally:
    hits = 0

    def add(self):
        Tally.hits += 1
        BOX[0] += 1


def run():
    ledger = Ledger(10)
    with ThreadPoolExecutor() as pool:
        pool.submit(ledger.deposit, 1)
        pool.submit(Tally().add)
`;

describe('FunctionInfo of methods', () => {
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  it("says how each method is called, what its class's constructor needs, and what state GIL001 flags in it", () => {
    const { functions } = analyzeText(parser, SOURCE);
    const by = (q: string) => functions.find((f) => f.qualifiedName === q)!;
    assert.equal(by('Ledger.deposit').binding, 'instance');
    assert.equal(by('Ledger.deposit').instanceParams, 1, 'opening; currency has a default');
    assert.equal(by('Ledger.deposit').requiredParams, 1);
    assert.deepEqual(by('Ledger.deposit').writesState, ['self.balance']);
    assert.equal(by('Ledger.fee').binding, 'static');
    assert.equal(by('Ledger.fee').requiredParams, 2, 'a static method has no self to leave out');
    assert.equal(by('Ledger.fee').instanceParams, undefined);
    assert.equal(by('Ledger.empty').binding, 'class');
    assert.equal(by('Ledger.empty').requiredParams, 0);
    assert.equal(by('Tally.add').instanceParams, 0, 'no __init__ of its own');
    assert.deepEqual(by('Tally.add').writesState, ['Tally.hits', 'BOX[0]']);
    assert.equal(by('run').binding, undefined);
    assert.deepEqual(by('run').writesState, []);
  });
});
