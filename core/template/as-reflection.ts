import type { CleanArticle } from '../cleanup/clean-article.ts';
import type { DocNode } from '../model/doc.ts';
import { formatByline, parseByline } from '../model/byline.ts';
import { NODE } from '../model/nodes.ts';
import { paragraphOf } from './as-article.ts';

/** What becomes of an essay's title in a 心得体会, which prints none: it opens the text, or it goes. */
export type TitleChoice = 'firstLine' | 'drop';

/** Words (or a photo) a 心得体会 cannot hold, exactly as the essay has them. */
export interface LostPart {
  /** What they were in the essay: 标题, 副标题, 照片, 图片说明, 署名. */
  part: '标题' | '副标题' | '照片' | '图片说明' | '署名';
  /** The words ('' for a photo without a caption). */
  text: string;
}

/** An essay made into a 心得体会, with what that did to it. */
export interface AsReflection {
  /** The 心得体会 as the document stores it. */
  item: DocNode;
  /** What was changed, a phrase each, for the clerk to read once it is placed. */
  changes: string[];
  /** What it leaves out, word for word: the clerk is asked before any of it goes. */
  lost: LostPart[];
}

/**
 * A title that only names the kind of writing (`学习心得`, `心得体会`): 【学习感悟】's heading says as
 * much, and no 心得 of the briefing opens with it, so it goes without asking (and is said to have gone).
 */
const KIND_TITLE = /^(?:我的|个人)?(?:学习|培训|参训|读书)?(?:心得体会|心得|体会|感悟|感想|收获)$/u;

/** Roles of a byline that write the text: their names sign a 心得体会 (`（王维平）`). */
const WRITERS = new Set(['文', '图文']);

/** The signature a byline gives: a plain one as it is; of roles, the writers' names (a photographer's credit has no photo to go with). */
function signatureOf(byline: string): { text: string; credits: string } {
  const parsed = parseByline(byline);
  if (parsed.kind === 'signature') return { text: byline, credits: '' };
  const writers = parsed.roles.filter((r) => WRITERS.has(r.role));
  const signing = writers.length ? writers : parsed.roles;
  const others = parsed.roles.filter((r) => !signing.includes(r) && r.names.length);
  return {
    text: [...new Set(signing.flatMap((r) => r.names))].join('、'),
    credits: others.length ? formatByline({ kind: 'roles', roles: others }) : '',
  };
}

/**
 * A contributor's essay as the 心得体会 a section of 心得 holds (【学习感悟】 takes only those): its
 * paragraphs, then its author as the signature, printed `（王维平）` as the template's 心得 are. A
 * 心得 prints no title, headings or photos, so the title opens the text (`firstLine`, the subtitle
 * after it) or goes (`drop`); headings become paragraphs with their numbers; photos and captions
 * stay out. Every such change is listed, and what is left out (`lost`) word for word.
 */
export function asReflection(article: CleanArticle, id: string, title: TitleChoice): AsReflection {
  const changes: string[] = [];
  const lost: LostPart[] = [];
  const body: DocNode[] = [];

  const heading = `${article.title}${article.subtitle}`.trim();
  if (heading && title === 'firstLine') {
    body.push(paragraphOf([{ text: heading }]));
    changes.push(`标题“${heading}”改作第一段`);
  } else if (heading && KIND_TITLE.test(heading)) {
    changes.push(`删去标题“${heading}”（栏目名已说明是心得）`);
  } else if (heading) {
    if (article.title) lost.push({ part: '标题', text: article.title });
    if (article.subtitle) lost.push({ part: '副标题', text: article.subtitle });
    changes.push(`删去标题“${heading}”`);
  }

  let headings = 0;
  let photos = 0;
  for (const p of article.paragraphs) {
    if (p.kind === 'figure') {
      photos++;
      lost.push({ part: '照片', text: p.text });
      continue;
    }
    if (p.kind.startsWith('heading')) headings++;
    body.push(paragraphOf(p.runs));
  }
  for (const caption of article.captions) lost.push({ part: '图片说明', text: caption });
  if (headings) changes.push(`${headings} 个小标题改为正文段落`);
  if (photos) changes.push(`${photos} 张照片未放入`);
  if (article.captions.length) changes.push(`${article.captions.length} 条图片说明未放入`);

  const byline = article.byline.trim();
  const signature = signatureOf(byline);
  if (signature.text !== byline) changes.push(`署名“${byline}”改为落款“${signature.text}”`);
  if (signature.credits) lost.push({ part: '署名', text: signature.credits });

  const item: DocNode = {
    type: NODE.reflection,
    attrs: { id },
    content: [
      ...(body.length ? body : [paragraphOf([])]),
      signature.text ? { type: NODE.byline, content: [{ type: NODE.text, text: signature.text }] } : { type: NODE.byline },
    ],
  };
  return { item, changes, lost };
}
