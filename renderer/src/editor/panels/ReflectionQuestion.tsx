import type { AsReflection, LostPart, TitleChoice } from '../../../../core/template/as-reflection.ts';
import { GateDialog } from '../../app/GateDialog.tsx';

interface Props {
  /** The section's heading (【学习感悟】). */
  heading: string;
  /** The essay as a 心得 without its title, and with its title as the first line. */
  dropped: AsReflection;
  kept: AsReflection;
  onAnswer: (choice: TitleChoice | null) => void;
}

const quoted = (p: LostPart) => (p.text ? `“${p.text}”` : '（没有说明）');

/**
 * Asked before an essay becomes a 心得体会 that would leave words out: exactly which words (and
 * photos) the 心得 does not keep, and whether the title should open its text instead; 取消 (and Esc)
 * leaves the essay in the 收稿箱.
 */
export function ReflectionQuestion({ heading, dropped, kept, onAnswer }: Props) {
  const titleGoes = dropped.lost.some((p) => p.part === '标题');
  const others = kept.lost.length > 0;
  return (
    <GateDialog
      title={`放入${heading}`}
      onEscape={() => onAnswer(null)}
      actions={[
        { label: '取消', run: () => onAnswer(null) },
        ...(titleGoes ? [{ label: '标题改作第一段，放入', run: () => onAnswer('firstLine') }] : []),
        { label: titleGoes ? '删去标题，放入' : '仍然放入', run: () => onAnswer('drop') },
      ]}
    >
      <p>{heading}只收心得体会：心得没有标题和照片，小标题改为正文段落，作者作为落款。放入后，下面这些不会保留：</p>
      <ul className="bj-problems" aria-label="不会保留的内容">
        {dropped.lost.map((p, i) => (
          <li key={i}>
            {p.part}：{quoted(p)}
          </li>
        ))}
      </ul>
      {titleGoes && <p>也可以把标题改作心得的第一段{others ? '（其余各项仍不保留）' : ''}。</p>}
    </GateDialog>
  );
}
