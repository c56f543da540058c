import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Finding } from '../../../../core/proofread/finding.ts';
import type { Proofreader } from '../../../../core/proofread/proofreader.ts';
import { NODE } from '../../../../core/model/nodes.ts';
import { missingParts } from '../../../../core/proofread/item-parts.ts';
import { proofreadKey } from './proofread-marks.ts';
import { markSweeping } from '../history/sweeping-changes.ts';
import { call } from '../../api/client.ts';
import type { UserFormulations } from '../../../../core/api/contract.ts';
import type { EditorFinding } from './editor-finding.ts';
import type { Settled } from '../settled.ts';


/**
 * 校对 as the clerk types: once typing settles, every paragraph that changed is checked again (the
 * others come from a cache), the findings are underlined and listed. Nothing is changed but by a click.
 */
export function useProofread(editor: Editor | null, settled: Settled | null) {
  const [user, setUser] = useState<UserFormulations>({ phrases: [], wrongForms: [], nearSoundsOff: [] });
  useEffect(() => {
    call('getFormulations', {}).then(setUser, () => undefined);
  }, []);
  // The canon and the pinyin data are loaded on first use, after the editor has started.
  const [proof, setProof] = useState<Proofreader | null>(null);
  useEffect(() => {
    let live = true;
    import('../../../../core/proofread/proofreader.ts').then((m) => live && setProof(m.proofreader(user)), () => undefined);
    return () => {
      live = false;
    };
  }, [user]);
  const cache = useRef(new Map<string, Finding[]>());
  useEffect(() => cache.current.clear(), [proof]);
  /** Saves the clerk's dictionary entries and checks again with them. */
  const saveDictionary = useCallback(async (next: UserFormulations) => {
    await call('saveFormulations', next);
    setUser(next);
  }, []);
  const [findings, setFindings] = useState<EditorFinding[]>([]);
  /** What the clerk chose to 忽略, for as long as the paragraph stays as it is. */
  const ignoredRef = useRef(new Set<string>());

  const run = useCallback(() => {
    if (!editor || !proof) return;
    const seen = new Map<string, Finding[]>();
    const found: EditorFinding[] = [];
    const blocks: { text: string; pos: number; where: string }[] = [];
    const add = (f: Finding, { text, pos, where }: (typeof blocks)[number]) => {
      const id = `${f.message}|${f.offset}|${text}`;
      if (!ignoredRef.current.has(id)) found.push({ key: id, from: pos + 1 + f.offset, to: pos + 1 + f.offset + f.length, finding: f, where });
    };
    let where = '';
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === NODE.title) where = `《${node.textContent || '无标题'}》`;
      else if (node.type.name === NODE.section) where = String(node.attrs.heading);
      if (node.type.name === NODE.article || node.type.name === NODE.reflection) {
        // A missing title or byline, at the empty part, where the clerk is taken to write it.
        const parts = new Map<string, { text: string; pos: number }>();
        node.forEach((child, offset) => void parts.set(child.type.name, { text: child.textContent, pos: pos + 1 + offset }));
        const itemWhere = node.type.name === NODE.article ? `《${parts.get(NODE.title)?.text || '无标题'}》` : where;
        for (const missing of missingParts(node.type.name, parts.get(NODE.title)?.text ?? null, parts.get(NODE.byline)?.text ?? null)) {
          const at = parts.get(missing.part)!;
          add({ offset: 0, length: 0, found: '', suggestion: null, category: 'consistency', message: missing.message }, { text: `${node.attrs.id}`, pos: at.pos, where: itemWhere });
        }
      }
      if (!node.isTextblock) return true;
      const text = node.textContent;
      const key = `${node.type.name}|${text}`;
      const list = seen.get(key) ?? cache.current.get(key) ?? proof.text(text, { title: node.type.name === NODE.title || node.type.name === NODE.byline });
      seen.set(key, list);
      blocks.push({ text, pos, where });
      for (const f of list) add(f, blocks.at(-1)!);
      return false;
    });
    // What holds across the issue (a year written one way throughout), over all its textblocks.
    for (const { block, finding } of proof.across(blocks.map((b) => b.text))) add(finding, blocks[block]!);
    cache.current = seen;
    editor.view.dispatch(editor.state.tr.setMeta(proofreadKey, found).setMeta('addToHistory', false));
    setFindings(found);
  }, [editor, proof]);

  // Every paragraph that changed is checked again once typing settles; the proofreader may load later.
  useEffect(() => {
    if (!settled) return;
    run();
    return settled.on(run);
  }, [settled, run]);


  /** 修正: puts the suggestion in, as one undoable step. */
  const fix = useCallback(
    (list: EditorFinding[]) => {
      if (!editor) return;
      // 全部修正 (more than one fix at once) keeps the text as it was in the history first.
      const tr = list.length > 1 ? markSweeping(editor.state.tr, 'fixAll') : editor.state.tr;
      const fixed = list.filter((f) => f.finding.suggestion !== null).sort((a, b) => b.from - a.from);
      for (const f of fixed) {
        if (f.finding.suggestion) tr.insertText(f.finding.suggestion, f.from, f.to);
        else tr.delete(f.from, f.to);
      }
      // The caret goes to the (first) fix, so the clerk reads on from there and Ctrl+Z takes it back.
      const first = fixed.at(-1);
      if (first) tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map(first.to))));
      if (tr.docChanged) editor.view.dispatch(tr.scrollIntoView());
      editor.view.focus();
      run();
    },
    [editor, run],
  );

  const ignore = useCallback(
    (f: EditorFinding) => {
      ignoredRef.current.add(f.key);
      run();
    },
    [run],
  );
  return { findings, fix, ignore, user, saveDictionary };
}
