import { isDeepStrictEqual } from 'node:util';
import type Database from 'better-sqlite3';
import { IssueTemplate, type IssueContent, type Issue } from '../../../core/model/issue.ts';
import type { Template } from '../../../core/model/template.ts';
import type { IssueSummary, TrashEntry } from '../../../core/api/contract.ts';
import { StaleSaveError } from '../../../core/api/user-error.ts';
import { newId } from '../../../core/model/ids.ts';

interface Row {
  id: string;
  template: string;
  meta: string;
  doc: string;
  updated_at: string;
  deleted_at: string | null;
  copied_from: string | null;
  revision: number;
  version_name: string | null;
}

/** The template column: the template's JSON, or (saved before templates travelled) a built-in one's id. */
function storedTemplate(text: string): Template {
  return IssueTemplate.parse(text.startsWith('{') ? JSON.parse(text) : text);
}

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

function summary(row: Row): IssueSummary {
  const meta = JSON.parse(row.meta) as IssueContent['meta'];
  return {
    id: row.id,
    seriesTitle: meta.seriesTitle,
    issueNumber: meta.issueNumber,
    date: meta.date,
    updatedAt: row.updated_at,
    isCopy: row.copied_from !== null,
    versionName: row.version_name,
  };
}

/** Issues as rows: masthead data and document stored as JSON text. */
export class IssuesRepo {
  private readonly q;

  constructor(db: Database.Database) {
    // The newest named version of each issue, shown beside it in the list.
    const named = '(SELECT name FROM versions v WHERE v.issue_id = issues.id AND v.name IS NOT NULL ORDER BY v.created_at DESC LIMIT 1) AS version_name';
    this.q = {
      list: db.prepare<[], Row>(`SELECT *, ${named} FROM issues WHERE deleted_at IS NULL ORDER BY updated_at DESC`),
      trash: db.prepare<[], Row>(`SELECT *, ${named} FROM issues WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`),
      get: db.prepare<[string], Row>(`SELECT *, ${named} FROM issues WHERE id = ? AND deleted_at IS NULL`),
      insert: db.prepare(
        'INSERT INTO issues (id, template, meta, doc, created_at, updated_at, copied_from, file_hash) VALUES (@id, @template, @meta, @doc, @now, @now, @copiedFrom, @fileHash)',
      ),
      byFile: db.prepare<[string], Row>(`SELECT *, ${named} FROM issues WHERE file_hash = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1`),
      save: db.prepare(
        'UPDATE issues SET template = @template, meta = @meta, doc = @doc, updated_at = @now, revision = revision + 1 WHERE id = @id AND deleted_at IS NULL',
      ),
      revision: db.prepare<[string], Pick<Row, 'revision' | 'template' | 'meta' | 'doc' | 'updated_at'>>(
        'SELECT revision, template, meta, doc, updated_at FROM issues WHERE id = ? AND deleted_at IS NULL',
      ),
      trashOne: db.prepare('UPDATE issues SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      restore: db.prepare('UPDATE issues SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'),
      purge: db.prepare('DELETE FROM issues WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
      count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM issues'),
      docs: db.prepare<[], { doc: string }>('SELECT doc FROM issues'),
    };
  }

  list(): IssueSummary[] {
    return this.q.list.all().map(summary);
  }

  trash(): TrashEntry[] {
    return this.q.trash.all().map((row) => ({
      ...summary(row),
      deletedAt: row.deleted_at!,
      purgeAt: new Date(Date.parse(row.deleted_at!) + TRASH_DAYS * DAY_MS).toISOString(),
    }));
  }

  get(id: string): Issue | null {
    const row = this.q.get.get(id);
    if (!row) return null;
    return { id: row.id, template: storedTemplate(row.template), meta: JSON.parse(row.meta), doc: JSON.parse(row.doc), updatedAt: row.updated_at, revision: row.revision };
  }

  /**
   * `copiedFrom`: the issue this one is a copy of (复制), which marks it 副本 in the list; `id` for
   * one brought back from a backup; `fileHash`: the issue file it was opened from (打开工程文件).
   */
  insert(content: IssueContent, copiedFrom: string | null = null, id = newId(), fileHash: string | null = null): string {
    this.q.insert.run({ id, ...this.columns(content), now: new Date().toISOString(), copiedFrom, fileHash });
    return id;
  }

  /** The issue first opened from an issue file with these contents, if it is still in the list. */
  openedFrom(fileHash: string): IssueSummary | null {
    const row = this.q.byFile.get(fileHash);
    return row ? summary(row) : null;
  }

  /**
   * Stores an issue's new content. `baseRevision`, when given, is the revision the content grew
   * from: if another window has saved since, nothing is written and StaleSaveError says so.
   * Content equal to what is stored is no edit: nothing is written, and 最后编辑 stays as it was
   * (the editor saves when it only opened an issue, or put a field back as it was).
   * Returns the time and the revision, or null when there is no such issue (or it is in the trash).
   */
  save(id: string, content: IssueContent, baseRevision: number | null = null): { updatedAt: string; revision: number } | null {
    const stored = this.q.revision.get(id);
    if (!stored) return null;
    if (baseRevision !== null && baseRevision !== stored.revision)
      throw new StaleSaveError('此期简报已在另一个窗口中修改，本窗口的修改没有保存（也没有丢失）。');
    const columns = this.columns(content);
    // Mostly the template is stored as it comes; only one stored otherwise (a built-in's id, an older form) is read to compare.
    const sameTemplate = columns.template === stored.template || isDeepStrictEqual(content.template, storedTemplate(stored.template));
    const same = sameTemplate && isDeepStrictEqual(content.meta, JSON.parse(stored.meta)) && isDeepStrictEqual(content.doc, JSON.parse(stored.doc));
    if (same) return { updatedAt: stored.updated_at, revision: stored.revision };
    const now = new Date().toISOString();
    this.q.save.run({ id, ...columns, now });
    return { updatedAt: now, revision: stored.revision + 1 };
  }

  moveToTrash(id: string): boolean {
    return this.q.trashOne.run(new Date().toISOString(), id).changes > 0;
  }

  restore(id: string): boolean {
    return this.q.restore.run(id).changes > 0;
  }

  /** Deletes for good what has been in the trash longer than 30 days. */
  purgeExpired(now = Date.now()): number {
    return this.q.purge.run(new Date(now - TRASH_DAYS * DAY_MS).toISOString()).changes;
  }

  isEmpty(): boolean {
    return this.q.count.get()!.n === 0;
  }

  /** Every stored document's JSON text, trash included: what still needs its photos. */
  allDocTexts(): string[] {
    return this.q.docs.all().map((r) => r.doc);
  }

  private columns(content: IssueContent) {
    return { template: JSON.stringify(content.template), meta: JSON.stringify(content.meta), doc: JSON.stringify(content.doc) };
  }
}
