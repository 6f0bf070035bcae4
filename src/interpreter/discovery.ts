import * as vscode from 'vscode';
import type { Log } from '../log';
import { readSettings } from '../config';
import type { InterpreterFacts } from '../shared/harnessProtocol';
import { chooseInterpreter, expandWorkspaceFolder, type Candidate, type ChosenInterpreter } from './candidates';

export type { ChosenInterpreter };

/**
 * Finds the interpreter a run uses, in the order users expect: the one selected in the
 * Python extension, `gilLab.pythonPath`, `python.defaultInterpreterPath`, then PATH.
 * Each candidate is probed (a short child process) once per change and cached per folder.
 */
export class InterpreterService implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ChosenInterpreter>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: Log) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gilLab.pythonPath') || e.affectsConfiguration('python.defaultInterpreterPath')) this.invalidate('settings changed');
      }),
    );
    void this.watchPythonExtension();
  }

  /** The chosen interpreter for a file's workspace folder; rejects with a message naming every candidate tried. */
  resolve(resource?: vscode.Uri): Promise<ChosenInterpreter> {
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : vscode.workspace.workspaceFolders?.[0];
    const key = folder?.uri.toString() ?? '';
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.candidates(resource, folder).then((c) => chooseInterpreter(c));
      pending.then(
        (chosen) => this.log.info(`Interpreter for ${folder?.name ?? 'no folder'}: ${chosen.path} (${chosen.source}) ${describeFacts(chosen.facts)}`),
        (err: Error) => this.log.warn(err.message),
      );
      this.cache.set(key, pending);
    }
    return pending;
  }

  invalidate(why: string): void {
    this.log.debug(`Re-resolving the interpreter: ${why}`);
    this.cache.clear();
    this.changed.fire();
  }

  private async candidates(resource: vscode.Uri | undefined, folder: vscode.WorkspaceFolder | undefined): Promise<Candidate[]> {
    const list: Candidate[] = [];
    const fromExtension = await this.fromPythonExtension(resource ?? folder?.uri);
    if (fromExtension) list.push({ source: 'Python extension', path: fromExtension });
    const settings = readSettings(resource ?? folder?.uri);
    if (settings.pythonPath) list.push({ source: 'gilLab.pythonPath', path: expandWorkspaceFolder(settings.pythonPath, folder?.uri.fsPath) });
    const hint = vscode.workspace.getConfiguration('python', resource ?? folder?.uri).get<string>('defaultInterpreterPath', '').trim();
    if (hint && hint !== 'python') list.push({ source: 'python.defaultInterpreterPath', path: expandWorkspaceFolder(hint, folder?.uri.fsPath) });
    list.push({ source: 'PATH', path: 'python3' }, { source: 'PATH', path: 'python' });
    return list;
  }

  /** The Python extension is optional: without it (or when it fails) the chain goes on silently. */
  private async pythonApi() {
    if (!vscode.extensions.getExtension('ms-python.python')) return undefined;
    try {
      const { PythonExtension } = await import('@vscode/python-extension');
      return await PythonExtension.api();
    } catch (err) {
      this.log.debug(`Python extension API unavailable: ${String(err)}`);
      return undefined;
    }
  }

  private async fromPythonExtension(resource: vscode.Uri | undefined): Promise<string | undefined> {
    const api = await this.pythonApi();
    if (!api) return undefined;
    try {
      const active = api.environments.getActiveEnvironmentPath(resource);
      const env = await api.environments.resolveEnvironment(active);
      return env?.executable.uri?.fsPath ?? active.path;
    } catch (err) {
      this.log.debug(`Python extension did not resolve an environment: ${String(err)}`);
      return undefined;
    }
  }

  private async watchPythonExtension(): Promise<void> {
    const api = await this.pythonApi();
    if (api) this.disposables.push(api.environments.onDidChangeActiveEnvironmentPath(() => this.invalidate('active Python environment changed')));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function describeFacts(f: InterpreterFacts): string {
  const build = f.freeThreaded ? 'free-threaded build' : 'GIL build';
  return `${f.implementation} ${f.version}, ${build}, GIL ${f.gilEnabled ? 'on' : 'off'}, ${f.cpuCount} CPUs`;
}
