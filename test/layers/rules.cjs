/**
 * The layers of the house (README, "The house"), as dependency-cruiser rules: `npm test` fails when
 * an import breaks one (test/layers/layers.test.ts), and `npm run layers` lists what breaks them.
 */
const DOM_OR_RUNTIME = '(^|/)node_modules/(better-sqlite3|electron|react|react-dom|@tiptap/react|dompurify|linkedom|mammoth)/';

module.exports = {
  forbidden: [
    {
      name: 'core-is-plain',
      comment: 'core/ runs unchanged in Node and the browser: no Node built-in, no database, no Electron, no React or DOM-only module.',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-needs-no-runtime',
      comment: 'core/ imports libraries only, none tied to a runtime.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: DOM_OR_RUNTIME },
    },
    {
      name: 'core-has-no-editor',
      comment: 'core/ holds the document model in plain ProseMirror (prosemirror-model, -transform, -state): no Tiptap, no view. The editor wraps it in renderer/.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '(^|/)node_modules/(@tiptap/|prosemirror-view/)' },
    },
    {
      name: 'core-is-inward',
      comment: 'core/ never imports the UI, the Node side or the Electron side.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(renderer|electron|test)/' },
    },
    {
      name: 'renderer-is-a-page',
      comment: 'renderer/ talks to the Node side through the API contract only: it imports nothing of electron/ and no Node built-in.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '^renderer/vite\\.config\\.ts$' },
      to: { path: '^electron/|(^|/)node_modules/(better-sqlite3|electron)/' },
    },
    {
      name: 'renderer-has-no-node',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '^renderer/vite\\.config\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-main-imports-electron',
      comment: 'Only electron/main/ may import electron: tests and the command line load everything else.',
      severity: 'error',
      from: { pathNot: '^electron/main/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'node-side-has-no-electron-side',
      severity: 'error',
      from: { path: '^electron/node/' },
      to: { path: '^electron/main/|^renderer/' },
    },
    {
      name: 'no-circular',
      comment: 'No module imports itself back through others: each area of the code stands on those below it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'store-below-services',
      comment: 'The store does not import the services, their transports or the command line.',
      severity: 'error',
      from: { path: '^electron/node/store/' },
      to: { path: '^electron/node/(service|api|http|cli|process)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
