/** What went wrong opening a database, as far as it decides what to do: only real damage is damage. */
export type OpenFailure = 'busy' | 'readonly' | 'damaged' | 'other';

const BUSY = /^SQLITE_(BUSY|LOCKED)/u;
const READONLY = /^(SQLITE_(READONLY|CANTOPEN|PERM|AUTH)|EACCES|EPERM|EROFS)/u;
const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/u;

/** The code Node or SQLite gave an error (`SQLITE_BUSY`, `ENOSPC`…), or '' when it has none. */
export function errorCode(error: unknown): string {
  return String((error as { code?: unknown })?.code ?? '');
}

export function openFailure(error: unknown): OpenFailure {
  const code = errorCode(error);
  if (BUSY.test(code)) return 'busy';
  if (READONLY.test(code)) return 'readonly';
  if (DAMAGED.test(code)) return 'damaged';
  return 'other';
}

export const BUSY_MESSAGE =
  '另一个程序（另一个简报工坊、备份软件或杀毒软件）正在使用数据库文件，请稍后再试。数据库文件没有任何改动。';
export const READONLY_NOTICE = '数据库文件只能读取（文件或文件夹没有写入权限，或磁盘已满），已以只读方式打开：可以查看和导出，不能保存修改。';
