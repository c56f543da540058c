import type { Reply } from './contract.ts';
import type { CommandId } from './commands.ts';

/** What the preload script exposes to the page as `window.jianbao`. */
export interface JianbaoBridge {
  invoke(method: string, payload: unknown): Promise<Reply<unknown>>;
  onMenu(listener: (command: CommandId) => void): () => void;
  /** Which commands can run now: the desktop menu greys the others, as the toolbar does. */
  setCommandsEnabled(ids: CommandId[]): void;
  /** Where the last file the page offered (an export) was saved, once the save dialog is done. */
  onDownloaded(listener: (path: string) => void): () => void;
  /** 打开所在文件夹 for the file last saved. */
  showInFolder(path: string): Promise<void>;
  /** Closing the window waits (a short while) for this to store what was typed: nothing typed is lost on close. */
  onFlushRequest(listener: () => Promise<void>): () => void;
}

export const IPC_CHANNEL = {
  invoke: 'jianbao:invoke',
  menu: 'jianbao:menu',
  commands: 'jianbao:commands',
  downloaded: 'jianbao:downloaded',
  showInFolder: 'jianbao:show-in-folder',
  flush: 'jianbao:flush',
  flushed: 'jianbao:flushed',
} as const;
