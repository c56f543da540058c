import { useState } from 'react';
import type { UserFormulations } from '../../../../core/api/contract.ts';
import { useDialog } from '../../app/use-dialog.ts';

interface Props {
  value: UserFormulations;
  onSave: (next: UserFormulations) => Promise<void>;
  onClose: () => void;
}

/** 校对词典: the clerk's own canonical phrases, and wrong forms with their right ones. */
export function DictionaryDialog({ value, onSave, onClose }: Props) {
  const [phrases, setPhrases] = useState(value.phrases.map((p) => p.text).join('\n'));
  const [wrong, setWrong] = useState(value.wrongForms.map((w) => `${w.wrong}=${w.correct}`).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const dialog = useDialog(onClose);
  const save = () => {
    const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
    const pairs = lines(wrong).map((l) => l.split(/[=＝]/u).map((x) => x.trim()));
    const bad = pairs.find((p) => p.length !== 2 || !p[0]);
    if (bad) return setError(`“${bad.join('=')}”的格式不对，应写成“错误写法=正确写法”。`);
    const short = lines(phrases).find((p) => [...p].length < 2);
    if (short) return setError(`规范表述“${short}”太短。`);
    onSave({ phrases: lines(phrases).map((text) => ({ text })), wrongForms: pairs.map(([w, c]) => ({ wrong: w!, correct: c! })) }).then(onClose, () =>
      setError('保存失败，请重试。'),
    );
  };
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="校对词典">
        <h2>校对词典</h2>
        <p>在内置词典之外，补充本单位常用的规范表述和常见错误。</p>
        <label className="bj-field">
          规范表述（每行一条，校对时会找出写错一两个字的地方）
          <textarea aria-label="规范表述" rows={5} value={phrases} onChange={(e) => setPhrases(e.target.value)} />
        </label>
        <label className="bj-field">
          错误写法=正确写法（每行一条）
          <textarea aria-label="错误写法" rows={5} value={wrong} onChange={(e) => setWrong(e.target.value)} />
        </label>
        {error && <p className="bj-error" role="alert">{error}</p>}
        <div className="bj-modal-actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" onClick={save}>
            保存
          </button>
        </div>
      </div>
    </div>
  );
}
