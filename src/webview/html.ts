/** The panel's small text helpers, shared by every renderer module: escaping and number formats. Pure. */

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return '—';
  return s >= 0.9995 ? `${s.toFixed(2)} s` : `${(s * 1000).toFixed(s >= 0.09995 ? 0 : 1)} ms`; // unit chosen after rounding
}

export const fmtTimes = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '' : `×${x.toFixed(2)}`);
