import type { Template } from './template.ts';
import type { IssueMeta } from './meta.ts';
import type { DocNode } from './doc.ts';
import type { IssueContent } from './issue.ts';
import { NODE } from './nodes.ts';
import { newId } from './ids.ts';
import { todayIso } from './date.ts';

export function emptyDoc(template: Template): DocNode {
  return {
    type: NODE.doc,
    content: template.sections.map((s) => ({
      type: NODE.section,
      attrs: { id: newId(), key: s.key, heading: s.heading },
      content: [],
    })),
  };
}

/** A first issue from the template's masthead defaults. */
export function issueFromTemplate(template: Template): IssueContent {
  const m = template.masthead;
  return {
    template,
    meta: {
      seriesTitle: m.seriesTitle,
      issueNumber: 1,
      cumulativeNumber: null,
      date: todayIso(),
      issuingUnit: m.issuingUnit,
      theme: m.theme,
      distribution: structuredClone(m.distribution),
      printRun: m.printRun,
    },
    doc: emptyDoc(template),
  };
}

/** The next issue of the series: its template, 期号 and cumulative number one up, masthead and 报/送/发 carried over, sections empty. */
export function nextIssue(previous: IssueContent): IssueContent {
  const meta: IssueMeta = {
    ...structuredClone(previous.meta),
    issueNumber: previous.meta.issueNumber + 1,
    cumulativeNumber: previous.meta.cumulativeNumber === null ? null : previous.meta.cumulativeNumber + 1,
    date: todayIso(),
    theme: '',
  };
  return { template: previous.template, meta, doc: emptyDoc(previous.template) };
}

/** A copy of a document with fresh ids, so a duplicated issue shares no ids with its source. */
export function withFreshIds(doc: DocNode): DocNode {
  const copy = (node: DocNode): DocNode => {
    const next: DocNode = { ...node };
    if (node.attrs && 'id' in node.attrs) next.attrs = { ...node.attrs, id: newId() };
    if (node.content) next.content = node.content.map(copy);
    return next;
  };
  return copy(doc);
}
