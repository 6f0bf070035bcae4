import * as vscode from 'vscode';
import type { FunctionInfo } from '../shared/analysis';

/** Argument expressions for functions that need them, remembered per file and function in workspace state. */
export class ArgumentStore {
  constructor(private readonly state: vscode.Memento) {}

  private key(file: string, fn: string): string {
    return `gilLab.args:${file}::${fn}`;
  }

  get(file: string, fn: string): string | undefined {
    return this.state.get<string>(this.key(file, fn));
  }

  /** Asks for a Python expression giving the call's arguments; `undefined` when the user cancels. */
  async ask(file: string, fn: FunctionInfo): Promise<string | undefined> {
    const previous = this.get(file, fn.name);
    const value = await vscode.window.showInputBox({
      title: `Arguments for ${fn.name}()`,
      prompt: `${fn.name} needs ${fn.requiredParams} argument${fn.requiredParams === 1 ? '' : 's'}. Type what goes between the call's parentheses, evaluated in the function's module, e.g. 10**6 or data, 4. Every call in every mode gets the same arguments.`,
      value: previous ?? '',
      placeHolder: 'e.g. 10**6',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'Type an expression, e.g. 10**6'),
    });
    if (value === undefined) return undefined;
    await this.state.update(this.key(file, fn.name), value.trim());
    return value.trim();
  }
}
