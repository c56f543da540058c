import type { Editor } from '@tiptap/core';
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { ITEM_DEPTH } from '../../../core/model/depths.ts';
import { NODE, type ItemKind } from '../../../core/model/nodes.ts';
import { newId } from '../../../core/model/ids.ts';
import type { Template } from '../../../core/model/template.ts';
import { placementProblem } from '../../../core/template/placement.ts';
import { findItem, findSection, itemStart } from '../../../core/model/items.ts';

/** Moves an item before the item at `index` of a section (or to its end); one undoable step. */
export function moveItem(editor: Editor, template: Template, id: string, sectionId: string, index: number): string | null {
  const { state } = editor;
  const item = findItem(state.doc, id);
  const target = findSection(state.doc, sectionId);
  if (!item || !target) return null;
  const problem = placementProblem(template, String(target.node.attrs.key), item.node.type.name as ItemKind);
  if (problem) return problem;
  const sameSection = item.sectionPos === target.pos;
  const finalIndex = sameSection && index > item.index ? index - 1 : index;
  if (sameSection && finalIndex === item.index) return null;
  const tr = state.tr.delete(item.pos, item.pos + item.node.nodeSize);
  const moved = findSection(tr.doc, sectionId)!;
  tr.insert(itemStart(moved.node, moved.pos, finalIndex), item.node);
  editor.view.dispatch(tr.scrollIntoView());
  return null;
}

/** Deletes an item and puts the cursor where it was, so that typing and Ctrl+Z go on from there. */
export function deleteItem(editor: Editor, id: string): void {
  const item = findItem(editor.state.doc, id);
  if (!item) return;
  const tr = editor.state.tr.delete(item.pos, item.pos + item.node.nodeSize);
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(item.pos, tr.doc.content.size)), -1));
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
}

function newItem(editor: Editor, kind: ItemKind): PMNode {
  const { schema } = editor;
  const empty = (name: string) => schema.nodes[name]!.create();
  if (kind === NODE.article)
    return schema.nodes[NODE.article]!.create({ id: newId() }, [empty(NODE.title), empty(NODE.paragraph), empty(NODE.byline)]);
  if (kind === NODE.reflection)
    return schema.nodes[NODE.reflection]!.create({ id: newId() }, [empty(NODE.paragraph), empty(NODE.byline)]);
  if (kind === NODE.editorsNote) return schema.nodes[NODE.editorsNote]!.create({ id: newId() }, [empty(NODE.paragraph)]);
  return schema.nodes[NODE.figure]!.create({ id: newId() });
}

/** Inserts a finished item (a placed submission) into a section before `index`, or at its end. */
export function insertItem(editor: Editor, template: Template, sectionId: string, index: number, node: PMNode): string | null {
  const section = findSection(editor.state.doc, sectionId);
  if (!section) return null;
  const problem = placementProblem(template, String(section.node.attrs.key), node.type.name as ItemKind);
  if (problem) return problem;
  const at = itemStart(section.node, section.pos, index);
  const tr = editor.state.tr.insert(at, node);
  tr.setSelection(TextSelection.near(tr.doc.resolve(at + 2)));
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
  return null;
}

/** Appends a new empty item to a section and puts the cursor in it. */
export function appendItem(editor: Editor, sectionId: string, kind: ItemKind): string | null {
  const section = findSection(editor.state.doc, sectionId);
  if (!section) return null;
  const node = newItem(editor, kind);
  const at = section.pos + section.node.nodeSize - 1;
  const tr = editor.state.tr.insert(at, node);
  tr.setSelection(TextSelection.near(tr.doc.resolve(at + 2)));
  editor.view.dispatch(tr);
  editor.view.focus();
  // The new item in the middle of the screen: the clerk sees where the typing goes.
  const dom = editor.view.nodeDOM(at);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
  return String(node.attrs.id);
}

/** The section holding the cursor (or `$at`), or the first that takes this kind of item. */
export function sectionFor(editor: Editor, template: Template, kind: ItemKind, $at: ResolvedPos = editor.state.selection.$from): string | null {
  const here = $at.depth >= 1 ? $at.node(1) : null;
  if (here && !placementProblem(template, String(here.attrs.key), kind)) return String(here.attrs.id);
  let first: string | null = null;
  editor.state.doc.forEach((s) => {
    if (!first && !placementProblem(template, String(s.attrs.key), kind)) first = String(s.attrs.id);
  });
  return first;
}

/** Scrolls an item into view and puts the cursor at its start. */
export function focusItem(editor: Editor, id: string): void {
  const item = findItem(editor.state.doc, id);
  if (!item) return;
  const tr = editor.state.tr.setSelection(TextSelection.near(editor.state.doc.resolve(item.pos + 1)));
  editor.view.dispatch(tr);
  editor.view.focus();
  scrollToItem(editor, id);
}

/** Brings an item to the top of the view, leaving the focus where it is. */
export function scrollToItem(editor: Editor, id: string): void {
  const item = findItem(editor.state.doc, id);
  const dom = item && editor.view.nodeDOM(item.pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
}

/** The id of the item holding the cursor. */
export function currentItemId(editor: Editor): string | null {
  const { $from } = editor.state.selection;
  return $from.depth >= ITEM_DEPTH ? String($from.node(ITEM_DEPTH).attrs.id ?? '') || null : null;
}
