#!/usr/bin/env node
// Runs the e2e journeys: every test/e2e/*.e2e.mjs (or the files given as arguments).
// A journey file default-exports { title, options?, journeys: [{ name, run(ctx) }] }; each file gets one
// fresh VS Code (server + headless Chromium, our extension as extensionDevelopmentPath), its journeys
// run in order on that window. ctx = { page, vs, workspace }. A failing journey leaves
// test-results/e2e/FAILED-<file>-<n>.png. Prints `N passed, N failed` last; exits non-zero on any
// failure or when no journey ran.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, stopAll } from './vscodeServer.mjs';
import { openVSCode, screenshot } from '../e2e/lib/workbench.mjs';

const dir = join(repoRoot, 'test', 'e2e');
const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).sort().map((f) => join(dir, f));
// The journeys run the workspace's modules in the real interpreters, before and after a fix is saved: their
// bytecode goes to a cache of this run, never to a __pycache__ in the workspace that a later run could read.
process.env.PYTHONPYCACHEPREFIX ??= mkdtempSync(join(tmpdir(), 'gil-lab-e2e-pycache-'));
const grep = process.env.GIL_LAB_E2E_GREP ? new RegExp(process.env.GIL_LAB_E2E_GREP, 'i') : undefined;
const overallMs = Number(process.env.GIL_LAB_E2E_TIMEOUT || 1800) * 1000;
const journeyMs = Number(process.env.GIL_LAB_E2E_JOURNEY_TIMEOUT || 180) * 1000;

const timer = setTimeout(async () => {
  console.error(`TIMEOUT: e2e journeys did not finish within ${overallMs / 1000} s`);
  await stopAll();
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}, overallMs);

let passed = 0;
let failed = 0;
const started = Date.now();
for (const file of files) {
  const spec = (await import(pathToFileURL(file).href)).default;
  const journeys = spec.journeys.filter((j) => !grep || grep.test(`${spec.title} ${j.name}`));
  if (!journeys.length) continue;
  console.log(`\n${spec.title ?? basename(file)}`);
  let vs;
  try {
    const t0 = Date.now();
    vs = await openVSCode(spec.options ?? {});
    console.log(`  (VS Code up in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    console.log(`  ✘ could not open VS Code: ${e?.stack ?? e}`);
    failed += journeys.length;
    continue;
  }
  try {
    for (const [i, j] of journeys.entries()) {
      const t0 = Date.now();
      try {
        await Promise.race([
          j.run({ page: vs.page, vs, workspace: vs.workspace }),
          new Promise((_, rej) => setTimeout(() => rej(new Error(`journey timed out after ${journeyMs / 1000} s`)), journeyMs).unref()),
        ]);
        passed++;
        console.log(`  ✔ ${j.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`  ✘ ${j.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n    ${String(e?.stack ?? e).split('\n').join('\n    ')}`);
        const shot = await screenshot(vs.page, `FAILED-${basename(file, '.e2e.mjs')}-${i + 1}`).catch(() => undefined);
        if (shot) console.log(`    screenshot: ${shot}`);
        await vs.page.keyboard.press('Escape').catch(() => {});
      }
    }
  } finally {
    await vs.stop();
  }
}
clearTimeout(timer);
console.log(`\ne2e journeys in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (passed + failed === 0) console.log('FAIL: no journey ran');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
