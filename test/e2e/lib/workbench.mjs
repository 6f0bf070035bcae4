// Helpers for e2e journeys: drive the real VS Code workbench (VS Code server + headless Chromium)
// the way a user does — keyboard, quick open, views — and take screenshots.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, basename } from 'node:path';
import { repoRoot, startVSCode, copyToTemp } from '../../launcher/vscodeServer.mjs';

export const resultsDir = join(repoRoot, 'test-results', 'e2e');
export const docsScreenshots = join(repoRoot, 'docs', 'screenshots');
const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

/**
 * Opens VS Code with our extension loaded (extensionDevelopmentPath via the payload, no tests path)
 * on a temp copy of `folder` (default: test/fixtures/workspace). Env GIL_LAB_EXTENSION_PATH loads another
 * build of the extension; opts.extensionsDir + opts.noDevExtension run an installed one instead.
 */
export async function openVSCode(opts = {}) {
  const source = opts.folder ?? join(repoRoot, 'test', 'fixtures', 'workspace');
  const workspace = opts.copy === false ? source : copyToTemp(existsSync(source) ? source : undefined, 'gil-lab-e2e-ws-');
  const vs = await startVSCode({
    folder: workspace,
    extensionDevelopmentPath: opts.noDevExtension ? undefined : (process.env.GIL_LAB_EXTENSION_PATH || repoRoot),
    settings: opts.settings,
    extensionsDir: opts.extensionsDir,
    viewport: opts.viewport,
  });
  const stop = async () => {
    await vs.stop();
    if (opts.copy !== false) rmSync(workspace, { recursive: true, force: true });
  };
  try {
    await waitForWorkbench(vs.page);
  } catch (e) {
    await stop();
    throw e;
  }
  return { ...vs, workspace, stop };
}

/** The workbench is drawn and the extension host has connected (the status bar is populated). */
export async function waitForWorkbench(page, timeout = 120000) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForSelector('.part.statusbar', { timeout });
  await page.waitForSelector('.part.activitybar, .part.sidebar', { timeout });
  // Clicking the editor area gives the workbench keyboard focus without opening anything.
  await page.locator('.part.editor').click({ position: { x: 400, y: 300 } }).catch(() => {});
}

async function quickInput(page) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout: 30000 });
  return widget;
}

/** Rows of the open quick pick, as their aria-labels. */
export async function quickPickLabels(page) {
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  return rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
}

/** Opens the command palette (F1) and types `text`; returns the quick input locator. */
export async function openPalette(page, text = '') {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const widget = await quickInput(page);
  if (text) await page.keyboard.type(text, { delay: 10 });
  return widget;
}

/** Waits for a quick pick row whose label contains `label`. */
export async function waitForRow(page, label, timeout = 30000) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout });
  return row;
}

/** Runs a command the way a user does: F1, type its palette label, Enter on the matching row. */
export async function runCommand(page, label) {
  await openPalette(page, label);
  const row = await waitForRow(page, label);
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

/** Opens a workspace file through quick open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, relPath) {
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${mod}+P`);
  await quickInput(page);
  await page.keyboard.type(relPath, { delay: 10 });
  await waitForRow(page, basename(relPath));
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label*="${basename(relPath)}"]`).first().waitFor({ timeout: 30000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
}

/** Picks a color theme through "Preferences: Color Theme". */
export async function setTheme(page, themeName) {
  await runCommand(page, 'Preferences: Color Theme');
  await quickInput(page);
  await page.keyboard.type(themeName, { delay: 10 });
  await waitForRow(page, themeName);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

/**
 * Saves test-results/e2e/<name>.png; with { docs: true } also copies it to docs/screenshots/<name>.png.
 * Returns the path.
 */
export async function screenshot(page, name, opts = {}) {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file, ...(opts.clip ? { clip: opts.clip } : {}) });
  if (opts.docs) {
    mkdirSync(docsScreenshots, { recursive: true });
    copyFileSync(file, join(docsScreenshots, `${name}.png`));
  }
  return file;
}

/** Polls an async probe until ok(value); throws with the last value. */
export async function waitUntil(what, probe, ok = Boolean, timeout = 30000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 800)}`);
}
