import juice from 'juice';
import type { IssueContent } from '../../../core/model/issue.ts';
import { imageSize } from '../../../core/model/image-size.ts';
import { wechatSource } from '../../../core/wechat/wechat-html.ts';
import type { PhotoBytes } from '../../../core/layout/printable-issue.ts';
import { photoDataUri } from './photo-uri.ts';

/** Photos a 公众号 post can show. */
const SHOWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export interface WechatPost {
  /** Ready to paste into the 公众号 editor: no `<style>`, no class, no script, every style inline, photos as data URIs. */
  html: string;
  titles: string[];
  problems: string[];
}

/**
 * The issue (or one item) as a 公众号 post: the template's stylesheet inlined into every element
 * with `juice`, then the classes taken off, since the 公众号 editor drops both.
 */
export function wechatPost(issue: IssueContent, photos: PhotoBytes, itemId?: string): WechatPost {
  const showable = (hash: string) => {
    const photo = photos(hash);
    return photo && SHOWABLE.has(photo.mime) && imageSize(photo.bytes) ? photo : null;
  };
  const source = wechatSource(
    issue,
    (hash) => {
      const photo = showable(hash);
      return photo ? imageSize(photo.bytes) : null;
    },
    (hash) => {
      const photo = showable(hash);
      return photo ? photoDataUri(photo) : null;
    },
    itemId,
  );
  const inlined = juice(source.html, { removeStyleTags: true, preserveImportant: false, applyWidthAttributes: false, applyHeightAttributes: false });
  // The print model's wording is for paper; a post shows, it does not print.
  const problems = source.problems.map((p) => p.replace(/未印出/gu, '未放入公众号文章'));
  return { html: inlined.replace(/\sclass="[^"]*"/gu, ''), titles: source.titles, problems };
}
