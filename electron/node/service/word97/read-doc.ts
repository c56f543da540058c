import CFB from 'cfb';
import { UserError } from '../../../../core/api/user-error.ts';
import type { WordDocument } from '../../../../core/cleanup/word-document.ts';
import { Bytes } from './bytes.ts';
import { FC, readFib, type Fib } from './fib.ts';
import { readDrawings } from './drawings.ts';
import { readChpxRuns, readPapxRuns } from './fkp.ts';
import { readNumbering } from './lists.ts';
import { readNotes } from './notes.ts';
import { readStory, type DocParts, type Noticed } from './paragraphs.ts';
import { readPieces } from './pieces.ts';
import { NO_STYLES, readStyles } from './styles.ts';

/** Word 97's nFib; Word 6 and 95 files (nFib 101–105) are laid out otherwise. */
const WORD97 = 0x00c1;
/** Stories 0–5 of the running heads are the note separators, not heads ([MS-DOC] 2.8.25 PlcfHdd). */
const FIRST_HEAD_STORY = 6;

function stream(container: CFB.CFB$Container, name: string): Bytes | null {
  const entry = CFB.find(container, name);
  return entry?.content ? new Bytes(Uint8Array.from(entry.content), name) : null;
}

/** The running heads and feet: each distinct line once. */
function readHeads(fib: Fib, table: Bytes, parts: DocParts): string[] {
  if (!fib.ccp.headers) return [];
  const base = fib.ccp.text + fib.ccp.footnotes;
  const plc = fib.range(FC.plcfHdd);
  const first = plc && plc.lcb >= (FIRST_HEAD_STORY + 1) * 4 ? table.u32(plc.fc + FIRST_HEAD_STORY * 4) : 0;
  const lines = readStory(parts, base + Math.min(first, fib.ccp.headers), base + fib.ccp.headers, 'header').flatMap((b) =>
    b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('').trim()] : [],
  );
  return [...new Set(lines.filter(Boolean))];
}

/** What the clerk must be told about what was not read. */
function problemsOf(fib: Fib, parts: DocParts, noticed: Noticed): string[] {
  const problems: string[] = [];
  const expected = fib.ccp.text;
  const read = expected - parts.pieces.unreadIn(0, expected);
  if (read !== expected) problems.push(`只读出了 ${read} 个字符，文件记录的是 ${expected} 个，可能有文字未能读出，请对照原稿核对`);
  for (const [kind, n] of noticed.pictures) {
    if (kind === '无法读取') problems.push(`有 ${n} 张图片无法读取，未能导入，请对照原稿补上`);
    else if (kind === '嵌入对象') problems.push(`有 ${n} 个嵌入对象（公式、图表等）未能导入，请对照原稿核对`);
    else problems.push(`有 ${n} 张 ${kind} 格式的图片未能导入，请对照原稿补上`);
  }
  if (noticed.drawings) problems.push(`有 ${noticed.drawings} 个图形或文本框未能导入，请对照原稿补上`);
  if (fib.ccp.textboxes) problems.push(`文本框中的文字（${fib.ccp.textboxes} 个字符）未导入，请对照原稿核对`);
  if (noticed.symbols) problems.push(`有 ${noticed.symbols} 个符号字体中的特殊符号（如 Wingdings 的方框、对勾）无法转为文字，未导入，请对照原稿核对`);
  if (noticed.deleted) problems.push(`稿件中有尚未接受的修订：${noticed.deleted} 个已删除的字未导入，请对照原稿核对`);
  return problems;
}

function read(name: string, bytes: Uint8Array): WordDocument {
  const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  const word = stream(container, 'WordDocument');
  if (!word) throw new UserError(`“${name}”不是有效的 Word/WPS 文件，可能已损坏。`);
  const fib = readFib(word);
  if (fib.nFib < WORD97) throw new UserError(`“${name}”是 Word 6.0/95 或更早的格式，无法读取。请在 Word 或 WPS 中另存为 .docx 后再导入。`);
  if (fib.encrypted) throw new UserError(`“${name}”设有打开密码，无法读取。请在 Word 或 WPS 中取消密码后再导入。`);
  const table = stream(container, fib.tableStream);
  if (!table) throw new UserError(`“${name}”已损坏（缺少 ${fib.tableStream} 部分），无法读取。`);
  const noticed: Noticed = { pictures: new Map(), drawings: 0, deleted: 0, symbols: 0 };
  // Only the text is indispensable: a damaged structure around it costs what it holds, said as a problem.
  const damaged: string[] = [];
  const orElse = <T>(read: () => T, fallback: T, what: string): T => {
    try {
      return read();
    } catch {
      damaged.push(`文件中的${what}已损坏，未能读出，文字已导入，请对照原稿核对`);
      return fallback;
    }
  };
  const parts: DocParts = {
    pieces: readPieces(fib, word, table),
    papx: orElse(() => readPapxRuns(fib, table, word), [], '段落格式（含表格、编号）'),
    chpx: orElse(() => readChpxRuns(fib, table, word), [], '文字格式（含图片位置）'),
    styles: orElse(() => readStyles(fib, table), NO_STYLES, '样式'),
    numbering: readNumbering(fib, table),
    data: stream(container, 'Data'),
    drawings: orElse(() => readDrawings(fib, table, word), { at: () => null }, '图形'),
    noteRefs: new Map(),
    noticed,
  };
  const notes = orElse(() => readNotes(fib, table, parts), [], '脚注和尾注');
  const blocks = readStory(parts, 0, fib.ccp.text, 'main');
  const headers = orElse(() => readHeads(fib, table, parts), [], '页眉页脚');
  return { blocks, notes, headers, problems: [...damaged, ...problemsOf(fib, parts, noticed)] };
}

/**
 * Reads a Word 97–2003 (.doc) or WPS (.wps) file to the [MS-DOC] specification: the text from its
 * piece table, fast-saved or not, with paragraphs, runs, automatic numbers, tables, notes, running
 * heads and inline pictures. Nothing in the file runs. A file that cannot be read gets a Chinese
 * message naming it; what could not be read of a readable one is in `problems`.
 */
export function readDoc(name: string, bytes: Uint8Array): WordDocument {
  try {
    return read(name, bytes);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`“${name}”无法读取，文件已损坏或不完整。请在 Word 或 WPS 中打开，另存为 .docx 后再导入。`);
  }
}
