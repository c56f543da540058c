import type { Reply } from './contract.ts';

/** Menu commands the Electron menu sends and the UI carries out (the UI's own buttons call the same). */
export const MENU_COMMANDS = [
  'home',
  'newNextIssue',
  'openIssueFile',
  'exportIssueFile',
  'exportDocx',
  'exportPdf',
  'sendForReview',
  'importReview',
  'exportMarked',
  'copyWechat',
  'save',
  'undo',
  'redo',
  'find',
  'replace',
  'insertPhoto',
  'insertArticle',
  'insertReflection',
  'backups',
  'pageView',
  'print',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the preload script exposes to the page as `window.jianbao`. */
export interface JianbaoBridge {
  invoke(method: string, payload: unknown): Promise<Reply<unknown>>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
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
  downloaded: 'jianbao:downloaded',
  showInFolder: 'jianbao:show-in-folder',
  flush: 'jianbao:flush',
  flushed: 'jianbao:flushed',
} as const;
