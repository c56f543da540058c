import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** The issue: the template's sections, and the comment threads of 审签. */
export const IssueDocument = Node.create(nodeSpec(NODE.doc));
