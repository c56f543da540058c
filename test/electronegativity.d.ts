// The scanner ships no types; the test uses only this much of it.
declare module '@doyensec/electronegativity' {
  interface Finding {
    id: string;
    file: string;
    location: { line: number };
  }
  export default function run(options: {
    input: string;
    electronVersionOverride?: string;
    isRelative?: boolean;
  }): Promise<{ issues: Finding[] }>;
}
