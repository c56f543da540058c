import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { IssueLayout } from '../../../../core/layout/layout-issue.ts';
import { layoutSheets } from '../../../../core/layout/sheets.ts';
import { sheetHtml } from '../../../../core/layout/sheet-html.ts';
import { TWIPS_PER_PT } from '../../../../core/layout/page-geometry.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { photoUrl } from '../photos.ts';
import '../../styles/page-view.css';

export type Zoom = 'fit' | 'actual' | 'two';
const ZOOMS: { zoom: Zoom; label: string }[] = [
  { zoom: 'fit', label: '适合宽度' },
  { zoom: 'actual', label: '100%' },
  { zoom: 'two', label: '双页' },
];
const PX_PER_PT = 96 / 72;
const GAP_PX = 24;
const THUMB_PX = 120;

interface Props {
  /** The layout the editor's page marks and 目录 numbers come from, recomputed once typing settles. */
  layout: IssueLayout | null;
  /** Opened to print (Ctrl+P, 打印 in the toolbar): the print dialog comes as soon as every page is drawn. */
  printing?: boolean;
  /** A line was clicked: open its paragraph in the editor at that line. */
  onOpen: (source: number[], offset: number) => void;
  onClose: () => void;
}

/** Characters of a line before the point clicked: where in the line the caret goes. */
function charsBefore(line: HTMLElement, x: number, y: number): number {
  const at = document.caretPositionFromPoint?.(x, y);
  if (!at || !line.contains(at.offsetNode)) return 0;
  const range = document.createRange();
  range.setStart(line, 0);
  range.setEnd(at.offsetNode, at.offset);
  return range.toString().length;
}

/** The photos the sheets show, as blob: addresses once they have loaded (null: it cannot load, and stays an empty frame, as on paper it would be reported). */
function usePhotoUrls(hashes: string[]): ReadonlyMap<string, string | null> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string | null>>(new Map());
  const key = hashes.join(' ');
  useEffect(() => {
    let live = true;
    const settle = (hash: string, url: string | null) => live && setUrls((m) => (m.has(hash) && m.get(hash) === url ? m : new Map(m).set(hash, url)));
    for (const hash of key.split(' ').filter(Boolean))
      void photoUrl(hash).then(
        (url) => settle(hash, url),
        () => settle(hash, null),
      );
    return () => {
      live = false;
    };
  }, [key]);
  return urls;
}

/** Every photo of the pages loaded and decoded: a page printed before would print an empty frame. */
async function photosDrawn(pane: HTMLElement | null): Promise<void> {
  await Promise.all([...(pane?.querySelectorAll('img') ?? [])].map((img) => img.decode().catch(() => undefined)));
}

/**
 * 页面视图 / 打印预览: the printed pages drawn from the export's own layout, line for line where the
 * DOCX and the PDF put them. It zooms, has thumbnails to jump by, and a click on a line opens that
 * place in the editor. 打印 prints these very sheets (the browser's print dialog, which in the desktop
 * app is the system's): the print stylesheet (page-view.css) leaves out everything else.
 */
export function PageView({ layout, printing = false, onOpen, onClose }: Props) {
  const dialog = useDialog(onClose);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [width, setWidth] = useState(800);
  const pagesRef = useRef<HTMLDivElement>(null);
  const sheets = useMemo(() => (layout ? layoutSheets(layout) : []), [layout]);
  const hashes = useMemo(() => [...new Set(sheets.flatMap((s) => s.items.flatMap((i) => (i.kind === 'picture' ? [i.photo] : []))))], [sheets]);
  const urls = usePhotoUrls(hashes);
  const html = useMemo(() => (layout ? sheets.map((s) => sheetHtml(s, layout.geometry, (h) => urls.get(h) ?? null)) : []), [sheets, layout, urls]);
  const thumbs = useMemo(() => (layout ? sheets.map((s) => sheetHtml(s, layout.geometry, (h) => urls.get(h) ?? null, false)) : []), [sheets, layout, urls]);

  useLayoutEffect(() => {
    const el = pagesRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  const sheetPx = layout ? (layout.geometry.widthTwips / TWIPS_PER_PT) * PX_PER_PT : 794;
  const sheetHeightPx = layout ? (layout.geometry.heightTwips / TWIPS_PER_PT) * PX_PER_PT : 1123;
  const scale = zoom === 'actual' ? 1 : Math.max(0.2, (zoom === 'two' ? (width - 3 * GAP_PX) / 2 : width - 2 * GAP_PX) / sheetPx);

  // The page in view, for the thumbnails: the first whose foot is below the top of the pane.
  const [current, setCurrent] = useState(0);
  const onScroll = () => {
    const pane = pagesRef.current;
    if (!pane) return;
    const top = pane.getBoundingClientRect().top;
    const frames = [...pane.querySelectorAll('.bj-sheet-frame')];
    const index = frames.findIndex((f) => f.getBoundingClientRect().bottom > top + 40);
    if (index >= 0 && index !== current) setCurrent(index);
  };
  const thumbsRef = useRef<HTMLElement>(null);
  useEffect(() => {
    thumbsRef.current?.querySelectorAll('.bj-thumb')[current]?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onPageClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    const link = target.closest('a[href^="#"]');
    if (link) {
      // A 目录 line: go to its page here, as the PDF's link does.
      e.preventDefault();
      pagesRef.current?.querySelector(`[id="${CSS.escape(link.getAttribute('href')!.slice(1))}"]`)?.closest('.bj-sheet-frame')?.scrollIntoView({ block: 'start' });
      return;
    }
    const line = target.closest<HTMLElement>('[data-source]');
    if (!line) return;
    onOpen(line.dataset.source!.split('.').map(Number), Number(line.dataset.offset ?? 0) + charsBefore(line, e.clientX, e.clientY));
  };
  const jump = (index: number) => {
    pagesRef.current?.querySelectorAll('.bj-sheet-frame')[index]?.scrollIntoView({ block: 'start' });
    // The keys (PgDn, End) go on with the pages, not the thumbnails.
    pagesRef.current?.focus({ preventScroll: true });
  };
  const label = (i: number) => (sheets[i]!.number === null ? `第 ${i + 1} 页（报头、目录）` : `第 ${sheets[i]!.number} 页`);

  const print = async () => {
    await photosDrawn(pagesRef.current);
    window.print();
  };
  // Opened to print: once the pages are drawn and every photo has loaded or failed.
  const settled = hashes.every((h) => urls.has(h));
  const printed = useRef(false);
  useEffect(() => {
    if (!printing || printed.current || !html.length || !settled) return;
    printed.current = true;
    void print();
  }, [printing, html, settled]);
  const pageRule = layout ? `@media print { @page { size: ${layout.geometry.widthTwips / TWIPS_PER_PT}pt ${layout.geometry.heightTwips / TWIPS_PER_PT}pt; margin: 0 } }` : '';

  return (
    <div className="bj-pageview" {...dialog} aria-label="页面视图">
      <style>{pageRule}</style>
      <div className="bj-pageview-bar" role="toolbar" aria-label="页面视图工具栏">
        <strong>页面视图</strong>
        <span className="bj-pageview-count">共 {sheets.length} 页，与导出的 DOCX、PDF 分页相同；点击文字可回到编辑处</span>
        {ZOOMS.map((z) => (
          <button key={z.zoom} type="button" aria-pressed={zoom === z.zoom} onClick={() => setZoom(z.zoom)}>
            {z.label}
          </button>
        ))}
        <button type="button" onClick={() => void print()} title="打印这些页面，与导出的 PDF 相同 (Ctrl+P)" disabled={!layout}>
          打印
        </button>
        <button type="button" onClick={onClose} title="回到编辑 (Esc)">
          返回编辑
        </button>
      </div>
      <div className="bj-pageview-body">
        <nav ref={thumbsRef} className="bj-pageview-thumbs" aria-label="页面缩略图">
          {thumbs.map((t, i) => (
            <button key={i} type="button" className="bj-thumb" aria-label={label(i)} aria-current={i === current ? 'page' : undefined} onClick={() => jump(i)}>
              <span className="bj-thumb-sheet" style={{ zoom: THUMB_PX / sheetPx, height: sheetHeightPx }} dangerouslySetInnerHTML={{ __html: t }} />
              <span className="bj-thumb-label">{sheets[i]!.number ?? '—'}</span>
            </button>
          ))}
        </nav>
        <div ref={pagesRef} className={`bj-pageview-pages bj-zoom-${zoom}`} tabIndex={0} aria-label="页面" onClick={onPageClick} onScroll={onScroll}>
          {/* Side by side as the booklet opens: odd numbered pages on the right. */}
          {zoom === 'two' && (layout?.pagination.frontPages ?? 0) % 2 === 0 && <div className="bj-sheet-spacer" style={{ zoom: scale, width: sheetPx, height: sheetHeightPx }} />}
          {html.map((h, i) => (
            <div key={i} className="bj-sheet-frame" aria-label={label(i)} style={{ zoom: scale }} dangerouslySetInnerHTML={{ __html: h }} />
          ))}
        </div>
      </div>
    </div>
  );
}
