import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IPC_CHANNEL } from '../../core/api/preload-api.ts';
import { dataDir } from '../node/process/data-dir.ts';
import { sqliteNativeBinding } from '../node/process/sqlite-binding.ts';
import type { Service } from '../node/service/open-service.ts';
import { dispatch } from '../node/api/dispatch.ts';
import { acquireInstanceLock } from '../node/process/instance-lock.ts';
import { windowOptions } from './window-options.ts';
import { isTrustedSender, BLOCKED_URLS, permissionGranted } from './sender.ts';
import { menuTemplate } from './menu-template.ts';
import { applyCommandsEnabled } from './menu-state.ts';
import { flushOnClose } from './flush-on-close.ts';
import { loadApp } from './load-app.ts';
import { electronPdf } from './electron-pdf.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, appResponse } from './app-protocol.ts';

// Built to dist/electron/main.cjs; the UI is in dist/renderer, served as jianbao://app/.
const RENDERER_DIR = join(__dirname, '..', 'renderer');

let win: BrowserWindow | null = null;

app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit(); // the running instance focuses its window (second-instance below)
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  // Whatever fails while starting (start is async) lands in fatal, never in an unhandled rejection.
  app.whenReady().then(start).catch(fatal);
}

function fatal(error: unknown): void {
  dialog.showErrorBox('简报工坊无法启动', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

async function start(): Promise<void> {
  const sqlite = sqliteNativeBinding();
  if (sqlite && !existsSync(sqlite))
    throw new Error(
      `找不到为 Electron ${process.versions.electron} 构建的数据库组件 better-sqlite3（${sqlite}）。请用 npm start 启动，它会先准备好这个组件；也可以改用浏览器模式：npm run web`,
    );
  const folder = dataDir();
  const lock = acquireInstanceLock(folder, sqlite);
  if ('holder' in lock) {
    dialog.showErrorBox('简报工坊已在运行', `这个数据文件夹已被另一个简报工坊（进程 ${lock.holder.pid}）打开，请使用已打开的那一个。`);
    app.exit(0);
    return;
  }
  let service: Service;
  try {
    // Loaded only now, so that a database module that cannot load is reported by fatal like any other failure.
    const { openService } = await import('../node/service/open-service.ts');
    service = openService(folder, sqlite, electronPdf);
  } catch (e) {
    lock.release();
    throw e;
  }
  const stop = () => {
    service.store.close();
    lock.release();
  };
  app.on('will-quit', stop);

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, respond, details) =>
    respond(permissionGranted({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame }, APP_URL)),
  );
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    permissionGranted({ permission, requestingUrl: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame }, APP_URL),
  );
  ses.webRequest.onBeforeRequest({ urls: BLOCKED_URLS }, (_details, respond) => respond({ cancel: true }));
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, RENDERER_DIR));

  ipcMain.handle(IPC_CHANNEL.invoke, (event, method: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame, APP_URL)) return { ok: false, error: '拒绝了来源不明的请求。' };
    return dispatch(service.handlers, method, payload);
  });

  // Exports reach the disk as downloads, through Electron's save dialog; the page may then ask to
  // show that one file in its folder, and nothing else.
  let lastSaved: string | null = null;
  ses.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state !== 'completed') return;
      lastSaved = item.getSavePath();
      win?.webContents.send(IPC_CHANNEL.downloaded, lastSaved);
    });
  });
  ipcMain.handle(IPC_CHANNEL.showInFolder, (event, path: unknown) => {
    if (isTrustedSender(event.senderFrame, APP_URL) && typeof path === 'string' && path === lastSaved) shell.showItemInFolder(path);
  });

  // electronegativity: CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK — the options come from
  // window-options.ts (isolation and sandbox on, Node off; asserted in test/electron/shell.test.ts), and
  // every new window, middle-click included, is denied by setWindowOpenHandler below.
  win = new BrowserWindow(windowOptions(join(__dirname, 'preload.cjs')));
  const send = (command: string) => win?.webContents.send(IPC_CHANNEL.menu, command);
  const menu = Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin'));
  Menu.setApplicationMenu(menu);
  ipcMain.on(IPC_CHANNEL.commands, (event, ids: unknown) => {
    if (isTrustedSender(event.senderFrame, APP_URL)) applyCommandsEnabled(menu, ids);
  });
  flushOnClose(win, ipcMain);
  win.on('closed', () => {
    win = null;
  });
  loadApp(win, APP_URL, (reason) => {
    stop();
    fatal(new Error(`界面无法载入（${reason}）。请重新安装简报工坊；数据文件夹中的简报未受影响。`));
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => app.quit());
