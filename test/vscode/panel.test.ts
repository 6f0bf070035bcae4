/**
 * The timings panel's message protocol, in the real extension host with the real webview: the host keeps
 * the state and sends it whole when the webview reports ready (again after a reload and to a panel created
 * again), rejects malformed messages without effect, and does what history, re-run, export, copy, open and
 * cancel messages say.
 *
 * Messages "from the webview" go through the real channel: TimingsPanel.echoFromWebviewForTests asks the
 * webview script to post them back, so they arrive exactly as a click's would. What the host posts is
 * recorded by TimingsPanel.postedForTests.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GilLabApi } from '../../src/extension';
import type { PanelState } from '../../src/shared/panelMessages';
import type { MeasureResult } from '../../src/shared/results';
import { activateGilLab, fixtureUri, waitFor } from './util';

const FIXTURE = 'panel_protocol_fixture.py';
const SOURCE = `import time


def tiny():
    return sum(range(2000))


def other():
    return len(str(2 ** 500))


def forever():
    while True:
        time.sleep(0.01)
`;

const json = (v: unknown) => JSON.stringify(v);
const target = (functionName: string) => ({ uri: fixtureUri(FIXTURE).toString(), functionName });

describe('timings panel protocol', function () {
  // Runs start real Python processes on a busy machine: generous limits, never fixed sleeps.
  this.timeout(180000);
  let api: GilLabApi;
  let posted: NonNullable<GilLabApi['panel']['postedForTests']>;
  const readies = () => api.panel.received.filter((m) => m.type === 'ready').length;
  const state = (): PanelState => api.panel.snapshot;
  const runsOf = (fn: string) => state().runs.filter((r) => r.functionName === fn);

  /** Waits for a state posted after index `from` that the webview took and that equals the host's state. */
  async function waitForPostedState(what: string, from: number, ok: (s: PanelState) => boolean = () => true) {
    return waitFor(
      what,
      () => posted.slice(from).filter((p) => p.delivered === true && ok(p.state)),
      (found) => found.some((p) => json(p.state) === json(state())),
      60000,
    );
  }

  /** Sends `message` through the webview as if its user had done it; resolves once the host has read it. */
  async function fromWebview(message: unknown): Promise<void> {
    assert.equal(await api.panel.echoFromWebviewForTests(message), true, 'the webview took the message');
  }

  /**
   * Sends messages, then a harmless valid sentinel (a select of no run); messages arrive in order, so once
   * the host has the sentinel it has read every message before it.
   */
  async function fromWebviewThenSync(...messages: unknown[]): Promise<void> {
    const sentinel = { type: 'select', id: `sentinel-${Math.random().toString(36).slice(2)}` };
    for (const m of messages) await fromWebview(m);
    await fromWebview(sentinel);
    await waitFor('the sentinel message at the host', () => json(api.panel.received.at(-1)), (last) => last === json(sentinel), 30000);
  }

  const webviewTabs = () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('gilLab.timings'));

  before(async () => {
    api = (await activateGilLab()) as GilLabApi;
    posted = api.panel.postedForTests = [];
    await vscode.workspace.fs.writeFile(fixtureUri(FIXTURE), Buffer.from(SOURCE, 'utf8'));
    const config = vscode.workspace.getConfiguration('gilLab');
    await config.update('repeats', 1, vscode.ConfigurationTarget.Workspace);
    await config.update('workers', 2, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    api.panel.postedForTests = undefined;
    for (const tab of webviewTabs()) await vscode.window.tabGroups.close(tab);
    const config = vscode.workspace.getConfiguration('gilLab');
    await config.update('repeats', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('workers', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixtureUri(FIXTURE)).then(undefined, () => undefined);
  });

  it('opens on a measurement and sends the whole state once the webview reports ready', async () => {
    const readyBefore = readies();
    const from = posted.length;
    await vscode.commands.executeCommand('gilLab.runSerialVsThreaded', target('tiny'));
    const run = runsOf('tiny').at(-1);
    assert.ok(run, `a run of tiny() in the state: ${json(state().runs.map((r) => r.functionName))}`);
    assert.equal(run.status, 'done', json(run.error));
    assert.equal(run.kind, 'threads');
    assert.equal(state().selectedId, run.id, 'the new run is the selected one');
    assert.equal(webviewTabs().length, 1, 'one "GIL Lab: Timings" panel');
    await waitFor('the webview to report ready', readies, (n) => n > readyBefore, 60000);
    await waitForPostedState('the finished run posted to the webview', from, (s) => s.runs.some((r) => r.id === run.id && r.status === 'done'));
    const result = run.results[0] as MeasureResult;
    assert.equal(result.kind, 'measure');
    assert.deepEqual(Object.keys(result.modes).sort(), ['serial', 'threads']);
  });

  it('sends the state again when the webview reloads', async () => {
    const readyBefore = readies();
    const from = posted.length;
    await vscode.commands.executeCommand('workbench.action.webview.reloadWebviewAction');
    await waitFor('ready from the reloaded webview', readies, (n) => n > readyBefore, 60000);
    await waitForPostedState('the state re-sent after the reload', from, (s) => s.runs.length > 0);
  });

  it('sends the whole state to a panel created again after it was closed', async () => {
    const runsBefore = json(state().runs);
    for (const tab of webviewTabs()) assert.ok(await vscode.window.tabGroups.close(tab));
    await waitFor('the panel closed', () => webviewTabs().length, (n) => n === 0);
    assert.equal(api.panel.isVisible, false);
    const readyBefore = readies();
    const from = posted.length;
    await vscode.commands.executeCommand('gilLab.showTimings');
    await waitFor('the new panel', () => webviewTabs().length, (n) => n === 1);
    await waitFor('ready from the new webview', readies, (n) => n > readyBefore, 60000);
    await waitForPostedState('the state sent to the new panel', from);
    assert.equal(json(state().runs), runsBefore, 'closing the panel lost nothing');
  });

  it('rejects malformed messages without effect', async () => {
    const run = runsOf('tiny').at(-1)!;
    const before = json(state());
    const receivedBefore = api.panel.received.length;
    const postedBefore = posted.length;
    const editorBefore = vscode.window.activeTextEditor?.document.uri.toString();
    let dialogs = 0;
    let reruns = 0;
    const sub = api.panel.onDidRequestRerun(() => reruns++);
    const original = vscode.window.showSaveDialog;
    (vscode.window as { showSaveDialog: typeof original }).showSaveDialog = async () => {
      dialogs++;
      return undefined;
    };
    const malformed: unknown[] = [
      null,
      42,
      'ready',
      [],
      ['ready'],
      {},
      { type: 'READY' },
      { type: 'nope', id: run.id },
      { type: '__proto__' },
      { type: 'select' },
      { type: 'select', id: 7 },
      { type: 'select', id: { id: run.id } },
      { type: 'select', id: [run.id] },
      { type: 'select', id: 'x'.repeat(5000) },
      { type: 'rerun', id: null },
      { type: 'copyMarkdown' },
      { type: 'export', id: run.id },
      { type: 'export', id: run.id, format: 'exe' },
      { type: 'export', id: run.id, format: 'JSON' },
      { type: 'openLocation', file: fixtureUri(FIXTURE).fsPath, line: 0 },
      { type: 'openLocation', file: fixtureUri(FIXTURE).fsPath, line: -3 },
      { type: 'openLocation', file: fixtureUri(FIXTURE).fsPath, line: 1.5 },
      { type: 'openLocation', file: fixtureUri(FIXTURE).fsPath, line: '3' },
      { type: 'openLocation', file: 3, line: 3 },
      { type: 'openStep', step: '../../etc/passwd' },
      { type: 'openStep', step: 'Pitfall Race' },
      { type: 'openStep' },
    ];
    try {
      await fromWebviewThenSync(...malformed);
    } finally {
      (vscode.window as { showSaveDialog: typeof original }).showSaveDialog = original;
      sub.dispose();
    }
    assert.equal(api.panel.received.length, receivedBefore + 1, `only the sentinel was accepted: ${json(api.panel.received.slice(receivedBefore))}`);
    assert.equal(json(state()), before, 'the state did not change');
    assert.equal(posted.length, postedBefore, 'nothing was posted back');
    assert.equal(dialogs, 0, 'no save dialog');
    assert.equal(reruns, 0, 'no re-run');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editorBefore, 'no editor opened');
  });

  it('"select" (history) makes an earlier run the current one and sends it', async () => {
    await vscode.commands.executeCommand('gilLab.runSerialVsThreaded', target('other'));
    const first = runsOf('tiny').at(-1)!;
    const second = runsOf('other').at(-1)!;
    assert.equal(state().selectedId, second.id);
    const from = posted.length;
    await fromWebview({ type: 'select', id: first.id });
    await waitFor('the first run selected', () => state().selectedId, (id) => id === first.id);
    await waitForPostedState('the selection posted', from, (s) => s.selectedId === first.id);
    // Selecting a run that is not in the history changes nothing.
    const before = json(state());
    await fromWebviewThenSync({ type: 'select', id: 'no-such-run' });
    assert.equal(json(state()), before);
  });

  it('"rerun" measures the same function of the same file again', async () => {
    const first = runsOf('tiny').at(-1)!;
    const count = state().runs.length;
    await fromWebview({ type: 'rerun', id: first.id });
    const again = await waitFor('a new run of tiny()', () => state().runs.slice(count), (r) => r.length === 1 && r[0].status !== 'running', 120000);
    assert.equal(again[0].functionName, 'tiny');
    assert.equal(again[0].kind, first.kind);
    assert.equal(again[0].file, first.file);
    assert.equal(again[0].status, 'done', json(again[0].error));
    assert.equal(state().selectedId, again[0].id, 'the new run is shown');
  });

  it('"export" writes the run as JSON and as CSV where the user chose, and nothing when they cancel', async () => {
    const run = runsOf('tiny').at(-1)!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gil-lab-export-'));
    const asked: vscode.SaveDialogOptions[] = [];
    let answer: vscode.Uri | undefined;
    const original = vscode.window.showSaveDialog;
    (vscode.window as { showSaveDialog: typeof original }).showSaveDialog = async (options) => {
      asked.push(options ?? {});
      return answer;
    };
    try {
      answer = vscode.Uri.file(path.join(dir, 'tiny.json'));
      await fromWebview({ type: 'export', id: run.id, format: 'json' });
      const exported = await waitFor('the JSON file', () => (fs.existsSync(answer!.fsPath) ? fs.readFileSync(answer!.fsPath, 'utf8') : ''), (t) => t.length > 0, 30000);
      assert.equal(path.basename(asked[0].defaultUri!.path), 'gil-lab-tiny.json');
      assert.deepEqual(Object.values(asked[0].filters ?? {}), [['json']]);
      assert.deepEqual(JSON.parse(exported), JSON.parse(json(run.results[0])), 'the JSON is the run\'s result');

      answer = vscode.Uri.file(path.join(dir, 'tiny.csv'));
      await fromWebview({ type: 'export', id: run.id, format: 'csv' });
      const csv = await waitFor('the CSV file', () => (fs.existsSync(answer!.fsPath) ? fs.readFileSync(answer!.fsPath, 'utf8') : ''), (t) => t.length > 0, 30000);
      assert.equal(path.basename(asked[1].defaultUri!.path), 'gil-lab-tiny.csv');
      const lines = csv.trim().split('\n');
      assert.equal(lines[0], 'mode,repeat,wall_seconds,cpu_seconds,worker,start_seconds,end_seconds,worker_cpu_seconds');
      const modes = new Set(lines.slice(1).map((l) => l.split(',')[0]));
      assert.deepEqual([...modes].sort(), ['serial', 'threads']);
      const samples = (run.results[0] as MeasureResult).samples;
      assert.equal(lines.length - 1, samples.reduce((n, s) => n + s.workers.length, 0), 'a row per worker of every sample');

      // The user cancels the dialog: nothing is written.
      answer = undefined;
      const filesBefore = fs.readdirSync(dir).sort();
      await fromWebviewThenSync({ type: 'export', id: run.id, format: 'csv' });
      await waitFor('the third dialog', () => asked.length, (n) => n === 3);
      assert.deepEqual(fs.readdirSync(dir).sort(), filesBefore);
    } finally {
      (vscode.window as { showSaveDialog: typeof original }).showSaveDialog = original;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('"copyMarkdown" puts the run on the clipboard as a Markdown table', async function () {
    const run = runsOf('tiny').at(-1)!;
    const marker = `not-the-results-${Date.now()}`;
    try {
      await vscode.env.clipboard.writeText(marker);
      if ((await vscode.env.clipboard.readText()) !== marker) this.skip();
    } catch {
      this.skip(); // no clipboard in this browser
    }
    await fromWebview({ type: 'copyMarkdown', id: run.id });
    const text = await waitFor('the Markdown on the clipboard', () => vscode.env.clipboard.readText(), (t) => t !== marker, 30000);
    assert.match(text, /tiny\(\)/);
    assert.match(text, /\|\s*serial\s*\|/);
    assert.match(text, /\|\s*threads\s*\|/);
  });

  it('"openLocation" opens the file at the line', async () => {
    const file = fixtureUri(FIXTURE).fsPath;
    await fromWebview({ type: 'openLocation', file, line: 8 });
    const editor = await waitFor('the editor at line 8', () => vscode.window.activeTextEditor, (e) => e?.document.uri.fsPath === file && e.selection.active.line === 7, 30000);
    assert.equal(editor!.document.lineAt(7).text, 'def other():');
  });

  it('"cancel" stops the running measurement', async () => {
    const running = vscode.commands.executeCommand('gilLab.runSerialVsThreaded', target('forever'));
    const run = await waitFor('forever() running', () => runsOf('forever').at(-1), (r) => r?.status === 'running', 60000);
    await waitFor('the harness to start', () => run!.live[0]?.facts, Boolean, 60000);
    await fromWebview({ type: 'cancel' });
    await running;
    assert.equal(runsOf('forever').at(-1)!.status, 'cancelled');
    assert.equal(api.runs.isRunning, false);
  });
});
