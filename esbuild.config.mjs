// Bundles the extension, the language server, the CLI and the webview script.
// esbuild does not type-check: `npm run typecheck` (tsc --noEmit) runs beside it.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests') || !production;

/** Prints build start/finish and errors in the form the `$esbuild-watch` problem matcher reads. */
const problemMatcherLog = {
  name: 'problem-matcher-log',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/** Files the bundles load at run time: the Python harness and the tree-sitter wasm. */
function copyRuntimeAssets() {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'python'), { recursive: true });
  const pyDir = join(root, 'src', 'measure', 'python');
  for (const f of readdirSync(pyDir)) if (f.endsWith('.py')) cpSync(join(pyDir, f), join(dist, 'python', f));
  cpSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(dist, 'web-tree-sitter.wasm'));
  cpSync(join(dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm'), join(dist, 'tree-sitter-python.wasm'));
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcherLog],
};
// ESM dependencies (web-tree-sitter) read import.meta.url, which a CommonJS bundle lacks: give it the bundle's own.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: importMetaUrl } };

// What `gil-lab --version` and the SARIF log's tool entry say, from package.json.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cliPackageFacts = { version: pkg.version, repository: pkg.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '') };

const contexts = [
  { ...node, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The language client library, loaded by the extension after activation (src/client/languageClient.ts).
  { ...node, entryPoints: { languageClient: 'src/client/languageClientBundle.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...node, entryPoints: { server: 'src/server/main.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` }, define: { ...node.define, GIL_LAB_PACKAGE: JSON.stringify(cliPackageFacts) } },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { webview: 'src/webview/main.ts' }, outdir: 'dist' },
];
if (withTests) {
  // The extension-host suite is loaded by VS Code itself, so it is bundled like the extension.
  contexts.push({ ...node, entryPoints: { index: 'test/vscode/index.ts' }, outdir: 'out/test/vscode', external: ['vscode', 'mocha'] });
}

copyRuntimeAssets();
const built = await Promise.all(contexts.map((c) => esbuild.context(c)));
if (watch) {
  await Promise.all(built.map((c) => c.watch()));
} else {
  const results = await Promise.allSettled(built.map((c) => c.rebuild()));
  await Promise.all(built.map((c) => c.dispose()));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}
