#!/usr/bin/env node
// Runs the extension-host mocha suite (test/vscode, bundled to out/test/vscode/index.js) inside a
// real VS Code:
//  - default: the VS Code server from the code-server npm package + headless Chromium (.ci/setup
//    installs them), our extension loaded as extensionDevelopmentPath through the `payload` query;
//  - GIL_LAB_TEST_ELECTRON=1: @vscode/test-electron (downloads VS Code; needs the internet).
// Prints the mocha output and vscode.version; exits non-zero on failure, on zero tests and on timeout.
// Env: GIL_LAB_TEST_GREP (mocha grep), GIL_LAB_TEST_TIMEOUT (seconds, default 600), GIL_LAB_TEST_START_TIMEOUT
// (seconds until run() must have been called, default 180), GIL_LAB_EXTENSION_PATH (load another build of
// the extension), GIL_LAB_SCREENSHOT_ON_FAIL=0 (no test-results/vscode/failure.png).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyToTemp, onCleanup, repoRoot, startVSCode } from './vscodeServer.mjs';

const testsDir = join(repoRoot, 'out', 'test', 'vscode');
const fixture = join(repoRoot, 'test', 'fixtures', 'workspace');
// GIL_LAB_EXTENSION_PATH: load another build of the extension (e.g. an unpacked copy) instead of the checkout.
const extensionPath = process.env.GIL_LAB_EXTENSION_PATH || repoRoot;
const timeoutMs = Number(process.env.GIL_LAB_TEST_TIMEOUT || 600) * 1000;

function ensureBuilt() {
  if (existsSync(join(testsDir, 'index.js')) && existsSync(join(extensionPath, 'dist', 'extension.js'))) return;
  console.log('Building (node esbuild.config.mjs) ...');
  const r = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(join(testsDir, 'index.js'))) {
    console.error(`Build failed: ${join(testsDir, 'index.js')} is missing`);
    process.exit(1);
  }
}

function report(results, seconds) {
  process.stdout.write(results.output ?? '');
  if (!(results.output ?? '').includes('vscode.version')) console.log(`vscode.version ${results.vscodeVersion}`);
  if (!/failing/.test(results.output ?? '')) for (const f of results.failures ?? []) console.log(`FAILED ${f.title}\n${f.error}`);
  const total = (results.passed ?? 0) + (results.failed ?? 0);
  console.log(`\nextension-host suite in VS Code ${results.vscodeVersion}: ${results.passed} passed, ${results.failed} failed, ${results.pending ?? 0} pending (${seconds.toFixed(1)} s)`);
  if (total === 0) console.log('FAIL: the suite ran no test');
  return results.failed === 0 && total > 0 ? 0 : 1;
}

async function viaTestElectron(workspace, resultsFile) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsDir,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { GIL_LAB_TEST_RESULTS: resultsFile },
    });
  } catch (e) {
    console.error(String(e));
  }
  if (!existsSync(resultsFile)) { console.error('The suite wrote no results'); return 1; }
  return report(JSON.parse(readFileSync(resultsFile, 'utf8')), 0);
}

async function viaServer(workspace, resultsFile) {
  const started = Date.now();
  const consoleLines = [];
  const vs = await startVSCode({
    folder: workspace,
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: testsDir,
    env: { GIL_LAB_TEST_RESULTS: resultsFile, ...(process.env.GIL_LAB_TEST_GREP ? { GIL_LAB_TEST_GREP: process.env.GIL_LAB_TEST_GREP } : {}) },
    onConsole: (type, text) => { if (consoleLines.length < 2000) consoleLines.push(`[${type}] ${text}`); },
  });
  try {
    let results;
    const startMs = Number(process.env.GIL_LAB_TEST_START_TIMEOUT || 180) * 1000;
    while (Date.now() - started < timeoutMs) {
      if (!existsSync(resultsFile) && Date.now() - started > startMs) {
        console.error(`FAIL: run() was not called within ${startMs / 1000} s (the extension host or the suite bundle did not load).`);
        break;
      }
      if (existsSync(resultsFile)) {
        try { results = JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { results = undefined; }
        if (results?.done) break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - started) / 1000;
    if (!results?.done) {
      console.error(`FAIL: the extension-host suite did not finish (${seconds.toFixed(0)} s elapsed, limit ${timeoutMs / 1000} s).`);
      if (results?.output) process.stdout.write(results.output);
      else console.error('run() was never called (the extension host may not have started). Browser console:\n' + consoleLines.slice(-60).join('\n'));
      console.error(`Server log tail:\n${vs.server.output().slice(-4000)}`);
      if (process.env.GIL_LAB_SCREENSHOT_ON_FAIL !== '0') await screenshotOnFail(vs.page);
      return 1;
    }
    const code = report(results, seconds);
    if (code !== 0 && process.env.GIL_LAB_SCREENSHOT_ON_FAIL !== '0') await screenshotOnFail(vs.page);
    return code;
  } finally {
    await vs.stop();
  }
}

async function screenshotOnFail(page) {
  try {
    const dir = join(repoRoot, 'test-results', 'vscode');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'failure.png') });
    console.error(`screenshot: ${join(dir, 'failure.png')}`);
  } catch { /* the page may be gone */ }
}

ensureBuilt();
const workspace = copyToTemp(existsSync(fixture) ? fixture : undefined, 'gil-lab-vscode-ws-');
onCleanup(() => rmSync(workspace, { recursive: true, force: true }));
const resultsFile = join(workspace, '.gil-lab-test-results.json');
writeFileSync(join(workspace, '.gil-lab-test.json'), JSON.stringify({ results: resultsFile }));
let code = 1;
try {
  code = process.env.GIL_LAB_TEST_ELECTRON === '1' ? await viaTestElectron(workspace, resultsFile) : await viaServer(workspace, resultsFile);
} catch (e) {
  console.error(e?.stack ?? String(e));
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
