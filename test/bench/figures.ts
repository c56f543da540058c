/** Small helpers to print bench figures in aligned rows. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;

export function row(label: string, value: string): void {
  console.log(`${label.padEnd(64)} ${value}`);
}
