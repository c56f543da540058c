import { describe, expect, it } from 'vitest';
import { removeSpacesBesideChinese } from '../../core/cleanup/spaces.ts';
import { normalizePunctuation } from '../../core/cleanup/punctuation.ts';
import { joinBrokenParagraphs } from '../../core/cleanup/paragraphs.ts';
import { cleanParagraphText, cleanTitleText } from '../../core/cleanup/clean-text.ts';
import { newTally } from '../../core/cleanup/tally.ts';

describe('spaces', () => {
  it('removes spaces inside Chinese words and between Chinese and Latin or digits', () => {
    expect(removeSpacesBesideChinese('区委党校常务副校 长')).toBe('区委党校常务副校长');
    expect(removeSpacesBesideChinese('长三角 G60 科创走廊')).toBe('长三角G60科创走廊');
    expect(removeSpacesBesideChinese('　　全文缩进')).toBe('全文缩进');
  });

  it('keeps spaces between Latin words', () => {
    expect(removeSpacesBesideChinese('Large Language Model 应用')).toBe('Large Language Model应用');
  });
});

describe('punctuation', () => {
  it('makes half-width marks beside Chinese full-width and pairs quotes', () => {
    expect(normalizePunctuation('保持定力,坚定信心,对标"四个区"建设')).toBe('保持定力，坚定信心，对标“四个区”建设');
    expect(normalizePunctuation('案例教学: "莫德纳"速度何以可能?')).toBe('案例教学：“莫德纳”速度何以可能？');
    expect(normalizePunctuation('(文/徐文震)')).toBe('（文/徐文震）');
    expect(normalizePunctuation('等等...')).toBe('等等……');
  });

  it('leaves times, decimals, thousands, ranges and Latin-only text alone', () => {
    expect(normalizePunctuation('会议12:30开始')).toBe('会议12:30开始');
    expect(normalizePunctuation('增长3.5%，共1,200人')).toBe('增长3.5%，共1,200人');
    expect(normalizePunctuation('2023-2027年规划')).toBe('2023-2027年规划');
    expect(normalizePunctuation('He said "yes", then left.')).toBe('He said "yes", then left.');
  });

  it('prints chat bullets as the shapes they stand for, without emoji presentation', () => {
    const tally = newTally();
    expect(normalizePunctuation('⚫️因为一直很喜欢，⚪学习◼️心得✅完成', tally)).toBe('●因为一直很喜欢，○学习■心得✅完成');
    expect(tally.punctuation).toBe(3);
  });
});

describe('broken paragraphs', () => {
  it('joins pieces broken inside a sentence and keeps real paragraph ends', () => {
    expect(joinBrokenParagraphs(['要坚持守正创新，以专业', '赋能服务高质量发展。', '会上，宣读名单。'])).toEqual([
      '要坚持守正创新，以专业赋能服务高质量发展。',
      '会上，宣读名单。',
    ]);
  });

  it('keeps pieces that stand alone', () => {
    expect(joinBrokenParagraphs(['一、城市更新破局', '车墩城中村项目。'], (p) => p.startsWith('一、'))).toEqual([
      '一、城市更新破局',
      '车墩城中村项目。',
    ]);
  });
});

describe('whole texts', () => {
  it('cleans a paragraph without changing its wording', () => {
    expect(cleanParagraphText('5月12日上午,2023-2027年干部教育培训规划松江区第九期 处级干部轮训班在松江区委党校正式开班。')).toBe(
      '5月12日上午，2023-2027年干部教育培训规划松江区第九期处级干部轮训班在松江区委党校正式开班。',
    );
    expect(cleanParagraphText('共勉: "规划不是研究未来。"')).toBe('共勉：“规划不是研究未来。”');
  });

  it('keeps the space between the two phrases of a title', () => {
    expect(cleanTitleText('唱响主旋律, 弘扬正能量')).toBe('唱响主旋律，弘扬正能量');
    expect(cleanTitleText('学思践悟新思想  知行合一担使命')).toBe('学思践悟新思想 知行合一担使命');
  });
});
