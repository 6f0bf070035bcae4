/**
 * The real interpreters integration tests run against: the machine's python3, a 3.9 where present
 * (pyenv or PATH), and the free-threaded build .ci/setup makes (GIL_LAB_PYTHON_FT). With
 * GIL_LAB_REQUIRE_ALL_PYTHONS=1 (CI) a missing one fails instead of skipping.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface TestPython {
  /** A label for test titles: "python3", "3.9", "3.13t". */
  label: string;
  path: string;
}

export const requireAll = process.env.GIL_LAB_REQUIRE_ALL_PYTHONS === '1';

function runs(path: string): boolean {
  try {
    // Imports a few compiled modules too: a build still being installed starts but cannot import them.
    execFileSync(path, ['-c', 'import sysconfig, _opcode, json, threading'], { stdio: 'ignore', timeout: 10000 });
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate) && runs(candidate)) return candidate;
  }
  return undefined;
}

function python39(): string | undefined {
  const pyenv = join(homedir(), '.pyenv', 'versions');
  if (existsSync(pyenv)) {
    for (const version of readdirSync(pyenv).filter((v) => /^3\.9(\.|$)/.test(v)).sort().reverse()) {
      const candidate = join(pyenv, version, 'bin', 'python3.9');
      if (existsSync(candidate) && runs(candidate)) return candidate;
    }
  }
  return onPath('python3.9');
}

function freeThreaded(): string | undefined {
  const fromEnv = process.env.GIL_LAB_PYTHON_FT;
  if (fromEnv && existsSync(fromEnv) && runs(fromEnv)) return fromEnv;
  const cached = join(homedir(), '.cache', 'gil-lab', 'python3.13-ft', 'bin', 'python3.13t');
  if (existsSync(cached) && runs(cached)) return cached;
  return onPath('python3.13t') ?? onPath('python3.14t');
}

let found: { python3?: string; py39?: string; ft?: string } | undefined;
function find() {
  found ??= { python3: onPath('python3'), py39: python39(), ft: freeThreaded() };
  return found;
}

/** The machine's python3 (always required). */
export function python3(): TestPython {
  const path = find().python3;
  if (!path) throw new Error('no python3 on PATH: integration tests need one');
  return { label: 'python3', path };
}

/** Every interpreter available; in CI all three must be. */
export function allPythons(): TestPython[] {
  const { py39, ft } = find();
  const list = [python3()];
  if (py39) list.push({ label: '3.9', path: py39 });
  else if (requireAll) throw new Error('no Python 3.9 found (pyenv or PATH) and GIL_LAB_REQUIRE_ALL_PYTHONS=1');
  if (ft) list.push({ label: '3.13t', path: ft });
  else if (requireAll) throw new Error('no free-threaded Python found (GIL_LAB_PYTHON_FT) and GIL_LAB_REQUIRE_ALL_PYTHONS=1');
  return list;
}

/** The free-threaded interpreter, or undefined (an error in CI). */
export function freeThreadedPython(): TestPython | undefined {
  const ft = find().ft;
  if (!ft && requireAll) throw new Error('no free-threaded Python found and GIL_LAB_REQUIRE_ALL_PYTHONS=1');
  return ft ? { label: '3.13t', path: ft } : undefined;
}
