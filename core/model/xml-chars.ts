import type { DocNode } from './doc.ts';
import type { IssueMeta } from './meta.ts';
import { NODE } from './nodes.ts';

/**
 * Characters XML 1.0 cannot hold, so Word refuses a document with one: C0 controls but tab, line
 * feed and carriage return; U+FFFE and U+FFFF; a surrogate without its pair (with the u flag a
 * pair is one character and never matches). They come with text copied from damaged PDFs.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Such characters taken out: how many, and where (the text just before the first in each place, for the clerk to find). */
export interface NonXmlReport {
  removed: number;
  places: string[];
}

export const noNonXml = (): NonXmlReport => ({ removed: 0, places: [] });

/** One text without them, noted in the report. */
export function takeOutNonXml(text: string, report: NonXmlReport): string {
  const first = text.search(NOT_XML);
  if (first < 0) return text;
  report.places.push(text.slice(0, first).slice(-12));
  return text.replace(NOT_XML, () => (report.removed++, ''));
}

function cleanNodes(nodes: DocNode[], report: NonXmlReport): DocNode[] {
  return nodes.flatMap((node) => {
    if (node.type !== NODE.text) return node.content ? [{ ...node, content: cleanNodes(node.content, report) }] : [node];
    const text = takeOutNonXml(node.text ?? '', report);
    // ProseMirror has no empty text nodes.
    return text === node.text ? [node] : text ? [{ ...node, text }] : [];
  });
}

/** An issue (or issue file) with every text of its document and its masthead made fit for XML; the same issue when there was nothing to take out. */
export function xmlSafeIssue<T extends { meta: IssueMeta; doc: DocNode }>(issue: T): { issue: T; report: NonXmlReport } {
  const report = noNonXml();
  const line = (text: string) => takeOutNonXml(text, report);
  const { meta } = issue;
  const cleanMeta: IssueMeta = {
    ...meta,
    seriesTitle: line(meta.seriesTitle),
    issuingUnit: line(meta.issuingUnit),
    theme: line(meta.theme),
    distribution: { bao: meta.distribution.bao.map(line), song: meta.distribution.song.map(line), fa: meta.distribution.fa.map(line) },
  };
  const doc = { ...issue.doc, content: cleanNodes(issue.doc.content ?? [], report) };
  return report.removed ? { issue: { ...issue, meta: cleanMeta, doc }, report } : { issue, report };
}

/** What the export's problem list says of them: the clerk should look, since they mean damaged source text. */
export function nonXmlProblem({ removed, places }: NonXmlReport): string | null {
  if (!removed) return null;
  const where = [...new Set(places)].slice(0, 3).map((p) => (p ? `“${p}”之后` : '段首'));
  return `有 ${removed} 个无法写入 DOCX 的控制字符（多见于从损坏的 PDF 复制的文字），导出时已删除，请对照原稿核对：${where.join('、')}。`;
}

/** Word never writes a document type declaration; one inside a .docx part is there for entity tricks. */
export const XML_DTD = /<!(DOCTYPE|ENTITY)/iu;
