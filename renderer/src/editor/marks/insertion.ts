import { Mark } from '@tiptap/core';
import { MARK } from '../../../../core/model/nodes.ts';
import { markSpec } from '../nodes/from-spec.ts';

/** A reviewer's inserted words (core/schema/review-marks.ts); suggest-mode makes them. */
export const Insertion = Mark.create(markSpec(MARK.insertion));
