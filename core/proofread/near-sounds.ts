import * as z from 'zod';
import list from '../../templates/proofread/near-sounds.json' with { type: 'json' };

/** A pair of initials or finals that input methods let a typist confuse (模糊音): templates/proofread/near-sounds.json. */
const NearSound = z.strictObject({
  id: z.string().regex(/^[a-z]+-[a-z]+$/u),
  /** A word of the canon and what the pair makes of it, for the clerk choosing pairs. */
  example: z.string().min(3),
  kind: z.enum(['initial', 'final']),
  a: z.string().min(1),
  b: z.string().min(1),
});
export type NearSound = z.infer<typeof NearSound>;

/** The pairs, small enough for the 词典… dialog to list without loading the proofreader. */
export const NEAR_SOUNDS: readonly NearSound[] = z.array(NearSound).parse(list.pairs);
