import { Mark } from '@tiptap/core';
import { MARK } from '../../../../core/model/nodes.ts';
import { markSpec } from '../nodes/from-spec.ts';

/** A reviewer's struck words (core/schema/review-marks.ts). */
export const Deletion = Mark.create(markSpec(MARK.deletion));
