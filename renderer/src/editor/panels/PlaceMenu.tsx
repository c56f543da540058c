import type { OutlineSection } from '../../../../core/model/outline.ts';
import type { Template } from '../../../../core/model/template.ts';
import { NODE, type ItemKind } from '../../../../core/model/nodes.ts';
import { submissionKind, whyNot } from '../../../../core/template/placement.ts';
import { MenuButton } from '../../app/MenuButton.tsx';

/** A section as 放入… offers it: greyed with the reason where the item cannot go, or with what the item becomes there. */
export interface PlaceTarget {
  section: OutlineSection;
  whyNot: string | null;
  note?: string;
}

/** Every section of the issue for an item of the issue: those whose template does not take its kind greyed, saying why. */
export function itemTargets(sections: OutlineSection[], template: Template, kind: ItemKind): PlaceTarget[] {
  return sections.map((section) => ({ section, whyNot: whyNot(template, section.key, kind) }));
}

/** Every section for a contributor's essay: where articles go it goes as one, where only 心得体会 go it becomes one. */
export function submissionTargets(sections: OutlineSection[], template: Template): PlaceTarget[] {
  return sections.map((section) => {
    const kind = submissionKind(template, section.key);
    return { section, whyNot: kind ? null : whyNot(template, section.key, NODE.article), ...(kind === NODE.reflection ? { note: '作为心得体会' } : {}) };
  });
}

interface Props {
  /** The item's name, for the button's accessible name. */
  what: string;
  targets: PlaceTarget[];
  /** The chosen section; the item goes to its end, as when dropped on its heading. */
  onPick: (section: OutlineSection) => void;
  /** Set by a roving group that lets only its active row be a Tab stop. */
  tabIndex?: number;
  /**
   * Shown as ⋯ with 放入… as its tooltip: for a row whose own name must hold all of its visible text,
   * as a treeitem's must (WCAG 2.5.3), and where the narrow sidebar has no room for the words.
   */
  compact?: boolean;
  className?: string;
}

/** 放入…: every section, the keyboard's way to do what dragging the item onto a section does; those that cannot take it say why. */
export function PlaceMenu({ what, targets, onPick, tabIndex, compact = false, className = 'bj-link bj-place-button' }: Props) {
  return (
    <MenuButton
      className={className}
      label={`把“${what}”放入…`}
      title={compact ? '放入…' : undefined}
      menuLabel="放入栏目"
      tabIndex={tabIndex}
      disabled={targets.length === 0}
      entries={targets.map((t) => ({ label: t.section.heading, note: t.note, disabledBecause: t.whyNot, run: () => onPick(t.section) }))}
    >
      {compact ? '⋯' : '放入…'}
    </MenuButton>
  );
}
