import { UserError } from '../../../core/api/user-error.ts';
import { briefingBlocks } from '../../../core/cleanup/from-word.ts';
import { readPastIssue, type PastIssue } from '../../../core/past-issue/read-past-issue.ts';
import { photoHashes } from '../../../core/model/photo.ts';
import { photoHash } from '../store/photos-repo.ts';
import { pdfBlocks, wordDocumentOf } from './manuscript-parse.ts';
import { docNode } from '../../../core/schema/doc-node.ts';

/** A past briefing read, with the pictures its issue shows (by the hash they are stored under). */
export interface PastIssueRead {
  pastIssue: PastIssue;
  pictures: { hash: string; bytes: Uint8Array }[];
}

/**
 * Reads a past briefing (.docx, .doc, .wps or .pdf) with the readers and checks of the contribution
 * import, and recognises its masthead, sections, items and 报尾 (core/past-issue). Runs inside the
 * import's worker (manuscript.ts), as any file from outside does.
 */
export async function parsePastIssue(name: string, bytes: Uint8Array): Promise<PastIssueRead> {
  if (!bytes.length) throw new UserError(`“${name}”是空文件。`);
  const word = wordDocumentOf(name, bytes);
  const pictures = new Map<string, Uint8Array>();
  if (word) {
    const read = briefingBlocks(word, (picture) => {
      const hash = photoHash(picture.bytes);
      pictures.set(hash, picture.bytes);
      return hash;
    });
    const pastIssue = readPastIssue({ name, ...read });
    // Only the pictures the issue shows travel with it (a masthead's emblem is listed as left out).
    const shown = photoHashes(docNode(pastIssue.issue.doc));
    return { pastIssue, pictures: [...pictures].filter(([hash]) => shown.has(hash)).map(([hash, data]) => ({ hash, bytes: data })) };
  }
  if (name.toLowerCase().endsWith('.pdf')) {
    // A PDF's pictures are not read: its captions become photo slots, each said.
    const pastIssue = readPastIssue({ name, blocks: await pdfBlocks(name, bytes), warnings: [], removed: [] });
    return { pastIssue, pictures: [] };
  }
  throw new UserError(`不支持“${name}”这种文件，往期简报请导入 .docx、.doc、.wps 或 .pdf 文件。`);
}
