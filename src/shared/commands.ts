/** Every command id the extension contributes, in one place (package.json must list the same). */
export const COMMANDS = {
  openWalkthrough: 'gilLab.openWalkthrough',
  runSerialVsThreaded: 'gilLab.runSerialVsThreaded',
  runWithProcesses: 'gilLab.runWithProcesses',
  runRaceCheck: 'gilLab.runRaceCheck',
  compareInterpreters: 'gilLab.compareInterpreters',
  setArguments: 'gilLab.setArguments',
  setInstance: 'gilLab.setInstance',
  cancelRun: 'gilLab.cancelRun',
  showTimings: 'gilLab.showTimings',
  showInterpreter: 'gilLab.showInterpreter',
  selectCompareInterpreter: 'gilLab.selectCompareInterpreter',
  showOutput: 'gilLab.showOutput',
  openSample: 'gilLab.openSample',
  runSampleInTerminal: 'gilLab.runSampleInTerminal',
  applyRaceFix: 'gilLab.applyRaceFix',
  checkWorkspace: 'gilLab.checkWorkspace',
  runSwitchIntervalExperiment: 'gilLab.runSwitchIntervalExperiment',
} as const;
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Arguments of the run commands (lenses, walkthrough buttons and the palette all pass these). */
export interface RunTarget {
  /** file URI string */
  uri: string;
  functionName: string;
}
