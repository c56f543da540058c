import { useState } from 'react';
import type { Issue } from '../../../../core/model/issue.ts';
import type { IssueSettings } from '../../../../core/template/settings.ts';
import type { OutlineSection } from '../../../../core/model/outline.ts';
import { call } from '../../api/client.ts';
import { useCommands } from '../../app/commands.tsx';
import type { IssueSession } from '../session/use-issue-session.ts';
import type { ReopenView } from '../reopen-view.ts';
import { IssueSettingsDialog } from './IssueSettingsDialog.tsx';

interface Props {
  session: IssueSession;
  sections: OutlineSection[];
  /** Open at once: a new briefing is set up right after it is made. */
  initiallyOpen: boolean;
  /** The issue as now stored, in a fresh editor: its sections and rules are the new template's. */
  onReload: (issue: Issue, view: ReopenView) => void;
}

/** 设置 → 简报设置…: saves what is typed, applies the settings on the Node side, and opens the issue again. */
export function IssueSettingsCommand({ session, sections, initiallyOpen, onReload }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  useCommands({ issueSettings: () => setOpen(true) });
  if (!open) return null;
  const submit = async (settings: IssueSettings) => {
    await session.saveFirst();
    const issue = await call('applyIssueSettings', { id: session.issue.id, baseRevision: session.saver.baseRevision, settings });
    onReload(issue, { history: false, focusItem: null });
  };
  return <IssueSettingsDialog issue={session.pageContent()} sections={sections} onSubmit={submit} onCancel={() => setOpen(false)} />;
}
