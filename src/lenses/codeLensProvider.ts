import * as vscode from 'vscode';
import { readSettings } from '../config';
import type { RaceLanguageClient } from '../client/languageClient';
import type { InterpreterService } from '../interpreter/discovery';
import { COMMANDS, type RunTarget } from '../shared/commands';
import type { FunctionInfo } from '../shared/analysis';
import { lensesFor, targetName, type LensKind, type Remembered } from './lensTitles';

const COMMAND_FOR: Record<LensKind, string> = {
  run: COMMANDS.runSerialVsThreaded,
  processes: COMMANDS.runWithProcesses,
  race: COMMANDS.runRaceCheck,
  args: COMMANDS.setArguments,
  instance: COMMANDS.setInstance,
  untrusted: 'workbench.trust.manage',
};

/**
 * Lenses above timeable Python functions, from the language server's tree-sitter parse of the live
 * document. While the file does not parse, the server answers with the last good list, so lenses do
 * not flicker; a click carries the function's name, never its position, and the run looks it up again.
 */
export class GilLabCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly client: RaceLanguageClient,
    private readonly interpreters: InterpreterService,
    /** What the user gave before for a function (file path): shown on the Instance lens, and keeps the Race check lens. */
    private readonly remembered: { remembered(file: string, fn: FunctionInfo): Remembered; onDidChangeRemembered: vscode.Event<void> },
  ) {
    this.disposables.push(
      remembered.onDidChangeRemembered(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('gilLab.lens') && this.changed.fire()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
      interpreters.onDidChange(() => this.changed.fire()),
      client.onDidStart(() => this.changed.fire()),
    );
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const settings = readSettings(document.uri);
    if (!settings.lens.enable) return [];
    const answer = await this.client.functions(document, token);
    if (!answer || token.isCancellationRequested) return [];
    const trusted = vscode.workspace.isTrusted;
    const tooltip = trusted ? await this.runTooltip(document.uri) : 'Trust this workspace to let GIL Lab run its Python.';
    const lenses: vscode.CodeLens[] = [];
    for (const fn of answer.functions) {
      const range = toRange(fn.nameRange);
      const name = targetName(fn);
      const remembered = this.remembered.remembered(document.uri.fsPath, fn);
      for (const spec of lensesFor(fn, settings, trusted, remembered)) {
        const target: RunTarget = { uri: document.uri.toString(), functionName: name };
        lenses.push(
          new vscode.CodeLens(range, {
            title: spec.title,
            command: COMMAND_FOR[spec.kind],
            arguments: spec.kind === 'untrusted' ? [] : [target],
            tooltip: lensTooltip(spec.kind, tooltip, fn, remembered),
          }),
        );
      }
    }
    return lenses;
  }

  private async runTooltip(uri: vscode.Uri): Promise<string> {
    try {
      const chosen = await this.interpreters.resolve(uri);
      return `Runs with ${chosen.path} (Python ${chosen.facts.version}${chosen.facts.freeThreaded ? ', free-threaded' : ''}, GIL ${chosen.facts.gilEnabled ? 'on' : 'off'})`;
    } catch (err) {
      return `No usable Python interpreter: ${(err as Error).message}`;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function lensTooltip(kind: LensKind, runTooltip: string, fn: FunctionInfo, remembered: Remembered): string {
  const name = targetName(fn);
  const counted = fn.writesState.length ? fn.writesState : fn.writesGlobals.length ? fn.writesGlobals : remembered.state ? [remembered.state] : [];
  if (kind === 'race') return `${runTooltip}\nRuns ${name} in threads and counts lost updates to ${counted.join(', ') || 'the state you pick'}.`;
  if (kind === 'instance') return `The object ${name}() is called on, made once per repeat and shared by every thread; each worker process gets its own pickled copy. Click to change it.`;
  if (fn.binding === 'instance' && (kind === 'run' || kind === 'processes')) return `${runTooltip}\nCalled on ${remembered.instance ?? `${fn.qualifiedName.split('.')[0]}()`}.`;
  return runTooltip;
}

function toRange(r: FunctionInfo['nameRange']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
