import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { IMPORT_LIMITS, readManuscript } from '../../electron/node/service/manuscript.ts';
import { checkedDocx } from '../../electron/node/service/docx-zip.ts';
import { contributorDocx, encryptedDocx } from '../helpers/make-docx.ts';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('contributors files', () => {
  it('reads a .docx into a clean article: title, heading, paragraphs and signature; no colours or fonts', async () => {
    const docx = await contributorDocx('学思践悟新思想 知行合一担使命', ['通过学习,我深刻认识到"两个确立"的决定性意义。'], '陆有峰');
    const { article: a } = await readManuscript('陆有峰.docx', docx);
    expect(a.title).toBe('学思践悟新思想 知行合一担使命');
    expect(a.byline).toBe('陆有峰');
    expect(a.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['heading1', '一、提高政治站位'],
      ['paragraph', '通过学习，我深刻认识到“两个确立”的决定性意义。'],
    ]);
    // The heading's bold is the template's to print (黑体 for 一级标题), not a mark kept on its words.
    expect(a.paragraphs[0]!.runs.some((r) => r.bold)).toBe(false);
    expect(JSON.stringify(a)).not.toMatch(/FF0000|宋体/);
  });

  it('reads .html and .txt, the latter in GB18030 too', async () => {
    const { article: html } = await readManuscript('网页.html', Buffer.from('<h1>标题在这里</h1><p>正文,第一段。</p><script>x()</script>'));
    expect([html.title, html.paragraphs[0]!.text]).toEqual(['标题在这里', '正文，第一段。']);
    const gbk = Buffer.from([0xd5, 0xfd, 0xce, 0xc4, 0xa3, 0xac, 0xb5, 0xda, 0xd2, 0xbb, 0xb6, 0xce, 0xa1, 0xa3]); // 正文，第一段。 in GB18030
    expect((await readManuscript('旧稿.txt', Buffer.concat([gbk, gbk, gbk, gbk]))).article.paragraphs[0]!.text).toContain('正文，第一段。');
  });

  it('names the file and what is wrong with it: not a zip, a renamed .doc, a password', async () => {
    await expect(readManuscript('坏了.docx', Buffer.from('这不是 zip'))).rejects.toThrow('“坏了.docx”不是有效的 .docx 文件，可能已损坏。');
    await expect(readManuscript('旧版.docx', OLE)).rejects.toThrow(/“旧版.docx”其实是旧版 .doc 或 .wps 文件/);
    await expect(readManuscript('加密.docx', encryptedDocx())).rejects.toThrow(/“加密.docx”设有打开密码/);
    await expect(readManuscript('老文件.wps', OLE)).rejects.toThrow(/另存为 .docx/);
    await expect(readManuscript('图片.png', Buffer.from([0x89, 0x50]))).rejects.toThrow(/不支持“图片.png”/);
  });
});

describe('a contributor\'s file cannot exhaust the app', () => {
  it('stops a reading that runs out of its memory or its time, naming the file', async () => {
    const docx = await contributorDocx('标题', ['正文。'], '王维平');
    await expect(readManuscript('大.docx', docx, { ...IMPORT_LIMITS, heapMb: 4, youngMb: 1 })).rejects.toThrow('“大.docx”读取时所需内存超出限制，已停止。');
    await expect(readManuscript('慢.docx', docx, { ...IMPORT_LIMITS, seconds: 0.001 })).rejects.toThrow('“慢.docx”读取了 0.001 秒仍未完成，已停止。');
    expect((await readManuscript('好.docx', docx)).article.byline).toBe('王维平');
  });

  it('never unpacks more than a zip directory declares, so one that lies is only damaged', () => {
    const xml = strToU8(`<w:document>${'<w:p/>'.repeat(1_000_000)}</w:document>`);
    const zip = zipSync({ 'word/document.xml': xml }, { level: 9 });
    // Patch the declared size (central directory and local header) down to 1 KB.
    const bytes = Buffer.from(zip);
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(1024, central + 24);
    bytes.writeUInt32LE(1024, 22);
    const { parts } = checkedDocx('说谎.docx', bytes);
    expect(parts['word/document.xml']!.length).toBeLessThanOrEqual(1024);
  });

  it('reads Notepad\'s UTF-16, and refuses an empty file or binary bytes named .txt', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('标题\n\n正文,第一段。', 'utf16le')]);
    expect(JSON.stringify(await readManuscript('记事本.txt', utf16))).toContain('正文，第一段。');
    await expect(readManuscript('空.txt', Buffer.alloc(0))).rejects.toThrow('“空.txt”是空文件，里面没有稿件。');
    await expect(readManuscript('图.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).rejects.toThrow('“图.txt”不是文字文件');
  });
});
