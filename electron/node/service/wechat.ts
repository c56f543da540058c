import juice from 'juice';
import type { IssueContent } from '../../../core/model/issue.ts';
import { photoHashes, photoPlaces } from '../../../core/model/photo.ts';
import { wechatSource } from '../../../core/wechat/wechat-html.ts';
import type { PhotoSource } from '../../../core/layout/printable-issue.ts';
import { photoDataUri } from './photo-uri.ts';
import type { EmbeddedPhoto } from '../../../core/model/export-size.ts';
import type { Node as PMNode } from 'prosemirror-model';
import { findItem } from '../../../core/model/items.ts';
import { issueModel } from '../../../core/schema/doc-node.ts';

export interface WechatPost {
  /** Ready to paste into the 公众号 editor: no `<style>`, no class, no script, every style inline, photos as data URIs. */
  html: string;
  titles: string[];
  problems: string[];
  /** The photos embedded, for what the export says about its size. */
  photos: EmbeddedPhoto[];
}

/** The item `itemId` among the sections, or the whole document. */
function postedPart(doc: PMNode, itemId?: string): PMNode {
  return (itemId && findItem(doc, itemId)?.node) || doc;
}

/**
 * The issue (or one item) as a 公众号 post: its photos at web size (1080 px wide), the template's
 * stylesheet inlined into every element with `juice`, then the classes taken off, since the
 * 公众号 editor drops both.
 */
export async function wechatPost(stored: IssueContent, photos: PhotoSource, itemId?: string): Promise<WechatPost> {
  const issue = issueModel(stored);
  const web = await photos.forWeb(photoHashes(postedPart(issue.doc, itemId)), photoPlaces(issue.doc));
  const source = wechatSource(
    issue,
    photos.size,
    (hash) => {
      const photo = web.photos(hash);
      return photo ? photoDataUri(photo) : null;
    },
    itemId,
  );
  const inlined = juice(source.html, { removeStyleTags: true, preserveImportant: false, applyWidthAttributes: false, applyHeightAttributes: false });
  // The print model's wording is for paper; a post shows, it does not print.
  const problems = [...new Set([...web.problems, ...source.problems])].map((p) => p.replace(/未印出/gu, '未放入公众号文章'));
  return { html: inlined.replace(/\sclass="[^"]*"/gu, ''), titles: source.titles, problems, photos: web.embedded };
}
