import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { issueSchema } from '../../core/schema/issue-schema.ts';
import { NODE } from '../../core/model/nodes.ts';
import { enter } from '../../core/editing/enter.ts';
import { backspace, deleteForward } from '../../core/editing/join-keys.ts';
import { selectBody } from '../../core/editing/select-body.ts';

/**
 * The editing keys as commands on a real EditorState, in Node: Enter, Backspace, Delete and Ctrl+A
 * at every kind of block, the cases test/e2e/writing.test.ts types in Chromium. A block is written
 * `kind:text`, and `|` marks the caret.
 */
const schema = issueSchema();
const KINDS: Record<string, string> = { t: NODE.title, s: NODE.subtitle, p: NODE.paragraph, h: NODE.heading, b: NODE.byline, f: NODE.figure };

function block(spec: string): PMNode {
  const [kind, text] = [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1).replace('|', '')];
  const content = text ? [schema.text(text)] : [];
  if (kind === 'q') return schema.nodes[NODE.blockquote]!.create(null, schema.nodes[NODE.paragraph]!.create(null, content));
  return schema.nodes[KINDS[kind]!]!.create(kind === 'h' ? { level: 1 } : null, content);
}

/** An issue of one section holding an article (or another item), with the caret where `|` is. */
function stateOf(blocks: string[], item: string = NODE.article, section = 'jiaoliu'): EditorState {
  const node = item === NODE.figure ? block(blocks[0]!) : schema.nodes[item]!.create(null, blocks.map(block));
  const doc = schema.nodes[NODE.doc]!.create(null, [
    schema.nodes[NODE.section]!.create({ key: 'jianxun', heading: '【简讯】' }, [
      schema.nodes[NODE.article]!.create(null, [block('t:前一篇'), block('p:正文。'), block('b:文/甲')]),
    ]),
    schema.nodes[NODE.section]!.create({ key: section, heading: '【学习交流】' }, [node]),
  ]);
  let caret = -1;
  let seen = 0;
  const wanted = blocks.findIndex((b) => b.includes('|'));
  doc.descendants((n, pos) => {
    if (!n.isTextblock) return true;
    if (seen++ === wanted + 3) caret = pos + 1 + blocks[wanted]!.slice(blocks[wanted]!.indexOf(':') + 1).indexOf('|');
    return false;
  });
  return EditorState.create({ doc, selection: TextSelection.create(doc, caret) });
}

/** The second section's item as `kind:text` blocks again, `|` at the caret; and whether the key was taken. */
function press(command: Command, state: EditorState): { handled: boolean; blocks: string[] } {
  let next = state;
  const handled = command(state, (tr) => (next = state.apply(tr)));
  const item = next.doc.child(1).child(0);
  const itemPos = next.doc.resolve(next.doc.child(0).nodeSize + 1).pos;
  const caret = next.selection.head;
  const kindOf = (n: PMNode) => (n.type.name === NODE.blockquote ? 'q' : Object.entries(KINDS).find(([, name]) => name === n.type.name)![0]);
  const out: string[] = [];
  const blocks = item.type.name === NODE.figure ? [item] : Array.from({ length: item.childCount }, (_, i) => item.child(i));
  let at = item.type.name === NODE.figure ? itemPos : itemPos + 1;
  for (const b of blocks) {
    const text = b.textContent;
    const start = b.type.name === NODE.blockquote ? at + 2 : at + 1;
    const offset = caret >= start && caret <= start + text.length && next.selection.empty ? caret - start : -1;
    out.push(`${kindOf(b)}:${offset < 0 ? text : `${text.slice(0, offset)}|${text.slice(offset)}`}`);
    at += b.nodeSize;
  }
  return { handled, blocks: out };
}

describe('Enter', () => {
  it('goes from the title on to the body: into an empty paragraph waiting there, else a new one', () => {
    expect(press(enter, stateOf(['t:开班|', 'p:', 'b:']))).toEqual({ handled: true, blocks: ['t:开班', 'p:|', 'b:'] });
    expect(press(enter, stateOf(['t:开班|', 'p:正文。', 'b:'])).blocks).toEqual(['t:开班', 'p:|', 'p:正文。', 'b:']);
    // Into the subtitle when there is one.
    expect(press(enter, stateOf(['t:开|班', 's:——副题', 'p:正文。', 'b:'])).blocks).toEqual(['t:开班', 's:——副题|', 'p:正文。', 'b:']);
  });

  it('splits a paragraph, opens one after it at its end and one before it at its start', () => {
    expect(press(enter, stateOf(['t:题', 'p:学员们|表示。', 'b:'])).blocks).toEqual(['t:题', 'p:学员们', 'p:|表示。', 'b:']);
    expect(press(enter, stateOf(['t:题', 'p:学员们表示。|', 'b:'])).blocks).toEqual(['t:题', 'p:学员们表示。', 'p:|', 'b:']);
    expect(press(enter, stateOf(['t:题', 'p:|学员们表示。', 'b:'])).blocks).toEqual(['t:题', 'p:', 'p:|学员们表示。', 'b:']);
  });

  it('makes a `——` line right under the title the subtitle, and an empty heading a paragraph', () => {
    expect(press(enter, stateOf(['t:题', 'p:——聚焦主责主业|', 'b:'])).blocks).toEqual(['t:题', 's:——聚焦主责主业', 'p:|', 'b:']);
    expect(press(enter, stateOf(['t:题', 'p:正文。', 'h:|', 'b:'])).blocks).toEqual(['t:题', 'p:正文。', 'p:|', 'b:']);
  });

  it('goes on to the byline from an empty last paragraph, and does nothing in the byline', () => {
    expect(press(enter, stateOf(['t:题', 'p:正文。', 'p:|', 'b:文/张三'])).blocks).toEqual(['t:题', 'p:正文。', 'b:文/张三|']);
    expect(press(enter, stateOf(['t:题', 'p:正文。', 'b:文/张|三']))).toEqual({ handled: true, blocks: ['t:题', 'p:正文。', 'b:文/张|三'] });
  });

  it('leaves a quotation to the default split, and a gallery caption one line', () => {
    expect(press(enter, stateOf(['t:题', 'q:引|文', 'b:'])).handled).toBe(false);
    expect(press(enter, stateOf(['f:开班式|现场'], NODE.figure, 'lueying'))).toEqual({ handled: true, blocks: ['f:开班式|现场'] });
  });
});

describe('Backspace', () => {
  it('joins a paragraph to the body block before it, at its start', () => {
    expect(press(backspace, stateOf(['t:题', 'p:学员们', 'p:|表示。', 'b:'])).blocks).toEqual(['t:题', 'p:学员们|表示。', 'b:']);
    expect(press(backspace, stateOf(['t:题', 'h:一、突出政治训练', 'p:|本期…', 'b:'])).blocks).toEqual(['t:题', 'h:一、突出政治训练|本期…', 'b:']);
  });

  it('never pulls text into the title: a first paragraph with text stays, an empty one goes', () => {
    expect(press(backspace, stateOf(['t:题', 'p:|学员们表示。', 'b:']))).toEqual({ handled: true, blocks: ['t:题', 'p:|学员们表示。', 'b:'] });
    expect(press(backspace, stateOf(['t:题', 'p:|', 'p:正文。', 'b:'])).blocks).toEqual(['t:题|', 'p:正文。', 'b:']);
  });

  it('keeps the byline, the title and a gallery caption whole, and leaves the middle of a line to the default', () => {
    expect(press(backspace, stateOf(['t:题', 'p:正文。', 'b:|文/张三']))).toEqual({ handled: true, blocks: ['t:题', 'p:正文。', 'b:|文/张三'] });
    expect(press(backspace, stateOf(['t:|题', 'p:正文。', 'b:'])).handled).toBe(true);
    expect(press(backspace, stateOf(['f:|开班式现场'], NODE.figure, 'lueying'))).toEqual({ handled: true, blocks: ['f:|开班式现场'] });
    expect(press(backspace, stateOf(['t:题', 'p:正|文。', 'b:'])).handled).toBe(false);
  });
});

describe('Delete', () => {
  it('joins the next body block into a paragraph at its end', () => {
    expect(press(deleteForward, stateOf(['t:题', 'p:学员们|', 'p:表示。', 'b:'])).blocks).toEqual(['t:题', 'p:学员们|表示。', 'b:']);
  });

  it('never pulls the byline in; an empty paragraph before it goes', () => {
    expect(press(deleteForward, stateOf(['t:题', 'p:正文。|', 'b:文/张三']))).toEqual({ handled: true, blocks: ['t:题', 'p:正文。|', 'b:文/张三'] });
    expect(press(deleteForward, stateOf(['t:题', 'p:正文。', 'p:|', 'b:文/张三'])).blocks).toEqual(['t:题', 'p:正文。', 'b:|文/张三']);
    expect(press(deleteForward, stateOf(['t:题|', 'p:正文。', 'b:'])).blocks).toEqual(['t:题|', 'p:正文。', 'b:']);
  });

  it('in a reflection, joins its paragraphs and keeps its author', () => {
    expect(press(deleteForward, stateOf(['p:第一段|', 'p:第二段', 'b:张三'], NODE.reflection, 'ganwu')).blocks).toEqual(['p:第一段|第二段', 'b:张三']);
    expect(press(deleteForward, stateOf(['p:第二段|', 'b:张三'], NODE.reflection, 'ganwu')).blocks).toEqual(['p:第二段|', 'b:张三']);
  });
});

describe('Ctrl+A', () => {
  it('selects the body of the item being written, title and byline aside', () => {
    const state = stateOf(['t:题', 's:——副题', 'p:第|一段', 'p:第二段', 'b:文/张三']);
    let next = state;
    expect(selectBody(state, (tr) => (next = state.apply(tr)))).toBe(true);
    expect(next.doc.textBetween(next.selection.from, next.selection.to, '\n')).toBe('第一段\n第二段');
  });
});
