// Starts a real VS Code here: the VS Code server shipped inside the `code-server`
// npm package (run by Node 24) with headless Debian Chromium as the client.
// See ../shared/notes/real-vscode-here.md. Used by run-vscode-tests.mjs,
// run-e2e.mjs, the vsix test and scripts/try.sh.
//
// Everything started here is tracked and stopped by stop(): the server runs in
// its own process group (killed as a group), the browser is closed (and its
// process killed if closing hangs), also on SIGINT/SIGTERM/uncaught errors.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import http from 'node:http';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

const log = (...a) => console.error('[vscode]', ...a);

/** GIL_LAB_* values from the environment, else from $GIL_LAB_CACHE/env.sh (written by .ci/setup). */
export function gilLabEnv() {
  const keys = ['GIL_LAB_NODE24', 'GIL_LAB_VSCODE_SERVER', 'GIL_LAB_CHROMIUM'];
  const env = {};
  for (const k of [...keys, 'GIL_LAB_CACHE', 'GIL_LAB_PYTHON_FT']) if (process.env[k]) env[k] = process.env[k];
  const cache = env.GIL_LAB_CACHE || join(homedir(), '.cache', 'gil-lab');
  const file = join(cache, 'env.sh');
  if (keys.some((k) => !env[k]) && existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /^\s*(?:export\s+)?(GIL_LAB_\w+)=(?:"([^"]*)"|'([^']*)'|(\S*))\s*$/.exec(line);
      if (m && !env[m[1]]) env[m[1]] = m[2] ?? m[3] ?? m[4];
    }
  }
  env.GIL_LAB_CACHE ||= cache;
  env.GIL_LAB_CHROMIUM ||= '/usr/bin/chromium';
  const problems = [];
  if (!env.GIL_LAB_NODE24 || !existsSync(env.GIL_LAB_NODE24)) problems.push(`Node 24 (GIL_LAB_NODE24=${env.GIL_LAB_NODE24 ?? 'unset'})`);
  if (!env.GIL_LAB_VSCODE_SERVER || !existsSync(env.GIL_LAB_VSCODE_SERVER)) problems.push(`the VS Code server (GIL_LAB_VSCODE_SERVER=${env.GIL_LAB_VSCODE_SERVER ?? 'unset'})`);
  if (!existsSync(env.GIL_LAB_CHROMIUM)) problems.push(`Chromium (GIL_LAB_CHROMIUM=${env.GIL_LAB_CHROMIUM})`);
  if (problems.length) {
    throw new Error(`Missing ${problems.join(', ')}.\nRun \`bash .ci/setup\` first (it installs them into ${cache} and writes ${file}).`);
  }
  return env;
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** Settings every launch starts with: no welcome page, no trust prompt, no telemetry or update noise. */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

// ---- process tracking and cleanup ---------------------------------------------------------

const live = new Set(); // objects with stop()
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  const bail = async (why, code) => {
    log(`stopping everything (${why})`);
    await stopAll();
    process.exit(code);
  };
  process.on('SIGINT', () => bail('SIGINT', 130));
  process.on('SIGTERM', () => bail('SIGTERM', 143));
  process.on('uncaughtException', (e) => { console.error(e); bail('uncaught exception', 1); });
  process.on('unhandledRejection', (e) => { console.error(e); bail('unhandled rejection', 1); });
  process.on('exit', () => { for (const s of live) s.killNow?.(); });
}
/** Runs fn (e.g. removing a temp workspace) when everything is stopped, also on SIGINT/SIGTERM. Returns an unregister function. */
export function onCleanup(fn) {
  hookExit();
  const entry = { stop: async () => { live.delete(entry); await fn(); }, killNow: () => { try { fn(); } catch { /* best effort */ } } };
  live.add(entry);
  return () => live.delete(entry);
}
export async function stopAll() {
  await Promise.allSettled([...live].map((s) => s.stop()));
}

function killGroup(child, signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, signal); } catch { try { child.kill(signal); } catch { /* gone */ } }
}

function waitExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((res) => {
    const t = setTimeout(() => res(false), ms);
    child.once('exit', () => { clearTimeout(t); res(true); });
  });
}

function httpOk(url) {
  return new Promise((res) => {
    const req = http.get(url, (r) => { r.resume(); res(r.statusCode > 0 && r.statusCode < 500); });
    req.on('error', () => res(false));
    req.setTimeout(3000, () => { req.destroy(); res(false); });
  });
}

// ---- the server ------------------------------------------------------------------------------

/**
 * Starts the VS Code server on 127.0.0.1:<free port>.
 * opts: settings (merged over baseSettings), extensionsDir, dataDir (fresh temp dirs unless given),
 *       env (extra env for the server and so the extension host), keepDirs, timeoutMs.
 */
export async function startServer(opts = {}) {
  const env = gilLabEnv();
  hookExit();
  const tmp = mkdtempSync(join(tmpdir(), 'gil-lab-vscode-'));
  const dataDir = opts.dataDir ?? join(tmp, 'data');
  const extensionsDir = opts.extensionsDir ?? join(tmp, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const settings = { ...baseSettings, ...(opts.settings ?? {}) };
  for (const scope of ['User', 'Machine']) {
    const dir = join(dataDir, 'data', scope);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
  }
  const port = opts.port ?? (await freePort());
  const args = [
    env.GIL_LAB_VSCODE_SERVER,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--disable-workspace-trust',
    '--enable-smoke-test-driver', '--disable-telemetry',
    '--server-data-dir', dataDir, '--extensions-dir', extensionsDir,
    ...(opts.args ?? []),
  ];
  const logFile = join(tmp, 'server.log');
  const out = createWriteStream(logFile);
  const started = Date.now();
  const child = spawn(env.GIL_LAB_NODE24, args, {
    detached: true, // own process group: stop() kills the server, its extension hosts and their children
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(opts.env ?? {}) },
  });
  let output = '';
  for (const s of [child.stdout, child.stderr]) s.on('data', (d) => { out.write(d); if (output.length < 200000) output += d; if (opts.echo) process.stderr.write(d); });

  const server = {
    port, dataDir, extensionsDir, tmp, logFile, child, env,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    /** The workbench URL for a folder, with an optional payload (array of [key, value]). */
    url(folder, payload) {
      let u = `http://127.0.0.1:${port}/`;
      const q = [];
      if (folder) q.push(`folder=${encodeURIComponent(folder)}`);
      if (payload) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return q.length ? `${u}?${q.join('&')}` : u;
    },
    /** A vscode-remote:// URI for an absolute path on this machine (what the payload needs). */
    remote: (absPath) => `vscode-remote://127.0.0.1:${port}${absPath}`,
    killNow() { killGroup(child, 'SIGKILL'); },
    async stop() {
      live.delete(server);
      killGroup(child, 'SIGTERM');
      if (!(await waitExit(child, 5000))) { killGroup(child, 'SIGKILL'); await waitExit(child, 3000); }
      killGroup(child, 'SIGKILL'); // leftovers in the group (extension host children)
      out.end();
      if (!opts.keepDirs) rmSync(tmp, { recursive: true, force: true }); // server.log, and data/extensions unless given
    },
  };
  live.add(server);

  const deadline = Date.now() + (opts.timeoutMs ?? 120000);
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await server.stop();
      throw new Error(`The VS Code server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output.slice(-3000)}`);
    }
    if (await httpOk(`${server.base}/version`)) break;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`The VS Code server did not answer on port ${port} within ${(opts.timeoutMs ?? 120000) / 1000} s:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`server up on ${server.base} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${logFile})`);
  return server;
}

// ---- the browser -----------------------------------------------------------------------------

export async function launchBrowser(opts = {}) {
  const env = gilLabEnv();
  hookExit();
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: env.GIL_LAB_CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--password-store=basic'],
  });
  const proc = browser.process?.();
  const handle = {
    browser,
    killNow() { try { proc?.kill('SIGKILL'); } catch { /* gone */ } },
    async stop() {
      live.delete(handle);
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      handle.killNow();
    },
  };
  live.add(handle);
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  handle.context = context;
  return handle;
}

/** Opens the workbench and waits until it is drawn. Returns the page. */
export async function openWorkbench(context, url, opts = {}) {
  const page = await context.newPage();
  page.on('pageerror', (e) => opts.onConsole?.('pageerror', String(e)));
  page.on('console', (m) => opts.onConsole?.(m.type(), m.text()));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: opts.timeoutMs ?? 120000 });
  await page.waitForSelector('.monaco-workbench', { timeout: opts.timeoutMs ?? 120000 });
  return page;
}

/** Copies a folder to a fresh temp dir (tests never touch the repo's fixtures). */
export function copyToTemp(folder, prefix = 'gil-lab-ws-') {
  const dest = mkdtempSync(join(tmpdir(), prefix));
  if (folder) cpSync(folder, dest, { recursive: true });
  return dest;
}

/**
 * Everything in one: server + browser + workbench page.
 * opts: folder, extensionDevelopmentPath, extensionTestsPath (abs paths), settings, extensionsDir, env, onConsole.
 * Returns { server, browser, page, stop() }.
 */
export async function startVSCode(opts = {}) {
  const t0 = Date.now();
  const server = await startServer(opts);
  let browser;
  try {
    browser = await launchBrowser(opts);
    const payload = [];
    if (opts.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remote(opts.extensionDevelopmentPath)]);
    if (opts.extensionTestsPath) payload.push(['extensionTestsPath', server.remote(opts.extensionTestsPath)]);
    const url = server.url(opts.folder, payload.length ? payload : undefined);
    const page = await openWorkbench(browser.context, url, opts);
    log(`workbench drawn ${((Date.now() - t0) / 1000).toFixed(1)} s after start`);
    return {
      server, browser, page, url,
      async stop() { await browser.stop(); await server.stop(); },
    };
  } catch (e) {
    await browser?.stop();
    await server.stop();
    throw e;
  }
}
