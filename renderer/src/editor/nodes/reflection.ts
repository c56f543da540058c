import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** A reflection of 【学习感悟】: paragraphs and a byline. */
export const Reflection = Node.create(nodeSpec(NODE.reflection));
