/**
 * Wires GIL Lab's parts together; each part lives in its own folder. Nothing here runs Python:
 * the interpreter is probed the first time a Python file needs it.
 */
import * as vscode from 'vscode';
import { createLog } from './log';
import { InterpreterService } from './interpreter/discovery';
import { InterpreterStatusBar } from './interpreter/statusBar';
import { pickCompareInterpreter } from './interpreter/comparePicker';
import { RaceLanguageClient } from './client/languageClient';
import { GilLabCodeLensProvider } from './lenses/codeLensProvider';
import { RunController } from './run/runController';
import { TimingsPanel } from './panel/timingsPanel';
import { SampleLibrary } from './walkthrough/samples';
import { registerStepUriHandler } from './walkthrough/stepUriHandler';
import { registerCommands } from './commands/registry';
import { COMMANDS } from './shared/commands';
import { EXTENSION_ID } from './shared/walkthrough';
import { codeLoadMs } from './activationTiming';

export interface GilLabApi {
  /** For tests: the parts a test in the extension host inspects. */
  readonly log: vscode.LogOutputChannel;
  readonly panel: TimingsPanel;
  readonly runs: RunController;
  readonly samples: SampleLibrary;
  readonly client: RaceLanguageClient;
  readonly activatedInMs: number;
  /** How long the extension host took to load dist/extension.js before calling activate(), where it says. */
  readonly codeLoadedInMs: number | undefined;
}

const WALKTHROUGH_SHOWN_KEY = 'gilLab.walkthroughShown';

export function activate(context: vscode.ExtensionContext): GilLabApi {
  const started = performance.now();
  const log = createLog();
  const interpreters = new InterpreterService(log);
  const client = new RaceLanguageClient(context, log);
  const panel = TimingsPanel.register(context, log);
  const runs = new RunController(context, log, interpreters, client, panel.runView);
  const samples = new SampleLibrary(context, log);
  const lenses = new GilLabCodeLensProvider(client, interpreters, runs);

  context.subscriptions.push(
    log,
    interpreters,
    client,
    runs,
    lenses,
    new InterpreterStatusBar(interpreters),
    vscode.languages.registerCodeLensProvider({ language: 'python' }, lenses),
    registerStepUriHandler(log),
    ...registerCommands({ context, log, interpreters, client, panel, runs, samples, pickCompareInterpreter }),
  );
  panel.onDidRequestRerun((target) => void runs.run(target.kind, target.target));
  panel.onDidRequestCancel(() => runs.cancel());

  // scripts/try.sh asks for the lesson to be open the first time a learner's VS Code comes up.
  if (process.env.GIL_LAB_OPEN_WALKTHROUGH === '1' && !context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) {
    void context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
    void vscode.commands.executeCommand(COMMANDS.openWalkthrough);
  }
  void client.start().catch((err: unknown) => log.error(`The race analysis server did not start: ${String(err)}`));
  const activatedInMs = performance.now() - started;
  const codeLoadedInMs = codeLoadMs(EXTENSION_ID);
  const loaded = codeLoadedInMs === undefined ? '' : `; its code loaded in ${codeLoadedInMs} ms before that`;
  log.info(`GIL Lab ${context.extension.packageJSON.version} activated in ${activatedInMs.toFixed(1)} ms (VS Code ${vscode.version}${loaded})`);
  return { log, panel, runs, samples, client, activatedInMs, codeLoadedInMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
