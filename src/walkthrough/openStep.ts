import * as vscode from 'vscode';
import { stepWalkthroughArg, WALKTHROUGH_FULL_ID, type StepId } from '../shared/walkthrough';

/** Opens GIL Lab's walkthrough, on `step` when one is given (from a verdict, a diagnostic's link or the command). */
export function openWalkthrough(step?: StepId | string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', step ? stepWalkthroughArg(step) : WALKTHROUGH_FULL_ID, false);
}
