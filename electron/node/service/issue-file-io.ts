import { createHash } from 'node:crypto';
import type { IssueSummary } from '../../../core/api/contract.ts';
import { storedIssue } from './stored-issue.ts';
import type { Store } from '../store/store.ts';
import { IssueFile, ISSUE_FILE_FORMAT, ISSUE_FILE_VERSION, issueFileProblem, type PhotoData } from '../../../core/model/issue-file.ts';
import { photoHashes } from '../../../core/model/photo.ts';
import { UserError } from '../../../core/api/user-error.ts';
import { xmlSafeStored } from '../../../core/model/xml-chars.ts';
import { docNode } from '../../../core/schema/doc-node.ts';
import { checkedImage, photoHash } from '../store/photos-repo.ts';

/** An issue with the photos it shows, as the `.json` issue file holds it. */
export function issueToFile(store: Store, id: string): IssueFile {
  const issue = storedIssue(store, id);
  const photos: Record<string, PhotoData> = {};
  for (const hash of photoHashes(docNode(issue.doc))) {
    const photo = store.photos.get(hash);
    if (photo) photos[hash] = { mime: photo.mime, data: photo.data.toString('base64') };
  }
  const { template, meta, doc } = issue;
  return { format: ISSUE_FILE_FORMAT, version: ISSUE_FILE_VERSION, template, meta, doc, photos };
}

export function issueFileName(file: Pick<IssueFile, 'meta'>): string {
  const name = `${file.meta.seriesTitle}第${file.meta.issueNumber}期`.replace(/[\\/:*?"<>|\s]+/gu, '');
  return `${name || '简报'}.json`;
}

/**
 * Reads an issue file's text into a checked issue with decoded photos. Throws a Chinese message
 * on anything wrong, before anything is written.
 */
export function parseIssueFile(text: string): { file: IssueFile; photos: Map<string, Buffer> } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError('无法打开：这不是简报工坊的工程文件（文件内容不是有效的 JSON）。');
  }
  const problem = issueFileProblem(raw);
  if (problem) throw new UserError(`无法打开：${problem}`);
  const parsed = IssueFile.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    // A broken rule of the document or the template has its own message, naming the item.
    if (first?.code === 'custom') throw new UserError(`无法打开：${first.message}`);
    const where = first?.path.length ? `（位置：${first.path.join('.')}）` : '';
    throw new UserError(`无法打开：工程文件内容不完整或已损坏${where}。`);
  }
  const file = parsed.data;
  const photos = new Map<string, Buffer>();
  for (const [hash, photo] of Object.entries(file.photos)) {
    const bytes = Buffer.from(photo.data, 'base64');
    try {
      checkedImage(bytes);
    } catch (e) {
      throw new UserError(`无法打开：工程文件中的照片已损坏（${(e as Error).message}）`);
    }
    if (photoHash(bytes) !== hash) throw new UserError('无法打开：工程文件中的照片已损坏（内容与校验值不符）。');
    photos.set(hash, bytes);
  }
  for (const hash of photoHashes(docNode(file.doc))) {
    if (!photos.has(hash)) throw new UserError('无法打开：工程文件缺少正文中用到的照片。');
  }
  return { file, photos };
}

/**
 * Adds an issue file to the store as a new issue, all or nothing. A file opened before (the same
 * contents) is not added again unless `copy` says so: its issue is returned as `existing`, and a
 * copy is marked 副本 of it.
 */
export function importIssueFile(store: Store, text: string, copy = false): { id: string; existing: IssueSummary | null } {
  const fileHash = createHash('sha256').update(text).digest('hex');
  const existing = store.issues.openedFrom(fileHash);
  if (existing && !copy) return { id: existing.id, existing };
  const { file, photos } = parseIssueFile(text);
  const id = store.transaction(() => {
    for (const bytes of photos.values()) store.photos.put(bytes);
    return store.issues.insert(xmlSafeStored({ template: file.template, meta: file.meta, doc: file.doc }), existing?.id ?? null, undefined, fileHash);
  });
  return { id, existing: null };
}
