// The lens-to-panel journey: a user opens the lesson's example, clicks "▶ Serial vs threaded" above
// cpu_bound, and reads the timings panel; then runs processes too, cancels a runaway function (and
// nothing is left running), and looks at the panel in a light theme.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { clickLensAbove, openFile, panelFrame, runCommand, screenshot, setTheme, waitUntil } from './lib/workbench.mjs';

/**
 * Runs the lens titled `title` above `def <fn>` the keyboard way: Go to Line, then "Show CodeLens
 * Commands For Current Line" and pick the lens. Returns when it was picked.
 */

function harnessProcesses() {
  try {
    return execFileSync('pgrep', ['-f', 'gil_lab_harness.py'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

export default {
  title: 'timings panel',
  options: { settings: { 'gilLab.repeats': 3 } },
  journeys: [
    {
      name: 'clicking "▶ Serial vs threaded" above cpu_bound shows timings for serial and threads',
      async run({ page }) {
        await openFile(page, 'lesson_example.py');
        const clicked = await clickLensAbove(page, 'Serial vs threaded', 'cpu_bound', 7);
        const frame = panelFrame(page);
        await frame.locator('svg.chart .point').first().waitFor({ timeout: 120000 });
        console.log(`    click to first number on screen: ${((Date.now() - clicked) / 1000).toFixed(2)} s`);
        await frame.locator('.verdict').first().waitFor({ timeout: 120000 });
        console.log(`    click to verdict: ${((Date.now() - clicked) / 1000).toFixed(2)} s`);
        const verdict = await frame.locator('.verdict p').first().innerText();
        assert.match(verdict, /thread/i);
        assert.equal(await frame.locator('svg.chart .bar.serial').count(), 1);
        assert.equal(await frame.locator('svg.chart .bar.threads').count(), 1);
        assert.ok((await frame.locator('svg.timeline .span.threads').count()) >= 2, 'a lane per thread');
        await screenshot(page, 'panel-serial-vs-threads-dark', { docs: true });
      },
    },
    {
      name: '"Processes too" adds the processes mode',
      async run({ page }) {
        await clickLensAbove(page, 'Processes too', 'cpu_bound', 7);
        const frame = panelFrame(page);
        await waitUntil('a processes bar', () => frame.locator('svg.chart .bar.processes').count(), (n) => n === 1, 120000);
        await frame.locator('.verdict').first().waitFor();
        await screenshot(page, 'panel-processes-dark', { docs: true });
      },
    },
    {
      name: 'a runaway function can be cancelled and leaves no process behind',
      async run({ page }) {
        await page.locator('.tabs-container .tab', { hasText: 'lesson_example.py' }).first().click();
        await clickLensAbove(page, 'Processes too', 'spin', 28);
        await waitUntil('the harness to start', () => harnessProcesses().length, (n) => n > 0, 60000);
        const frame = panelFrame(page);
        const cancel = frame.locator('.progress button[data-action="cancel"]');
        await cancel.waitFor({ timeout: 30000 });
        await screenshot(page, 'run-in-progress', { docs: true });
        // The panel is patched, not rebuilt, when the state comes again (progress, samples, a click in the
        // history): the Cancel button stays the same element, so a press and its release always meet on it.
        await cancel.evaluate((button) => { button.keptAcrossRenders = true; });
        await frame.locator('.history-item', { hasText: 'spin() — with processes' }).first().click(); // the host sends the state again
        await page.waitForTimeout(1500);
        assert.ok(await cancel.evaluate((button) => button.keptAcrossRenders === true), 'the Cancel button was replaced by a re-render');
        // Pressed and released as a person does, a few tenths of a second apart.
        await cancel.click({ delay: 400 });
        await waitUntil('every harness process to exit', () => harnessProcesses(), (p) => p.length === 0, 30000);
        await frame.locator('text=Cancelled').first().waitFor({ timeout: 30000 });
      },
    },
    {
      name: 'the panel follows a light theme',
      async run({ page }) {
        await setTheme(page, 'Light Modern');
        await runCommand(page, 'GIL Lab: Show Timings Panel');
        const frame = panelFrame(page);
        await frame.locator('.history-item', { hasText: 'cpu_bound() — with processes' }).first().click();
        await frame.locator('svg.chart').first().waitFor({ timeout: 30000 });
        const bodyClass = await frame.locator('body').getAttribute('class');
        assert.match(bodyClass ?? '', /vscode-light/);
        await screenshot(page, 'panel-light', { docs: true });
      },
    },
  ],
};
