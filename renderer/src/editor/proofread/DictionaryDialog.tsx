import { useState } from 'react';
import type { UserFormulations } from '../../../../core/api/contract.ts';
import { formatWordList, mergeWordLists, parseWordList } from '../../../../core/proofread/word-list.ts';
import { NEAR_SOUNDS } from '../../../../core/proofread/near-sounds.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { downloadFile, pickTextFile } from '../../app/files.ts';

interface Props {
  value: UserFormulations;
  onSave: (next: UserFormulations) => Promise<void>;
  onClose: () => void;
}

/** A 模糊音 pair and its example stay on one line (the dialog's only layout of its own). */
const PAIR_STYLE = { display: 'inline-block', whiteSpace: 'nowrap', marginRight: '1em' } as const;

/** The most entries of each kind the store keeps (core/api/contract.ts). */
const MAX_ENTRIES = 2000;

/**
 * 校对词典: the clerk's own canonical phrases, and wrong forms with their right ones, imported and
 * exported as a word list; and the 模糊音 pairs the office checks (all on until switched off).
 */
export function DictionaryDialog({ value, onSave, onClose }: Props) {
  const [phrases, setPhrases] = useState(value.phrases.map((p) => p.text).join('\n'));
  const [wrong, setWrong] = useState(value.wrongForms.map((w) => `${w.wrong}=${w.correct}`).join('\n'));
  const [nearOff, setNearOff] = useState(() => new Set(value.nearSoundsOff));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const dialog = useDialog(onClose);
  /** What the two boxes hold, and the first line that cannot be read. */
  const current = (): { list: UserFormulations; problem: string | undefined } => {
    const p = parseWordList(phrases);
    const w = parseWordList(wrong);
    const off = NEAR_SOUNDS.filter((x) => nearOff.has(x.id)).map((x) => x.id);
    const list = mergeWordLists({ ...p.list, nearSoundsOff: off }, { phrases: [], wrongForms: w.list.wrongForms });
    const problem =
      [...p.problems, ...w.problems, ...w.list.phrases.map((x) => `“${x.text}”的格式不对，应写成“错误写法=正确写法”。`)][0] ??
      (list.phrases.length > MAX_ENTRIES || list.wrongForms.length > MAX_ENTRIES ? `每类最多 ${MAX_ENTRIES} 条。` : undefined);
    return { list, problem };
  };
  const toggleNear = (id: string) =>
    setNearOff((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const show = (list: UserFormulations) => {
    setPhrases(list.phrases.map((p) => p.text).join('\n'));
    setWrong(list.wrongForms.map((w) => `${w.wrong}=${w.correct}`).join('\n'));
  };
  const save = () => {
    const { list, problem } = current();
    if (problem) return setError(problem);
    onSave(list).then(onClose, () => setError('保存失败，请重试。'));
  };
  const importList = () => {
    // The boxes are read first: a line that cannot be read is shown, never dropped by the import.
    const now = current();
    if (now.problem) return setError(now.problem);
    pickTextFile('.txt,text/plain').then(
      (text) => {
        if (text === null) return;
        const read = parseWordList(text);
        show(mergeWordLists(now.list, read.list));
        setError(null);
        setNotice(
          `已导入规范表述 ${read.list.phrases.length} 条、错误写法 ${read.list.wrongForms.length} 条${read.problems.length ? `，${read.problems.length} 行无法识别，已略过` : ''}。保存后生效。`,
        );
      },
      (e: unknown) => setError(e instanceof Error ? e.message : '无法读取所选文件。'),
    );
  };
  const exportList = () => {
    const { list, problem } = current();
    if (problem) return setError(problem);
    downloadFile('校对词典.txt', formatWordList(list), 'text/plain;charset=utf-8');
  };
  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="校对词典">
        <h2>校对词典</h2>
        <p>在内置词典之外，补充本单位常用的规范表述和常见错误。词典可导出为文本文件，与其他单位共用。</p>
        <label className="bj-field">
          规范表述（每行一条，校对时会找出写错一两个字的地方）
          <textarea aria-label="规范表述" rows={5} value={phrases} onChange={(e) => setPhrases(e.target.value)} />
        </label>
        <label className="bj-field">
          错误写法=正确写法（每行一条）
          <textarea aria-label="错误写法" rows={5} value={wrong} onChange={(e) => setWrong(e.target.value)} />
        </label>
        <fieldset>
          <legend>模糊音（分不清这些音的人用拼音输入，常打出邻近读音的词；校对时按勾选的几对查找）</legend>
          {NEAR_SOUNDS.map((x) => (
            <label key={x.id} style={PAIR_STYLE}>
              <input type="checkbox" checked={!nearOff.has(x.id)} onChange={() => toggleNear(x.id)} /> {x.a}/{x.b}（{x.example}）
            </label>
          ))}
        </fieldset>
        {notice && <p role="status">{notice}</p>}
        {error && <p className="bj-error" role="alert">{error}</p>}
        <div className="bj-modal-actions">
          <button type="button" onClick={importList}>
            导入…
          </button>
          <button type="button" onClick={exportList}>
            导出…
          </button>
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
