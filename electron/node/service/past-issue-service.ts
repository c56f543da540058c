import type { Handlers, PastIssuePreview } from '../../../core/api/contract.ts';
import type { PastIssue } from '../../../core/past-issue/read-past-issue.ts';
import type { Store } from '../store/store.ts';
import { readPastIssueFile } from './manuscript.ts';

/** The preview of a past briefing read: its masthead, sections with their items, 报尾, warnings and what it leaves out. */
function previewOf(p: PastIssue): PastIssuePreview {
  const { meta } = p.issue;
  return {
    seriesTitle: meta.seriesTitle,
    issueNumber: meta.issueNumber,
    cumulativeNumber: meta.cumulativeNumber,
    date: meta.date,
    issuingUnit: meta.issuingUnit,
    sections: p.sections,
    tocLines: p.tocLines,
    distribution: meta.distribution,
    printRun: meta.printRun,
    warnings: p.warnings,
    leftOut: p.leftOut,
  };
}

/** 导入往期简报: a past briefing read in the import's worker, previewed, then stored as a new series' issue with its photos. */
export function pastIssueHandlers(store: Store) {
  return {
    previewPastIssue: async ({ fileName, data }) => previewOf((await readPastIssueFile(fileName, Buffer.from(data, 'base64'))).pastIssue),
    importPastIssue: async ({ fileName, data }) => {
      const { pastIssue, pictures } = await readPastIssueFile(fileName, Buffer.from(data, 'base64'));
      const id = store.transaction(() => {
        for (const picture of pictures) store.photos.put(picture.bytes);
        return store.issues.insert(pastIssue.issue);
      });
      return { id };
    },
  } satisfies Partial<Handlers>;
}
