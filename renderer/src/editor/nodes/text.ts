import TiptapText from '@tiptap/extension-text';
import { NODE } from '../../../../core/model/nodes.ts';
import { nodeSpec } from './from-spec.ts';

export const Text = TiptapText.extend(nodeSpec(NODE.text));
