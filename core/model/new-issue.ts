import type { Transform } from 'prosemirror-transform';
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

/** Fresh ids for every section and item (and photo) of the document on `tr`, so a duplicated issue shares no ids with its source. */
export function freshIds(tr: Transform): void {
  tr.doc.descendants((node, pos) => {
    if ('id' in node.attrs) tr.setNodeAttribute(pos, 'id', newId());
    return !node.isTextblock;
  });
}
