/**
 * A 送审稿: the DOCX the clerk sends for review. It prints as the clean export does; it also carries an
 * anchor on every paragraph and names the issue and the named version it was made from, as custom
 * document properties, which Word, WPS and LibreOffice keep when they save it again.
 */
export interface ReviewCopy {
  issueId: string;
  versionId: string;
  /** The version's name, `送审稿 2026-11-24`: the document's title. */
  name: string;
}

export const REVIEW_PROPERTY = { issue: 'JianbaoIssue', version: 'JianbaoVersion', name: 'JianbaoReview' } as const;

export function reviewProperties(copy: ReviewCopy): { name: string; value: string }[] {
  return [
    { name: REVIEW_PROPERTY.issue, value: copy.issueId },
    { name: REVIEW_PROPERTY.version, value: copy.versionId },
    { name: REVIEW_PROPERTY.name, value: copy.name },
  ];
}
