/**
 * The labelled corpus (test/corpus/*.py): every `# expect: GIL001[, GIL002]` marker is a finding the
 * analysis must report on that line, and every finding must have its marker. Prints each file's
 * mismatches and the overall precision/recall, and fails below the thresholds.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyze } from '../../../src/analysis/raceAnalysis';

export const CORPUS_DIR = join(__dirname, '..', '..', 'corpus');
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;
const MIN_FILES = 45;

const EXPECT = /#\s*expect:\s*(GIL\d{3}(?:\s*,\s*GIL\d{3})*)/;

/** "line:code" keys (1-based lines) of the markers in a file. */
export function expectedFindings(text: string): Set<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m) for (const code of m[1].split(',')) out.add(`${i + 1}:${code.trim()}`);
  });
  return out;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort();
}

interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

describe('race analysis on the labelled corpus', function () {
  let parser: Parser;
  const perFile = new Map<string, { expected: Set<string>; actual: Set<string> }>();

  before(async () => {
    parser = await createPythonParser();
    for (const file of corpusFiles()) {
      const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
      const tree = parser.parse(text);
      assert.ok(tree, `${file} did not parse`);
      try {
        assert.equal(tree.rootNode.hasError, false, `${file} has a syntax error (the corpus must be valid Python)`);
        const actual = new Set(analyze(tree, text).findings.map((f) => `${f.range.start.line + 1}:${f.code}`));
        perFile.set(file, { expected: expectedFindings(text), actual });
      } finally {
        tree.delete();
      }
    }
  });

  it(`has at least ${MIN_FILES} files, with positives and negatives of every code`, () => {
    assert.ok(perFile.size >= MIN_FILES, `only ${perFile.size} corpus files`);
    const all = [...perFile.values()].flatMap((f) => [...f.expected]);
    for (const code of ['GIL001', 'GIL002', 'GIL003']) assert.ok(all.some((k) => k.endsWith(code)), `no file expects ${code}`);
    const negatives = [...perFile.values()].filter((f) => f.expected.size === 0).length;
    assert.ok(negatives >= 15, `only ${negatives} files expect nothing`);
  });

  it(`reaches precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}`, () => {
    const score: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    const report: string[] = [];
    for (const [file, { expected, actual }] of perFile) {
      const missed = [...expected].filter((k) => !actual.has(k));
      const extra = [...actual].filter((k) => !expected.has(k));
      score.truePositives += [...expected].filter((k) => actual.has(k)).length;
      score.falseNegatives += missed.length;
      score.falsePositives += extra.length;
      if (missed.length || extra.length) report.push(`  ${file}: missed [${missed.join(', ')}] unexpected [${extra.join(', ')}]`);
    }
    const found = score.truePositives + score.falsePositives;
    const wanted = score.truePositives + score.falseNegatives;
    const precision = found === 0 ? 1 : score.truePositives / found;
    const recall = wanted === 0 ? 1 : score.truePositives / wanted;
    const summary = `corpus: ${perFile.size} files, ${wanted} expected findings, TP ${score.truePositives} FP ${score.falsePositives} FN ${score.falseNegatives}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
    console.log(`      ${summary}`);
    if (report.length) console.log(`      mismatches:\n${report.join('\n')}`);
    assert.ok(precision >= MIN_PRECISION && recall >= MIN_RECALL, `${summary}\n${report.join('\n')}`);
  });

  it('marker parsing reads several codes on one line and ignores unmarked lines', () => {
    const got = expectedFindings('x = 1\nwith s:  # expect: GIL003, GIL001\ny += 1  # noqa\n');
    assert.deepEqual([...got].sort(), ['2:GIL001', '2:GIL003']);
  });
});
