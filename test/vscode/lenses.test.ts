import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateGilLab, closeScratch, fixtureUri, openScratch, waitFor } from './util';

async function lensesOf(uri: vscode.Uri) {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
}
const summary = (lenses: vscode.CodeLens[]) => lenses.filter((l) => l.command?.command.startsWith('gilLab.')).map((l) => `${l.range.start.line}:${l.command!.title}`);

describe('CodeLenses', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;

  before(async () => {
    await activateGilLab();
    // A scratch copy, so edits never touch the fixture.
    const source = await vscode.workspace.fs.readFile(fixtureUri('lesson_example.py'));
    doc = await openScratch(Buffer.from(source).toString('utf8'));
  });

  after(() => closeScratch(doc));

  it('puts run lenses above every top-level function and method', async () => {
    const lenses = await waitFor('lenses', () => lensesOf(doc.uri), (l) => summary(l).length >= 7);
    const s = summary(lenses);
    assert.ok(s.includes('6:▶ Serial vs threaded'), s.join('\n'));
    assert.ok(s.includes('6:Processes too'), s.join('\n'));
    assert.ok(s.includes('12:$(bug) Race check'), s.join('\n'));
    assert.ok(s.some((x) => x.startsWith('18:$(symbol-parameter) Arguments (2 needed)')), s.join('\n'));
    assert.ok(s.includes('23:▶ Serial vs threaded'), `Worker.run got no lens: ${s.join('\n')}`);
    const run = lenses.find((l) => l.command?.title === '▶ Serial vs threaded');
    assert.deepEqual(run!.command!.arguments, [{ uri: doc.uri.toString(), functionName: 'cpu_bound' }]);
    const method = lenses.find((l) => l.command?.title === '▶ Serial vs threaded' && l.range.start.line === 23);
    assert.deepEqual(method!.command!.arguments, [{ uri: doc.uri.toString(), functionName: 'Worker.run' }]);
    assert.match(String(run!.command!.tooltip), /Runs with .*python/i);
  });

  it('moves the lenses with the function when lines are inserted above', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '# one\n# two\n# three\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const lenses = await waitFor('shifted lenses', () => lensesOf(doc.uri), (l) => summary(l).includes('9:▶ Serial vs threaded'));
    assert.ok(summary(lenses).includes('15:$(bug) Race check'));
  });

  it('keeps the last good lenses while the file has a syntax error', async () => {
    const before = summary(await lensesOf(doc.uri));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\ndef broken(:\n    pass\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Give the server the edit, then ask again: the lenses must not vanish.
    await waitFor('document version', () => doc.version, (v) => v > 0);
    const during = summary(await lensesOf(doc.uri));
    assert.deepEqual(during, before);
  });
});

const METHODS = `import threading
from concurrent.futures import ThreadPoolExecutor


class Tally:
    def __init__(self):
        self.total = 0

    def add(self):
        self.total += 1

    @staticmethod
    def helper(n):
        return n * 2

    @classmethod
    def make(cls):
        return cls()

    async def later(self):
        return 1

    class Inner:
        def deep(self):
            return 2


class Account:
    def __init__(self, opening):
        self.balance = opening

    def deposit(self, amount):
        return amount


def factory():
    class Local:
        def hidden(self):
            return 3

    return Local


def main():
    tally = Tally()
    with ThreadPoolExecutor() as pool:
        pool.submit(tally.add)
`;

describe('CodeLenses above methods', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;
  const line = (text: string) => doc.getText().split('\n').findIndex((l) => l.includes(text));
  const at = (lenses: vscode.CodeLens[], text: string) => lenses.filter((l) => l.command?.command.startsWith('gilLab.') && l.range.start.line === line(text)).map((l) => l.command!.title);

  before(async () => {
    await activateGilLab();
    doc = await openScratch(METHODS);
  });

  after(() => closeScratch(doc));

  it('methods of module-level classes get lenses; __init__, async methods, nested classes and classes made in a function do not', async () => {
    const lenses = await waitFor('method lenses', () => lensesOf(doc.uri), (l) => at(l, 'def deposit').length > 0 && at(l, 'def add').length >= 3);
    assert.deepEqual(at(lenses, 'def add'), ['▶ Serial vs threaded', 'Processes too', '$(bug) Race check']);
    assert.deepEqual(at(lenses, 'def helper'), ['▶ Serial vs threaded', 'Processes too', '$(symbol-parameter) Arguments (1 needed)']);
    assert.deepEqual(at(lenses, 'def make'), ['▶ Serial vs threaded', 'Processes too']);
    for (const none of ['def __init__(self):', 'async def later', 'def deep', 'def hidden']) assert.deepEqual(at(lenses, none), [], `${none} got lenses`);
    const add = lenses.find((l) => l.range.start.line === line('def add') && l.command?.title === '$(bug) Race check')!;
    assert.deepEqual(add.command!.arguments, [{ uri: doc.uri.toString(), functionName: 'Tally.add' }]);
    assert.match(String(add.command!.tooltip), /counts lost updates to self\.total/);
    const run = lenses.find((l) => l.range.start.line === line('def add') && l.command?.title === '▶ Serial vs threaded')!;
    assert.match(String(run.command!.tooltip), /Called on Tally\(\)\./);
  });

  it('an Instance lens where the constructor needs arguments; the expression given is remembered for every method of the class', async () => {
    const lenses = await waitFor('the Instance lens', () => lensesOf(doc.uri), (l) => at(l, 'def deposit').length >= 4);
    assert.deepEqual(at(lenses, 'def deposit'), ['▶ Serial vs threaded', 'Processes too', '$(symbol-class) Instance (Account() needs 1 argument)', '$(symbol-parameter) Arguments (1 needed)']);
    assert.ok(!at(lenses, 'def add').some((t) => t.includes('Instance')), 'Tally() needs no expression');
    const instance = lenses.find((l) => l.command?.title.includes('Instance'))!;
    assert.equal(instance.command!.command, 'gilLab.setInstance');
    // The lens's command asks with an input box; accept what it offers (Account()), as a user pressing Enter would.
    const asked = vscode.commands.executeCommand(instance.command!.command, ...(instance.command!.arguments ?? []));
    await new Promise((r) => setTimeout(r, 500));
    await waitFor('the input box accepted', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return Promise.race([asked.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 300))]);
    }, Boolean, 15000);
    const after = await waitFor('the remembered instance', () => lensesOf(doc.uri), (l) => at(l, 'def deposit').includes('$(symbol-class) Instance: Account()'));
    assert.ok(at(after, 'def deposit').includes('$(symbol-class) Instance: Account()'));
  });

  it('keeps each lens on its method after edits above it and inside the class, and follows a renamed class', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '# a\n# b\n');
    edit.insert(doc.uri, new vscode.Position(line('def add'), 0), '    def first(self):\n        return 0\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const lenses = await waitFor('moved lenses', () => lensesOf(doc.uri), (l) => at(l, 'def first').length >= 2 && at(l, 'def add').length >= 3);
    assert.deepEqual(at(lenses, 'def add'), ['▶ Serial vs threaded', 'Processes too', '$(bug) Race check']);
    assert.deepEqual(at(lenses, 'def first'), ['▶ Serial vs threaded', 'Processes too']);
    assert.equal(lenses.filter((l) => l.command?.title === '▶ Serial vs threaded' && l.range.start.line === line('def add')).length, 1);
    const rename = new vscode.WorkspaceEdit();
    const classLine = line('class Tally:');
    rename.replace(doc.uri, new vscode.Range(classLine, 6, classLine, 11), 'Counter');
    assert.ok(await vscode.workspace.applyEdit(rename));
    const renamed = await waitFor('the renamed class', () => lensesOf(doc.uri), (l) =>
      l.some((x) => x.range.start.line === line('def first') && JSON.stringify(x.command?.arguments ?? []).includes('Counter.first')),
    );
    const first = renamed.find((x) => x.range.start.line === line('def first') && x.command?.title === '▶ Serial vs threaded')!;
    assert.deepEqual(first.command!.arguments, [{ uri: doc.uri.toString(), functionName: 'Counter.first' }]);
  });
});
