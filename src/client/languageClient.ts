import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Log } from '../log';
import { FUNCTIONS_REQUEST, WARMED_UP_NOTIFICATION, type FunctionsParams, type FunctionsResult, type WarmedUpParams } from '../shared/analysis';

type ClientBundle = typeof import('./languageClientBundle');

/** How long functions() waits for the server to see a document that is open in the editor. */
const NOT_OPEN_RETRIES = 20;
const NOT_OPEN_RETRY_MS = 100;

/**
 * The race-analysis language server (dist/server.js) as the rest of the extension sees it. The
 * server reads the "gilLab" settings per resource through workspace/configuration, so nothing is
 * pushed here. The language client library is a separate bundle (dist/languageClient.js), loaded
 * by start() after activation has returned, so activation does not wait for it.
 */
export class RaceLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private started: Promise<void> | undefined;
  private disposed = false;
  private readonly startedEmitter = new vscode.EventEmitter<void>();
  /** Fires once the server answers: what was asked before then (lenses) may be worth asking again. */
  readonly onDidStart = this.startedEmitter.event;
  private readonly warmedUpEmitter = new vscode.EventEmitter<WarmedUpParams>();
  /** The server's warm-up, when it ran one (it does while no Python document is open). */
  warmedUp: WarmedUpParams | undefined;
  readonly onDidWarmUp = this.warmedUpEmitter.event;

  /**
   * Where the server keeps analyses between sessions (src/server/analysisCache.ts). Global storage:
   * a file analysed in one workspace is the same text, with the same result, in another.
   */
  readonly cacheDir: string;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: Log,
  ) {
    this.cacheDir = vscode.Uri.joinPath(context.globalStorageUri, 'analysis-cache').fsPath;
  }

  start(): Promise<void> {
    this.started ??= this.load()
      .then((client) => client.start())
      .then(() => this.startedEmitter.fire());
    return this.started;
  }

  private async load(): Promise<LanguageClient> {
    // Yield first: activate() calls start() and returns before the bundle is read.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.disposed) throw new Error('GIL Lab was deactivated before its language client started');
    // A path esbuild cannot follow, so the bundle stays a file of its own (dist/ holds both).
    const bundle = require(path.join(__dirname, 'languageClient.js')) as ClientBundle;
    const serverModule = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'server.js').fsPath;
    this.client = bundle.createRaceLanguageClient(serverModule, this.cacheDir, this.log);
    this.client.onNotification(WARMED_UP_NOTIFICATION, (params: WarmedUpParams) => {
      this.warmedUp = params;
      this.log.info(`The race analysis warmed up before any Python file opened: ${params.rounds} rounds in ${params.ms.toFixed(0)} ms.`);
      this.warmedUpEmitter.fire(params);
    });
    return this.client;
  }

  /** The functions of a document as the server parsed them (last good list while it has a syntax error). */
  async functions(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<FunctionsResult | undefined> {
    await this.start();
    const client = this.client!;
    const params: FunctionsParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    // A request can overtake the document's didOpen while the client is starting; the server then
    // answers "not open" (no version, no syntax error), and an empty list would stand until the next
    // edit. Ask again for a moment before taking that answer.
    for (let attempt = 0; ; attempt++) {
      const answer = await client.sendRequest<FunctionsResult>(FUNCTIONS_REQUEST, params, token);
      const notOpen = answer && answer.version === null && !answer.hasSyntaxError;
      if (!notOpen || attempt >= NOT_OPEN_RETRIES || token?.isCancellationRequested) return answer;
      await new Promise((resolve) => setTimeout(resolve, NOT_OPEN_RETRY_MS));
    }
  }

  dispose(): void {
    this.disposed = true;
    this.startedEmitter.dispose();
    this.warmedUpEmitter.dispose();
    void this.client?.stop();
  }
}
