import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { Log } from '../log';
import { FUNCTIONS_REQUEST, type FunctionsParams, type FunctionsResult, type ServerInitOptions } from '../shared/analysis';

/**
 * Starts the race-analysis language server (dist/server.js) over IPC. The server reads the
 * "gilLab" settings per resource through workspace/configuration, so nothing is pushed here.
 */
export class RaceLanguageClient implements vscode.Disposable {
  private readonly client: LanguageClient;
  private started: Promise<void> | undefined;

  constructor(context: vscode.ExtensionContext, log: Log) {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'python' },
        { scheme: 'untitled', language: 'python' },
      ],
      synchronize: { configurationSection: 'gilLab' },
      diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
      outputChannel: log,
      initializationOptions: { uriScheme: vscode.env.uriScheme } satisfies ServerInitOptions,
    };
    this.client = new LanguageClient('gilLab', 'GIL Lab Race Analysis', serverOptions, clientOptions);
  }

  start(): Promise<void> {
    this.started ??= this.client.start();
    return this.started;
  }

  /** The functions of a document as the server parsed them (last good list while it has a syntax error). */
  async functions(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<FunctionsResult | undefined> {
    await this.start();
    const params: FunctionsParams = { uri: this.client.code2ProtocolConverter.asUri(document.uri) };
    return this.client.sendRequest<FunctionsResult>(FUNCTIONS_REQUEST, params, token);
  }

  dispose(): void {
    void this.client.stop();
  }
}
