/** The timings panel's script: renders the host's state and sends the user's actions back. */
import morphdom from 'morphdom';
import type { HostToWebview, PanelState, WebviewToHost } from '../shared/panelMessages';
import { renderPanel } from './render';
import type { LaneView } from './schedulerLanes';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): { selectedId?: string } | undefined;
  setState(state: { selectedId?: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let state: PanelState = { runs: [] };
/** The scheduler lanes' zoom per result: the webview's own, kept across the host's re-sends. */
const laneViews = new Map<string, LaneView>();

function render(): void {
  // Keep keyboard focus on the same control across re-renders (results stream in while you tab).
  const focused = document.activeElement as HTMLElement | null;
  const key = focused?.dataset.action ? `${focused.dataset.action}|${focused.dataset.id ?? ''}|${focused.dataset.format ?? ''}` : undefined;
  // Patched in place, not replaced: while a run streams samples the state comes several times a second,
  // and a button replaced between a press and its release (Cancel, above all) never gets the click.
  const next = document.createElement('div');
  next.innerHTML = renderPanel(state, laneViews);
  morphdom(root, next, {
    childrenOnly: true,
    onBeforeElUpdated: (from, to) => {
      if (from.isEqualNode(to)) return false;
      // (A section the user opened stays open.)
      if (from instanceof HTMLDetailsElement && from.open) (to as HTMLDetailsElement).open = true;
      return true;
    },
  });
  if (key) {
    const [action, id, format] = key.split('|');
    const again = [...root.querySelectorAll<HTMLElement>('[data-action]')].find((e) => e.dataset.action === action && (e.dataset.id ?? '') === id && (e.dataset.format ?? '') === format);
    again?.focus();
  }
}

/** Tests only (TimingsPanel.echoFromWebviewForTests): the host asks for a message to come back as if from the user. */
type EchoForTests = { type: 'echoForTests'; message: unknown };

window.addEventListener('message', (event: MessageEvent<HostToWebview | EchoForTests>) => {
  if (event.data?.type === 'echoForTests') {
    vscode.postMessage(event.data.message as WebviewToHost); // unchecked on purpose: the host validates it
    return;
  }
  if (event.data?.type !== 'state') return;
  state = event.data.state;
  render();
});

root.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
  if (!target) return;
  const { action, id, file, line, step, format } = target.dataset;
  switch (action) {
    case 'zoom': {
      const { key, from, to } = target.dataset;
      if (key !== undefined && Number.isFinite(Number(from)) && Number.isFinite(Number(to))) {
        laneViews.set(key, { from: Number(from), to: Number(to) });
        render();
        root.querySelector<HTMLElement>(`[data-action="zoom"][data-key="${CSS.escape(key)}"][aria-label="${CSS.escape(target.getAttribute('aria-label') ?? '')}"]`)?.focus();
      }
      break;
    }
    case 'select':
      if (id) {
        vscode.setState({ selectedId: id });
        vscode.postMessage({ type: 'select', id });
      }
      break;
    case 'rerun':
      if (id) vscode.postMessage({ type: 'rerun', id });
      break;
    case 'cancel':
      vscode.postMessage({ type: 'cancel' });
      break;
    case 'copy':
      if (id) vscode.postMessage({ type: 'copyMarkdown', id });
      break;
    case 'export':
      if (id && (format === 'json' || format === 'csv')) vscode.postMessage({ type: 'export', id, format });
      break;
    case 'open':
      if (file && line) vscode.postMessage({ type: 'openLocation', file, line: Number(line) });
      break;
    case 'step':
      if (step) vscode.postMessage({ type: 'openStep', step });
      break;
  }
});

render();
vscode.postMessage({ type: 'ready' });
