/**
 * A synced revision of a variant: immutable metadata in the project's shared document, pointing at
 * the diagram XML by its SHA-256 (the XML itself travels outside the CRDT, as a blob). Revisions form
 * a graph through `parents`: a revision with two parents is a merge, two revisions with no child are
 * a fork ("two versions") that a person resolves.
 *
 * Shared by the app and the sync server (server/src/prune.ts), so both read the same shape.
 */
export const revisionReasons = ['initial', 'auto', 'named', 'merge', 'approved'] as const;
export type RevisionReason = (typeof revisionReasons)[number];

export interface Revision {
  id: string;
  parents: string[];
  /** The user id the server knows the author by. */
  author: string;
  time: number;
  sha256: string;
  /** Bytes of the XML as UTF-8. */
  size: number;
  reason: RevisionReason;
  /** The user's name for a named version; empty otherwise. */
  name: string;
}

/** The root-level array holding one variant's revisions (root level: concurrent appends merge safely). */
export const revisionsKey = (variantId: string): string => `revisions:${variantId}`;
export const revisionsPrefix = 'revisions:';

/**
 * The root-level map of approved diagrams whose blobs are on the team's server, SHA-256 → bytes: a
 * laptop with an approval's content uploads it once and lists it here (storage/sync/approvedContent.ts),
 * and the server's prune keeps these blobs. An approved content need not be a revision, or may stop
 * being one: approved before the project was shared, or as an automatic checkpoint since pruned.
 */
export const approvedContentKey = 'approvedContent';

const sha256Pattern = /^[0-9a-f]{64}$/;
export const isSha256 = (value: unknown): value is string => typeof value === 'string' && sha256Pattern.test(value);

/** Whether a value read from the shared document is a revision (a peer of another build may write anything). */
export function isRevision(value: unknown): value is Revision {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    Array.isArray(r.parents) &&
    r.parents.every((p) => typeof p === 'string') &&
    typeof r.author === 'string' &&
    typeof r.time === 'number' &&
    isSha256(r.sha256) &&
    typeof r.size === 'number' &&
    (revisionReasons as readonly unknown[]).includes(r.reason) &&
    typeof r.name === 'string'
  );
}

/** Revisions no other revision names as a parent, oldest first. More than one is a fork. */
export function headsOf(revisions: readonly Revision[]): Revision[] {
  const parents = new Set(revisions.flatMap((r) => r.parents));
  const seen = new Set<string>();
  return revisions
    .filter((r) => !parents.has(r.id) && !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
}

/** Whether `ancestor` is `descendant` or reachable from it through parents. */
export function isAncestor(revisions: readonly Revision[], ancestor: string, descendant: string): boolean {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const stack = [descendant];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (id === ancestor) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(byId.get(id)?.parents ?? []));
  }
  return false;
}

/**
 * What a prune may drop: everything but the newest `keep` revisions, the named and approved ones and
 * the heads (the current content, and both sides of a fork nobody has resolved yet).
 */
export function prunableRevisions(revisions: readonly Revision[], keep: number): Set<string> {
  const protectedIds = new Set(headsOf(revisions).map((r) => r.id));
  for (const r of revisions) if (r.reason === 'named' || r.reason === 'approved') protectedIds.add(r.id);
  const newestFirst = [...revisions].sort((a, b) => b.time - a.time);
  for (const r of newestFirst.slice(0, Math.max(0, keep))) protectedIds.add(r.id);
  return new Set(revisions.filter((r) => !protectedIds.has(r.id)).map((r) => r.id));
}
