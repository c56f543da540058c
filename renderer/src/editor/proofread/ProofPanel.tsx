import { useState } from 'react';
import { CATEGORIES, type Category } from '../../../../core/proofread/finding.ts';
import type { UserFormulations } from '../../../../core/api/contract.ts';
import { DictionaryDialog } from './DictionaryDialog.tsx';
import type { EditorFinding } from './editor-finding.ts';

interface Props {
  findings: EditorFinding[];
  onFix: (list: EditorFinding[]) => void;
  onIgnore: (f: EditorFinding) => void;
  onJump: (f: EditorFinding) => void;
  onClose: () => void;
  /** The office's own dictionary (词典…), and how to keep a changed one. */
  dictionary: UserFormulations;
  onSaveDictionary: (next: UserFormulations) => Promise<void>;
}

/** A lone mark (an unpaired quote, a straight quote, a bracket) stands highlighted on its own: in quotes it could not be told from them. */
function Found({ text }: { text: string }) {
  if (/^[\p{P}\p{S}]$/u.test(text)) return <mark className="bj-proof-found bj-proof-mark">{text}</mark>;
  return <span className="bj-proof-found">“{text.trim() || '空格'}”</span>;
}

/** 校对 panel: findings by category, each with 修正 (when the fix is certain) and 忽略; 全部修正 per category. */
export function ProofPanel({ findings, onFix, onIgnore, onJump, onClose, dictionary, onSaveDictionary }: Props) {
  const [editingDictionary, setEditingDictionary] = useState(false);
  const groups = (Object.keys(CATEGORIES) as Category[]).map((c) => ({ category: c, list: findings.filter((f) => f.finding.category === c) }));
  return (
    <aside className="bj-proof" aria-label="校对">
      <div className="bj-outline-title bj-proof-head">
        校对（{findings.length}）
        <span>
          <button type="button" className="bj-link" onClick={() => setEditingDictionary(true)}>
            词典…
          </button>
          <button type="button" className="bj-icon" aria-label="关闭校对" onClick={onClose}>
            ×
          </button>
        </span>
      </div>
      {editingDictionary && <DictionaryDialog value={dictionary} onSave={onSaveDictionary} onClose={() => setEditingDictionary(false)} />}
      {findings.length === 0 && <div className="bj-outline-empty">没有发现问题。</div>}
      {groups
        .filter((g) => g.list.length)
        .map(({ category, list }) => {
          const certain = list.filter((f) => f.finding.suggestion !== null);
          return (
            <section key={category} className="bj-proof-group" data-category={category}>
              <div className="bj-outline-heading">
                <span>
                  {CATEGORIES[category]}（{list.length}）
                </span>
                {certain.length > 1 && (
                  <button type="button" className="bj-link" onClick={() => onFix(certain)}>
                    全部修正
                  </button>
                )}
              </div>
              <ol>
                {list.map((f) => (
                  <li key={`${f.key}|${f.from}`} className="bj-proof-item">
                    <button type="button" className="bj-proof-text" onClick={() => onJump(f)}>
                      <span className="bj-proof-where">{f.where}</span>
                      {f.finding.found && <Found text={f.finding.found} />}
                      {f.finding.suggestion !== null && <span> → “{f.finding.suggestion || '删除'}”</span>}
                      <span className="bj-proof-message">{f.finding.message}</span>
                    </button>
                    <span className="bj-proof-actions">
                      {f.finding.suggestion !== null && (
                        <button type="button" onClick={() => onFix([f])}>
                          修正
                        </button>
                      )}
                      <button type="button" onClick={() => onIgnore(f)}>
                        忽略
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
    </aside>
  );
}
