import type { EditorFinding } from './editor-finding.ts';
import { GateDialog } from '../../app/GateDialog.tsx';

interface Props {
  findings: EditorFinding[];
  onExport: () => void;
  onReview: () => void;
}

/** Before export: what the proofreader still has open, so nothing goes out unseen. */
export function ProofGate({ findings, onExport, onReview }: Props) {
  // Esc is “not now”: the clerk goes to the findings instead of exporting.
  return (
    <GateDialog title="导出前校对" onEscape={onReview} actions={[{ label: '去校对', run: onReview }, { label: '仍然导出', run: onExport }]}>
      <p>还有 {findings.length} 处校对问题没有处理：</p>
      <ul className="bj-problems">
        {findings.slice(0, 8).map((f) => (
          <li key={`${f.key}|${f.from}`}>
            {f.where} {f.finding.message}
            {f.finding.found.trim() && `：“${f.finding.found}”`}
          </li>
        ))}
        {findings.length > 8 && <li>……</li>}
      </ul>
    </GateDialog>
  );
}
