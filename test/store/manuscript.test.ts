import { describe, expect, it } from 'vitest';
import { readManuscript } from '../../electron/node/service/manuscript.ts';
import { contributorDocx } from '../helpers/make-docx.ts';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('contributors files', () => {
  it('reads a .docx into a clean article: title, heading, bold, paragraphs and signature; no colours or fonts', async () => {
    const docx = await contributorDocx('学思践悟新思想 知行合一担使命', ['通过学习,我深刻认识到"两个确立"的决定性意义。'], '陆有峰');
    const a = await readManuscript('陆有峰.docx', docx);
    expect(a.title).toBe('学思践悟新思想 知行合一担使命');
    expect(a.byline).toBe('陆有峰');
    expect(a.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['heading1', '一、提高政治站位'],
      ['paragraph', '通过学习，我深刻认识到“两个确立”的决定性意义。'],
    ]);
    expect(a.paragraphs[0]!.runs[0]!.bold).toBe(true);
    expect(JSON.stringify(a)).not.toMatch(/FF0000|宋体/);
  });

  it('reads .html and .txt, the latter in GB18030 too', async () => {
    const html = await readManuscript('网页.html', Buffer.from('<h1>标题在这里</h1><p>正文,第一段。</p><script>x()</script>'));
    expect([html.title, html.paragraphs[0]!.text]).toEqual(['标题在这里', '正文，第一段。']);
    const gbk = Buffer.from([0xd5, 0xfd, 0xce, 0xc4, 0xa3, 0xac, 0xb5, 0xda, 0xd2, 0xbb, 0xb6, 0xce, 0xa1, 0xa3]); // 正文，第一段。 in GB18030
    expect((await readManuscript('旧稿.txt', Buffer.concat([gbk, gbk, gbk, gbk]))).paragraphs[0]!.text).toContain('正文，第一段。');
  });

  it('names the file and what is wrong with it: not a zip, a renamed .doc, a password', async () => {
    await expect(readManuscript('坏了.docx', Buffer.from('这不是 zip'))).rejects.toThrow('“坏了.docx”不是有效的 .docx 文件，可能已损坏。');
    await expect(readManuscript('旧版.docx', OLE)).rejects.toThrow(/“旧版.docx”其实是旧版 .doc 或 .wps 文件/);
    const encrypted = Buffer.concat([OLE, Buffer.from('EncryptedPackage', 'utf16le')]);
    await expect(readManuscript('加密.docx', encrypted)).rejects.toThrow(/“加密.docx”设有打开密码/);
    await expect(readManuscript('老文件.wps', OLE)).rejects.toThrow(/另存为 .docx/);
    await expect(readManuscript('图片.png', Buffer.from([0x89, 0x50]))).rejects.toThrow(/不支持“图片.png”/);
  });
});
