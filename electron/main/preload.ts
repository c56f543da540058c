import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type JianbaoBridge } from '../../core/api/preload-api.ts';
import { isCommandId } from '../../core/api/commands.ts';

/** The page's only door to the Node side: one invoke for the contract, and menu commands in. */
const bridge: JianbaoBridge = {
  invoke: (method, payload) => ipcRenderer.invoke(IPC_CHANNEL.invoke, method, payload),
  onMenu: (listener) => {
    const handler = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isCommandId(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNEL.menu, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNEL.menu, handler);
  },
  setCommandsEnabled: (ids) => ipcRenderer.send(IPC_CHANNEL.commands, ids),
  onDownloaded: (listener) => {
    const handler = (_event: Electron.IpcRendererEvent, path: unknown) => {
      if (typeof path === 'string') listener(path);
    };
    ipcRenderer.on(IPC_CHANNEL.downloaded, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNEL.downloaded, handler);
  },
  showInFolder: (path) => ipcRenderer.invoke(IPC_CHANNEL.showInFolder, path),
  onFlushRequest: (listener) => {
    const handler = () => void listener().finally(() => ipcRenderer.send(IPC_CHANNEL.flushed));
    ipcRenderer.on(IPC_CHANNEL.flush, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNEL.flush, handler);
  },
};

contextBridge.exposeInMainWorld('jianbao', bridge);
