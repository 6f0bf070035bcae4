#!/usr/bin/env node
// Smoke test of the README's try-it command: runs scripts/try.sh (into temp dirs, on a free port),
// opens the address it prints in headless Chromium and checks GIL Lab is active in that VS Code
// (its log says "activated", its CodeLenses show on the sample). Saves docs/screenshots/try-it.png.
// Uses gil-lab.vsix when it exists (GIL_LAB_VSIX=path for another), so it does not run `npm ci` in a
// checkout others work in; without a .vsix, try.sh builds one (npm ci + npm run package).
// Prints `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, launchBrowser, openWorkbench, repoRoot } from './vscodeServer.mjs';
import { runCommand, screenshot } from '../e2e/lib/workbench.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'gil-lab-try-'));
const port = await freePort();
const vsix = process.env.GIL_LAB_VSIX || join(repoRoot, 'gil-lab.vsix');
const env = {
  ...process.env,
  GIL_LAB_PORT: String(port),
  GIL_LAB_TRY_DIR: join(tmp, 'try'),
  GIL_LAB_SAMPLES: join(tmp, 'samples'),
  GIL_LAB_SKIP_FT: process.env.GIL_LAB_SKIP_FT ?? '1',
  ...(existsSync(vsix) ? { GIL_LAB_VSIX: vsix } : {}),
};
const child = spawn('bash', [join(repoRoot, 'scripts', 'try.sh')], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { out += d; });
const killTry = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } };
process.on('exit', killTry);

let passed = 0;
let failed = 0;
let browser;
try {
  const deadline = Date.now() + 15 * 60 * 1000;
  let url;
  while (!(url = /^\s+(http:\/\/\S+\?folder=\S+payload=\S+)$/m.exec(out)?.[1])) {
    if (child.exitCode !== null) throw new Error(`try.sh exited (${child.exitCode}) before printing the address:\n${out.slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`try.sh printed no address:\n${out.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`try.sh printed ${url}`);
  browser = await launchBrowser();
  const page = await openWorkbench(browser.context, url);
  await page.locator('.tabs-container .tab[aria-label*=".py"]').first().waitFor({ timeout: 60000 });
  await page.locator('.contentWidgets .codelens-decoration a').first().waitFor({ timeout: 60000 });
  await runCommand(page, 'GIL Lab: Show Output');
  await page.locator('.part.panel .view-lines', { hasText: 'activated' }).first().waitFor({ timeout: 60000 });
  await screenshot(page, 'try-it', { docs: true });
  passed++;
  console.log('  ✔ the try-it VS Code opens the samples with GIL Lab active (lenses and log)');
} catch (e) {
  failed++;
  console.log(`  ✘ try-it: ${e?.stack ?? e}`);
} finally {
  await browser?.stop();
  killTry();
  await new Promise((r) => setTimeout(r, 1000));
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
