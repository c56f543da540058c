import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../core/cleanup/from-text.ts';
import { describeChanges } from '../../core/cleanup/tally.ts';
import { SENTENCE_END } from '../../core/cleanup/chars.ts';
import { htmlBlocks } from '../../electron/node/service/manuscript-parse.ts';
import { readSample, SAMPLE_FILES } from '../helpers/samples.ts';

const clean = (text: string) => cleanArticle(textToBlocks(text));
const body = (text: string) => clean(text).paragraphs.map((p) => p.text);

describe('script', () => {
  it('removes pinyin readings and turns traditional characters into simplified ones', () => {
    expect(body('網(wǎng)易新聞報道，為人民服務。')).toEqual(['网易新闻报道，为人民服务。']);
    expect(body('学习考察(kǎo chá)……')).toEqual(['学习考察……']);
    expect(body('推进人工智能(AI)应用。')).toEqual(['推进人工智能（AI）应用。']);
  });
});

describe('lines and paragraphs', () => {
  it('joins lines a PDF broke inside a sentence, across blank lines, and keeps real paragraph ends', () => {
    const a = clean('区委党校常务副校\n长刘凤强出席开班式并讲话，\n\n要求学员们把握主题主线。\n会上宣读了名单。');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['区委党校常务副校长刘凤强出席开班式并讲话，要求学员们把握主题主线。', '会上宣读了名单。']);
    expect(a.changes.joinedLines).toBe(2);
    // Typed with an English keyboard, the comma that says the sentence goes on is half-width.
    expect(body('区委党校常务副校\n长刘凤强出席开班式并讲话,\n\n要求学员们把握主题主线。')).toEqual(['区委党校常务副校长刘凤强出席开班式并讲话，要求学员们把握主题主线。']);
  });

  it('joins across a continuation marker and a caption the PDF dropped into the paragraph', () => {
    const a = clean('我们要坚持\n（上接B1版）\n▲学员们在参观展览\n学习，不断进步。');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['我们要坚持学习，不断进步。']);
    expect(a.captions).toEqual(['学员们在参观展览']);
  });

  it('drops page numbers and running heads', () => {
    const page = '松江区干部培训简报';
    const a = clean(`${page}\n第一段内容。\n— 3 —\n${page}\n第二段内容。\n- 4 -\n${page}\n第三段。`);
    expect(a.paragraphs.map((p) => p.text)).toEqual(['第一段内容。', '第二段内容。', '第三段。']);
    expect(a.changes.pageFurniture).toBe(5);
  });
});

describe('web and WeChat boilerplate', () => {
  it('drops navigation, counters, disclaimers, 往期回顾 and account cards', () => {
    const a = clean(
      ['首页 > 新闻中心 > 正文', '区里召开会议。', '阅读 1234  点赞 56  在看 7', '特别声明：本文转载仅出于传播信息的需要。', '往期回顾', '长按识别二维码关注我们', '微信号：sjdx2025'].join('\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(['区里召开会议。']);
    expect(a.changes.boilerplate).toBe(6);
  });
});

describe('the end of an article', () => {
  it('drops the page after the source line, but keeps a second article pasted after the first, its title included', () => {
    const first = '区里召开学习会，传达学习全会精神。\n（来源：松江报）';
    expect(body(`${first}\n上海松江发布\n讲好松江故事 传递松江声音\n往期文章`)).toEqual(['区里召开学习会，传达学习全会精神。', '（来源：松江报）']);
    expect(body(`${first}\n\n学员赴华为考察学习\n\n5月21日下午，学员们赴研发中心考察学习，了解企业创新实践。`)).toEqual([
      '区里召开学习会，传达学习全会精神。',
      '（来源：松江报）',
      '学员赴华为考察学习',
      '5月21日下午，学员们赴研发中心考察学习，了解企业创新实践。',
    ]);
  });
});

describe('damage it cannot repair', () => {
  it('keeps mojibake and a question mark inside a word as they are, and reports them', () => {
    const a = clean('推动上?苿(chuàng)新发展，\uFFFD\uFFFD工作。');
    expect(a.paragraphs[0]!.text).toContain('上?苿');
    expect(a.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringContaining('问号'), expect.stringContaining('乱码')]));
  });
});

describe('structure', () => {
  it('finds the title, subtitle, headings, byline and source; 一是 stays a paragraph', () => {
    const a = clean(
      [
        '以创新之钥开启高质量发展新征程',
        '',
        '——区第九期处级干部班赴华为考察学习',
        '',
        '5月21日下午，学员们赴研发中心考察学习。',
        '一、以“科创攻坚”锻造发展韧性',
        '一是加强学习，提高站位。',
        '（一）战略定位',
        '1.建设数据基础设施',
        '（1）完善标准',
        '（来源：松江报）',
        '（文/徐文震、赵丹阳 图/张 炜）',
      ].join('\n'),
    );
    expect(a.title).toBe('以创新之钥开启高质量发展新征程');
    expect(a.subtitle).toBe('——区第九期处级干部班赴华为考察学习');
    expect(a.byline).toBe('文/徐文震、赵丹阳 图/张炜');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'heading1', 'paragraph', 'heading2', 'heading3', 'heading4', 'source']);
  });

  it('reads a title in 【】 and a signature or a medium at the end', () => {
    const news = clean('【他们，有一个共同的名字】社区里来了志愿者。\n他们是最美的身影之一!(唐山文明网)');
    expect(news.title).toBe('他们，有一个共同的名字');
    expect(news.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '社区里来了志愿者。'],
      ['paragraph', '他们是最美的身影之一！'],
      ['source', '（唐山文明网）'],
    ]);
    expect(clean('学习体会很多。\n（王维平）').byline).toBe('王维平');
  });

  it('keeps bold and italic from Word, drops styles, and ignores what is not text', () => {
    const html =
      '<p class=MsoTitle>学思践悟新思想</p><p class=MsoNormal style="color:red;font-size:20pt"><b>一、以忠诚为魂</b></p>' +
      '<p class=MsoNormal>学员们表示,要坚持<i>"人民城市"</i>理念。<o:p></o:p></p><script>alert(1)</script><img src="http://x/y.png"><p style="mso-x:1">&nbsp;</p>';
    const a = cleanArticle(htmlBlocks(html));
    expect(a.title).toBe('学思践悟新思想');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['heading1', 'paragraph']);
    expect(a.paragraphs[0]!.runs).toEqual([{ text: '一、以忠诚为魂', bold: true }]);
    expect(a.paragraphs[1]!.text).toBe('学员们表示，要坚持“人民城市”理念。');
    expect(a.paragraphs[1]!.runs.find((r) => r.italic)?.text).toBe('“人民城市”');
    expect(JSON.stringify(a)).not.toContain('alert');
  });
});

describe('what cleanup leaves alone', () => {
  it('URLs, e-mail addresses, decimals, times, G60, year ranges and English quotes', () => {
    const text = '详见https://www.gov.cn/xinwen/2023,10.html，或写信至zhang.san@sjdx.gov.cn。增长3.5%，12:30开会，长三角G60科创走廊，2023-2027年规划，他说He said "yes", then left.';
    expect(body(text)).toEqual([text.replace('，12:30', '，12:30')]);
  });
});

describe('the notice', () => {
  it('counts what changed in Chinese', () => {
    expect(describeChanges(clean('学习,工作\n继续.').changes)).toBe('已清理：合并断行 1 处，标点 2 处');
  });
});

describe('paragraph ends typed with an English keyboard', () => {
  it('keeps a paragraph that ends in a half-width full stop after Chinese apart from the next', () => {
    const article = clean('会议要求，坚决贯彻区委各项决策部署.\n\n与会人员表示，将认真落实会议精神。');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['会议要求，坚决贯彻区委各项决策部署。', '与会人员表示，将认真落实会议精神。']);
    expect(SENTENCE_END.test('版本 2.')).toBe(false);
  });
});

describe('whole sample documents', () => {
  const samples = Object.values(SAMPLE_FILES).map((f) => clean(readSample(f)));
  it('leave no space between two Chinese characters and no half-width comma beside one', () => {
    for (const a of samples)
      for (const p of a.paragraphs) {
        expect(p.text).not.toMatch(/\p{Script=Han}[ \u3000]+(?!(?:图文|文|图|摄影|摄)[/／])\p{Script=Han}/u);
        expect(p.text).not.toMatch(/\p{Script=Han},|,\p{Script=Han}/u);
      }
  });

  it('leave no paragraph of the news samples broken inside a sentence', () => {
    for (const a of samples.slice(0, 2)) {
      // Lines the sample itself cut off (ending in U+FFFD) cannot end a sentence.
      // A sentence followed by its medium in parentheses (`…之一！（唐山文明网）`) is finished too.
      const finished = (t: string) => SENTENCE_END.test(t) || /[。！？][（(][^（()）]{2,12}[)）]$/u.test(t);
      const broken = a.paragraphs.filter((p, i) => p.kind === 'paragraph' && i < a.paragraphs.length - 1 && !finished(p.text) && !p.text.includes('\uFFFD') && p.text.length > 25);
      expect(broken.map((p) => p.text.slice(-20))).toEqual([]);
    }
  });
});

describe('characters no document can hold', () => {
  it('takes them out of pasted or imported text and says where, since they mean damaged source text', () => {
    const a = clean('认真学习\uFFFE党的二十大\u0001精神\uFFFF。');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['认真学习党的二十大精神。']);
    expect(a.warnings).toContainEqual({ text: '认真学习', message: '后面有无法打印的控制字符，已删除；来源文本可能有损坏，请对照原稿核对' });
  });

  it('reads a PDF text\'s page break as a space, not as damage', () => {
    const a = clean('Page one text.\fPage two text.');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Page one text. Page two text.']);
    expect(a.warnings).toEqual([]);
  });
});
