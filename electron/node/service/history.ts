import { storedIssue } from './stored-issue.ts';
import type { Store } from '../store/store.ts';
import type { IssueContent } from '../../../core/model/issue.ts';
import type { VersionEntry, VersionReason } from '../../../core/api/contract.ts';
import { IssueContent as IssueContentSchema } from '../../../core/model/issue.ts';
import { issueChars } from '../../../core/model/item-chars.ts';
import { restoreItem } from '../../../core/model/restore-item.ts';
import { docJson, docNode } from '../../../core/schema/doc-node.ts';
import { Transform } from 'prosemirror-transform';
import { UserError } from '../../../core/api/user-error.ts';
import type { Handlers } from '../../../core/api/contract.ts';

/** While an issue is being edited, a version is recorded this often (besides those before sweeping changes). */
export const PERIODIC_MS = 5 * 60_000;

const NO_VERSION = '历史版本中没有这一版，它可能已按时间整理掉了。';

/** Records a version of an issue and thins its older ones. */
export function recordVersion(store: Store, id: string, content: IssueContent, reason: VersionReason, name: string | null = null): VersionEntry {
  const { template, meta, doc } = content;
  const entry = store.versions.record(id, { template, meta, doc }, reason, issueChars(docNode(doc)), name);
  store.versions.thin(id);
  return entry;
}

/** After a save: a periodic version when the newest is older than PERIODIC_MS. */
export function recordPeriodically(store: Store, id: string, content: IssueContent, now = Date.now()): void {
  const newest = store.versions.newest(id);
  if (!newest || now - Date.parse(newest.time) >= PERIODIC_MS) recordVersion(store, id, content, 'periodic');
}

/**
 * 恢复此版本 / 只恢复这篇: the issue as a version has it (or one item of it). The state before is
 * recorded first, so a restore never overwrites anything for good.
 */
export function restoreVersion(store: Store, id: string, versionId: string, articleId?: string): IssueContent {
  const current = storedIssue(store, id);
  const entry = store.versions.entry(versionId);
  const version = store.versions.content(versionId);
  if (!entry || !version || entry.issueId !== id) throw new UserError(NO_VERSION);
  let doc = version.doc;
  if (articleId) {
    const tr = new Transform(docNode(current.doc));
    if (!restoreItem(tr, docNode(version.doc), articleId)) throw new UserError('这一版中没有这篇文章。');
    doc = docJson(tr.doc);
  }
  // A whole version comes back with the settings it had; one article goes into the issue as it is set now.
  const next = IssueContentSchema.safeParse({ template: articleId ? current.template : version.template, meta: articleId ? current.meta : version.meta, doc });
  if (!next.success) throw new UserError(`无法恢复：${next.error.issues[0]?.message ?? '这一版不符合模板'}`);
  return store.transaction(() => {
    recordVersion(store, id, current, 'restore');
    store.issues.save(id, next.data);
    return next.data;
  });
}

/** The calls of the 历史版本 panel. */
export function historyHandlers(store: Store) {
  const issueOrThrow = (id: string) => storedIssue(store, id);
  return {
    listVersions: ({ id }) => store.versions.list(id),
    getVersion: ({ versionId }) => {
      const entry = store.versions.entry(versionId);
      const content = store.versions.content(versionId);
      if (!entry || !content) throw new UserError(NO_VERSION);
      return { entry, content };
    },
    recordVersion: ({ id, reason, name, content }) => recordVersion(store, id, content ?? issueOrThrow(id), reason, name ?? null),
    nameVersion: ({ versionId, name }) => {
      const entry = store.versions.name(versionId, name);
      if (!entry) throw new UserError(NO_VERSION);
      return entry;
    },
    restoreVersion: ({ id, versionId, articleId }) => {
      restoreVersion(store, id, versionId, articleId);
      return issueOrThrow(id);
    },
  } satisfies Pick<Handlers, 'listVersions' | 'getVersion' | 'recordVersion' | 'nameVersion' | 'restoreVersion'>;
}
