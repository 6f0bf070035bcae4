import * as vscode from 'vscode';
import type { Log } from '../log';
import type { InterpreterService } from '../interpreter/discovery';
import type { RaceLanguageClient } from '../client/languageClient';
import type { TimingsPanel } from '../panel/timingsPanel';
import type { RunController, RunKind } from '../run/runController';
import type { SampleLibrary } from '../walkthrough/samples';
import { applyFirstRaceFix } from '../walkthrough/raceFix';
import { COMMANDS, type CommandId, type RunTarget } from '../shared/commands';
import { openWalkthrough } from '../walkthrough/openStep';
import { showInterpreter } from './showInterpreter';
import { checkWorkspace } from './checkWorkspace';

interface Parts {
  context: vscode.ExtensionContext;
  log: Log;
  interpreters: InterpreterService;
  client: RaceLanguageClient;
  panel: TimingsPanel;
  runs: RunController;
  samples: SampleLibrary;
  pickCompareInterpreter(): Promise<string | undefined>;
}

/** A walkthrough button names a sample instead of a file: `{ sample: "cpu_bound.py", functionName: "cpu_bound" }`. */
type SampleTarget = { sample: string; functionName?: string };
type RunArgument = RunTarget | SampleTarget | undefined;

/** One map from command id to handler, so package.json and the code cannot drift apart unnoticed (a test compares them). */
export function registerCommands(p: Parts): vscode.Disposable[] {
  const runWith = (kind: RunKind) => async (arg?: RunArgument) => {
    const target = await toRunTarget(p.samples, arg);
    if (target === null) return;
    await p.runs.run(kind, target);
  };
  const handlers: Record<CommandId, (...args: never[]) => unknown> = {
    [COMMANDS.openWalkthrough]: () => openWalkthrough(),
    [COMMANDS.runSerialVsThreaded]: runWith('threads'),
    [COMMANDS.runWithProcesses]: runWith('processes'),
    [COMMANDS.runRaceCheck]: runWith('race'),
    [COMMANDS.compareInterpreters]: runWith('compare'),
    [COMMANDS.setArguments]: async (arg?: RunArgument) => {
      const target = await toRunTarget(p.samples, arg);
      if (target !== null) await p.runs.setArguments(target);
    },
    [COMMANDS.setInstance]: async (arg?: RunArgument) => {
      const target = await toRunTarget(p.samples, arg);
      if (target !== null) await p.runs.setInstance(target);
    },
    [COMMANDS.cancelRun]: () => p.runs.cancel(),
    [COMMANDS.showTimings]: () => p.panel.show(),
    [COMMANDS.showInterpreter]: () => showInterpreter(p.interpreters),
    [COMMANDS.selectCompareInterpreter]: () => p.pickCompareInterpreter(),
    [COMMANDS.showOutput]: () => p.log.show(),
    [COMMANDS.openSample]: (name?: string) => p.samples.open(name),
    [COMMANDS.runSampleInTerminal]: (name?: string) => p.samples.runInTerminal(p.interpreters, name),
    [COMMANDS.applyRaceFix]: async (arg?: SampleTarget) => {
      const editor = arg?.sample ? await p.samples.open(arg.sample) : vscode.window.activeTextEditor;
      return editor ? applyFirstRaceFix(editor) : false;
    },
    [COMMANDS.checkWorkspace]: () => checkWorkspace(p.log),
    [COMMANDS.runSwitchIntervalExperiment]: runWith('switch-interval'),
  };
  return Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        p.log.error(`${id} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        void vscode.window.showErrorMessage(`GIL Lab: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    }),
  );
}

/** `undefined` means "the function at the cursor"; `null` means the user gave up. */
async function toRunTarget(samples: SampleLibrary, arg: RunArgument): Promise<RunTarget | undefined | null> {
  if (!arg) return undefined;
  if ('sample' in arg) {
    const editor = await samples.open(arg.sample);
    if (!editor) return null;
    if (!arg.functionName) return undefined;
    return { uri: editor.document.uri.toString(), functionName: arg.functionName };
  }
  return arg;
}
