// The race-diagnostics journey: a user opens the lesson's racy counter (walkthroughs/samples/race_counter.py,
// copied beside the fixture workspace's files), sees the unlocked `counter += ...` underlined and listed in the
// Problems panel, reads the explanation in the hover (with its link to the walkthrough), runs the
// "Race check" lens and reads expected vs observed per run in the panel, then applies the quick fixes —
// once with Ctrl+. in the editor, once from the Problems panel's context menu — and sees the file guarded
// by a lock and the Problems panel empty.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../launcher/vscodeServer.mjs';
import { offerQuickFix, openFile, panelFrame, runCommand, screenshot, setTheme, settledText, waitUntil } from './lib/workbench.mjs';

const FILE = 'race_counter.py';

/** The fixture workspace plus the lesson's own racy sample, so the journey tests what learners get. */
const folder = mkdtempSync(join(tmpdir(), 'gil-lab-e2e-diag-'));
cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
copyFileSync(join(repoRoot, 'walkthroughs', 'samples', FILE), join(folder, FILE));
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));

/**
 * A second file for the shapes real programs have: a ledger whose method copies its balance into a
 * local, waits and writes it back (GIL001 on an attribute), and a rate cache filled on first use
 * with no lock over the test and the set (GIL004), both run from a thread pool.
 */
const SHAPES = 'ledger_rates.py';
const SHAPES_TEXT = readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', SHAPES), 'utf8');
writeFileSync(join(folder, SHAPES), SHAPES_TEXT);
const SERVER_TEXT_LINE = (code) => readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', SERVER), 'utf8').split('\n').findIndex((l) => l.trim() === code) + 1;
const SHAPES_LINE = (code) => SHAPES_TEXT.split('\n').findIndex((l) => l.trim() === code) + 1;
const SERVER = 'chat_server.py';
writeFileSync(join(folder, SERVER), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', SERVER), 'utf8'));
/** A library module with no thread of its own: its locks say callers run it from several threads. */
const LIBRARY = 'job_board.py';
const LIBRARY_TEXT = readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', LIBRARY), 'utf8');
writeFileSync(join(folder, LIBRARY), LIBRARY_TEXT);
const LIBRARY_LINE = (code) => LIBRARY_TEXT.split('\n').findIndex((l) => l.trim() === code) + 1;
/** A module that takes its lock with acquire() and returns early before release() (GIL005). */
const LEFT_TAKEN = 'order_book.py';
writeFileSync(join(folder, LEFT_TAKEN), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', LEFT_TAKEN), 'utf8'));
/** A dispatcher whose pool threads read the turn before its lock, and use a session a timer clears (GIL004 twice). */
const DISPATCHER = 'dispatcher.py';
const DISPATCHER_TEXT = readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', DISPATCHER), 'utf8');
writeFileSync(join(folder, DISPATCHER), DISPATCHER_TEXT);
const DISPATCHER_LINE = (code) => DISPATCHER_TEXT.split('\n').findIndex((l) => l.trim() === code) + 1;
/** An uploader whose __init__ starts its worker before it makes the queue the worker fills (GIL006). */
const STARTED_EARLY = 'uploader.py';
writeFileSync(join(folder, STARTED_EARLY), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', STARTED_EARLY), 'utf8'));
const BOOTH = 'ticket_booth.py';
const BOOTH_TEXT = readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', BOOTH), 'utf8');
writeFileSync(join(folder, BOOTH), BOOTH_TEXT);
const BOOTH_LINE = (code) => BOOTH_TEXT.split('\n').findIndex((l) => l.trim() === code) + 1;
const PURSE = 'purse.py';
writeFileSync(join(folder, PURSE), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', PURSE), 'utf8'));
const FREE_THREADED = [process.env.GIL_LAB_PYTHON_FT, join(homedir(), '.cache', 'gil-lab', 'python3.13-ft', 'bin', 'python3.13t')].find((p) => p && existsSync(p));
const LOBBY = 'lobby.py';
writeFileSync(join(folder, LOBBY), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', LOBBY), 'utf8'));
const DOWNLOADS = 'downloads.py';
writeFileSync(join(folder, DOWNLOADS), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', DOWNLOADS), 'utf8'));
/** A handler module whose threads are started in another file of the workspace (relay_server.py). */
const HANDLERS = 'relay_handlers.py';
const STARTER = 'relay_server.py';
for (const f of [HANDLERS, STARTER]) writeFileSync(join(folder, f), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', f), 'utf8'));

/** A card table whose one object another module keeps and calls from every player's thread (card_server.py). */
const TABLE = 'card_table.py';
const TABLE_SERVER = 'card_server.py';
for (const f of [TABLE, TABLE_SERVER]) writeFileSync(join(folder, f), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', f), 'utf8'));

/** A photo saver whose threads test the output folder and then make it (GIL004, with the makedirs fix). */
const SAVER = 'photo_saver.py';
writeFileSync(join(folder, SAVER), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', SAVER), 'utf8'));

/** A spooler whose thread copies its jobs and then clears them while clients submit (GIL001), and two printers waiting under an `if` (GIL004). */
const SPOOLER = 'print_spooler.py';
writeFileSync(join(folder, SPOOLER), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', SPOOLER), 'utf8'));

/** A chat room whose members' sockets and nicknames are two lists kept in step by position (GIL004: a position used after another thread's removal). */
const ROOM = 'chat_room.py';
writeFileSync(join(folder, ROOM), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', ROOM), 'utf8'));

/** A visit log that every worker thread writes through one text file object (GIL001, with a lock fix). */
const VISITS = 'visit_log.py';
writeFileSync(join(folder, VISITS), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', VISITS), 'utf8'));

/** Report savers whose threads all write one path opened with "w" (GIL001, no quick fix: each thread needs a file of its own, or one lock). */
const REPORTS = 'report_savers.py';
writeFileSync(join(folder, REPORTS), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', REPORTS), 'utf8'));
const BANK = 'branch_bank.py';
writeFileSync(join(folder, BANK), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', BANK), 'utf8'));
/** An exporter whose thread sets its busy flag first while export() tests it right after start() (GIL006), and a flush Timer that re-arms itself while close() cancels it (GIL001). */
const EXPORTER = 'exporter.py';
writeFileSync(join(folder, EXPORTER), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', EXPORTER), 'utf8'));

/** A crawler whose threads build each request from the shared page offset before the lock that moves it on (GIL004, with the move-the-read fix). */
const FETCHER = 'page_fetcher.py';
writeFileSync(join(folder, FETCHER), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', FETCHER), 'utf8'));

/** A link checker on a thread pool of its own (the Worker/add_task recipe): the function it queues updates a global (GIL001, with the lock fix). */
const CHECKER = 'link_checker.py';
writeFileSync(join(folder, CHECKER), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', CHECKER), 'utf8'));

/** A box office that prints the seats left right after starting its sales, with no join() (GIL006; the fix is typed in). */
const OFFICE = 'box_office.py';
writeFileSync(join(folder, OFFICE), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', OFFICE), 'utf8'));

/** Ticket windows that loop while seats are left and take one under the lock (GIL004 at the loop's test; the guard is typed in). */
const WINDOWS = 'ticket_windows.py';
writeFileSync(join(folder, WINDOWS), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', WINDOWS), 'utf8'));

/**
 * A quiz server in three modules (the corpus project quiz_buzzer, without its markers): the request handler class in one,
 * its ThreadingMixIn server class in another, the two made into a server in a third.
 */
const CONTESTANT = 'contestant.py';
const BUZZER_SERVER = 'buzzer_server.py';
const QUIZ_HOST = 'host.py';
for (const f of [CONTESTANT, BUZZER_SERVER, QUIZ_HOST]) writeFileSync(join(folder, f), readFileSync(join(repoRoot, 'test', 'corpus-projects', 'quiz_buzzer', f), 'utf8').replace(/ {2}# expect: GIL\d+/g, ''));

/** A quiz whose clock thread gives the countdown its first value, read by the game right after the start (GIL006, NameError; the first value is typed in). */
const QUIZ = 'quiz_clock.py';
writeFileSync(join(folder, QUIZ), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', QUIZ), 'utf8'));

/** A relay race whose runners are handed the result of `run_lap(lane)` instead of the function (GIL008, with the hand-it-over fix). */
const RELAY = 'relay_race.py';
writeFileSync(join(folder, RELAY), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', RELAY), 'utf8'));

/** Two tellers that take the vault's and the till's locks in opposite orders (GIL009; the real interpreter deadlocks). */
const TELLERS = 'bank_tellers.py';
writeFileSync(join(folder, TELLERS), readFileSync(join(repoRoot, 'test', 'fixtures', 'analysis', TELLERS), 'utf8'));

const MESSAGE = /`counter` is a module global, updated without a lock by code that runs in threads/;

/** The walkthrough opened at the step about races (not its first step); photographed, then closed. */
async function expectRaceStep(page, shot) {
  const walkthroughTab = page.locator('.tabs-container .tab', { hasText: /Walkthrough|Welcome|Threads, Processes/ }).first();
  await walkthroughTab.waitFor({ timeout: 30000 });
  await page.locator('.gettingStartedContainer').first().waitFor({ timeout: 30000 });
  await waitUntil('the GIL Lab walkthrough', () => page.locator('.gettingStartedContainer').first().innerText(), (t) => /Threads, Processes/.test(t), 30000);
  await waitUntil(
    'the race step expanded',
    () => page.evaluate(() => document.querySelector('.getting-started-step.expanded')?.textContent ?? ''),
    (t) => /Pitfall: the GIL does not make counter \+= 1 safe/.test(t),
    30000,
  );
  if (shot) await screenshot(page, shot);
  await runCommand(page, 'View: Close Editor');
  await walkthroughTab.waitFor({ state: 'detached', timeout: 10000 });
}

const editorOf = (page) => page.locator('.editor-instance .monaco-editor').first();
const problemsPanel = (page) => page.locator('.part.panel .markers-panel');
/** The Problems panel's rows (file rows, marker rows, related-information rows): aria-label, then the text shown. */
const problemRows = (page) => problemsPanel(page).locator('.monaco-list-row').evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label') ?? ''} | ${e.textContent ?? ''}`));
const squiggles = (page) => editorOf(page).locator('.squiggly-warning, .squiggly-error, .squiggly-info').count();

/** Puts the cursor at line:column (1-based) with Go to Line. */
async function goTo(page, line, column = 1) {
  await editorOf(page).locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 30000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

async function showProblems(page) {
  await runCommand(page, 'Problems: Focus on Problems View');
  await problemsPanel(page).waitFor({ timeout: 30000 });
}

/** Runs `read` with the panel maximized: the Problems list renders only the rows it has room for. */
async function withPanelMaximized(page, read) {
  await runCommand(page, 'View: Toggle Maximized Panel');
  try {
    return await read();
  } finally {
    await runCommand(page, 'View: Toggle Maximized Panel');
  }
}

/** Runs a lens the keyboard way: cursor on the `def` line, then "Show CodeLens Commands for Current Line". */
async function runLens(page, title, fn, line) {
  await goTo(page, line);
  await waitUntil(`the "${title}" lens above ${fn}()`, () => page.locator('.contentWidgets .codelens-decoration a', { hasText: title }).count(), (n) => n > 0, 60000);
  await runCommand(page, 'Show CodeLens Commands for Current Line');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 30000 });
  await row.click();
}

/** Hovers over `word` until the hover that says `says` shows (the first hovers can come before the diagnostics). */
async function hoverOver(page, word, says) {
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: says }).first();
  await waitUntil(
    `the hover that says "${says}"`,
    async () => {
      await word.hover();
      return hover.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
    },
    Boolean,
    60000,
  );
  return hover;
}

/** The editor line that is exactly `code` (give or take indentation); the docstring quotes the same code. */
/** Closes every editor, waits until the Problems panel lists none of the files `others` matches, then opens `file` with the panel in view. */
async function openAlone(page, file, others) {
  await runCommand(page, 'View: Close All Editors');
  await showProblems(page);
  await withPanelMaximized(page, () => waitUntil('no other file in the Problems panel', () => problemRows(page), (r) => !r.some((x) => others.test(x)), 60000));
  await openFile(page, file);
  await showProblems(page);
}

function lineWith(page, code) {
  const esc = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
  return editorOf(page).locator('.view-lines .view-line', { hasText: new RegExp(`^\\s*${esc}\\s*$`) }).first();
}

export default {
  title: 'race diagnostics',
  options: { folder },
  journeys: [
    {
      name: 'the racy counter is underlined and listed in the Problems panel as GIL001 naming `counter`',
      async run({ page }) {
        await openFile(page, FILE);
        await waitUntil('the race squiggles', () => squiggles(page), (n) => n >= 2, 60000);
        await showProblems(page);
        const rows = await waitUntil('two GIL001 entries in the Problems panel', () => problemRows(page), (r) => r.filter((x) => /GIL001/.test(x)).length === 2, 60000);
        const markers = rows.filter((x) => /GIL001/.test(x));
        for (const m of markers) assert.match(m, MESSAGE, m);
        assert.ok(markers.some((m) => /counter \+= 1`/.test(m)), markers.join('\n'));
        assert.ok(markers.some((m) => /counter \+= one\(\)`/.test(m)), markers.join('\n'));
        assert.ok(rows.some((r) => r.includes(FILE)), `the Problems panel groups them under ${FILE}: ${rows.join(' | ')}`);
        // The first problem selected, so the picture shows its full message and the line it points at.
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        await lineWith(page, 'counter += 1').waitFor();
        await screenshot(page, 'diagnostics-problems-dark', { docs: true });
      },
    },
    {
      name: 'hovering the squiggle explains the race and links to the walkthrough step',
      async run({ page }) {
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        const hover = await hoverOver(page, lineWith(page, 'counter += 1').locator('span span', { hasText: 'counter' }).first(), 'module global');
        const text = await hover.innerText();
        assert.match(text, MESSAGE);
        assert.match(text, /reads, changes and writes back in separate steps/);
        assert.match(text, /GIL001/);
        // The code is a link (the diagnostic's code description) to the walkthrough step about races,
        // through GIL Lab's URI handler (the hover does not follow `command:` links).
        const link = hover.locator('a', { hasText: 'GIL001' }).first();
        await link.waitFor({ timeout: 10000 });
        const href = (await link.getAttribute('data-href')) ?? (await link.getAttribute('href')) ?? (await link.getAttribute('title')) ?? '';
        assert.match(href, /^[a-z-]+:\/\/gil-lab\.gil-lab\/walkthrough\?step=pitfall-race$/, href);
        await screenshot(page, 'diagnostics-hover-dark', { keepHover: true, docs: true });
        await link.click();
        await expectRaceStep(page, 'diagnostics-walkthrough-step-dark');
        // The same link in the Problems panel.
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        await showProblems(page);
        await problemsPanel(page).locator('a', { hasText: 'GIL001' }).first().click();
        await expectRaceStep(page);
      },
    },
    {
      name: 'the "Race check" lens shows expected vs observed per run in the panel',
      async run({ page }) {
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        await runLens(page, 'Race check', 'increment_with_call', 23);
        const frame = panelFrame(page);
        const rows = frame.locator('section.result table.data tbody tr');
        await waitUntil('every race run in the panel', () => rows.count(), (n) => n >= 5, 180000);
        const heading = await frame.locator('section.result h3').first().innerText();
        assert.match(heading, /race check on counter/i);
        const head = await frame.locator('section.result table.data thead').first().innerText();
        for (const col of ['expected', 'observed', 'lost updates']) assert.match(head, new RegExp(col));
        for (const row of await rows.allInnerTexts()) {
          // run, mode, expected, observed, lost (pct)
          const cells = row.split('\t').map((c) => c.trim());
          const num = (s) => Number(s.replace(/[^\d]/g, ''));
          assert.ok(num(cells[2]) > 0, `expected is a count: ${row}`);
          assert.equal(num(cells[2]) - num(cells[3]), num(cells[4].split('(')[0]), `lost = expected - observed: ${row}`);
        }
        await frame.locator('.verdict').first().waitFor({ timeout: 30000 });
        // The Problems panel out of the way, so the picture has every run of the table.
        await runCommand(page, 'View: Hide Panel');
        await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10000 });
        await frame.locator('section.result table.data tbody tr').last().scrollIntoViewIfNeeded();
        await screenshot(page, 'panel-race-check-dark', { docs: true });
        // Close the panel so the editor has the room again.
        await page.locator('.tabs-container .tab', { hasText: 'GIL Lab: Timings' }).first().click();
        await runCommand(page, 'View: Close Editor');
      },
    },
    {
      name: 'Ctrl+. offers the lock quick fix, and applying it guards the first write',
      async run({ page }) {
        await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
        await showProblems(page);
        const menu = page.locator('.action-widget');
        const fix = await offerQuickFix(page, 'Create `counter_lock = threading.Lock()`', () => goTo(page, 20, 10), 'the quick fixes at `counter += 1`');
        const items = await menu.locator('.monaco-list-row').allInnerTexts();
        assert.ok(items.some((t) => /Suppress GIL001 on this line/.test(t)), items.join(' | '));
        await screenshot(page, 'diagnostics-quickfix-dark', { docs: true });
        await fix.click();
        await waitUntil('the lock in the file', async () => (await editorOf(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' '), (t) => /counter_lock = threading\.Lock\(\)/.test(t) && /with counter_lock:/.test(t), 30000);
        await waitUntil('one GIL001 left', () => problemRows(page), (r) => r.filter((x) => /GIL001/.test(x)).length === 1, 60000);
      },
    },
    {
      name: 'the Problems panel\'s quick fix guards the second write with the same lock; the file is clean',
      async run({ page, workspace }) {
        await showProblems(page);
        const row = problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first();
        await row.waitFor({ timeout: 30000 });
        await row.click();
        // The Problems panel asks for a problem's quick fixes when its row is selected (its lightbulb shows);
        // until they arrive its menus have only Copy. Ask the way a user would, again until the fix is there:
        // Ctrl+. on the selected problem (the view's "Show fixes"), or its context menu.
        const item = page.locator('.monaco-menu .action-item', { hasText: 'Guard with the existing lock `counter_lock`' }).first();
        const offered = () => item.waitFor({ timeout: 3000 }).then(() => true, () => false);
        await waitUntil(
          'the quick fix for the selected problem',
          async () => {
            await row.click();
            await page.keyboard.press('Control+.');
            if (await offered()) return true;
            await page.keyboard.press('Escape');
            await row.click({ button: 'right' });
            if (await offered()) return true;
            await page.keyboard.press('Escape');
            return false;
          },
          Boolean,
          90000,
        );
        const menuItems = await page.locator('.monaco-menu .action-item').allInnerTexts();
        assert.ok(menuItems.some((t) => /Suppress GIL001 on this line/.test(t)), menuItems.join(' | '));
        // A click that lands while the menu is still being laid out leaves it open: click again while it is there.
        await waitUntil(
          'no GIL001 in the Problems panel',
          async () => {
            if (await item.isVisible().catch(() => false)) await item.click({ timeout: 2000 }).catch(() => {});
            return problemRows(page);
          },
          (r) => !r.some((x) => /GIL001/.test(x)),
          60000,
        );
        // Save, and the file on disk is guarded: one module-level lock, both writes under it.
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        const file = join(workspace, FILE);
        const text = await waitUntil('the saved fix', () => settledText(file), (t) => (t.match(/with counter_lock:/g) ?? []).length === 2, 30000);
        assert.match(text, /^counter_lock = threading\.Lock\(\)$/m);
        assert.match(text, /with counter_lock:\n\s+counter \+= 1\n/);
        assert.match(text, /with counter_lock:\n\s+counter \+= one\(\)\n/);
        // The same analysis from the command line agrees: nothing left (exit 0).
        execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', file], { encoding: 'utf8' });
        assert.equal(await squiggles(page), 0);
        await waitUntil('the empty Problems panel', () => problemsPanel(page).innerText(), (t) => /No problems have been detected/i.test(t), 30000);
        // A smaller Problems panel, so the picture has the lock and both guarded writes above it.
        await showProblems(page);
        const panelBox = await page.locator('.part.panel').boundingBox();
        // Drag the sash between the editor and the panel down, as a user would.
        const sash = await page.evaluate((top) => {
          const hit = [...document.querySelectorAll('.monaco-sash.horizontal')].map((e) => e.getBoundingClientRect()).find((r) => Math.abs(r.top + r.height / 2 - top) < 6 && r.width > 200);
          return hit ? { x: hit.left + hit.width / 2, y: hit.top + hit.height / 2 } : undefined;
        }, panelBox.y);
        assert.ok(sash, 'the sash above the panel');
        await page.mouse.move(sash.x, sash.y);
        await page.mouse.down();
        await page.mouse.move(sash.x, sash.y + 70, { steps: 8 });
        await page.mouse.move(sash.x, sash.y + 140, { steps: 8 });
        await page.mouse.up();
        await waitUntil('a smaller Problems panel', async () => (await page.locator('.part.panel').boundingBox()).height, (h) => h < panelBox.height - 60, 10000);
        await goTo(page, 1);
        for (let i = 0; i < 7; i++) await page.keyboard.press('Control+ArrowDown'); // scroll: line 8 on top
        await screenshot(page, 'diagnostics-fixed-dark', { docs: true });
      },
    },
    {
      name: 'shapes of real code: an attribute written back after a wait (GIL001) and a cache filled without a lock (GIL004), dark and light',
      async run({ page }) {
        await openFile(page, SHAPES);
        await showProblems(page);
        const rows = await waitUntil('GIL001 and GIL004 for ledger_rates.py', () => problemRows(page), (r) => r.some((x) => /GIL001/.test(x) && /self\.balance/.test(x)) && r.some((x) => /GIL004/.test(x)), 60000);
        const writeBack = rows.find((x) => /GIL001/.test(x) && /self\.balance/.test(x));
        assert.match(writeBack, /`self\.balance` is an attribute of an object whose method runs in several threads, and code that runs in threads \(ThreadPoolExecutor\.submit at line 27\) reads it into `current` at line 12 and writes it back here/);
        assert.match(writeBack, /`time\.sleep\(0\.001\)` at line 13 makes this thread wait between the two, and the other threads run meanwhile, on every interpreter, with the GIL or without/);
        assert.match(rows.find((x) => /GIL004/.test(x)), /`rates\[currency\]` is an item of the module-level container `rates`, and code that runs in threads \(ThreadPoolExecutor\.submit at line 28\) tests it here and sets it at line 19 with no lock over both/);
        await waitUntil('the two squiggles', () => squiggles(page), (n) => n >= 2, 60000);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        await lineWith(page, 'self.balance = current + amount').waitFor();
        await screenshot(page, 'diagnostics-shapes-problems-dark', { docs: true });
        await setTheme(page, 'Light Modern');
        await screenshot(page, 'diagnostics-shapes-problems-light', { docs: true });
      },
    },
    {
      name: 'shapes of real code: the quick fixes add a lock to the ledger and hold a lock over the cache test; both findings gone, dark and light',
      async run({ page, workspace }) {
        await page.locator('.tabs-container .tab', { hasText: SHAPES }).first().click();
        /** Ctrl+. at a line until the fix is offered, then apply it. */
        const applyFix = async (line, column, title, shot) => {
          const fix = await offerQuickFix(page, title, () => goTo(page, line, column));
          if (shot) await screenshot(page, shot, { docs: true });
          await fix.click();
        };
        const text = async () => (await editorOf(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
        await applyFix(SHAPES_LINE('self.balance = current + amount'), 10, 'Create `self._lock = threading.Lock()` in __init__ and guard the update with it', 'diagnostics-shapes-quickfix-light');
        await waitUntil('the lock in __init__ and around the read and the write', text, (t) => /self\._lock = threading\.Lock\(\)/.test(t) && /with self\._lock:/.test(t), 30000);
        await waitUntil('the GIL001 gone', () => problemRows(page), (r) => !r.some((x) => /GIL001/.test(x)) && r.some((x) => /GIL004/.test(x)), 60000);
        // The cache's test moved down by the lines the first fix added (import, lock, with).
        await applyFix(SHAPES_LINE('if currency not in rates:') + 3, 12, 'Create `rates_lock = threading.Lock()` and hold it over the test and the set');
        await waitUntil('the lock over the test and the set', text, (t) => /with rates_lock:/.test(t), 30000);
        await waitUntil('the empty Problems panel', () => problemsPanel(page).innerText(), (t) => /No problems have been detected/i.test(t), 60000);
        assert.equal(await squiggles(page), 0);
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        const file = join(workspace, SHAPES);
        const saved = await waitUntil('the saved fixes', () => settledText(file), (t) => /with rates_lock:/.test(t) && /with self\._lock:/.test(t), 30000);
        assert.match(saved, /def __init__\(self\):\n {8}self\._lock = threading\.Lock\(\)\n {8}self\.balance = 0\n/);
        assert.match(saved, / {8}with self\._lock:\n {12}current = self\.balance\n {12}time\.sleep\(0\.001\)\n {12}self\.balance = current \+ amount\n/);
        assert.match(saved, /^rates_lock = threading\.Lock\(\)$/m);
        assert.match(saved, / {4}with rates_lock:\n {8}if currency not in rates:\n {12}rates\[currency\] = len\(currency\) \* 0\.1\n/);
        // The fixed program runs and loses no deposit; the command line agrees there is nothing left (exit 0).
        const printed = execFileSync('python3', [file], { encoding: 'utf8' }).trim();
        assert.equal(printed, '100');
        execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', file], { encoding: 'utf8' });
        await goTo(page, 1);
        await screenshot(page, 'diagnostics-shapes-fixed-light', { docs: true });
        await setTheme(page, 'Dark Modern');
        await screenshot(page, 'diagnostics-shapes-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a threading socket server: the handler\'s counter, nickname registry (its test-and-set and its test-and-remove) and nested room counter are flagged; the GIL004 fixes make the registry one setdefault and one pop',
      async run({ page, workspace }) {
        await openFile(page, SERVER);
        await showProblems(page);
        const rows = await withPanelMaximized(page, () => waitUntil('four findings for chat_server.py', () => problemRows(page), (r) => r.filter((x) => /GIL00[14]/.test(x) && /request handler ChatHandler/.test(x)).length >= 4, 60000));
        const handler = 'the request handler ChatHandler, run on a thread per request by ThreadingMixIn';
        assert.ok(rows.some((x) => x.includes(`\`connections\` is a module global, updated without a lock by code that runs in threads (${handler})`)), rows.join('\n'));
        assert.ok(rows.some((x) => /GIL004/.test(x) && x.includes('`nicknames[nick]` is an item of the module-level container `nicknames`')), rows.join('\n'));
        assert.ok(rows.some((x) => x.includes('`messages["lobby"]["sent"]` is an item of `room`, which is an item of the module-level container `messages`')), rows.join('\n'));
        assert.ok(rows.some((x) => /GIL004/.test(x) && x.includes('finds an item in it here and removes it at line') && x.includes('the second removal fails')), rows.join('\n'));
        await waitUntil('the squiggles', () => squiggles(page), (n) => n >= 4, 60000);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        await lineWith(page, 'nicknames[nick] = self.client_address').waitFor();
        await screenshot(page, 'diagnostics-server-problems-dark', { docs: true });
        // The registry's quick fix: the value is plain, so the test and the set become one setdefault.
        const title = 'Replace the test and the set with `nicknames.setdefault(nick, self.client_address)` (one step)';
        const fix = await offerQuickFix(page, title, () => goTo(page, SERVER_TEXT_LINE('if nick not in nicknames:'), 12));
        await fix.click();
        await withPanelMaximized(page, () => waitUntil('one GIL004 left (the removal), the two GIL001 kept', () => problemRows(page), (r) => r.filter((x) => /GIL004/.test(x)).length === 1 && r.filter((x) => /GIL001/.test(x) && /ChatHandler/.test(x)).length === 2, 60000));
        // The removal's quick fix: `del` after `in` becomes one pop with a default (the setdefault made the file a line shorter).
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        await lineWith(page, 'del nicknames[nick]').waitFor();
        await screenshot(page, 'diagnostics-server-removal-dark', { docs: true });
        const removal = await offerQuickFix(page, 'Replace the test and the removal with `nicknames.pop(nick, None)` (one step)', () => goTo(page, SERVER_TEXT_LINE('if nick in nicknames:') - 1, 12));
        await removal.click();
        await waitUntil('both GIL004 gone, the two GIL001 kept', () => problemRows(page), (r) => !r.some((x) => /GIL004/.test(x)) && r.filter((x) => /GIL001/.test(x) && /ChatHandler/.test(x)).length === 2, 60000);
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        const saved = await waitUntil('the saved fixes', () => settledText(join(workspace, SERVER)), (t) => /setdefault/.test(t) && /\.pop\(/.test(t), 30000);
        assert.match(saved, /\n {8}nicknames\.setdefault\(nick, self\.client_address\)\n {8}for line in self\.rfile:\n/);
        assert.match(saved, /\n {12}self\.wfile\.write\(line\)\n {8}nicknames\.pop\(nick, None\)\n/);
        assert.doesNotMatch(saved, /if nick not in nicknames/);
        assert.doesNotMatch(saved, /if nick in nicknames/);
        // The fixed server still runs: it starts, serves for a moment and stops.
        assert.match(execFileSync('python3', [join(workspace, SERVER)], { encoding: 'utf8' }), /^\(0, 0, \{'lobby': \{'sent': 0\}\}\)/);
        await goTo(page, 1);
        await screenshot(page, 'diagnostics-server-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a library module that starts no thread: its locks make its functions thread code; the id re-read after the lock and the unlocked counter are flagged and fixed',
      async run({ page, workspace }) {
        // The other journeys' files stay open with their findings; closed, their rows leave the Problems list
        // (it renders only the rows it has room for, and this file's would come after theirs).
        await openAlone(page, LIBRARY, /chat_server|ledger_rates|race_counter/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 and GIL001 for job_board.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x) && /_last_id/.test(x)) && r.some((x) => /GIL001/.test(x) && /self\.reposted/.test(x)), 60000));
        const stale = rows.find((x) => /GIL004/.test(x) && /_last_id/.test(x));
        assert.ok(stale.includes("the module's public functions: the module takes `_id_lock` around this state, so they are meant to be called from several threads"), stale);
        assert.ok(stale.includes('then reads it here, after letting the lock go') && stale.includes('two callers can get the same value'), stale);
        assert.ok(rows.some((x) => /GIL001/.test(x) && x.includes('the public methods of JobBoard: the class takes `self._lock` around this state')), rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: '_last_id' }).first().click();
        await lineWith(page, 'return _last_id').waitFor();
        await screenshot(page, 'diagnostics-library-problems-dark', { docs: true });
        const text = async () => (await editorOf(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
        const inside = await offerQuickFix(page, 'Return it from inside `with _id_lock:`, while the lock is held', () => goTo(page, LIBRARY_LINE('return _last_id'), 12));
        await inside.click();
        await withPanelMaximized(page, () => waitUntil('the GIL004 gone, the GIL001 kept', () => problemRows(page), (r) => !r.some((x) => /GIL004/.test(x) && /_last_id/.test(x)) && r.some((x) => /GIL001/.test(x) && /self\.reposted/.test(x)), 60000));
        const guard = await offerQuickFix(page, 'Guard with the existing lock `self._lock`', () => goTo(page, LIBRARY_LINE('self.reposted += 1'), 10));
        await guard.click();
        // (The editor's lines are not in order in the page: count the `with`s, and read the order from the saved file.)
        await waitUntil('the guarded counter', text, (t) => (t.match(/with self\._lock:/g) ?? []).length === 4, 30000);
        await withPanelMaximized(page, () => waitUntil('no finding left for job_board.py', () => problemRows(page), (r) => !r.some((x) => /job_board|_last_id|self\.reposted/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        const saved = await waitUntil('the saved fixes', () => settledText(join(workspace, LIBRARY)), (t) => /with self\._lock:\n {12}self\.reposted/.test(t), 30000);
        assert.match(saved, /\n {4}with _id_lock:\n {8}_last_id \+= 1\n {8}return _last_id\n/);
        // The fixed module, run from eight threads: every id is taken once.
        const check = 'import sys, threading; sys.path.insert(0, sys.argv[1]); import job_board as jb; b = jb.JobBoard(); ' +
          'res = [[] for _ in range(8)]; ts = [threading.Thread(target=lambda r=r: r.extend(b.post("x") for _ in range(500))) for r in res]; [t.start() for t in ts]; [t.join() for t in ts]; ids = sum(res, []); print(len(ids), len(set(ids)))';
        assert.equal(execFileSync('python3', ['-c', check, workspace], { encoding: 'utf8' }).trim(), '4000 4000');
        await goTo(page, LIBRARY_LINE('with _id_lock:'));
        await screenshot(page, 'diagnostics-library-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a lock taken with acquire() and left taken by an early return: GIL005 in the Problems panel, its hover and its link to the locks step',
      async run({ page }) {
        await openAlone(page, LEFT_TAKEN, /chat_server|ledger_rates|race_counter|job_board/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL005 for order_book.py', () => problemRows(page), (r) => r.some((x) => /GIL005/.test(x)), 60000));
        const row = rows.find((x) => /GIL005/.test(x));
        assert.ok(row.includes('This `return` leaves with `book_lock` still held') && row.includes('waits forever'), row);
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL005' }).first().click();
        await lineWith(page, 'return').waitFor();
        // The hover over the `return`, with the code linking to the walkthrough step about locks.
        const hover = await hoverOver(page, lineWith(page, 'return').locator('span span', { hasText: 'return' }).first(), 'still held');
        assert.match(await hover.innerText(), /Hold it with `?with book_lock:`?/);
        const link = hover.locator('a', { hasText: 'GIL005' }).first();
        await link.waitFor({ timeout: 10000 });
        const href = (await link.getAttribute('data-href')) ?? (await link.getAttribute('href')) ?? (await link.getAttribute('title')) ?? '';
        assert.match(href, /^[a-z-]+:\/\/gil-lab\.gil-lab\/walkthrough\?step=practice-locks$/, href);
        await screenshot(page, 'diagnostics-lock-left-taken-dark', { keepHover: true, docs: true });
      },
    },
    {
      name: 'a value read before the lock that changes it, and a reference another thread clears: both GIL004; the fix moves the read inside the lock and every host then gets its turn',
      async run({ page, workspace }) {
        await openAlone(page, DISPATCHER, /chat_server|ledger_rates|race_counter|job_board|order_book/);
        const rows = await withPanelMaximized(page, () => waitUntil('the two GIL004 findings for dispatcher.py', () => problemRows(page), (r) => r.filter((x) => /GIL004/.test(x)).length === 2, 60000));
        const early = rows.find((x) => /self\.turn`/.test(x));
        assert.ok(early?.includes('reads it here, before taking `self.turn_lock`') && early.includes('two threads can read the same value'), rows.join('\n'));
        const cleared = rows.find((x) => /self\.session`/.test(x));
        assert.ok(cleared?.includes('tests here that it is set and then uses it') && cleared.includes('sets it to None'), rows.join('\n'));
        // The hover over the session test says what can happen and the way out (no quick fix for it).
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'self.session' }).first().click();
        await lineWith(page, 'if self.session is not None:').waitFor();
        const hover = await hoverOver(page, lineWith(page, 'if self.session is not None:').locator('span span', { hasText: 'session' }).first(), 'sets it to None');
        assert.match(await hover.innerText(), /Take it into a local once/);
        await screenshot(page, 'diagnostics-read-across-lock-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const move = await offerQuickFix(page, 'Move the read inside `with self.turn_lock:`', () => goTo(page, DISPATCHER_LINE('host = self.hosts[self.turn]'), 27));
        await move.click();
        await withPanelMaximized(page, () => waitUntil('the early read gone, the session finding kept', () => problemRows(page), (r) => !r.some((x) => /self\.turn`/.test(x)) && r.some((x) => /self\.session`/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        const saved = await waitUntil('the saved fix', () => settledText(join(workspace, DISPATCHER)), (t) => /with self\.turn_lock:\n {12}host = self\.hosts\[self\.turn\]\n/.test(t), 30000);
        assert.doesNotMatch(saved, /\n {8}host = self\.hosts/);
        // The fixed dispatcher, from six pool threads: each of three hosts gets exactly its share.
        const check = 'import sys, collections; sys.path.insert(0, sys.argv[1]); import dispatcher as d; ' +
          'print(sorted(collections.Counter(d.serve(d.Dispatcher(["a", "b", "c"]), 30000)).values()))';
        assert.equal(execFileSync('python3', ['-c', check, workspace], { encoding: 'utf8' }).trim(), '[10000, 10000, 10000]');
        await goTo(page, DISPATCHER_LINE('with self.turn_lock:'));
        await screenshot(page, 'diagnostics-read-across-lock-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a thread started in __init__ before the queue it fills is made: GIL006 at the late assignment, its hover naming the start and the read; moved above the start, the finding is gone',
      async run({ page, workspace }) {
        await openAlone(page, STARTED_EARLY, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL006 for uploader.py', () => problemRows(page), (r) => r.some((x) => /GIL006/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        const row = rows.find((x) => /GIL006/.test(x));
        assert.ok(row.includes('`self.results` is set here, after `__init__` started a thread at line 10') && row.includes('reads it in _work() at line 16') && row.includes('AttributeError'), row);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL006' }).first().click();
        await lineWith(page, 'self.results = queue.Queue()').waitFor();
        const hover = await hoverOver(page, lineWith(page, 'self.results = queue.Queue()').locator('span span', { hasText: 'results' }).first(), 'started a thread');
        assert.match(await hover.innerText(), /start the thread last in `?__init__`?/);
        await screenshot(page, 'diagnostics-started-before-set-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // What the message says happens, in the real interpreter: the worker fails on the missing attribute.
        const run = 'import sys, queue; sys.path.insert(0, sys.argv[1]); import uploader as u; jobs = queue.Queue(); jobs.put(lambda: 1); ' +
          'up = u.Uploader(jobs); up.worker.join(2); print("alive" if up.worker.is_alive() else "died")';
        const ran = execFileSync('python3', ['-c', run, workspace], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        assert.equal(ran.trim(), 'died');
        // Set the queue before the start (as a person would: cut the line, paste it above), save: the finding goes.
        const text = readFileSync(join(workspace, STARTED_EARLY), 'utf8');
        const fixed = text.replace('        self.worker = threading.Thread(target=self._work, daemon=True)\n        self.worker.start()\n        self.results = queue.Queue()\n', '        self.results = queue.Queue()\n        self.worker = threading.Thread(target=self._work, daemon=True)\n        self.worker.start()\n');
        assert.notEqual(fixed, text);
        await lineWith(page, 'self.results = queue.Queue()').click();
        await page.keyboard.press('Control+Shift+K'); // delete the line
        await lineWith(page, 'self.worker = threading.Thread(target=self._work, daemon=True)').click();
        await page.keyboard.press('Home');
        await page.keyboard.type('self.results = queue.Queue()');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+S');
        await waitUntil('the moved line saved', () => readFileSync(join(workspace, STARTED_EARLY), 'utf8'), (t) => t === fixed, 30000);
        await withPanelMaximized(page, () => waitUntil('GIL006 gone', () => problemRows(page), (r) => !r.some((x) => /GIL006/.test(x)), 60000));
        await screenshot(page, 'diagnostics-started-before-set-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a test under the lock and an update under it again later: GIL004 says the lock was let go in between; the real interpreter oversells; with the two steps in one `with`, it sells exactly the seats and the finding is gone',
      async run({ page, workspace }) {
        await openAlone(page, BOOTH, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 for ticket_booth.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        const row = rows.find((x) => /GIL004/.test(x));
        assert.ok(row.includes('`self.left`') && row.includes('holding `self.lock` for the test and again for the update, but letting it go in between'), row);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        await lineWith(page, 'if self.left < 1:').waitFor();
        const hover = await hoverOver(page, lineWith(page, 'if self.left < 1:').locator('span span', { hasText: 'left' }).first(), 'letting it go in between');
        assert.match(await hover.innerText(), /Hold one lock over the test and the update/);
        await screenshot(page, 'diagnostics-two-locked-steps-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // What the message says, in the real interpreter: twenty buyers at once, five seats.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import ticket_booth as t; ' +
          'b = t.rush(t.TicketBooth(5), ["b%d" % i for i in range(20)]); print(len(b.sold))';
        const sold = Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim());
        assert.ok(sold > 5, `sold ${sold} of 5 seats`);
        // One step, as a person would: delete the payment and the second `with`, so the update joins the first.
        await goTo(page, BOOTH_LINE('time.sleep(0.002)  # the card payment'));
        await page.keyboard.press('Control+Shift+K');
        await page.keyboard.press('Control+Shift+K'); // the second `with self.lock:` moved up into this line
        await page.keyboard.press('Control+S');
        const fixed = await waitUntil('the saved change', () => settledText(join(workspace, BOOTH)), (t) => !t.includes('time.sleep(0.002)') && t.split('with self.lock:').length === 2, 30000);
        assert.match(fixed, / {16}return False\n {12}self\.left -= 1\n {12}self\.sold\.append\(buyer\)\n/);
        await withPanelMaximized(page, () => waitUntil('GIL004 gone', () => problemRows(page), (r) => !r.some((x) => /GIL004/.test(x)), 60000));
        assert.equal(Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()), 5);
        await goTo(page, BOOTH_LINE('self.left -= 1') - 2);
        await screenshot(page, 'diagnostics-two-locked-steps-fixed-dark', { docs: true });
      },
    },
    {
      name: 'threads made in a comprehension whose lambda reads the loop variable: GIL007, every thread fetches the last page in the real interpreter; the quick fix binds the value and each page is fetched once',
      async run({ page, workspace }) {
        await openAlone(page, DOWNLOADS, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL007 for downloads.py', () => problemRows(page), (r) => r.some((x) => /GIL007/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL007/.test(x)).includes('`page` is rebound by the loop at line 13, once for each thread'), rows.join('\n'));
        const fetchAll = 'import sys; sys.path.insert(0, sys.argv[1]); import downloads as d; print(len(set(d.download_all(["a", "b", "c"]))))';
        // What the message says, in the real interpreter: every thread reads `page` after the comprehension ended.
        assert.equal(execFileSync('python3', ['-c', fetchAll, workspace], { encoding: 'utf8' }).trim(), '1');
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL007' }).first().click();
        const line = lineWith(page, 'workers = [threading.Thread(target=lambda: results.append(fetch(page))) for page in pages]');
        await line.waitFor();
        const hover = await hoverOver(page, line.locator('span span', { hasText: /^page$/ }).first(), 'once for each thread');
        assert.match(await hover.innerText(), /lambda page=page/);
        await screenshot(page, 'diagnostics-loop-variable-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const fix = await offerQuickFix(page, 'Bind `page` as the lambda is made (`page=page`)', () => goTo(page, 13, 69));
        await fix.click();
        await waitUntil('the bound lambda', async () => (await editorOf(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' '), (t) => /lambda page=page: results\.append/.test(t), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL007 gone', () => problemRows(page), (r) => !r.some((x) => /GIL007/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        await waitUntil('the saved fix', () => settledText(join(workspace, DOWNLOADS)), (t) => t.includes('lambda page=page: results.append(fetch(page))'), 30000);
        assert.equal(execFileSync('python3', ['-c', fetchAll, workspace], { encoding: 'utf8' }).trim(), '3');
        await goTo(page, 13);
        await screenshot(page, 'diagnostics-loop-variable-fixed-dark', { docs: true });
      },
    },
    {
      name: 'one attribute updated under two different locks: GIL001 names both locks; with one lock for both updates the finding is gone (and the free-threaded interpreter keeps every coin)',
      async run({ page, workspace }) {
        await openAlone(page, PURSE, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL001 for purse.py', () => problemRows(page), (r) => r.some((x) => /GIL001/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        const row = rows.find((x) => /GIL001/.test(x));
        assert.ok(row.includes('updates it here under `deposit_lock`, while other thread code updates it at line 18 under `withdraw_lock`'), row);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        await lineWith(page, 'self.coins += n').waitFor();
        const hover = await hoverOver(page, lineWith(page, 'self.coins += n').locator('span span', { hasText: 'coins' }).first(), 'keeps out only the code that takes that same lock');
        assert.match(await hover.innerText(), /Guard every update of it with one lock/);
        await screenshot(page, 'diagnostics-two-locks-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const churn = 'import sys; sys.path.insert(0, sys.argv[1]); import purse; print(sorted({purse.churn(200000) for _ in range(3)}))';
        // What the message says, on an interpreter without the GIL: the two locks let the updates interleave.
        if (FREE_THREADED) assert.notEqual(execFileSync(FREE_THREADED, ['-c', churn, workspace], { encoding: 'utf8' }).trim(), '[0]');
        // One lock for both, as a person would: the withdrawal takes the deposit's lock.
        await goTo(page, 17, 9);
        await page.keyboard.press('Shift+End');
        await page.keyboard.type('with deposit_lock:');
        await page.keyboard.press('Control+S');
        await waitUntil('the saved change', () => settledText(join(workspace, PURSE)), (t) => !t.includes('with withdraw_lock:'), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL001 gone', () => problemRows(page), (r) => !r.some((x) => /GIL001/.test(x)), 60000));
        if (FREE_THREADED) assert.equal(execFileSync(FREE_THREADED, ['-c', churn, workspace], { encoding: 'utf8' }).trim(), '[0]');
        await goTo(page, 17);
        await screenshot(page, 'diagnostics-two-locks-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a question asked of one locked helper and the change made by another: GIL004 at the question; in the real interpreter eight connections are all told the name is theirs',
      async run({ page, workspace }) {
        await openAlone(page, LOBBY, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 for lobby.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes('`self.players` is an attribute of an object whose methods are meant for several threads'), rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        const question = lineWith(page, 'if self.name_free(name):');
        await question.waitFor();
        const hover = await hoverOver(page, question.locator('span span', { hasText: 'name_free' }).first(), 'both store what they were handed');
        assert.match(await hover.innerText(), /sets it at line 23/);
        await screenshot(page, 'diagnostics-locked-helpers-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // What the message says, in the real interpreter: eight connections ask for one name at once, and every one is told it got it.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import lobby; print(lobby.rush(lobby.Lobby(), "ann", [[] for _ in range(8)]))';
        assert.ok(Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()) > 1);
      },
    },
    {
      name: 'a handler module whose threads another file starts: GIL001 names that start, its related location opens that file, and the quick fix guards the update',
      async run({ page, workspace }) {
        await openAlone(page, HANDLERS, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL001 for relay_handlers.py', () => problemRows(page), (r) => r.some((x) => /GIL001/.test(x)), 60000));
        const row = rows.find((x) => /GIL001/.test(x));
        assert.ok(row.includes('`bytes_relayed` is a module global, updated without a lock by code that runs in threads (threading.Thread in relay_server.py at line 12)'), rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        const update = lineWith(page, 'bytes_relayed += len(data)');
        await update.waitFor();
        const hover = await hoverOver(page, update.locator('span span', { hasText: 'bytes_relayed' }).first(), 'relay_server.py at line 12');
        assert.match(await hover.innerText(), /one update is lost/);
        await screenshot(page, 'diagnostics-other-module-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The related location, listed under the problem, opens the file that starts the threads at the start.
        const related = problemsPanel(page).locator('.monaco-list-row', { hasText: 'runs in threads started here' }).first();
        await related.waitFor({ timeout: 30000 });
        await related.click();
        await page.locator('.tabs-container .tab.active', { hasText: STARTER }).waitFor({ timeout: 30000 });
        await lineWith(page, 'threading.Thread(target=serve_client, args=(conn,), daemon=True).start()').waitFor();
        await screenshot(page, 'diagnostics-other-module-start-dark', { docs: true });
        // Back in the handler module, the quick fix as a person would apply it: Ctrl+. on the update.
        await page.locator('.tabs-container .tab', { hasText: HANDLERS }).first().click();
        const fix = await offerQuickFix(page, 'Create `bytes_relayed_lock = threading.Lock()`', () => goTo(page, 11, 14));
        await fix.click();
        await page.keyboard.press('Control+S');
        await waitUntil('the lock in the saved file', () => readFileSync(join(workspace, HANDLERS), 'utf8'), (t) => /bytes_relayed_lock = threading\.Lock\(\)/.test(t) && /with bytes_relayed_lock:/.test(t), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL001 gone', () => problemRows(page), (r) => !r.some((x) => /GIL001/.test(x) && x.includes(HANDLERS)), 60000));
        await screenshot(page, 'diagnostics-other-module-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a class whose one object another module keeps and calls from every player\'s thread: GIL004 and GIL001 name that call, its related location opens it, and the quick fixes give the class a lock of its own',
      async run({ page, workspace }) {
        await openAlone(page, TABLE, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_handlers/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 and GIL001 for card_table.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x)) && r.some((x) => /GIL001/.test(x)), 60000));
        const test = rows.find((x) => /GIL004/.test(x));
        assert.ok(test.includes('(a call from per_player() in card_server.py at line 11) tests it here and sets it at line 12'), rows.join('\n'));
        assert.ok(rows.find((x) => /GIL001/.test(x)).includes('`self.votes` is an attribute of an object whose method runs in several threads, updated without a lock by code that runs in threads (a call from per_player() in card_server.py at line 12)'), rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        const asked = lineWith(page, 'if name not in self.players:');
        await asked.waitFor();
        const hover = await hoverOver(page, asked.locator('span span', { hasText: 'players' }).first(), 'card_server.py at line 11');
        assert.match(await hover.innerText(), /both find the key missing/);
        await screenshot(page, 'diagnostics-shared-object-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The related location opens the other module at the call its players' threads make.
        const related = problemsPanel(page).locator('.monaco-list-row', { hasText: 'sit() runs in threads started here' }).first();
        await related.waitFor({ timeout: 30000 });
        await related.click();
        await page.locator('.tabs-container .tab.active', { hasText: TABLE_SERVER }).waitFor({ timeout: 30000 });
        await lineWith(page, 'if table.sit(name, conn) and conn.recv(16) == b"ready":').waitFor();
        await screenshot(page, 'diagnostics-shared-object-call-dark', { docs: true });
        // Back in the class, the quick fixes as a person applies them: Ctrl+. on the test, then on the update.
        await page.locator('.tabs-container .tab', { hasText: TABLE }).first().click();
        const first = await offerQuickFix(page, 'Create `self._lock = threading.Lock()` in __init__ and hold it over the test and the set', () => goTo(page, 11, 12));
        await first.click();
        await waitUntil('the test under the new lock', () => editorOf(page).locator('.view-lines').innerText(), (t) => /with\s+self\._lock:/.test(t), 30000);
        await withPanelMaximized(page, () => waitUntil('only the GIL001 row after the first fix', () => problemRows(page), (r) => !r.some((x) => /GIL004/.test(x) && x.includes(TABLE)) && r.some((x) => /GIL001/.test(x) && x.includes('self.votes')), 60000));
        // (The first fix moved the update down: the cursor goes to it by its text.)
        const second = await offerQuickFix(page, 'Guard with the existing lock `self._lock`', () => lineWith(page, 'self.votes += 1').locator('span span', { hasText: 'votes' }).first().click());
        await second.click();
        await page.keyboard.press('Control+S');
        const saved = await waitUntil('both fixes in the saved file', () => readFileSync(join(workspace, TABLE), 'utf8'), (t) => /^import threading$/m.test(t) && /self\._lock = threading\.Lock\(\)/.test(t) && t.split('with self._lock:').length === 3, 30000);
        assert.ok(/with self\._lock:\n\s+if name not in self\.players:/.test(saved), saved);
        assert.ok(/with self\._lock:\n\s+self\.votes \+= 1/.test(saved), saved);
        await withPanelMaximized(page, () => waitUntil('no problem left in card_table.py', () => problemRows(page), (r) => !r.some((x) => /GIL00\d/.test(x) && x.includes(TABLE)), 60000));
        await screenshot(page, 'diagnostics-shared-object-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a spooler that copies its jobs and then clears them while clients submit: GIL001 at the clear, jobs lost in the real interpreter; with one lock over the copy, the clear and the submit the problem goes and no job is lost; two printers waiting under an if stay GIL004',
      async run({ page, workspace }) {
        await openAlone(page, SPOOLER, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL001 and GIL004 for print_spooler.py', () => problemRows(page), (r) => r.some((x) => /GIL001/.test(x)) && r.some((x) => /GIL004/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 2, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL001/.test(x)).includes('copies it into `batch` at line 21 and empties it here, with no lock over both'), rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes('`page_ready.wait()` is waited on under an `if`, which tests `not pages` once'), rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        const clear = lineWith(page, 'self.jobs.clear()');
        await clear.waitFor();
        const hover = await hoverOver(page, clear.locator('span span', { hasText: 'jobs' }).first(), 'the clear removes it');
        assert.match(await hover.innerText(), /Hold one lock over the take and the clear, and take that lock where items are added too/);
        await screenshot(page, 'diagnostics-copy-then-clear-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // What the message says, in the real interpreter: four clients submit 50,000 jobs each while the spooler flushes.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import print_spooler as p; print(max(p.rush() for _ in range(3)))';
        if (FREE_THREADED) assert.ok(Number(execFileSync(FREE_THREADED, ['-c', rush, workspace], { encoding: 'utf8' }).trim()) > 0, 'jobs lost before the fix');
        // The fix as a person types it: `with self.lock:` above the copy (Enter carries the copy into its body), the clear indented under it, and the same lock where jobs are added.
        const wrap = async (line) => {
          await goTo(page, line);
          await page.keyboard.press('Home');
          await page.keyboard.type('with self.lock:');
          await page.keyboard.press('Escape');
          await page.keyboard.press('Enter');
        };
        await wrap(21);
        await goTo(page, 23);
        await page.keyboard.press('Home');
        await page.keyboard.press('Tab');
        await wrap(18);
        await page.keyboard.press('Control+S');
        const fixed = await waitUntil('the saved fix', () => settledText(join(workspace, SPOOLER)), (t) => t.includes('        with self.lock:\n            self.jobs.append(job)') && t.includes('        with self.lock:\n            batch = list(self.jobs)\n            self.jobs.clear()\n        self.printed'), 30000);
        assert.ok(fixed.includes('self.printed += len(batch)'));
        await withPanelMaximized(page, () => waitUntil('GIL001 gone, GIL004 kept', () => problemRows(page), (r) => !r.some((x) => /GIL001/.test(x)) && r.some((x) => /GIL004/.test(x)), 60000));
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `no job lost after the fix (${python})`);
        await goTo(page, 20);
        await screenshot(page, 'diagnostics-copy-then-clear-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a photo saver whose threads test the folder and then make it: GIL004 with FileExistsError in the real interpreter; the quick fix makes it with os.makedirs(exist_ok=True), the problem goes and no thread fails',
      async run({ page, workspace }) {
        await openAlone(page, SAVER, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 for photo_saver.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x) && /FileExistsError/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes('`not os.path.exists(folder)` is tested here and the folder made below it, in code that several threads run with the same path'), rows.join('\n'));
        // What the message says, in the real interpreter: eight threads let go together, 40 times over.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import photo_saver as p; print(p.rush())';
        assert.ok(Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()) > 0, 'threads ended with FileExistsError before the fix');
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        const test = lineWith(page, 'if not os.path.exists(folder):');
        await test.waitFor();
        const hover = await hoverOver(page, test.locator('span span', { hasText: 'exists' }).first(), 'FileExistsError');
        assert.match(await hover.innerText(), /Make it in one step, which does nothing when the folder is there: `os\.makedirs\(folder, exist_ok=True\)`/);
        await screenshot(page, 'diagnostics-folder-made-twice-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const fix = await offerQuickFix(page, 'Make the folder with `os.makedirs(folder, exist_ok=True)`', () => goTo(page, 14, 12));
        await fix.click();
        await withPanelMaximized(page, () => waitUntil('the GIL004 gone', () => problemRows(page), (r) => !r.some((x) => /photo_saver|exists\(folder\)/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        const saved = await waitUntil('the saved fix', () => settledText(join(workspace, SAVER)), (t) => t.includes('    folder = os.path.join(OUT, "album")\n    os.makedirs(folder, exist_ok=True)\n    with open(') && t.includes('print(rush())'), 30000); // (the whole file: read halfway through the write, it has no rush() yet)
        assert.doesNotMatch(saved, /os\.path\.exists/);
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `no thread failed after the fix (${python})`);
        await goTo(page, 14);
        await screenshot(page, 'diagnostics-folder-made-twice-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a chat room that keeps sockets and nicknames in two lists: GIL004 where a position found before another member hangs up is used, wrong names in the real interpreter; the hang-up held under the room lock as a person types it, the problem goes and every goodbye names the right member',
      async run({ page, workspace }) {
        await openAlone(page, ROOM, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 for chat_room.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x) && /is the position of an item in `members`/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes('uses it here on `nicknames` with no lock over both, while thread code removes items from `members` (in hang_up())'), rows.join('\n'));
        // What the message says, in the real interpreter: two members hang up at once, 400 times over.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import chat_room as c; print(c.rush())';
        assert.ok(Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()) > 0, 'wrong names said goodbye to before the fix');
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        const use = lineWith(page, 'nickname = nicknames[seat] if seat < len(nicknames) else None');
        await use.waitFor();
        const hover = await hoverOver(page, use.locator('span span', { hasText: 'nicknames' }).first(), 'shifts the items after it');
        assert.match(await hover.innerText(), /hold one lock from the `index\(\)` to the last use of the position/);
        await screenshot(page, 'diagnostics-position-shifted-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The fix as a person types it: `with room_lock:` above the look-up (Enter carries it into the body), the rest selected and indented with Tab.
        await goTo(page, 21);
        await page.keyboard.press('Home');
        await page.keyboard.type('with room_lock:');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Enter');
        await goTo(page, 23);
        await page.keyboard.press('Home');
        for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowDown');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Control+S');
        const saved = await waitUntil('the saved fix', () => settledText(join(workspace, ROOM)), (t) => t.includes('    with room_lock:\n        seat = members.index(member)\n        members.remove(member)\n        member.close()\n        nickname = nicknames[seat]') && t.includes('            nicknames.remove(nickname)\n        farewells.append(nickname)\n'), 30000);
        assert.ok(saved.includes('    together.wait()\n    with room_lock:'), 'the wait stays outside the lock');
        await withPanelMaximized(page, () => waitUntil('the GIL004 gone', () => problemRows(page), (r) => !r.some((x) => /chat_room|position of an item/.test(x)), 60000));
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `every goodbye names the right member after the fix (${python})`);
        await goTo(page, 24);
        await screenshot(page, 'diagnostics-position-shifted-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a visit log that eight threads write through one text file: GIL001 at the write, lines lost or garbled in the real interpreter with the GIL; the quick fix holds a new lock around the write, the problem goes and every line arrives whole',
      async run({ page, workspace }) {
        await openAlone(page, VISITS, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL001 for visit_log.py', () => problemRows(page), (r) => r.some((x) => /GIL001/.test(x) && /is one file object/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL001/.test(x)).includes('`log` is one file object, and code that runs in threads (threading.Thread at line 21) writes to it here'), rows.join('\n'));
        // What the message says, in the real interpreter with the GIL. A short switch interval makes the hand-overs
        // in the middle of a write frequent, so three rushes of 16,000 lines show what a long-running server shows in time.
        const rush = 'import sys; sys.setswitchinterval(1e-5); sys.path.insert(0, sys.argv[1]); import visit_log as v; print(v.rush())';
        const damaged = Array.from({ length: 3 }, () => Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()));
        assert.ok(damaged.some((n) => n > 0), `lines lost, doubled or garbled before the fix (${damaged.join(', ')})`);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        const write = lineWith(page, 'log.write(f"worker {worker} visit {n}\\n")');
        await write.waitFor();
        const hover = await hoverOver(page, write.locator('span span', { hasText: 'log' }).first(), 'is one file object');
        assert.match(await hover.innerText(), /A text file object is not safe to share between threads/);
        await screenshot(page, 'diagnostics-shared-file-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const fix = await offerQuickFix(page, 'Create `log_lock = threading.Lock()` and guard the update with it', () => goTo(page, 11, 6));
        await fix.click();
        await withPanelMaximized(page, () => waitUntil('the GIL001 gone', () => problemRows(page), (r) => !r.some((x) => /visit_log|file object/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        await waitUntil('the saved fix', () => settledText(join(workspace, VISITS)), (t) => t.includes('log = open(LOG_PATH, "w", encoding="utf-8")\nlog_lock = threading.Lock()\n') && t.includes('    with log_lock:\n        log.write('), 30000);
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) {
          for (let i = 0; i < 3; i++) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `every line whole after the fix (${python})`);
        }
        await goTo(page, 12);
        await screenshot(page, 'diagnostics-shared-file-fixed-dark', { docs: true });
      },
    },
    {
      name: 'report savers whose threads all open one path for writing: GIL001 at the open, a file that is none of the reports in the real interpreter; with a lock over the open and the writes the problem goes and one report arrives whole',
      async run({ page, workspace }) {
        await openAlone(page, REPORTS, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL001 for report_savers.py', () => problemRows(page), (r) => r.some((x) => /GIL001/.test(x) && /is opened for writing here/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL001/.test(x)).includes('The file `REPORT` is opened for writing here by code that several threads run, with the same path for all of them'), rows.join('\n'));
        // What the message says, in the real interpreters: eight savers at once leave a file that is none of their reports.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import report_savers as r; print(r.rush())';
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) {
          const mixed = Array.from({ length: 5 }, () => Number(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim()));
          assert.ok(mixed.some((n) => n > 0), `a mixed file before the fix (${python}: ${mixed.join(', ')})`);
        }
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        const open = lineWith(page, 'with open(REPORT, "w", encoding="utf-8") as out:');
        await open.waitFor();
        const hover = await hoverOver(page, open.locator('span span', { hasText: 'open' }).first(), 'is opened for writing here');
        assert.match(await hover.innerText(), /each open empties the file and each thread writes from its start/);
        await screenshot(page, 'diagnostics-same-path-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The fix: one lock, made at module level, held over the open and the writes (written to the file, then reloaded).
        const fixed = readFileSync(join(workspace, REPORTS), 'utf8')
          .replace('REPORT = os.path.join(', 'report_lock = threading.Lock()\nREPORT = os.path.join(')
          .replace('    with open(REPORT, "w", encoding="utf-8") as out:\n        for n in range(lines):\n            out.write(f"worker {worker} line {n}\\n")', '    with report_lock, open(REPORT, "w", encoding="utf-8") as out:\n        for n in range(lines):\n            out.write(f"worker {worker} line {n}\\n")');
        assert.ok(fixed.includes('with report_lock, open(REPORT'), 'the fix applies to the fixture');
        writeFileSync(join(workspace, REPORTS), fixed);
        await runCommand(page, 'File: Revert File');
        await withPanelMaximized(page, () => waitUntil('the GIL001 gone', () => problemRows(page), (r) => !r.some((x) => /report_savers|opened for writing/.test(x)), 60000));
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) {
          for (let i = 0; i < 3; i++) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `one report whole after the fix (${python})`);
        }
        await goTo(page, 11);
        await screenshot(page, 'diagnostics-same-path-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a bank whose tellers pick two accounts from one list and test the balance before taking their locks: GIL004 at the test, overdrafts in the real interpreters; with the test inside the locks the problem goes and no account is overdrawn',
      async run({ page, workspace }) {
        await openAlone(page, BANK, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 for branch_bank.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x) && /src\.balance/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes('an item of a container every thread that runs this code shares (the caller picked it there, and other threads can pick the same one)'), rows.join('\n'));
        // What the message says, in the real interpreters: two tellers pass the test on one balance and both take from it.
        // A short switch interval makes the GIL's hand-over between the test and the lock frequent enough to show in a rush.
        const rush = 'import sys; sys.setswitchinterval(1e-5); sys.path.insert(0, sys.argv[1]); import branch_bank as b; print(b.rush())';
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) {
          const overdrafts = Array.from({ length: 5 }, () => Number(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim()));
          assert.ok(overdrafts.some((n) => n > 0), `an account overdrawn before the fix (${python}: ${overdrafts.join(', ')})`);
        }
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        const test = lineWith(page, 'if src.balance < amount:');
        await test.waitFor();
        const hover = await hoverOver(page, test.locator('span span', { hasText: 'balance' }).first(), 'tests it here and updates it');
        assert.match(await hover.innerText(), /testing before it takes `first\.lock` and `second\.lock`, which the update holds: .*a balance below zero.*Make the test under `first\.lock` and `second\.lock` too/s);
        await screenshot(page, 'diagnostics-bank-items-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The fix: the test moves inside the two locks (written to the file, then reloaded).
        const fixed = readFileSync(join(workspace, BANK), 'utf8').replace(
          '    if src.balance < amount:\n        return False\n    first, second = sorted((src, dst), key=id)\n    with first.lock:\n        with second.lock:\n',
          '    first, second = sorted((src, dst), key=id)\n    with first.lock:\n        with second.lock:\n            if src.balance < amount:\n                return False\n',
        );
        assert.ok(fixed.includes('            if src.balance < amount:'), 'the fix applies to the fixture');
        writeFileSync(join(workspace, BANK), fixed);
        await runCommand(page, 'File: Revert File');
        await withPanelMaximized(page, () => waitUntil('the GIL004 gone', () => problemRows(page), (r) => !r.some((x) => /branch_bank|src\.balance/.test(x)), 60000));
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) {
          for (let i = 0; i < 3; i++) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `no account overdrawn after the fix (${python})`);
        }
        await goTo(page, 27);
        await screenshot(page, 'diagnostics-bank-items-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a busy flag the thread sets first, tested by its starter right after start(): GIL006 names the start and the test; a Timer that re-arms itself while close() cancels it: GIL001; with the flag set before start(), only the Timer is left',
      async run({ page, workspace }) {
        await openAlone(page, EXPORTER, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL006 and GIL001 for exporter.py', () => problemRows(page), (r) => r.some((x) => /GIL006/.test(x)) && r.some((x) => /GIL001/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 2, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL006/.test(x)).includes('while `export()` tests it right after `start()` at line 13, through wait_until_done() at line 23'), rows.join('\n'));
        assert.ok(rows.find((x) => /GIL001/.test(x)).includes('while `close()` cancels `self._timer` at line 38 from another thread, with no lock over both'), rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL006' }).first().click();
        const store = lineWith(page, 'self.busy = True');
        await store.waitFor();
        const hover = await hoverOver(page, store.locator('span span', { hasText: 'busy' }).first(), 'right after');
        assert.match(await hover.innerText(), /still False, as if the thread had finished/);
        await screenshot(page, 'diagnostics-flag-after-start-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        const rearm = lineWith(page, 'self._timer = threading.Timer(self.every, self._flush)');
        await rearm.waitFor();
        const timerHover = await hoverOver(page, rearm.locator('span span', { hasText: '_timer' }).first(), 'cancels the timer that has already fired');
        assert.match(await timerHover.innerText(), /Hold one lock over the cancel/);
        await screenshot(page, 'diagnostics-timer-rearmed-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The fix the message gives, as a person types it: the flag set in export() before start().
        await goTo(page, 13);
        await lineWith(page, 'worker.start()').click();
        await page.keyboard.press('Home');
        await page.keyboard.type('self.busy = True');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+S');
        await waitUntil('the flag set before start() saved', () => readFileSync(join(workspace, EXPORTER), 'utf8'), (t) => t.includes('        self.busy = True\n        worker.start()\n'), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL006 gone, the Timer kept', () => problemRows(page), (r) => !r.some((x) => /GIL006/.test(x)) && r.some((x) => /GIL001/.test(x) && x.includes('self._timer')), 60000));
        await goTo(page, 11);
        await screenshot(page, 'diagnostics-flag-after-start-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a crawler whose threads build the request from the page offset before the lock that moves it on: GIL004 at the read; pages fetched twice by the free-threaded interpreter; the quick fix moves the read inside the lock and every page is fetched once',
      async run({ page, workspace }) {
        await openAlone(page, FETCHER, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 for page_fetcher.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x) && /page_offset/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes('reads it here, before taking `offset_lock`, and changes it under the lock at line 24'), rows.join('\n'));
        // What the message says, in the real interpreters: 200 pages, eight threads. With the GIL the window between the
        // read and the lock is a few bytecodes and seldom hit; without it, pages are fetched twice and others never.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import page_fetcher as p; print(p.rush())';
        const before = { gil: Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()) };
        if (FREE_THREADED) {
          before.free = Array.from({ length: 3 }, () => Number(execFileSync(FREE_THREADED, ['-c', rush, workspace], { encoding: 'utf8' }).trim()));
          assert.ok(before.free.some((n) => n > 0), `pages fetched twice or never before the fix (3.13t: ${before.free.join(', ')})`);
        }
        console.log(`    pages fetched twice or never before the fix: ${JSON.stringify(before)}`);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        const read = lineWith(page, 'params = {"start": page_offset, "count": PAGE}');
        await read.waitFor();
        const hover = await hoverOver(page, read.locator('span span', { hasText: 'page_offset' }).first(), 'before taking');
        assert.match(await hover.innerText(), /Read it under the lock too, in the same `with` as the change/);
        await screenshot(page, 'diagnostics-offset-read-before-lock-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const move = await offerQuickFix(page, 'Move the read inside `with offset_lock:`', () => goTo(page, 22, 28));
        await move.click();
        await withPanelMaximized(page, () => waitUntil('the GIL004 gone', () => problemRows(page), (r) => !r.some((x) => /page_fetcher|page_offset/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        await waitUntil('the saved fix', () => settledText(join(workspace, FETCHER)), (t) => t.includes('        with offset_lock:\n            params = {"start": page_offset, "count": PAGE}\n            page_offset += PAGE\n        fetch(params)'), 30000);
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) {
          for (let i = 0; i < 3; i++) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `every page fetched once after the fix (${python})`);
        }
        await goTo(page, 22);
        await screenshot(page, 'diagnostics-offset-read-before-lock-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a link checker on a thread pool of its own: GIL001 in the function it hands to add_task(), naming that call; the free-threaded interpreter loses counts, the GIL build does not; the lock fix keeps every count on both',
      async run({ page, workspace }) {
        await openAlone(page, CHECKER, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter|page_fetcher/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL001 for link_checker.py', () => problemRows(page), (r) => r.some((x) => /GIL001/.test(x) && /checked/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL001/.test(x)).includes('code that runs in threads (pool.add_task(), which queues it for worker threads, at line 58)'), rows.join('\n'));
        // What the numbers are on each interpreter: 400 links of 200 counts on eight workers.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import link_checker as l; print(l.rush())';
        const lost = { gil: Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()) };
        if (FREE_THREADED) {
          // Lost counts need two workers on two CPUs at once: on a busy machine a run can have none, so up to five runs.
          lost.free = [];
          while (lost.free.length < 5 && !lost.free.some((n) => n > 0)) lost.free.push(Number(execFileSync(FREE_THREADED, ['-c', rush, workspace], { encoding: 'utf8' }).trim()));
          assert.ok(lost.free.some((n) => n > 0), `counts lost on 3.13t before the fix (${lost.free.join(', ')})`);
        }
        console.log(`    counts lost before the fix: ${JSON.stringify(lost)}`);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        const update = lineWith(page, 'checked += 1');
        await update.waitFor();
        const hover = await hoverOver(page, update.locator('span span', { hasText: 'checked' }).first(), 'queues it for worker threads');
        assert.match(await hover.innerText(), /one update is lost/);
        await screenshot(page, 'diagnostics-own-pool-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const fix = await offerQuickFix(page, 'Create `checked_lock = threading.Lock()` and guard the update with it', () => goTo(page, 49, 9));
        await fix.click();
        await withPanelMaximized(page, () => waitUntil('the GIL001 gone', () => problemRows(page), (r) => !r.some((x) => /link_checker|checked/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        await waitUntil('the saved fix', () => settledText(join(workspace, CHECKER)), (t) => t.includes('checked_lock = threading.Lock()\n') && t.includes('        with checked_lock:\n            checked += 1'), 30000);
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `every count kept after the fix (${python})`);
        await goTo(page, 49);
        await screenshot(page, 'diagnostics-own-pool-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a box office that prints the seats left right after starting its sales: GIL006 at the read; the real interpreter prints it with sales still paying; the joins typed in before the read remove it, and the seats sold show',
      async run({ page, workspace }) {
        await openAlone(page, OFFICE, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter|page_fetcher|link_checker/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL006 for box_office.py', () => problemRows(page), (r) => r.some((x) => /GIL006/.test(x) && /office\.seats/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL006/.test(x)).includes('is read here right after the threads that change it were started (threading.Thread at line 22), with no `join()` in between'), rows.join('\n'));
        // What the message says, in the real interpreters: sales are still paying when the print runs (on a
        // busy machine the main thread can be late enough for a few to be done, never all of them).
        const rush = 'import sys, contextlib, io; sys.path.insert(0, sys.argv[1]); import box_office as b\nwith contextlib.redirect_stdout(io.StringIO()): left = b.rush()\nprint(left)';
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) {
          const left = Number(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim());
          assert.ok(left > 64, `sales still paying at the read, ${left} seats left against 64 once all are done (${python})`);
        }
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL006' }).first().click();
        const read = lineWith(page, 'print("seats left:", office.seats)');
        await read.waitFor();
        const hover = await hoverOver(page, read.locator('span span', { hasText: 'seats' }).last(), 'with no');
        assert.match(await hover.innerText(), /call `join\(\)` on each/);
        await screenshot(page, 'diagnostics-read-before-join-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The joins typed in, as a person would, before the read.
        await goTo(page, 25, 5);
        await page.keyboard.type('for sale in sales: sale.join()');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+S');
        await waitUntil('the saved joins', () => settledText(join(workspace, OFFICE)), (t) => t.includes('    for sale in sales: sale.join()\n    print("seats left:", office.seats)'), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL006 gone', () => problemRows(page), (r) => !r.some((x) => /box_office|office\.seats/.test(x)), 60000));
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '64', `the seats left once every sale is done (${python})`);
        await goTo(page, 25);
        await screenshot(page, 'diagnostics-read-before-join-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a quiz whose clock thread gives the countdown its first value: GIL006 at the game\'s first test of it; the first value typed in at module level removes it, and no fresh game then fails on either interpreter',
      async run({ page, workspace }) {
        await openAlone(page, QUIZ, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter|page_fetcher|link_checker|box_office/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL006 for quiz_clock.py', () => problemRows(page), (r) => r.some((x) => /GIL006/.test(x) && /ticks_left/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL006/.test(x)).includes('only the thread gives it a value, in tick() at line 13'), rows.join('\n'));
        // What the message says, in the real interpreters: 40 games, each in an interpreter of its own.
        const rush = 'import sys; sys.path.insert(0, sys.argv[1]); import quiz_clock as q; print(q.rush())';
        const failed = { gil: Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()) };
        // (On 3.13t the read comes first in about 1 fresh game of 200 on these machines: logged, not asserted, as
        // 40 games often show none. The message says "can", and the fix below must leave no game failing on either.)
        if (FREE_THREADED) failed.free = Number(execFileSync(FREE_THREADED, ['-c', rush, workspace], { encoding: 'utf8' }).trim());
        console.log(`    games of 40 that failed with NameError before the fix: ${JSON.stringify(failed)}`);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL006' }).first().click();
        const read = lineWith(page, 'while ticks_left > 0:');
        await read.waitFor();
        const hover = await hoverOver(page, read.locator('span span', { hasText: 'ticks_left' }).last(), 'NameError');
        assert.match(await hover.innerText(), /its first value before `start\(\)`/);
        await screenshot(page, 'diagnostics-made-by-thread-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The first value typed in, as a person would, under the constant it comes from.
        await goTo(page, 9, 1);
        await page.keyboard.type('ticks_left = QUIZ_TICKS');
        await page.keyboard.press('Control+S');
        await waitUntil('the saved first value', () => settledText(join(workspace, QUIZ)), (t) => t.includes('QUIZ_TICKS = 5\nticks_left = QUIZ_TICKS\n'), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL006 gone', () => problemRows(page), (r) => !r.some((x) => /quiz_clock|ticks_left/.test(x)), 60000));
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `no game fails once the value is there first (${python})`);
        await goTo(page, 9);
        await screenshot(page, 'diagnostics-made-by-thread-fixed-dark', { docs: true });
      },
    },
    {
      name: 'ticket windows that loop while seats are left and take one under the lock: GIL004 at the loop\'s test; the real interpreters sell seats that are not there; a guard typed in under the lock removes it, and none is oversold',
      async run({ page, workspace }) {
        await openAlone(page, WINDOWS, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter|page_fetcher|link_checker|box_office|quiz_clock/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 for ticket_windows.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x) && /seats_left/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes("as its loop's condition, and takes from it at line 12"), rows.join('\n'));
        // What the message says, in the real interpreters: 30 sales of 1,000 seats by four windows.
        const rush = 'import sys, os, importlib; sys.path.insert(0, sys.argv[1]); import ticket_windows as t\nn = 0\nfor _ in range(30):\n    t = importlib.reload(t)\n    with open(os.devnull, "w") as log: n += t.open_windows(log) < 0\nprint(n)';
        const oversold = { gil: Number(execFileSync('python3', ['-c', rush, workspace], { encoding: 'utf8' }).trim()) };
        if (FREE_THREADED) oversold.free = Number(execFileSync(FREE_THREADED, ['-c', rush, workspace], { encoding: 'utf8' }).trim());
        console.log(`    sales of 30 that sold more seats than there were, before the fix: ${JSON.stringify(oversold)}`);
        assert.ok(Object.values(oversold).some((n) => n > 0), `some sale oversold before the fix (${JSON.stringify(oversold)})`);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL004' }).first().click();
        const test = lineWith(page, 'while seats_left > 0:');
        await test.waitFor();
        const hover = await hoverOver(page, test.locator('span span', { hasText: 'seats_left' }).last(), 'handed out twice');
        assert.match(await hover.innerText(), /if seats_left <= 0: break/);
        await screenshot(page, 'diagnostics-loop-take-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The guard typed in, as a person would, first thing under the lock.
        await goTo(page, 12, 13);
        await page.keyboard.type('if seats_left <= 0: break');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+S');
        await waitUntil('the saved guard', () => settledText(join(workspace, WINDOWS)), (t) => t.includes('        with counter:\n            if seats_left <= 0: break\n            seats_left -= 1\n'), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL004 gone', () => problemRows(page), (r) => !r.some((x) => /ticket_windows|seats_left/.test(x)), 60000));
        for (const python of [FREE_THREADED, 'python3'].filter(Boolean)) assert.equal(execFileSync(python, ['-c', rush, workspace], { encoding: 'utf8' }).trim(), '0', `no sale oversold with the guard (${python})`);
        await goTo(page, 12);
        await screenshot(page, 'diagnostics-loop-take-fixed-dark', { docs: true });
      },
    },
    {
      name: 'a request handler whose threading server is defined in one module and made in another: GIL004 and GIL001 name that server, the related location opens where it is made, and the server module dropping ThreadingMixIn takes them away',
      async run({ page, workspace }) {
        await openAlone(page, CONTESTANT, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter|page_fetcher|link_checker|box_office|quiz_clock|ticket_windows/);
        const by = 'the request handler ContestantHandler, run on a thread per request by BuzzerServer in host.py at line 7';
        const rows = await withPanelMaximized(page, () => waitUntil('GIL004 and GIL001 for contestant.py', () => problemRows(page), (r) => r.some((x) => /GIL004/.test(x)) && r.some((x) => /GIL001/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 2, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL001/.test(x)).includes(`\`self.server.buzzes\` is an attribute of \`self.server\`, one object handed to every thread of this class, updated without a lock by code that runs in threads (${by})`), rows.join('\n'));
        assert.ok(rows.find((x) => /GIL004/.test(x)).includes(by), rows.join('\n'));
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL001' }).first().click();
        const update = lineWith(page, 'self.server.buzzes += 1');
        await update.waitFor();
        const hover = await hoverOver(page, update.locator('span span', { hasText: 'buzzes' }).first(), 'BuzzerServer in host.py at line 7');
        assert.match(await hover.innerText(), /one update is lost/);
        await screenshot(page, 'diagnostics-request-handler-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        // The related location opens the module that makes the server, at the line that makes it.
        const related = problemsPanel(page).locator('.monaco-list-row', { hasText: 'runs in threads started here' }).first();
        await related.waitFor({ timeout: 30000 });
        await related.click();
        await page.locator('.tabs-container .tab.active', { hasText: QUIZ_HOST }).waitFor({ timeout: 30000 });
        await lineWith(page, 'with BuzzerServer(("127.0.0.1", 7070), ContestantHandler) as server:').waitFor();
        // The server class, retyped as a person would without ThreadingMixIn: one connection after another.
        await openFile(page, BUZZER_SERVER);
        await lineWith(page, 'class BuzzerServer(socketserver.ThreadingMixIn, socketserver.TCPServer):').waitFor();
        await goTo(page, 5, 20);
        await page.keyboard.press('Shift+End');
        await page.keyboard.type('socketserver.TCPServer):');
        await page.keyboard.press('Control+S');
        await waitUntil('the saved server class', () => settledText(join(workspace, BUZZER_SERVER)), (t) => t.includes('class BuzzerServer(socketserver.TCPServer):\n'), 30000);
        await page.locator('.tabs-container .tab', { hasText: CONTESTANT }).first().click();
        await withPanelMaximized(page, () => waitUntil('GIL004 and GIL001 gone', () => problemRows(page), (r) => !r.some((x) => /contestant\.py|ContestantHandler/.test(x)), 60000));
        await lineWith(page, 'self.server.buzzes += 1').waitFor();
        await screenshot(page, 'diagnostics-request-handler-serial-dark', { docs: true });
      },
    },
    {
      name: 'runners handed `run_lap(lane)` instead of the function: GIL008; the real interpreter runs every lap on MainThread, one after another; the quick fix hands the function over with its argument, and the laps run on four threads at once',
      async run({ page, workspace }) {
        await openAlone(page, RELAY, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_server|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter|page_fetcher|link_checker|box_office|quiz_clock|ticket_windows|contestant|buzzer_server/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL008 for relay_race.py', () => problemRows(page), (r) => r.some((x) => /GIL008/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        assert.ok(rows.find((x) => /GIL008/.test(x)).includes('`run_lap(lane)` is called here, at once, by the thread that runs this line'), rows.join('\n'));
        // What the message says, in the real interpreter: every lap on the main thread, one after another.
        const race = 'import sys, time; sys.path.insert(0, sys.argv[1]); import relay_race as r\nt = time.perf_counter(); names = sorted({n for _, n in r.race(4)})\nprint(names, round(time.perf_counter() - t, 2))';
        const before = execFileSync('python3', ['-c', race, workspace], { encoding: 'utf8' }).trim();
        assert.match(before, /^\['MainThread'\] /, before);
        assert.ok(Number(before.split('] ')[1]) >= 0.8, `four 0.2 s laps one after another: ${before}`);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL008' }).first().click();
        const start = lineWith(page, 'runners.append(threading.Thread(target=run_lap(lane)))');
        await start.waitFor();
        const hover = await hoverOver(page, start.locator('span span', { hasText: /^run_lap$/ }).first(), 'these parentheses call it');
        assert.match(await hover.innerText(), /target=run_lap, args=\(…\)/);
        await screenshot(page, 'diagnostics-target-called-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
        const fix = await offerQuickFix(page, 'Hand over `run_lap` itself, with its arguments', () => goTo(page, 16, 48));
        await fix.click();
        await waitUntil('the function handed over', async () => (await editorOf(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' '), (t) => t.includes('threading.Thread(target=run_lap, args=(lane,))'), 30000);
        await withPanelMaximized(page, () => waitUntil('GIL008 gone', () => problemRows(page), (r) => !r.some((x) => /GIL008|relay_race/.test(x)), 60000));
        await editorOf(page).locator('.view-lines').click();
        await page.keyboard.press('Control+S');
        await waitUntil('the saved fix', () => settledText(join(workspace, RELAY)), (t) => t.includes('target=run_lap, args=(lane,)'), 30000);
        const after = execFileSync('python3', ['-c', race, workspace], { encoding: 'utf8' }).trim();
        assert.ok(!after.includes('MainThread') && (after.match(/Thread-/g) ?? []).length === 4, after);
        assert.ok(Number(after.split('] ')[1]) < Number(before.split('] ')[1]), `the laps at once: ${after} against ${before}`);
        await goTo(page, 16);
        await screenshot(page, 'diagnostics-target-called-fixed-dark', { docs: true });
      },
    },
    {
      name: 'two tellers take the vault and till locks in opposite orders: GIL009 names both places; the real interpreter leaves both tellers waiting for ever',
      async run({ page, workspace }) {
        await openAlone(page, TELLERS, /chat_server|ledger_rates|race_counter|job_board|order_book|dispatcher|uploader|ticket_booth|downloads|purse|lobby|relay_server|print_spooler|photo_saver|chat_room|visit_log|report_savers|branch_bank|exporter|page_fetcher|link_checker|box_office|quiz_clock|ticket_windows|contestant|buzzer_server|relay_race/);
        const rows = await withPanelMaximized(page, () => waitUntil('GIL009 for bank_tellers.py', () => problemRows(page), (r) => r.some((x) => /GIL009/.test(x)), 60000));
        assert.equal(rows.filter((x) => /GIL00\d/.test(x)).length, 1, rows.join('\n'));
        const row = rows.find((x) => /GIL009/.test(x));
        assert.ok(row.includes('`vault_lock` is taken here while `till_lock` is held') && row.includes('restock() takes them the other way round at line 15'), row);
        // What the message says, in the real interpreter: both tellers still waiting after two seconds.
        const day = 'import sys; sys.path.insert(0, sys.argv[1]); import bank_tellers as b; print(b.open_day())';
        const stuck = execFileSync('python3', ['-c', day, workspace], { encoding: 'utf8' }).trim();
        assert.match(stuck, /restock.*bank_night/, stuck);
        await problemsPanel(page).locator('.monaco-list-row', { hasText: 'GIL009' }).first().click();
        const second = lineWith(page, 'with vault_lock:  # then the vault');
        await second.waitFor();
        // (Over the middle of `vault_lock`, by its column: the line's text is one span wide, a character its width over the length.)
        const text = second.locator(':scope > span').first();
        const [box, chars] = [await text.boundingBox(), (await text.innerText()).length];
        const word = { hover: () => text.hover({ position: { x: (box.width / chars) * 18, y: box.height / 2 } }) };
        const hover = await hoverOver(page, word, 'the other way round');
        assert.match(await hover.innerText(), /Take the locks in one order everywhere/);
        await screenshot(page, 'diagnostics-lock-order-dark', { keepHover: true, docs: true });
        await page.keyboard.press('Escape');
      },
    },
  ],
};
