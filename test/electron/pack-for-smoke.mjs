// For .github/workflows/desktop.yml: packs the app for this platform as `npm run dist` does (the
// project's electron-builder.yml, its fuses and hook), unpacked, with one change: the inspector fuse
// stays on, since Playwright drives Electron through it. test/electron/app.test.ts then runs the
// packaged app, its asar archive and the import worker inside it, as a clerk installs them.
// Prints the executable's path.
import { build, Platform } from 'electron-builder';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const output = 'release/smoke';
await build({
  targets: Platform.current().createTarget('dir'),
  config: { directories: { output }, electronFuses: { enableNodeCliInspectArguments: true } },
  publish: 'never',
});
const folder = readdirSync(output).find((d) => d.endsWith('-unpacked') || d.startsWith('mac'));
const app = join(output, folder);
const executable =
  process.platform === 'darwin'
    ? join(app, '简报工坊.app', 'Contents', 'MacOS', '简报工坊')
    : join(app, process.platform === 'win32' ? '简报工坊.exe' : 'jianbao');
console.log(executable);
