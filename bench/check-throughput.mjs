/**
 * Race-analysis throughput: `gil-lab check` over the Python standard library of the machine's
 * python3 (test folders skipped), against ruff's wasm build (default rules) over the same files, in
 * the same run. Both run as fresh node processes, alternating; reports files/s and lines/s, the
 * wall-time and CPU-time ratios to ruff, the findings and crashes (a crash is a non-zero exit other
 * than 1, or a file whose analysis throws in the in-process sweep; there must be none).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { benchDir, cliJs, fmt, median, requireTs, run, table } from './lib/common.mjs';

const SKIP_DIRS = new Set(['test', 'tests', 'idle_test', 'site-packages', 'dist-packages', '__pycache__']);

function stdlibFiles(python) {
  const stdlib = execFileSync(python, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name));
      } else if (e.isFile() && e.name.endsWith('.py')) files.push(join(dir, e.name));
    }
  };
  walk(stdlib);
  return { stdlib, files };
}

const countLines = (text) => text.split('\n').length;

/** One pass of the analysis in this process, file by file, so a throwing file is counted, not fatal. */
async function inProcessSweep(files) {
  const { createPythonParser } = await requireTs('src/analysis/parser.ts');
  const { analyze } = await requireTs('src/analysis/raceAnalysis.ts');
  const parser = await createPythonParser();
  let parseMs = 0;
  let analyzeMs = 0;
  let withSyntaxErrors = 0;
  let findings = 0;
  const crashes = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    let t = performance.now();
    const tree = parser.parse(text);
    parseMs += performance.now() - t;
    if (!tree) {
      crashes.push({ file, error: 'parser returned no tree' });
      continue;
    }
    if (tree.rootNode.hasError) withSyntaxErrors++;
    t = performance.now();
    try {
      findings += analyze(tree, text).findings.length;
    } catch (err) {
      crashes.push({ file, error: err instanceof Error ? err.message : String(err) });
    } finally {
      analyzeMs += performance.now() - t;
      tree.delete();
    }
  }
  return { parseMs, analyzeMs, totalMs: parseMs + analyzeMs, withSyntaxErrors, findings, crashes };
}

export async function checkThroughput({ full, pythons, log }) {
  const { stdlib, files } = stdlibFiles(pythons[0].path);
  let lines = 0;
  let bytes = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    lines += countLines(text);
    bytes += Buffer.byteLength(text);
  }
  log(`  corpus: ${stdlib} without test folders: ${files.length} files, ${lines.toLocaleString('en-US')} lines`);
  const tmp = mkdtempSync(join(tmpdir(), 'gil-lab-bench-corpus-'));
  const listFile = join(tmp, 'files.txt');
  writeFileSync(listFile, files.join('\n'));

  const rounds = full ? 3 : 1;
  const ours = [];
  const ruff = [];
  let findings = [];
  let cliCrash;
  try {
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? ['gil-lab', 'ruff'] : ['ruff', 'gil-lab'];
      for (const which of order) {
        if (which === 'gil-lab') {
          const r = await run(process.execPath, [cliJs, 'check', '--json', ...files], { nodeUsage: true, timeoutMs: 600_000 });
          if (r.code !== 0 && r.code !== 1) cliCrash = { code: r.code, signal: r.signal, stderr: r.stderr.slice(-2000) };
          else findings = JSON.parse(r.stdout);
          ours.push({ wallMs: r.wallMs, cpuMs: r.cpuMs });
          log(`  gil-lab check: ${fmt.ms(r.wallMs)} wall, ${fmt.ms(r.cpuMs)} CPU, exit ${r.code}`);
        } else {
          const r = await run(process.execPath, [join(benchDir, 'lib', 'ruff-lint.cjs'), listFile], { nodeUsage: true, timeoutMs: 600_000 });
          if (r.code !== 0) throw new Error(`ruff run failed: ${r.stderr}`);
          ruff.push({ wallMs: r.wallMs, cpuMs: r.cpuMs, ...JSON.parse(r.stdout) });
          log(`  ruff (wasm):   ${fmt.ms(r.wallMs)} wall, ${fmt.ms(r.cpuMs)} CPU`);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // The per-file sweep counts crashing files (the CLI stops at the first) and splits parse from
  // analysis: always with --full, in a quick run only when the CLI crashed.
  let sweep;
  if (full || cliCrash) {
    log('  in-process sweep (crash count per file, parse vs analysis)');
    sweep = await inProcessSweep(files);
  }

  const oursWall = median(ours.map((r) => r.wallMs));
  const oursCpu = median(ours.map((r) => r.cpuMs));
  const ruffWall = median(ruff.map((r) => r.wallMs));
  const ruffCpu = median(ruff.map((r) => r.cpuMs));
  const ruffLoop = median(ruff.map((r) => r.loopMs));
  const byCode = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const crashes = sweep ? Math.max(sweep.crashes.length, cliCrash ? 1 : 0) : cliCrash ? 1 : 0;
  const result = {
    corpus: { stdlib, files: files.length, lines, bytes, skippedDirs: [...SKIP_DIRS] },
    rounds,
    gilLab: { wallMs: oursWall, cpuMs: oursCpu, filesPerS: files.length / (oursWall / 1000), linesPerS: lines / (oursWall / 1000), runs: ours },
    ruff: { version: ruff[0]?.version, wallMs: ruffWall, cpuMs: ruffCpu, loopMs: ruffLoop, filesPerS: files.length / (ruffWall / 1000), linesPerS: lines / (ruffWall / 1000), diagnostics: ruff[0]?.diagnostics, syntaxErrors: ruff[0]?.syntaxErrors, exceptions: ruff[0]?.exceptions, runs: ruff },
    ratio: { wall: oursWall / ruffWall, cpu: oursCpu / ruffCpu, inProcess: sweep ? sweep.totalMs / ruffLoop : null },
    findings: { total: findings.length, byCode, list: findings.map((f) => ({ file: relative(stdlib, f.file), line: f.line, code: f.code, message: f.message })) },
    crashes: { total: crashes, cli: cliCrash ?? null, files: sweep?.crashes ?? null },
    sweep: sweep ? { parseMs: sweep.parseMs, analyzeMs: sweep.analyzeMs, withSyntaxErrors: sweep.withSyntaxErrors, findings: sweep.findings } : null,
  };
  const rows = [
    ['', 'wall', 'CPU', 'files/s', 'lines/s'],
    ['gil-lab check (whole CLI)', fmt.ms(oursWall), fmt.ms(oursCpu), fmt.int(result.gilLab.filesPerS), fmt.int(result.gilLab.linesPerS)],
    [`ruff ${result.ruff.version ?? ''} wasm, default rules (whole process)`, fmt.ms(ruffWall), fmt.ms(ruffCpu), fmt.int(result.ruff.filesPerS), fmt.int(result.ruff.linesPerS)],
    ['ratio gil-lab / ruff', fmt.ratio(result.ratio.wall), fmt.ratio(result.ratio.cpu), '', ''],
  ];
  if (sweep) {
    rows.push(
      ['in process: parse + analysis / ruff check loop', `${fmt.ms(sweep.totalMs)} / ${fmt.ms(ruffLoop)}`, fmt.ratio(result.ratio.inProcess), '', ''],
      ['  of which tree-sitter parse / race analysis', `${fmt.ms(sweep.parseMs)} / ${fmt.ms(sweep.analyzeMs)}`, '', '', ''],
    );
  }
  const codes = Object.entries(byCode).map(([c, n]) => `${c} ${n}`).join(', ');
  const text = [
    table(rows),
    '',
    `corpus: ${files.length} files, ${lines.toLocaleString('en-US')} lines (${(bytes / 1e6).toFixed(1)} MB) from ${stdlib}, test folders skipped`,
    `findings: ${findings.length}${codes ? ` (${codes})` : ''}; crashes: ${crashes}${crashes ? ' <-- MUST BE 0' : ''}${sweep ? `; files tree-sitter parses with errors: ${sweep.withSyntaxErrors}` : ''}; ruff diagnostics: ${result.ruff.diagnostics} (syntax errors ${result.ruff.syntaxErrors}, exceptions ${result.ruff.exceptions})`,
    ...result.findings.list.slice(0, 10).map((f) => `  ${f.file}:${f.line} ${f.code} ${f.message.slice(0, 110)}`),
    ...(sweep?.crashes ?? []).slice(0, 10).map((c) => `  CRASH ${c.file}: ${c.error}`),
  ].join('\n');
  return { result, text, failed: crashes > 0 ? `${crashes} crash(es) in the race analysis` : undefined };
}
