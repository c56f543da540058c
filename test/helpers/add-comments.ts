import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface NewComment {
  /** Words of one run of the document that the comment is on. */
  quote: string;
  text: string;
  author: string;
  date: string;
}

/**
 * Adds 批注 to a DOCX as Word writes them (LibreOffice's headless build crashes when asked to): the
 * run holding the quote is split around it, the quote is framed by `w:commentRangeStart`/`End` and
 * followed by a `w:commentReference` run, and the comment goes in `word/comments.xml`.
 */
export function addComments(docx: Uint8Array, comments: NewComment[]): Uint8Array {
  const parts = unzipSync(docx);
  const doc = new DOMParser().parseFromString(strFromU8(parts['word/document.xml']!), 'application/xml');
  const el = (name: string, attrs: Record<string, string> = {}) => {
    const e = doc.createElementNS(W, `w:${name}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `w:${k}`, v);
    return e;
  };
  comments.forEach((c, id) => {
    const ts = doc.getElementsByTagNameNS(W, 't');
    let t: Element | null = null;
    for (let i = 0; i < ts.length && !t; i++) if ((ts.item(i)!.textContent ?? '').includes(c.quote)) t = ts.item(i)!;
    if (!t) throw new Error(`no run holds “${c.quote}”`);
    const run = t.parentNode as Element;
    const text = t.textContent ?? '';
    const at = text.indexOf(c.quote);
    const copy = (s: string) => {
      const r = run.cloneNode(true) as Element;
      const rt = r.getElementsByTagNameNS(W, 't').item(0)!;
      rt.textContent = s;
      rt.setAttribute('xml:space', 'preserve');
      return r;
    };
    const parent = run.parentNode!;
    const reference = el('r');
    reference.appendChild(el('commentReference', { id: String(id) }));
    for (const node of [copy(text.slice(0, at)), el('commentRangeStart', { id: String(id) }), copy(c.quote), el('commentRangeEnd', { id: String(id) }), reference, copy(text.slice(at + c.quote.length))])
      parent.insertBefore(node, run);
    parent.removeChild(run);
  });
  parts['word/document.xml'] = strToU8(new XMLSerializer().serializeToString(doc));
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
  parts['word/comments.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">` +
      comments.map((c, id) => `<w:comment w:id="${id}" w:author="${esc(c.author)}" w:date="${c.date}" w:initials="${esc(c.author.slice(0, 1))}"><w:p><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`).join('') +
      '</w:comments>',
  );
  const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
  parts['word/_rels/document.xml.rels'] = strToU8(
    rels.replace('</Relationships>', '<Relationship Id="rIdJianbaoComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'),
  );
  const types = strFromU8(parts['[Content_Types].xml']!);
  parts['[Content_Types].xml'] = strToU8(
    types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'),
  );
  return zipSync(parts);
}
