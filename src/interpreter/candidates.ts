/** Choosing the interpreter from an ordered list of candidates. No `vscode`: tested in plain mocha. */
import { promises as fs, constants as fsConstants } from 'node:fs';
import * as path from 'node:path';
import type { InterpreterFacts } from '../shared/harnessProtocol';
import { probeInterpreter } from '../measure/engine';

export type CandidateSource = 'Python extension' | 'gilLab.pythonPath' | 'python.defaultInterpreterPath' | 'PATH';

export interface Candidate {
  source: CandidateSource;
  path: string;
}

export interface ChosenInterpreter extends Candidate {
  facts: InterpreterFacts;
}

export const MIN_VERSION: [number, number] = [3, 9];

export function expandWorkspaceFolder(value: string, folder: string | undefined): string {
  return folder ? value.replace(/\$\{workspaceFolder\}/g, () => folder) : value; // a function: "$&" in a folder name stays literal
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    if (!(await fs.stat(file)).isFile()) return false; // a directory has its x bit too
    await fs.access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds an executable on PATH without a shell (PATHEXT on Windows). A name with a directory part is
 * checked where it is and made absolute, so a relative path means the same whatever cwd runs it.
 */
export async function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : [''];
  if (name.includes('/') || name.includes('\\')) {
    const full = path.resolve(name);
    for (const ext of process.platform === 'win32' ? ['', ...exts] : ['']) if (await isExecutableFile(full + ext)) return full + ext;
    return undefined;
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const full = path.join(dir, name + ext);
      if (await isExecutableFile(full)) return full;
    }
  }
  return undefined;
}

export type Probe = (python: string) => Promise<InterpreterFacts>;

/** The first candidate that runs and is new enough; otherwise an Error naming every candidate and why it was rejected. */
export async function chooseInterpreter(candidates: readonly Candidate[], probe: Probe = (p) => probeInterpreter(p)): Promise<ChosenInterpreter> {
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const resolved = (await findOnPath(c.path)) ?? c.path;
    if (seen.has(resolved)) continue;
    seen.add(resolved);
    if (!(await findOnPath(c.path))) {
      rejected.push(`${c.path} (${c.source}): not found`);
      continue;
    }
    try {
      const facts = await probe(resolved);
      const [major, minor] = facts.versionInfo;
      if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
        rejected.push(`${c.path} (${c.source}): Python ${facts.version} is older than ${MIN_VERSION.join('.')}`);
        continue;
      }
      return { ...c, path: resolved, facts };
    } catch (err) {
      rejected.push(`${c.path} (${c.source}): ${String((err as Error)?.message ?? err).replace(/\.$/, '')}`);
    }
  }
  throw new Error(`GIL Lab found no usable Python ${MIN_VERSION.join('.')}+ interpreter. Tried: ${rejected.join('; ')}.`);
}
