import { NODE } from '../../../core/model/nodes.ts';

/** Parts of an item that are one line of plain text: they never split, and pasted text goes in flat. */
export const ONE_LINE: ReadonlySet<string> = new Set<string>([NODE.title, NODE.subtitle, NODE.byline, NODE.figure]);
