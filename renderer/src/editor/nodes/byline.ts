import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** The byline that closes an item: one line of plain text. */
export const Byline = Node.create(nodeSpec(NODE.byline));
