import type { IssueModel } from '../model/issue-model.ts';
import type { EmbeddedPhoto } from '../model/export-size.ts';
import { photoPlaces } from '../model/photo.ts';
import { nonXmlProblem, xmlSafeIssue } from '../model/xml-chars.ts';
import { layoutIssue, type IssueLayout } from './layout-issue.ts';
import type { PhotoSizes } from './print-document.ts';
import { printedWidths } from './photo-sizes.ts';
import { withoutReview } from '../review/without-review.ts';
import { Transform } from 'prosemirror-transform';

/** A photo's bytes and type. */
export interface Photo {
  bytes: Uint8Array;
  mime: string;
}

/** A stored photo by its hash; for embedding, PNG, JPEG or GIF, which Word, WPS and browsers all show. */
export type PhotoBytes = (hash: string) => Photo | null;

/** The photos an export embeds, made ready for it. */
export interface PreparedPhotos {
  photos: PhotoBytes;
  /** Each photo embedded, for what the export says about its size. */
  embedded: EmbeddedPhoto[];
  /** Photos that could not be made ready, each named by its place, in Chinese. */
  problems: string[];
}

/**
 * Where exports take photos from (the Node side keeps the originals and resamples copies; see
 * electron/node/service/photo-source.ts). The layout takes each photo's shape from its original.
 */
export interface PhotoSource {
  /** The original's pixel size as shown (EXIF orientation applied), or null when it is missing or unreadable. */
  size: PhotoSizes;
  /** Photos for paper, each to be printed `widths` points wide; `places` names them in messages. */
  forPrint(widths: ReadonlyMap<string, number>, places: ReadonlyMap<string, string>): Promise<PreparedPhotos>;
  /** Photos for the screen (the 公众号 post). */
  forWeb(hashes: Iterable<string>, places: ReadonlyMap<string, string>): Promise<PreparedPhotos>;
}

export interface PrintableIssue {
  layout: IssueLayout;
  /** The photos to print, resampled for the size they are printed at; the others are left out and listed among the problems. */
  photos: PreparedPhotos;
  /** What could not be printed, in Chinese. The issue itself is never changed. */
  problems: string[];
}

/**
 * Lays out an issue for print, the one layout the DOCX and the PDF are written from, with its
 * photos made ready at the size each is printed. Characters XML cannot hold are left out (Word
 * would refuse the file) and listed among the problems. Open suggestions and comments print only
 * in a copy `withMarks`; a clean one is the clerk's own text.
 */
export async function printableIssue(stored: IssueModel, photos: PhotoSource, withMarks = false): Promise<PrintableIssue> {
  const { issue, report } = xmlSafeIssue(withMarks ? stored : { ...stored, doc: withoutReview(new Transform(stored.doc)).doc });
  const layout = layoutIssue(issue, photos.size);
  const prepared = await photos.forPrint(printedWidths(layout.print), photoPlaces(issue.doc));
  const damaged = nonXmlProblem(report);
  return { layout, photos: prepared, problems: [...new Set([...layout.print.problems, ...prepared.problems, ...(damaged ? [damaged] : [])])] };
}
