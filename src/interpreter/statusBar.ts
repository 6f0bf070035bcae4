import * as vscode from 'vscode';
import { COMMANDS } from '../shared/commands';
import { describeFacts, type InterpreterService } from './discovery';

/** "Python 3.13.5t · GIL off" in the status bar while a Python file is active; a click explains it. */
export class InterpreterStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gilLab.interpreter', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private generation = 0;

  constructor(private readonly interpreters: InterpreterService) {
    this.item.name = 'GIL Lab Interpreter';
    this.item.command = COMMANDS.showInterpreter;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      interpreters.onDidChange(() => this.refresh()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') {
      this.item.hide();
      return;
    }
    if (!vscode.workspace.isTrusted) {
      this.item.text = '$(shield) GIL Lab';
      this.item.tooltip = 'GIL Lab runs no Python in an untrusted workspace. Trust the workspace to measure.';
      this.item.show();
      return;
    }
    const generation = ++this.generation;
    this.item.text = '$(loading~spin) GIL Lab';
    this.item.tooltip = 'Looking for a Python interpreter…';
    this.item.show();
    this.interpreters.resolve(editor.document.uri).then(
      (chosen) => {
        if (generation !== this.generation) return;
        const f = chosen.facts;
        this.item.text = `$(pulse) ${f.version}${f.freeThreaded ? 't' : ''} · GIL ${f.gilEnabled ? 'on' : 'off'}`;
        const tip = new vscode.MarkdownString(
          `**GIL Lab measures with**\n\n\`${chosen.path}\` (from ${chosen.source})\n\n${describeFacts(f)}, switch interval ${(f.switchIntervalSeconds * 1000).toFixed(1)} ms, start method \`${f.startMethod}\`\n\nClick for what this means.`,
        );
        this.item.tooltip = tip;
        this.item.backgroundColor = undefined;
      },
      (err: Error) => {
        if (generation !== this.generation) return;
        this.item.text = '$(warning) GIL Lab: no Python';
        this.item.tooltip = err.message;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      },
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
