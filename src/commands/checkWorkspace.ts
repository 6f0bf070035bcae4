import * as vscode from 'vscode';
import type { Log } from '../log';

/**
 * Runs `gil-lab check` over every workspace folder as a task, the same way CI would, with the
 * `$gil-lab` problem matcher feeding the Problems panel. Launched as a process, never a shell string.
 */
export async function checkWorkspace(log: Log): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('GIL Lab: open a folder to check it.');
    return;
  }
  const cli = vscode.Uri.joinPath(vscode.extensions.getExtension('gil-lab.gil-lab')!.extensionUri, 'dist', 'cli.js').fsPath;
  for (const folder of folders) {
    const execution = new vscode.ProcessExecution(process.execPath, [cli, 'check', '.'], {
      cwd: folder.uri.fsPath,
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
    const task = new vscode.Task({ type: 'gil-lab', command: 'check' }, folder, 'check', 'GIL Lab', execution, '$gil-lab');
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    log.info(`Checking ${folder.uri.fsPath} for unlocked shared state`);
    await vscode.tasks.executeTask(task);
  }
}
