import type { IssueSummary } from '../../../core/api/contract.ts';

interface Props {
  /** The one issue there is (on first start, the demo), or null when there is none. */
  only: IssueSummary | null;
  onNext: (fromId: string) => void;
  onBlank: () => void;
}

/** 期刊列表's card for a clerk who has not begun an issue of their own: how to start one, and a button for it. */
export function FirstSteps({ only, onNext, onBlank }: Props) {
  return (
    <section className="bj-first-steps" aria-labelledby="bj-first-steps-title">
      <h2 id="bj-first-steps-title">开始新一期</h2>
      {only ? (
        <p>
          新的一期从上一期接着办：点“开始第{only.issueNumber + 1}期”（或那一行的“新建下一期”），报头和报、送、发沿用第
          {only.issueNumber}期，期号加一，栏目留空，再写稿或从收稿箱放入稿件。想先看看成品的样子，就打开第{only.issueNumber}期。
        </p>
      ) : (
        <p>点“新建简报”按模板建一期空白简报；已有工程文件的，点“打开工程文件”。</p>
      )}
      <div className="bj-first-steps-actions">
        {only && (
          <button type="button" className="bj-primary" onClick={() => onNext(only.id)}>
            开始第{only.issueNumber + 1}期
          </button>
        )}
        <button type="button" onClick={onBlank}>
          新建空白简报
        </button>
      </div>
    </section>
  );
}
