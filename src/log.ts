import * as vscode from 'vscode';

/** The one "GIL Lab" output channel every part logs to. Its level follows the user's "Set Log Level". */
export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('GIL Lab', { log: true });
}
