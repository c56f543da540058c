// Bundles the Node-side entry points into dist/ (the UI is built by Vite): the Electron main
// process and preload, and the `jianbao` command line, which then starts without compiling anything.
import { build } from 'esbuild';

const node = { bundle: true, platform: 'node', target: 'node20', external: ['electron', 'better-sqlite3'], logLevel: 'warning' };
await build({ ...node, format: 'cjs', entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...node, format: 'cjs', entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
await build({
  ...node,
  format: 'esm',
  entryPoints: ['electron/cli/main.ts'],
  outfile: 'dist/cli/jianbao.mjs',
  // Bundled CommonJS packages call require(); an ES module has to make one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as jianbaoRequire } from 'node:module';\nconst require = jianbaoRequire(import.meta.url);" },
});
