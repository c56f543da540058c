import { NODE } from '../../../core/model/nodes.ts';

/** Parts of an item that are one line of plain text: they never split, and pasted text goes in flat. */
export const ONE_LINE: ReadonlySet<string> = new Set<string>([NODE.title, NODE.subtitle, NODE.byline, NODE.figure]);

/** Whether a child of an item is part of its body: anything but its title, subtitle and byline (a photo is). */
export function isBodyBlock(name: string): boolean {
  return name !== NODE.title && name !== NODE.subtitle && name !== NODE.byline;
}
