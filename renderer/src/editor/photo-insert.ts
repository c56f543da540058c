import type { Editor } from '@tiptap/core';
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { Fragment } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import { NODE } from '../../../core/model/nodes.ts';
import { BLOCK_DEPTH, ITEM_DEPTH, SECTION_DEPTH } from '../../../core/model/depths.ts';
import { newId } from '../../../core/model/ids.ts';
import type { Template } from '../../../core/model/template.ts';
import { sectionFor } from './items.ts';
import type { StoredPhoto } from './photos.ts';
import { findById } from '../../../core/model/items.ts';

/**
 * Where a batch of photos goes, named by ids rather than positions: the files are stored first
 * (seconds for a dozen phone photos), and the clerk may type meanwhile.
 */
export type PhotoTarget =
  /** An empty photo slot (点击插入照片): the first photo fills it, the others follow it. */
  | { kind: 'slot'; id: string }
  /** An article's body, after its block at `index`. */
  | { kind: 'article'; id: string; index: number }
  /** A section of photos (【学习掠影】), before its item at `index`, or at its end. */
  | { kind: 'section'; id: string; index: number | null };

/** The target for photos put at `$pos` (the caret, or where files were dropped). */
export function photoTargetAt(editor: Editor, template: Template, $pos: ResolvedPos): PhotoTarget | null {
  if ($pos.depth >= BLOCK_DEPTH && $pos.node(ITEM_DEPTH).type.name === NODE.article) return { kind: 'article', id: String($pos.node(ITEM_DEPTH).attrs.id), index: $pos.index(ITEM_DEPTH) };
  const id = sectionFor(editor, template, NODE.figure, $pos);
  if (!id) return null;
  // In a section of photos, after the item there; else at the end of the first such section.
  const here = $pos.depth >= ITEM_DEPTH && String($pos.node(SECTION_DEPTH).attrs.id) === id;
  return { kind: 'section', id, index: here ? $pos.index(SECTION_DEPTH) + 1 : null };
}

/** Where new figures go for a target now, after whatever was typed while the files were stored. */
function insertionPoint(doc: PMNode, target: PhotoTarget): number | null {
  const at = findById(doc, target.id);
  if (!at) return null;
  if (target.kind === 'slot') return at.pos + at.node.nodeSize;
  let pos = at.pos + 1;
  const last = target.kind === 'article' ? target.index : (target.index ?? at.node.childCount) - 1;
  for (let i = 0; i < at.node.childCount; i++) {
    const child = at.node.child(i);
    const name = child.type.name;
    // A photo belongs to an article's body: after its title and subtitle, before its byline.
    if (name === NODE.byline || (i > last && name !== NODE.title && name !== NODE.subtitle)) break;
    pos += child.nodeSize;
  }
  return pos;
}

/**
 * Puts the photos in, in their order, as one undoable step: each gets a figure, the caret waits in
 * the first one's caption for its words. Returns false when the target is gone.
 */
export function insertPhotos(editor: Editor, target: PhotoTarget, photos: readonly StoredPhoto[]): boolean {
  if (!photos.length) return true;
  const { state } = editor;
  const figure = state.schema.nodes[NODE.figure]!;
  const made = (p: StoredPhoto) => figure.create({ id: newId(), photo: p.hash, width: p.width, height: p.height });
  const tr = state.tr;
  let rest = photos;
  /** The first photo's figure: its caption gets the caret. */
  let first: { pos: number; captionEnd: number } | null = null;
  const slot = target.kind === 'slot' ? findById(state.doc, target.id) : null;
  if (slot && slot.node.type.name === NODE.figure && !slot.node.attrs.photo) {
    const photo = photos[0]!;
    tr.setNodeMarkup(slot.pos, undefined, { ...slot.node.attrs, photo: photo.hash, width: photo.width, height: photo.height });
    first = { pos: slot.pos, captionEnd: slot.pos + 1 + slot.node.content.size };
    rest = photos.slice(1);
  }
  const at = insertionPoint(tr.doc, target);
  if (at === null) return false;
  if (rest.length) tr.insert(at, Fragment.from(rest.map(made)));
  first ??= { pos: at, captionEnd: at + 1 };
  tr.setSelection(TextSelection.create(tr.doc, first.captionEnd));
  // One undo step of its own: closed before (no merging with earlier typing) and after (the caption typed at once is another step).
  editor.view.dispatch(closeHistory(tr));
  editor.view.dispatch(closeHistory(editor.view.state.tr));
  editor.view.focus();
  // The first new photo in the middle of the screen: the clerk sees where the caption goes.
  const dom = editor.view.nodeDOM(first.pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
  return true;
}
