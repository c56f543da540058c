import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../core/cleanup/from-text.ts';
import { removedChars } from '../../core/cleanup/removed.ts';
import { webArticle } from '../../core/cleanup/from-web.ts';
import { parseHTML } from 'linkedom';

/** The rules that take text out: what they must keep, and that what they take is listed and, where it reads as text, warned of. */
const clean = (text: string) => cleanArticle(textToBlocks(text));
const body = (text: string) => clean(text).paragraphs.map((p) => p.text);

describe('the bullet rule', () => {
  it('keeps a bullet before a finished clause (a list of the text), and takes only a teaser cut off mid-word, listing it', () => {
    const a = clean(['材料要求', '', '•正式提交：申请表和身份证明应各提交一份，复印件须加盖公章；', '•特殊情况：请按照办法第八条规定的方式之一补交材料。', '• 本周最受欢迎的十篇文章和它们背后的故事'].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['•正式提交：申请表和身份证明应各提交一份，复印件须加盖公章；', '•特殊情况：请按照办法第八条规定的方式之一补交材料。']);
    expect(a.removed).toContainEqual({ text: '• 本周最受欢迎的十篇文章和它们背后的故事', rule: 'spam' });
    // A list item taken out is a warning naming it, never only a count.
    expect(a.warnings).toContainEqual({ text: '• 本周最受欢迎的十篇文章和它们背后的故事', message: '已作为“社交媒体杂项”删除，但看起来像正文，请对照原稿核对' });
  });
});

describe('the byline rule and the tail cut', () => {
  it('reads 文 and 图 as roles only with their mark: a heading 文化铸魂 is no byline, and nothing after it is cut', () => {
    const text = ['心得体会', '开班以来，我们系统学习了党的创新理论，收获很大。', '文化铸魂', '在参观中我们深切体会到文化的力量，也更加明白了肩上的责任。', '图书馆里的夜读', '晚饭后大家常在图书馆读书到闭馆。'].join('\n\n');
    const a = clean(text);
    expect(a.byline).toBe('');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '开班以来，我们系统学习了党的创新理论，收获很大。',
      '文化铸魂',
      '在参观中我们深切体会到文化的力量，也更加明白了肩上的责任。',
      '图书馆里的夜读',
      '晚饭后大家常在图书馆读书到闭馆。',
    ]);
    expect(a.removed).toEqual([]);
    expect(clean('标题在此\n\n正文第一段，写得很长很长。\n（文/王芳 图/李强）').byline).toBe('文/王芳 图/李强');
  });

  it('keeps a letter\'s closing as the signature and date, each on a line of its own, after a heading', () => {
    const a = clean(['思想汇报', '', '敬爱的党组织：', '这段时间我认真学习了党章，对照检查了自己的不足。', '文化铸魂', '今后我要继续努力，争取早日成为一名合格的党员。', '此致', '敬礼！', '汇报人：李明', '二〇二四年五月一日'].join('\n'));
    expect(a.paragraphs.map((p) => p.text).slice(-4)).toEqual(['此致', '敬礼！', '汇报人：李明', '二〇二四年五月一日']);
    expect(a.removed).toEqual([]);
  });

  it('after a source line, cuts the account card but lists it, and keeps a tail that holds an item of a list', () => {
    const a = clean(['区里召开学习会，传达学习全会精神，部署下一步工作。', '（来源：松江报）', '上海松江发布', '讲好松江故事 传递松江声音'].join('\n\n'));
    expect(a.removed.filter((r) => r.rule === 'tail').map((r) => r.text)).toEqual(['上海松江发布', '讲好松江故事 传递松江声音']);
    expect(body(['区里召开学习会，传达学习全会精神，部署下一步工作。', '（来源：松江报）', '附件', '1.会议日程安排表'].join('\n'))).toContain('1.会议日程安排表');
  });
});

describe('running heads', () => {
  it('takes a line repeated on every page as a running head in pasted text, but not when the reader found the heads (a table\'s repeated cells)', () => {
    const lines = ['姓名', '第一段内容写在这里。', '姓名', '第二段内容写在这里。', '姓名', '第三段。'];
    expect(clean(lines.join('\n')).removed.map((r) => r.rule)).toEqual(['runningHead', 'runningHead', 'runningHead']);
    const blocks = lines.map((text) => ({ runs: [{ text }], continues: false }));
    expect(cleanArticle(blocks, { headsFound: true }).paragraphs.map((p) => p.text)).toEqual(lines);
  });
});

describe('what was removed', () => {
  it('counts the characters really taken out, not those moved to the byline or under a photo', () => {
    const a = clean(['学员赴基地参观学习', '', '▲学员们在参观展览', '5月21日下午，学员们赴基地参观学习。', '阅读 1234  点赞 56', '（王维平）'].join('\n'));
    expect(a.removed.map((r) => r.rule).sort()).toEqual(['boilerplate', 'byline', 'caption']);
    expect(removedChars(a.removed)).toBe('阅读1234点赞56'.length);
  });

  it('lists the frame a web page loses to readability, and names in one warning its lines that read as text', () => {
    const paragraph = '这是一篇关于干部培训的新闻报道，学员们认真学习，深入讨论，收获很大，大家纷纷表示要把所学用到工作中去。';
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/n${i}">相关新闻第${i}条：某地举办专题培训班，学员们认真听讲。</a></li>`).join('');
    const { document } = parseHTML(`<html><head><title>培训班开班_新闻频道_某某网</title></head><body><nav><a href="/">首页</a><a href="/x">新闻</a></nav><article><h1>培训班开班</h1>${`<p>${paragraph}</p>`.repeat(6)}</article><ul>${links}</ul><footer>版权所有 某某网</footer></body></html>`);
    const { blocks, frame } = webArticle(document);
    const a = cleanArticle(blocks, { removed: frame });
    expect(a.title).toBe('培训班开班');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.removed.filter((r) => r.rule === 'pageFrame').map((r) => r.text)).toEqual(expect.arrayContaining(['相关新闻第0条：某地举办专题培训班，学员们认真听讲。', '相关新闻第11条：某地举办专题培训班，学员们认真听讲。']));
    expect(a.warnings.filter((w) => /网页正文以外/u.test(w.message))).toHaveLength(1);
  });
});
