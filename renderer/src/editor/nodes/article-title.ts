import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** An article's title: one line of plain text. */
export const ArticleTitle = Node.create(nodeSpec(NODE.title));
