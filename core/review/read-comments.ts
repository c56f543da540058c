import { attr, elements, parseXml as parse, W, W14, W15 } from '../docx/ooxml-dom.ts';

/** One comment of `word/comments.xml`: who, when and what it says. */
export interface CommentEntry {
  id: string;
  author: string;
  date: string;
  text: string;
}

/** A comment with its replies, and whether the thread was resolved (Word's 解决, `w15:done`). */
export interface CommentThread extends CommentEntry {
  replies: CommentEntry[];
  resolved: boolean;
}

/**
 * The threads of a returned file. Word and WPS write each reply as a comment of its own and link it
 * to the comment it answers in `word/commentsExtended.xml`, by the `w14:paraId` of each comment's last
 * paragraph (`w15:paraIdParent`), with `w15:done` on a resolved one. A reply to a reply belongs to the
 * thread's first comment, as Word shows it. `threadOf` names the thread each comment id is part of.
 */
export function readThreads(commentsXml: string | undefined, extendedXml: string | undefined): { threads: Map<string, CommentThread>; threadOf: Map<string, string> } {
  const entries: (CommentEntry & { paraId: string })[] = [];
  if (commentsXml) {
    const comments = parse(commentsXml).getElementsByTagNameNS(W, 'comment');
    for (let i = 0; i < comments.length; i++) {
      const c = comments.item(i)!;
      const lines = elements(c).filter((p) => p.namespaceURI === W && p.localName === 'p');
      const text = lines.map((p) => {
        const ts = p.getElementsByTagNameNS(W, 't');
        let line = '';
        for (let t = 0; t < ts.length; t++) line += ts.item(t)!.textContent ?? '';
        return line;
      });
      // The thread key is the last paragraph's paraId; some writers put it on the comment itself.
      const paraId = (lines.at(-1)?.getAttributeNS(W14, 'paraId') || c.getAttributeNS(W14, 'paraId') || '').toUpperCase();
      entries.push({ id: attr(c, 'id'), author: attr(c, 'author'), date: attr(c, 'date'), text: text.join('\n').trim(), paraId });
    }
  }
  const parentOf = new Map<string, string>();
  const done = new Set<string>();
  if (extendedXml) {
    const ex = parse(extendedXml).getElementsByTagNameNS(W15, 'commentEx');
    for (let i = 0; i < ex.length; i++) {
      const e = ex.item(i)!;
      const paraId = (e.getAttributeNS(W15, 'paraId') ?? '').toUpperCase();
      const parent = (e.getAttributeNS(W15, 'paraIdParent') ?? '').toUpperCase();
      if (parent && parent !== paraId) parentOf.set(paraId, parent);
      if (e.getAttributeNS(W15, 'done') === '1') done.add(paraId);
    }
  }
  const byPara = new Map(entries.filter((e) => e.paraId).map((e) => [e.paraId, e]));
  const rootOf = (e: CommentEntry & { paraId: string }) => {
    let at = e;
    const seen = new Set<string>();
    while (parentOf.has(at.paraId) && !seen.has(at.paraId)) {
      seen.add(at.paraId);
      const up = byPara.get(parentOf.get(at.paraId)!);
      if (!up) break;
      at = up;
    }
    return at;
  };
  const threads = new Map<string, CommentThread>();
  const threadOf = new Map<string, string>();
  for (const e of entries) {
    const root = rootOf(e);
    threadOf.set(e.id, root.id);
    if (!threads.has(root.id)) threads.set(root.id, { id: root.id, author: root.author, date: root.date, text: root.text, replies: [], resolved: done.has(root.paraId) });
    if (root !== e) threads.get(root.id)!.replies.push({ id: e.id, author: e.author, date: e.date, text: e.text });
  }
  return { threads, threadOf };
}
