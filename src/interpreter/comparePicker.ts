import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { probeInterpreter } from '../measure/engine';
import { findOnPath } from './candidates';

/**
 * Lets the user pick a second interpreter for side-by-side runs. Offers what it can find
 * (free-threaded builds first), probes each so the list says what it is, and saves the choice
 * in gilLab.compareWith.
 */
export async function pickCompareInterpreter(): Promise<string | undefined> {
  const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { path?: string }>();
  quickPick.title = 'GIL Lab: interpreter to compare with';
  quickPick.placeholder = 'A free-threaded build (python3.13t, python3.14t) shows what removing the GIL changes';
  quickPick.busy = true;
  quickPick.show();
  const browse = { label: '$(folder-opened) Browse…', alwaysShow: true };
  const guide = { label: '$(book) How do I get a free-threaded Python?', alwaysShow: true };
  quickPick.items = [browse, guide];

  void findInterpreters().then(async (paths) => {
    const probed = await Promise.all(
      paths.map(async (p) => {
        try {
          const f = await probeInterpreter(p, { timeoutMs: 10000 });
          return { p, f };
        } catch {
          return undefined;
        }
      }),
    );
    const items = probed
      .filter((x): x is NonNullable<typeof x> => !!x && x.f.versionInfo[0] === 3 && x.f.versionInfo[1] >= 9)
      .sort((a, b) => Number(b.f.freeThreaded) - Number(a.f.freeThreaded))
      .map(({ p, f }) => ({ label: `Python ${f.version}${f.freeThreaded ? ' (free-threaded)' : ''}`, description: `GIL ${f.gilEnabled ? 'on' : 'off'}`, detail: p, path: p }));
    quickPick.items = [...items, browse, guide];
    quickPick.busy = false;
  });

  const choice = await new Promise<(vscode.QuickPickItem & { path?: string }) | undefined>((resolve) => {
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]));
    quickPick.onDidHide(() => resolve(undefined));
  });
  quickPick.dispose();
  if (!choice) return undefined;
  if (choice === guide) {
    await vscode.env.openExternal(vscode.Uri.parse('https://docs.python.org/3/howto/free-threading-python.html'));
    return undefined;
  }
  let chosen = choice.path;
  if (choice === browse) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare with this interpreter' });
    chosen = picked?.[0]?.fsPath;
  }
  if (!chosen) return undefined;
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('gilLab').update('compareWith', chosen, target);
  return chosen;
}

/** Interpreters worth offering: free-threaded and versioned names on PATH, pyenv's, and GIL Lab's own cache. */
async function findInterpreters(): Promise<string[]> {
  const found = new Set<string>();
  for (const name of ['python3.14t', 'python3.13t', 'python3.15t', 'python3.14', 'python3.13', 'python3.12', 'python3']) {
    const p = await findOnPath(name);
    if (p) found.add(p);
  }
  const home = os.homedir();
  const roots = [path.join(home, '.cache', 'gil-lab'), path.join(process.env.PYENV_ROOT ?? path.join(home, '.pyenv'), 'versions')];
  for (const root of roots) {
    const dirs = await fs.readdir(root).catch(() => [] as string[]);
    for (const d of dirs) {
      const bin = path.join(root, d, 'bin');
      const names = await fs.readdir(bin).catch(() => [] as string[]);
      for (const n of names) if (/^python3\.\d+t?$/.test(n)) found.add(path.join(bin, n));
    }
  }
  return [...found];
}
