import { readTokenClaims } from '../../domain/sync/serverAddress';
import type { SyncLink, WorkbenchDb } from '../db';
import { validRecord } from '../records/validRecords';

export class BadTokenError extends Error {
  constructor() {
    super('The token names no user or team');
  }
}

function linkFor(projectId: string, serverUrl: string, token: string): SyncLink {
  const claims = readTokenClaims(token);
  if (!claims) throw new BadTokenError();
  return { projectId, serverUrl, token: token.trim(), documentName: `${claims.teamId}/${projectId}`, userId: claims.userId, teamId: claims.teamId, sharedAt: Date.now() };
}

export async function getSyncLink(db: WorkbenchDb, projectId: string): Promise<SyncLink | undefined> {
  return validRecord('syncLinks', await db.syncLinks.get(projectId));
}

/** The projects this user only views, as the server last said (an unreadable link counts as none). */
export async function viewerOnlyProjects(db: WorkbenchDb): Promise<Set<string>> {
  const links = (await db.syncLinks.toArray()).map((link) => validRecord('syncLinks', link));
  return new Set(links.flatMap((link) => (link?.viewerOnly ? [link.projectId] : [])));
}

/** Keeps what the server said of this user's role in the project. */
export async function rememberViewerOnly(db: WorkbenchDb, projectId: string, viewerOnly: boolean): Promise<void> {
  await db.syncLinks.update(projectId, { viewerOnly });
}

/** Shares a local project with the token's team: its records and diagrams go up once the server answers. */
export async function shareProject(db: WorkbenchDb, projectId: string, serverUrl: string, token: string): Promise<SyncLink> {
  const link = linkFor(projectId, serverUrl, token);
  await db.syncLinks.put(link);
  return link;
}

/** A project shared from another computer: its records come down from the server into this browser. */
export async function openSharedProject(db: WorkbenchDb, projectId: string, serverUrl: string, token: string): Promise<SyncLink> {
  const link = linkFor(projectId.trim(), serverUrl, token);
  await db.syncLinks.put(link);
  return link;
}

/** Stops syncing on this computer; the project and its versions stay here as a local project. */
export async function stopSharing(db: WorkbenchDb, projectId: string): Promise<void> {
  await db.transaction('rw', [db.syncLinks, db.syncDocs, db.syncHeads], async () => {
    await db.syncLinks.delete(projectId);
    await db.syncDocs.delete(projectId);
    await db.syncHeads.where('projectId').equals(projectId).delete();
  });
}
