import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { rovingIndex } from './roving.ts';

/** About one menu row's height, to tell whether the menu fits below its button. */
const MENU_ROW_PX = 30;

export interface MenuEntry {
  label: string;
  run: () => void;
  /** Why it cannot run here: shown greyed with the reason as its tooltip, never silently missing. */
  disabledBecause?: string | null;
  /** What choosing it does beyond its label (`作为心得体会`), shown after it. */
  note?: string;
  /** The shortcut, shown at the right as Word shows it. */
  keys?: string;
}

interface Props {
  /** What the button shows. */
  children: ReactNode;
  /** The button's accessible name, where its text alone does not say it. */
  label?: string;
  title?: string;
  className?: string;
  /** The menu's accessible name. */
  menuLabel: string;
  entries: MenuEntry[];
  tabIndex?: number;
  disabled?: boolean;
}

/**
 * A menu button (WAI-ARIA APG): the menu opens under the button (above it where there is no room
 * below), fixed to the window so no scrolling panel clips it. Arrows move, Enter or Space runs, Esc
 * closes and gives the focus back to the button; focus leaving closes it.
 */
export function MenuButton({ children, label, title, className = '', menuLabel, entries, tabIndex, disabled = false }: Props) {
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
  const pick = (entry: MenuEntry | undefined) => {
    if (!entry || entry.disabledBecause) return;
    close();
    entry.run();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(e.target as HTMLElement);
    const next = rovingIndex(e.key, index, items.length, 'vertical', true);
    if (next !== null) items[next]!.focus();
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' || e.key === ' ') pick(entries[index]);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <span className="bj-menu-button">
      <button
        ref={button}
        type="button"
        className={className}
        tabIndex={tabIndex}
        title={title}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        aria-controls={at ? id : undefined}
        disabled={disabled}
        onClick={() => {
          if (at) return setAt(null);
          const box = button.current!.getBoundingClientRect();
          const right = Math.max(0, window.innerWidth - box.right);
          const below = window.innerHeight - box.bottom;
          setAt(below < MENU_ROW_PX * (entries.length + 1) && box.top > below ? { bottom: window.innerHeight - box.top, right } : { top: box.bottom, right });
        }}
      >
        {children}
      </button>
      {at && (
        <ul
          ref={menu}
          id={id}
          role="menu"
          aria-label={menuLabel}
          className="bj-menu"
          style={at}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            const to = e.relatedTarget as Node | null;
            if (!menu.current?.contains(to) && to !== button.current) setAt(null);
          }}
        >
          {entries.map((entry) => (
            <li
              key={entry.label}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={entry.disabledBecause ? true : undefined}
              title={entry.disabledBecause ?? undefined}
              onClick={() => pick(entry)}
            >
              <span>{entry.label}</span>
              {entry.note && <span className="bj-menu-why">{entry.note}</span>}
              {entry.disabledBecause && <span className="bj-menu-why">{entry.disabledBecause}</span>}
              {entry.keys && <span className="bj-menu-keys">{entry.keys}</span>}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
