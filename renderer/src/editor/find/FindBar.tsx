import { useEffect, useReducer, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { findState, replaceAll, replaceCurrent, setQuery, step } from './find-plugin.ts';

interface Props {
  editor: Editor;
  withReplace: boolean;
  onClose: () => void;
  onReport: (text: string) => void;
}

/** 查找和替换 bar: Enter finds the next hit, Shift+Enter the previous, Esc closes. */
export function FindBar({ editor, withReplace, onClose, onReport }: Props) {
  const [query, setQueryText] = useState('');
  const [replacement, setReplacement] = useState('');
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const input = useRef<HTMLInputElement>(null);
  const view = editor.view;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [withReplace]);
  useEffect(() => {
    editor.on('transaction', refresh);
    return () => {
      editor.off('transaction', refresh);
      setQuery(view, '');
    };
  }, [editor, view]);

  const { matches, current } = findState(view);
  return (
    <div className="bj-findbar" role="search">
      <input
        ref={input}
        aria-label="查找内容"
        placeholder="查找内容"
        value={query}
        onChange={(e) => {
          setQueryText(e.target.value);
          setQuery(view, e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') step(view, e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') onClose();
        }}
      />
      <span className="bj-find-count">{query ? (matches.length ? `${current + 1}/${matches.length}` : '无结果') : ''}</span>
      <button type="button" onClick={() => step(view, -1)} disabled={!matches.length}>上一个</button>
      <button type="button" onClick={() => step(view, 1)} disabled={!matches.length}>下一个</button>
      {withReplace && (
        <>
          <input
            aria-label="替换为"
            placeholder="替换为"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && onClose()}
          />
          <button type="button" onClick={() => replaceCurrent(view, replacement)} disabled={!matches.length}>替换</button>
          <button
            type="button"
            disabled={!matches.length}
            onClick={() => onReport(`已全部替换，共 ${replaceAll(view, replacement)} 处。`)}
          >
            全部替换
          </button>
        </>
      )}
      <button type="button" className="bj-icon" aria-label="关闭查找" onClick={onClose}>×</button>
    </div>
  );
}
