import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toArgsTuple } from '../../../src/run/args';
import { lensesFor, isTimeable, targetName } from '../../../src/lenses/lensTitles';
import { assignedState, chooseState } from '../../../src/run/statePick';
import { explainInterpreter } from '../../../src/interpreter/explain';
import { COMMANDS } from '../../../src/shared/commands';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { FunctionInfo } from '../../../src/shared/analysis';
import type { InterpreterFacts } from '../../../src/shared/harnessProtocol';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } };
function fn(over: Partial<FunctionInfo> = {}): FunctionInfo {
  return { name: 'cpu_bound', qualifiedName: 'cpu_bound', kind: 'function', nameRange: range, range, requiredParams: 0, isAsync: false, writesGlobals: [], writesState: [], hasRaceFinding: false, ...over };
}
const facts: InterpreterFacts = {
  implementation: 'cpython', version: '3.11.7', versionInfo: [3, 11, 7], executable: '/usr/bin/python3', freeThreaded: false, gilEnabled: true,
  switchIntervalSeconds: 0.005, cpuCount: 2, startMethod: 'fork', platform: 'linux',
};

describe('argument expressions', () => {
  it('turns what goes between the parentheses into a tuple expression', () => {
    assert.equal(toArgsTuple('10**6'), '(10**6,)');
    assert.equal(toArgsTuple(' data, 4 '), '(data, 4,)');
    assert.equal(toArgsTuple('data, 4,'), '(data, 4,)');
    assert.equal(toArgsTuple('(1, 2)'), '((1, 2),)');
    assert.equal(toArgsTuple('  '), '()');
  });
});

describe('lens choice', () => {
  it('offers run and processes above a top-level function', () => {
    assert.deepEqual(lensesFor(fn(), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes']);
  });
  it('adds a race check only where the analysis flagged a global write', () => {
    assert.deepEqual(lensesFor(fn({ hasRaceFinding: true, writesGlobals: ['counter'] }), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes', 'race']);
    assert.deepEqual(lensesFor(fn({ hasRaceFinding: false, writesGlobals: ['counter'] }), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes']);
  });
  it('says why nothing runs in an untrusted workspace', () => {
    const lenses = lensesFor(fn(), DEFAULT_SETTINGS, false);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].kind, 'untrusted');
  });
  it('offers arguments when the function needs them', () => {
    assert.deepEqual(lensesFor(fn({ requiredParams: 2 }), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes', 'args']);
  });
  it('gives nested functions, methods of nested classes, dunder methods and async functions no lens, and follows the settings', () => {
    assert.equal(isTimeable(fn({ kind: 'method', name: 'deposit', qualifiedName: 'Ledger.deposit', binding: 'instance' })), true);
    assert.equal(isTimeable(fn({ kind: 'method', name: 'deposit', qualifiedName: 'Bank.Ledger.deposit', binding: 'instance' })), false);
    assert.equal(isTimeable(fn({ kind: 'method', name: 'run', qualifiedName: 'main.Job.run', binding: 'instance' })), false);
    assert.equal(isTimeable(fn({ kind: 'method', name: '__init__', qualifiedName: 'Ledger.__init__', binding: 'instance' })), false);
    assert.equal(isTimeable(fn({ kind: 'method', name: 'fetch', qualifiedName: 'Client.fetch', binding: 'instance', isAsync: true })), false);
    assert.equal(isTimeable(fn({ kind: 'nested' })), false);
    assert.equal(isTimeable(fn({ isAsync: true })), false);
    assert.deepEqual(lensesFor(fn(), { ...DEFAULT_SETTINGS, lens: { ...DEFAULT_SETTINGS.lens, enable: false } }, true), []);
    assert.deepEqual(lensesFor(fn(), { ...DEFAULT_SETTINGS, lens: { ...DEFAULT_SETTINGS.lens, processes: false } }, true).map((l) => l.kind), ['run']);
  });
});

describe('lenses above methods', () => {
  const method = (over: Partial<FunctionInfo> = {}) => fn({ kind: 'method', name: 'deposit', qualifiedName: 'Ledger.deposit', binding: 'instance', instanceParams: 0, ...over });
  it('runs a method by Class.method, on Class() when its constructor needs no arguments', () => {
    assert.equal(targetName(method()), 'Ledger.deposit');
    assert.deepEqual(lensesFor(method(), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes']);
  });
  it('adds an Instance lens when the constructor needs arguments, titled with the remembered expression once given', () => {
    const needs = lensesFor(method({ instanceParams: 1 }), DEFAULT_SETTINGS, true);
    assert.deepEqual(needs.map((l) => l.kind), ['run', 'processes', 'instance']);
    assert.equal(needs[2].title, '$(symbol-class) Instance (Ledger() needs 1 argument)');
    const given = lensesFor(method({ instanceParams: 2 }), DEFAULT_SETTINGS, true, { instance: 'Ledger(100, "eur")' });
    assert.equal(given[2].title, '$(symbol-class) Instance: Ledger(100, "eur")');
    assert.equal(lensesFor(method({ instanceParams: 1 }), DEFAULT_SETTINGS, true, { instance: `Ledger(${'9'.repeat(60)})` })[2].title.length, '$(symbol-class) Instance: '.length + 40);
  });
  it('static and class methods need no instance', () => {
    assert.deepEqual(lensesFor(method({ binding: 'static', instanceParams: undefined }), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes']);
    assert.deepEqual(lensesFor(method({ binding: 'class', instanceParams: undefined }), DEFAULT_SETTINGS, true, { instance: 'Ledger(1)' }).map((l) => l.kind), ['run', 'processes']);
  });
  it('offers a race check where the diagnostics flag state the method writes, and keeps it once a state was counted', () => {
    assert.deepEqual(lensesFor(method({ hasRaceFinding: true, writesState: ['self.balance'] }), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes', 'race']);
    assert.deepEqual(lensesFor(method(), DEFAULT_SETTINGS, true).map((l) => l.kind), ['run', 'processes']);
    assert.deepEqual(lensesFor(method(), DEFAULT_SETTINGS, true, { state: 'self.balance' }).map((l) => l.kind), ['run', 'processes', 'race']);
  });
});

describe('which state a race check counts', () => {
  const lines = [
    'class Ledger:',
    '    def deposit(self, amount=10):',
    '        for _ in range(ROUNDS):',
    '            balance = self.balance',
    '            self.balance = balance + amount',
    '            self.count += 1',
    '            BOX[0] -= 1',
    '            hits["a"] //= 2',
    '            Stats.hits = Stats.hits + 1',
    '            if self.total == 3: pass',
    '            cls.seen = 1',
  ];
  const method = (over: Partial<FunctionInfo> = {}) =>
    fn({ kind: 'method', name: 'deposit', qualifiedName: 'Ledger.deposit', binding: 'instance', range: { start: { line: 1, character: 4 }, end: { line: 10, character: 24 } }, ...over });
  it('reads the targets the method assigns: attributes, items, class attributes; not comparisons or locals', () => {
    assert.deepEqual(assignedState(method(), lines), ['self.balance', 'self.count', 'BOX[0]', 'hits["a"]', 'Stats.hits']);
    assert.deepEqual(assignedState(method({ binding: 'class' }), lines), ['BOX[0]', 'hits["a"]', 'Stats.hits', 'cls.seen']);
  });
  it('counts the flagged state without asking; picks among several flagged; else the remembered one; else asks', () => {
    assert.deepEqual(chooseState(method({ writesState: ['self.balance'] }), lines, 'BOX[0]'), { t: 'use', state: 'self.balance' });
    assert.deepEqual(chooseState(method({ writesState: ['self.balance', 'BOX[0]'] }), lines, 'BOX[0]'), { t: 'pick', candidates: ['BOX[0]', 'self.balance'] });
    assert.deepEqual(chooseState(method(), lines, 'self.count'), { t: 'use', state: 'self.count' });
    assert.deepEqual(chooseState(method(), lines, undefined), { t: 'pick', candidates: ['self.balance', 'self.count', 'BOX[0]', 'hits["a"]', 'Stats.hits'] });
    assert.deepEqual(chooseState(fn({ writesGlobals: ['balance'], range: { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } } }), ['', 'def deposit():', '    global balance', '    x = 1'], undefined), { t: 'use', state: 'balance' });
  });
});

describe('interpreter explanation', () => {
  it('explains a GIL build', () => {
    const e = explainInterpreter(facts, '/usr/bin/python3', 'PATH');
    assert.match(e.title, /3\.11\.7: the GIL is on/);
    assert.match(e.detail, /only one thread runs Python bytecode at a time/);
  });
  it('explains a free-threaded build with the GIL off and with it forced on', () => {
    const off = explainInterpreter({ ...facts, freeThreaded: true, gilEnabled: false }, 'python3.13t', 'gilLab.pythonPath');
    assert.match(off.title, /free-threaded build\): the GIL is off/);
    assert.match(off.detail, /loses updates/);
    const on = explainInterpreter({ ...facts, freeThreaded: true, gilEnabled: true }, 'python3.13t', 'gilLab.pythonPath');
    assert.match(on.detail, /PYTHON_GIL=1/);
  });
});

describe('package.json', () => {
  it('contributes exactly the commands the code registers, all in the GIL Lab category', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'GIL Lab');
  });
  it('declares every setting the code reads, with the code\'s defaults', () => {
    const props = pkg.contributes.configuration.properties;
    const d = DEFAULT_SETTINGS;
    const expected: Record<string, unknown> = {
      'gilLab.pythonPath': d.pythonPath, 'gilLab.compareWith': d.compareWith, 'gilLab.workers': d.workers, 'gilLab.repeats': d.repeats,
      'gilLab.timeoutSeconds': d.timeoutSeconds, 'gilLab.raceRuns': d.raceRuns, 'gilLab.lens.enable': d.lens.enable, 'gilLab.lens.run.enable': d.lens.run,
      'gilLab.lens.processes.enable': d.lens.processes, 'gilLab.lens.race.enable': d.lens.race, 'gilLab.diagnostics.enable': d.diagnostics.enable,
      'gilLab.diagnostics.severity': d.diagnostics.severity, 'gilLab.diagnostics.checkThenActSeverity': d.diagnostics.checkThenActSeverity,
    };
    assert.deepEqual(Object.keys(props).sort(), Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) assert.deepEqual(props[k].default, v, k);
  });
  it('activates lazily and matches its @types/vscode to engines.vscode', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    const types = JSON.parse(readFileSync(join(root, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8')).version;
    assert.equal(pkg.engines.vscode, `^${types}`);
  });
});
