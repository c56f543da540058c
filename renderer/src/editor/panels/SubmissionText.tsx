import { useEffect, useState } from 'react';
import type { CleanArticle, CleanParagraph } from '../../../../core/cleanup/clean-article.ts';
import { PHOTO_HASH } from '../../../../core/model/photo.ts';
import { photoUrl } from '../photos.ts';

/** A photo the submission brought, shown from the store (its screen copy); a framed slot where none could be kept. */
function Photo({ hash, caption }: { hash: string; caption: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    if (PHOTO_HASH.test(hash))
      photoUrl(hash).then(
        (u) => live && setUrl(u),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [hash]);
  return (
    <figure className="bj-figure">
      {url ? <img src={url} alt={caption || '稿件中的照片'} /> : <div className="bj-figure-slot">{failed ? '照片无法读取' : hash ? '正在读取照片…' : '照片位置（放入后可插入照片）'}</div>}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

function Block({ p }: { p: CleanParagraph }) {
  if (p.kind === 'figure') return <Photo hash={p.photo ?? ''} caption={p.text} />;
  const runs = p.runs.map((r, i) => {
    const text = r.italic ? <em>{r.text}</em> : r.text;
    return <span key={i}>{r.bold ? <strong>{text}</strong> : text}</span>;
  });
  const level = /^heading(\d)$/u.exec(p.kind)?.[1];
  // Headings as the page shows them, one tag below the preview's own heading levels.
  return level ? <h4 className={`bj-h bj-h${level}`}>{runs}</h4> : <p>{runs}</p>;
}

/**
 * A submission's cleaned text as it will be placed: its headings at their levels, its paragraphs,
 * its photos where they stood with their captions, then the captions the cleanup took out of the
 * text (each a photo slot once placed).
 */
export function SubmissionText({ article }: { article: CleanArticle }) {
  return (
    <div className="bj-submission-text">
      {article.paragraphs.map((p, i) => (
        <Block key={i} p={p} />
      ))}
      {article.captions.map((c, i) => (
        <Photo key={`c${i}`} hash="" caption={c} />
      ))}
    </div>
  );
}
