import { useLiveQuery } from 'dexie-react-hooks';
import { getProject, setRuleMuted } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';

const none: string[] = [];

/** The checks switched off in a project, and the switch; every open editor of the project follows it. */
export function useMutedRules(projectId: string): { muted: string[]; setMuted(rule: string, muted: boolean): Promise<void> } {
  const muted = useLiveQuery(async () => (await getProject(workspaceDb, projectId))?.mutedRules ?? none, [projectId]) ?? none;
  return { muted, setMuted: (rule, on) => setRuleMuted(workspaceDb, projectId, rule, on) };
}
