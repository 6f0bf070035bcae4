import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeScratch, openScratch } from './util';

const EXTENSION_ID = 'gil-lab.gil-lab';
/** Lines that reach the launcher's output (index.ts provides it; console.log does not leave the extension host). */
const print = (line: string) => ((globalThis as { gilLabTestLog?: (s: string) => void }).gilLabTestLog ?? console.log)(line);

interface Api {
  readonly log?: vscode.LogOutputChannel;
  readonly client?: { readonly warmedUp?: { rounds: number; ms: number }; readonly onDidWarmUp: vscode.Event<{ rounds: number; ms: number }>; readonly cacheDir: string };
  readonly activatedInMs?: number;
  readonly codeLoadedInMs?: number;
}

describe('foundation', function () {
  this.timeout(60000);
  const ext = () => vscode.extensions.getExtension<Api>(EXTENSION_ID);

  it('runs inside a real VS Code extension host', () => {
    print(`      vscode.version ${vscode.version}`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.ok(vscode.workspace.workspaceFolders?.length, 'a workspace folder is open');
  });

  it('starts with a workspace that holds Python files, and its race analysis warms up before any Python file opens', async () => {
    const e = ext();
    assert.ok(e, `${EXTENSION_ID} is not installed in this extension host`);
    const pythonOpen = () => vscode.workspace.textDocuments.filter((d) => d.languageId === 'python').map((d) => d.uri.fsPath);
    assert.deepEqual(pythonOpen(), [], 'no Python document is open yet');
    // workspaceContains:**/*.py, not this test, activates it: wait without calling activate().
    const deadline = Date.now() + 30000;
    while (!e.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(e.isActive, 'GIL Lab is active with no Python document open');
    const client = e.exports.client!;
    const warmed =
      client.warmedUp ??
      (await new Promise<{ rounds: number; ms: number } | undefined>((resolve) => {
        const sub = client.onDidWarmUp((w) => (sub.dispose(), resolve(w)));
        setTimeout(() => (sub.dispose(), resolve(client.warmedUp)), 30000);
      }));
    assert.ok(warmed && warmed.rounds > 0, 'the server reported its warm-up');
    assert.deepEqual(pythonOpen(), [], 'still no Python document open');
    print(`      warm-up: ${warmed.rounds} rounds in ${warmed.ms.toFixed(0)} ms, before any Python file opened`);
  });

  it('keeps the analysis of a Python file it analysed, for the next session, in its global storage', async () => {
    const api = await ext()!.activate();
    const dir = api.client!.cacheDir;
    assert.ok(path.isAbsolute(dir), dir);
    const before = existsSync(dir) ? readdirSync(dir).length : 0;
    const text = ['import threading', '', 'tally = 0', '', 'def bump():', '    global tally', '    tally += 1', '', 'for _ in range(3):', `    threading.Thread(target=bump).start()  # ${Date.now()}`, ''].join('\n');
    const doc = await openScratch(text);
    const deadline = Date.now() + 30000;
    while (vscode.languages.getDiagnostics(doc.uri).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).map((d) => d.range.start.line), [6]);
    // Written two seconds after the last analysis of a version.
    while ((existsSync(dir) ? readdirSync(dir).length : 0) <= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const entries = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(entries.length > before, `an entry in ${dir}`);
    const kept = entries.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))).find((k) => k.result.findings.some((f: { subject: string }) => f.subject === 'tally'));
    assert.ok(kept, 'an entry holds the finding on `tally`');
    print(`      ${entries.length} kept analyses in ${dir}`);
    await closeScratch(doc);
  });

  it('activates', async () => {
    const e = ext();
    assert.ok(e, `${EXTENSION_ID} is not installed in this extension host`);
    const wasActive = e.isActive;
    const t0 = performance.now();
    const api = await e.activate();
    const ms = performance.now() - t0;
    assert.ok(e.isActive, 'isActive after activate()');
    if (wasActive) {
      print(`      already active (activation event fired first); activate() reported ${api?.activatedInMs?.toFixed(1) ?? '?'} ms, code loading ${api?.codeLoadedInMs ?? '?'} ms`);
    } else {
      print(`      activation took ${ms.toFixed(1)} ms (activate() body ${api?.activatedInMs?.toFixed(1) ?? '?'} ms, code loading ${api?.codeLoadedInMs ?? '?'} ms)`);
    }
  });

  it('registers every command contributed in package.json', async () => {
    await ext()!.activate();
    const contributed = (ext()!.packageJSON.contributes?.commands ?? []) as { command: string; category?: string }[];
    assert.ok(contributed.length > 0, 'package.json contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    const uncategorised = contributed.filter((c) => c.category !== 'GIL Lab').map((c) => c.command);
    assert.deepEqual(uncategorised, [], 'every command is in the "GIL Lab" category');
  });

  it('has the "GIL Lab" log output channel, and gilLab.showOutput runs', async () => {
    const api = await ext()!.activate();
    if (api?.log) {
      assert.equal(api.log.name, 'GIL Lab');
      assert.equal(typeof api.log.info, 'function', 'a LogOutputChannel');
    }
    await vscode.commands.executeCommand('gilLab.showOutput');
  });
});
