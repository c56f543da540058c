import { Node } from '@tiptap/core';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

/** A section of the template (【简讯】…), its heading shown above and never typed. */
export const Section = Node.create(nodeSpec(NODE.section));
