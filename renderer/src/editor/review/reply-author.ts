/** The name the clerk answers comments and suggests changes under (修订模式), kept on this machine. */
const KEY = 'jianbao.replyAuthor';

export function replyAuthor(): string {
  return localStorage.getItem(KEY)?.trim() || '编辑';
}

export function setReplyAuthor(name: string): void {
  localStorage.setItem(KEY, name.trim().slice(0, 40));
}
