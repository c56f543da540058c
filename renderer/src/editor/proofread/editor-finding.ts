import type { Finding } from '../../../../core/proofread/finding.ts';

/** A finding of the 校对 where it stands in the editor's document. */
export interface EditorFinding {
  /** Stable while the paragraph is unchanged: what 忽略 remembers. */
  key: string;
  from: number;
  to: number;
  finding: Finding;
  /** The title of the article (or the section) it is in. */
  where: string;
}
