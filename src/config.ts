import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type GilLabSettings } from './shared/settings';

/** Reads GIL Lab's settings for a resource (several are resource-scoped: one per workspace folder). */
export function readSettings(resource?: vscode.Uri): GilLabSettings {
  const c = vscode.workspace.getConfiguration('gilLab', resource);
  const d = DEFAULT_SETTINGS;
  return {
    pythonPath: c.get('pythonPath', d.pythonPath).trim(),
    compareWith: c.get('compareWith', d.compareWith).trim(),
    workers: c.get('workers', d.workers),
    repeats: c.get('repeats', d.repeats),
    timeoutSeconds: c.get('timeoutSeconds', d.timeoutSeconds),
    raceRuns: c.get('raceRuns', d.raceRuns),
    lens: {
      enable: c.get('lens.enable', d.lens.enable),
      run: c.get('lens.run.enable', d.lens.run),
      processes: c.get('lens.processes.enable', d.lens.processes),
      race: c.get('lens.race.enable', d.lens.race),
    },
    diagnostics: {
      enable: c.get('diagnostics.enable', d.diagnostics.enable),
      severity: c.get('diagnostics.severity', d.diagnostics.severity),
      checkThenActSeverity: c.get('diagnostics.checkThenActSeverity', d.diagnostics.checkThenActSeverity),
    },
  };
}

/** Fires when any gilLab.* setting (or the Python extension's default interpreter) changes. */
export function onDidChangeSettings(listener: (e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('gilLab') || e.affectsConfiguration('python.defaultInterpreterPath')) listener(e);
  });
}
