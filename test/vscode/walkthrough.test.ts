import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateGilLab } from './util';

interface Step {
  id: string;
  title: string;
  description?: string;
  media: { image?: string | Record<string, string>; svg?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
}

describe('walkthrough', function () {
  this.timeout(30000);
  const ext = () => vscode.extensions.getExtension('gil-lab.gil-lab')!;
  const steps = (): Step[] => ext().packageJSON.contributes.walkthroughs[0].steps;

  before(() => activateGilLab());

  it('has every step media file in the installed extension', async () => {
    assert.ok(steps().length >= 10);
    for (const step of steps()) {
      const media = step.media;
      const files = [media.svg, media.markdown, ...(typeof media.image === 'string' ? [media.image] : Object.values(media.image ?? {}))].filter(Boolean) as string[];
      assert.ok(files.length > 0, `${step.id} has no media`);
      for (const f of files) await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext().extensionUri, f)); // throws when missing
    }
  });

  it('links only to commands that exist, and completes steps by doing, not by opening', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const step of steps()) {
      for (const m of (step.description ?? '').matchAll(/\(command:([\w.]+)/g)) assert.ok(all.has(m[1]), `${step.id} links to missing command ${m[1]}`);
      for (const ev of step.completionEvents ?? []) {
        if (ev.startsWith('onCommand:')) assert.ok(all.has(ev.slice('onCommand:'.length)), `${step.id} completes on missing ${ev}`);
      }
    }
  });

  it('opens from its command', async () => {
    await vscode.commands.executeCommand('gilLab.openWalkthrough');
    // The walkthrough editor is a webview-like editor with no document; the active tab's label names it.
    const label = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';
    const deadline = Date.now() + 10000;
    while (!/Threads, Processes|Welcome|Walkthrough/i.test(label()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(label(), /Threads, Processes|Welcome|Walkthrough/i);
  });
});
