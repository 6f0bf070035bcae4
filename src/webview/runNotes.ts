/** What the user's code left, changed or printed during a run: warnings and the output's first and last lines. Pure. */
import type { CapturedOutput, RunWarning } from '../shared/harnessProtocol';
import { amount } from '../measure/outputCapture';
import { esc } from './html';


export function warningsList(warnings: readonly RunWarning[] | undefined): string {
  if (!warnings?.length) return '';
  return `<ul class="warning run-warnings" role="alert">${warnings.map((w) => `<li data-kind="${esc(w.kind)}">${esc(w.message)}</li>`).join('')}</ul>`;
}

export function outputBlock(output: CapturedOutput | undefined, fn: string): string {
  if (!output) return '';
  const what = `${esc(fn)}() printed ${esc(amount(output.bytes))} (${esc(output.lines.toLocaleString('en-US'))} line${output.lines === 1 ? '' : 's'})`;
  const body = output.tail ? `${esc(output.head)}\n<span class="muted">… ${esc(omitted(output))} …</span>\n${esc(output.tail)}` : esc(output.head);
  return `<details class="output"><summary>${what}${output.tail ? ': its first and last lines' : ''}</summary><pre>${body}</pre></details>`;
}

function omitted(output: CapturedOutput): string {
  const shown = output.head.split('\n').length + output.tail.split('\n').length;
  return `${Math.max(0, output.lines - shown).toLocaleString('en-US')} lines not shown`;
}
