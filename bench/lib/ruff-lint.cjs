/**
 * The reference linter for the check-throughput bench: ruff's wasm build with its default rules,
 * over the files listed (one per line) in the file named by argv[2]. Prints one JSON line:
 * {version, files, lines, diagnostics, syntaxErrors, exceptions, initMs, loopMs}.
 */
const { readFileSync } = require('node:fs');

const started = performance.now();
const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs');
const workspace = new Workspace(Workspace.defaultSettings(), PositionEncoding.Utf16);
const initMs = performance.now() - started;

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let lines = 0;
let diagnostics = 0;
let syntaxErrors = 0;
let exceptions = 0;
const loopStart = performance.now();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  lines += text.split('\n').length;
  try {
    for (const d of workspace.check(text)) {
      diagnostics++;
      if (d.code === null) syntaxErrors++; // ruff reports syntax errors without a rule code
    }
  } catch {
    exceptions++;
  }
}
const loopMs = performance.now() - loopStart;
process.stdout.write(`${JSON.stringify({ version: Workspace.version(), files: files.length, lines, diagnostics, syntaxErrors, exceptions, initMs, loopMs })}\n`);
