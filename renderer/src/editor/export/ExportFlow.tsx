import { useCallback, useReducer, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { openMarkCount } from '../../../../core/review/open-marks.ts';
import { commentsOf } from '../../../../core/review/comments.ts';
import { call } from '../../api/client.ts';
import { useCommands } from '../../app/commands.tsx';
import type { EditorFinding } from '../proofread/editor-finding.ts';
import { ProofGate } from '../proofread/ProofGate.tsx';
import { ReviewGate } from '../review/ReviewGate.tsx';
import { SignedGate } from '../review/SignedGate.tsx';
import { ExportDialog, type ExportFormat } from './ExportDialog.tsx';

/**
 * Where an export stands: the questions before a file is made, in order (the reviewers' open marks,
 * then a text other than the one signed for print, then the proofreader's open findings), then
 * the export itself. Each question's answer moves it on, or back to nothing.
 */
type Step =
  | { kind: 'idle' }
  | { kind: 'marks'; format: ExportFormat; changes: number; comments: number }
  | { kind: 'signed'; format: ExportFormat; message: string }
  | { kind: 'proof'; format: ExportFormat }
  | { kind: 'export'; format: ExportFormat };

type Event = { kind: 'ask'; step: Step } | { kind: 'done' };

const reduce = (_: Step, event: Event): Step => (event.kind === 'ask' ? event.step : { kind: 'idle' });

/** A copy for print: the reviewers' marks and the signature are asked about for these, not for a 送审稿 or a copy with marks. */
const forPrint = (format: ExportFormat) => format === 'docx' || format === 'pdf';

interface Props {
  issueId: string;
  editor: Editor;
  /** Saves what is typed first, so the file has it. */
  flushSave: () => Promise<void>;
  findings: EditorFinding[];
  /** Shows a side panel: the answer "let me look first" to a question. */
  onPanel: (panel: 'review' | 'proof') => void;
}

/** 导出 DOCX, 导出 PDF, 送审 and 导出带修订稿: one flow from the command to the file. */
export function ExportFlow({ issueId, editor, flushSave, findings, onPanel }: Props) {
  const [step, dispatch] = useReducer(reduce, { kind: 'idle' });
  const ask = (next: Step) => dispatch({ kind: 'ask', step: next });
  const findingsRef = useRef(findings);
  findingsRef.current = findings;

  /** The last question, the proofreader's. */
  const proofThen = useCallback((format: ExportFormat) => ask(findingsRef.current.length ? { kind: 'proof', format } : { kind: 'export', format }), []);
  /** A copy for print of a text other than the one signed (签发) asks first, before the file is made. */
  const signedThen = useCallback(
    async (format: ExportFormat) => {
      if (forPrint(format)) {
        await flushSave();
        const { unsigned } = await call('signedCheck', { id: issueId }).catch(() => ({ unsigned: null }));
        if (unsigned) return ask({ kind: 'signed', format, message: unsigned });
      }
      proofThen(format);
    },
    [flushSave, issueId, proofThen],
  );
  /** A clean copy while reviewers' marks are open asks first: they would not be printed. */
  const start = useCallback(
    (format: ExportFormat) => {
      const doc = editor.state.doc;
      const open = forPrint(format) ? openMarkCount(doc, commentsOf(doc)) : null;
      if (open && open.changes + open.comments) ask({ kind: 'marks', format, ...open });
      else void signedThen(format);
    },
    [editor, signedThen],
  );
  const close = () => dispatch({ kind: 'done' });

  useCommands({
    exportDocx: () => start('docx'),
    exportPdf: () => start('pdf'),
    sendForReview: () => start('review'),
    exportMarked: () => ask({ kind: 'export', format: 'marked' }),
  });

  switch (step.kind) {
    case 'marks':
      return (
        <ReviewGate
          changes={step.changes}
          comments={step.comments}
          onReview={() => (close(), onPanel('review'))}
          onMarked={() => ask({ kind: 'export', format: 'marked' })}
          onClean={() => void signedThen(step.format)}
        />
      );
    case 'signed':
      return <SignedGate message={step.message} onCancel={() => (close(), editor.view.focus())} onExport={() => proofThen(step.format)} />;
    case 'proof':
      return <ProofGate findings={findings} onReview={() => (close(), onPanel('proof'))} onExport={() => ask({ kind: 'export', format: step.format })} />;
    case 'export':
      return <ExportDialog issueId={issueId} format={step.format} beforeExport={flushSave} onClose={close} />;
    default:
      return null;
  }
}
