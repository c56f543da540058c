/**
 * Schema migrations, applied in order; the database's `user_version` is the number applied.
 * Never edit one that has shipped: add the next.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE issues (
     id TEXT PRIMARY KEY,
     template TEXT NOT NULL,
     meta TEXT NOT NULL,
     doc TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     deleted_at TEXT
   );
   CREATE INDEX issues_by_update ON issues(deleted_at, updated_at);
   CREATE TABLE photos (
     hash TEXT PRIMARY KEY,
     mime TEXT NOT NULL,
     data BLOB NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 2: the 收稿箱, contributors' files cleaned into articles waiting to be placed in an issue.
  `CREATE TABLE submissions (
     id TEXT PRIMARY KEY,
     file_name TEXT NOT NULL,
     article TEXT NOT NULL,
     created_at TEXT NOT NULL,
     placed_at TEXT
   );`,
  // 3: the issue a copy was made from (复制), so the list can mark the copy 副本; the printed masthead stays as it is.
  `ALTER TABLE issues ADD COLUMN copied_from TEXT;`,
  // 4: revisions against two windows overwriting each other, and the history of versions (历史版本).
  `ALTER TABLE issues ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE versions (
     id TEXT PRIMARY KEY,
     issue_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     reason TEXT NOT NULL,
     name TEXT,
     chars INTEGER NOT NULL,
     hash TEXT NOT NULL,
     photos TEXT NOT NULL,
     content BLOB NOT NULL
   );
   CREATE INDEX versions_by_issue ON versions(issue_id, created_at);`,
  // 5: 签发, who approved a version for print and when.
  `ALTER TABLE versions ADD COLUMN signed_by TEXT;
   ALTER TABLE versions ADD COLUMN signed_at TEXT;`,
  // 6: the issue file an issue was opened from (its SHA-256), so opening it again asks first.
  `ALTER TABLE issues ADD COLUMN file_hash TEXT;`,
  // 7: a submission's text as its file held it, before cleanup, for 查看改动 in the 收稿箱.
  `ALTER TABLE submissions ADD COLUMN original TEXT;`,
  // 8: photos resampled for print and the screen, kept beside their originals so that a second export is fast.
  `CREATE TABLE photo_copies (
     hash TEXT NOT NULL,
     purpose TEXT NOT NULL,
     mime TEXT NOT NULL,
     data BLOB NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (hash, purpose)
   );`,
];
