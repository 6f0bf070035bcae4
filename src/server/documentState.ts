import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { Edit, type Parser, type Tree } from 'web-tree-sitter';
import { incomingKey, type IncomingThreadEntry } from '../analysis/crossModule';
import { AnalysisMemo, analyze, type AnalysisResult } from '../analysis/raceAnalysis';
import type { FunctionInfo } from '../shared/analysis';

/**
 * One open document: its tree-sitter tree, edited in place on each change so the next parse is
 * incremental, and the analysis of its latest version (computed once per version, on demand).
 */
export class DocumentState {
  tree: Tree | undefined;
  /** Summaries of the statements of earlier versions: an edit re-summarises only the statements it touched. */
  private readonly memo = new AnalysisMemo();
  /** `incoming`: the key of the threads other modules start on its code that the analysis was given. */
  private analysed: { version: number; incoming: string; result: AnalysisResult; hasError: boolean } | undefined;
  /** The functions of the last version that parsed without errors (lenses keep these while the user types). */
  lastGoodFunctions: { version: number; functions: FunctionInfo[] } | undefined;

  /** Applies one change to the tree before the text changes (positions refer to the old text). */
  editTree(document: TextDocument, change: TextDocumentContentChangeEvent): void {
    if (!this.tree) return;
    if (!('range' in change)) {
      this.tree = undefined; // a full replacement: parse from scratch
      return;
    }
    const { start, end } = change.range;
    const startIndex = document.offsetAt(start);
    const oldEndIndex = document.offsetAt(end);
    const lines = change.text.split('\n');
    const newEndPosition =
      lines.length === 1 ? { row: start.line, column: start.character + change.text.length } : { row: start.line + lines.length - 1, column: lines[lines.length - 1].length };
    this.tree.edit(new Edit({
      startIndex,
      oldEndIndex,
      newEndIndex: startIndex + change.text.length,
      startPosition: { row: start.line, column: start.character },
      oldEndPosition: { row: end.line, column: end.character },
      newEndPosition,
    }));
  }

  /** Whether this version has an analysis already (computed, or adopted from an earlier session). */
  has(version: number, incoming: readonly IncomingThreadEntry[] = []): boolean {
    return this.analysed?.version === version && this.analysed.incoming === incomingKey(incoming);
  }

  /** The incoming threads the current analysis was given (its key), if there is one. */
  get analysedIncoming(): string | undefined {
    return this.analysed?.incoming;
  }

  /** Takes an analysis of this version's exact text from an earlier session (see analysisCache.ts); no tree yet. */
  adopt(version: number, kept: { result: AnalysisResult; hasError: boolean }): void {
    this.analysed = { version, incoming: '', ...kept };
    if (!kept.hasError) this.lastGoodFunctions = { version, functions: kept.result.functions };
  }

  /** Analyses this version even if it has an analysis already (to verify an adopted one, and to have the tree). */
  reanalyse(parser: Parser, document: TextDocument, incoming: readonly IncomingThreadEntry[] = []): { result: AnalysisResult; hasError: boolean } {
    this.analysed = undefined;
    return this.analysis(parser, document, incoming);
  }

  analysis(parser: Parser, document: TextDocument, incoming: readonly IncomingThreadEntry[] = []): { result: AnalysisResult; hasError: boolean } {
    if (this.has(document.version, incoming)) return this.analysed!;
    const text = document.getText();
    const tree = parser.parse(text, this.tree) ?? parser.parse(text);
    this.tree?.delete();
    this.tree = tree ?? undefined;
    const hasError = !tree || tree.rootNode.hasError;
    const result: AnalysisResult = tree ? analyze(tree, text, this.memo, incoming) : { findings: [], functions: [] };
    this.analysed = { version: document.version, incoming: incomingKey(incoming), result, hasError };
    if (!hasError) this.lastGoodFunctions = { version: document.version, functions: result.functions };
    return this.analysed;
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
  }
}
