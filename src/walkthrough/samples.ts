import * as vscode from 'vscode';
import type { Log } from '../log';
import type { InterpreterService } from '../interpreter/discovery';

/**
 * The lesson's samples ship in walkthroughs/samples. A button copies one into a scratch folder the
 * extension owns (global storage), never into the user's workspace, and opens it. An existing copy
 * the learner edited is kept unless they ask for a fresh one.
 */
export class SampleLibrary {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: Log,
  ) {}

  get folder(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.globalStorageUri, 'samples');
  }

  async names(): Promise<string[]> {
    const dir = vscode.Uri.joinPath(this.context.extensionUri, 'walkthroughs', 'samples');
    const entries = await vscode.workspace.fs.readDirectory(dir);
    return entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.py')).map(([name]) => name).sort();
  }

  /** Copies the sample (if not there yet) and returns the copy's URI. */
  async materialize(name: string, fresh = false): Promise<vscode.Uri> {
    if (!/^[\w-]+\.py$/.test(name)) throw new Error(`GIL Lab has no sample called ${JSON.stringify(name)}.`);
    const source = vscode.Uri.joinPath(this.context.extensionUri, 'walkthroughs', 'samples', name);
    const copy = vscode.Uri.joinPath(this.folder, name);
    const exists = await vscode.workspace.fs.stat(copy).then(
      () => true,
      () => false,
    );
    if (!exists || fresh) {
      await vscode.workspace.fs.createDirectory(this.folder);
      await vscode.workspace.fs.copy(source, copy, { overwrite: true });
      this.log.info(`Copied sample ${name} to ${copy.fsPath}`);
    }
    return copy;
  }

  /** Opens a sample; without a name, asks which. */
  async open(name?: string): Promise<vscode.TextEditor | undefined> {
    if (!name) {
      name = await vscode.window.showQuickPick(await this.names(), { placeHolder: 'Which lesson sample should GIL Lab open?' });
      if (!name) return undefined;
    }
    const uri = await this.materialize(name);
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document, { preview: false });
  }

  /**
   * Runs a sample as a script in a terminal whose process is the interpreter itself (no shell, no
   * command string), so what it prints is the learner's own interpreter speaking.
   */
  async runInTerminal(interpreters: InterpreterService, name?: string): Promise<vscode.Terminal | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('GIL Lab runs no Python code in an untrusted workspace.', 'Manage Workspace Trust').then(
        (choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'),
      );
      return undefined;
    }
    const editor = await this.open(name);
    if (!editor) return undefined;
    await editor.document.save();
    const file = editor.document.uri;
    const python = await interpreters.resolve(file);
    const stem = file.path.replace(/^.*\//, '').replace(/\.py$/, '');
    const terminal = vscode.window.createTerminal({
      name: `GIL Lab: ${stem}.py`,
      shellPath: python.path,
      shellArgs: ['-u', file.fsPath],
      cwd: vscode.Uri.joinPath(file, '..'),
      iconPath: new vscode.ThemeIcon('beaker'),
    });
    terminal.show(true);
    this.log.info(`Running ${file.fsPath} with ${python.path} in a terminal`);
    await vscode.commands.executeCommand('setContext', `gilLab.ranSample.${stem}`, true);
    return terminal;
  }
}
