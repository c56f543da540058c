import * as z from 'zod';
import { PlacedReviewSchema } from '../review/placed-schema.ts';
import { Issue, IssueContent } from '../model/issue.ts';
import { IssueDoc } from '../schema/issue-doc.ts';
import { PHOTO_HASH } from '../model/photo.ts';
import { ITEM_KINDS, type ItemKind } from '../model/nodes.ts';
import { REMOVAL_RULES, type RemovalRule } from '../cleanup/removed.ts';
import { IssueSettings } from '../template/settings.ts';

const Id = z.string().min(1).max(100);
/** A title or a byline as the clerk types it: one line, no control characters. */
const OneLine = z.string().max(200).regex(/^[^\p{Cc}]*$/u).transform((s) => s.trim());
const Empty = z.object({}).strict();

export const IssueSummary = z.object({
  id: Id,
  seriesTitle: z.string(),
  issueNumber: z.number(),
  date: z.string(),
  updatedAt: z.string(),
  /** Made with 复制: the list marks it 副本, since it prints exactly like the issue it was copied from. */
  isCopy: z.boolean(),
  /** The name of its newest named version (送审稿, 定稿…), shown beside it in the list. */
  versionName: z.string().nullable(),
});
export type IssueSummary = z.infer<typeof IssueSummary>;

export const Submission = z.object({
  id: Id,
  fileName: z.string(),
  title: z.string(),
  /** The first words of its text: what names a submission without a title. */
  opening: z.string(),
  byline: z.string(),
  chars: z.number(),
  warnings: z.number(),
  /** Photos the contribution brought (slots for pictures that could not be kept included). */
  photos: z.number(),
  /** Characters the cleanup took out (已删除 N 字). */
  removedChars: z.number(),
  importedAt: z.string(),
});
export type Submission = z.infer<typeof Submission>;

const Run = z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() });
/** A cleaned article as the cleanup gives it (see core/cleanup/clean-article.ts). */
export const CleanArticleSchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  byline: z.string(),
  paragraphs: z.array(
    z.object({
      kind: z.enum(['paragraph', 'heading1', 'heading2', 'heading3', 'heading4', 'source', 'figure']),
      text: z.string(),
      runs: z.array(Run),
      // A figure's photo, stored with the submission by its hash ('' for a slot), and its pixel size.
      photo: z.union([z.literal(''), z.string().regex(PHOTO_HASH)]).optional(),
      width: z.number().optional(),
      height: z.number().optional(),
    }),
  ),
  captions: z.array(z.string()),
  warnings: z.array(z.object({ text: z.string(), message: z.string() })),
  changes: z.object({
    joinedLines: z.number(),
    spaces: z.number(),
    punctuation: z.number(),
    simplified: z.number(),
    pinyin: z.number(),
    boilerplate: z.number(),
    pageFurniture: z.number(),
    emptyParagraphs: z.number(),
    // Submissions stored before captions were counted have none.
    captions: z.number().default(0),
  }),
  // Submissions stored before removals were listed have none.
  removed: z.array(z.object({ text: z.string(), rule: z.enum(Object.keys(REMOVAL_RULES) as [RemovalRule, ...RemovalRule[]]) })).default([]),
});

/**
 * The clerk's own additions to the 规范表述 dictionary, and the 模糊音 pairs the office switched off
 * (ids of templates/proofread/near-sounds.json; a dictionary saved before there were any has none off).
 */
export const UserFormulations = z.object({
  phrases: z.array(z.object({ text: z.string().min(2).max(60) })).max(2000),
  wrongForms: z.array(z.object({ wrong: z.string().min(1).max(60), correct: z.string().max(60) })).max(2000),
  nearSoundsOff: z.array(z.string().regex(/^[a-z]+-[a-z]+$/u)).max(20).default([]),
});
export type UserFormulations = z.infer<typeof UserFormulations>;

export const TrashEntry = IssueSummary.extend({ deletedAt: z.string(), purgeAt: z.string() });

/** Why a version was recorded: what the history panel says beside it. */
export const VERSION_REASONS = {
  open: '打开时',
  periodic: '编辑中自动保存',
  paste: '大段粘贴前',
  delete: '大段删除前',
  replaceAll: '全部替换前',
  fixAll: '全部修正前',
  import: '放入稿件前',
  review: '导入审阅稿前',
  restore: '恢复版本前',
  conflict: '另一窗口修改时，本窗口的内容',
  named: '命名版本',
  settings: '修改简报设置前',
} as const;
export type VersionReason = keyof typeof VERSION_REASONS;
const Reason = z.enum(Object.keys(VERSION_REASONS) as [VersionReason, ...VersionReason[]]);

/** The name a clerk gives a version: 送审稿, 定稿, 印发稿 or any short name. */
export const VersionName = z.string().trim().min(1).max(40);

export const VersionEntry = z.object({
  id: Id,
  issueId: Id,
  time: z.string(),
  reason: Reason,
  /** Named versions are kept for ever and pinned in the history. */
  name: z.string().nullable(),
  chars: z.number(),
  /** 签发: who approved this version for print, and when. */
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
});
export type VersionEntry = z.infer<typeof VersionEntry>;

export const BackupEntry = z.object({
  /** The file's name in the data folder's backups/ (never a path). */
  file: z.string().regex(/^jianbao-[\w.-]+\.db$/),
  time: z.string(),
  kind: z.enum(['daily', 'weekly', 'manual']),
  size: z.number(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;
const BackupFile = BackupEntry.shape.file;
export type TrashEntry = z.infer<typeof TrashEntry>;

/** What 导入往期简报 recognised in a past briefing, shown before anything is stored (see core/past-issue). */
export const PastIssuePreview = z.object({
  seriesTitle: z.string(),
  issueNumber: z.number(),
  cumulativeNumber: z.number().nullable(),
  date: z.string(),
  issuingUnit: z.string(),
  sections: z.array(z.object({ heading: z.string(), kind: z.enum(ITEM_KINDS as [ItemKind, ...ItemKind[]]), items: z.array(z.string()) })),
  tocLines: z.number(),
  distribution: z.object({ bao: z.array(z.string()), song: z.array(z.string()), fa: z.array(z.string()) }),
  printRun: z.number().nullable(),
  warnings: z.array(z.object({ text: z.string(), message: z.string() })),
  leftOut: z.array(z.object({ text: z.string(), why: z.string() })),
});
export type PastIssuePreview = z.infer<typeof PastIssuePreview>;

/** base64 image bytes; 40 MB of base64 holds the 30 MB a photo may have. */
const Base64 = z.string().max(40 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Photos embedded whole (the originals, upright), as the clerk may ask for a print shop; else resampled to about 300 ppi. */
const FullPhotos = z.boolean().optional();
/** What an export says of its photos: how many it made smaller for print, and (over 20 MB) its size and what made it large. */
const PhotoReport = { photos: z.number(), sizeNote: z.string().nullable() };

/**
 * Every call between the UI and the Node side. Electron's IPC and the HTTP bridge of browser
 * mode both carry exactly this, and the Node side validates every payload against it.
 */
export const contract = {
  appState: {
    input: Empty,
    output: z.object({ lastIssueId: Id.nullable(), notices: z.array(z.string()) }),
  },
  setLastIssue: { input: z.object({ id: Id.nullable() }).strict(), output: Empty },
  listIssues: { input: Empty, output: z.array(IssueSummary) },
  listTrash: { input: Empty, output: z.array(TrashEntry) },
  getIssue: { input: z.object({ id: Id }).strict(), output: Issue },
  saveIssue: {
    // baseRevision: the revision the page's text grew from; a save from a stale window is refused (code 'stale').
    input: z.object({ id: Id, content: IssueContent, baseRevision: z.number().int().min(0) }).strict(),
    output: z.object({ updatedAt: z.string(), revision: z.number() }),
  },
  listVersions: { input: z.object({ id: Id }).strict(), output: z.array(VersionEntry) },
  getVersion: {
    input: z.object({ versionId: Id }).strict(),
    output: z.object({ entry: VersionEntry, content: IssueContent }),
  },
  /** Records a version: of the stored issue, or of `content` (the page's text before a sweeping change). */
  recordVersion: {
    input: z.object({ id: Id, reason: Reason, name: VersionName.optional(), content: IssueContent.optional() }).strict(),
    output: VersionEntry,
  },
  nameVersion: { input: z.object({ versionId: Id, name: VersionName }).strict(), output: VersionEntry },
  /** What an export would say about the signed version (签发), asked before exporting: null when none differs. */
  signedCheck: { input: z.object({ id: Id }).strict(), output: z.object({ unsigned: z.string().nullable() }) },
  /** 签发: the issue as it is now recorded as a named version, with who approved it for print. */
  signIssue: { input: z.object({ id: Id, signer: VersionName, name: VersionName }).strict(), output: VersionEntry },
  /** Restores a whole version, or one article of it; the state before is recorded first. */
  restoreVersion: { input: z.object({ id: Id, versionId: Id, articleId: Id.optional() }).strict(), output: Issue },
  listBackups: { input: Empty, output: z.array(BackupEntry) },
  makeBackup: { input: Empty, output: BackupEntry },
  /** A backup's bytes, for saving to a USB stick. */
  downloadBackup: { input: z.object({ file: BackupFile }).strict(), output: z.object({ fileName: z.string(), data: z.string() }) },
  /** The issues a backup holds, read without changing it. */
  backupIssues: { input: z.object({ file: BackupFile }).strict(), output: z.array(IssueSummary) },
  /** Brings issues back from a backup: as they were there; an issue that exists now is recorded as a version first. */
  restoreFromBackup: { input: z.object({ file: BackupFile, ids: z.array(Id).min(1).max(10_000) }).strict(), output: z.object({ restored: z.number() }) },
  /** A new series' first issue, from a built-in style (its id). */
  createIssue: { input: z.object({ template: z.string().max(100).optional() }).strict(), output: z.object({ id: Id }) },
  /** 简报设置: this issue and the series' next ones; the issue before is recorded as a version first. */
  applyIssueSettings: { input: z.object({ id: Id, baseRevision: z.number().int().min(0), settings: IssueSettings }).strict(), output: Issue },
  createNextIssue: { input: z.object({ fromId: Id }).strict(), output: z.object({ id: Id }) },
  duplicateIssue: { input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) },
  deleteIssue: { input: z.object({ id: Id }).strict(), output: Empty },
  restoreIssue: { input: z.object({ id: Id }).strict(), output: Empty },
  /** Stores a photo (its original, and a copy for the screen); its size is as shown, EXIF orientation applied. */
  putPhoto: {
    input: z.object({ data: Base64 }).strict(),
    output: z.object({ hash: z.string(), mime: z.string(), width: z.number().nullable(), height: z.number().nullable() }),
  },
  /** The photo as the editor and the page view show it: its screen copy (1080 px wide), not the original. */
  getPhoto: {
    input: z.object({ hash: z.string().regex(PHOTO_HASH) }).strict(),
    output: z.object({ mime: z.string(), data: z.string() }),
  },
  exportIssueFile: {
    input: z.object({ id: Id }).strict(),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
  /** The DOCX for print, or (`withMarks`) with the open suggestions and comments as Word 修订 and 批注. */
  exportDocx: {
    input: z.object({ id: Id, withMarks: z.boolean().optional(), fullPhotos: FullPhotos }).strict(),
    output: z.object({ fileName: z.string(), data: z.string(), pages: z.number(), problems: z.array(z.string()), unsigned: z.string().nullable(), ...PhotoReport }),
  },
  /** 送审: records the issue as a named version (送审稿 and the date) and exports it as a 送审稿 DOCX. */
  sendForReview: {
    input: z.object({ id: Id }).strict(),
    output: z.object({ fileName: z.string(), data: z.string(), pages: z.number(), problems: z.array(z.string()), version: VersionEntry, ...PhotoReport }),
  },
  /**
   * 导入审阅稿: a returned 送审稿's marks, placed on the version it was sent as (`sent`, its text as
   * sent), for the page to put into the issue as suggestions; `warning` where that version is not known.
   */
  readReview: {
    input: z.object({ id: Id, fileName: z.string().min(1).max(255), data: Base64 }).strict(),
    output: z.object({ placed: PlacedReviewSchema, sent: IssueDoc, versionName: z.string().nullable(), warning: z.string().nullable() }),
  },
  /** `unsigned`: said when what is exported differs from the version signed for print. */
  exportPdf: {
    input: z.object({ id: Id, fullPhotos: FullPhotos }).strict(),
    output: z.object({ fileName: z.string(), data: z.string(), pages: z.number(), problems: z.array(z.string()), unsigned: z.string().nullable(), ...PhotoReport }),
  },
  wechatPost: {
    input: z.object({ id: Id, itemId: Id.optional() }).strict(),
    output: z.object({ html: z.string(), titles: z.array(z.string()), problems: z.array(z.string()) }),
  },
  importSubmission: {
    input: z.object({ fileName: z.string().min(1).max(255), data: Base64 }).strict(),
    output: Submission,
  },
  listSubmissions: { input: Empty, output: z.array(Submission) },
  getSubmission: { input: z.object({ id: Id }).strict(), output: CleanArticleSchema },
  /** 查看改动 of a submission: the cleaned article and the file's text before cleanup. */
  submissionChanges: { input: z.object({ id: Id }).strict(), output: z.object({ article: CleanArticleSchema, original: z.string() }) },
  /** The clerk's fix of a submission's title or byline, kept with it: what is placed later. */
  editSubmission: { input: z.object({ id: Id, title: OneLine, byline: OneLine }).strict(), output: Submission },
  placeSubmission: { input: z.object({ id: Id }).strict(), output: Empty },
  deleteSubmission: { input: z.object({ id: Id }).strict(), output: Empty },
  getFormulations: { input: Empty, output: UserFormulations },
  saveFormulations: { input: UserFormulations.strict(), output: Empty },
  /** 导入往期简报: what a past briefing (.docx, .doc, .wps, .pdf) would make, read without storing anything. */
  previewPastIssue: { input: z.object({ fileName: z.string().min(1).max(255), data: Base64 }).strict(), output: PastIssuePreview },
  /** 导入往期简报 accepted: the briefing read again and stored as the first issue of a new series, with its photos. */
  importPastIssue: { input: z.object({ fileName: z.string().min(1).max(255), data: Base64 }).strict(), output: z.object({ id: Id }) },
  /** Opens an issue file as a new issue; one opened before comes back as `existing` (nothing added) unless `copy`. */
  importIssueFile: {
    input: z.object({ text: z.string().max(200 * 1024 * 1024), copy: z.boolean().optional() }).strict(),
    output: z.object({ id: Id, existing: IssueSummary.nullable() }),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

/** What the Node side does for each call: it receives the input as validated, and answers the output. */
export type Handlers = { [M in Method]: (input: z.output<Contract[M]['input']>) => Output<M> | Promise<Output<M>> };

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What the transport carries back: a result, or a message for the user. */
/** A failed call carries a message for the clerk; `stale` marks a save from a window whose text is out of date. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: 'stale' };
