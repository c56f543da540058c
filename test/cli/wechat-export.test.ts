import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { outlineOf } from '../../core/model/outline.ts';
import { NODE } from '../../core/model/nodes.ts';
import { tempDir } from '../helpers/tmp.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { REPO } from '../helpers/web-server.ts';
import { generatedIssue, SHAPES } from '../helpers/generated-issues.ts';
import { docNode } from '../../core/schema/doc-node.ts';

/**
 * `jianbao export ISSUE -o FILE.html`: the 公众号 post. Its editor keeps inline styles only and
 * loads nothing, so the file must hold no stylesheet, class or script, no address outside itself,
 * and carry its styling on the elements themselves.
 */
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** Elements whose look comes from the template: each must carry it inline. */
const STYLED = 'section, h2, h3, h4, h5, h6, p, figure, figcaption, img';

function exportPost(issue: IssueFile) {
  writeFileSync(join(dir.path, 'issue.json'), JSON.stringify(issue));
  const r = runJianbao(dir.path, ['export', 'issue.json', '-o', 'post.html']);
  expect(r.code, r.err).toBe(0);
  const html = readFileSync(join(dir.path, 'post.html'), 'utf8');
  return { r, html, document: parseHTML(html).document };
}

const articleTitles = (issue: IssueFile) =>
  outlineOf(docNode(issue.doc))
    .flatMap((s) => s.items)
    .filter((i) => i.kind === NODE.article)
    .map((i) => i.title);

describe('the 公众号 post', () => {
  it('of the demo issue: every style inline, no stylesheet, class or script, all 16 titles, a 目录 without page numbers', () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
    const { r, html, document } = exportPost(demo);
    expect(r.out).toContain('已导出公众号格式（16 篇文章）');
    expect(html).not.toMatch(/<style|<script|<link|<iframe|\son\w+=|javascript:/iu);
    expect(html).not.toMatch(/\sclass=/u);
    const styled = [...document.querySelectorAll(STYLED)];
    expect(styled.length).toBeGreaterThan(150);
    for (const el of styled) expect(el.getAttribute('style') ?? '', el.outerHTML.slice(0, 80)).toMatch(/font|margin|display|max-width/u);
    const titles = articleTitles(demo);
    expect(titles).toHaveLength(16);
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    for (const t of titles) expect(headings).toContain(t);
    // The 目录 lists the entries with no numbers after them; the section headings are styled after the template (黑体).
    const toc = document.querySelector('section section')!;
    expect(toc.textContent).toContain('【学习交流】');
    const entries = [...toc.querySelectorAll('p')].slice(1).map((p) => p.textContent ?? '');
    expect(entries).toHaveLength(21);
    for (const e of entries) expect(e).not.toMatch(/\d\s*$/u);
    expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['【简讯】', '【学习交流】', '【学习动态】', '【学习感悟】', '【学习掠影】']);
    for (const h of document.querySelectorAll('h3')) expect(h.getAttribute('style')).toContain('黑体');
    // Bylines are kept.
    expect(html).toContain('（文/徐文震、赵丹阳');
    // Every photo slot of the demo is filled: nothing is left out.
    expect(r.err).not.toContain('未放入公众号文章');
  });

  it('of an issue with photos: each photo inside the file as a data URI, with its caption', () => {
    const issue = generatedIssue(SHAPES['photos of different heights and a gallery']!);
    const { html, document } = exportPost(issue);
    const images = [...document.querySelectorAll('img')];
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,/u);
    expect(html).not.toMatch(/src="(?!data:)/u);
    expect(document.querySelectorAll('figcaption').length).toBeGreaterThan(0);
  });
});
