/**
 * How long VS Code's extension host took to load this extension's code (the require of dist/extension.js,
 * before activate() runs). The extension host marks the start and end of that load in a global
 * performance-mark list; where the list or the marks are absent (another host, another version) the
 * answer is undefined rather than a guess.
 */
interface MarkList {
  getMarks(): { name: string; startTime: number }[];
}

export function codeLoadMs(extensionId: string): number | undefined {
  const list = (globalThis as { MonacoPerformanceMarks?: Partial<MarkList> }).MonacoPerformanceMarks;
  if (typeof list?.getMarks !== 'function') return undefined;
  const marks = list.getMarks();
  const at = (what: string) => marks.find((m) => m.name === `code/extHost/${what}/${extensionId}`)?.startTime;
  const [started, ended] = [at('willLoadExtensionCode'), at('didLoadExtensionCode')];
  return started !== undefined && ended !== undefined && ended >= started ? ended - started : undefined;
}
