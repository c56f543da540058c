import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import type { Template } from '../../../../core/model/template.ts';
import type { ItemKind } from '../../../../core/model/nodes.ts';
import { rovingIndex } from '../../app/roving.ts';

/** The sections of the issue whose template takes items of this kind. */
export function sectionsTaking(sections: OutlineSection[], template: Template, kind: ItemKind): OutlineSection[] {
  return sections.filter((s) => template.sections.find((t) => t.key === s.key)?.accepts.includes(kind));
}

/** About one menu row's height, to tell whether the menu fits below its button. */
const MENU_ROW_PX = 30;

interface Props {
  /** The item's name, for the button's accessible name. */
  what: string;
  sections: OutlineSection[];
  /** The chosen section; the item goes to its end, as when dropped on its heading. */
  onPick: (section: OutlineSection) => void;
  /** Set by a roving group that lets only its active row be a Tab stop. */
  tabIndex?: number;
  /**
   * Shown as ⋯ with 放入… as its tooltip: for a row whose own name must hold all of its visible text,
   * as a treeitem's must (WCAG 2.5.3), and where the narrow sidebar has no room for the words.
   */
  compact?: boolean;
}

/**
 * 放入…: a menu button (WAI-ARIA APG) listing the sections that take an item, the keyboard's way to
 * do what dragging it onto a section does. Arrows move in the menu, Enter picks, Esc closes and
 * gives focus back to the button.
 */
export function PlaceMenu({ what, sections, onPick, tabIndex, compact = false }: Props) {
  const [at, setAt] = useState<{ top?: number; bottom?: number; right: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();
  useEffect(() => {
    if (at) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [at]);

  const close = () => {
    setAt(null);
    button.current?.focus();
  };
  const pick = (section: OutlineSection) => {
    close();
    onPick(section);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(e.target as HTMLElement);
    const next = rovingIndex(e.key, index, items.length, 'vertical', true);
    if (next !== null) items[next]!.focus();
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' || e.key === ' ') pick(sections[index]!);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <span className="bj-place">
      <button
        ref={button}
        type="button"
        className="bj-link bj-place-button"
        tabIndex={tabIndex}
        title={compact ? '放入…' : undefined}
        aria-label={`把“${what}”放入…`}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        aria-controls={at ? id : undefined}
        disabled={sections.length === 0}
        onClick={() => {
          if (at) return setAt(null);
          // Fixed to the window, so the scrolling 大纲 and 收稿箱 do not clip it; above the button
          // when there is no room below, as at the foot of the 收稿箱.
          const box = button.current!.getBoundingClientRect();
          const right = window.innerWidth - box.right;
          const below = window.innerHeight - box.bottom;
          setAt(below < MENU_ROW_PX * (sections.length + 1) && box.top > below ? { bottom: window.innerHeight - box.top, right } : { top: box.bottom, right });
        }}
      >
        {compact ? '⋯' : '放入…'}
      </button>
      {at && (
        <ul
          ref={menu}
          id={id}
          role="menu"
          aria-label="放入栏目"
          className="bj-place-menu"
          style={at}
          onKeyDown={onKeyDown}
          // Focus gone elsewhere (Tab, a click outside): the menu goes too. A click on the button toggles it itself.
          onBlur={(e) => {
            const to = e.relatedTarget as Node | null;
            if (!menu.current?.contains(to) && to !== button.current) setAt(null);
          }}
        >
          {sections.map((s) => (
            <li key={s.id} role="menuitem" tabIndex={-1} onClick={() => pick(s)}>
              {s.heading}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
