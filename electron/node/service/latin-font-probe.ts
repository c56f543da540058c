import { TIMES_REGULAR } from '../../../core/layout/latin-widths.ts';

/** Latin text whose width tells Times New Roman (or Liberation Serif, metric-compatible with it) from any other face. */
const SAMPLE = 'Wilhelm 2025 DeepSeek';
const SAMPLE_EM = [...SAMPLE].reduce((n, ch) => n + (TIMES_REGULAR[ch.codePointAt(0)!] ?? 1), 0);

/**
 * Measures the sample at 100 px in the faces the sheets name for Latin text. Runs inside the page
 * that is printed (Playwright's evaluate, Electron's executeJavaScript), so it is self-contained.
 */
function measureSample(sample: string): number {
  const probe = document.createElement('span');
  probe.style.cssText = "font: 100px 'Times New Roman', 'Liberation Serif', monospace; white-space: pre; position: absolute";
  probe.textContent = sample;
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

/** The probe as a script, for a page that takes source text (Electron's executeJavaScript). */
export const LATIN_PROBE_SCRIPT = `(${measureSample.toString()})(${JSON.stringify(SAMPLE)})`;

/** The probe as a function and its argument, for Playwright's evaluate. */
export const LATIN_PROBE = { run: measureSample, sample: SAMPLE };

/**
 * What the clerk is told when the printing browser measured Latin text in another face than the
 * layout did: both PDF paths (the desktop app's and Chromium's) give this same list.
 */
export function latinFontProblems(widthAt100px: number): string[] {
  return Math.abs(widthAt100px / 100 - SAMPLE_EM) > 0.02 * SAMPLE_EM
    ? ['本机没有 Times New Roman 或 Liberation Serif 字体：PDF 中的西文和数字换用了其他字体，字距会与 DOCX 略有不同（换行和分页不变）。']
    : [];
}
