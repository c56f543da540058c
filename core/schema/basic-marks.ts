import type { MarkSpec } from 'prosemirror-model';

/** Bold, as prosemirror-schema-basic's `strong` reads it from pasted HTML (Google Docs' `b` with font-weight normal is not bold). */
export const boldSpec: MarkSpec = {
  parseDOM: [
    { tag: 'strong' },
    { tag: 'b', getAttrs: (el) => el.style.fontWeight !== 'normal' && null },
    { style: 'font-weight=400', clearMark: (m) => m.type.name === 'bold' },
    { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
  ],
  toDOM: () => ['strong', 0],
};

/** Italic, as prosemirror-schema-basic's `em`. */
export const italicSpec: MarkSpec = {
  parseDOM: [
    { tag: 'em' },
    { tag: 'i', getAttrs: (el) => el.style.fontStyle !== 'normal' && null },
    { style: 'font-style=normal', clearMark: (m) => m.type.name === 'italic' },
    { style: 'font-style=italic' },
  ],
  toDOM: () => ['em', 0],
};
