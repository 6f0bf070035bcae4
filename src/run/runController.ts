import * as vscode from 'vscode';
import type { Log } from '../log';
import { readSettings } from '../config';
import type { RaceLanguageClient } from '../client/languageClient';
import type { InterpreterService } from '../interpreter/discovery';
import { measure, raceCheck, type RunOptions } from '../measure/engine';
import { ALL_MODES, type HarnessError, type HarnessEvent, type Mode } from '../shared/harnessProtocol';
import type { EngineOutcome, MeasureResult, RaceResult } from '../shared/results';
import type { RunTarget } from '../shared/commands';
import type { FunctionInfo } from '../shared/analysis';
import { ArgumentStore, InstanceStore, StateStore } from './argumentStore';
import { chooseState } from './statePick';
import { classOf, needsInstanceExpression, targetName, type Remembered } from '../lenses/lensTitles';
import type { RunKind } from '../shared/panelMessages';
import type { RunView } from '../panel/timingsPanel';
import { toArgsTuple } from './args';
import { findFunction, functionAtCursor } from './functionLookup';
import { SWITCH_INTERVAL_EXPERIMENT } from '../shared/scheduler';

export type { RunKind };

interface ActiveRun {
  label: string;
  abort: AbortController;
  done: Promise<void>;
}

/**
 * Runs one measurement at a time: resolves the function by name in the live document, the
 * interpreter, and any arguments; shows progress with Cancel; logs each run under its own header.
 * A second request while one runs asks whether to cancel the first or queue the new one.
 */
export class RunController implements vscode.Disposable {
  private active: ActiveRun | undefined;
  private runNumber = 0;
  private readonly args: ArgumentStore;
  private readonly instances: InstanceStore;
  private readonly states: StateStore;
  /** Fires when a remembered instance expression or counted state changes (the lenses show them). */
  readonly onDidChangeRemembered: vscode.Event<void>;

  constructor(
    context: vscode.ExtensionContext,
    private readonly log: Log,
    private readonly interpreters: InterpreterService,
    private readonly client: RaceLanguageClient,
    private readonly view: RunView,
  ) {
    this.args = new ArgumentStore(context.workspaceState);
    this.instances = new InstanceStore(context.workspaceState);
    this.states = new StateStore(context.workspaceState);
    this.onDidChangeRemembered = (listener, thisArg, disposables) => {
      const a = this.instances.onDidChange(listener, thisArg);
      const b = this.states.onDidChange(listener, thisArg);
      const both = vscode.Disposable.from(a, b);
      disposables?.push(both);
      return both;
    };
  }

  /** What the user gave for this function before: its class's instance expression, the state last counted. */
  remembered(file: string, fn: FunctionInfo): Remembered {
    const cls = classOf(fn);
    return { instance: cls && fn.binding === 'instance' ? this.instances.get(file, cls) : undefined, state: this.states.get(file, targetName(fn)) };
  }

  get isRunning(): boolean {
    return this.active !== undefined;
  }

  cancel(): void {
    this.active?.abort.abort();
  }

  async run(kind: RunKind, target?: RunTarget): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      const choice = await vscode.window.showWarningMessage('GIL Lab runs no Python code in an untrusted workspace.', 'Manage Workspace Trust');
      if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    }
    const resolved = await this.resolveTarget(target);
    if (!resolved) return;
    const { document, fn } = resolved;

    if (this.active) {
      const choice = await vscode.window.showInformationMessage(
        `GIL Lab is still running ${this.active.label}.`,
        'Cancel It and Run This',
        'Run This Next',
      );
      if (!choice) return;
      if (choice === 'Cancel It and Run This') this.cancel();
      await this.active?.done;
    }

    if (document.isDirty && !(await document.save())) {
      void vscode.window.showWarningMessage('GIL Lab measures the file on disk: save it first.');
      return;
    }
    const file = document.uri.fsPath;
    const name = targetName(fn);
    let args = this.args.get(file, name);
    if (fn.requiredParams > 0 && !args) {
      args = await this.args.ask(file, fn);
      if (args === undefined) return;
    }
    const cls = classOf(fn);
    let instance = cls && fn.binding === 'instance' ? this.instances.get(file, cls) : undefined;
    if (cls && !instance && needsInstanceExpression(fn)) {
      instance = await this.instances.ask(file, cls, fn.instanceParams);
      if (instance === undefined) return;
    }
    const settings = readSettings(document.uri);

    let pythons: string[];
    let workers: number;
    try {
      const main = await this.interpreters.resolve(document.uri);
      pythons = [main.path];
      workers = settings.workers > 0 ? settings.workers : Math.max(2, main.facts.cpuCount);
      if (kind === 'compare') {
        const second = settings.compareWith || (await this.askCompareInterpreter());
        if (!second) return;
        pythons.push(second);
      }
      if (kind === 'switch-interval') pythons = SWITCH_INTERVAL_EXPERIMENT.map(() => main.path);
    } catch (err) {
      const choice = await vscode.window.showErrorMessage((err as Error).message, 'Set gilLab.pythonPath', 'Show Output');
      if (choice === 'Set gilLab.pythonPath') await vscode.commands.executeCommand('workbench.action.openSettings', 'gilLab.pythonPath');
      if (choice === 'Show Output') this.log.show();
      return;
    }

    let state: string | undefined;
    if (kind === 'race') {
      state = await this.pickState(document, fn);
      if (!state) return;
      await this.states.remember(file, name, state);
    }

    const label = `${name}() in ${vscode.workspace.asRelativePath(document.uri)}`;
    const abort = new AbortController();
    let finished!: () => void;
    const active: ActiveRun = { label, abort, done: new Promise((r) => (finished = r)) };
    this.active = active;
    await vscode.commands.executeCommand('setContext', 'gilLab.running', true);
    try {
      await this.execute(kind, { workers, file, functionName: name, args: args ? toArgsTuple(args) : undefined, instance, state, guardedInSource: kind === 'race' ? !fn.hasRaceFinding : undefined, pythons, settings, label, abort });
    } finally {
      this.active = undefined;
      await vscode.commands.executeCommand('setContext', 'gilLab.running', false);
      finished();
    }
  }

  private async execute(
    kind: RunKind,
    r: { workers: number; file: string; functionName: string; args?: string; instance?: string; state?: string; guardedInSource?: boolean; pythons: string[]; settings: ReturnType<typeof readSettings>; label: string; abort: AbortController },
  ): Promise<void> {
    const n = ++this.runNumber;
    const what =
      kind === 'race'
        ? `race check on ${r.state}`
        : kind === 'threads'
          ? 'serial vs threads'
          : kind === 'compare'
            ? 'interpreter comparison'
            : kind === 'switch-interval'
              ? `switch interval ${SWITCH_INTERVAL_EXPERIMENT.map((s) => `${s * 1000} ms`).join(' vs ')}`
              : 'serial vs threads vs processes';
    this.log.info(`──── Run #${n}: ${what} of ${r.label} with ${r.pythons.join(' and ')}`);
    const id = this.view.begin({ kind, file: r.file, functionName: r.functionName, interpreters: r.pythons });
    const modes: Mode[] = kind === 'threads' || kind === 'switch-interval' ? ['serial', 'threads'] : [...ALL_MODES];
    const started = Date.now();

    const outcomes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `GIL Lab: ${what} of ${r.functionName}()`, cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => r.abort.abort());
        const results: EngineOutcome[] = [];
        for (const [index, python] of r.pythons.entries()) {
          const options: RunOptions = {
            signal: r.abort.signal,
            timeoutMs: r.settings.timeoutSeconds * 1000,
            onEvent: (e) => {
              this.view.event(id, e, index);
              if (e.type === 'progress') progress.report({ message: progressText(e, r.pythons.length > 1 ? python : undefined) });
            },
            onStderr: (text) => this.log.info(`[python] ${text.trimEnd()}`),
          };
          const target = { file: r.file, function: r.functionName, args: r.args, instance: r.instance };
          const outcome =
            kind === 'race'
              ? await raceCheck(python, { ...target, state: r.state!, workers: r.workers, runs: r.settings.raceRuns }, options, { guardedInSource: r.guardedInSource })
              : await measure(python, { ...target, modes, workers: r.workers, repeats: r.settings.repeats, warmup: 1, switchIntervalSeconds: kind === 'switch-interval' ? SWITCH_INTERVAL_EXPERIMENT[index] : undefined }, options);
          results.push(outcome);
          if (!outcome.ok) break;
        }
        return results;
      },
    );

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const last = outcomes[outcomes.length - 1];
    if (last && !last.ok && last.error.code === 'cancelled') {
      this.log.info(`Run #${n} cancelled after ${seconds} s; every process it started was stopped.`);
      this.view.cancelled(id);
      return;
    }
    this.view.finish(id, outcomes);
    // Walkthrough steps complete on these (`onContext:gilLab.ran.threads.cpu_bound`): doing, not opening.
    if (outcomes.every((o) => o.ok)) await vscode.commands.executeCommand('setContext', `gilLab.ran.${kind}.${r.functionName}`, true);
    for (const o of outcomes) {
      if (o.ok) this.log.info(`Run #${n} (${seconds} s): ${summary(o.result)}`);
      else this.logError(n, o.error);
    }
    if (last && !last.ok) {
      const cls = r.functionName.includes('.') ? r.functionName.split('.')[0] : undefined;
      const instanceAction = cls && (last.error.code === 'needs-instance' || last.error.code === 'bad-instance') ? ['Set Instance'] : [];
      const choice = await vscode.window.showErrorMessage(`GIL Lab: ${last.error.message}`, ...instanceAction, 'Show Timings', 'Show Output');
      if (choice === 'Set Instance' && cls) await this.instances.ask(r.file, cls);
      if (choice === 'Show Timings') await vscode.commands.executeCommand('gilLab.showTimings');
      if (choice === 'Show Output') this.log.show();
    }
  }

  private logError(n: number, e: HarnessError): void {
    this.log.error(`Run #${n} failed (${e.code}): ${e.message}${e.hint ? `\n  ${e.hint}` : ''}${e.location ? `\n  at ${e.location.file}:${e.location.line}` : ''}`);
    if (e.traceback) this.log.info(e.traceback);
  }

  private async resolveTarget(target?: RunTarget): Promise<{ document: vscode.TextDocument; fn: FunctionInfo } | undefined> {
    if (target) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
      const fn = await findFunction(this.client, document, target.functionName);
      if (!fn) {
        void vscode.window.showWarningMessage(`GIL Lab: ${target.functionName}() is no longer a top-level function or a method of a module-level class in ${vscode.workspace.asRelativePath(document.uri)}.`);
        return undefined;
      }
      return { document, fn };
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') {
      void vscode.window.showWarningMessage('GIL Lab: open a Python file and put the cursor in a function to time it.');
      return undefined;
    }
    const fn = await functionAtCursor(this.client, editor);
    return fn && { document: editor.document, fn };
  }

  private async askCompareInterpreter(): Promise<string | undefined> {
    const picked = await vscode.commands.executeCommand<string | undefined>('gilLab.selectCompareInterpreter');
    return picked;
  }

  /** The state to count: the one the diagnostics flag, the one counted before, or one the user picks or types. */
  private async pickState(document: vscode.TextDocument, fn: FunctionInfo): Promise<string | undefined> {
    const lines = document.getText().split(/\r?\n/);
    const choice = chooseState(fn, lines, this.states.get(document.uri.fsPath, targetName(fn)));
    if (choice.t === 'use') return choice.state;
    const other = '$(edit) Type the state to count…';
    const picked = choice.candidates.length
      ? await vscode.window.showQuickPick([...choice.candidates.map((s) => ({ label: s })), { label: other }], {
          title: `Race check of ${targetName(fn)}()`,
          placeHolder: 'Which state should the race check count? It must hold a number.',
          ignoreFocusOut: true,
        })
      : { label: other };
    if (!picked) return undefined;
    if (picked.label !== other) return picked.label;
    const typed = await vscode.window.showInputBox({
      title: `Race check of ${targetName(fn)}()`,
      prompt: 'The number to count, as self.ATTR, Class.ATTR, NAME, NAME[INDEX] or NAME.ATTR (e.g. self.total, BOX[0]).',
      placeHolder: 'e.g. self.total',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'Name the state to count, e.g. self.total'),
    });
    return typed?.trim() || undefined;
  }

  /** Asks for (or replaces) the constructor expression of a method's class. */
  async setInstance(target?: RunTarget): Promise<void> {
    const resolved = await this.resolveTarget(target);
    const cls = resolved && classOf(resolved.fn);
    if (!resolved || !cls || resolved.fn.binding !== 'instance') {
      if (resolved) void vscode.window.showInformationMessage(`GIL Lab: ${targetName(resolved.fn)}() is not called on an instance, so it needs none.`);
      return;
    }
    await this.instances.ask(resolved.document.uri.fsPath, cls, resolved.fn.instanceParams);
  }

  /** Asks for (or replaces) the remembered arguments of a function. */
  async setArguments(target?: RunTarget): Promise<void> {
    const resolved = await this.resolveTarget(target);
    if (resolved) await this.args.ask(resolved.document.uri.fsPath, resolved.fn);
  }

  dispose(): void {
    this.cancel();
    this.instances.dispose();
    this.states.dispose();
  }
}

function progressText(e: Extract<HarnessEvent, { type: 'progress' }>, python?: string): string {
  const where = python ? ` (${python})` : '';
  if (e.message) return e.message + where;
  if (e.phase === 'measure' && e.mode) return `${e.mode}, repeat ${(e.repeat ?? 0) + 1} of ${e.of ?? '?'}${where}`;
  return `${e.phase}${where}`;
}

function summary(result: MeasureResult | RaceResult): string {
  if (result.kind === 'race') {
    const lost = result.runs.filter((r) => r.mode === 'threads').map((r) => r.lost);
    return `${result.state}: lost updates per threaded run ${lost.join(', ')} (Python ${result.interpreter.version}). ${result.verdict.headline}`;
  }
  const parts = Object.entries(result.modes).map(([mode, s]) => `${mode} ${s!.medianSeconds.toFixed(3)} s`);
  return `${parts.join(', ')} (Python ${result.interpreter.version}, GIL ${result.interpreter.gilEnabled ? 'on' : 'off'}). ${result.verdict.headline}`;
}
