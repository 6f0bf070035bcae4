import * as vscode from 'vscode';

/** Polls a condition until it holds (VS Code features settle asynchronously); fails with the last value seen. */
export async function waitFor<T>(what: string, probe: () => Thenable<T> | T, ok: (value: T) => boolean, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The extension-host tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function activateGilLab() {
  const ext = vscode.extensions.getExtension('gil-lab.gil-lab');
  if (!ext) throw new Error('gil-lab.gil-lab is not installed in this extension host');
  return ext.activate();
}

/**
 * Opens an untitled Python document with this text and shows it. Why the check: VS Code reuses the
 * name Untitled-1 as soon as its window has let the last one go, and an extension host that has not
 * yet heard of that close hands back the old document for the new name.
 */
export async function openScratch(content: string): Promise<vscode.TextDocument> {
  for (let attempt = 0; ; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content });
    if (doc.getText() === content || attempt >= 20) {
      await vscode.window.showTextDocument(doc);
      return doc;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reverts and closes a scratch document's editor, and waits until the extension host has let it go. */
export async function closeScratch(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor('the scratch document closed', () => doc.isClosed, (closed) => closed, 10000);
}
