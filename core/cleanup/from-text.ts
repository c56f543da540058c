import type { RawBlock } from './raw-block.ts';

/**
 * Plain text, one block per line. A line indented with spaces starts a paragraph of its own (that
 * is how Word's and WPS's plain text marks one); any other line may continue the one before.
 */
export function textToBlocks(text: string): RawBlock[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  return lines.map((line, i) => ({
    runs: [{ text: line }],
    continues: !/^[\u3000 \t]{2,}|^\u3000/u.test(line),
    afterBlank: i === 0 || !lines[i - 1]!.trim(),
  }));
}
