import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { chooseInterpreter, expandWorkspaceFolder, findOnPath, MIN_VERSION, type Candidate } from '../../../src/interpreter/candidates';
import type { InterpreterFacts } from '../../../src/shared/harnessProtocol';
import { ft313, gil311 } from '../measure/fixtures';

function facts(version: string): InterpreterFacts {
  const [a, b, c] = version.split('.').map(Number);
  return { ...gil311, version, versionInfo: [a, b, c] };
}

describe('interpreter candidates: ${workspaceFolder}', () => {
  it('expands every occurrence', () => {
    assert.equal(expandWorkspaceFolder('${workspaceFolder}/.venv/bin/python', '/w/proj'), '/w/proj/.venv/bin/python');
    assert.equal(expandWorkspaceFolder('${workspaceFolder}/a:${workspaceFolder}/b', '/w'), '/w/a:/w/b');
  });
  it('leaves other variables, and everything without a folder, as it is', () => {
    assert.equal(expandWorkspaceFolder('${workspaceFolderBasename}/python', '/w/proj'), '${workspaceFolderBasename}/python');
    assert.equal(expandWorkspaceFolder('${env:HOME}/py', '/w/proj'), '${env:HOME}/py');
    assert.equal(expandWorkspaceFolder('${workspaceFolder}/.venv/bin/python', undefined), '${workspaceFolder}/.venv/bin/python');
    assert.equal(expandWorkspaceFolder('/usr/bin/python3', '/w/proj'), '/usr/bin/python3');
  });
  it('inserts a folder name with "$" in it literally', () => {
    assert.equal(expandWorkspaceFolder('${workspaceFolder}/py', '/home/me/a$&b'), '/home/me/a$&b/py');
    assert.equal(expandWorkspaceFolder('${workspaceFolder}/py', "/home/me/$$cash$1$'"), "/home/me/$$cash$1$'/py");
  });
});

(process.platform === 'win32' ? describe.skip : describe)('interpreter candidates: finding and choosing', () => {
  let root: string;
  let savedPath: string | undefined;
  /** A file with the execute bit (never run: the probe is faked). */
  const exe = (rel: string, mode = 0o755) => {
    const full = join(root, rel);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '#!/bin/sh\nexit 0\n');
    chmodSync(full, mode);
    return full;
  };
  const dir = (rel: string) => {
    const full = join(root, rel);
    mkdirSync(full, { recursive: true });
    return full;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'gil-lab-candidates-'));
    savedPath = process.env.PATH;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
    rmSync(root, { recursive: true, force: true });
  });

  describe('findOnPath', () => {
    it('takes the first PATH directory holding an executable of that name', async () => {
      exe('a/python3', 0o644); // there, but not executable
      const b = exe('b/python3');
      exe('c/python3');
      assert.equal(await findOnPath('python3', { PATH: [join(root, 'a'), join(root, 'b'), join(root, 'c')].join(delimiter) }), b);
    });
    it('skips a directory with the name, and empty PATH entries', async () => {
      dir('a/python3');
      const b = exe('b/python3');
      assert.equal(await findOnPath('python3', { PATH: ['', join(root, 'a'), '', join(root, 'b')].join(delimiter) }), b);
    });
    it('finds nothing when no directory has it, or there is no PATH', async () => {
      exe('b/python3');
      assert.equal(await findOnPath('python3.13t', { PATH: join(root, 'b') }), undefined);
      assert.equal(await findOnPath('python3', {}), undefined);
      assert.equal(await findOnPath('python3', { PATH: '' }), undefined);
    });
    it('checks a name with a directory part where it is, and makes it absolute', async () => {
      const venv = exe('proj/.venv/bin/python');
      assert.equal(await findOnPath(venv, { PATH: '' }), venv);
      assert.equal(await findOnPath(relative(process.cwd(), venv), { PATH: '' }), venv);
      assert.equal(await findOnPath(join(root, 'proj/.venv/bin/python9'), { PATH: '' }), undefined);
      assert.equal(await findOnPath(exe('plain/python', 0o644), { PATH: '' }), undefined);
      assert.equal(await findOnPath(dir('proj/.venv/bin/python3'), { PATH: '' }), undefined);
    });
  });

  describe('chooseInterpreter', () => {
    /** A probe that answers from a table and records what it was asked. */
    function fakeProbe(answers: Record<string, InterpreterFacts | Error>) {
      const asked: string[] = [];
      const probe = async (python: string) => {
        asked.push(python);
        const a = answers[python];
        if (a === undefined) throw new Error(`unexpected probe of ${python}`);
        if (a instanceof Error) throw a;
        return a;
      };
      return { probe, asked };
    }
    /** The chain in the order the extension builds it (src/interpreter/discovery.ts). */
    function chain(parts: { extension?: string; pythonPath?: string; defaultPath?: string; folder?: string }): Candidate[] {
      const list: Candidate[] = [];
      if (parts.extension) list.push({ source: 'Python extension', path: parts.extension });
      if (parts.pythonPath) list.push({ source: 'gilLab.pythonPath', path: expandWorkspaceFolder(parts.pythonPath, parts.folder) });
      if (parts.defaultPath) list.push({ source: 'python.defaultInterpreterPath', path: expandWorkspaceFolder(parts.defaultPath, parts.folder) });
      list.push({ source: 'PATH', path: 'python3' }, { source: 'PATH', path: 'python' });
      return list;
    }

    it('takes the Python extension\'s selected environment first, and probes nothing else', async () => {
      const env = exe('envs/ml/bin/python');
      const venv = exe('proj/.venv/bin/python');
      const hint = exe('opt/python3.12');
      process.env.PATH = dir('bin');
      exe('bin/python3');
      const { probe, asked } = fakeProbe({ [env]: facts('3.12.4') });
      const chosen = await chooseInterpreter(chain({ extension: env, pythonPath: '${workspaceFolder}/.venv/bin/python', defaultPath: hint, folder: join(root, 'proj') }), probe);
      assert.deepEqual(chosen, { source: 'Python extension', path: env, facts: facts('3.12.4') });
      assert.deepEqual(asked, [env]);
      assert.ok(venv);
    });

    it('goes on to gilLab.pythonPath, with ${workspaceFolder} expanded, when the selected one is too old', async () => {
      const env = exe('envs/old/bin/python');
      const venv = exe('proj/.venv/bin/python');
      const { probe, asked } = fakeProbe({ [env]: facts('3.8.18'), [venv]: ft313 });
      const chosen = await chooseInterpreter(chain({ extension: env, pythonPath: '${workspaceFolder}/.venv/bin/python', folder: join(root, 'proj') }), probe);
      assert.equal(chosen.source, 'gilLab.pythonPath');
      assert.equal(chosen.path, venv);
      assert.equal(chosen.facts, ft313);
      assert.deepEqual(asked, [env, venv]);
    });

    it('goes on to python.defaultInterpreterPath when gilLab.pythonPath is missing, without probing it', async () => {
      const hint = exe('opt/python3.12');
      const { probe, asked } = fakeProbe({ [hint]: facts('3.12.4') });
      const chosen = await chooseInterpreter(chain({ pythonPath: '${workspaceFolder}/.venv/bin/python', defaultPath: hint, folder: join(root, 'proj') }), probe);
      assert.equal(chosen.source, 'python.defaultInterpreterPath');
      assert.deepEqual(asked, [hint]);
    });

    it('falls back to python3, then python, on PATH, and returns the full path', async () => {
      process.env.PATH = [dir('empty'), join(root, 'bin')].join(delimiter);
      const python = exe('bin/python'); // no python3 anywhere
      const { probe, asked } = fakeProbe({ [python]: facts('3.10.14') });
      const chosen = await chooseInterpreter(chain({}), probe);
      assert.deepEqual(chosen, { source: 'PATH', path: python, facts: facts('3.10.14') });
      assert.deepEqual(asked, [python]);
    });

    it('names every candidate and why it was rejected when none will do', async () => {
      process.env.PATH = dir('bin');
      const env = exe('envs/old/bin/python');
      const hint = exe('opt/python3.12');
      const { probe } = fakeProbe({ [env]: facts('3.8.18'), [hint]: new Error(`Could not start ${hint}: spawn EACCES.`) });
      const venv = join(root, 'proj', '.venv', 'bin', 'python');
      await assert.rejects(chooseInterpreter(chain({ extension: env, pythonPath: '${workspaceFolder}/.venv/bin/python', defaultPath: hint, folder: join(root, 'proj') }), probe), {
        message:
          `GIL Lab found no usable Python 3.9+ interpreter. Tried: ${env} (Python extension): Python 3.8.18 is older than 3.9; ` +
          `${venv} (gilLab.pythonPath): not found; ${hint} (python.defaultInterpreterPath): Could not start ${hint}: spawn EACCES; ` +
          'python3 (PATH): not found; python (PATH): not found.',
      });
    });

    it('probes the same interpreter once, however many candidates name it', async () => {
      const py = exe('bin/python3');
      process.env.PATH = join(root, 'bin');
      const { probe, asked } = fakeProbe({ [py]: new Error('Python exited with code 1 before it answered.') });
      await assert.rejects(chooseInterpreter(chain({ pythonPath: py, defaultPath: py }), probe), (err: Error) => {
        assert.equal(err.message.split(py).length - 1, 1, err.message);
        assert.match(err.message, /Tried: .*python3 \(gilLab\.pythonPath\): Python exited with code 1 before it answered; python \(PATH\): not found\.$/);
        return true;
      });
      assert.deepEqual(asked, [py]);
    });

    it('compares versions as numbers: 3.9.0 and 3.10 pass, 3.8 and 2.7 do not', async () => {
      assert.deepEqual(MIN_VERSION, [3, 9]);
      const py = exe('bin/python');
      const verdict = async (version: string) => {
        const { probe } = fakeProbe({ [py]: facts(version) });
        return chooseInterpreter([{ source: 'gilLab.pythonPath', path: py }], probe).then(
          () => 'ok',
          (e: Error) => e.message,
        );
      };
      assert.equal(await verdict('3.9.0'), 'ok');
      assert.equal(await verdict('3.10.0'), 'ok');
      assert.equal(await verdict('3.14.0'), 'ok');
      assert.equal(await verdict('4.0.0'), 'ok');
      assert.match(await verdict('3.8.18'), /Python 3\.8\.18 is older than 3\.9\.$/);
      assert.match(await verdict('2.7.18'), /Python 2\.7\.18 is older than 3\.9\.$/);
    });

    it('returns a relative path made absolute, so it runs the same from any working directory', async () => {
      const py = exe('proj/.venv/bin/python');
      const rel = relative(process.cwd(), py);
      const { probe, asked } = fakeProbe({ [py]: facts('3.11.7') });
      const chosen = await chooseInterpreter([{ source: 'gilLab.pythonPath', path: rel }], probe);
      assert.equal(chosen.path, py);
      assert.deepEqual(asked, [py]);
    });
  });
});
