import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** An article's subtitle (`——…`): one line of plain text. */
export const ArticleSubtitle = Node.create(nodeSpec(NODE.subtitle));
