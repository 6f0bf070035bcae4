import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateGilLab, fixtureUri, waitFor } from './util';

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
    doc = await vscode.workspace.openTextDocument({ language: 'python', content: Buffer.from(source).toString('utf8') });
    await vscode.window.showTextDocument(doc);
  });

  after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('puts run lenses above every top-level function and none above methods', async () => {
    const lenses = await waitFor('lenses', () => lensesOf(doc.uri), (l) => summary(l).length >= 7);
    const s = summary(lenses);
    assert.ok(s.includes('6:▶ Serial vs threaded'), s.join('\n'));
    assert.ok(s.includes('6:Processes too'), s.join('\n'));
    assert.ok(s.includes('12:$(bug) Race check'), s.join('\n'));
    assert.ok(s.some((x) => x.startsWith('18:$(symbol-parameter) Arguments (2 needed)')), s.join('\n'));
    assert.ok(!s.some((x) => x.startsWith('23:')), `a method got a lens: ${s.join('\n')}`);
    const run = lenses.find((l) => l.command?.title === '▶ Serial vs threaded');
    assert.deepEqual(run!.command!.arguments, [{ uri: doc.uri.toString(), functionName: 'cpu_bound' }]);
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
