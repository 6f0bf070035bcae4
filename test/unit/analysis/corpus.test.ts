/**
 * The labelled corpus (test/corpus/*.py): every `# expect: GIL001[, GIL002]` marker is a finding the
 * analysis must report on that line, and every finding must have its marker. Prints each file's
 * mismatches and the overall precision/recall, and fails below the thresholds.
 */
import { strict as assert } from 'node:assert';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyze } from '../../../src/analysis/raceAnalysis';
import { CODES } from '../../../src/shared/analysis';
import { corpusFiles, expectedFindings, pythonAccepts, readCorpus } from './corpusUtil';

// Every label holds: a change that loses one shows here, not in a drifting average.
const MIN_PRECISION = 1;
const MIN_RECALL = 1;
const MIN_FILES = 45;

interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

describe('race analysis on the labelled corpus', function () {
  let parser: Parser;
  const perFile = new Map<string, { expected: Set<string>; actual: Set<string> }>();

  before(async function () {
    // (Over a thousand files: seconds on an idle machine, several times that while it builds Python beside.)
    this.timeout(120_000);
    parser = await createPythonParser();
    for (const file of corpusFiles()) {
      const text = readCorpus(file);
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
    for (const code of Object.values(CODES)) assert.ok(all.some((k) => k.endsWith(code)), `no file expects ${code}`);
    const negatives = [...perFile.values()].filter((f) => f.expected.size === 0).length;
    assert.ok(negatives >= 15, `only ${negatives} files expect nothing`);
  });

  it('is valid Python for CPython too', function () {
    this.timeout(60_000);
    const files = corpusFiles();
    const ok = pythonAccepts(files.map(readCorpus));
    assert.deepEqual(files.filter((_, i) => !ok[i]), []);
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
