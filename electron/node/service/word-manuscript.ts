import type { WordDocument } from '../../../core/cleanup/word-document.ts';
import { wordText, wordToArticle } from '../../../core/cleanup/from-word.ts';
import { photoHash } from '../store/photos-repo.ts';
import type { Manuscript } from './manuscript-result.ts';

/**
 * A Word or WPS document (.docx, .doc, .wps alike) as a manuscript: its article, each printable
 * picture named by the hash it will be stored under, and its text before cleanup for 查看改动.
 */
export function wordManuscript(doc: WordDocument): Manuscript {
  const pictures = new Map<string, Uint8Array>();
  const article = wordToArticle(doc, (picture) => {
    const hash = photoHash(picture.bytes);
    pictures.set(hash, picture.bytes);
    return hash;
  });
  return { article, pictures: [...pictures].map(([hash, bytes]) => ({ hash, bytes })), original: wordText(doc) };
}
