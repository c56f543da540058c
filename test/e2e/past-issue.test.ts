import { describe, expect, it } from 'vitest';
import { appSessionForSuite, outlineLabels } from '../helpers/app-page.ts';
import { briefingFromLibreOffice, otherClassBriefing } from '../helpers/past-briefing.ts';

/**
 * 导入往期简报… as a clerk of another school does it: last year's briefing, made in an office suite
 * (LibreOffice through UNO), chosen on the 期刊列表, its preview read, then 导入: the new series'
 * issue opens with its own masthead and sections, every article in its place, and joins the list.
 */
const app = appSessionForSuite();

describe('导入往期简报', () => {
  it('previews what it recognised, and on 导入 opens the issue with its own sections and articles', async () => {
    const page = app.page;
    const briefing = otherClassBriefing(app.session.dir.path);
    const { docx } = briefingFromLibreOffice(app.session.dir.path, '去年第3期', briefing);
    if (!(await page.locator('.bj-home').count())) await page.getByRole('button', { name: '期刊列表' }).click();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入往期简报…' }).click();
    await (await chooser).setFiles(docx);
    const dialog = page.getByRole('dialog', { name: '导入往期简报' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('dd').allInnerTexts()).toEqual([
      '浦南区中青年干部培训班简报',
      '第3期（总第15期）',
      '2025年6月18日',
      '中共浦南区委党校',
      '21 行，已跳过，导出时按正文重新生成',
    ]);
    const news = dialog.getByRole('region', { name: '【工作动态】' });
    expect(await news.getByRole('heading').innerText()).toBe('【工作动态】 4 篇文章');
    expect(await news.getByRole('listitem').allInnerTexts()).toEqual([
      '松江区第九期处级干部轮训班开班',
      '松江区第九期处级干部轮训班召开骨干学员座谈会',
      '松江区第九期处级干部轮训班开展小组讨论',
      '寻迹“昆山之路”共绘发展蓝图',
    ]);
    expect(await dialog.getByRole('region', { name: '【心得体会】' }).getByRole('heading').innerText()).toBe('【心得体会】 8 篇心得');
    expect(await dialog.getByRole('region', { name: '【图片新闻】' }).getByRole('listitem').allInnerTexts()).toEqual(['学员们在开班式上认真听讲', '学员赴昆山开展现场教学']);
    expect(await dialog.getByText('报尾：').innerText()).toBe('报尾：报 区委组织部；送 区委党校校委、各分校；发 本期培训班全体学员；印数 80');
    // What the file's own text has wrong is said before anything is stored.
    expect(await dialog.getByRole('region', { name: '请核对' }).innerText()).toContain('引号不成对');

    await dialog.getByRole('button', { name: '导入' }).click();
    await page.locator('.bj-doc').waitFor();
    await expect.poll(() => page.locator('.bj-masthead-title').inputValue()).toBe('浦南区中青年干部培训班简报');
    expect(await page.getByLabel('期号', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByLabel('总期号').inputValue()).toBe('15');
    expect(await outlineLabels(page, '【学员风采】')).toHaveLength(8);
    expect(await outlineLabels(page, '【工作动态】')).toEqual([
      '松江区第九期处级干部轮训班开班',
      '松江区第九期处级干部轮训班召开骨干学员座谈会',
      '松江区第九期处级干部轮训班开展小组讨论',
      '寻迹“昆山之路”共绘发展蓝图',
    ]);
    // The photos of 【图片新闻】 came with it, shown under their captions.
    const photos = page.locator('.bj-section').last();
    await expect.poll(() => photos.locator('.bj-figure img').count()).toBe(2);
    expect(await photos.locator('figcaption').allInnerTexts()).toEqual(['学员们在开班式上认真听讲', '学员赴昆山开展现场教学']);

    await page.getByRole('button', { name: '期刊列表' }).click();
    await expect.poll(() => page.locator('.bj-issue-table:not(.bj-trash) tbody tr').allInnerTexts()).toContainEqual(expect.stringContaining('浦南区中青年干部培训班简报'));
  });
});
