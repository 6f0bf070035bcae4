import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export type { Tree };

/** Where the wasm files are: beside the bundle (dist/), or in node_modules when running from source. */
function wasmPath(file: string, packageRelative: string): string {
  const beside = path.join(__dirname, file);
  if (existsSync(beside)) return beside;
  return require.resolve(packageRelative);
}

let ready: Promise<Language> | undefined;

/** Loads web-tree-sitter and the Python grammar once per process. */
export function loadPython(): Promise<Language> {
  ready ??= (async () => {
    const runtime = wasmPath('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtime });
    return Language.load(wasmPath('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
  })();
  return ready;
}

export async function createPythonParser(): Promise<Parser> {
  const language = await loadPython();
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** Parses, or undefined when tree-sitter gives up (it never throws on bad input, but may return null). */
export function parsePython(parser: Parser, text: string, oldTree?: Tree): Tree | undefined {
  return parser.parse(text, oldTree) ?? undefined;
}

/** The 0-based line of the first syntax error tree-sitter recovered from (an ERROR or a missing node), if any. */
export function firstSyntaxErrorLine(tree: Tree): number | undefined {
  let node: Node = tree.rootNode;
  if (!node.hasError) return undefined;
  // Down the first child that holds an error, to the innermost one: an ERROR node may wrap the whole
  // file around the one statement tree-sitter could not read.
  for (let next: Node | null | undefined = node; next; next = node.children.find((c) => !!c && (c.hasError || c.isMissing || c.type === 'ERROR'))) node = next;
  return node.startPosition.row;
}
