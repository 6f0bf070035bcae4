#!/usr/bin/env node
// `npm test`: builds, type-checks, then runs every test layer in order and prints one summary.
// A layer fails when its command fails or when it ran no test at all.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2); // e.g. `npm test -- unit integration`

const layers = [
  { name: 'build', cmd: ['node', 'esbuild.config.mjs'], counts: false },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', '.'], counts: false },
  { name: 'unit', cmd: ['npx', 'mocha', '--config', 'test/unit/.mocharc.json'] },
  { name: 'integration', cmd: ['npx', 'mocha', '--config', 'test/integration/.mocharc.json'] },
  { name: 'package', cmd: ['npm', 'run', '-s', 'package'], counts: false },
  { name: 'vscode', cmd: ['node', 'test/launcher/run-vscode-tests.mjs'] },
  { name: 'vsix', cmd: ['node', 'test/launcher/run-vsix-test.mjs'] },
  { name: 'e2e', cmd: ['node', 'test/launcher/run-e2e.mjs'] },
].filter((l) => only.length === 0 || only.includes(l.name) || l.counts === false);

/** Reads mocha's "N passing / N failing / N pending" or a plain "N passed, N failed" line. */
function countsFrom(output) {
  const num = (re) => [...output.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);
  let passed = num(/^\s*(\d+) passing/gm);
  let failed = num(/^\s*(\d+) failing/gm);
  const skipped = num(/^\s*(\d+) pending/gm);
  const plain = [...output.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)];
  if (plain.length > 0) {
    const last = plain[plain.length - 1];
    passed += Number(last[1]);
    failed += Number(last[2]);
  }
  return { passed, failed, skipped };
}

function run(layer) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n━━━ ${layer.name}: ${layer.cmd.join(' ')}`);
    const child = spawn(layer.cmd[0], layer.cmd.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const summary = [];
let totalPassed = 0;
let totalFailed = 0;
for (const layer of layers) {
  const { code, output, seconds } = await run(layer);
  const c = layer.counts === false ? undefined : countsFrom(output);
  let ok = code === 0;
  let why = code === 0 ? '' : `exit code ${code}`;
  if (c) {
    totalPassed += c.passed;
    totalFailed += c.failed;
    if (c.passed + c.failed === 0) {
      ok = false;
      why = 'ran no test';
    } else if (c.failed > 0) {
      ok = false;
      why ||= `${c.failed} failed`;
    }
  }
  if (!ok && c && c.failed === 0) totalFailed += 1; // count a broken layer as a failure
  summary.push({ layer: layer.name, ok, seconds, c, why });
  if (!ok && ['build', 'typecheck', 'package'].includes(layer.name)) break; // later layers need these
}

console.log('\n━━━ summary');
for (const s of summary) {
  const counts = s.c ? ` ${s.c.passed} passed, ${s.c.failed} failed${s.c.skipped ? `, ${s.c.skipped} skipped` : ''}` : '';
  console.log(`${s.ok ? '✔' : '✘'} ${s.layer.padEnd(12)}${counts} (${s.seconds.toFixed(1)} s)${s.why ? ` — ${s.why}` : ''}`);
}
const allOk = summary.length === layers.length && summary.every((s) => s.ok);
console.log(`\n${totalPassed} passed, ${totalFailed} failed`);
process.exit(allOk ? 0 : 1);
