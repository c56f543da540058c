import { useEffect } from 'react';
import type { NoticeAction } from './notices.ts';

export interface ToastMessage {
  id: number;
  text: string;
  actions: NoticeAction[];
}

const SHOW_MS = 8000;

export function Toast({ message, onClose }: { message: ToastMessage; onClose: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, SHOW_MS);
    return () => clearTimeout(timer);
  }, [message.id, onClose]);
  return (
    <div className="bj-toast" role="alert">
      <span>{message.text}</span>
      {message.actions.map((action) => (
        <button
          key={action.label}
          type="button"
          onClick={() => {
            action.run();
            onClose();
          }}
        >
          {action.label}
        </button>
      ))}
      <button type="button" className="bj-icon" aria-label="关闭提示" onClick={onClose}>×</button>
    </div>
  );
}
