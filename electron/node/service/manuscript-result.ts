import type { CleanArticle } from '../../../core/cleanup/clean-article.ts';

/** A contributor's file read: the cleaned article, the pictures it keeps (by the hash they are stored under), and its text before cleanup. */
export interface Manuscript {
  article: CleanArticle;
  pictures: { hash: string; bytes: Uint8Array }[];
  original: string;
}
