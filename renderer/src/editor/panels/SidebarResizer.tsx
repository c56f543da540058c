import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

const STORE_KEY = 'jianbao.sidebarWidth';
const MIN = 220;
const MAX = 640;
/** As app.css lays the sidebar out before the clerk widens it. */
const DEFAULT = 300;
const STEP = 20;

const clamp = (w: number) => Math.round(Math.min(MAX, Math.max(MIN, w)));

function storedWidth(): number {
  const saved = Number(localStorage.getItem(STORE_KEY));
  return saved ? clamp(saved) : DEFAULT;
}

/**
 * The sidebar's right edge (WAI-ARIA window splitter): drag it, or focus it and press ← →, to
 * widen the 大纲 so long titles show whole. The width is kept for the next start.
 */
export function SidebarResizer() {
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const [width, setWidth] = useState(storedWidth);
  useLayoutEffect(() => {
    ref.current?.closest<HTMLElement>('.bj-sidebar')?.style.setProperty('--bj-sidebar-width', `${width}px`);
  }, [width]);
  useEffect(() => localStorage.setItem(STORE_KEY, String(width)), [width]);

  const keys: Record<string, (w: number) => number> = {
    ArrowLeft: (w) => w - STEP,
    ArrowRight: (w) => w + STEP,
    Home: () => MIN,
    End: () => MAX,
  };
  const endDrag = () => {
    drag.current = null;
  };
  return (
    <div
      ref={ref}
      className="bj-sidebar-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="调整大纲宽度"
      aria-valuenow={width}
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      tabIndex={0}
      title="拖动以调整大纲宽度（也可用 ← → 键）"
      onKeyDown={(e: KeyboardEvent) => {
        const change = keys[e.key];
        if (!change) return;
        e.preventDefault();
        setWidth((w) => clamp(change(w)));
      }}
      onPointerDown={(e: PointerEvent) => {
        // No text selection while dragging.
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, width };
      }}
      onPointerMove={(e: PointerEvent) => {
        if (drag.current) setWidth(clamp(drag.current.width + e.clientX - drag.current.x));
      }}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );
}
