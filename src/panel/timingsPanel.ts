import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { Log } from '../log';
import type { HarnessEvent } from '../shared/harnessProtocol';
import type { EngineOutcome } from '../shared/results';
import type { RunTarget } from '../shared/commands';
import { parseWebviewMessage, type PanelState, type RunKind, type RunRecord, type WebviewToHost } from '../shared/panelMessages';
import { openWalkthrough } from '../walkthrough/openStep';
import { toCsv, toMarkdown } from '../measure/format';

export const VIEW_TYPE = 'gilLab.timings';
const STATE_KEY = 'gilLab.timings.state';
const MAX_HISTORY = 30;

/** What the run controller calls as a run goes. */
export interface RunView {
  begin(run: { kind: RunKind; file: string; functionName: string; interpreters: string[] }): string;
  event(id: string, event: HarnessEvent, interpreterIndex: number): void;
  finish(id: string, outcomes: EngineOutcome[]): void;
  cancelled(id: string): void;
}

/**
 * The "GIL Lab: Timings" panel. The host keeps the state (this session's runs) and re-sends it
 * whenever the webview says it is ready, so hiding the panel loses nothing and no
 * retainContextWhenHidden is needed; the serializer restores it after a window reload.
 */
export class TimingsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private state: PanelState;
  private readonly rerun = new vscode.EventEmitter<{ kind: RunKind; target: RunTarget }>();
  private readonly cancel = new vscode.EventEmitter<void>();
  readonly onDidRequestRerun = this.rerun.event;
  readonly onDidRequestCancel = this.cancel.event;
  private postTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  /** For tests: every message the webview sent, validated. */
  readonly received: WebviewToHost[] = [];
  /**
   * For tests: set to an array to record every state posted to the webview (a copy as sent, and whether
   * the webview took it). Undefined, as in normal use, it costs nothing.
   */
  postedForTests: { state: PanelState; delivered?: boolean }[] | undefined;

  static register(context: vscode.ExtensionContext, log: Log): TimingsPanel {
    const panel = new TimingsPanel(context, log);
    context.subscriptions.push(
      panel,
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (restored) => panel.attach(restored),
      }),
    );
    return panel;
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: Log,
  ) {
    this.state = context.workspaceState.get<PanelState>(STATE_KEY) ?? { runs: [] };
    // A run that was going when the window closed did not finish.
    for (const run of this.state.runs) if (run.status === 'running') run.status = 'cancelled';
  }

  get snapshot(): PanelState {
    return this.state;
  }

  get isVisible(): boolean {
    return this.panel?.visible ?? false;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'GIL Lab: Timings', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
    this.attach(panel);
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist'), vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
    panel.webview.options = this.webviewOptions();
    panel.webview.html = this.html(panel.webview);
    panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw));
    panel.onDidDispose(() => (this.panel = undefined));
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'panel.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource} data:; font-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>GIL Lab: Timings</title>
</head>
<body>
<div id="root"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.log.warn(`Ignored an unexpected message from the timings panel: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    this.received.push(message);
    const run = 'id' in message ? this.state.runs.find((r) => r.id === message.id) : undefined;
    switch (message.type) {
      case 'ready':
        this.post(true);
        break;
      case 'select':
        if (run) {
          this.state.selectedId = run.id;
          this.post(true);
        }
        break;
      case 'rerun':
        if (run) this.rerun.fire({ kind: run.kind, target: { uri: vscode.Uri.file(run.file).toString(), functionName: run.functionName } });
        break;
      case 'cancel':
        this.cancel.fire();
        break;
      case 'copyMarkdown':
        if (run) {
          await vscode.env.clipboard.writeText(run.results.filter((r) => !!r).map((r) => toMarkdown(r!)).join('\n'));
          void vscode.window.showInformationMessage('GIL Lab: copied the results as Markdown.');
        }
        break;
      case 'export':
        if (run) await this.exportRun(run, message.format);
        break;
      case 'openLocation': {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(message.file));
        const line = Math.min(message.line - 1, document.lineCount - 1);
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 0, line, 0) });
        break;
      }
      case 'openStep':
        await openWalkthrough(message.step);
        break;
    }
  }

  private async exportRun(run: RunRecord, format: 'json' | 'csv' | 'markdown'): Promise<void> {
    const results = run.results.filter((r) => !!r);
    const ext = format === 'markdown' ? 'md' : format;
    const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(run.file);
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(base, `gil-lab-${run.functionName}.${ext}`),
      filters: { [format.toUpperCase()]: [ext] },
      saveLabel: 'Export',
    });
    if (!target) return;
    const text = format === 'json' ? JSON.stringify(results.length === 1 ? results[0] : results, null, 2) : format === 'csv' ? results.map((r) => toCsv(r!)).join('\n') : results.map((r) => toMarkdown(r!)).join('\n');
    await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
    this.log.info(`Exported run ${run.id} to ${target.fsPath}`);
  }

  /** Sends the state; streaming updates are coalesced to a few per second. */
  private post(now = false): void {
    void this.context.workspaceState.update(STATE_KEY, this.state);
    if (!this.panel) return;
    const send = () => {
      this.postTimer = undefined;
      const sent = this.panel?.webview.postMessage({ type: 'state', state: this.state });
      if (this.postedForTests && sent) {
        const record: { state: PanelState; delivered?: boolean } = { state: structuredClone(this.state) };
        this.postedForTests.push(record);
        sent.then((ok) => (record.delivered = ok), () => (record.delivered = false));
      }
    };
    if (now) {
      clearTimeout(this.postTimer);
      send();
    } else this.postTimer ??= setTimeout(send, 100);
  }

  /**
   * For tests: asks the webview to send `message` back to the host as if its user had done it, so a test
   * drives the real channel (and the host's validation) without a mouse. Resolves to whether the webview took it.
   */
  echoFromWebviewForTests(message: unknown): Thenable<boolean> {
    return this.panel?.webview.postMessage({ type: 'echoForTests', message }) ?? Promise.resolve(false);
  }

  readonly runView: RunView = {
    begin: (run) => {
      const id = `${Date.now().toString(36)}-${this.nextId++}`;
      this.state.runs.push({ id, ...run, startedAt: Date.now(), status: 'running', live: run.interpreters.map(() => ({ samples: [] })), results: [] });
      if (this.state.runs.length > MAX_HISTORY) this.state.runs.splice(0, this.state.runs.length - MAX_HISTORY);
      this.state.selectedId = id;
      this.show();
      this.post(true);
      return id;
    },
    event: (id, event, index) => {
      const run = this.state.runs.find((r) => r.id === id);
      if (!run) return;
      const live = run.live[index];
      if (event.type === 'hello' && live) live.facts = event.interpreter;
      if (event.type === 'sample' && live) live.samples.push(event.sample);
      if (event.type === 'progress') run.progress = `${event.message ?? (event.mode ? `${event.mode}, repeat ${(event.repeat ?? 0) + 1} of ${event.of}` : event.phase)}${run.interpreters.length > 1 ? ` (${index + 1} of ${run.interpreters.length})` : ''}`;
      this.post();
    },
    finish: (id, outcomes) => {
      const run = this.state.runs.find((r) => r.id === id);
      if (!run) return;
      run.results = outcomes.map((o) => (o.ok ? o.result : undefined));
      const failed = outcomes.find((o) => !o.ok);
      run.error = failed && !failed.ok ? failed.error : undefined;
      run.status = run.error ? 'error' : 'done';
      run.live = run.live.map(() => ({ samples: [] })); // the results hold the samples now
      this.post(true);
    },
    cancelled: (id) => {
      const run = this.state.runs.find((r) => r.id === id);
      if (!run) return;
      run.status = 'cancelled';
      this.post(true);
    },
  };

  dispose(): void {
    clearTimeout(this.postTimer);
    this.rerun.dispose();
    this.cancel.dispose();
    this.panel?.dispose();
  }
}
