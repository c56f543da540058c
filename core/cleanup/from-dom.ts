import type { RawBlock, Run } from './raw-block.ts';

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TD', 'TH', 'DD', 'DT', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'UL', 'OL', 'TABLE', 'FIGURE', 'FIGCAPTION', 'HEADER', 'MAIN']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'VIDEO', 'AUDIO', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK']);

interface Marks {
  bold: boolean;
  italic: boolean;
}

function marksOf(el: Element, inherited: Marks): Marks {
  const tag = el.tagName.toUpperCase();
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  return {
    bold: inherited.bold || tag === 'B' || tag === 'STRONG' || /font-weight\s*:\s*(bold|[6-9]00)/u.test(style),
    italic: inherited.italic || tag === 'I' || tag === 'EM' || /font-style\s*:\s*italic/u.test(style),
  };
}

function hintOf(el: Element): RawBlock['hint'] {
  const tag = el.tagName.toUpperCase();
  const cls = el.getAttribute('class') ?? '';
  if (tag === 'H1' || /MsoTitle/u.test(cls)) return { kind: 'title' };
  const level = /^H([2-5])$/u.exec(tag)?.[1];
  if (level) return { kind: 'heading', level: Number(level) - 1 };
  const word = /MsoHeading(\d)|^Heading(\d)/u.exec(cls);
  if (word) return { kind: 'heading', level: Math.min(4, Number(word[1] ?? word[2])) };
  return undefined;
}

/**
 * Paragraphs of an HTML document (Word, WPS, a browser, WeChat) with their bold and italic. Only
 * text is read: pictures, scripts, styles, forms and navigation are left behind, and nothing of the
 * markup is kept but the structure it tells.
 */
export function domToBlocks(root: Node): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  const close = () => {
    if (current && current.runs.some((r) => r.text.trim())) blocks.push(current);
    current = null;
  };
  const walk = (node: Node, marks: Marks, hint: RawBlock['hint']) => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/[\n\r\t]+/gu, ' ');
      if (!text) return;
      current ??= { runs: [], continues: false, ...(hint ? { hint } : {}) };
      const run: Run = { text, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}) };
      current.runs.push(run);
      return;
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      // A document or a fragment (what DOMPurify returns): only a container of what it holds.
      for (const child of Array.from(node.childNodes)) walk(child, marks, hint);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/u.test(el.getAttribute('style') ?? '')) return;
    if (tag === 'BR') {
      close();
      // A line break inside a paragraph: the next line may continue the sentence.
      current = { runs: [], continues: true, ...(hint ? { hint } : {}) };
      return;
    }
    const isBlock = BLOCKS.has(tag);
    const childHint = isBlock ? (hintOf(el) ?? hint) : hint;
    if (isBlock) close();
    for (const child of Array.from(el.childNodes)) walk(child, marksOf(el, marks), childHint);
    if (isBlock) close();
  };
  walk(root, { bold: false, italic: false }, undefined);
  close();
  return blocks;
}
