/**
 * The nodes the race analysis looks at, found in one pass and grouped by their own scope.
 *
 * Why: walking a tree from JavaScript makes a wrapper object per node (namedChildren, parent, field
 * lookups), and on a 5,000-line file the analysis spent most of its time, and the garbage collector's,
 * on that. A tree-sitter query matches inside the wasm module and hands back only the nodes we ask
 * for, in document order; their scopes then follow from byte offsets alone.
 */
import { Query, type Language, type Node } from 'web-tree-sitter';

const SCOPE_TYPES: ReadonlySet<string> = new Set(['function_definition', 'class_definition', 'lambda']);

/** Every node type the analysis matches on; anything else it reaches from these through fields. */
const INDEXED_TYPES = [
  'call',
  'assignment',
  'augmented_assignment',
  'global_statement',
  'delete_statement',
  'nonlocal_statement',
  'with_item',
  'for_statement',
  'function_definition',
  'class_definition',
  'lambda',
] as const;
export type IndexedType = (typeof INDEXED_TYPES)[number];

const queries = new WeakMap<Language, Query>();
function queryFor(language: Language): Query {
  let query = queries.get(language);
  if (!query) {
    query = new Query(language, INDEXED_TYPES.map((t) => `(${t}) @${t}`).join('\n'));
    queries.set(language, query);
  }
  return query;
}

export class TreeIndex {
  private readonly byType = new Map<string, Node[]>();
  /** Node id → its type, as the query named it: asking a node its type is a call into the wasm module. */
  private readonly typeById = new Map<number, string>();
  /** Scope node id (0 for the module) → the indexed nodes whose innermost scope it is, in document order. */
  private readonly owned = new Map<number, Node[]>();
  private readonly scopeById = new Map<number, Node | undefined>();
  private readonly ownCache = new Map<number, Node[]>();

  /** Indexes `root`'s subtree: a whole module, or one of its top-level statements. */
  constructor(root: Node) {
    for (const t of INDEXED_TYPES) this.byType.set(t, []);
    const captures = queryFor(root.tree.language).captures(root);
    // Captures come in document order (outer before inner), so the open scopes form a stack: a node
    // that starts before the innermost open scope ends lies inside it (trees nest properly).
    const open: { node: Node; end: number }[] = [];
    for (const { name: type, node } of captures) {
      const start = node.startIndex;
      while (open.length > 0 && open[open.length - 1].end <= start) open.pop();
      const scope = open.length > 0 ? open[open.length - 1].node : undefined;
      this.scopeById.set(node.id, scope);
      this.typeById.set(node.id, type);
      const key = scope ? scope.id : 0;
      let list = this.owned.get(key);
      if (!list) this.owned.set(key, (list = []));
      list.push(node);
      this.byType.get(type)?.push(node); // the capture is named after its node type
      if (SCOPE_TYPES.has(type)) open.push({ node, end: node.endIndex });
    }
  }

  /** A node's type: from the index for an indexed node, else asked of the node. */
  typeOf(node: Node): string {
    return this.typeById.get(node.id) ?? node.type;
  }

  /** The indexed nodes of these types in a function's own body (see ownNodes). */
  ownOfType(fn: Node, ...types: IndexedType[]): Node[] {
    return this.ownNodes(fn).filter((n) => (types as string[]).includes(this.typeById.get(n.id)!));
  }

  /** Every indexed node of this type in the file, in document order. */
  ofType(type: IndexedType): readonly Node[] {
    return this.byType.get(type) ?? [];
  }

  /** Every indexed node of these types, merged in document order. */
  ofTypes(...types: IndexedType[]): Node[] {
    return types.flatMap((t) => this.ofType(t)).sort((a, b) => a.startIndex - b.startIndex);
  }

  /** The innermost function, class or lambda around an indexed node; undefined at module level (or outside the indexed subtree). */
  scopeOf(node: Node): Node | undefined {
    return this.scopeById.get(node.id);
  }

  /** The innermost enclosing function or class, climbing scopes (for an indexed node only). */
  enclosingScope(node: Node, type: 'function_definition' | 'class_definition'): Node | undefined {
    for (let s = this.scopeOf(node); s; s = this.scopeOf(s)) if (s.type === type) return s;
    return undefined;
  }

  /**
   * The indexed nodes of a function's or lambda's own body: not its parameters' defaults, and not
   * the insides of functions, classes or lambdas defined in it (their definitions themselves are).
   */
  ownNodes(fn: Node): readonly Node[] {
    let nodes = this.ownCache.get(fn.id);
    if (!nodes) {
      const bodyStart = fn.childForFieldName('body')?.startIndex;
      nodes = bodyStart === undefined ? [] : (this.owned.get(fn.id) ?? []).filter((n) => n.startIndex >= bodyStart);
      this.ownCache.set(fn.id, nodes);
    }
    return nodes;
  }

  /** Indexed nodes of this type anywhere inside `node` (nested scopes included). */
  within(type: IndexedType, node: Node): Node[] {
    const start = node.startIndex;
    const end = node.endIndex;
    return this.ofType(type).filter((n) => n.startIndex >= start && n.startIndex < end && n.id !== node.id);
  }
}
