import type { Store } from '../store/store.ts';
import type { Node as PMNode } from 'prosemirror-model';
import type { DocNode } from '../../../core/model/doc.ts';
import type { Issue } from '../../../core/model/issue.ts';
import { storedIssue } from './stored-issue.ts';
import { placeReview } from '../../../core/review/place-review.ts';
import type { PlacedReview } from '../../../core/review/placed-schema.ts';
import { withoutReview } from '../../../core/review/without-review.ts';
import { readReviewDocx } from './review-docx.ts';
import { recordVersion } from './history.ts';
import { Transform } from 'prosemirror-transform';
import { docJson, docNode } from '../../../core/schema/doc-node.ts';
import { applyReview, type AppliedReview } from '../../../core/review/apply-review.ts';
import { newId } from '../../../core/model/ids.ts';
import type { Handlers } from '../../../core/api/contract.ts';

export interface ReturnedReview {
  placed: PlacedReview;
  /** The text the marks were placed on: the 送审稿 version, else the issue as it is now. */
  sent: DocNode;
  versionName: string | null;
  warning: string | null;
}

/** The marks of a returned 送审稿, placed on the version of `issue` it was sent as (its clean text, as nodes). */
function placedOn(store: Store, issue: Issue, fileName: string, bytes: Uint8Array): Omit<ReturnedReview, 'sent'> & { sent: PMNode } {
  const read = readReviewDocx(fileName, bytes);
  const entry = read.versionId ? store.versions.entry(read.versionId) : null;
  const version = entry && entry.issueId === issue.id ? store.versions.content(entry.id) : null;
  let warning: string | null = null;
  if (!read.versionId) warning = '这份文件没有送审稿的标记（可能不是从简报工坊送审的），修订按文字定位，请逐处核对。';
  else if (read.issueId !== issue.id) warning = '这份审阅稿是从另一期简报送审的，修订按文字定位，请逐处核对。';
  else if (!version) warning = '历史版本中已没有这份送审稿，修订按当前内容定位，请逐处核对。';
  const sent = withoutReview(new Transform(docNode(version?.doc ?? issue.doc))).doc;
  return { placed: placeReview(read, sent), sent, versionName: version ? (entry?.name ?? null) : null, warning };
}

/**
 * A returned 送审稿 of a stored issue, read and placed on the version it was sent as (its id is in
 * the file), so that the clerk's edits since sending do not move the reviewer's marks. Where that
 * version is unknown, the marks are placed on the issue as it is now, and the clerk is told.
 */
export function returnedReview(store: Store, id: string, fileName: string, bytes: Uint8Array): ReturnedReview {
  const returned = placedOn(store, storedIssue(store, id), fileName, bytes);
  return { ...returned, sent: docJson(returned.sent) };
}

/**
 * A returned 送审稿's marks put into the stored issue as open suggestions and comments (what
 * `jianbao review --id` does while the app is closed); the issue as it was is recorded first.
 */
export function applyReturnedReview(store: Store, id: string, fileName: string, bytes: Uint8Array): { applied: AppliedReview; warning: string | null } {
  const current = storedIssue(store, id);
  const returned = placedOn(store, current, fileName, bytes);
  const tr = new Transform(docNode(current.doc));
  const applied = applyReview(tr, returned.sent, returned.placed, newId().slice(0, 8));
  if (tr.docChanged)
    store.transaction(() => {
      recordVersion(store, id, current, 'review');
      store.issues.save(id, { template: current.template, meta: current.meta, doc: docJson(tr.doc) });
    });
  return { applied, warning: returned.warning };
}

/** The calls of 审签. */
export function reviewHandlers(store: Store) {
  return {
    readReview: ({ id, fileName, data }) => returnedReview(store, id, fileName, Buffer.from(data, 'base64')),
  } satisfies Pick<Handlers, 'readReview'>;
}
