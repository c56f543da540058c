import { GONE, storedIssue } from './stored-issue.ts';
import type { Handlers } from '../../../core/api/contract.ts';
import type { Store } from '../store/store.ts';
import { UserError } from '../../../core/api/user-error.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../../core/template/registry.ts';
import { freshIds, issueFromTemplate, nextIssue } from '../../../core/model/new-issue.ts';
import { applySettings } from '../../../core/template/settings.ts';
import { docJson, docNode } from '../../../core/schema/doc-node.ts';
import { Transform } from 'prosemirror-transform';
import { issueToFile, issueFileName, importIssueFile } from './issue-file-io.ts';
import { LAST_ISSUE } from './demo-issue.ts';
import { exportIssueDocx } from '../../../core/docx/export-issue.ts';
import { zipWithZlib } from './zip-parts.ts';
import { docxFileName } from '../../../core/docx/file-name.ts';
import { todayIso } from '../../../core/model/date.ts';
import { readManuscript } from './manuscript.ts';
import { xmlSafeStored } from '../../../core/model/xml-chars.ts';
import { FORMULATIONS, userFormulations } from './user-formulations.ts';
import { historyHandlers, recordPeriodically, recordVersion } from './history.ts';
import { reviewHandlers } from './review-service.ts';
import { signIssue, unsignedChange } from './sign-off.ts';
import { backupHandlers } from './backup-service.ts';
import { pastIssueHandlers } from './past-issue-service.ts';
import type { PrintPdf } from './pdf-export.ts';
import { joinHandlers } from './join-handlers.ts';
import { screenPhoto, storedPhotoSource, storePhoto } from './stored-photos.ts';
import { largeExportNote, type EmbeddedPhoto } from '../../../core/model/export-size.ts';

/**
 * What the Node side does for each call of the contract: its own calls, and those of the 历史版本,
 * 审阅 and 备份 areas. Inputs arrive already validated. `printPdf`: how PDFs are printed here
 * (Electron's printToPDF in the desktop app; else the system's Chromium).
 */
export function createHandlers(store: Store, printPdf?: PrintPdf) {
  const issueOrThrow = (id: string) => storedIssue(store, id);
  /** What an export says of its photos (see contract's PhotoReport). */
  const photoReport = (bytes: Uint8Array, photos: EmbeddedPhoto[]) => ({ photos: photos.filter((p) => p.resampled).length, sizeNote: largeExportNote(bytes.length, photos) });
  const own = {
    appState: () => {
      const last = store.settings.get(LAST_ISSUE);
      return { lastIssueId: last && store.issues.get(last) ? last : null, notices: store.notices };
    },
    setLastIssue: ({ id }) => {
      store.settings.set(LAST_ISSUE, id);
      return {};
    },
    listIssues: () => store.issues.list(),
    listTrash: () => store.issues.trash(),
    getIssue: ({ id }) => {
      const issue = issueOrThrow(id);
      if (!store.readonly) recordVersion(store, id, issue, 'open');
      return issue;
    },
    saveIssue: ({ id, content, baseRevision }) => {
      // Characters no DOCX can hold are never stored (the paste and import cleanups have told the clerk of them).
      content = xmlSafeStored(content);
      const saved = store.transaction(() => {
        const result = store.issues.save(id, content, baseRevision);
        if (result) recordPeriodically(store, id, content);
        return result;
      });
      if (!saved) throw new UserError(GONE);
      return saved;
    },
    signIssue: ({ id, signer, name }) => signIssue(store, id, signer, name),
    signedCheck: ({ id }) => ({ unsigned: unsignedChange(store, id, issueOrThrow(id)) }),
    createIssue: ({ template }) => ({ id: store.issues.insert(issueFromTemplate(requireBuiltIn(template ?? DEFAULT_TEMPLATE_ID))) }),
    applyIssueSettings: ({ id, baseRevision, settings }) => {
      const current = issueOrThrow(id);
      const next = applySettings(current, settings);
      return store.transaction(() => {
        recordVersion(store, id, current, 'settings');
        if (!store.issues.save(id, next, baseRevision)) throw new UserError(GONE);
        return issueOrThrow(id);
      });
    },
    createNextIssue: ({ fromId }) => {
      const from = issueOrThrow(fromId);
      return { id: store.issues.insert(nextIssue(from)) };
    },
    duplicateIssue: ({ id }) => {
      const { template, meta, doc } = issueOrThrow(id);
      const tr = new Transform(docNode(doc));
      freshIds(tr);
      return { id: store.issues.insert({ template, meta, doc: docJson(tr.doc) }, id) };
    },
    deleteIssue: ({ id }) => {
      if (!store.issues.moveToTrash(id)) throw new UserError(GONE);
      return {};
    },
    restoreIssue: ({ id }) => {
      if (!store.issues.restore(id)) throw new UserError('回收站中没有这期简报。');
      return {};
    },
    putPhoto: ({ data }) => storePhoto(store, Buffer.from(data, 'base64')),
    getPhoto: async ({ hash }) => {
      const photo = await screenPhoto(store, hash);
      return { mime: photo.mime, data: Buffer.from(photo.bytes).toString('base64') };
    },
    exportIssueFile: ({ id }) => {
      const file = issueToFile(store, id);
      return { fileName: issueFileName(file), text: JSON.stringify(file) };
    },
    importIssueFile: ({ text, copy }) => importIssueFile(store, text, copy),
    importSubmission: async ({ fileName, data }) => {
      const { article, pictures, original } = await readManuscript(fileName, Buffer.from(data, 'base64'));
      if (!article.title && !article.paragraphs.length) throw new UserError(`“${fileName}”里没有可用的文字。`);
      // Its pictures are stored as photos now, so that placing it shows them.
      for (const picture of pictures) store.photos.put(picture.bytes);
      return store.submissions.summary(store.submissions.add(fileName, article, original))!;
    },
    listSubmissions: () => store.submissions.list(),
    getSubmission: ({ id }) => {
      const article = store.submissions.article(id);
      if (!article) throw new UserError('收稿箱中没有这篇稿件。');
      return article;
    },
    submissionChanges: ({ id }) => {
      const article = store.submissions.article(id);
      if (!article) throw new UserError('收稿箱中没有这篇稿件。');
      return { article, original: store.submissions.original(id) ?? '' };
    },
    editSubmission: ({ id, title, byline }) => {
      if (!store.submissions.edit(id, { title, byline })) throw new UserError('收稿箱中没有这篇稿件。');
      return store.submissions.summary(id)!;
    },
    placeSubmission: ({ id }) => {
      store.submissions.markPlaced(id);
      return {};
    },
    deleteSubmission: ({ id }) => {
      if (!store.submissions.remove(id)) throw new UserError('收稿箱中没有这篇稿件。');
      return {};
    },
    getFormulations: () => userFormulations(store),
    saveFormulations: (dict) => {
      store.settings.set(FORMULATIONS, JSON.stringify(dict));
      return {};
    },
    exportDocx: async ({ id, withMarks, fullPhotos }) => {
      const issue = issueOrThrow(id);
      const result = await exportIssueDocx(issue, storedPhotoSource(store, { full: fullPhotos ?? false }), { withMarks: withMarks ?? false, zip: zipWithZlib });
      return {
        ...photoReport(result.bytes, result.photos),
        fileName: docxFileName(issue.meta, 'docx', withMarks ? '带修订' : undefined),
        data: Buffer.from(result.bytes).toString('base64'),
        pages: result.pagination.totalPages,
        problems: result.problems,
        unsigned: withMarks ? null : unsignedChange(store, id, issue),
      };
    },
    sendForReview: async ({ id }) => {
      const issue = issueOrThrow(id);
      const name = `送审稿 ${todayIso()}`;
      const version = recordVersion(store, id, issue, 'named', name);
      const result = await exportIssueDocx(issue, storedPhotoSource(store), { review: { issueId: id, versionId: version.id, name }, zip: zipWithZlib });
      return {
        fileName: docxFileName(issue.meta, 'docx', '送审稿'),
        data: Buffer.from(result.bytes).toString('base64'),
        pages: result.pagination.totalPages,
        problems: result.problems,
        version,
        ...photoReport(result.bytes, result.photos),
      };
    },
    exportPdf: async ({ id, fullPhotos }) => {
      const issue = issueOrThrow(id);
      // The PDF's parts are loaded on first use, not when the app starts.
      const { exportIssuePdf } = await import('./pdf-export.ts');
      const result = await exportIssuePdf(issue, storedPhotoSource(store, { full: fullPhotos ?? false }), printPdf ?? (await import('./chromium-pdf.ts')).chromiumPdf);
      return {
        ...photoReport(result.bytes, result.photos),
        fileName: docxFileName(issue.meta, 'pdf'),
        data: Buffer.from(result.bytes).toString('base64'),
        pages: result.pages,
        problems: result.problems,
        unsigned: unsignedChange(store, id, issue),
      };
    },
    wechatPost: async ({ id, itemId }) => {
      // Loaded on first use, not when the app starts.
      const { wechatPost } = await import('./wechat.ts');
      const { html, titles, problems } = await wechatPost(issueOrThrow(id), storedPhotoSource(store), itemId);
      return { html, titles, problems };
    },
  } satisfies Partial<Handlers>;
  return joinHandlers(joinHandlers(joinHandlers(joinHandlers(own, historyHandlers(store)), reviewHandlers(store)), backupHandlers(store)), pastIssueHandlers(store)) satisfies Handlers;
}
