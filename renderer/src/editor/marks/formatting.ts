import { Mark } from '@tiptap/core';
import { MARK } from '../../../../core/model/nodes.ts';
import { markSpec } from '../nodes/from-spec.ts';

/** A reviewer's proposed bold or italic (core/schema/review-marks.ts). */
export const Formatting = Mark.create(markSpec(MARK.formatting));
