import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/**
 * A DOCX opened to be edited as Word would edit it: its document part as DOM, helpers to make
 * elements and to cut a run around given words, and the package written back with any parts added.
 */
export function openDocx(docx: Uint8Array) {
  const parts = unzipSync(docx);
  const doc = new DOMParser().parseFromString(strFromU8(parts['word/document.xml']!), 'application/xml');
  const el = (name: string, attrs: Record<string, string> = {}, ...children: Element[]) => {
    const [ns, local] = name.startsWith('w15:') ? [W15, name] : [W, `w:${name}`];
    const e = doc.createElementNS(ns, local);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `w:${k}`, v);
    for (const c of children) e.appendChild(c);
    return e;
  };
  /** The `w:t` elements of the document in order. */
  const texts = () => {
    const ts = doc.getElementsByTagNameNS(W, 't');
    return Array.from({ length: ts.length }, (_, i) => ts.item(i)!);
  };
  /**
   * The run holding `words` cut in three, in place: the words get a run of their own (same properties),
   * which is returned. The first run of the document holding them is taken.
   */
  const isolate = (words: string): Element => {
    const t = texts().find((x) => (x.textContent ?? '').includes(words));
    if (!t) throw new Error(`no run holds “${words}”`);
    const run = t.parentNode as Element;
    const text = t.textContent ?? '';
    const at = text.indexOf(words);
    const copy = (s: string) => {
      const r = run.cloneNode(true) as Element;
      const rt = r.getElementsByTagNameNS(W, 't').item(0)!;
      rt.textContent = s;
      rt.setAttribute('xml:space', 'preserve');
      return r;
    };
    const [pre, mid, post] = [copy(text.slice(0, at)), copy(words), copy(text.slice(at + words.length))];
    const parent = run.parentNode!;
    for (const r of [pre, mid, post]) if (r.getElementsByTagNameNS(W, 't').item(0)!.textContent) parent.insertBefore(r, run);
    parent.removeChild(run);
    return mid;
  };
  /** The paragraph the run holding `words` is in. */
  const paragraphWith = (words: string): Element => {
    const t = texts().find((x) => (x.textContent ?? '').includes(words));
    if (!t) throw new Error(`no paragraph holds “${words}”`);
    let p = t.parentNode as Element;
    while (p.localName !== 'p') p = p.parentNode as Element;
    return p;
  };
  /** Adds a part with its relationship from the document and its content type. */
  const addPart = (path: string, xml: string, relType: string, contentType: string) => {
    parts[`word/${path}`] = strToU8(xml);
    const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
    parts['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdJb${path.replace(/\W/gu, '')}" Type="${relType}" Target="${path}"/></Relationships>`));
    const types = strFromU8(parts['[Content_Types].xml']!);
    parts['[Content_Types].xml'] = strToU8(types.replace('</Types>', `<Override PartName="/word/${path}" ContentType="${contentType}"/></Types>`));
  };
  const save = () => {
    parts['word/document.xml'] = strToU8(new XMLSerializer().serializeToString(doc));
    return zipSync(parts);
  };
  return { doc, el, isolate, paragraphWith, addPart, save };
}

export const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
