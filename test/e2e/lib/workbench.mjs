// Helpers for e2e journeys: drive the real VS Code workbench (VS Code server + headless Chromium)
// the way a user does — keyboard, quick open, views — and take screenshots.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { repoRoot, startVSCode, copyToTemp, onCleanup } from '../../launcher/vscodeServer.mjs';

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
  const removeWorkspace = () => { if (opts.copy !== false) rmSync(workspace, { recursive: true, force: true }); };
  const unregister = onCleanup(removeWorkspace);
  const stop = async () => {
    await vs.stop();
    unregister();
    removeWorkspace();
  };
  try {
    await waitForWorkbench(vs.page);
  } catch (e) {
    await stop();
    throw e;
  }
  return { ...vs, workspace, stop };
}

/** The timings panel's document: VS Code nests a webview in two iframes. */
export const panelFrame = (page) => page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame, iframe[title]').first();

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

/**
 * Opens a quick input with `keys` and puts `value` in its box. The text is filled into the quick input's
 * own <input> (never typed at whatever has focus: a restored editor may take focus while the window
 * settles and close the palette); retried when the widget closes under us.
 */
async function quickOpen(page, keys, value) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press(keys);
    if (!(await widget.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false))) {
      // The keyboard had no workbench focus (e.g. right after load): focus the status bar's area and retry.
      await page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } }).catch(() => {});
      await page.keyboard.press(keys);
      await widget.waitFor({ state: 'visible', timeout: 30000 });
    }
    try {
      await input.fill(value, { timeout: 5000 });
      await page.waitForTimeout(300); // let a late focus change show itself before trusting the widget
      if ((await widget.isVisible()) && (await input.inputValue()) === value) return widget;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
    if (attempt >= 3) throw new Error(`the quick input kept closing while filling "${value}"`);
  }
}

/** Opens the command palette (F1) with `text` after the ">" prefix; returns the quick input locator. */
export async function openPalette(page, text = '') {
  return quickOpen(page, 'F1', `>${text}`);
}

/** Waits for a quick pick row whose label contains `label`. */
export async function waitForRow(page, label, timeout = 30000) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout });
  return row;
}

/** Runs a command the way a user does: F1, its palette label, the matching row. */
export async function runCommand(page, label) {
  for (let attempt = 1; ; attempt++) {
    await openPalette(page, label);
    try {
      const row = await waitForRow(page, label, attempt < 2 ? 15000 : 30000);
      await row.click();
      break;
    } catch (e) {
      if (attempt >= 2) throw e;
    }
  }
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

/** Opens a workspace file through quick open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, relPath) {
  await quickOpen(page, `${mod}+P`, relPath);
  await (await waitForRow(page, basename(relPath))).click();
  await page.locator(`.tabs-container .tab[aria-label*="${basename(relPath)}"]`).first().waitFor({ timeout: 30000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
}

/** Picks a color theme through "Preferences: Color Theme". */
export async function setTheme(page, themeName) {
  await runCommand(page, 'Preferences: Color Theme');
  await quickInput(page);
  await page.locator('.quick-input-widget .quick-input-box input').fill(themeName);
  await (await waitForRow(page, themeName)).click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

/**
 * Saves test-results/e2e/<name>.png; with { docs: true } also copies it to docs/screenshots/<name>.png
 * (when that is absent, or always with GIL_LAB_UPDATE_SCREENSHOTS=1).
 * Returns the path.
 */
export async function screenshot(page, name, opts = {}) {
  mkdirSync(resultsDir, { recursive: true });
  if (!opts.keepHover) {
    // Park the mouse on the status bar so no hover card covers the picture.
    const vp = page.viewportSize();
    if (vp) await page.mouse.move(vp.width / 2, vp.height - 3);
    await page.locator('.workbench-hover, .monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {});
  }
  const file = join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file, ...(opts.clip ? { clip: opts.clip } : {}) });
  // docs/screenshots/<name>.png is written when absent, or refreshed with GIL_LAB_UPDATE_SCREENSHOTS=1
  // (so a test run does not churn the committed pictures).
  const docFile = join(docsScreenshots, `${name}.png`);
  if (opts.docs && (!existsSync(docFile) || process.env.GIL_LAB_UPDATE_SCREENSHOTS === '1')) {
    mkdirSync(docsScreenshots, { recursive: true });
    copyFileSync(file, docFile);
  }
  return file;
}

/** Polls an async probe until ok(value); throws with the last value. */
/**
 * A saved file's text once the editor has stopped writing it: '' while its last change is under half a second
 * old, so that a `waitUntil` polls again. (A run once found a module without its functions right after the saved
 * text had been seen: the interpreter read the file while it was being written again.)
 */
export function settledText(path) {
  return Date.now() - statSync(path).mtimeMs < 500 ? '' : readFileSync(path, 'utf8');
}

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

/**
 * Runs the lens titled `title` above `def fn(` at `line` of the active group's editor through *Show
 * CodeLens Commands for Current Line*, as a keyboard user does; returns when it was clicked (ms).
 * The lens list can come up before a just-opened file's lenses resolve, or a palette keystroke can be
 * lost on a busy machine: the list is asked for again, up to three times.
 */
export async function clickLensAbove(page, title, fn, line) {
  // The editor of the active group: the panel sits in a second group beside it.
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.editor-group-container.active .view-lines .view-line', { hasText: new RegExp(`def\\s+${fn}\\(`) }).first().waitFor({ timeout: 30000 });
  await waitUntil(`the "${title}" lens above ${fn}()`, () => page.locator('.contentWidgets .codelens-decoration a', { hasText: title }).count(), (n) => n > 0, 60000);
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'Show CodeLens Commands for Current Line');
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    if (await row.waitFor({ timeout: 15000 }).then(() => true, () => false)) {
      await row.click();
      return Date.now();
    }
    if (attempt >= 3) throw new Error(`no "${title}" among the lens commands above ${fn}()`);
    await page.keyboard.press('Escape');
  }
}

/**
 * Presses Ctrl+. where `place` puts the cursor until the quick fix titled `title` is offered, and
 * returns its row. Pressed while the editor is still taking focus back (from Go to Line), or before
 * the fixes for the line have arrived, Ctrl+. shows nothing: a user presses it again.
 */
export async function offerQuickFix(page, title, place, what = `the quick fix "${title}"`) {
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  await waitUntil(
    what,
    async () => {
      await place();
      await page.keyboard.press('Control+.');
      if (await fix.waitFor({ timeout: 5000 }).then(() => true, () => false)) return true;
      await page.keyboard.press('Escape');
      return false;
    },
    Boolean,
    60000,
  );
  return fix;
}
