/**
 * The index the race analysis reads its nodes from: which nodes belong to which function's own
 * body decides what counts as "code that runs in threads", so scope edges are tested one by one.
 */
import { strict as assert } from 'node:assert';
import type { Node, Parser, Tree } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { TreeIndex } from '../../../src/analysis/treeIndex';

const SOURCE = `import threading
total = 0

def outer(n=len([1])):
    global total
    total += 1
    helper = lambda: print("in lambda")

    @decorate(1)
    def inner():
        nonlocal_thing = 2
        total_inner = nonlocal_thing + 1

    class Local:
        def method(self):
            self.x = 1
    return inner()

threading.Thread(target=outer).start()
`;

describe('TreeIndex', () => {
  let parser: Parser;
  let tree: Tree;
  let index: TreeIndex;
  before(async () => {
    parser = await createPythonParser();
    tree = parser.parse(SOURCE)!;
    index = new TreeIndex(tree.rootNode);
  });
  after(() => tree.delete());

  const named = (type: 'function_definition' | 'class_definition', name: string): Node => {
    const found = index.ofType(type).find((n) => n.childForFieldName('name')?.text === name);
    assert.ok(found, `no ${type} ${name}`);
    return found;
  };
  const texts = (nodes: readonly Node[]) => nodes.map((n) => `${n.type}: ${n.text.split('\n')[0]}`);

  it('lists the nodes of each kind in document order', () => {
    assert.deepEqual(
      index.ofType('call').map((n) => n.text),
      ['len([1])', 'print("in lambda")', 'decorate(1)', 'inner()', 'threading.Thread(target=outer).start()', 'threading.Thread(target=outer)'],
    );
    assert.deepEqual(index.ofType('function_definition').map((n) => n.childForFieldName('name')?.text), ['outer', 'inner', 'method']);
  });

  it("gives a function's own body: its statements and the definitions in it, not their insides nor its parameter defaults", () => {
    assert.deepEqual(texts(index.ownNodes(named('function_definition', 'outer'))), [
      'global_statement: global total',
      'augmented_assignment: total += 1',
      'assignment: helper = lambda: print("in lambda")',
      'lambda: lambda: print("in lambda")',
      'call: decorate(1)',
      'function_definition: def inner():',
      'class_definition: class Local:',
      'call: inner()',
    ]);
    assert.deepEqual(texts(index.ownNodes(named('function_definition', 'inner'))), ['assignment: nonlocal_thing = 2', 'assignment: total_inner = nonlocal_thing + 1']);
  });

  it('climbs scopes: a method in a class in a function', () => {
    const method = named('function_definition', 'method');
    assert.equal(index.scopeOf(method)?.type, 'class_definition');
    assert.equal(index.enclosingScope(method, 'function_definition')?.childForFieldName('name')?.text, 'outer');
    assert.equal(index.scopeOf(named('function_definition', 'outer')), undefined);
  });

  it('finds the calls inside a node, nested scopes included', () => {
    const lambda = index.ofType('lambda')[0];
    assert.deepEqual(texts(index.within('call', lambda)), ['call: print("in lambda")']);
    assert.equal(index.within('call', named('function_definition', 'outer')).length, 4);
  });

  it('indexes a file that does not parse without throwing, and an empty one', () => {
    for (const text of ['def f(:\n  x += = 1\n', '', '\u0000\uffff(((']) {
      const t = parser.parse(text)!;
      const i = new TreeIndex(t.rootNode);
      assert.ok(Array.isArray(i.ofType('call')));
      t.delete();
    }
  });
});
