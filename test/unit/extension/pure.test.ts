import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toArgsTuple } from '../../../src/run/args';
import { lensesFor, isTimeable } from '../../../src/lenses/lensTitles';
import { explainInterpreter } from '../../../src/interpreter/explain';
import { COMMANDS } from '../../../src/shared/commands';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { FunctionInfo } from '../../../src/shared/analysis';
import type { InterpreterFacts } from '../../../src/shared/harnessProtocol';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } };
function fn(over: Partial<FunctionInfo> = {}): FunctionInfo {
  return { name: 'cpu_bound', qualifiedName: 'cpu_bound', kind: 'function', nameRange: range, range, requiredParams: 0, isAsync: false, writesGlobals: [], hasRaceFinding: false, ...over };
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
  it('gives methods, nested and async functions no lens, and follows the settings', () => {
    assert.equal(isTimeable(fn({ kind: 'method' })), false);
    assert.equal(isTimeable(fn({ kind: 'nested' })), false);
    assert.equal(isTimeable(fn({ isAsync: true })), false);
    assert.deepEqual(lensesFor(fn(), { ...DEFAULT_SETTINGS, lens: { ...DEFAULT_SETTINGS.lens, enable: false } }, true), []);
    assert.deepEqual(lensesFor(fn(), { ...DEFAULT_SETTINGS, lens: { ...DEFAULT_SETTINGS.lens, processes: false } }, true).map((l) => l.kind), ['run']);
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
