import { describe, expect, it } from 'vitest';
import { appSessionForSuite, waitSaved } from '../helpers/app-page.ts';

/** The masthead date typed the ways clerks write dates: shown as printed, kept after a restart; a wrong one said so. */
const app = appSessionForSuite();
const dateField = () => app.page.getByLabel('日期');

/** Types into the 日期 field key by key, as a clerk would, and leaves it with Tab. */
async function typeDate(typed: string): Promise<void> {
  await dateField().click();
  await dateField().press('ControlOrMeta+a');
  await dateField().pressSequentially(typed);
  await dateField().press('Tab');
}

const FORMS: [typed: string, shown: string][] = [
  ['2025年6月3日', '2025年6月3日'],
  ['2025/6/4', '2025年6月4日'],
  ['2025-06-05', '2025年6月5日'],
  ['2025.6.6', '2025年6月6日'],
  ['二〇二五年六月七日', '2025年6月7日'],
  ['二〇二五年十二月三十一日', '2025年12月31日'],
  ['２０２５年６月８日', '2025年6月8日'],
];

describe('the masthead date', () => {
  it.each(FORMS)('takes %s, shows it as %s and keeps it after a restart', async (typed, shown) => {
    await typeDate(typed);
    expect(await dateField().inputValue()).toBe(shown);
    expect(await dateField().getAttribute('aria-invalid')).toBe('false');
    await waitSaved(app.page);
    await app.session.restart(false);
    expect(await dateField().inputValue()).toBe(shown);
  });

  it('says what is wrong with 2025年2月30日, keeps the text, and keeps the stored date', async () => {
    const before = await dateField().inputValue();
    await typeDate('2025年2月30日');
    const message = app.page.getByText('2025年2月没有30日');
    await message.waitFor();
    expect(await dateField().inputValue()).toBe('2025年2月30日');
    expect(await dateField().getAttribute('aria-invalid')).toBe('true');
    const describedBy = await dateField().getAttribute('aria-describedby');
    expect(await message.getAttribute('id')).toBe(describedBy);
    await waitSaved(app.page);
    await app.session.restart(false);
    expect(await dateField().inputValue()).toBe(before);
    expect(await dateField().getAttribute('aria-invalid')).toBe('false');
  });

  it('says how to write a date it cannot read, and takes the text once it is put right', async () => {
    await typeDate('下周三');
    await app.page.getByText('无法识别的日期，请写成 2025年5月21日').waitFor();
    expect(await dateField().inputValue()).toBe('下周三');
    await typeDate('2025年7月1日');
    expect(await dateField().inputValue()).toBe('2025年7月1日');
    expect(await dateField().getAttribute('aria-invalid')).toBe('false');
    expect(await app.page.getByText('无法识别的日期').count()).toBe(0);
    await waitSaved(app.page);
    await app.session.restart(false);
    expect(await dateField().inputValue()).toBe('2025年7月1日');
  });
});
