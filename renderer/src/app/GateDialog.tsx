import type { ReactNode } from 'react';
import { useDialog } from './use-dialog.ts';

interface Props {
  title: string;
  /** What Esc does: the cautious choice. */
  onEscape: () => void;
  actions: { label: string; run: () => void }[];
  children: ReactNode;
}

/** A question before an action goes on (export past open findings, marks or a signature): its title, why, and the choices. */
export function GateDialog({ title, onEscape, actions, children }: Props) {
  const dialog = useDialog(onEscape);
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label={title}>
        <h2>{title}</h2>
        {children}
        <div className="bj-modal-actions">
          {actions.map((a) => (
            <button key={a.label} type="button" onClick={a.run}>
              {a.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
