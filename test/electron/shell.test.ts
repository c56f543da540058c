import { describe, expect, it } from 'vitest';
import run from '@doyensec/electronegativity';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { windowOptions } from '../../electron/main/window-options.ts';
import { GRANTED_PERMISSIONS, isTrustedSender, permissionGranted } from '../../electron/main/sender.ts';
import { APP_URL } from '../../electron/main/app-protocol.ts';
import { menuTemplate } from '../../electron/main/menu-template.ts';
import { applyCommandsEnabled } from '../../electron/main/menu-state.ts';
import { COMMANDS, type CommandId } from '../../core/api/commands.ts';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';

describe('the Electron window', () => {
  it('isolates and sandboxes the page, with no Node in it', () => {
    const web = windowOptions('/app/preload.cjs').webPreferences!;
    expect(web).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('answers IPC only from the app page itself, on its own scheme, in the window\'s main frame', () => {
    const app = APP_URL;
    const main = (url: string | undefined) => ({ url: url!, parent: null });
    expect(isTrustedSender(main(app), app)).toBe(true);
    expect(isTrustedSender(main(`${app}#/home`), app)).toBe(true);
    // A frame inside the page, even one at the app's own URL, is not the page.
    expect(isTrustedSender({ url: app, parent: {} }, app)).toBe(false);
    for (const url of ['file:///opt/jianbao/resources/app.asar/dist/renderer/index.html', 'jianbao://evil/index.html', 'jianbao://app/other.html', 'file:///tmp/evil.html', 'https://example.com/', undefined, 'not a url'])
      expect(isTrustedSender(main(url), app), String(url)).toBe(false);
    expect(isTrustedSender(null, app)).toBe(false);
  });

  it('grants the clipboard (复制为公众号格式) to the app\'s own main frame, and nothing else', () => {
    const own = { requestingUrl: APP_URL, isMainFrame: true };
    expect(GRANTED_PERMISSIONS).toEqual(['clipboard-sanitized-write']);
    expect(permissionGranted({ permission: 'clipboard-sanitized-write', ...own }, APP_URL)).toBe(true);
    expect(permissionGranted({ permission: 'clipboard-sanitized-write', requestingUrl: 'jianbao://app', isMainFrame: true }, APP_URL)).toBe(true);
    expect(permissionGranted({ permission: 'clipboard-sanitized-write', requestingUrl: APP_URL, isMainFrame: false }, APP_URL)).toBe(false);
    expect(permissionGranted({ permission: 'clipboard-sanitized-write', requestingUrl: 'jianbao://evil/index.html', isMainFrame: true }, APP_URL)).toBe(false);
    expect(permissionGranted({ permission: 'clipboard-sanitized-write', requestingUrl: undefined, isMainFrame: true }, APP_URL)).toBe(false);
    for (const permission of ['clipboard-read', 'media', 'notifications', 'openExternal', 'fullscreen', 'fileSystem'])
      expect(permissionGranted({ permission, ...own }, APP_URL), permission).toBe(false);
  });
});

describe('the Chinese menu', () => {
  it('sends every command the UI knows, and registers no shortcut the page handles itself', () => {
    const sent: CommandId[] = [];
    const menu = menuTemplate((c) => sent.push(c), false);
    const items = menu.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    for (const item of items) (item.click as (() => void) | undefined)?.();
    expect(new Set(sent)).toEqual(new Set(COMMANDS.map((c) => c.id)));
    // Each item is named by its command, so main can grey it.
    for (const item of items.filter((i) => i.click)) expect(sent).toContain(item.id);
    expect(menu.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '插入(&I)', '视图(&V)', '设置(&S)']);
    for (const item of items.filter((i) => i.accelerator)) expect(item.registerAccelerator).toBe(false);
  });
});

describe('the menu\'s greyed commands', () => {
  const menuOf = () => {
    const items = new Map(COMMANDS.map((c) => [c.id, { enabled: true }]));
    return { items, menu: { getMenuItemById: (id: string) => (items.get(id as CommandId) ?? null) as Electron.MenuItem | null } };
  };

  it('greys what the page says cannot run, and enables what it says can', () => {
    const { items, menu } = menuOf();
    applyCommandsEnabled(menu, ['home', 'openIssueFile', 'backups']);
    expect(items.get('exportDocx')!.enabled).toBe(false);
    expect(items.get('openIssueFile')!.enabled).toBe(true);
    applyCommandsEnabled(menu, ['exportDocx']);
    expect(items.get('exportDocx')!.enabled).toBe(true);
    expect(items.get('openIssueFile')!.enabled).toBe(false);
  });

  it('changes nothing on a payload of another shape, and ignores ids it does not know', () => {
    const { items, menu } = menuOf();
    for (const bad of [null, 'exportDocx', { 0: 'home' }, 42]) applyCommandsEnabled(menu, bad);
    expect([...items.values()].every((i) => i.enabled)).toBe(true);
    applyCommandsEnabled(menu, ['exportDocx', 'rm -rf', 7]);
    expect(items.get('exportDocx')!.enabled).toBe(true);
    expect(items.get('home')!.enabled).toBe(false);
  });
});

type Finding = Awaited<ReturnType<typeof run>>['issues'][number];

async function scan(folder: string): Promise<Finding[]> {
  return (await run({ input: folder, electronVersionOverride: '45.4.1', isRelative: true })).issues;
}

/** A finding is justified by `electronegativity: ID …` in the three lines above it. */
function justified(root: string, f: Finding): boolean {
  if (f.file === 'N/A') return false;
  const lines = readFileSync(join(root, f.file), 'utf8').split('\n');
  return lines.slice(Math.max(0, f.location.line - 4), f.location.line).some((l) => /electronegativity:/.test(l) && l.includes(f.id));
}

describe('electronegativity', () => {
  it('flags an insecure main file (the scanner really runs)', async () => {
    const ids = (await scan(join(REPO, 'test/fixtures/insecure-electron'))).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK']));
  });

  it('finds nothing in electron/ (with the page it loads) that is not justified beside the code', async () => {
    const dir = tempDir();
    cpSync(join(REPO, 'electron'), join(dir.path, 'electron'), { recursive: true });
    cpSync(join(REPO, 'renderer/index.html'), join(dir.path, 'renderer/index.html'));
    const unjustified = (await scan(dir.path)).filter((f) => !justified(dir.path, f));
    dir.remove();
    expect(unjustified.map((f) => `${f.id} ${f.file}:${f.location.line}`)).toEqual([]);
  });
});
