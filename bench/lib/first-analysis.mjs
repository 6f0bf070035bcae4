/**
 * One parse + race analysis of the Python text on stdin, in a fresh process: what the language
 * server's first analysis costs with its code still cold (wasm not tiered up, JavaScript not
 * optimised), without the protocol. Prints JSON: { parseMs, analysisMs, findings }.
 */
import { readFileSync } from 'node:fs';
import { requireTs } from './common.mjs';

const text = readFileSync(0, 'utf8');
const { createPythonParser } = await requireTs('src/analysis/parser.ts');
const { AnalysisMemo, analyze } = await requireTs('src/analysis/raceAnalysis.ts');
const parser = await createPythonParser();
const start = performance.now();
const tree = parser.parse(text);
const parsed = performance.now();
const findings = analyze(tree, text, new AnalysisMemo()).findings.length; // with a memo, as the server
const end = performance.now();
process.stdout.write(JSON.stringify({ parseMs: parsed - start, analysisMs: end - parsed, findings }));
