import * as vscode from 'vscode';
import type { Log } from '../log';
import { stepFromHandlerUri } from '../shared/walkthrough';
import { openWalkthrough } from './openStep';

/** Opens the walkthrough on the step a diagnostic's code link names (see `stepHandlerUri`). */
export function registerStepUriHandler(log: Log): vscode.Disposable {
  return vscode.window.registerUriHandler({
    handleUri(uri: vscode.Uri) {
      const step = stepFromHandlerUri(uri.path, uri.query);
      if (!step) log.warn(`Ignoring a link GIL Lab does not know: ${uri.toString(true)}; opening the walkthrough at its start.`);
      void openWalkthrough(step);
    },
  });
}
