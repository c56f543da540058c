import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSessionForSuite, waitSaved, exportMarkedCopy, sendForReviewTo } from '../helpers/app-page.ts';
import { blockTexts } from '../helpers/item-blocks.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { EVERY, reviewedEveryKind } from '../helpers/reviewed-demo.ts';
import { readReviewDocx } from '../../electron/node/service/review-docx.ts';
import type { ReadReview } from '../../core/review/read-review.ts';

/**
 * Texts are read without the editor's `第 N 页` marks, which a page break may put inside them.
 *
 * A leader's whole pass as the clerk meets it: the 送审稿 comes back with new paragraphs, a struck
 * paragraph, a split and a join (LibreOffice, 修订 on), moves, formatting, a thread with a reply, a
 * resolved comment and one across two paragraphs (as Word writes them), and marks on the masthead, the
 * 目录 and the 报尾. The clerk imports it, accepts some, rejects some, takes one back with Ctrl+Z, and
 * exports the rest as 修订; LibreOffice opens that copy and saves it, and the same marks read back.
 */
const app = appSessionForSuite();
const toolbar = (page: Page) => page.getByRole('toolbar', { name: '工具栏' });


/** The marks of a read file by kind, a move's two halves one, as the 审阅 panel counts them. */
function kindsOf(read: ReadReview): string[] {
  const moves = new Set<string>();
  const out: string[] = [];
  for (const c of read.paragraphs.flatMap((p) => p.changes)) {
    if (!c.move) out.push(c.kind);
    else if (!moves.has(c.move)) {
      moves.add(c.move);
      out.push('move');
    }
  }
  return out.sort();
}

describe('导入审阅稿 with every kind of mark', () => {
  it('shows each where the leader made it, settles them one by one, and exports the rest as Word 修订 that LibreOffice keeps', async () => {
    const page = app.page;
    const dir = app.session.dir.path;
    const sent = join(dir, 'sent.docx');
    // The proofreader has looked the issue over: its findings come first, as they do for the clerk.
    await toolbar(page).getByRole('button', { name: /^校对（\d+）$/u }).waitFor();
    await sendForReviewTo(page, sent);
    const returned = join(dir, '第1期（审阅）.docx');
    writeFileSync(returned, reviewedEveryKind(readFileSync(sent)));

    await toolbar(page).getByRole('button', { name: /^审阅/u }).click();
    const panel = page.getByRole('complementary', { name: '审阅' });
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: '导入审阅稿…' }).click();
    await (await chooser).setFiles(returned);
    await page.getByText('修订 12 处，批注 3 条；3 处未能放回原处').waitFor();
    const doc = page.locator('.bj-doc');
    const suggestions = panel.locator('li[data-mark]');
    await expect.poll(() => suggestions.count()).toBe(10);

    // In the text: the new paragraphs underlined with their ¶, the struck one struck, a split and a join marked at the break.
    const added = doc.locator('p[data-revision="insert"]');
    await expect.poll(() => blockTexts(added)).toEqual([...EVERY.added, EVERY.end[1], expect.stringMatching(/^此次座谈会/u), EVERY.start[1], expect.stringMatching(/^学员们纷纷表示/u)]);
    expect(await blockTexts(added.first().locator('ins.bj-ins'))).toEqual([EVERY.added[0]]);
    const struck = doc.locator('p[data-revision="delete"]');
    expect((await blockTexts(struck)).map((t) => t.slice(0, 6))).toEqual([EVERY.struck, EVERY.movedParagraph[0], EVERY.joined].map((t) => t.slice(0, 6)));
    expect(await struck.evaluateAll((ps) => ps.map((p) => p.querySelector('del') !== null))).toEqual([true, true, false]);
    expect(await blockTexts(doc.locator('del.bj-move, ins.bj-move'))).toEqual([EVERY.movedWords[0], EVERY.movedWords[0], expect.stringMatching(/^学员们纷纷表示/u), expect.stringMatching(/^学员们纷纷表示/u)]);
    expect(await blockTexts(doc.locator('span.bj-fmt[data-bold="true"]'))).toEqual([EVERY.bold]);
    // The comment across two paragraphs is on the words of both.
    expect(await blockTexts(doc.locator('span.bj-comment'))).toEqual([expect.stringMatching(new RegExp(`^${EVERY.across.quote}`, 'u')), expect.stringMatching(new RegExp(`^在苏州.*${EVERY.across.through}$`, 'u')), EVERY.thread.quote]);

    // In the panel: each by its kind; the thread with its reply; the resolved one apart; what is outside the articles with where it was.
    expect((await suggestions.evaluateAll((li) => li.map((l) => l.getAttribute('data-kind')))).sort()).toEqual(
      ['replace', 'newParagraph', 'format', 'newParagraph', 'removeParagraph', 'move', 'split', 'newParagraph', 'move', 'join'].sort(),
    );
    const thread = panel.locator('.bj-review-comment').filter({ hasText: EVERY.thread.text });
    await thread.getByText(EVERY.thread.reply).waitFor();
    await panel.getByText('已解决的批注（1）').waitFor();
    for (const where of ['报头', '目录', '报尾']) await panel.locator('.bj-proof-where').filter({ hasText: new RegExp(`^${where}`, 'u') }).waitFor();
    await panel.getByText('未采用的格式修订（2）').waitFor();
    await added.first().evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: 'test-results/review-every-kind.png' });

    // 接受 the two new paragraphs and the moved paragraph; 拒绝 the split and the struck paragraph.
    const item = (words: string) => suggestions.filter({ hasText: words });
    await item(EVERY.added[0]).getByRole('button', { name: '接受' }).click();
    await item('学员们纷纷表示').getByRole('button', { name: '接受' }).click();
    await suggestions.filter({ has: page.locator('.bj-proof-where', { hasText: /^分段$/u }) }).getByRole('button', { name: '拒绝' }).click();
    await item(EVERY.struck).getByRole('button', { name: '拒绝' }).click();
    await expect.poll(() => suggestions.count()).toBe(6);
    const paragraphs = () => blockTexts(doc.locator('.bj-article p:not(.bj-subtitle):not(.bj-byline)'));
    await expect.poll(async () => (await paragraphs()).filter((t) => EVERY.added.includes(t as never)).length).toBe(2);
    expect(await doc.locator('p[data-revision]').count()).toBe(3);
    expect((await paragraphs()).find((t) => t.startsWith('此次座谈会'))).toContain(EVERY.split);
    expect((await paragraphs()).find((t) => t.startsWith(EVERY.struck))).toBeDefined();

    // Ctrl+Z takes back the last decision only: the struck paragraph is a suggestion again.
    await doc.locator('p').filter({ hasText: EVERY.added[0] }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => suggestions.count()).toBe(7);
    await expect.poll(() => doc.locator('p[data-revision="delete"]').count()).toBe(2);
    expect((await paragraphs()).find((t) => t.startsWith('此次座谈会'))).toContain(EVERY.split);
    await waitSaved(page);
    const open = (await suggestions.evaluateAll((li) => li.map((l) => l.getAttribute('data-kind') ?? ''))).sort();

    // What is left goes out as Word 修订 and 批注.
    const marked = join(dir, 'marked.docx');
    await exportMarkedCopy(page, '7 处修订、2 条批注', marked);
    await page.keyboard.press('Escape');
    const ours = readReviewDocx('marked.docx', readFileSync(marked));
    expect(kindsOf(ours)).toEqual(open);
    const back = readReviewDocx('marked.docx', readFileSync(convertWithLibreOffice(marked, 'docx:MS Word 2007 XML', join(dir, 'back'))));
    expect(kindsOf(back)).toEqual(open);
    const words = (read: ReadReview) => read.paragraphs.flatMap((p) => p.changes.map((c) => `${c.kind}|${c.before}|${c.after}|${c.author}`));
    expect(words(back)).toEqual(words(ours));
    const text = back.paragraphs.map((p) => p.after).join('\n');
    for (const t of [...EVERY.added, EVERY.split]) expect(text).toContain(t);
    expect(back.paragraphs.flatMap((p) => p.comments.map((c) => `${c.text}${c.resolved ? '（已解决）' : ''}`))).toEqual([EVERY.across.text, `${EVERY.resolved.text}（已解决）`, EVERY.thread.text, EVERY.thread.reply]);
  });
});
