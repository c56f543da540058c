import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/node/api/dispatch.ts';
import { issueFromTemplate } from '../../core/model/new-issue.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { storeForEachTest } from '../helpers/store-session.ts';
import { tempDir } from '../helpers/tmp.ts';
import { Store } from '../../electron/node/store/store.ts';
import { createHandlers } from '../../electron/node/service/service.ts';
import { solidPng } from '../helpers/png.ts';

const template = requireBuiltIn(DEFAULT_TEMPLATE_ID);
const session = storeForEachTest();

async function issueWithPhoto(): Promise<string> {
  const { hash } = await session.api.putPhoto({ data: solidPng(8, 6, [0, 120, 0]).toString('base64') });
  const content = issueFromTemplate(template);
  content.doc.content![4]!.content = [{ type: 'figure', attrs: { id: 'f', photo: hash }, content: [{ type: 'text', text: '开班式现场' }] }];
  return session.store.issues.insert(content);
}

/** Calls through the contract, as the UI does, so a refusal comes back as its message. */
function importText(text: string) {
  return dispatch(session.api, 'importIssueFile', { text });
}

describe('issue files', () => {
  it('carry an issue with its photos to another store', async () => {
    const id = await issueWithPhoto();
    const { fileName, text } = session.api.exportIssueFile({ id });
    expect(fileName).toBe('2023-2027松江区第九期处级干部轮训班简报第1期.json');

    const other = tempDir();
    const otherStore = Store.open(other.path);
    const otherApi = createHandlers(otherStore);
    const { id: copied } = otherApi.importIssueFile({ text });
    const issue = otherApi.getIssue({ id: copied });
    const figure = issue.doc.content![4]!.content![0]!;
    expect(figure.content![0]!.text).toBe('开班式现场');
    expect((await otherApi.getPhoto({ hash: String(figure.attrs!.photo) })).mime).toBe('image/png');
    otherStore.close();
    other.remove();
  });

  it('opened a second time, give back the issue already in the list, and a copy only when asked, marked 副本', async () => {
    const id = await issueWithPhoto();
    const { text } = session.api.exportIssueFile({ id });
    const first = session.api.importIssueFile({ text });
    expect(first.existing).toBeNull();
    const again = session.api.importIssueFile({ text });
    expect(again).toEqual({ id: first.id, existing: expect.objectContaining({ id: first.id, isCopy: false }) });
    const count = session.api.listIssues().length;
    const copy = session.api.importIssueFile({ text, copy: true });
    expect(copy.existing).toBeNull();
    expect(copy.id).not.toBe(first.id);
    expect(session.api.listIssues()).toHaveLength(count + 1);
    expect(session.api.listIssues().find((i) => i.id === copy.id)!.isCopy).toBe(true);
    // Another file (the issue saved again after an edit) is a file of its own.
    const edited = JSON.stringify({ ...JSON.parse(text), meta: { ...JSON.parse(text).meta, theme: '另存后的主题语' } });
    expect(session.api.importIssueFile({ text: edited }).existing).toBeNull();
  });

  const refusals: [string, (text: string) => string, RegExp][] = [
    ['not JSON', () => 'PK\u0003\u0004 这是一个 docx', /不是有效的 JSON/],
    ['another kind of JSON', () => '{"name":"package"}', /这不是简报工坊的工程文件/],
    ['a newer format', (t) => t.replace('"version":1', '"version":2'), /较新版本.*请先升级/],
    ['a broken photo', (t) => t.replace(/"data":"[^"]{10}/, '"data":"AAAAAAAAAA'), /照片已损坏/],
    ['a missing photo', (t) => t.replace(/"photos":\{.*\}\}$/, '"photos":{}}'), /缺少正文中用到的照片/],
    ['a broken document', (t) => t.replace('"type":"figure"', '"type":"script"'), /无法打开：未知的内容类型“script”/],
    ['an unreadable masthead', (t) => t.replace('"issueNumber":', '"issueNumber":"一","x":'), /内容不完整或已损坏/],
  ];
  for (const [what, spoil, message] of refusals) {
    it(`refuses ${what} with a Chinese message and changes nothing`, async () => {
      const id = await issueWithPhoto();
      const { text } = session.api.exportIssueFile({ id });
      const before = session.api.listIssues();
      const reply = await importText(spoil(text));
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(message);
      expect(session.api.listIssues()).toEqual(before);
    });
  }
});

describe('the contract at the door', () => {
  it('rejects unknown calls and malformed payloads before any handler runs', async () => {
    expect(await dispatch(session.api, 'dropTables', {})).toEqual({ ok: false, error: '未知的操作。' });
    expect(await dispatch(session.api, '__proto__', {})).toEqual({ ok: false, error: '未知的操作。' });
    expect(await dispatch(session.api, 'getIssue', { id: 42 })).toEqual({ ok: false, error: '请求的数据格式不正确，操作未执行。' });
    expect((await dispatch(session.api, 'getIssue', { id: 'x', extra: true })).ok).toBe(false);
    const bad = issueFromTemplate(template);
    (bad.meta as { date: string }).date = '2025-02-30';
    expect((await dispatch(session.api, 'saveIssue', { id: 'x', content: bad })).ok).toBe(false);
  });

  it('says the disk is full when SQLite cannot grow, and keeps what was saved before', async () => {
    const id = await issueWithPhoto();
    const saved = session.api.getIssue({ id });
    const pages = session.store.db.pragma('page_count', { simple: true }) as number;
    session.store.db.pragma(`max_page_count = ${pages}`); // the database may not grow: as on a full disk
    const big = { template: saved.template, meta: { ...saved.meta, theme: '新主题' }, doc: structuredClone(saved.doc) };
    big.doc.content![0]!.content = [
      { type: 'article', attrs: { id: 'big' }, content: [{ type: 'articleTitle' }, { type: 'paragraph', content: [{ type: 'text', text: '字'.repeat(200_000) }] }, { type: 'byline' }] },
    ];
    const reply = await dispatch(session.api, 'saveIssue', { id, content: big, baseRevision: saved.revision });
    expect(reply).toEqual({ ok: false, error: '磁盘空间已满，未能保存。编辑器中的内容仍在，请腾出空间后再试。' });
    expect(session.api.getIssue({ id }).meta.theme).toBe(saved.meta.theme);
  });

  it('answers an unknown issue with a Chinese message', async () => {
    expect(await dispatch(session.api, 'getIssue', { id: 'nope' })).toEqual({ ok: false, error: '找不到这期简报，它可能已被删除。' });
  });

  it('creates the next issue, duplicates and deletes through the contract', async () => {
    const id = await issueWithPhoto();
    const next = session.api.createNextIssue({ fromId: id });
    expect(session.api.getIssue({ id: next.id }).meta.issueNumber).toBe(2);
    const copy = session.api.duplicateIssue({ id });
    expect(session.api.getIssue({ id: copy.id }).doc.content![4]!.content).toHaveLength(1);
    session.api.deleteIssue({ id });
    expect(session.api.listTrash().map((t) => t.id)).toEqual([id]);
    session.api.restoreIssue({ id });
    expect(session.api.listIssues()).toHaveLength(3);
  });

  it('never store characters a DOCX cannot hold, whether saved from the editor or opened from a file', async () => {
    const content = issueFromTemplate(template);
    const damaged = { type: 'paragraph', content: [{ type: 'text', text: '损坏\uFFFE的\u0001文字' }, { type: 'text', text: '\uFFFF' }] };
    const reflection = { type: 'reflection', attrs: { id: 'r' }, content: [damaged, { type: 'byline', content: [{ type: 'text', text: '王维平' }] }] };
    content.doc.content![3]!.content = [reflection];
    const id = session.store.issues.insert(issueFromTemplate(template));
    const saved = await dispatch(session.api, 'saveIssue', { id, content, baseRevision: session.store.issues.get(id)!.revision });
    expect(saved.ok).toBe(true);
    expect(JSON.stringify(session.store.issues.get(id)!.doc)).toContain('"text":"损坏的文字"');

    const file = JSON.parse(session.api.exportIssueFile({ id }).text);
    file.doc.content[3].content[0].content[0].content[0].text = '又\uFFFE损坏';
    const opened = await importText(JSON.stringify(file));
    expect(opened.ok).toBe(true);
    expect(JSON.stringify(session.store.issues.get((opened as { value: { id: string } }).value.id)!.doc)).toContain('"text":"又损坏"');
  });
});
