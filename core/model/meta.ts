import * as z from 'zod';
import { isRealDate } from './date.ts';

const line = z.string().max(200);

/** 报/送/发 lists of the 报尾. */
export const Distribution = z.object({
  bao: z.array(line).max(50),
  song: z.array(line).max(50),
  fa: z.array(line).max(50),
});

/** The masthead and 报尾 data of one issue (期). */
export const IssueMeta = z.object({
  seriesTitle: line,
  issueNumber: z.number().int().positive().max(9999),
  cumulativeNumber: z.number().int().positive().max(99999).nullable(),
  date: z.string().refine(isRealDate, { message: '日期不是真实的日期' }),
  issuingUnit: line,
  theme: line,
  distribution: Distribution,
  printRun: z.number().int().nonnegative().max(1_000_000).nullable(),
});
export type IssueMeta = z.infer<typeof IssueMeta>;
