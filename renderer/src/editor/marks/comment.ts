import { Mark } from '@tiptap/core';
import { MARK } from '../../../../core/model/nodes.ts';
import { markSpec } from '../nodes/from-spec.ts';

/** The words a comment of 审签 is on (core/schema/review-marks.ts). */
export const CommentRange = Mark.create(markSpec(MARK.comment));
