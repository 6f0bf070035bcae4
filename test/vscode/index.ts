/**
 * Entry of the extension-host suite. VS Code loads the bundle (out/test/vscode/index.js) as
 * `extensionTestsPath` and calls run() inside the real extension host.
 *
 * Launched two ways:
 *  - here, by test/launcher/run-vscode-tests.mjs (VS Code server + headless Chromium): nothing exits when
 *    run() returns, so run() writes its outcome to a results file the launcher waits for;
 *  - by @vscode/test-electron (GIL_LAB_TEST_ELECTRON=1) where VS Code can be downloaded: the rejection of
 *    run() is the outcome, and the results file is written too.
 *
 * Results file: env GIL_LAB_TEST_RESULTS (the server passes its env to the extension host), else the path
 * in `<workspace>/.gil-lab-test.json` ({"results": "..."}, written by the launcher), else
 * `<workspace>/.gil-lab-test-results.json`.
 *
 * The suite files are bundled by esbuild, so they are listed here one by one (no glob after bundling).
 * Add a line to loadSuites() for each new `*.test.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import * as vscode from 'vscode';

function loadSuites(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('./foundation.test');
  require('./lenses.test');
  require('./walkthrough.test');
  require('./panel.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export interface SuiteResults {
  vscodeVersion: string;
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
  output: string;
  done: boolean;
  error?: string;
}

function resultsPath(): string {
  if (process.env.GIL_LAB_TEST_RESULTS) return process.env.GIL_LAB_TEST_RESULTS;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder?.scheme === 'file') {
    try {
      const cfg = JSON.parse(fs.readFileSync(path.join(folder.fsPath, '.gil-lab-test.json'), 'utf8')) as { results?: string };
      if (cfg.results) return cfg.results;
    } catch {
      /* no config file */
    }
    return path.join(folder.fsPath, '.gil-lab-test-results.json');
  }
  return path.join(os.tmpdir(), 'gil-lab-test-results.json');
}

export async function run(): Promise<void> {
  const file = resultsPath();
  let output = '';
  const write = (results: Partial<SuiteResults>) => {
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ vscodeVersion: vscode.version, output, ...results }, null, 2));
    fs.renameSync(tmp, file); // the launcher never sees half a file
  };

  // Capture what the reporter prints: the extension host's console does not reach the launcher, and VS Code
  // makes console.log a non-writable getter there, so mocha gets its own logger (and so do the suites:
  // globalThis.gilLabTestLog, used by foundation.test.ts to print timings).
  const origLog = console.log.bind(console);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { format } = require('node:util') as typeof import('node:util');
  const log = (...args: unknown[]) => {
    output += `${format(...args)}\n`;
    origLog(...args);
  };
  (globalThis as { gilLabTestLog?: typeof log }).gilLabTestLog = log;

  try {
    log(`vscode.version ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI, extension host on Node ${process.version})`);
    write({ done: false, passed: 0, failed: 0, pending: 0, failures: [] });

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const m = require('mocha');
    const Mocha = (m.default ?? m) as typeof import('mocha');
    Mocha.reporters.Base.consoleLog = log; // every reporter line goes through Base.consoleLog
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec', grep: process.env.GIL_LAB_TEST_GREP || undefined });
    // Define describe/it/before... on the global object, then load the suites (they run describe() at load).
    mocha.suite.emit('pre-require', globalThis, 'extension-host-suite', mocha);
    loadSuites();
    mocha.suite.emit('require', undefined, 'extension-host-suite', mocha);
    mocha.suite.emit('post-require', globalThis, 'extension-host-suite', mocha);

    const failures: SuiteResults['failures'] = [];
    const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve) => {
      const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 0, pending: 0 }));
      runner.on('fail', (test, err: Error) => failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) }));
    });
    write({ done: true, passed: stats.passes, failed: stats.failures, pending: stats.pending, failures });
    if (stats.failures > 0) throw new Error(`${stats.failures} extension-host test(s) failed`);
    if (stats.passes === 0) throw new Error('The extension-host suite ran no test');
  } catch (err) {
    if (!fs.existsSync(file) || !(JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults).done) {
      write({ done: true, passed: 0, failed: 1, pending: 0, failures: [{ title: 'suite setup', error: String((err as Error)?.stack ?? err) }], error: String(err) });
    }
    throw err;
  } finally {
    delete (globalThis as { gilLabTestLog?: unknown }).gilLabTestLog;
  }
}
