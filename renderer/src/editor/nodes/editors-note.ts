import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** A 编者按: paragraphs only; its label and rules are the stylesheet's, as the print's. */
export const EditorsNote = Node.create(nodeSpec(NODE.editorsNote));
