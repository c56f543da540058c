import type { CleanArticle } from './clean-article.ts';

/** The cleaned article as plain text, one paragraph a line, title first, the captions taken out of the text last (`jianbao clean`). */
export function articleText(a: CleanArticle): string {
  const lines = [
    a.title,
    a.subtitle,
    ...a.paragraphs.map((p) => (p.kind === 'figure' ? `【${p.photo ? '照片' : '照片位'}】${p.text}` : p.text)),
    a.byline ? `（${a.byline}）` : '',
    ...a.captions.map((c) => `【图片说明】${c}`),
  ];
  return lines.filter(Boolean).join('\n');
}

/** The structured result of `jianbao clean --json`. */
export function articleJson(a: CleanArticle) {
  return {
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline,
    paragraphs: a.paragraphs.map(({ kind, text, photo }) => ({ kind, text, ...(kind === 'figure' ? { photo: photo ?? '' } : {}) })),
    captions: a.captions,
    warnings: a.warnings,
    changes: a.changes,
    removed: a.removed,
  };
}
