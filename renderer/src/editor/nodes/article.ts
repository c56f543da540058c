import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** An article: title, optional subtitle, body and byline. */
export const Article = Node.create(nodeSpec(NODE.article));
