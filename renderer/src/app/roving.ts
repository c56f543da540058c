export type Orientation = 'horizontal' | 'vertical';

const KEYS: Record<Orientation, { back: string; forward: string }> = {
  horizontal: { back: 'ArrowLeft', forward: 'ArrowRight' },
  vertical: { back: 'ArrowUp', forward: 'ArrowDown' },
};

/**
 * Where an arrow, Home or End key moves focus among `count` controls (WAI-ARIA APG roving focus),
 * or null when the key is not one of them. `wrap` goes round from the last to the first, as menus do.
 */
export function rovingIndex(key: string, index: number, count: number, orientation: Orientation, wrap = false): number | null {
  const { back, forward } = KEYS[orientation];
  const step = (by: number) => (wrap ? (index + by + count) % count : Math.min(count - 1, Math.max(0, index + by)));
  if (key === forward) return step(1);
  if (key === back) return step(-1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
