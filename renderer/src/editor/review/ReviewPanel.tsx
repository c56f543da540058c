import { useState } from 'react';
import type { OpenSuggestion } from '../../../../core/review/open-marks.ts';
import type { Decision } from '../../../../core/review/settle.ts';
import { reviewerClass } from '../../../../core/review/reviewer.ts';
import { formatWords, KIND_LABEL, withBreaks } from '../../../../core/review/change-words.ts';
import type { PlacedComment, ReviewView } from './use-review.ts';
import { replyAuthor, setReplyAuthor } from './reply-author.ts';
import './review.css';

interface Props {
  view: ReviewView;
  /** Each item's name as the outline shows it. */
  labels: Map<string, string>;
  onImport: () => void;
  onDecide: (decision: Decision, scope: { id?: string; itemId?: string }) => void;
  onReply: (id: string, text: string) => void;
  onResolve: (id: string) => void;
  onJump: (from: number, to: number) => void;
  onSuggesting: () => void;
  onClose: () => void;
}

const when = (date: string) => (date ? date.slice(5, 16).replace('T', ' ') : '');
const quoted = (text: string) => `“${withBreaks(text.length > 40 ? `${text.slice(0, 40)}…` : text)}”`;

function what(s: OpenSuggestion): string {
  switch (s.kind) {
    case 'replace':
      return `${quoted(s.deleted)} 改为 ${quoted(s.inserted)}`;
    case 'format':
      return `${quoted(s.formatted)} ${formatWords(s.format)}`;
    case 'split':
      return s.inserted.replace(/\n/gu, '') ? quoted(s.inserted) : '在此另起一段';
    case 'join':
      return '与下一段合为一段';
    default:
      return quoted(s.inserted || s.deleted);
  }
}

function Byline({ author, date }: { author: string; date: string }) {
  return (
    <span className="bj-review-by">
      <span className={`bj-review-dot ${reviewerClass(author)}`} aria-hidden="true" />
      {author || '审阅人'} {when(date)}
    </span>
  );
}

function CommentCard({ comment, onReply, onResolve, onJump }: { comment: PlacedComment } & Pick<Props, 'onReply' | 'onResolve' | 'onJump'>) {
  const [answer, setAnswer] = useState('');
  const send = () => {
    if (!answer.trim()) return;
    onReply(comment.id, answer.trim());
    setAnswer('');
  };
  return (
    <li className="bj-review-comment" data-comment={comment.id}>
      <button type="button" className="bj-proof-text" disabled={!comment.place} onClick={() => comment.place && onJump(comment.place.from, comment.place.to)}>
        {comment.quote && <span className="bj-proof-found">{quoted(comment.quote)}</span>}
        <span className="bj-review-said">{comment.text}</span>
        <Byline author={comment.author} date={comment.date} />
      </button>
      {comment.replies.length > 0 && (
        <ol className="bj-review-replies" aria-label="回复">
          {comment.replies.map((r, i) => (
            <li key={i}>
              <span className="bj-review-said">{r.text}</span>
              <Byline author={r.author} date={r.date} />
            </li>
          ))}
        </ol>
      )}
      <div className="bj-review-answer">
        <textarea
          aria-label={`回复${comment.author}的批注`}
          rows={2}
          value={answer}
          placeholder="回复…"
          onChange={(e) => setAnswer(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send();
          }}
        />
        <span className="bj-proof-actions">
          <button type="button" onClick={send} disabled={!answer.trim()}>
            回复
          </button>
          <button type="button" onClick={() => onResolve(comment.id)}>
            解决
          </button>
        </span>
      </div>
    </li>
  );
}

/**
 * 审阅 panel: 导入审阅稿, then each article's suggestions (接受, 拒绝, per article and for all) and
 * comments (回复, 解决), and what could not be put back, so the clerk goes through the leader's marks one by one.
 */
export function ReviewPanel({ view, labels, onImport, onDecide, onReply, onResolve, onJump, onSuggesting, onClose }: Props) {
  const open = view.comments.filter((c) => !c.resolved);
  const resolved = view.comments.filter((c) => c.resolved);
  // Articles in the order of the text, so that one keeps its place while its marks are settled.
  const at = new Map<string, number>();
  for (const [itemId, pos] of [...view.suggestions.map((s) => [s.itemId, s.from] as const), ...open.map((c) => [c.place?.itemId ?? '', c.place?.from ?? Infinity] as const)])
    at.set(itemId, Math.min(at.get(itemId) ?? Infinity, pos));
  const items = [...at.keys()].sort((a, b) => at.get(a)! - at.get(b)!);
  const [author, setAuthor] = useState(replyAuthor);
  return (
    <aside className="bj-proof bj-review" aria-label="审阅">
      <div className="bj-outline-title bj-proof-head">
        审阅（修订 {view.suggestions.length}，批注 {open.length}）
        <button type="button" className="bj-icon" aria-label="关闭审阅" onClick={onClose}>
          ×
        </button>
      </div>
      <label className="bj-review-author">
        我的署名
        <input
          value={author}
          maxLength={40}
          onChange={(e) => {
            setAuthor(e.target.value);
            setReplyAuthor(e.target.value);
          }}
        />
        <span>（回复批注、修订模式用）</span>
      </label>
      <div className="bj-review-tools">
        <button type="button" onClick={onImport} disabled={view.importing} title="打开审阅人在 Word 或 WPS 中修订、批注后发回的送审稿">
          {view.importing ? '正在导入…' : '导入审阅稿…'}
        </button>
        <button type="button" onClick={() => onDecide('accept', {})} disabled={!view.suggestions.length}>
          全部接受
        </button>
        <button type="button" onClick={() => onDecide('reject', {})} disabled={!view.suggestions.length}>
          全部拒绝
        </button>
        <button
          type="button"
          aria-pressed={view.suggesting}
          className={view.suggesting ? 'bj-on' : ''}
          onClick={onSuggesting}
          title="打开后，您的输入和删除都记为修订（署您的名字），由他人接受或拒绝"
        >
          修订模式{view.suggesting ? '：开' : ''}
        </button>
      </div>
      {view.warning && (
        <p className="bj-review-warning" role="note">
          {view.warning}
        </p>
      )}
      {view.unplaced.length > 0 && (
        <section className="bj-proof-group">
          <div className="bj-outline-heading">未能放回原处（{view.unplaced.length}），请手工处理</div>
          <ol>
            {view.unplaced.map((u, i) => (
              <li key={i} className="bj-proof-item">
                <span className="bj-proof-text">
                  <span className="bj-proof-where">{u.context}</span>
                  <span>{KIND_LABEL[u.kind]}：{u.text}</span>
                  <Byline author={u.author} date={u.date} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.ignored.length > 0 && (
        <details className="bj-review-resolved">
          <summary>未采用的格式修订（{view.ignored.length}）</summary>
          <p>字号、字体、颜色，以及标题和署名的字形，都由模板统一规定，审阅稿中的这些改动未放入简报。</p>
          <ol>
            {view.ignored.map((u, i) => (
              <li key={i}>
                {u.context} {u.text}（{u.author || '审阅人'}）
              </li>
            ))}
          </ol>
        </details>
      )}
      {items.length === 0 && !view.unplaced.length && <div className="bj-outline-empty">没有待处理的修订和批注。送审稿发回后，点“导入审阅稿”。</div>}
      {items.map((itemId) => {
        const changes = view.suggestions.filter((s) => s.itemId === itemId);
        const comments = open.filter((c) => (c.place?.itemId ?? '') === itemId);
        return (
          <section key={itemId} className="bj-proof-group" aria-label={labels.get(itemId) ?? '其他'}>
            <div className="bj-outline-heading">
              <span>{labels.get(itemId) ?? '其他'}</span>
              {changes.length > 1 && (
                <span>
                  <button type="button" className="bj-link" onClick={() => onDecide('accept', { itemId })}>
                    接受本篇
                  </button>
                  <button type="button" className="bj-link" onClick={() => onDecide('reject', { itemId })}>
                    拒绝本篇
                  </button>
                </span>
              )}
            </div>
            <ol>
              {changes.map((s) => (
                <li key={s.id} className="bj-proof-item" data-mark={s.id} data-kind={s.kind}>
                  <button type="button" className="bj-proof-text" onClick={() => onJump(s.from, s.to)}>
                    <span className="bj-proof-where">{KIND_LABEL[s.kind]}</span>
                    <span>{what(s)}</span>
                    <Byline author={s.author} date={s.date} />
                  </button>
                  <span className="bj-proof-actions">
                    <button type="button" onClick={() => onDecide('accept', { id: s.id })}>
                      接受
                    </button>
                    <button type="button" onClick={() => onDecide('reject', { id: s.id })}>
                      拒绝
                    </button>
                  </span>
                </li>
              ))}
              {comments.map((c) => (
                <CommentCard key={c.id} comment={c} onReply={onReply} onResolve={onResolve} onJump={onJump} />
              ))}
            </ol>
          </section>
        );
      })}
      {resolved.length > 0 && (
        <details className="bj-review-resolved">
          <summary>已解决的批注（{resolved.length}）</summary>
          <ol>
            {resolved.map((c) => (
              <li key={c.id}>
                {c.quote && `${quoted(c.quote)}：`}
                {c.text}（{c.author}）{c.replies.map((r) => ` — ${r.author}：${r.text}`).join('')}
              </li>
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
