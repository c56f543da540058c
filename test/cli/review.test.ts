import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addComments } from '../helpers/add-comments.ts';
import { runJianbao } from '../helpers/jianbao.ts';
import { reviewWithLibreOffice } from '../helpers/libreoffice-review.ts';
import { tempDir } from '../helpers/tmp.ts';
import { REPO } from '../helpers/web-server.ts';
import type { DocNode } from '../../core/model/doc.ts';

const NEW_PARAGRAPH = '学员代表在会上作了发言。';
const texts = (node: DocNode): DocNode[] => (node.type === 'text' ? [node] : (node.content ?? []).flatMap(texts));

/** `jianbao export --review` sends a 送审稿; `jianbao review` reads back what the reviewer did to it in LibreOffice. */
const dir = tempDir();
const demo = join(REPO, 'seeds/demo-issue.json');
afterAll(() => dir.remove());

beforeAll(() => {
  const sent = runJianbao(dir.path, ['export', demo, '-o', '送审稿.docx', '--review']);
  expect(sent.code, sent.err).toBe(0);
  expect(sent.out).toMatch(/已导出送审稿 \d+ 页/u);
  const edited = reviewWithLibreOffice(
    readFileSync(join(dir.path, '送审稿.docx')),
    [
      { find: '旨在提升干部教育培训', replace: '旨在增强干部教育培训' },
      { find: '会上，区委组织部干教科科长余看宣读', newParagraphAfter: NEW_PARAGRAPH },
      { find: '增强为企服务意识', insertAfter: '和能力' },
    ],
    '王主任',
  );
  writeFileSync(
    join(dir.path, '审阅稿.docx'),
    addComments(edited, [{ quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', date: '2026-11-24T09:30:00Z', replies: [{ text: '已核实。', author: '王主任', date: '2026-11-24T10:00:00Z' }] }]),
  );
});

describe('jianbao review', () => {
  it('prints every change and comment as JSON, on its article and paragraph', () => {
    const r = runJianbao(dir.path, ['review', '审阅稿.docx', '--issue', demo, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as { changes: Record<string, unknown>[]; comments: Record<string, unknown>[]; unplaced: unknown[] };
    expect(json.changes).toEqual([
      expect.objectContaining({ item: '松江区第九期处级干部轮训班开班', paragraph: 2, kind: 'replace', before: expect.stringContaining('提升'), after: expect.stringContaining('增强'), author: '王主任', date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/u) }),
      // A new paragraph: after the paragraph it follows (its end, in the paragraph as sent).
      expect.objectContaining({ item: '松江区第九期处级干部轮训班开班', paragraph: 3, kind: 'newParagraph', before: '', after: NEW_PARAGRAPH, offset: 30, author: '王主任' }),
      expect.objectContaining({ item: '案例教学：“莫德纳”速度何以可能？', kind: 'insert', before: '', after: '和能力', author: '王主任' }),
    ]);
    expect(json.comments).toEqual([
      expect.objectContaining({ item: '以创新之钥开启高质量发展新征程', quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', date: '2026-11-24T09:30:00Z', resolved: false, replies: [expect.objectContaining({ text: '已核实。', author: '王主任' })] }),
    ]);
    expect(json.unplaced).toEqual([]);
  });

  it('lists them in Chinese for the clerk, and says when the project file is not the one sent', () => {
    const r = runJianbao(dir.path, ['review', '审阅稿.docx', '--issue', demo]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('修订 3 处，批注 1 条。');
    expect(r.out).toContain('【松江区第九期处级干部轮训班开班】第 2 段 替换：');
    expect(r.out).toContain(`【松江区第九期处级干部轮训班开班】第 3 段 新增段落：“${NEW_PARAGRAPH}”（王主任`);
    expect(r.out).toContain('  回复：已核实。（王主任，2026-11-24 10:00）');
    expect(r.out).toContain('批注“华为练秋湖研发中心”：请核实名称。（李书记，2026-11-24 09:30）');

    const changed = JSON.parse(readFileSync(demo, 'utf8')) as { doc: { content: { content: { content: { type: string; content?: { text: string }[] }[] }[] }[] } };
    changed.doc.content[0]!.content[0]!.content[0]!.content = [{ text: '改过的标题' } as { text: string }].map((t) => ({ type: 'text', ...t }));
    writeFileSync(join(dir.path, 'changed.json'), JSON.stringify(changed));
    const other = runJianbao(dir.path, ['review', '审阅稿.docx', '--issue', 'changed.json']);
    expect(other.code, other.err).toBe(0);
    expect(other.err).toContain('这份审阅稿不是由这个工程文件的当前内容送审的');
  });

  it('puts the marks into a stored issue as suggestions with --id, keeping the issue as it was in its history', () => {
    const loaded = runJianbao(dir.path, ['load', demo]);
    expect(loaded.code, loaded.err).toBe(0);
    const id = /[0-9a-f]{8}-[0-9a-f-]{27}/u.exec(runJianbao(dir.path, ['issues']).out)![0];
    const r = runJianbao(dir.path, ['review', '审阅稿.docx', '--id', id]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已放入修订 3 处、批注 1 条');
    // Sent from a project file, not from this stored issue: placed by its words, and the clerk is told.
    expect(r.err).toContain('修订按文字定位');

    expect(runJianbao(dir.path, ['dump', id, '-o', 'after.json']).code).toBe(0);
    const after = readFileSync(join(dir.path, 'after.json'), 'utf8');
    const doc = (JSON.parse(after) as { doc: DocNode }).doc;
    const marked = (type: string) => texts(doc).filter((t) => t.marks?.some((m) => m.type === type && m.attrs?.author === '王主任')).map((t) => t.text);
    expect(marked('insertion')).toEqual([expect.stringContaining('增强'), NEW_PARAGRAPH, '和能力']);
    expect(marked('deletion')).toEqual([expect.stringContaining('提升')]);
    expect(doc.attrs?.comments).toEqual([expect.objectContaining({ quote: '华为练秋湖研发中心', text: '请核实名称。', author: '李书记', resolved: false, replies: [expect.objectContaining({ text: '已核实。' })] })]);
    // The new paragraph is in, its break marked inserted under the reviewer's name.
    const added = (doc.content ?? []).flatMap((s) => s.content ?? []).flatMap((i) => i.content ?? []).find((c) => texts(c).some((t) => t.text === NEW_PARAGRAPH));
    expect(added?.attrs?.revision).toEqual(expect.objectContaining({ kind: 'insert', author: '王主任' }));
    const history = JSON.parse(runJianbao(dir.path, ['history', id, '--json']).out) as { reason: string }[];
    expect(history.map((v) => v.reason)).toContain('review');
  });

  it('refuses a file that is not a .docx, and a call without the project file, in Chinese', () => {
    writeFileSync(join(dir.path, '坏文件.docx'), 'not a zip');
    expect(runJianbao(dir.path, ['review', '坏文件.docx', '--issue', demo])).toMatchObject({ code: 1, err: expect.stringContaining('“坏文件.docx”不是有效的 .docx 文件') });
    expect(runJianbao(dir.path, ['review', '审阅稿.docx'])).toMatchObject({ code: 1, err: expect.stringContaining('用法：jianbao review') });
  });
});
