import { EventEmitter } from 'node:events';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import Module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { electronSqliteFile } from '../../electron/node/process/sqlite-binding.ts';
import { REPO } from './web-server.ts';

/**
 * The built desktop app (dist/electron/main.cjs and preload.cjs) run in this Node process with a
 * stand-in for the `electron` module, on machines where Electron itself cannot be downloaded. Its
 * windows are real Chromium pages (Playwright), its preload is the real one, and what the app
 * registers with Electron (IPC handlers, permission handlers, the scheme's handler, window events)
 * is kept so a test can drive it as Electron would. What it cannot stand in for (the OS sandbox,
 * real menus, the asar archive) is proved by test/electron/app.test.ts where Electron exists.
 */

/** The Electron version the stand-in says it is; the app then loads better-sqlite3 from dist/native under this name. */
export const FAKE_ELECTRON = '0.0.0-fake';
const nativeCopy = join(REPO, 'dist', electronSqliteFile(FAKE_ELECTRON, process.platform, process.arch));

type Handler = (...args: any[]) => unknown;

export interface ErrorBox {
  title: string;
  message: string;
}

export interface PermissionAsk {
  permission: string;
  requestingUrl: string;
  isMainFrame: boolean;
}

export interface DesktopRun {
  /** Resolves with the exit code once the app calls app.exit. */
  exited: Promise<number>;
  errorBoxes: ErrorBox[];
  windows: FakeWindow[];
  /** The app's window, once created. */
  main: () => FakeWindow;
  /** Asks the app's own IPC handler, as a frame of the window would (a subframe with `subframe`). */
  invoke: (method: string, payload: unknown, frame?: { url?: string; subframe?: boolean }) => Promise<unknown>;
  /** What the permission handlers the app registered answer. */
  permissionRequest: (ask: PermissionAsk) => Promise<boolean>;
  permissionCheck: (ask: PermissionAsk) => boolean;
  /** Sends a menu command to the page, as the 编辑 and 文件 menus do. */
  menu: (command: string) => void;
  /** Whether the application menu's item for a command can be clicked now. */
  menuEnabled: (id: string) => boolean;
  /** Whether the page answered the last close request (rather than the window closing after its time limit). */
  flushAnswers: () => number;
  /** app.quit(): will-quit, as Electron emits it. */
  quit: () => void;
}

/** A window of the stand-in: a Playwright page behind Electron's BrowserWindow calls the app makes. */
export class FakeWindow extends EventEmitter {
  page: Page | null = null;
  destroyed = false;
  shown = false;
  readonly webContents: EventEmitter & {
    send: (channel: string, ...args: unknown[]) => void;
    executeJavaScript: (code: string) => Promise<unknown>;
    printToPDF: (options: { printBackground?: boolean }) => Promise<Buffer>;
  };
  /** Listeners the preload registered with ipcRenderer.on, by channel. */
  readonly rendererListeners = new Map<string, Set<Handler>>();

  constructor(
    readonly options: { webPreferences?: { preload?: string } },
    private readonly harness: Harness,
  ) {
    super();
    const contents = new EventEmitter();
    this.webContents = Object.assign(contents, {
      send: (channel: string, ...args: unknown[]) => {
        for (const listener of this.rendererListeners.get(channel) ?? []) listener({ sender: this }, ...args);
      },
      executeJavaScript: async (code: string) => this.page!.evaluate(code),
      printToPDF: async (o: { printBackground?: boolean }) =>
        this.page!.pdf({ preferCSSPageSize: true, printBackground: o.printBackground ?? false, outline: true, tagged: true }),
    });
    harness.windows.push(this);
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.openPage();
    const address = this.harness.pageUrl(url);
    const response = await page.goto(address);
    this.webContents.emit('did-navigate', {}, url, response?.status() ?? 200);
  }

  async loadFile(file: string): Promise<void> {
    await (await this.openPage()).goto(pathToFileURL(file).href);
  }

  show(): void {
    this.shown = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return false;
  }

  focus(): void {}
  restore(): void {}

  /** Electron's close: 'close' may be prevented; otherwise the window goes. */
  close(): void {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    void this.page?.close();
    this.emit('closed');
    if (this.harness.windows.every((w) => w.destroyed || !w.options.webPreferences?.preload)) this.harness.app.emit('window-all-closed');
  }

  private async openPage(): Promise<Page> {
    if (this.page) return this.page;
    if (!this.harness.browser) throw new Error('the stand-in needs a browser for its windows');
    const page = await this.harness.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const preload = this.options.webPreferences?.preload;
    if (preload) await this.harness.attachPreload(this, page, preload);
    this.page = page;
    return page;
  }
}

/** The page's side of the preload's bridge: window.jianbao forwards to the real preload running in Node. */
function pageBridge(): void {
  const listeners = new Map<number, (...args: unknown[]) => unknown>();
  let next = 0;
  const call = (window as unknown as { __fakeBridge: (name: string, args: unknown[]) => Promise<unknown> }).__fakeBridge;
  const subscribe = (kind: string) => (listener: (...args: unknown[]) => unknown) => {
    const id = ++next;
    listeners.set(id, listener);
    void call(kind, [id]);
    return () => {
      listeners.delete(id);
      void call('off', [id]);
    };
  };
  (window as unknown as { __fakeListener: (id: number, args: unknown[]) => unknown }).__fakeListener = (id, args) => listeners.get(id)?.(...args);
  (window as unknown as { jianbao: unknown }).jianbao = {
    invoke: (method: string, payload: unknown) => call('invoke', [method, payload]),
    onMenu: subscribe('onMenu'),
    onDownloaded: subscribe('onDownloaded'),
    onFlushRequest: subscribe('onFlushRequest'),
    showInFolder: (path: string) => call('showInFolder', [path]),
    setCommandsEnabled: (ids: unknown) => void call('setCommandsEnabled', [ids]),
  };
}

interface Bridge {
  invoke: (method: string, payload: unknown) => Promise<unknown>;
  onMenu: (listener: Handler) => () => void;
  onDownloaded: (listener: Handler) => () => void;
  onFlushRequest: (listener: () => Promise<void>) => () => void;
  showInFolder: (path: string) => Promise<void>;
  setCommandsEnabled: (ids: unknown) => void;
}

/** A menu item as the app's template gives it: its command id, and whether it can be clicked. */
interface MenuItem {
  id?: string;
  enabled?: boolean;
  submenu?: MenuItem[];
}

interface FakeMenu {
  getMenuItemById: (id: string) => MenuItem | null;
}

class Harness {
  readonly windows: FakeWindow[] = [];
  readonly app = new EventEmitter();
  readonly ipcMain = new EventEmitter() as EventEmitter & { handle: (channel: string, handler: Handler) => void; handlers: Map<string, Handler> };
  readonly errorBoxes: ErrorBox[] = [];
  schemeHandler: ((request: Request) => Promise<Response>) | null = null;
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  flushed = 0;
  /** The application menu the app set. */
  menu: FakeMenu | null = null;
  /** The scheme answers 404 to everything, as when the UI's files are missing from the installation. */
  broken = false;
  private server: Server | null = null;
  private origin = '';
  /** The window whose preload is being loaded: the stand-in's ipcRenderer belongs to it. */
  private loading: FakeWindow | null = null;

  constructor(readonly browser: Browser | null) {
    this.ipcMain.handlers = new Map();
    this.ipcMain.handle = (channel, handler) => this.ipcMain.handlers.set(channel, handler);
  }

  /** The app's scheme (jianbao://app/…) served over a local port, answered by the handler the app registered. */
  async serveScheme(): Promise<void> {
    this.server = createServer((req, res) => {
      const handler = this.schemeHandler;
      if (!handler || this.broken) return void res.writeHead(404).end('not found');
      void handler(new Request(`jianbao://app${req.url ?? '/'}`)).then(async (answer) => {
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  pageUrl(url: string): string {
    return url.replace(/^jianbao:\/\/app/u, this.origin);
  }

  /** The URL Electron would report for a page of the stand-in. */
  appUrl(pageUrl: string): string {
    return this.origin && pageUrl.startsWith(this.origin) ? `jianbao://app${pageUrl.slice(this.origin.length)}` : pageUrl;
  }

  async attachPreload(win: FakeWindow, page: Page, preload: string): Promise<void> {
    // The real preload, loaded afresh for this window with the stand-in's contextBridge and ipcRenderer.
    let bridge: Bridge | null = null;
    this.loading = win;
    const require = Module.createRequire(import.meta.url);
    delete require.cache[preload];
    (globalThis as { __fakeExpose?: (api: Bridge) => void }).__fakeExpose = (api) => (bridge = api);
    require(preload);
    this.loading = null;
    if (!bridge) throw new Error('the preload exposed nothing');
    const api: Bridge = bridge;
    const stops = new Map<number, () => void>();
    const toPage = (id: number) => (...args: unknown[]) =>
      page.evaluate(([i, a]) => (window as unknown as { __fakeListener: (id: number, args: unknown[]) => unknown }).__fakeListener(i, a), [id, args] as const);
    await page.exposeFunction('__fakeBridge', async (name: string, args: unknown[]) => {
      const [first, second] = args;
      if (name === 'invoke') return api.invoke(first as string, second);
      if (name === 'showInFolder') return api.showInFolder(first as string);
      if (name === 'setCommandsEnabled') return api.setCommandsEnabled(first);
      if (name === 'off') return stops.get(first as number)?.();
      const id = first as number;
      if (name === 'onFlushRequest') stops.set(id, api.onFlushRequest(async () => void (await toPage(id)())));
      else if (name === 'onMenu') stops.set(id, api.onMenu(toPage(id)));
      else if (name === 'onDownloaded') stops.set(id, api.onDownloaded(toPage(id)));
      return undefined;
    });
    await page.addInitScript(pageBridge);
  }

  /** The `electron` module the app's bundles get. */
  module(): object {
    const harness = this;
    const noop = () => undefined;
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: (h: Handler) => (harness.permissionRequestHandler = h),
      setPermissionCheckHandler: (h: Handler) => (harness.permissionCheckHandler = h),
      webRequest: { onBeforeRequest: noop },
    });
    return {
      app: Object.assign(this.app, {
        enableSandbox: noop,
        requestSingleInstanceLock: () => true,
        whenReady: () => Promise.resolve(),
        quit: () => harness.app.emit('will-quit'),
        exit: (code: number) => harness.app.emit('exit', code),
      }),
      protocol: { registerSchemesAsPrivileged: noop, handle: (_scheme: string, h: (r: Request) => Promise<Response>) => (harness.schemeHandler = h) },
      session: { defaultSession: session },
      dialog: { showErrorBox: (title: string, message: string) => harness.errorBoxes.push({ title, message }) },
      Menu: {
        // The items keep `enabled` as Electron's do: the app greys what the page says cannot run.
        buildFromTemplate: (template: MenuItem[]) => ({ getMenuItemById: (id: string) => template.flatMap((m) => m.submenu ?? []).find((i) => i.id === id) ?? null }),
        setApplicationMenu: (menu: FakeMenu) => (harness.menu = menu),
      },
      shell: { showItemInFolder: noop },
      ipcMain: this.ipcMain,
      BrowserWindow: class extends FakeWindow {
        constructor(options: { webPreferences?: { preload?: string } }) {
          super(options, harness);
        }
      },
      contextBridge: { exposeInMainWorld: (_name: string, api: Bridge) => (globalThis as { __fakeExpose?: (api: Bridge) => void }).__fakeExpose?.(api) },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => {
          const win = harness.loadingOr();
          const frame = { url: harness.appUrl(win.page?.url() ?? ''), parent: null };
          return Promise.resolve(harness.ipcMain.handlers.get(channel)?.({ sender: win.webContents, senderFrame: frame }, ...args));
        },
        send: (channel: string, ...args: unknown[]) => {
          if (channel.endsWith('flushed')) harness.flushed++;
          const win = harness.loadingOr();
          harness.ipcMain.emit(channel, { sender: win.webContents, senderFrame: { url: harness.appUrl(win.page?.url() ?? ''), parent: null } }, ...args);
        },
        on: (channel: string, listener: Handler) => {
          const set = harness.loadingOr().rendererListeners.get(channel) ?? new Set();
          set.add(listener);
          harness.loadingOr().rendererListeners.set(channel, set);
        },
        removeListener: (channel: string, listener: Handler) => harness.loadingOr().rendererListeners.get(channel)?.delete(listener),
      },
    };
  }

  /** The window a preload call belongs to: the one being loaded, else the app's only preloaded window. */
  loadingOr(): FakeWindow {
    return this.loading ?? this.windows.find((w) => w.options.webPreferences?.preload && !w.destroyed) ?? this.windows[0]!;
  }

  async close(): Promise<void> {
    for (const w of this.windows) w.destroyed = true;
    await Promise.all(this.windows.map((w) => w.page?.close().catch(() => undefined)));
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * Starts the built desktop app in this process with the stand-in. `native`: give it a
 * better-sqlite3 for its Electron version (a copy of Node's own, which is what this process runs),
 * or leave it out as a broken installation would. `breakScheme`: the scheme answers 404, as when
 * the UI's files are missing.
 */
export async function startDesktop(
  options: { browser: Browser | null; dataDir: string; native?: boolean; breakScheme?: boolean },
): Promise<DesktopRun & { stop: () => Promise<void> }> {
  const harness = new Harness(options.browser);
  harness.broken = options.breakScheme ?? false;
  await harness.serveScheme();
  if (options.native !== false) {
    mkdirSync(join(nativeCopy, '..'), { recursive: true });
    copyFileSync(join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), nativeCopy);
  }
  const electron = harness.module();
  const load = (Module as unknown as { _load: Handler })._load;
  (Module as unknown as { _load: Handler })._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? electron : load.call(this, request, ...rest);
  };
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string };
  const env = process.env.JIANBAO_DATA_DIR;
  Object.defineProperty(versions, 'electron', { value: FAKE_ELECTRON, configurable: true });
  process.env.JIANBAO_DATA_DIR = options.dataDir;
  const exited = new Promise<number>((resolve) => harness.app.once('exit', resolve));
  const mainFile = join(REPO, 'dist/electron/main.cjs');
  const require = Module.createRequire(import.meta.url);
  delete require.cache[mainFile];
  require(mainFile);
  const main = () => {
    const win = harness.windows.find((w) => w.options.webPreferences?.preload);
    if (!win) throw new Error('the app opened no window');
    return win;
  };
  const ask = (a: PermissionAsk) => ({ requestingUrl: a.requestingUrl, isMainFrame: a.isMainFrame });
  return {
    exited,
    errorBoxes: harness.errorBoxes,
    windows: harness.windows,
    main,
    invoke: async (method, payload, frame = {}) => {
      const handler = harness.ipcMain.handlers.get('jianbao:invoke')!;
      const senderFrame = { url: frame.url ?? 'jianbao://app/index.html', parent: frame.subframe ? {} : null };
      return handler({ sender: main().webContents, senderFrame }, method, payload);
    },
    permissionRequest: (a) => new Promise((resolve) => harness.permissionRequestHandler!(main().webContents, a.permission, resolve, ask(a))),
    permissionCheck: (a) => harness.permissionCheckHandler!(main().webContents, a.permission, a.requestingUrl.replace(/^(\w+:\/\/[^/]*).*$/u, '$1'), ask(a)) as boolean,
    menu: (command) => main().webContents.send('jianbao:menu', command),
    menuEnabled: (id) => harness.menu?.getMenuItemById(id)?.enabled !== false,
    flushAnswers: () => harness.flushed,
    quit: () => harness.app.emit('will-quit'),
    stop: async () => {
      harness.app.emit('will-quit');
      await harness.close();
      (Module as unknown as { _load: Handler })._load = load;
      if (env === undefined) delete process.env.JIANBAO_DATA_DIR;
      else process.env.JIANBAO_DATA_DIR = env;
      if (options.native !== false) rmSync(join(nativeCopy, '..'), { recursive: true, force: true });
    },
  };
}
