import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { rovingIndex, type Orientation } from './roving.ts';

/**
 * One Tab stop for a group of controls (WAI-ARIA APG "roving tabindex"): the control last focused
 * keeps tabindex 0, the others get -1, and arrows, Home and End move among them. Spread the result
 * on the group's element; `selector` picks the controls inside it.
 */
export function useRovingFocus<T extends HTMLElement>(selector: string, orientation: Orientation) {
  const ref = useRef<T>(null);
  const stop = useRef<HTMLElement | null>(null);
  const controls = () =>
    [...(ref.current?.querySelectorAll<HTMLElement>(selector) ?? [])].filter((el) => !el.matches(':disabled'));
  const settle = () => {
    const list = controls();
    if (!stop.current || !list.includes(stop.current)) stop.current = list[0] ?? null;
    for (const el of list) el.tabIndex = el === stop.current ? 0 : -1;
  };
  // After every render: controls that came, went or were enabled join the scheme.
  useLayoutEffect(settle);
  return {
    ref,
    onFocus: (e: FocusEvent) => {
      if (!(e.target instanceof HTMLElement) || !controls().includes(e.target)) return;
      stop.current = e.target;
      settle();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const list = controls();
      const index = list.indexOf(e.target as HTMLElement);
      const next = index < 0 ? null : rovingIndex(e.key, index, list.length, orientation);
      if (next === null) return;
      e.preventDefault();
      list[next]!.focus();
    },
  };
}
