/** Settings read by the extension and served to the language server. Keys match package.json's contributes.configuration. */
export type DiagnosticSeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface GilLabSettings {
  pythonPath: string; // gilLab.pythonPath
  compareWith: string; // gilLab.compareWith: a second interpreter for side-by-side runs
  workers: number; // 0 = usable CPUs, at least 2
  repeats: number;
  timeoutSeconds: number;
  raceRuns: number;
  lens: { enable: boolean; run: boolean; processes: boolean; race: boolean };
  diagnostics: { enable: boolean; severity: DiagnosticSeverityName; checkThenActSeverity: DiagnosticSeverityName };
}

export const DEFAULT_SETTINGS: GilLabSettings = {
  pythonPath: '',
  compareWith: '',
  workers: 0,
  repeats: 5,
  timeoutSeconds: 120,
  raceRuns: 5,
  lens: { enable: true, run: true, processes: true, race: true },
  diagnostics: { enable: true, severity: 'warning', checkThenActSeverity: 'warning' },
};

/** What the server needs, sent through workspace/configuration for section "gilLab". */
export interface ServerSettings {
  /** `checkThenActSeverity` is GIL004's (gilLab.diagnostics.checkThenActSeverity); `severity` the other codes'. */
  diagnostics: { enable: boolean; severity: DiagnosticSeverityName; checkThenActSeverity: DiagnosticSeverityName };
}
