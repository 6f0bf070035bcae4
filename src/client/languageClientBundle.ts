/**
 * The language client proper, bundled on its own as dist/languageClient.js (see esbuild.config.mjs):
 * vscode-languageclient is most of the extension's code (about 430 of 484 KB minified), and nothing
 * in activation needs it, so RaceLanguageClient loads this file only when it starts the client.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { Log } from '../log';
import { SERVER_EXEC_ARGV, type ServerInitOptions } from '../shared/analysis';

/** A client for the race-analysis server (dist/server.js) over IPC; not started yet. */
export function createRaceLanguageClient(serverModule: string, cacheDir: string, log: Log): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ],
    // (Python files changing on disk: threads started in one module on code of another.)
    synchronize: { configurationSection: 'gilLab', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.py') },
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
    outputChannel: log,
    initializationOptions: { uriScheme: vscode.env.uriScheme, cacheDir } satisfies ServerInitOptions,
  };
  return new LanguageClient('gilLab', 'GIL Lab Race Analysis', serverOptions, clientOptions);
}
