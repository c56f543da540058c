import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSessionForSuite, outlineLabels, outlineSection, waitSaved } from '../helpers/app-page.ts';
import { itemBlocks, type Block } from '../helpers/item-blocks.ts';

/**
 * A clerk writes a new issue as in Word, every character typed: a whole article with Enter between
 * its parts, a 学习感悟 with its author, paragraphs joined with Backspace and Delete, undo and redo
 * after clicks in the side panels; and everything is there after a restart.
 */
const app = appSessionForSuite();
const page = (): Page => app.page;

const TITLE = '区委党校举办第十期处级干部轮训班';
const SUBTITLE = '——聚焦主责主业 提升履职能力';
const PARAS = [
  '6月3日上午，第十期处级干部轮训班在区委党校开班。',
  '开班式上，区委组织部负责同志作动员讲话。',
  '学员们表示，将珍惜学习机会，做到学用结合。',
  '本期轮训班为期五天，采用专题讲座、现场教学等形式。',
];
const HEADING = '一、突出政治训练';
const BYLINE = '文/张三 图/李四';

const article = () => outlineSectionItems('【学习交流】').last();
const articleEl = () => page().locator('.bj-section[data-key="jiaoliu"] .bj-article').last();
const reflectionEl = () => page().locator('.bj-section[data-key="ganwu"] .bj-reflection').last();
const outlineSectionItems = (heading: string) => outlineSection(page(), heading).locator('.bj-outline-item');

async function type(text: string): Promise<void> {
  await page().keyboard.type(text);
}
async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page().keyboard.press(key);
}

const expectedArticle = (): Block[] => [
  { kind: 'title', text: TITLE },
  { kind: 'subtitle', text: SUBTITLE },
  { kind: 'paragraph', text: PARAS[0]! },
  { kind: 'paragraph', text: PARAS[1]! },
  { kind: 'heading', text: HEADING },
  { kind: 'paragraph', text: PARAS[2]! },
  { kind: 'paragraph', text: PARAS[3]! },
  { kind: 'byline', text: BYLINE },
];

describe('writing a new issue as in Word', () => {
  it('starts the next issue and types a whole article, part after part, with Enter', async () => {
    await page().getByRole('button', { name: '新建下一期' }).click();
    await expect.poll(() => page().getByLabel('期号').inputValue()).toBe('2');
    await outlineSection(page(), '【学习交流】').getByRole('button', { name: /文章/ }).first().click();
    await expect.poll(() => article().count()).toBe(1);
    // The new article is on screen, where the typing goes.
    const inView = () => articleEl().locator('.bj-title').evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight);
    expect(await inView()).toBe(true);

    await type(TITLE);
    await press('Enter');
    await type(SUBTITLE);
    await press('Enter');
    expect((await itemBlocks(articleEl())).map((b) => b.kind)).toEqual(['title', 'subtitle', 'paragraph', 'byline']);
    expect(await articleEl().locator('.bj-subtitle').evaluate((el) => getComputedStyle(el).textAlign)).toBe('center'); // as printed
    await type(PARAS[0]!);
    await press('Enter');
    await type(PARAS[1]!);
    await press('Enter');
    await press('Control+Alt+1');
    await type(HEADING);
    await press('Enter'); // leaves the heading level, as in Word
    await type(PARAS[2]!);
    await press('Enter');
    await type(PARAS[3]!);
    await press('Enter');
    await press('Enter'); // an empty last paragraph: on to the byline
    await type(BYLINE);

    expect(await itemBlocks(articleEl())).toEqual(expectedArticle());
    await expect.poll(() => outlineLabels(page(), '【学习交流】')).toEqual([TITLE]);
  });

  it('types a 学习感悟 and its author', async () => {
    await outlineSection(page(), '【学习感悟】').getByRole('button', { name: /心得/ }).first().click();
    await type('这次培训让我深受教育。');
    await press('Shift+Enter'); // no line breaks in print: a new paragraph, as the DOCX prints it
    await type('今后要把所学用到工作中去。');
    await press('Enter');
    await press('Enter');
    await type('王维平');
    expect(await itemBlocks(reflectionEl())).toEqual([
      { kind: 'paragraph', text: '这次培训让我深受教育。' },
      { kind: 'paragraph', text: '今后要把所学用到工作中去。' },
      { kind: 'byline', text: '王维平' },
    ]);
  });

  it('joins paragraphs with Backspace and Delete, and never swallows the title or the byline', async () => {
    const para = (i: number) => articleEl().locator('p:not(.bj-subtitle):not(.bj-byline)').nth(i);
    await para(1).click();
    await press('Home');
    await press('Backspace');
    let blocks = await itemBlocks(articleEl());
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([PARAS[0]! + PARAS[1]!, PARAS[2]!, PARAS[3]!]);

    await press('Enter'); // split again where they were joined
    expect(await itemBlocks(articleEl())).toEqual(expectedArticle());

    await para(2).click();
    await press('End');
    await press('Delete');
    blocks = await itemBlocks(articleEl());
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([PARAS[0]!, PARAS[1]!, PARAS[2]! + PARAS[3]!]);
    await press('Control+z');
    expect(await itemBlocks(articleEl())).toEqual(expectedArticle());

    // At the edges of the body nothing is pulled into a title, subtitle or byline.
    await para(3).click();
    await press('End');
    await press('Delete');
    await para(0).click();
    await press('Home');
    await press('Backspace');
    await articleEl().locator('.bj-byline').click();
    await press('Home');
    await press('Backspace');
    await press('End');
    await press('Delete');
    expect(await itemBlocks(articleEl())).toEqual(expectedArticle());
  });

  it('undoes and redoes after a click in the 大纲, wherever the focus is', async () => {
    // The row's own buttons show on the row the mouse is over.
    const row = outlineSection(page(), '【学习交流】').locator('.bj-outline-item').filter({ has: page().getByLabel(`删除“${TITLE}”`) });
    await row.hover();
    await row.getByRole('button', { name: `删除“${TITLE}”` }).click();
    await expect.poll(() => article().count()).toBe(0);
    await press('Control+z');
    await expect.poll(() => article().count()).toBe(1);
    expect(await itemBlocks(articleEl())).toEqual(expectedArticle());
    await press('Control+y');
    await expect.poll(() => article().count()).toBe(0);
    await press('Control+z');
    await expect.poll(() => article().count()).toBe(1);

    // A click on the outline's heading leaves the focus outside the text; the keys still work.
    await outlineSection(page(), '【学习交流】').locator('.bj-outline-heading span').first().click();
    await press('Control+y');
    await expect.poll(() => article().count()).toBe(0);
    await press('Control+z');
    await expect.poll(() => article().count()).toBe(1);
  });

  it('undoes a 校对 fix with Ctrl+Z right after clicking 修正, and the caret is back in the text', async () => {
    const para = articleEl().locator('p:not(.bj-subtitle):not(.bj-byline)').nth(3);
    await para.click();
    await press('End');
    await type('要坚定“四个意识”。');
    await page().getByRole('button', { name: /校对/ }).first().click();
    const finding = page().locator('.bj-proof li', { hasText: '四个意识' }).first();
    await finding.waitFor();
    await finding.getByRole('button', { name: '修正' }).click();
    await expect.poll(() => para.innerText()).toContain('增强“四个意识”');
    expect(await page().evaluate(() => document.activeElement?.closest('.bj-doc') !== null)).toBe(true);
    await press('Control+z');
    await expect.poll(() => para.innerText()).toContain('坚定“四个意识”');
    await press('Control+y');
    await expect.poll(() => para.innerText()).toContain('增强“四个意识”');
    await press('Control+z');
  });

  it('selects the body with Ctrl+A and replaces it by typing, keeping title and byline, and Ctrl+Z brings it back', async () => {
    const before = await itemBlocks(articleEl());
    await articleEl().locator('p:not(.bj-subtitle):not(.bj-byline)').nth(1).click();
    await press('Control+a');
    await type('全部重写。');
    expect(await itemBlocks(articleEl())).toEqual([
      { kind: 'title', text: TITLE },
      { kind: 'subtitle', text: SUBTITLE },
      { kind: 'paragraph', text: '全部重写。' },
      { kind: 'byline', text: BYLINE },
    ]);
    // Typing over the body is a sweeping change: the text before it is in the history, however short.
    await page().getByRole('button', { name: '历史版本' }).click();
    await page().getByText('大段删除前').first().waitFor();
    await page().getByRole('button', { name: '关闭历史版本' }).click();
    await articleEl().locator('p:not(.bj-subtitle):not(.bj-byline)').first().click();
    await press('Control+z');
    await expect.poll(() => itemBlocks(articleEl())).toEqual(before);
  });

  it('keeps every paragraph after a restart', async () => {
    await waitSaved(page());
    await app.session.restart(false);
    await articleEl().waitFor();
    const blocks = await itemBlocks(articleEl());
    expect(blocks.slice(0, 6)).toEqual(expectedArticle().slice(0, 6));
    expect(blocks.at(-2)).toEqual({ kind: 'paragraph', text: PARAS[3] + '要坚定“四个意识”。' });
    expect(blocks.at(-1)).toEqual({ kind: 'byline', text: BYLINE });
    expect((await itemBlocks(reflectionEl())).map((b) => b.text)).toEqual(['这次培训让我深受教育。', '今后要把所学用到工作中去。', '王维平']);
  });
});
