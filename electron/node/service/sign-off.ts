import { storedIssue } from './stored-issue.ts';
import type { Store } from '../store/store.ts';
import type { IssueContent } from '../../../core/model/issue.ts';
import type { VersionEntry } from '../../../core/api/contract.ts';
import { withoutReview } from '../../../core/review/without-review.ts';
import { recordVersion } from './history.ts';
import { docNode } from '../../../core/schema/doc-node.ts';
import { Transform } from 'prosemirror-transform';

/** 签发: the issue as it is now kept as a named version, with who approved it for print and when. */
export function signIssue(store: Store, id: string, signer: string, name: string): VersionEntry {
  const issue = storedIssue(store, id);
  return store.transaction(() => store.versions.sign(recordVersion(store, id, issue, 'named', name).id, signer)!);
}

/** What is printed of an issue: its masthead, and its text without open marks. */
const printedMasthead = (c: IssueContent) => JSON.stringify({ template: c.template, meta: c.meta });
const printedText = (c: IssueContent) => withoutReview(new Transform(docNode(c.doc))).doc;
const samePrint = (a: IssueContent, b: IssueContent) => printedMasthead(a) === printedMasthead(b) && printedText(a).eq(printedText(b));

/** Said on export when the issue is no longer the version signed for print; null when it is, or none was signed. */
export function unsignedChange(store: Store, id: string, issue: IssueContent): string | null {
  const signed = store.versions.signed(id);
  const content = signed && store.versions.content(signed.id);
  if (!signed || !content || samePrint(content, issue)) return null;
  const at = new Date(signed.signedAt!);
  return `导出的内容与${signed.signedBy}于${at.getMonth() + 1}月${at.getDate()}日签发的版本“${signed.name ?? ''}”不同：签发后又有改动，请确认改动已经领导同意。`;
}
