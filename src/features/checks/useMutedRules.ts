import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getProject, setRuleMuted } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';

const none: string[] = [];

/** The checks switched off in a project, and the switch; every open editor of the project follows it. */
export function useMutedRules(projectId: string): { muted: string[]; setMuted(rule: string, muted: boolean): Promise<void> } {
  const read = useLiveQuery(async () => (await getProject(workspaceDb, projectId))?.mutedRules ?? none, [projectId]) ?? none;
  // The project record changes with every save (its `updatedAt`): the same rules keep the same list,
  // so the checks' markers are not redrawn for it.
  const signature = JSON.stringify(read);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature says when the list changed
  const muted = useMemo(() => read, [signature]);
  return { muted, setMuted: (rule, on) => setRuleMuted(workspaceDb, projectId, rule, on) };
}
