import type Database from 'better-sqlite3';
import type { IssueContent, Issue } from '../../../core/model/issue.ts';
import type { IssueSummary, TrashEntry } from '../../../core/api/contract.ts';
import { newId } from '../../../core/model/ids.ts';

interface Row {
  id: string;
  template: string;
  meta: string;
  doc: string;
  updated_at: string;
  deleted_at: string | null;
  copied_from: string | null;
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
  };
}

/** Issues as rows: masthead data and document stored as JSON text. */
export class IssuesRepo {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      list: db.prepare<[], Row>('SELECT * FROM issues WHERE deleted_at IS NULL ORDER BY updated_at DESC'),
      trash: db.prepare<[], Row>('SELECT * FROM issues WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC'),
      get: db.prepare<[string], Row>('SELECT * FROM issues WHERE id = ? AND deleted_at IS NULL'),
      insert: db.prepare(
        'INSERT INTO issues (id, template, meta, doc, created_at, updated_at, copied_from) VALUES (@id, @template, @meta, @doc, @now, @now, @copiedFrom)',
      ),
      save: db.prepare('UPDATE issues SET template = @template, meta = @meta, doc = @doc, updated_at = @now WHERE id = @id AND deleted_at IS NULL'),
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
    return { id: row.id, template: row.template, meta: JSON.parse(row.meta), doc: JSON.parse(row.doc), updatedAt: row.updated_at };
  }

  /** `copiedFrom`: the issue this one is a copy of (复制), which marks it 副本 in the list. */
  insert(content: IssueContent, copiedFrom: string | null = null): string {
    const id = newId();
    this.q.insert.run({ id, ...this.columns(content), now: new Date().toISOString(), copiedFrom });
    return id;
  }

  /** Returns the time saved, or null when there is no such issue (or it is in the trash). */
  save(id: string, content: IssueContent): string | null {
    const now = new Date().toISOString();
    return this.q.save.run({ id, ...this.columns(content), now }).changes ? now : null;
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
    return { template: content.template, meta: JSON.stringify(content.meta), doc: JSON.stringify(content.doc) };
  }
}
