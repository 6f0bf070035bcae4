/** Walkthrough and step ids, shared by package.json contributions, the panel's verdict links and diagnostics' code descriptions. */
export const EXTENSION_ID = 'gil-lab.gil-lab';
export const WALKTHROUGH_ID = 'threadsProcessesGil';
export const WALKTHROUGH_FULL_ID = `${EXTENSION_ID}#${WALKTHROUGH_ID}`;

export const STEPS = {
  whatIsGil: 'what-is-the-gil',
  whyGil: 'why-the-gil-exists',
  cpuBound: 'cpu-bound-threads',
  ioBound: 'io-bound-threads',
  pitfallRace: 'pitfall-race',
  pitfallCpuThreads: 'pitfall-cpu-threads',
  practiceProcesses: 'practice-processes',
  practiceLocks: 'practice-locks',
  primitives: 'sync-primitives',
  cReleasesGil: 'c-releases-gil',
  summary: 'summary',
} as const;
export type StepId = (typeof STEPS)[keyof typeof STEPS];

/** `workbench.action.openWalkthrough`'s argument for a step. VS Code joins category and step itself, so `step` is the bare id. */
export function stepWalkthroughArg(step: StepId | string): { category: string; step: string } {
  return { category: WALKTHROUGH_FULL_ID, step };
}

/** A command URI that opens the walkthrough on a step (used in markdown, code descriptions and the panel). */
export function stepCommandUri(step: StepId | string): string {
  const args = encodeURIComponent(JSON.stringify([stepWalkthroughArg(step)]));
  return `command:workbench.action.openWalkthrough?${args}`;
}

/** The path GIL Lab's URI handler answers: `<uriScheme>://gil-lab.gil-lab/walkthrough?step=<id>`. */
export const STEP_URI_PATH = '/walkthrough';

/**
 * A link that opens the walkthrough on a step through GIL Lab's URI handler. Diagnostics use it for
 * their code description: VS Code's editor hover opens that link without allowing `command:` URIs,
 * while a URI for the running product's scheme is handed to the extension that owns it.
 */
export function stepHandlerUri(uriScheme: string, step: StepId | string): string {
  return `${uriScheme}://${EXTENSION_ID}${STEP_URI_PATH}?step=${encodeURIComponent(step)}`;
}

/** The step a handler URI names (path and query as VS Code passes them), or undefined if none is valid. */
export function stepFromHandlerUri(path: string, query: string): StepId | undefined {
  if (path !== STEP_URI_PATH) return undefined;
  const step = new URLSearchParams(query).get('step');
  return (Object.values(STEPS) as string[]).includes(step ?? '') ? (step as StepId) : undefined;
}
