import { Transform } from 'prosemirror-transform';
import type { Node as PMNode } from 'prosemirror-model';
import type { Template } from './template.ts';
import type { IssueMeta } from './meta.ts';
import type { IssueModel } from './issue-model.ts';
import type { DocNode } from './doc.ts';
import { docJson, issueModel } from '../schema/doc-node.ts';

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

/** The document without them: each text holding one is replaced by its rest (or removed when nothing is left). */
function xmlSafeDoc(doc: PMNode, report: NonXmlReport): PMNode {
  const texts: { pos: number; node: PMNode; text: string }[] = [];
  doc.descendants((node, pos) => {
    if (node.isText && node.text!.search(NOT_XML) >= 0) texts.push({ pos, node, text: takeOutNonXml(node.text!, report) });
  });
  if (!texts.length) return doc;
  const tr = new Transform(doc);
  // From the last back, so that each text's position still holds.
  for (const { pos, node, text } of texts.reverse()) {
    // ProseMirror has no empty text nodes.
    if (text) tr.replaceWith(pos, pos + node.nodeSize, doc.type.schema.text(text, node.marks));
    else tr.delete(pos, pos + node.nodeSize);
  }
  return tr.doc;
}

/** An issue with every text of its document and its masthead made fit for XML; the same issue when there was nothing to take out. */
export function xmlSafeIssue<T extends IssueModel>(issue: T): { issue: T; report: NonXmlReport } {
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
  const doc = xmlSafeDoc(issue.doc, report);
  return report.removed ? { issue: { ...issue, meta: cleanMeta, doc }, report } : { issue, report };
}

/** The same for an issue as stored or opened from a file: a new one only where something was taken out. */
export function xmlSafeStored<T extends { template: Template; meta: IssueMeta; doc: DocNode }>(stored: T): T {
  const { issue, report } = xmlSafeIssue(issueModel(stored));
  return report.removed ? { ...stored, meta: issue.meta, doc: docJson(issue.doc) } : stored;
}

/** What the export's problem list says of them: the clerk should look, since they mean damaged source text. */
export function nonXmlProblem({ removed, places }: NonXmlReport): string | null {
  if (!removed) return null;
  const where = [...new Set(places)].slice(0, 3).map((p) => (p ? `“${p}”之后` : '段首'));
  return `有 ${removed} 个无法写入 DOCX 的控制字符（多见于从损坏的 PDF 复制的文字），导出时已删除，请对照原稿核对：${where.join('、')}。`;
}

/** Word never writes a document type declaration; one inside a .docx part is there for entity tricks. */
export const XML_DTD = /<!(DOCTYPE|ENTITY)/iu;
