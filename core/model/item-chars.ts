import type { Node as PMNode } from 'prosemirror-model';
import { countChars, plainText } from './text.ts';
import { forEachItem } from './items.ts';

/** A submission in the 收稿箱 (a cleaned article): the parts it prints once placed. */
export interface SubmissionParts {
  title: string;
  subtitle: string;
  paragraphs: readonly { text: string }[];
  byline: string;
}

/**
 * 字数 of an item: all the text it prints — title, subtitle, body and byline, or a caption — a block a
 * line, counted as Word counts. The outline and the status bar count placed items with it, and the
 * 收稿箱 counts a submission with it as the article it will become, so placing one keeps its number.
 */
export function itemChars(item: PMNode | SubmissionParts): number {
  const text = 'type' in item ? plainText(item) : [item.title, item.subtitle, ...item.paragraphs.map((p) => p.text), item.byline].join('\n');
  return countChars(text);
}

/** 字数 of a whole issue: the sum over its items, as the status bar and the history show it. */
export function issueChars(doc: PMNode): number {
  let chars = 0;
  forEachItem(doc, (item) => (chars += itemChars(item)));
  return chars;
}
