import type { OutlineSection } from '../../../../core/model/outline.ts';
import type { Template } from '../../../../core/model/template.ts';
import type { ItemKind } from '../../../../core/model/nodes.ts';
import { MenuButton } from '../../app/MenuButton.tsx';

/** The sections of the issue whose template takes items of this kind. */
export function sectionsTaking(sections: OutlineSection[], template: Template, kind: ItemKind): OutlineSection[] {
  return sections.filter((s) => template.sections.find((t) => t.key === s.key)?.accepts.includes(kind));
}

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

/** 放入…: the sections that take an item, the keyboard's way to do what dragging it onto a section does. */
export function PlaceMenu({ what, sections, onPick, tabIndex, compact = false }: Props) {
  return (
    <MenuButton
      className="bj-link bj-place-button"
      label={`把“${what}”放入…`}
      title={compact ? '放入…' : undefined}
      menuLabel="放入栏目"
      tabIndex={tabIndex}
      disabled={sections.length === 0}
      entries={sections.map((s) => ({ label: s.heading, run: () => onPick(s) }))}
    >
      {compact ? '⋯' : '放入…'}
    </MenuButton>
  );
}
