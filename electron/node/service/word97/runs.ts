import type { WordRun } from '../../../../core/cleanup/word-document.ts';
import type { CharProps } from './properties.ts';
import type { Styles } from './styles.ts';

/** Text read with the direct formatting of where it is stored, before the paragraph's style is known. */
export interface Pending {
  text: string;
  props: CharProps;
  noteRef?: string;
}

/** Word's toggles: 0 off, 1 on, 0x80 as the style has it, 0x81 the opposite of the style. */
function toggle(direct: number | undefined, style: boolean): boolean {
  if (direct === undefined || direct === 0x80) return style;
  if (direct === 0x81) return !style;
  return direct === 1;
}

const definedOf = (props: CharProps): CharProps => Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as CharProps;

/**
 * The runs of a paragraph of style `istd`: bold, italic and size as they show, from the paragraph
 * style, the run's character style and its own formatting, neighbours alike merged.
 */
export function formattedRuns(pending: Pending[], styles: Styles, istd: number): WordRun[] {
  const base = styles.char(istd);
  const runs: WordRun[] = [];
  for (const p of pending) {
    const style = p.props.istd !== undefined ? { ...base, ...definedOf(styles.char(p.props.istd)) } : base;
    const bold = toggle(p.props.bold, style.bold === 1);
    const italic = toggle(p.props.italic, style.italic === 1);
    const halfPoints = p.props.hps ?? style.hps;
    const run: WordRun = { text: p.text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(halfPoints ? { halfPoints } : {}), ...(p.noteRef ? { noteRef: p.noteRef } : {}) };
    const last = runs.at(-1);
    if (last && !last.noteRef && !run.noteRef && last.bold === run.bold && last.italic === run.italic && last.halfPoints === run.halfPoints) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}
