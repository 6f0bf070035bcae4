import * as vscode from 'vscode';
import type { FunctionInfo } from '../shared/analysis';
import { targetName } from '../lenses/lensTitles';

/** Strings remembered in workspace state per file and name (a function or a class), with a change event. */
class RememberedPerName implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly prefix: string,
  ) {}

  get(file: string, name: string): string | undefined {
    return this.state.get<string>(`${this.prefix}:${file}::${name}`);
  }

  protected async set(file: string, name: string, value: string): Promise<void> {
    if (this.get(file, name) === value) return;
    await this.state.update(`${this.prefix}:${file}::${name}`, value);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Argument expressions for functions that need them, remembered per file and function in workspace state. */
export class ArgumentStore extends RememberedPerName {
  constructor(state: vscode.Memento) {
    super(state, 'gilLab.args');
  }

  /** Asks for a Python expression giving the call's arguments; `undefined` when the user cancels. */
  async ask(file: string, fn: FunctionInfo): Promise<string | undefined> {
    const name = targetName(fn);
    const previous = this.get(file, name);
    const value = await vscode.window.showInputBox({
      title: `Arguments for ${name}()`,
      prompt: `${name} needs ${fn.requiredParams} argument${fn.requiredParams === 1 ? '' : 's'}. Type what goes between the call's parentheses, evaluated in the function's module, e.g. 10**6 or data, 4. Threads share the objects it makes (once per repeat); each worker process gets its own copy.`,
      value: previous ?? '',
      placeHolder: 'e.g. 10**6',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'Type an expression, e.g. 10**6'),
    });
    if (value === undefined) return undefined;
    await this.set(file, name, value.trim());
    return value.trim();
  }
}

/** Constructor expressions for instance methods, remembered per file and class ("Ledger(100)"). */
export class InstanceStore extends RememberedPerName {
  constructor(state: vscode.Memento) {
    super(state, 'gilLab.instance');
  }

  /** Asks for an expression that makes an object of the class; `undefined` when the user cancels. */
  async ask(file: string, cls: string, params?: number): Promise<string | undefined> {
    const needs = params ? `${cls}() needs ${params} argument${params === 1 ? '' : 's'}. ` : '';
    const value = await vscode.window.showInputBox({
      title: `Instance of ${cls}`,
      prompt: `${needs}Type an expression that makes a ${cls}, evaluated in its module, e.g. ${cls}(100). Threads share the one object it makes (once per repeat); each worker process gets its own pickled copy.`,
      value: this.get(file, cls) ?? `${cls}()`,
      placeHolder: `e.g. ${cls}(100)`,
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : `Type an expression, e.g. ${cls}()`),
    });
    if (value === undefined) return undefined;
    await this.set(file, cls, value.trim());
    return value.trim();
  }
}

/** The state a race check counted, remembered per file and function ("self.balance"). */
export class StateStore extends RememberedPerName {
  constructor(state: vscode.Memento) {
    super(state, 'gilLab.state');
  }

  remember(file: string, fn: string, state: string): Promise<void> {
    return this.set(file, fn, state);
  }
}
