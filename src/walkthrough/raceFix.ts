import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../shared/analysis';

/** Waits until GIL Lab's diagnostics for a document arrive (never a fixed sleep). */
export async function waitForRaceDiagnostics(uri: vscode.Uri, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours().length > 0) return ours();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(ours());
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ours().length > 0) {
        clearTimeout(timer);
        sub.dispose();
        resolve(ours());
      }
    });
  });
}

/** Shows the first race diagnostic of the editor's file in the Problems panel and applies its quick fix. */
export async function applyFirstRaceFix(editor: vscode.TextEditor): Promise<boolean> {
  const diagnostics = await waitForRaceDiagnostics(editor.document.uri);
  const first = diagnostics[0];
  if (!first) {
    void vscode.window.showInformationMessage('GIL Lab finds no unlocked shared state in this file.');
    return false;
  }
  editor.selection = new vscode.Selection(first.range.start, first.range.end);
  editor.revealRange(first.range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, first.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  const fix = actions.find((a) => a.diagnostics?.some((d) => d.source === DIAGNOSTIC_SOURCE) && a.edit) ?? actions.find((a) => a.edit && /lock/i.test(a.title));
  if (!fix?.edit) {
    void vscode.window.showWarningMessage('GIL Lab found the race but no quick fix for it.');
    return false;
  }
  await vscode.workspace.applyEdit(fix.edit);
  await editor.document.save();
  void vscode.window.showInformationMessage(`GIL Lab applied: ${fix.title}`);
  return true;
}
