import { DOMParser } from '@xmldom/xmldom';
import { XML_DTD } from '../model/xml-chars.ts';

/** WordprocessingML's namespace: the `w:` of a .docx's parts. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Word 2010's and 2012's additions (a paragraph's id, a comment's thread and state). */
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/** A `w:` attribute, whether the parser bound its namespace or kept the prefix. */
export const attr = (el: Element, name: string) => el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || '';

/** An element's child elements, in order. */
export function elements(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** The first `w:` child of that local name, or null. */
export const wChild = (el: Element | null | undefined, name: string): Element | null =>
  (el && elements(el).find((c) => c.localName === name && c.namespaceURI === W)) ?? null;

/**
 * A part's XML, refusing what Word never writes: a DTD (entity expansion) or markup that does not
 * parse. Throws; the caller names the file.
 */
export function parseXml(xml: string): Document {
  if (XML_DTD.test(xml)) throw new Error('DTD');
  const fail = (msg: unknown) => {
    throw new Error(String(msg));
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(xml, 'application/xml');
}
