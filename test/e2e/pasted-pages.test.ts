import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSessionForSuite, waitSaved, clickDownload } from '../helpers/app-page.ts';
import { differingLine, differingLines, flat } from '../helpers/page-match.ts';
import { renderDocx } from '../helpers/render-pdf.ts';
import { viewLines } from '../helpers/view-lines.ts';
import { cleanParagraphText } from '../../core/cleanup/clean-text.ts';
import { paste as pasteInto } from '../helpers/paste.ts';

/**
 * A contributor's WeChat post, pasted as it comes (chat bullets, `[表情]` codes, numbers, percentages,
 * quotes opening paragraphs), then a sentence typed key by key: the 页面视图 shows every page as
 * LibreOffice prints the exported DOCX, first line and last line.
 */
const app = appSessionForSuite();

const POST = [
  '开班那天“一个人做一件事不难，难的是一辈子做好一件事。”这是带教老师说的话，我把它记在笔记本的第一页，也记在心里。',
  '⚫️因为一直很喜欢哆啦A梦，所以想着里面的人物变成棉花娃娃会不会很可爱，就试着画了个稿子，没想到这么多同学都来要。',
  '全区研发投入强度达到4.59%，高新技术企业数量同比增长32.30%、技术合同成交额同比增长33.23%……一组组数字背后，是“两链”融合的AI•大数据应用场景不断落地，是3.5%“共产党员”先锋岗的日夜坚守。',
  '结业联欢晚会现场咳咳，敲黑板，今天QQ集赞抽奖[礼物][礼物]活动圆满结束[坏笑][坏笑]，感谢每一位同学的参与和支持！•下一期我们再见。',
  '”“希望我们用夜以继日地辛苦付出，为构筑疫情防控坚固防线贡献力量，全力守护人民群众生命安全和社会稳定发展大局！”这是志愿者们写在倡议书上的话。',
];
const TYPED = '结业之际，我们将把所学所悟转化为推动G60科创走廊建设的实际行动。';

const paste = (data: Record<string, string>) => pasteInto(app.page, data);

describe('a pasted WeChat post in the 页面视图 and in print', () => {
  it('shows every page as LibreOffice prints the exported DOCX', async () => {
    const page = app.page;
    await page.locator('.bj-outline-section[data-section="【学习交流】"] .bj-outline-heading').getByRole('button', { name: '＋文章' }).click();
    const article = page.locator('.bj-section[data-key="jiaoliu"] .bj-article').last();
    await article.locator('p:not(.bj-byline):not(.bj-subtitle)').first().click();
    await paste({
      'text/html': `<section style="font-size:15px">${POST.map((p) => `<p><span style="color:#333">${p}</span></p>`).join('')}</section>`,
      'text/plain': POST.join('\n'),
    });
    await expect.poll(() => article.innerText()).toContain('大数据应用场景');
    // The chat bullet prints as the shape it stands for.
    expect(await article.innerText()).toContain('●因为一直很喜欢哆啦A梦');
    expect(await article.innerText()).not.toMatch(/[⚫\uFE0F]/u);
    await page.keyboard.type(TYPED);
    await waitSaved(page);

    const count = page.locator('.bj-statusbar [data-pages]');
    await expect.poll(() => page.locator('.ProseMirror').innerText()).toContain(TYPED);
    await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '页面视图' }).click();
    const view = page.getByRole('dialog', { name: '页面视图' });
    await expect.poll(() => view.locator('.bj-pageview-pages').textContent()).toContain(TYPED.slice(0, 12));
    const pages = Number(await count.getAttribute('data-pages'));
    await expect.poll(() => view.locator('.bj-pageview-pages .bj-sheet-frame').count()).toBe(pages);
    const seen: string[][] = [];
    for (let i = 0; i < pages; i++) seen.push(await viewLines(page, i));
    await page.keyboard.press('Escape');
    await expect.poll(() => view.count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+e');
    const gate = page.getByRole('dialog', { name: '导出前校对' });
    const dialog = page.getByRole('dialog', { name: '导出 DOCX' });
    await expect.poll(async () => (await gate.count()) + (await dialog.count())).toBeGreaterThan(0);
    if (await gate.count()) await gate.getByRole('button', { name: '仍然导出' }).click();
    const saved = join(app.session.dir.path, 'pasted.docx');
    await clickDownload(page);
    await (await download).saveAs(saved);
    await dialog.getByText(`共 ${pages} 页`).waitFor();

    const printed = renderDocx(readFileSync(saved));
    expect(printed).toHaveLength(pages);
    expect(differingLines(seen, printed)).toEqual([]);
    // Every line of the post's pages breaks where LibreOffice breaks it.
    const post = printed.flatMap((p, i) => ([...POST, TYPED].some((t) => flat(p.flat).includes(flat(cleanParagraphText(t)).slice(8, 24))) ? [i] : []));
    expect(post.length).toBeGreaterThan(0);
    expect(post.map((i) => differingLine(seen[i]!, printed[i]!, i + 1)).filter(Boolean)).toEqual([]);
    // The post's page in print holds what was pasted and typed, the bullet as ●.
    const onPage = printed.find((p) => flat(p.flat).includes(flat('●因为一直很喜欢哆啦A梦')));
    expect(onPage, '● in print').toBeDefined();
    expect(printed.some((p) => flat(p.flat).includes(flat(TYPED).slice(0, 10)))).toBe(true);
  });
});
