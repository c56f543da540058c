/**
 * `npm run bench`: prints the figures of DESIGN.md's budgets. Measures, never asserts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contributorDocx, essayDocx, numberedDocx, type Essay } from '../helpers/make-docx.ts';
import { convertWithLibreOffice } from '../helpers/libreoffice.ts';
import { fastSaved } from '../helpers/fast-save-doc.ts';
import { cleanArticle } from '../../core/cleanup/clean-article.ts';
import { textToBlocks } from '../../core/cleanup/from-text.ts';
import { readManuscript } from '../../electron/node/service/manuscript.ts';
import { formulations } from '../../core/proofread/dictionary.ts';
import { checkIssue } from '../../core/proofread/check-issue.ts';
import { checkText } from '../../core/proofread/check-text.ts';
import { join } from 'node:path';
import { Store } from '../../electron/node/store/store.ts';
import { importIssueFile } from '../../electron/node/service/issue-file-io.ts';
import { LAST_ISSUE } from '../../electron/node/service/demo-issue.ts';
import { countChars, plainText } from '../../core/model/text.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startWebServer } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { bigIssueFile, demoIssueFile } from '../helpers/big-issue.ts';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { quantile, ms, row } from './figures.ts';
import { recordVersion } from '../../electron/node/service/history.ts';
import { spawnSync } from 'node:child_process';
import { exportIssueDocx } from '../../core/docx/export-issue.ts';
import { layoutSheets } from '../../core/layout/sheets.ts';
import { sheetHtml } from '../../core/layout/sheet-html.ts';
import { figureSizes } from '../../core/model/photo.ts';
import { exportIssuePdf } from '../../electron/node/service/pdf-export.ts';
import { chromiumPdf } from '../../electron/node/service/chromium-pdf.ts';
import { layoutIssue } from '../../core/layout/layout-issue.ts';
import { generatedIssue, SHAPES } from '../helpers/generated-issues.ts';
import { REPO } from '../helpers/web-server.ts';
import { readSample, SAMPLE_FILES } from '../helpers/samples.ts';
import { issuePhotos } from '../helpers/issue-photos.ts';
import { hostileFiles } from '../helpers/hostile-files.ts';
import { reviewedEveryKind } from '../helpers/reviewed-demo.ts';
import { readReviewDocx } from '../../electron/node/service/review-docx.ts';
import { Transform } from '@tiptap/pm/transform';
import { docJson, docNode, issueModel } from '../../core/schema/doc-node.ts';
import type { DocNode } from '../../core/model/doc.ts';
import { applyReview } from '../../core/review/apply-review.ts';
import { settleSuggestions } from '../../core/review/settle.ts';
import { placeReview } from '../../core/review/place-review.ts';
import { phonePhoto } from '../helpers/phone-photos.ts';
import { createHandlers } from '../../electron/node/service/service.ts';
import { photoHash } from '../../electron/node/store/photos-repo.ts';

const dir = tempDir('jianbao-bench-');

function dataDirWith(name: string, file: IssueFile): string {
  const folder = join(dir.path, name);
  const store = Store.open(folder);
  const id = importIssueFile(store, JSON.stringify(file)).id;
  store.settings.set('seeded', '1');
  store.settings.set(LAST_ISSUE, id);
  store.close();
  return folder;
}

async function editorFigures(label: string, file: IssueFile): Promise<void> {
  const server = await startWebServer(dataDirWith(label, file));
  const browser = await launchChromium();
  try {
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const start = performance.now();
      await page.goto(server.url);
      await page.locator('.bj-article').first().waitFor();
      loads.push(performance.now() - start);
      await page.close();
    }
    const chars = countChars(plainText(docNode(file.doc)));
    row(`open ${label} (${chars} 字) to interactive, median of 5`, ms(quantile(loads, 0.5)));

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url);
    await page.locator('.bj-article').first().waitFor();
    await page.locator('.bj-article p:not(.bj-byline):not(.bj-subtitle)').nth(3).click();
    // Per typed character: the main thread's work (input handling and layout) and the time until
    // the frame showing it has been painted (which includes waiting for the display's next frame).
    await page.evaluate(() => {
      const w = window as unknown as { work: number[]; paint: number[] };
      w.work = [];
      w.paint = [];
      let t0 = 0;
      document.addEventListener('keydown', (e) => (t0 = e.timeStamp), true);
      document.addEventListener('input', () => {
        document.body.getBoundingClientRect();
        w.work.push(performance.now() - t0);
        const start = t0;
        requestAnimationFrame(() => setTimeout(() => w.paint.push(performance.now() - start), 0));
      });
    });
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('KeyA');
      await page.waitForTimeout(20);
      if (i % 10 === 9) await page.keyboard.press('Backspace');
    }
    await page.waitForTimeout(300);
    const { work, paint } = await page.evaluate(() => {
      const w = window as unknown as { work: number[]; paint: number[] };
      return { work: w.work, paint: w.paint };
    });
    row(`keystroke in ${label}: main-thread work, p50 / p95 of ${work.length}`, `${ms(quantile(work, 0.5))} / ${ms(quantile(work, 0.95))}`);
    row(`keystroke in ${label}: to painted frame, p50 / p95`, `${ms(quantile(paint, 0.5))} / ${ms(quantile(paint, 0.95))}`);

    // Autosave: the page serialises the document when typing pauses; the server writes it to SQLite.
    const serialise = await page.evaluate(() => {
      const editor = (document.querySelector('.ProseMirror') as unknown as { editor: { getJSON(): unknown } }).editor;
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        JSON.stringify(editor.getJSON());
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[5]!;
    });
    await page.locator('[data-save="saved"]').waitFor();
    const saves = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/saveIssue')).map((e) => e.duration),
    );
    row(`autosave in ${label}: serialise in page (median)`, ms(serialise));
    row(`autosave in ${label}: request + SQLite write (median of ${saves.length})`, ms(quantile(saves, 0.5)));

    // 页面视图: from the click to every page drawn, the layout already settled.
    const pages = Number(await page.locator('[data-pages]').getAttribute('data-pages'));
    const views: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await page.getByRole('toolbar', { name: '工具栏' }).getByRole('button', { name: '页面视图' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.bj-pageview-pages .bj-sheet-frame').length === n, pages);
      views.push(performance.now() - start);
      await page.keyboard.press('Escape');
      await page.locator('.bj-pageview').waitFor({ state: 'detached' });
    }
    row(`page view of ${label} (${pages} pages): click to every page drawn, median of 5`, ms(quantile(views, 0.5)));
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function median(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return quantile(times, 0.5);
}

function processMedian(runs: number, command: string, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(command, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${command} failed`);
    times.push(performance.now() - t);
  }
  return quantile(times, 0.5);
}

/** Plain text of an issue as Markdown paragraphs, what pandoc is given to convert. */
function markdownOf(file: IssueFile): string {
  const walk = (n: DocNode): string => (n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(walk).join(n.content?.every((c) => c.type === 'text') ? '' : '\n\n'));
  return walk(file.doc);
}

async function exportFigures(): Promise<void> {
  const demo = demoIssueFile();
  await exportIssueDocx(demo, issuePhotos(demo)); // warm up
  row('export the demo issue to DOCX in process, median of 10', ms(await median(10, () => exportIssueDocx(demo, issuePhotos(demo)))));
  const sixty = generatedIssue({ ...SHAPES['about eighty pages']!, seed: 60, articles: 6 });
  const layout = layoutIssue(issueModel(sixty), () => ({ width: 4, height: 3 }));
  row(`export a generated ${layout.pagination.totalPages}-page issue in process, median of 5`, ms(await median(5, () => exportIssueDocx(sixty, issuePhotos(sixty)))));
  row(`paginate that ${layout.pagination.totalPages}-page issue, median of 20`, ms(await median(20, () => layoutIssue(issueModel(sixty), () => ({ width: 4, height: 3 })))));

  // The page view's own work when the layout changes (after typing settles): sheets and their HTML.
  const demoDoc = docNode(demo.doc);
  const sizes = figureSizes(demoDoc);
  const demoLayout = layoutIssue({ ...demo, doc: demoDoc }, (hash) => sizes.get(hash) ?? null);
  const redraw = () => layoutSheets(demoLayout).map((s) => sheetHtml(s, demoLayout.geometry, () => null));
  row(`page view: the demo's ${demoLayout.pagination.totalPages} sheets and their HTML after a change, median of 20`, ms(await median(20, redraw)));

  await exportIssuePdf(demo, issuePhotos(demo), chromiumPdf); // warm up
  let size = 0;
  const pdf = await median(3, async () => (size = (await exportIssuePdf(demo, issuePhotos(demo), chromiumPdf)).bytes.length));
  row('export the demo issue to PDF (Chromium started for it), median of 3', ms(pdf));
  row('size of the demo issue’s PDF', `${(size / 1024 / 1024).toFixed(2)} MB`);

  // A 送审稿 returned with every kind of mark (LibreOffice's 修订, Word's moves, formatting and threads), read back and placed on its articles.
  const sent = await exportIssueDocx(demo, issuePhotos(demo), { review: { issueId: 'demo', versionId: 'bench', name: '送审稿' } });
  const returned = reviewedEveryKind(sent.bytes);
  const placed = placeReview(readReviewDocx('审阅稿.docx', returned), demoDoc);
  const counted = `${placed.changes.length} revisions, ${placed.comments.length} comments, ${placed.unplaced.length} listed`;
  row(`read a returned 送审稿 of the demo with every kind of mark (parse, place ${counted}), median of 10`, ms(await median(10, () => placeReview(readReviewDocx('审阅稿.docx', returned), demoDoc))));
  const withMarks = () => {
    const tr = new Transform(demoDoc);
    applyReview(tr, demoDoc, placed, 'bench');
    return tr;
  };
  row('put them into the demo as suggestions, median of 10', ms(await median(10, withMarks)));
  const imported = () => {
    const doc = docNode(demo.doc);
    applyReview(new Transform(doc), doc, placeReview(readReviewDocx('审阅稿.docx', returned), doc), 'bench');
  };
  row('导入审阅稿 of the demo, the whole of it (read, place, put in), median of 10', ms(await median(10, imported)));
  row('put them in, then 全部接受 (all together), median of 10', ms(await median(10, () => settleSuggestions(withMarks(), 'accept'))));
  const marked = { ...demo, doc: docJson(withMarks().doc) };
  row('导出带修订稿 of the demo, median of 5', ms(await median(5, () => exportIssueDocx(marked, issuePhotos(marked), { withMarks: true }))));

  const demoFile = join(dir.path, 'demo.json');
  const markdown = join(dir.path, 'demo.md');
  writeFileSync(demoFile, JSON.stringify(demo));
  writeFileSync(markdown, markdownOf(demo));
  const ours = processMedian(5, process.execPath, [join(REPO, 'dist/cli/jianbao.mjs'), 'export', demoFile, '-o', join(dir.path, 'ours.docx')]);
  let pandoc: number | null = null;
  try {
    pandoc = processMedian(5, 'pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir.path, 'pandoc.docx'), markdown]);
  } catch {
    console.log('pandoc is not installed: `apt-get install pandoc` for the comparison');
  }
  row('`jianbao export` of the demo issue as a whole process, median of 5', ms(ours));
  if (pandoc !== null) {
    row('`pandoc` on the same text (no pagination, empty 目录), median of 5', ms(pandoc));
    row('jianbao export / pandoc', `${(ours / pandoc).toFixed(2)}×`);
  }
}

function storeFigures(file: IssueFile): void {
  const store = Store.open(join(dir.path, 'store-only'));
  const id = importIssueFile(store, JSON.stringify(file)).id;
  const issue = store.issues.get(id)!;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    store.issues.save(id, issue);
    times.push(performance.now() - t);
  }
  row(`SQLite save of the ${countChars(plainText(docNode(file.doc)))}-字 issue, median of 20`, ms(quantile(times, 0.5)));
  store.close();
}

/** 历史版本: recording one version (gzip and SQLite; off the typing path, in the save request), and 200 of them on disk. */
function historyFigures(label: string, file: IssueFile): void {
  const store = Store.open(join(dir.path, `history-${label}`));
  const id = importIssueFile(store, JSON.stringify(file)).id;
  const issue = store.issues.get(id)!;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const doc = structuredClone(issue.doc);
    doc.content![0]!.content![0]!.content![1] = { type: 'paragraph', content: [{ type: 'text', text: `第${i}次修改。` }] };
    const t = performance.now();
    recordVersion(store, id, { ...issue, doc }, 'periodic');
    times.push(performance.now() - t);
  }
  // Thinning keeps the whole last day, so all 200 are still there.
  const bytes = (store.db.prepare('SELECT SUM(LENGTH(content)) AS n FROM versions').get() as { n: number }).n;
  row(`record a version of ${label}, median of 200`, ms(quantile(times, 0.5)));
  row(`200 versions of ${label} on disk`, `${(bytes / 1024 / 1024).toFixed(2)} MB`);
  store.close();
}

async function cleanupFigures(): Promise<void> {
  const samples = Object.values(SAMPLE_FILES).map(readSample);
  for (const [i, text] of samples.entries()) {
    const t = await median(5, () => cleanArticle(textToBlocks(text)));
    row(`clean sample ${i + 1} (${text.length} characters), median of 5`, `${ms(t)}  (${Math.round(text.length / (t / 1000)).toLocaleString('en')} chars/s)`);
  }
  let big = '';
  while (big.length < 100_000) big += samples.join('\n');
  big = big.slice(0, 100_000);
  const t = await median(5, () => cleanArticle(textToBlocks(big)));
  row('clean a 100,000-character paste, median of 5', `${ms(t)}  (${Math.round(100_000 / (t / 1000)).toLocaleString('en')} chars/s)`);
  const paragraphs = big.split('\n').filter((l) => l.trim().length > 30).slice(0, 52);
  const docx = await contributorDocx('二十页的来稿', paragraphs, '王维平');
  const pages = layoutIssue(
    issueModel({ ...demoIssueFile(), doc: { type: 'doc', content: [{ type: 'section', attrs: { id: 's', key: 'jiaoliu', heading: '【学习交流】' }, content: [{ type: 'article', attrs: { id: 'a' }, content: [{ type: 'articleTitle' }, ...paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })), { type: 'byline' }] }] }] } }),
    () => null,
  ).pagination.bodyPages;
  row(`import a ${pages}-page .docx (read, clean, structure), median of 5`, ms(await median(5, () => readManuscript('来稿.docx', docx))));
  // The same essay as WPS and Word number it: every fourth paragraph a heading numbered automatically (一、 （一） 1.).
  const numbered = numberedDocx('二十页的来稿', paragraphs);
  row(`import a ${pages}-page .docx with automatic numbering (numbering.xml), median of 5`, ms(await median(5, () => readManuscript('编号.docx', numbered))));

  const contributions = fileURLToPath(new URL('../fixtures/contributions/', import.meta.url));
  for (const name of ['portal-news', 'newspaper-page']) {
    const text = readFileSync(join(contributions, `${name}.txt`), 'utf8');
    row(`clean ${name}.txt (${text.length} characters), median of 20`, ms(await median(20, () => cleanArticle(textToBlocks(text)))));
  }
  // A 20-page PDF as an office makes it: the essay of the tests, repeated, saved as PDF by LibreOffice.
  const essay = JSON.parse(readFileSync(join(contributions, 'office-essay.json'), 'utf8')) as Essay;
  const long = join(dir.path, '二十页.docx');
  writeFileSync(long, await essayDocx({ ...essay, paragraphs: Array.from({ length: 12 }, () => essay.paragraphs).flat() }));
  const pdf = readFileSync(convertWithLibreOffice(long, 'pdf', dir.path));
  const pdfPages = /Pages:\s+(\d+)/u.exec(spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }).stdout)?.[1] ?? '?';
  row(`import a ${pdfPages}-page PDF made by LibreOffice (read, clean, structure), median of 5`, ms(await median(5, () => readManuscript('来稿.pdf', pdf))));
  // The same essay as an old Word file: LibreOffice's .doc, and that file as Word's fast save leaves it.
  const doc = readFileSync(convertWithLibreOffice(long, 'doc:MS Word 97', dir.path));
  row(`import a ${pdfPages}-page .doc made by LibreOffice (read, clean, structure), median of 5`, ms(await median(5, () => readManuscript('来稿.doc', doc))));
  const fast = fastSaved(doc);
  row(`import the same ${pdfPages}-page .doc fast-saved (its text in pieces out of order), median of 5`, ms(await median(5, () => readManuscript('来稿.doc', fast))));
}

/** How long `jianbao clean` takes to refuse each hostile or broken file (issue 10's limit: 30 s a file). */
async function hostileFigures(): Promise<void> {
  const cli = join(REPO, 'dist/cli/jianbao.mjs');
  let worst = { name: '', t: 0 };
  for (const f of await hostileFiles()) {
    const path = join(dir.path, f.name);
    writeFileSync(path, f.bytes);
    const t = performance.now();
    spawnSync(process.execPath, [cli, 'clean', path], { stdio: 'ignore', env: { ...process.env, JIANBAO_DATA_DIR: join(dir.path, 'hostile-data') } });
    const took = performance.now() - t;
    if (took > worst.t) worst = { name: f.name, t: took };
  }
  row('refuse a hostile or broken file (jianbao clean, its own process): the slowest', `${ms(worst.t)}  (${worst.name})`);
}

async function proofreadFigures(): Promise<void> {
  const demo = demoIssueFile();
  const dict = formulations();
  const doc = docNode(demo.doc);
  row('check the whole demo issue (校对), median of 5', ms(await median(5, () => checkIssue(doc, dict))));
  // After a keystroke only the paragraph typed in is checked again; the others come from the cache.
  const paragraphs: string[] = [];
  doc.descendants((node) => (node.type.name === 'paragraph' ? (paragraphs.push(node.textContent), false) : true));
  const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
  let n = 0;
  const t = await median(50, () => checkText(`${longest}${n++}`, dict));
  row(`re-check after one keystroke (the changed paragraph, ${longest.length} 字), median of 50`, `${t.toFixed(2)} ms`);
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Twelve phone photos (4000×3000 JPEGs at quality 92, two held upright: EXIF orientation 6) in
 * 【学习掠影】 of the demo issue, stored as originals the way an older version or `jianbao load`
 * leaves them: inserting one, then exports with their copies made (first) and kept (second).
 */
async function photoFigures(): Promise<void> {
  const photos: Buffer[] = [];
  for (let i = 0; i < 12; i++) photos.push(await phonePhoto(300 + i, { orientation: i === 2 || i === 7 ? 6 : undefined }));
  const total = photos.reduce((n, p) => n + p.length, 0);
  row('12 phone photos, 4000×3000 JPEG q92 (2 with orientation 6)', MB(total));

  const inserting = Store.open(join(dir.path, 'photo-insert'));
  const insertApi = createHandlers(inserting);
  const inserts: number[] = [];
  for (const photo of photos) {
    const data = photo.toString('base64');
    const t = performance.now();
    await insertApi.putPhoto({ data });
    inserts.push(performance.now() - t);
  }
  inserting.close();
  row('insert one photo (Node side: check, store, screen copy), median of 12', `${ms(quantile(inserts, 0.5))}  (max ${ms(Math.max(...inserts))})`);

  const demo = demoIssueFile();
  const file: IssueFile = structuredClone(demo);
  const gallery = file.doc.content!.find((s) => s.attrs?.key === 'lueying')!;
  gallery.content = [...(gallery.content ?? []), ...photos.map((p, i) => ({ type: 'figure', attrs: { id: `bench-${i}`, photo: photoHash(p) }, content: [{ type: 'text', text: `第${i + 1}张` }] }))];
  for (const p of photos) file.photos[photoHash(p)] = { mime: 'image/jpeg', data: p.toString('base64') };
  const size = (data: string) => Buffer.from(data, 'base64').length;

  for (const [label, work] of [
    ['DOCX', (api: ReturnType<typeof createHandlers>, id: string) => api.exportDocx({ id }).then((r) => size(r.data))],
    ['PDF', (api: ReturnType<typeof createHandlers>, id: string) => api.exportPdf({ id }).then((r) => size(r.data))],
    ['公众号 HTML', (api: ReturnType<typeof createHandlers>, id: string) => api.wechatPost({ id }).then((r) => Buffer.byteLength(r.html))],
  ] as const) {
    const store = Store.open(join(dir.path, `photo-${label}`));
    const { id } = importIssueFile(store, JSON.stringify(file));
    const api = createHandlers(store);
    let t = performance.now();
    const bytes = await work(api, id);
    const first = performance.now() - t;
    t = performance.now();
    await work(api, id);
    const second = performance.now() - t;
    row(`${label} of the demo + 12 phone photos: size`, MB(bytes));
    row(`${label}: first export (copies made) / second (kept)`, `${ms(first)} / ${ms(second)}`);
    if (label === 'DOCX') row('DOCX with --full-photos (the originals, upright): size', MB(size((await api.exportDocx({ id, fullPhotos: true })).data)));
    store.close();
  }
}

try {
  console.log('简报工坊 bench — figures for the budgets in DESIGN.md\n');
  await photoFigures();
  await proofreadFigures();
  await cleanupFigures();
  await hostileFigures();
  await exportFigures();
  const big = bigIssueFile(100_000);
  await editorFigures('demo issue', demoIssueFile());
  await editorFigures('100,000-字 issue', big);
  storeFigures(big);
  historyFigures('the demo issue', demoIssueFile());
  historyFigures('the 100,000-字 issue', big);
} finally {
  dir.remove();
}
