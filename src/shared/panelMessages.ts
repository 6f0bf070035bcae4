/** Messages between the timings panel's host side (src/panel) and its webview (src/webview). */
import type { HarnessError, InterpreterFacts, RepeatSample } from './harnessProtocol';
import type { MeasureResult, RaceResult } from './results';

export type RunKind = 'threads' | 'processes' | 'race' | 'compare' | 'switch-interval';
export type RunStatus = 'running' | 'done' | 'error' | 'cancelled';

/** One run of one or two interpreters; the host owns it and re-sends it whole. */
export interface RunRecord {
  id: string;
  kind: RunKind;
  file: string;
  functionName: string;
  interpreters: string[];
  startedAt: number; // ms since epoch
  status: RunStatus;
  progress?: string;
  /** Per interpreter: facts as soon as the harness says hello, samples as they stream in. */
  live: { facts?: InterpreterFacts; samples: RepeatSample[] }[];
  results: (MeasureResult | RaceResult | undefined)[];
  error?: HarnessError;
}

export interface PanelState {
  runs: RunRecord[];
  selectedId?: string;
}

export type HostToWebview = { type: 'state'; state: PanelState };

export type ExportFormat = 'json' | 'csv' | 'markdown';

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'select'; id: string }
  | { type: 'rerun'; id: string }
  | { type: 'cancel' }
  | { type: 'export'; id: string; format: ExportFormat }
  | { type: 'copyMarkdown'; id: string }
  | { type: 'openLocation'; file: string; line: number }
  | { type: 'openStep'; step: string };

const isString = (v: unknown): v is string => typeof v === 'string' && v.length < 4096;

/** Every message from the webview is checked before the host acts on it. */
export function parseWebviewMessage(raw: unknown): WebviewToHost | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'cancel':
      return { type: m.type };
    case 'select':
    case 'rerun':
    case 'copyMarkdown':
      return isString(m.id) ? { type: m.type, id: m.id } : undefined;
    case 'export':
      return isString(m.id) && (m.format === 'json' || m.format === 'csv' || m.format === 'markdown') ? { type: 'export', id: m.id, format: m.format } : undefined;
    case 'openLocation':
      return isString(m.file) && Number.isInteger(m.line) && (m.line as number) > 0 ? { type: 'openLocation', file: m.file, line: m.line as number } : undefined;
    case 'openStep':
      return isString(m.step) && /^[a-z0-9-]+$/.test(m.step) ? { type: 'openStep', step: m.step } : undefined;
    default:
      return undefined;
  }
}
