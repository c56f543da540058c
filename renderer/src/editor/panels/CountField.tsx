interface Props {
  label: string;
  value: number | null;
  min: number;
  /** Whether the clerk may clear it (a print run left unsaid). */
  optional?: boolean;
  onChange: (value: number | null) => void;
}

/** A whole number typed in place on the page: 期号, 总期号, 印数. */
export function CountField({ label, value, min, optional = false, onChange }: Props) {
  return (
    <input
      aria-label={label}
      type="number"
      min={min}
      value={value ?? ''}
      onChange={(e) => {
        if (e.target.value === '' && optional) return onChange(null);
        onChange(Math.max(min, Math.floor(Number(e.target.value)) || min));
      }}
    />
  );
}
