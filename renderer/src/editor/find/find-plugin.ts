import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { markSweeping } from '../history/sweeping-changes.ts';

interface Match {
  from: number;
  to: number;
}

interface FindState {
  query: string;
  matches: Match[];
  current: number;
}

export const findKey = new PluginKey<FindState>('find');

/** Every place the query occurs, inside one textblock each (our text has no inline nodes). */
export function findMatches(doc: PMNode, query: string): Match[] {
  if (!query) return [];
  const matches: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length))
      matches.push({ from: pos + 1 + at, to: pos + 1 + at + query.length });
    return false;
  });
  return matches;
}

function nearest(matches: Match[], pos: number): number {
  const i = matches.findIndex((m) => m.from >= pos);
  return matches.length ? (i < 0 ? 0 : i) : -1;
}

/** 查找和替换 (Ctrl+F / Ctrl+H): highlights every hit and steps through them. */
export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: '', matches: [], current: -1 }),
      apply(tr: Transaction, prev: FindState, _old: EditorState, state: EditorState): FindState {
        const meta = tr.getMeta(findKey) as Partial<FindState> | undefined;
        const query = meta?.query ?? prev.query;
        if (meta?.query !== undefined || (tr.docChanged && query)) {
          const matches = findMatches(state.doc, query);
          const current = meta?.current ?? nearest(matches, state.selection.from);
          return { query, matches, current: Math.min(current, matches.length - 1) };
        }
        return meta?.current !== undefined ? { ...prev, current: meta.current } : prev;
      },
    },
    props: {
      decorations(state) {
        const s = findKey.getState(state);
        if (!s?.matches.length) return null;
        return DecorationSet.create(
          state.doc,
          s.matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === s.current ? 'bj-find-hit bj-find-current' : 'bj-find-hit' })),
        );
      },
    },
  });
}

export function findState(view: EditorView): FindState {
  return findKey.getState(view.state) ?? { query: '', matches: [], current: -1 };
}

function reveal(view: EditorView, index: number): void {
  const m = findState(view).matches[index];
  if (!m) return;
  view.dispatch(view.state.tr.setMeta(findKey, { current: index }));
  const dom = view.domAtPos(m.from).node;
  (dom instanceof Element ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
}

export function setQuery(view: EditorView, query: string): void {
  view.dispatch(view.state.tr.setMeta(findKey, { query }));
  reveal(view, findState(view).current);
}

export function step(view: EditorView, direction: 1 | -1): void {
  const { matches, current } = findState(view);
  if (!matches.length) return;
  reveal(view, (current + direction + matches.length) % matches.length);
}

export function replaceCurrent(view: EditorView, replacement: string): void {
  const { matches, current } = findState(view);
  const m = matches[current];
  if (!m) return;
  const tr = replacement ? view.state.tr.insertText(replacement, m.from, m.to) : view.state.tr.delete(m.from, m.to);
  view.dispatch(tr.setMeta(findKey, { current }));
  reveal(view, findState(view).current);
}

/** Replaces every hit in one undoable step; returns how many. */
export function replaceAll(view: EditorView, replacement: string): number {
  const { matches } = findState(view);
  if (!matches.length) return 0;
  const tr = markSweeping(view.state.tr, 'replaceAll');
  for (const m of [...matches].reverse()) {
    if (replacement) tr.insertText(replacement, m.from, m.to);
    else tr.delete(m.from, m.to);
  }
  view.dispatch(tr);
  return matches.length;
}
