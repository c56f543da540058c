import { esc, openDocx, W, W14, W15 } from './word-xml.ts';

export interface NewComment {
  /** Words of one run of the document where the comment starts (its first occurrence). */
  quote: string;
  /** Words of a later paragraph the comment runs on to, ending after them: a comment across paragraphs. */
  through?: string;
  text: string;
  author: string;
  date: string;
  /** Answers in its thread, as Word writes them: each a comment of its own on the same words, linked in commentsExtended.xml. */
  replies?: { text: string; author: string; date: string }[];
  /** Resolved (Word's 解决): `w15:done` on the thread's first comment. */
  resolved?: boolean;
}

/** Word's paragraph ids: 8 hex digits below 0x80000000. */
const paraId = (n: number) => (0x10000000 + n).toString(16).toUpperCase();

/**
 * Adds 批注 to a DOCX as Word writes them (LibreOffice's headless build crashes when asked to): the
 * run holding the quote is split around it, the range is framed by `w:commentRangeStart`/`End`
 * (the thread's replies nested inside, as Word nests them) and followed by `w:commentReference` runs,
 * the comments go in `word/comments.xml`, and replies and resolved threads in `word/commentsExtended.xml`.
 */
export function addComments(docx: Uint8Array, comments: NewComment[]): Uint8Array {
  const { el, isolate, addPart, save } = openDocx(docx);
  const written: { id: number; c: { text: string; author: string; date: string }; parent: number | null; done: boolean }[] = [];
  for (const c of comments) {
    const root = written.length;
    const ids = [root, ...(c.replies ?? []).map((_, k) => root + 1 + k)];
    written.push({ id: root, c, parent: null, done: c.resolved ?? false });
    (c.replies ?? []).forEach((r, k) => written.push({ id: root + 1 + k, c: r, parent: root, done: false }));
    const start = isolate(c.quote);
    const end = c.through ? isolate(c.through) : start;
    for (const id of ids) start.parentNode!.insertBefore(el('commentRangeStart', { id: String(id) }), start);
    let after = end.nextSibling;
    for (const id of ids) {
      const reference = el('r', {}, el('commentReference', { id: String(id) }));
      for (const node of [el('commentRangeEnd', { id: String(id) }), reference]) end.parentNode!.insertBefore(node, after);
      after = reference.nextSibling;
    }
  }
  const ns = `xmlns:w="${W}" xmlns:w14="${W14}" xmlns:w15="${W15}"`;
  addPart(
    'comments.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${ns}>` +
      written
        .map(({ id, c }) => `<w:comment w:id="${id}" w:author="${esc(c.author)}" w:date="${c.date}" w:initials="${esc(c.author.slice(0, 1))}"><w:p w14:paraId="${paraId(id)}"><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`)
        .join('') +
      '</w:comments>',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
  );
  if (written.some((w) => w.parent !== null || w.done))
    addPart(
      'commentsExtended.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="${W15}">` +
        written.map((w) => `<w15:commentEx w15:paraId="${paraId(w.id)}"${w.parent !== null ? ` w15:paraIdParent="${paraId(w.parent)}"` : ''} w15:done="${w.done ? 1 : 0}"/>`).join('') +
        '</w15:commentsEx>',
      'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml',
    );
  return save();
}
