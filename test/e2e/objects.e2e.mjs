// The objects journey: a user opens the lesson's ledger (walkthroughs/samples/ledger.py, copied beside the
// fixture workspace's files), whose Ledger.deposit() copies self.balance into a local, waits, and writes it
// back from a thread pool. The method has lenses (its __init__ none); the user clicks "Race check" above it
// and reads in the panel that updates to self.balance were lost, with the line saying the threads shared one
// Ledger; applies the quick fix with Ctrl+. (a lock of the ledger made in __init__, held from the read to the
// write), saves, clicks "Race check" again and reads that none were lost. Then, in a light theme, "Processes
// too" on the locked ledger says why each process cannot get its own pickled copy.
import { strict as assert } from 'node:assert';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../launcher/vscodeServer.mjs';
import { offerQuickFix, openFile, panelFrame, runCommand, screenshot, setTheme, settledText, waitUntil } from './lib/workbench.mjs';

const FILE = 'ledger.py';
const folder = mkdtempSync(join(tmpdir(), 'gil-lab-e2e-objects-'));
cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
copyFileSync(join(repoRoot, 'walkthroughs', 'samples', FILE), join(folder, FILE));
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));

const SOURCE = readFileSync(join(repoRoot, 'walkthroughs', 'samples', FILE), 'utf8').split('\n');
/** 1-based line of the first source line that contains `text`. */
const lineOf = (text) => SOURCE.findIndex((l) => l.includes(text)) + 1;
const FIX = 'Create `self._lock = threading.Lock()` in __init__ and guard the update with it';
const SHARED = 'Threads share one Ledger instance (made once per run).';

const editorOf = (page) => page.locator('.editor-instance .monaco-editor').first();
const editorText = async (page) => (await editorOf(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
const squiggles = (page) => editorOf(page).locator('.squiggly-warning, .squiggly-error, .squiggly-info').count();
/** Each lens line drawn in the editor, as the titles of its links. */
const lensLines = (page) => editorOf(page).locator('.contentWidgets .codelens-decoration').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('a')].map((a) => a.textContent.trim())));

/** Puts the cursor at line:column (1-based) with Go to Line. */
async function goTo(page, line, column = 1) {
  // Into the editor's visible box, near its top left (past the line numbers): .view-lines is as wide and tall
  // as the text, and a click at its middle would scroll the editor to reach it.
  await editorOf(page).click({ position: { x: 110, y: 12 } });
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 30000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

/** Clicks a lens link with the mouse, as a user does. */
async function clickLens(page, title) {
  const link = editorOf(page).locator('.contentWidgets .codelens-decoration a', { hasText: title }).first();
  await link.waitFor({ timeout: 60000 });
  await link.click();
}

/** The panel's selected run: its heading, the sharing line, and each race row's mode and lost count. */
async function panelState(page) {
  const frame = panelFrame(page);
  const heading = await frame.locator('section.result h3').first().innerText({ timeout: 2000 }).catch(() => '');
  const sharing = await frame.locator('section.result .note.sharing').first().innerText({ timeout: 1000 }).catch(() => '');
  const error = await frame.locator('section.error').first().innerText({ timeout: 1000 }).catch(() => '');
  const running = (await frame.locator('.progress').count().catch(() => 0)) > 0;
  const rows = await frame.locator('section.result table.data tbody tr').allInnerTexts().catch(() => []);
  const runs = rows.map((row) => {
    const cells = row.split('\t').map((c) => c.trim());
    const num = (s) => Number((s ?? '').split('(')[0].replace(/[^\d]/g, ''));
    return { mode: cells[1], expected: num(cells[2]), observed: num(cells[3]), lost: num(cells[4]) };
  });
  const history = await frame.locator('.history-item').count().catch(() => 0);
  return { heading, sharing, error, running, runs, history };
}

async function raceCheckFromLens(page, runNumber) {
  await clickLens(page, 'Race check');
  const state = await waitUntil(
    `race check #${runNumber} of Ledger.deposit() in the panel`,
    () => panelState(page),
    (s) => !s.running && (runNumber < 2 || s.history >= runNumber) && s.runs.length >= 6 && /race check on self\.balance/.test(s.heading) && s.sharing !== '',
    180000,
  );
  for (const r of state.runs) assert.equal(r.expected - r.observed, r.lost, `lost = expected - observed: ${JSON.stringify(r)}`);
  assert.equal(state.sharing, SHARED);
  return state;
}

const threadedLost = (state) => state.runs.filter((r) => r.mode === 'threads').map((r) => r.lost);

export default {
  title: 'objects: a method, its instance and its state',
  options: { folder },
  journeys: [
    {
      name: 'the ledger is underlined where deposit() writes self.balance back; lenses sit above deposit(), none above __init__',
      async run({ page }) {
        await openFile(page, FILE);
        await waitUntil('the race squiggle', () => squiggles(page), (n) => n >= 1, 60000);
        const lenses = await waitUntil('the lenses above deposit()', () => lensLines(page), (l) => l.some((line) => line.some((t) => /Race check/.test(t))), 60000);
        // One lens line, and it is deposit()'s: ▶ Serial vs threaded, Processes too, Race check; no Instance lens (Ledger() takes nothing).
        assert.equal(lenses.length, 1, `lens lines: ${JSON.stringify(lenses)}`);
        assert.deepEqual(lenses[0].filter((t) => t !== '|' && t !== ''), ['▶ Serial vs threaded', 'Processes too', 'Race check']);
        const defLine = editorOf(page).locator('.view-line', { hasText: 'def deposit(self, amount=10):' });
        // The lenses are drawn again when the language server has started: read the boxes until both are laid out.
        await waitUntil(
          'the lens line right above def deposit',
          async () => ({ lens: await editorOf(page).locator('.contentWidgets .codelens-decoration').first().boundingBox().catch(() => null), def: await defLine.boundingBox().catch(() => null) }),
          ({ lens, def }) => Boolean(lens && def && lens.y < def.y && def.y - lens.y < 2 * def.height),
          15000,
        );
      },
    },
    {
      name: 'Race check above deposit(): the panel shows updates to self.balance lost by threads sharing one Ledger',
      async run({ page }) {
        const state = await raceCheckFromLens(page, 1);
        assert.equal(state.runs[0].mode, 'serial');
        assert.equal(state.runs[0].lost, 0, 'the serial run lost nothing');
        const lost = threadedLost(state);
        assert.ok(lost.length >= 5 && lost.some((n) => n > 0), `no threaded run lost a deposit: ${lost.join(', ')}`);
        console.log(`    lost per threaded run before the fix: ${lost.join(', ')} of ${state.runs[0].expected}`);
        const frame = panelFrame(page);
        await frame.locator('.verdict').first().waitFor({ timeout: 30000 });
        assert.match(await frame.locator('.verdict p').first().innerText(), /updates to self\.balance were lost/);
        await screenshot(page, 'objects-race-before-dark', { docs: true });
      },
    },
    {
      name: 'Ctrl+. on the squiggle offers the ledger a lock; applied and saved, the file holds it from the read to the write',
      async run({ page, workspace }) {
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        // Column 1, then Home to the first character: the cursor on the squiggle, the view scrolled to the left.
        const toWrite = async () => {
          await goTo(page, lineOf('self.balance = balance + amount'), 1);
          await page.keyboard.press('Home');
        };
        const fix = await offerQuickFix(page, FIX, toWrite, 'the quick fixes at `self.balance = balance + amount`');
        await screenshot(page, 'objects-quickfix-dark', { docs: true });
        await fix.click();
        await waitUntil('the lock in the file', () => editorText(page), (t) => /self\._lock = threading\.Lock\(\)/.test(t) && /with self\._lock:/.test(t), 30000);
        await page.keyboard.press('Control+S');
        const file = join(workspace, FILE);
        const text = await waitUntil('the saved fix', () => settledText(file), (t) => /with self\._lock:/.test(t), 30000);
        assert.match(text, /^import threading$/m);
        assert.match(text, /def __init__\(self\):\n(?: {8}\S.*\n)* {8}self\._lock = threading\.Lock\(\)\n/, 'the lock is made in __init__');
        assert.match(text, / {12}with self\._lock:\n {16}balance = self\.balance\n {16}time\.sleep\(0\.001\)[^\n]*\n {16}self\.balance = balance \+ amount\n/);
        await waitUntil('no squiggle left', () => squiggles(page), (n) => n === 0, 60000);
      },
    },
    {
      name: 'Race check again (the lens stays for the state counted before): none lost',
      async run({ page }) {
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        await goTo(page, 1);
        const state = await raceCheckFromLens(page, 2);
        const lost = threadedLost(state);
        assert.ok(lost.length >= 5 && lost.every((n) => n === 0), `the locked ledger lost deposits: ${lost.join(', ')}`);
        console.log(`    lost per threaded run after the fix: ${lost.join(', ')} of ${state.runs[0].expected}`);
        await panelFrame(page).locator('.verdict').first().waitFor({ timeout: 30000 });
        await screenshot(page, 'objects-race-after-dark', { docs: true });
      },
    },
    {
      name: 'light theme: the race check again, then Processes too on the locked ledger says it cannot be pickled',
      async run({ page }) {
        await setTheme(page, 'Light Modern');
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        await goTo(page, 1);
        const state = await raceCheckFromLens(page, 3);
        assert.ok(threadedLost(state).every((n) => n === 0), `lost ${threadedLost(state).join(', ')}`);
        await screenshot(page, 'objects-race-after-light', { docs: true });
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        await clickLens(page, 'Processes too');
        const failed = await waitUntil('the processes run\'s message', () => panelState(page), (s) => !s.running && s.history >= 4 && s.error.length > 0, 180000);
        assert.match(failed.error, /Each worker process gets its own copy of the Ledger instance by pickling, and this one cannot be pickled: TypeError: cannot pickle '_thread\.lock' object/);
        assert.match(failed.error, /__getstate__/);
        // The error notification the run raised goes away as a user would close it.
        await page.keyboard.press('Escape');
        await screenshot(page, 'objects-processes-unpicklable-light', { docs: true });
        await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
      },
    },
  ],
};
