/** What an export or a copy could not carry, one line each, as the dialogs list it. */
export function ProblemList({ problems }: { problems: string[] }) {
  return (
    <ul className="bj-problems">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
