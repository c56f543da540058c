import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import type { Template } from '../../../../core/model/template.ts';
import type { ItemKind } from '../../../../core/model/nodes.ts';
import { rovingIndex } from '../../app/roving.ts';
import { SUBMISSION_DRAG } from './Inbox.tsx';
import { PlaceMenu, itemTargets } from './PlaceMenu.tsx';
import { SidebarResizer } from './SidebarResizer.tsx';

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
const ADD_LABEL: Record<string, string> = { article: '＋文章', reflection: '＋心得', figure: '＋照片', editorsNote: '＋编者按' };

/** A row of the tree: sections and items get prefixes, so their ids never collide. */
const sectionRow = (id: string) => `s:${id}`;
const itemRow = (id: string) => `i:${id}`;

/** Clicks on a row's own buttons and menu are theirs, not the row's. */
const onControl = (e: MouseEvent) => (e.target as HTMLElement).closest('button, [role="menu"]') !== null;

/**
 * 大纲: sections and their items as a tree (WAI-ARIA APG): one Tab stop, arrows move, Enter jumps
 * to the item in the text, Alt+↑/↓ reorders, Delete deletes, 放入… moves to another section. With
 * the mouse: click to jump, drag to reorder or move, ↑ ↓ × buttons.
 */
export function Outline({ sections, currentId, template, onJump, onMove, onAdd, onDelete, onPlaceSubmission }: Props) {
  const [dropAt, setDropAt] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const tree = useRef<HTMLOListElement>(null);
  /** The row to focus once the outline is redrawn after a keyboard move or delete. */
  const refocus = useRef<string | null>(null);
  const titleId = useId();
  const hintId = useId();

  const rows = sections.flatMap((s) => [sectionRow(s.id), ...(collapsed.has(s.id) ? [] : s.items.map((i) => itemRow(i.id)))]);
  // Tabbing in lands on the row last used, else on the item at the cursor.
  const tabStop = active && rows.includes(active) ? active : currentId && rows.includes(itemRow(currentId)) ? itemRow(currentId) : rows[0];
  const tab = (row: string) => (row === tabStop ? 0 : -1);
  const focusRow = (row: string | undefined) =>
    row && tree.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(row)}"]`)?.focus();

  // A moved row may be a new element: focus follows it, unless the clerk has gone elsewhere meanwhile.
  useEffect(() => {
    const row = refocus.current;
    refocus.current = null;
    const at = document.activeElement;
    if (row && (at === document.body || tree.current?.contains(at))) focusRow(row);
  }, [sections]);

  const setOpen = (sectionId: string, open: boolean) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (open) next.delete(sectionId);
      else next.add(sectionId);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent) => {
    const row = (e.target as HTMLElement).dataset.row;
    if (!row) return; // a row's buttons and menu keep their keys
    const index = rows.indexOf(row);
    const section = sections.find((s) => sectionRow(s.id) === row);
    const owner = section ?? sections.find((s) => s.items.some((i) => itemRow(i.id) === row));
    const item = section ? undefined : owner?.items.find((i) => itemRow(i.id) === row);
    const open = section ? !collapsed.has(section.id) : false;
    if (e.altKey && item && owner && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      const at = owner.items.indexOf(item);
      const to = e.key === 'ArrowUp' ? at - 1 : at + 2;
      if (to >= 0 && to <= owner.items.length) {
        refocus.current = row;
        onMove(item.id, owner.id, to);
      }
    } else if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    else if (e.key === 'Enter') {
      if (item) onJump(item.id);
      else if (section?.items.length) setOpen(section.id, !open);
    } else if (e.key === 'Delete' && item) {
      refocus.current = rows[index + 1] ?? rows[index - 1] ?? null;
      onDelete(item.id, item.label);
    } else if (e.key === 'ArrowRight' && section?.items.length) {
      if (open) focusRow(rows[index + 1]);
      else setOpen(section.id, true);
    } else if (e.key === 'ArrowLeft' && (item || open)) {
      if (item && owner) focusRow(sectionRow(owner.id));
      else if (section) setOpen(section.id, false);
    } else {
      const next = rovingIndex(e.key, index, rows.length, 'vertical');
      if (next === null) return;
      focusRow(rows[next]);
    }
    e.preventDefault();
  };

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
      <div className="bj-outline-title" id={titleId}>
        大纲
      </div>
      <p id={hintId} className="bj-visually-hidden">
        上下方向键选择，回车跳到正文中的位置，Alt+上下方向键移动，Delete 删除，左右方向键折叠或展开栏目。
      </p>
      <ol
        ref={tree}
        role="tree"
        aria-labelledby={titleId}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onFocus={(e) => setActive((e.target as HTMLElement).closest<HTMLElement>('[data-row]')?.dataset.row ?? null)}
        onBlur={(e) => {
          if (!tree.current?.contains(e.relatedTarget as Node | null)) setActive(null);
        }}
      >
        {sections.map((s, sectionIndex) => {
          const row = sectionRow(s.id);
          const open = !collapsed.has(s.id);
          const accepts = template.sections.find((t) => t.key === s.key)?.accepts ?? [];
          return (
            // A flat tree (levels, not nesting): a section's row holds its own line only, so a screen
            // reader names it by its heading, not by the whole section.
            <li key={s.id} className="bj-outline-section" data-section={s.heading} role="none">
              <div
                className={`bj-outline-heading ${dropAt === s.id ? 'bj-drop' : ''}`}
                data-row={row}
                role="treeitem"
                aria-level={1}
                aria-posinset={sectionIndex + 1}
                aria-setsize={sections.length}
                aria-expanded={s.items.length ? open : undefined}
                tabIndex={tab(row)}
                onDragOver={(e) => allowDrop(e, s.id)}
                onDragLeave={() => setDropAt(null)}
                onDrop={(e) => drop(e, s.id, s.items.length)}
              >
                {s.items.length > 0 && (
                  // For the mouse only: the row itself is the keyboard's way to fold (← →).
                  <button
                    type="button"
                    className="bj-outline-toggle"
                    tabIndex={-1}
                    aria-hidden="true"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => setOpen(s.id, !open)}
                  >
                    {open ? '▾' : '▸'}
                  </button>
                )}
                <span>{s.heading}</span>
                {accepts.map((kind) => (
                  <button key={kind} type="button" className="bj-link" tabIndex={tab(row)} onClick={() => onAdd(s.id, kind as ItemKind)}>
                    {ADD_LABEL[kind]}
                  </button>
                ))}
              </div>
              {s.items.length === 0 && <div className="bj-outline-empty">（暂无内容）</div>}
              {open && s.items.length > 0 && (
                <ol role="none">
                  {s.items.map((item, index) => {
                    const itemKey = itemRow(item.id);
                    const authors = item.authors.length ? `（${item.authors.join('、')}）` : '';
                    return (
                      <li
                        key={item.id}
                        className={`bj-outline-item ${item.id === currentId ? 'bj-current' : ''} ${dropAt === item.id ? 'bj-drop' : ''}`}
                        role="treeitem"
                        aria-level={2}
                        aria-posinset={index + 1}
                        aria-setsize={s.items.length}
                        aria-label={`${item.label}${authors}，${item.chars}字`}
                        aria-selected={item.id === currentId}
                        tabIndex={tab(itemKey)}
                        data-row={itemKey}
                        draggable
                        data-item-id={item.id}
                        onClick={(e) => {
                          if (!onControl(e)) onJump(item.id);
                        }}
                        onDragStart={(e) => {
                          e.dataTransfer.setData(DRAG_TYPE, item.id);
                          e.dataTransfer.effectAllowed = 'move';
                        }}
                        onDragOver={(e) => allowDrop(e, item.id)}
                        onDragLeave={() => setDropAt(null)}
                        onDrop={(e) => drop(e, s.id, index)}
                      >
                        <span className="bj-outline-label" title={item.label}>
                          {item.label}
                          {authors && <span className="bj-outline-author">{authors}</span>}
                        </span>
                        <span className="bj-outline-chars">{item.chars}字</span>
                        <PlaceMenu
                          what={item.label}
                          targets={itemTargets(sections, template, item.kind)}
                          tabIndex={tab(itemKey)}
                          compact
                          onPick={(target) => {
                            refocus.current = itemKey;
                            onMove(item.id, target.id, target.items.length);
                          }}
                        />
                        {/* Mouse shortcuts of Alt+↑, Alt+↓ and Delete on the row: not Tab stops. */}
                        <button
                          type="button"
                          className="bj-icon"
                          tabIndex={-1}
                          title="上移 (Alt+↑)"
                          aria-label={`上移“${item.label}”`}
                          disabled={index === 0}
                          onClick={() => onMove(item.id, s.id, index - 1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="bj-icon"
                          tabIndex={-1}
                          title="下移 (Alt+↓)"
                          aria-label={`下移“${item.label}”`}
                          disabled={index === s.items.length - 1}
                          onClick={() => onMove(item.id, s.id, index + 2)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="bj-icon"
                          tabIndex={-1}
                          title="删除 (Delete)"
                          aria-label={`删除“${item.label}”`}
                          onClick={() => onDelete(item.id, item.label)}
                        >
                          ×
                        </button>
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      {/* Positioned on the sidebar's edge; inside the 大纲 so it belongs to the region it resizes. */}
      <SidebarResizer />
    </aside>
  );
}
