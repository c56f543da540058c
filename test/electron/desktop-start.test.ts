import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronSqliteFile, sqliteNativeBinding } from '../../electron/node/process/sqlite-binding.ts';
import { distFile, distFolder, unpackedFile } from '../../electron/node/process/dist-file.ts';
import { electronBinary } from '../../electron/launch/electron-binary.ts';
import { nodeAtLeast } from '../../electron/launch/node-version.ts';
import { appFile, appResponse, APP_SCHEME_PRIVILEGES, APP_URL } from '../../electron/main/app-protocol.ts';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';

const runtime = (electron?: string) => ({ versions: { ...process.versions, electron } as NodeJS.ProcessVersions, platform: 'linux', arch: 'x64' });

describe('the desktop app\'s own better-sqlite3', () => {
  it('is Electron\'s build in dist/native under Electron, and Node\'s own everywhere else', () => {
    const found = (relative: string) => `/app/dist/${relative}`;
    expect(sqliteNativeBinding(runtime('45.4.1'), found)).toBe('/app/dist/native/better-sqlite3-electron-45.4.1-linux-x64/better_sqlite3.node');
    expect(sqliteNativeBinding(runtime(undefined), found)).toBeUndefined();
    expect(sqliteNativeBinding(process)).toBeUndefined();
  });

  it('is loaded from beside the packaged app\'s asar archive, unpacked, since the OS loads it by path', () => {
    const packaged = tempDir();
    const dist = join(packaged.path, 'resources', 'app.asar', 'dist');
    mkdirSync(join(dist, 'electron'), { recursive: true });
    expect(unpackedFile(distFile(electronSqliteFile('45.4.1', 'linux', 'x64'), distFolder(join(dist, 'electron')))!)).toBe(
      join(packaged.path, 'resources', 'app.asar.unpacked', 'dist', 'native', 'better-sqlite3-electron-45.4.1-linux-x64', 'better_sqlite3.node'),
    );
    packaged.remove();
  });

  it('finds dist/ from the sources and from every bundle: the worker\'s script stays where the build put it', () => {
    expect(distFile('workers/manuscript.cjs')).toBe(join(REPO, 'dist/workers/manuscript.cjs'));
    expect(distFile('workers/manuscript.cjs', distFolder(join(REPO, 'dist/cli/chunks')))).toBe(join(REPO, 'dist/workers/manuscript.cjs'));
    expect(existsSync(join(REPO, 'dist/workers/manuscript.cjs'))).toBe(true);
  });
});

describe('npm start where the desktop app cannot start', () => {
  const start = (env: Record<string, string | undefined>) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'electron/launch/start-desktop.ts')], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

  it.skipIf(process.platform !== 'linux')('says in one Chinese line that there is no display, pointing to browser mode', () => {
    const run = start({ DISPLAY: '', WAYLAND_DISPLAY: '' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('简报工坊桌面版无法启动：这台机器没有图形界面（DISPLAY 未设置）。可改用浏览器模式：npm run web\n');
  });

  it.skipIf(electronBinary(REPO) !== null)('says in one Chinese line that Electron could not be had', () => {
    const run = start({ DISPLAY: ':0', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('简报工坊桌面版无法启动：没有下载 Electron（设置了 ELECTRON_SKIP_BINARY_DOWNLOAD）。可改用浏览器模式：npm run web\n');
  });

  it('knows which Node Electron\'s tooling needs', () => {
    expect(nodeAtLeast('22.12.0', '20.20.2')).toBe(false);
    expect(nodeAtLeast('22.12.0', '22.12.0')).toBe(true);
    expect(nodeAtLeast('22.12.0', '24.1.0')).toBe(true);
    expect(nodeAtLeast('22.12.0', '22.9.9')).toBe(false);
  });
});

describe('the jianbao:// scheme the desktop app loads its UI from', () => {
  it('is standard and secure, so the page has an origin of its own for CSP \'self\'', () => {
    expect(APP_URL).toBe('jianbao://app/index.html');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'jianbao', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } });
  });

  it('serves the built UI with the CSP, and nothing else: other hosts, bad escapes and paths out of the folder get 404', async () => {
    const dir = tempDir();
    const ui = join(dir.path, 'renderer');
    mkdirSync(join(ui, 'assets'), { recursive: true });
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>简报工坊</title>');
    writeFileSync(join(ui, 'assets', 'app.js'), 'export {}');
    writeFileSync(join(dir.path, 'secret.txt'), 'do not serve');
    const page = await appResponse(APP_URL, ui);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('简报工坊');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await appResponse('jianbao://app/assets/app.js', ui)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const url of ['jianbao://app/..%2Fsecret.txt', 'jianbao://app/%E0%A4%A', 'jianbao://evil/index.html', `file://${join(ui, 'index.html')}`, 'jianbao://app/nothing.js'])
      expect((await appResponse(url, ui)).status, url).toBe(404);
    expect(appFile('jianbao://app/', ui)).toBe(join(ui, 'index.html'));
    dir.remove();
  });
});

describe('the packaged app (electron-builder.yml)', () => {
  const config = readFileSync(join(REPO, 'electron-builder.yml'), 'utf8');
  /** The `electronFuses:` block as key → value: a flat map of booleans. */
  const fuses = Object.fromEntries([...(/^electronFuses:\n((?: {2}\w+: \w+\n)+)/m.exec(config)?.[1] ?? '').matchAll(/ {2}(\w+): (\w+)/g)].map((m) => [m[1], m[2] === 'true']));

  it('flips the security fuses: no running as Node, no NODE_OPTIONS or inspector, cookies encrypted, only its checked asar', () => {
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Names electron-builder knows: a misspelt fuse would be ignored, not refused.
    const schema = JSON.parse(readFileSync(join(REPO, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as { definitions: Record<string, { properties: object }> };
    for (const name of Object.keys(fuses)) expect(schema.definitions.FuseOptionsV1!.properties, name).toHaveProperty(name);
  });

  it('never rebuilds node_modules (the command line\'s better-sqlite3), and unpacks only what the OS loads by path', () => {
    expect(config).toMatch(/^npmRebuild: false$/m);
    expect(config).toMatch(/^beforePack: \.\/electron\/launch\/before-pack\.mjs$/m);
    expect(existsSync(join(REPO, 'electron/launch/before-pack.mjs'))).toBe(true);
    expect(config).toMatch(/^asarUnpack:\n {2}- dist\/native\/\*\*\/\*$/m);
  });
});
