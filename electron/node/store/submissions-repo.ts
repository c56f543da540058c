import type Database from 'better-sqlite3';
import type { CleanArticle } from '../../../core/cleanup/clean-article.ts';
import type { Submission } from '../../../core/api/contract.ts';
import { newId } from '../../../core/model/ids.ts';
import { itemChars } from '../../../core/model/item-chars.ts';

interface Row {
  id: string;
  file_name: string;
  article: string;
  created_at: string;
}

function summary(row: Row): Submission {
  const a = JSON.parse(row.article) as CleanArticle;
  return {
    id: row.id,
    fileName: row.file_name,
    title: a.title,
    byline: a.byline,
    chars: itemChars(a),
    warnings: a.warnings.length,
    importedAt: row.created_at,
  };
}

/** The 收稿箱: cleaned articles from contributors' files, until the clerk places them in an issue. */
export class SubmissionsRepo {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      add: db.prepare('INSERT INTO submissions (id, file_name, article, created_at) VALUES (?, ?, ?, ?)'),
      list: db.prepare<[], Row>('SELECT * FROM submissions WHERE placed_at IS NULL ORDER BY created_at, rowid'),
      get: db.prepare<[string], Row>('SELECT * FROM submissions WHERE id = ?'),
      place: db.prepare('UPDATE submissions SET placed_at = ? WHERE id = ? AND placed_at IS NULL'),
      remove: db.prepare('DELETE FROM submissions WHERE id = ?'),
    };
  }

  add(fileName: string, article: CleanArticle): string {
    const id = newId();
    this.q.add.run(id, fileName, JSON.stringify(article), new Date().toISOString());
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
    return row ? (JSON.parse(row.article) as CleanArticle) : null;
  }

  /** Placed in an issue: it leaves the inbox, and is kept should the clerk undo. */
  markPlaced(id: string): boolean {
    return this.q.place.run(new Date().toISOString(), id).changes > 0;
  }

  remove(id: string): boolean {
    return this.q.remove.run(id).changes > 0;
  }
}
