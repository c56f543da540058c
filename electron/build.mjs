// Bundles the Node-side entry points into dist/ (the UI is built by Vite): the Electron main
// process and preload, and the `jianbao` command line, which then starts without compiling anything.
import { chmodSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// Chunks are named by hash: the old ones go, so that only what this build made is shipped.
rmSync('dist/cli', { recursive: true, force: true });
rmSync('dist/workers', { recursive: true, force: true });

// sharp stays a package of its own everywhere: it finds its native part and libvips beside it in node_modules.
const node = { bundle: true, platform: 'node', target: 'node20', external: ['electron', 'better-sqlite3', 'playwright-core', 'sharp'], logLevel: 'warning' };
// A CommonJS bundle has no import.meta.url; the code that finds dist/ from where it runs reads it.
const metaUrl = {
  define: { 'import.meta.url': 'jianbaoMetaUrl' },
  banner: { js: "const jianbaoMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
// better-sqlite3's JavaScript goes into the main bundle (its native part is loaded by path from
// dist/native), so the packaged app ships no node_modules at all.
await build({ ...node, ...metaUrl, external: ['electron', 'playwright-core', 'sharp'], format: 'cjs', entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
// Each import of a contributor's file runs in a worker of its own (electron/node/service/manuscript.ts).
// CommonJS, as the main bundle: Electron's worker threads load it from inside the asar archive.
await build({ ...node, ...metaUrl, format: 'cjs', entryPoints: ['electron/node/service/manuscript-worker.ts'], outfile: 'dist/workers/manuscript.cjs', minify: true });
// pdf.js's character maps, read by path when a Chinese PDF names a standard CMap (UniGB-UCS2-H).
cpSync('node_modules/pdfjs-dist/cmaps', 'dist/workers/cmaps', { recursive: true });
await build({ ...node, format: 'cjs', entryPoints: ['electron/main/preload.ts'], outfile: 'dist/electron/preload.cjs' });
const cli = await build({
  ...node,
  format: 'esm',
  entryPoints: { jianbao: 'electron/node/cli/main.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  // One chunk per command, loaded when that command runs: `export` starts without the cleanup or the proofreader.
  splitting: true,
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  // Bundled CommonJS packages call require(); an ES module has to make one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as jianbaoRequire } from 'node:module';\nconst require = jianbaoRequire(import.meta.url);" },
});
// `npx jianbao` runs the file itself (package.json's bin): it must be executable, as npm would make
// it when installing the package, after every build.
chmodSync('dist/cli/jianbao.mjs', 0o755);
// What each chunk holds, so a test can prove what a command loads.
writeFileSync('dist/cli/metafile.json', JSON.stringify(cli.metafile));
