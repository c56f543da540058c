import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type Sharp from 'sharp';
import { extractAll, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { build, Platform, Arch } from 'electron-builder';
import { electronVersion } from '../../electron/launch/electron-binary.ts';
import { electronSqliteFile } from '../../electron/node/process/sqlite-binding.ts';
import { missingSharpPackages } from '../../electron/launch/sharp-packages.ts';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';

/**
 * electron-builder packs the app here with the project's own electron-builder.yml and its
 * beforePack hook, on a stand-in for Electron's unpacked folder (electronDist): no download. The
 * stand-in executable carries Electron's fuse wire, so the fuses are really flipped. The project is
 * copied first, so that the Electron build of better-sqlite3 the stand-in gets (Node's, renamed)
 * never lands in the real dist/native, where `npm start` would load it.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's fuse wire as it ships: run as Node on, cookie encryption off, NODE_OPTIONS on, inspector on, asar checks off, file:// privileges on. */
const SHIPPED_WIRE = '10110001';

const work = tempDir('jianbao-pack-');
const project = join(work.path, 'project');
const output = join(work.path, 'release');
const electron = electronVersion(REPO);
const platform = process.platform;
const arch = process.arch;
let appDir = '';
let files: string[] = [];

function standInElectron(folder: string): void {
  mkdirSync(join(folder, 'resources'), { recursive: true });
  const executable = join(folder, 'electron');
  writeFileSync(executable, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, SHIPPED_WIRE.length]), Buffer.from(SHIPPED_WIRE)]));
  chmodSync(executable, 0o755);
}

/**
 * The project's node_modules as electron-builder reads it through `npm list`: the production
 * packages copied as npm installed them, and the build's own tools linked. Not one link to the whole
 * folder: npm would trust the folder's hidden lockfile there and list sharp without its packages
 * (what a fresh `npm install` shows, where the lockfile is newer than every package).
 */
function installForPacking(folder: string): void {
  const production = execFileSync('npm', ['ls', '--omit', 'dev', '--all', '--parseable'], { cwd: REPO, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith(join(REPO, 'node_modules') + sep));
  for (const dir of production) cpSync(dir, join(folder, relative(REPO, dir)), { recursive: true, verbatimSymlinks: true });
  for (const tool of ['electron', 'electron-builder', 'tsx', '@electron/rebuild']) {
    mkdirSync(dirname(join(folder, 'node_modules', tool)), { recursive: true });
    symlinkSync(join(REPO, 'node_modules', tool), join(folder, 'node_modules', tool), 'dir');
  }
}

beforeAll(async () => {
  mkdirSync(project, { recursive: true });
  for (const file of ['package.json', 'electron-builder.yml']) copyFileSync(join(REPO, file), join(project, file));
  // The beforePack hook and the code it loads.
  cpSync(join(REPO, 'electron'), join(project, 'electron'), { recursive: true });
  cpSync(join(REPO, 'core'), join(project, 'core'), { recursive: true });
  for (const part of ['electron', 'renderer', 'workers', 'cli']) cpSync(join(REPO, 'dist', part), join(project, 'dist', part), { recursive: true });
  installForPacking(project);
  // What `npm start` / the beforePack hook would have made for this Electron, stamped as current, so the hook keeps it.
  const native = join(project, 'dist', electronSqliteFile(electron, platform, arch));
  mkdirSync(join(native, '..'), { recursive: true });
  copyFileSync(join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), native);
  writeFileSync(join(native, '..', 'better-sqlite3.version'), JSON.parse(readFileSync(join(REPO, 'node_modules/better-sqlite3/package.json'), 'utf8')).version);
  // Another platform's build, left from packing for it: never shipped here.
  const other = join(project, 'dist', electronSqliteFile(electron, platform === 'win32' ? 'darwin' : 'win32', arch));
  mkdirSync(join(other, '..'), { recursive: true });
  writeFileSync(other, 'another platform');
  standInElectron(join(work.path, 'electron-dist'));

  // As `npm run dist` runs it: from the project's folder, where the hook's path is resolved.
  const cwd = process.cwd();
  process.chdir(project);
  try {
    await build({
      projectDir: project,
      targets: Platform.current().createTarget('dir', Arch[arch as keyof typeof Arch]),
      config: { electronDist: join(work.path, 'electron-dist'), directories: { output } },
      publish: 'never',
    });
  } finally {
    process.chdir(cwd);
  }
  appDir = join(output, readdirSync(output).find((d) => d.endsWith('-unpacked'))!);
  files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.split(sep).join('/'));
}, 300_000);
afterAll(() => work.remove());

describe('the packaged app (npm run dist, packed here with a stand-in for Electron)', () => {
  it('ships the main process, preload, UI and import worker inside the checked asar archive', () => {
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/dist/workers/manuscript.cjs', '/dist/workers/cmaps/UniGB-UCS2-H.bcmap'])
      expect(files, file).toContain(file);
    expect(files.some((f) => f.startsWith('/dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    // Inside, not unpacked: the worker's script is covered by the archive's integrity check.
    expect(existsSync(join(appDir, 'resources', 'app.asar.unpacked', 'dist', 'workers'))).toBe(false);
  });

  const unpackedFiles = () => {
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked');
    const listed = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listed(join(dir, e.name)) : [relative(unpacked, join(dir, e.name)).split(sep).join('/')]));
    return listed(unpacked);
  };
  const sharpNative = `sharp-${platform}-${arch}`;

  it('unpacks only this platform\'s better-sqlite3 for Electron and sharp with its libvips, which the OS loads by path', () => {
    const own = `dist/${electronSqliteFile(electron, platform, arch)}`;
    const unpacked = unpackedFiles();
    expect(unpacked.filter((f) => !f.startsWith('node_modules/')).sort()).toEqual([own, own.replace('better_sqlite3.node', 'better-sqlite3.version')].sort());
    expect(files.filter((f) => f.startsWith('/dist/native/') && f.endsWith('.node'))).toEqual([`/dist/${electronSqliteFile(electron, platform, arch)}`]);
    // sharp as its documentation unpacks it for electron-builder: the package and the @img ones.
    expect(unpacked.filter((f) => f.startsWith('node_modules/') && !/^node_modules\/(sharp|@img)\//u.test(f))).toEqual([]);
    expect(unpacked.filter((f) => f.startsWith('node_modules/') && f.endsWith('.node'))).toEqual([expect.stringMatching(new RegExp(`^node_modules/@img/${sharpNative}/lib/${sharpNative}-[\\d.]+\\.node$`, 'u'))]);
    if (platform !== 'win32') expect(unpacked.some((f) => f.startsWith(`node_modules/@img/sharp-libvips-${platform}-${arch}/lib/libvips-cpp.`))).toBe(true);
  });

  it('loads the shipped sharp native part by path, and the shipped sharp resamples a photo', async () => {
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked');
    const native = unpackedFiles().find((f) => f.endsWith('.node') && f.includes(sharpNative))!;
    // Node-API: the build Electron loads is the one Node loads here.
    const binding = createRequire(import.meta.url)(join(unpacked, native)) as { libvipsVersion: () => { semver: string; isGlobal: boolean } };
    // Its own libvips, found beside it in the unpacked folder, not one of the system's.
    expect(binding.libvipsVersion()).toMatchObject({ semver: expect.stringMatching(/^\d+\.\d+\.\d+/u), isGlobal: false });
    // The app as Electron sees it: the archive with its unpacked files back in place.
    const app = join(work.path, 'app-as-shipped');
    extractAll(join(appDir, 'resources', 'app.asar'), app);
    const sharp = createRequire(join(app, 'package.json'))('sharp') as typeof Sharp;
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    expect((await sharp(photo).resize({ width: 100 }).toBuffer({ resolveWithObject: true })).info.width).toBe(100);
  });

  it('refuses to pack for a platform whose sharp is not installed, saying what to run', () => {
    expect(missingSharpPackages(REPO, platform, arch)).toBeNull();
    expect(missingSharpPackages(REPO, 'linux', 'riscv64')).toBe('缺少照片处理组件 @img/sharp-linux-riscv64、@img/sharp-libvips-linux-riscv64，无法为 linux-riscv64 打包：请先运行 npm install --os=linux --cpu=riscv64 sharp');
  });

  it('ships no command line, of node_modules only sharp (no better-sqlite3, no sqlite sources, no other platform\'s sharp) and no source maps', () => {
    expect(files.filter((f) => f.startsWith('/dist/cli'))).toEqual([]);
    const packages = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/').slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3).join('/')));
    expect([...packages].filter((p) => p.includes('/') || !p.startsWith('@')).sort()).toEqual(
      ['@img/colour', `@img/sharp-libvips-${platform}-${arch}`, `@img/${sharpNative}`, 'detect-libc', 'semver', 'sharp'].filter((p) => platform !== 'win32' || !p.includes('libvips')).sort(),
    );
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // What main.cjs requires at run time is Electron, sharp and Node's own modules: better-sqlite3's JavaScript is bundled.
    const main = readFileSync(join(REPO, 'dist/electron/main.cjs'), 'utf8');
    const required = new Set([...main.matchAll(/require\("([^"]+)"\)/gu)].map((m) => m[1]!));
    expect([...required].filter((m) => m !== 'electron' && m !== 'sharp' && !m.startsWith('node:') && !['fs', 'path', 'url', 'util', 'module', 'os', 'crypto', 'events', 'stream', 'zlib', 'worker_threads', 'child_process', 'buffer', 'assert', 'http', 'net', 'string_decoder', 'timers'].includes(m))).toEqual([]);
  });

  it('flips the security fuses in the executable: no running as Node, no NODE_OPTIONS or inspector, cookies encrypted, only its checked asar, no file:// extras', async () => {
    const binary = readdirSync(appDir).find((f) => f === 'jianbao' || f === '简报工坊' || f.endsWith('.exe'))!;
    const wire = await getCurrentFuseWire(join(appDir, binary));
    // RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
    // EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot (left), GrantFileProtocolExtraPrivileges.
    const states = Array.from({ length: SHIPPED_WIRE.length }, (_, i) => String.fromCharCode((wire as unknown as Record<number, number>)[i]!)).join('');
    expect(states).toBe('01001100');
  });
});
