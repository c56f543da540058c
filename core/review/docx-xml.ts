import { DOMParser } from '@xmldom/xmldom';
import { XML_DTD } from '../model/xml-chars.ts';

/** WordprocessingML's namespaces, and the DOM helpers that read a returned 送审稿's small parts (comments, properties). */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/** An attribute in the main namespace (some writers leave the prefix unbound). */
export const attr = (el: Element, name: string) => el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || '';

export function elements(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** Parses a part, refusing a document type declaration (entity tricks) and any malformed XML. */
export function parse(xml: string): Document {
  if (XML_DTD.test(xml)) throw new Error('DTD');
  const fail = (msg: unknown) => {
    throw new Error(String(msg));
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(xml, 'application/xml');
}
