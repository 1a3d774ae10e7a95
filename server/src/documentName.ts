/**
 * A shared document is one project of one team: `<teamId>/<projectId>`. The team in the name is what
 * membership is checked against, so a token for one team never opens another team's project.
 */
const part = /^[A-Za-z0-9_.-]{1,100}$/;

export function parseDocumentName(name: string): { teamId: string; projectId: string } | null {
  const [teamId, projectId, ...rest] = name.split('/');
  if (rest.length || !teamId || !projectId || !part.test(teamId) || !part.test(projectId)) return null;
  return { teamId, projectId };
}
