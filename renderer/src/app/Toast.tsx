import { useEffect } from 'react';
import type { NoticeAction } from './notices.ts';

export interface ToastMessage {
  id: number;
  text: string;
  actions: NoticeAction[];
}

const SHOW_MS = 8000;

/** A notice; one that offers actions (查看改动, 恢复原文, 撤销) stays until the clerk closes it or a newer one comes. */
export function Toast({ message, onClose }: { message: ToastMessage; onClose: () => void }) {
  const lasting = message.actions.length > 0;
  useEffect(() => {
    if (lasting) return;
    const timer = setTimeout(onClose, SHOW_MS);
    return () => clearTimeout(timer);
  }, [message.id, onClose, lasting]);
  return (
    <div className="bj-toast" role="alert">
      <span>{message.text}</span>
      {message.actions.map((action) => (
        <button
          key={action.label}
          type="button"
          onClick={() => {
            action.run();
            if (!action.keepOpen) onClose();
          }}
        >
          {action.label}
        </button>
      ))}
      <button type="button" className="bj-icon" aria-label="关闭提示" onClick={onClose}>×</button>
    </div>
  );
}
