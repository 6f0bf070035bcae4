import * as vscode from 'vscode';
import type { FunctionInfo } from '../shared/analysis';
import { targetName } from '../lenses/lensTitles';

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
    await this.state.update(this.key(file, name), value.trim());
    return value.trim();
  }
}

/** Constructor expressions for instance methods, remembered per file and class ("Ledger(100)"). */
export class InstanceStore {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  private key(file: string, cls: string): string {
    return `gilLab.instance:${file}::${cls}`;
  }

  get(file: string, cls: string): string | undefined {
    return this.state.get<string>(this.key(file, cls));
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
    await this.state.update(this.key(file, cls), value.trim());
    this.changed.fire();
    return value.trim();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The state a race check counted, remembered per file and function ("self.balance"). */
export class StateStore {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  private key(file: string, fn: string): string {
    return `gilLab.state:${file}::${fn}`;
  }

  get(file: string, fn: string): string | undefined {
    return this.state.get<string>(this.key(file, fn));
  }

  async remember(file: string, fn: string, state: string): Promise<void> {
    if (this.get(file, fn) === state) return;
    await this.state.update(this.key(file, fn), state);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
