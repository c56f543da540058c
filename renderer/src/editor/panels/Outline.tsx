import { useState, type DragEvent } from 'react';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import type { Template } from '../../../../core/model/template.ts';
import type { ItemKind } from '../../../../core/model/nodes.ts';
import { SUBMISSION_DRAG } from './Inbox.tsx';

interface Props {
  sections: OutlineSection[];
  currentId: string | null;
  template: Template;
  onJump: (id: string) => void;
  onMove: (id: string, sectionId: string, index: number) => void;
  onAdd: (sectionId: string, kind: ItemKind) => void;
  onDelete: (id: string, label: string) => void;
  /** A submission dragged from the 收稿箱 onto a section or before an item. */
  onPlaceSubmission: (submissionId: string, sectionId: string, index: number) => void;
}

const DRAG_TYPE = 'application/x-jianbao-item';
const ADD_LABEL: Record<string, string> = { article: '＋文章', reflection: '＋心得', figure: '＋照片' };

/** 大纲: sections and their items; click to jump, drag to reorder or move to another section. */
export function Outline({ sections, currentId, template, onJump, onMove, onAdd, onDelete, onPlaceSubmission }: Props) {
  const [dropAt, setDropAt] = useState<string | null>(null);
  const allowDrop = (e: DragEvent, key: string) => {
    if (!e.dataTransfer.types.includes(DRAG_TYPE) && !e.dataTransfer.types.includes(SUBMISSION_DRAG)) return;
    e.preventDefault();
    setDropAt(key);
  };
  const drop = (e: DragEvent, sectionId: string, index: number) => {
    e.preventDefault();
    setDropAt(null);
    const id = e.dataTransfer.getData(DRAG_TYPE);
    const submission = e.dataTransfer.getData(SUBMISSION_DRAG);
    if (id) onMove(id, sectionId, index);
    else if (submission) onPlaceSubmission(submission, sectionId, index);
  };
  return (
    <aside className="bj-outline" aria-label="大纲">
      <div className="bj-outline-title">大纲</div>
      {sections.map((s) => {
        const accepts = template.sections.find((t) => t.key === s.key)?.accepts ?? [];
        return (
          <section key={s.id} className="bj-outline-section" data-section={s.heading}>
            <div
              className={`bj-outline-heading ${dropAt === s.id ? 'bj-drop' : ''}`}
              onDragOver={(e) => allowDrop(e, s.id)}
              onDragLeave={() => setDropAt(null)}
              onDrop={(e) => drop(e, s.id, s.items.length)}
            >
              <span>{s.heading}</span>
              {accepts.map((kind) => (
                <button key={kind} type="button" className="bj-link" onClick={() => onAdd(s.id, kind as ItemKind)}>
                  {ADD_LABEL[kind]}
                </button>
              ))}
            </div>
            {s.items.length === 0 && <div className="bj-outline-empty">（暂无内容）</div>}
            <ol>
              {s.items.map((item, index) => (
                <li
                  key={item.id}
                  className={`bj-outline-item ${item.id === currentId ? 'bj-current' : ''} ${dropAt === item.id ? 'bj-drop' : ''}`}
                  draggable
                  data-item-id={item.id}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DRAG_TYPE, item.id);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragOver={(e) => allowDrop(e, item.id)}
                  onDragLeave={() => setDropAt(null)}
                  onDrop={(e) => drop(e, s.id, index)}
                >
                  <button type="button" className="bj-outline-label" title={item.label} onClick={() => onJump(item.id)}>
                    {item.label}
                    {item.authors.length > 0 && <span className="bj-outline-author">（{item.authors.join('、')}）</span>}
                  </button>
                  <span className="bj-outline-chars">{item.chars}字</span>
                  <button
                    type="button"
                    className="bj-icon"
                    title="上移"
                    aria-label={`上移“${item.label}”`}
                    disabled={index === 0}
                    onClick={() => onMove(item.id, s.id, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="bj-icon"
                    title="下移"
                    aria-label={`下移“${item.label}”`}
                    disabled={index === s.items.length - 1}
                    onClick={() => onMove(item.id, s.id, index + 2)}
                  >
                    ↓
                  </button>
                  <button type="button" className="bj-icon" title="删除" aria-label={`删除“${item.label}”`} onClick={() => onDelete(item.id, item.label)}>
                    ×
                  </button>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </aside>
  );
}
