import type { Submission } from '../../../../core/api/contract.ts';

/** What names a submission in the 收稿箱: its title, else the first words of its text, else its file. */
export const submissionLabel = (s: Pick<Submission, 'title' | 'opening' | 'fileName'>): string => s.title || s.opening || s.fileName;

/** The clerk's fix of a submission before placing it. */
export interface SubmissionFix {
  title: string;
  byline: string;
}

/** The preview's element, which a row's button controls (aria-controls). */
export const SUBMISSION_PREVIEW_ID = 'bj-submission-preview';
