// The scheduler timeline journey: a learner times the lesson's cpu_bound() and reads the lanes under
// the bars (python3, GIL on: turns), zooms in to a few milliseconds, opens the table alternative;
// compares with the free-threaded 3.13t (lanes side by side); runs the switch-interval experiment;
// times the GIL-releasing hash_buffer() (lanes overlapping); then looks at it all in a light theme.
// Screenshots: scheduler-*.png.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../launcher/vscodeServer.mjs';
import { clickLensAbove, openFile, panelFrame, runCommand, screenshot, setTheme, waitUntil } from './lib/workbench.mjs';

/** A workspace with the two lesson samples this journey times. */
function samplesWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'gil-lab-e2e-scheduler-'));
  for (const f of ['cpu_bound.py', 'c_releases_gil.py']) copyFileSync(join(repoRoot, 'walkthroughs', 'samples', f), join(dir, f));
  return dir;
}

const freeThreaded = [process.env.GIL_LAB_PYTHON_FT, join(homedir(), '.cache', 'gil-lab', 'python3.13-ft', 'bin', 'python3.13t')].find((p) => p && existsSync(p));


/** Waits for run number `n` in the panel's history to finish with `results` result sections, each with its lanes. */
async function waitForLanes(page, fn, results = 1, timeout = 170000) {
  const frame = panelFrame(page);
  await waitUntil(
    `${results} result(s) of ${fn}() with scheduler lanes`,
    async () =>
      frame
        .locator('body')
        .evaluate((body, fn) => ({
          h1: body.querySelector('main header h1')?.textContent ?? '',
          running: !!body.querySelector('.progress'),
          error: body.querySelector('section.error h3')?.textContent ?? '',
          lanes: body.querySelectorAll('section.result:not(.live) svg.scheduler').length,
        }), fn)
        .catch(() => ({})),
    (s) => (s.h1 ?? '').startsWith(`${fn}()`) && !s.running && (s.lanes >= results || !!s.error),
    timeout,
  );
  const error = await frame.locator('section.error h3').count();
  assert.equal(error, 0, `the run of ${fn}() failed`);
  return frame;
}

/** What one result section's lanes show. */
async function lanesOf(frame, index = 0) {
  return frame.locator('section.result:not(.live)').nth(index).evaluate((section) => ({
    heading: section.querySelector('h3')?.textContent ?? '',
    words: [...section.querySelectorAll('.scheduler-words')].map((p) => p.textContent),
    lanes: section.querySelectorAll('svg.scheduler line.lane').length,
    runs: section.querySelectorAll('svg.scheduler rect.sched-run').length,
    locks: section.querySelectorAll('svg.scheduler rect.sched-lock').length,
    window: section.querySelector('.sched-zoom .muted')?.textContent ?? '',
  }));
}

/** Clicks "Zoom in" until the window on show is narrower than `ms` milliseconds; returns what the lanes show then. */
async function zoomUnder(frame, ms) {
  for (let i = 0; i < 8; i++) {
    const seen = await lanesOf(frame);
    const [from, to] = seen.window.match(/[\d.]+/g).map(Number);
    if (to - from < ms) return seen;
    await frame.locator('button[data-action="zoom"][aria-label="Zoom in"]').first().click();
  }
  throw new Error(`could not zoom under ${ms} ms`);
}

/** Scrolls a result's lanes into view (the panel's document scrolls inside its iframe). */
async function showLanes(frame, index = 0) {
  await frame.locator('section.result:not(.live)').nth(index).locator('svg.scheduler').evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
}

/**
 * A picture with the panel's editor group maximized, as a learner widens the panel to read the lanes;
 * `scroll` brings the part to show into view once the panel has its width.
 */
async function shootWide(page, name, scroll, opts = {}) {
  await page.locator('.tabs-container .tab', { hasText: 'GIL Lab: Timings' }).first().click();
  // Through the command palette: Ctrl+K Ctrl+M typed while the webview has focus can be lost.
  await runCommand(page, 'View: Toggle Maximize Editor Group');
  await page.waitForTimeout(500); // the webview re-lays out at its new width
  try {
    await scroll();
    await screenshot(page, name, opts);
  } finally {
    await runCommand(page, 'View: Toggle Maximize Editor Group');
  }
}

/** Clicks an editor tab, first giving back the width a maximized panel group took (it hides the other groups). */
async function clickEditorTab(page, name) {
  const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
  for (let i = 0; i < 2 && !(await tab.isVisible()); i++) {
    await runCommand(page, 'View: Toggle Maximize Editor Group');
    await page.waitForTimeout(500);
  }
  await tab.click();
}

export default {
  title: 'scheduler timeline',
  options: { folder: samplesWorkspace(), settings: { 'gilLab.repeats': 3, ...(freeThreaded ? { 'gilLab.compareWith': freeThreaded } : {}) } },
  journeys: [
    {
      name: 'cpu_bound() on python3: the lanes show the threads taking turns, zoomable to a few ms, with a table',
      async run({ page }) {
        await openFile(page, 'cpu_bound.py');
        await clickLensAbove(page, 'Serial vs threaded', 'cpu_bound', 13);
        const frame = await waitForLanes(page, 'cpu_bound');
        const seen = await lanesOf(frame);
        console.log(`    ${seen.heading}: ${seen.words.join(' ')}`);
        assert.equal(seen.lanes, 2, 'a lane per thread');
        assert.ok(seen.runs >= 10 && seen.locks >= 10, `turns and lock waits: ${seen.runs} runs, ${seen.locks} lock waits`);
        // Which sentence depends on the machine (taking turns needs a CPU for the waiting thread): the numbers are tested in integration.
        assert.match(seen.words.join(' '), /The OS scheduler saw .*hand-overs a second/);
        await shootWide(page, 'scheduler-cpu-bound-python3-whole-dark', () => showLanes(frame));
        // Zoom in until the window is a few tens of milliseconds: single turns, one at a time.
        const zoomed = await zoomUnder(frame, 40);
        assert.ok(zoomed.runs >= 1 && zoomed.runs < seen.runs, `${zoomed.runs} turns in the window`);
        await shootWide(page, 'scheduler-cpu-bound-python3-dark', () => showLanes(frame), { docs: true });
        await frame.locator('summary', { hasText: 'Show the scheduler timeline as a table' }).first().click();
        const rows = await frame.locator('table.sched-slices tbody tr').count();
        assert.equal(rows, 2, 'a row of slices per thread');
        await shootWide(page, 'scheduler-table-dark', () => frame.locator('table.sched-slices').first().scrollIntoViewIfNeeded());
      },
    },
    {
      name: 'compared with the free-threaded 3.13t: its lanes run side by side',
      async run({ page }) {
        if (!freeThreaded) {
          console.log('    (no free-threaded Python here: skipped)');
          return;
        }
        await clickEditorTab(page, 'cpu_bound.py');
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+G');
        await page.keyboard.type('13');
        await page.keyboard.press('Enter');
        await runCommand(page, 'GIL Lab: Compare Two Interpreters');
        const frame = await waitForLanes(page, 'cpu_bound', 2, 240000);
        const gil = await lanesOf(frame, 0);
        const ft = await lanesOf(frame, 1);
        console.log(`    ${gil.heading}: ${gil.words.join(' ')}\n    ${ft.heading}: ${ft.words.join(' ')}`);
        assert.match(ft.heading, /GIL off/);
        assert.ok(ft.runs < gil.runs, `3.13t: ${ft.runs} run blocks against ${gil.runs} with the GIL`);
        // No GIL to wait for; a free-threaded build still stops its threads briefly for garbage collection.
        assert.ok(ft.locks < gil.locks, `lock waits: ${ft.locks} on 3.13t, ${gil.locks} with the GIL`);
        await shootWide(page, 'scheduler-cpu-bound-compare-dark', () => showLanes(frame, 0), { docs: true });
      },
    },
    {
      name: 'the switch-interval experiment: 1 ms and 50 ms side by side, the slices follow',
      async run({ page }) {
        await clickEditorTab(page, 'cpu_bound.py');
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+G');
        await page.keyboard.type('13');
        await page.keyboard.press('Enter');
        const frame = panelFrame(page);
        let short;
        let long;
        // Other people's load can take the CPU the 1 ms run needs to hand over often (the lanes then say
        // the threads were ready with no CPU free): up to three tries for the signature.
        for (let attempt = 0; attempt < 3 && !(short && short.runs > 2 * long.runs); attempt++) {
          const before = attempt === 0 ? '' : (await lanesOf(frame, 0)).words.join(' ');
          await runCommand(page, 'GIL Lab: Run Threads at a 1 ms and a 50 ms Switch Interval');
          await waitForLanes(page, 'cpu_bound', 2, 240000);
          if (before) await waitUntil('the experiment measured again', async () => (await lanesOf(frame, 0)).words.join(' '), (w) => w !== before && !!w, 240000);
          await waitForLanes(page, 'cpu_bound', 2, 240000);
          // (The panel still shows the previous journey's lanes until the experiment's results replace them.)
          await waitUntil('the experiment\'s lanes', async () => (await lanesOf(frame, 0)).heading, (h) => /switch interval/.test(h), 240000);
          short = await lanesOf(frame, 0);
          long = await lanesOf(frame, 1);
          console.log(`    try ${attempt + 1}: ${short.heading}: ${short.words.join(' ')}\n    ${long.heading}: ${long.words.join(' ')}`);
        }
        assert.match(short.heading, /switch interval 1\.00 ms/);
        assert.match(long.heading, /switch interval 50\.0 ms/);
        assert.ok(short.runs > 2 * long.runs, `${short.runs} turns at 1 ms, ${long.runs} at 50 ms`);
        await shootWide(page, 'scheduler-switch-interval-dark', () => showLanes(frame, 0), { docs: true });
      },
    },
    {
      name: 'hash_buffer(): C code that releases the GIL, the lanes overlap',
      async run({ page }) {
        await page.keyboard.press('Control+1'); // the first editor group, where the learner's files are
        await openFile(page, 'c_releases_gil.py');
        await clickLensAbove(page, 'Serial vs threaded', 'hash_buffer', 16);
        const frame = await waitForLanes(page, 'hash_buffer');
        const seen = await lanesOf(frame);
        console.log(`    ${seen.heading}: ${seen.words.join(' ')}`);
        assert.equal(seen.lanes, 2);
        assert.ok(seen.runs >= 2, `${seen.runs} run blocks`);
        // Between two 64 MiB updates each thread takes the GIL back for a moment: a few short lock waits are true here too.
        console.log(`    ${seen.runs} run blocks, ${seen.locks} lock waits`);
        await shootWide(page, 'scheduler-c-releases-gil-dark', () => showLanes(frame), { docs: true });
      },
    },
    {
      name: 'in a light theme',
      async run({ page }) {
        await setTheme(page, 'Light Modern');
        await runCommand(page, 'GIL Lab: Show Timings Panel');
        const frame = panelFrame(page);
        assert.match((await frame.locator('body').getAttribute('class')) ?? '', /vscode-light/);
        await frame.locator('svg.scheduler').first().waitFor({ timeout: 30000 });
        await shootWide(page, 'scheduler-c-releases-gil-light', () => showLanes(frame), { docs: true });
        await frame.locator('.history-item', { hasText: 'cpu_bound() — serial vs threads' }).first().click();
        await frame.locator('svg.scheduler').first().waitFor({ timeout: 30000 });
        await zoomUnder(frame, 40);
        await shootWide(page, 'scheduler-cpu-bound-python3-light', () => showLanes(frame), { docs: true });
      },
    },
  ],
};
