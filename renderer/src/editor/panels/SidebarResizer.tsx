import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

const STORE_KEY = 'jianbao.sidebarWidth';
const MIN = 220;
const MAX = 640;
const STEP = 20;

const clamp = (w: number) => Math.round(Math.min(MAX, Math.max(MIN, w)));

/** The width the clerk chose, or null: app.css's own, which narrows with the window (down to 240 px at 1140 px). */
function storedWidth(): number | null {
  const saved = Number(localStorage.getItem(STORE_KEY));
  return saved ? clamp(saved) : null;
}

/**
 * The sidebar's right edge (WAI-ARIA window splitter): drag it, or focus it and press ← →, to
 * widen the 大纲 so long titles show whole. The width is kept for the next start.
 */
export function SidebarResizer() {
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const [chosen, setChosen] = useState(storedWidth);
  const sidebar = () => ref.current?.closest<HTMLElement>('.bj-sidebar') ?? null;
  /** The width now: the chosen one, else as laid out. */
  const [width, setWidth] = useState(chosen ?? 0);
  useLayoutEffect(() => {
    if (chosen !== null) sidebar()?.style.setProperty('--bj-sidebar-width', `${chosen}px`);
    setWidth(Math.round(sidebar()?.getBoundingClientRect().width ?? chosen ?? 0));
  }, [chosen]);
  useEffect(() => {
    if (chosen !== null) localStorage.setItem(STORE_KEY, String(chosen));
  }, [chosen]);

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
        setChosen(clamp(change(width)));
      }}
      onPointerDown={(e: PointerEvent) => {
        // No text selection while dragging.
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, width };
      }}
      onPointerMove={(e: PointerEvent) => {
        if (drag.current) setChosen(clamp(drag.current.width + e.clientX - drag.current.x));
      }}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );
}
