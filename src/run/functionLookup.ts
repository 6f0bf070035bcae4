import * as vscode from 'vscode';
import type { RaceLanguageClient } from '../client/languageClient';
import type { FunctionInfo } from '../shared/analysis';
import { isTimeable, targetName } from '../lenses/lensTitles';

/** Finds a function ("f") or method ("Class.method") by name in the live document (never by a stale position). */
export async function findFunction(client: RaceLanguageClient, document: vscode.TextDocument, name: string): Promise<FunctionInfo | undefined> {
  const answer = await client.functions(document);
  return answer?.functions.find((f) => targetName(f) === name && isTimeable(f));
}

/** The timeable function or method at the cursor (the innermost), or one the user picks from the file's. */
export async function functionAtCursor(client: RaceLanguageClient, editor: vscode.TextEditor): Promise<FunctionInfo | undefined> {
  const answer = await client.functions(editor.document);
  const timeable = (answer?.functions ?? []).filter(isTimeable);
  const pos = editor.selection.active;
  const here = timeable.filter((f) => f.range.start.line <= pos.line && pos.line <= f.range.end.line).pop();
  if (here) return here;
  if (timeable.length === 0) {
    void vscode.window.showWarningMessage('GIL Lab: this file has no top-level function or method of a module-level class to time.');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    timeable.map((f) => ({ label: targetName(f), description: `line ${f.range.start.line + 1}`, fn: f })),
    { placeHolder: 'Which function or method should GIL Lab time?' },
  );
  return pick?.fn;
}
