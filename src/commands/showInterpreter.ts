import * as vscode from 'vscode';
import type { InterpreterService } from '../interpreter/discovery';
import { explainInterpreter } from '../interpreter/explain';

/** The status bar's click: what the interpreter is and what its GIL state means for threads. */
export async function showInterpreter(interpreters: InterpreterService): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  try {
    const chosen = await interpreters.resolve(uri);
    const { title, detail } = explainInterpreter(chosen.facts, chosen.path, chosen.source);
    const choice = await vscode.window.showInformationMessage(title, { modal: true, detail }, 'Open Walkthrough', 'Use Another Interpreter');
    if (choice === 'Open Walkthrough') await vscode.commands.executeCommand('gilLab.openWalkthrough');
    if (choice === 'Use Another Interpreter') await vscode.commands.executeCommand('workbench.action.openSettings', 'gilLab.pythonPath');
  } catch (err) {
    const choice = await vscode.window.showErrorMessage((err as Error).message, 'Set gilLab.pythonPath');
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'gilLab.pythonPath');
  }
}
