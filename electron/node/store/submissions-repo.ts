import type Database from 'better-sqlite3';
import type { CleanArticle } from '../../../core/cleanup/clean-article.ts';
import { removedChars } from '../../../core/cleanup/removed.ts';
import { CleanArticleSchema, type Submission } from '../../../core/api/contract.ts';
import { newId } from '../../../core/model/ids.ts';
import { itemChars } from '../../../core/model/item-chars.ts';
import { openingWords } from '../../../core/model/text.ts';

interface Row {
  id: string;
  file_name: string;
  article: string;
  original: string | null;
  created_at: string;
}

/** A stored article, with what older versions did not store filled in (no removals listed). */
const articleOf = (row: Row) => CleanArticleSchema.parse(JSON.parse(row.article)) as CleanArticle;

function summary(row: Row): Submission {
  const a = articleOf(row);
  return {
    id: row.id,
    fileName: row.file_name,
    title: a.title,
    opening: openingWords(a.paragraphs.find((p) => p.kind !== 'figure')?.text ?? ''),
    byline: a.byline,
    chars: itemChars(a),
    warnings: a.warnings.length,
    photos: a.paragraphs.filter((p) => p.kind === 'figure').length,
    removedChars: removedChars(a.removed),
    importedAt: row.created_at,
  };
}

/** The 收稿箱: cleaned articles from contributors' files, until the clerk places them in an issue. */
export class SubmissionsRepo {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      add: db.prepare('INSERT INTO submissions (id, file_name, article, original, created_at) VALUES (?, ?, ?, ?, ?)'),
      list: db.prepare<[], Row>('SELECT * FROM submissions WHERE placed_at IS NULL ORDER BY created_at, rowid'),
      get: db.prepare<[string], Row>('SELECT * FROM submissions WHERE id = ?'),
      place: db.prepare('UPDATE submissions SET placed_at = ? WHERE id = ? AND placed_at IS NULL'),
      edit: db.prepare('UPDATE submissions SET article = ? WHERE id = ? AND placed_at IS NULL'),
      remove: db.prepare('DELETE FROM submissions WHERE id = ?'),
      all: db.prepare<[], Row>('SELECT * FROM submissions'),
    };
  }

  /** `original`: the file's text before cleanup, for 查看改动. */
  add(fileName: string, article: CleanArticle, original: string): string {
    const id = newId();
    this.q.add.run(id, fileName, JSON.stringify(article), original, new Date().toISOString());
    return id;
  }

  list(): Submission[] {
    return this.q.list.all().map(summary);
  }

  summary(id: string): Submission | null {
    const row = this.q.get.get(id);
    return row ? summary(row) : null;
  }

  article(id: string): CleanArticle | null {
    const row = this.q.get.get(id);
    return row ? articleOf(row) : null;
  }

  /** The file's text before cleanup ('' for a submission stored before it was kept). */
  original(id: string): string | null {
    const row = this.q.get.get(id);
    return row ? (row.original ?? '') : null;
  }

  /** The clerk's own title and byline for a submission still in the 收稿箱; false when there is none. */
  edit(id: string, fix: { title: string; byline: string }): boolean {
    const row = this.q.get.get(id);
    return row ? this.q.edit.run(JSON.stringify({ ...articleOf(row), ...fix }), id).changes > 0 : false;
  }

  /** Placed in an issue: it leaves the inbox, and is kept should the clerk undo. */
  markPlaced(id: string): boolean {
    return this.q.place.run(new Date().toISOString(), id).changes > 0;
  }

  /** Photos the stored submissions show: kept by the store's tidy-up while a submission waits. */
  photoHashes(): Set<string> {
    const found = new Set<string>();
    for (const row of this.q.all.iterate()) for (const p of articleOf(row).paragraphs) if (p.photo) found.add(p.photo);
    return found;
  }

  remove(id: string): boolean {
    return this.q.remove.run(id).changes > 0;
  }
}
