import type { EditorFinding } from './use-proofread.ts';
import { useDialog } from '../../app/use-dialog.ts';

interface Props {
  findings: EditorFinding[];
  onExport: () => void;
  onReview: () => void;
}

/** Before export: what the proofreader still has open, so nothing goes out unseen. */
export function ProofGate({ findings, onExport, onReview }: Props) {
  // Esc is “not now”: the clerk goes to the findings instead of exporting.
  const dialog = useDialog(onReview);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="导出前校对">
        <h2>导出前校对</h2>
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
        <div className="bj-modal-actions">
          <button type="button" onClick={onReview}>
            去校对
          </button>
          <button type="button" onClick={onExport}>
            仍然导出
          </button>
        </div>
      </div>
    </div>
  );
}
