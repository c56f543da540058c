import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { IssueContent } from '../../../core/model/issue.ts';
import type { VersionEntry, VersionReason } from '../../../core/api/contract.ts';
import { photoHashes } from '../../../core/model/photo.ts';
import { newId } from '../../../core/model/ids.ts';
import { thinnedOut } from './thinning.ts';
import { docNode } from '../../../core/schema/doc-node.ts';

interface Row {
  id: string;
  issue_id: string;
  created_at: string;
  reason: VersionReason;
  name: string | null;
  chars: number;
  signed_by: string | null;
  signed_at: string | null;
}

const entry = (row: Row): VersionEntry => ({
  id: row.id,
  issueId: row.issue_id,
  time: row.created_at,
  reason: row.reason,
  name: row.name,
  chars: row.chars,
  signedBy: row.signed_by,
  signedAt: row.signed_at,
});

/** An issue's text as the history stores it: the whole issue, gzipped (a demo issue takes some 25 KB). */
const pack = (content: IssueContent) => Buffer.from(gzipSync(strToU8(JSON.stringify(content)), { level: 6 }));
const unpack = (blob: Buffer): IssueContent => JSON.parse(strFromU8(gunzipSync(blob))) as IssueContent;

/** 历史版本: whole snapshots of each issue, named ones kept for ever, the others thinned as they age. */
export class VersionsRepo {
  private readonly q;

  constructor(db: Database.Database) {
    const columns = 'id, issue_id, created_at, reason, name, chars, signed_by, signed_at';
    this.q = {
      insert: db.prepare(
        'INSERT INTO versions (id, issue_id, created_at, reason, name, chars, hash, photos, content) VALUES (@id, @issueId, @now, @reason, @name, @chars, @hash, @photos, @content)',
      ),
      list: db.prepare<[string], Row>(`SELECT ${columns} FROM versions WHERE issue_id = ? ORDER BY created_at DESC, rowid DESC`),
      entry: db.prepare<[string], Row>(`SELECT ${columns} FROM versions WHERE id = ?`),
      content: db.prepare<[string], { content: Buffer }>('SELECT content FROM versions WHERE id = ?'),
      newest: db.prepare<[string], Row & { hash: string }>(`SELECT ${columns}, hash FROM versions WHERE issue_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`),
      name: db.prepare('UPDATE versions SET name = ? WHERE id = ?'),
      sign: db.prepare('UPDATE versions SET signed_by = ?, signed_at = ? WHERE id = ?'),
      signed: db.prepare<[string], Row>(`SELECT ${columns} FROM versions WHERE issue_id = ? AND signed_at IS NOT NULL ORDER BY signed_at DESC, rowid DESC LIMIT 1`),
      remove: db.prepare('DELETE FROM versions WHERE id = ?'),
      photos: db.prepare<[], { photos: string }>('SELECT photos FROM versions'),
      purgeOrphans: db.prepare('DELETE FROM versions WHERE issue_id NOT IN (SELECT id FROM issues)'),
    };
  }

  /**
   * Records a version of an issue. One recorded on opening or while editing that is identical to the
   * newest is not stored twice (opening an issue again records nothing new); the newest is returned
   * instead. A version before a sweeping change is always listed, so the clerk finds it by its reason.
   */
  record(issueId: string, content: IssueContent, reason: VersionReason, chars: number, name: string | null = null, now = new Date()): VersionEntry {
    const packed = pack(content);
    const hash = createHash('sha256').update(packed).digest('hex');
    const newest = this.q.newest.get(issueId);
    if ((reason === 'open' || reason === 'periodic') && newest && newest.hash === hash) return entry(newest);
    const id = newId();
    this.q.insert.run({ id, issueId, now: now.toISOString(), reason, name, chars, hash, photos: JSON.stringify([...photoHashes(docNode(content.doc))]), content: packed });
    return entry(this.q.entry.get(id)!);
  }

  list(issueId: string): VersionEntry[] {
    return this.q.list.all(issueId).map(entry);
  }

  entry(id: string): VersionEntry | null {
    const row = this.q.entry.get(id);
    return row ? entry(row) : null;
  }

  content(id: string): IssueContent | null {
    const row = this.q.content.get(id);
    return row ? unpack(row.content) : null;
  }

  newest(issueId: string): VersionEntry | null {
    const row = this.q.newest.get(issueId);
    return row ? entry(row) : null;
  }

  /** Names a version: it is then kept for ever and pinned in the history. */
  name(id: string, name: string): VersionEntry | null {
    return this.q.name.run(name, id).changes ? entry(this.q.entry.get(id)!) : null;
  }

  /** 签发: who approved a (named) version for print, and when. */
  sign(id: string, signer: string, now = new Date()): VersionEntry | null {
    return this.q.sign.run(signer, now.toISOString(), id).changes ? entry(this.q.entry.get(id)!) : null;
  }

  /** The version of an issue signed last, if any. */
  signed(issueId: string): VersionEntry | null {
    const row = this.q.signed.get(issueId);
    return row ? entry(row) : null;
  }

  /** Thins an issue's unnamed versions: all of the last day, one an hour for a week, one a day for 90 days. */
  thin(issueId: string, now = Date.now()): number {
    const doomed = thinnedOut(this.list(issueId), now);
    for (const id of doomed) this.q.remove.run(id);
    return doomed.length;
  }

  /** Every photo some version shows: they are kept while a version could bring them back. */
  photoHashes(): Set<string> {
    const hashes = new Set<string>();
    for (const { photos } of this.q.photos.all()) for (const h of JSON.parse(photos) as string[]) hashes.add(h);
    return hashes;
  }

  /** When an issue is deleted for good, its history goes with it. */
  purgeOrphans(): void {
    this.q.purgeOrphans.run();
  }
}
