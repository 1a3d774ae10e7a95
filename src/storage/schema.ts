import type Dexie from 'dexie';

/** The stores of v8, which v9 keeps and adds to. */
const v8Stores = {
  projects: 'id, updatedAt',
  processes: 'id, projectId',
  variants: 'id, projectId, processId, &[processId+kind]',
  snapshots: 'id, variantId, projectId, createdAt, [variantId+createdAt]',
  snapshotContents: 'id',
  settings: 'key',
  dictionary: '[projectId+id], projectId, [projectId+kind]',
  assessments: 'processId, projectId',
  personas: 'id, projectId',
  journeyMaps: 'id, projectId, processId, [processId+variantKind]',
  interviews: 'id, projectId, processId',
  actionPlans: 'processId, projectId',
  roadmaps: 'projectId',
  passports: 'processId, projectId',
  statusChanges: 'id, projectId, processId',
};

/** The stores of v9, which v10 keeps as they are. */
const v9Stores = {
  ...v8Stores,
  syncLinks: 'projectId',
  syncDocs: 'projectId',
  syncHeads: 'variantId, projectId',
  syncBlobs: 'sha256',
};

/** The stores of v11: v10's, and each variant's diagram apart from its record. */
const v11Stores = { ...v9Stores, variantContents: '' };

/**
 * Every version the database has had, oldest first. Keep each step forever: a browser that
 * last ran an old build upgrades through all of them. Each upgrade has a test in schema.test.ts.
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      projects: 'id, updatedAt',
      processes: 'id, projectId',
      variants: 'id, projectId, processId, &[processId+kind]',
    },
  },
  {
    // v2: revisions make a save from a stale tab a detected conflict; snapshots keep replaced content;
    // settings hold per-browser preferences such as the UI language.
    version: 2,
    stores: {
      projects: 'id, updatedAt',
      processes: 'id, projectId',
      variants: 'id, projectId, processId, &[processId+kind]',
      snapshots: 'id, variantId, projectId, createdAt',
      settings: 'key',
    },
    upgrade: async (tx: import('dexie').Transaction) => {
      await tx.table('variants').toCollection().modify((variant: { revision?: number }) => {
        variant.revision ??= 1;
      });
    },
  },
  {
    // v3: the project dictionary of documents, fields, information systems and roles. Entries are
    // keyed within their project, so a duplicated project keeps the ids its diagrams refer to.
    version: 3,
    stores: {
      projects: 'id, updatedAt',
      processes: 'id, projectId',
      variants: 'id, projectId, processId, &[processId+kind]',
      snapshots: 'id, variantId, projectId, createdAt',
      settings: 'key',
      dictionary: '[projectId+id], projectId, [projectId+kind]',
    },
  },
  {
    // v4: the team's part of each process's comparison: proposals, МВК questionnaire, step matches.
    version: 4,
    stores: {
      projects: 'id, updatedAt',
      processes: 'id, projectId',
      variants: 'id, projectId, processId, &[processId+kind]',
      snapshots: 'id, variantId, projectId, createdAt',
      settings: 'key',
      dictionary: '[projectId+id], projectId, [projectId+kind]',
      assessments: 'processId, projectId',
    },
  },
  {
    // v5: the version history. A snapshot keeps its metadata (reason, name, size) apart from its XML, so
    // the history lists a variant's versions newest first without reading every diagram; processes go
    // to the project's trash (deletedAt) instead of being deleted at once.
    version: 5,
    stores: {
      projects: 'id, updatedAt',
      processes: 'id, projectId',
      variants: 'id, projectId, processId, &[processId+kind]',
      snapshots: 'id, variantId, projectId, createdAt, [variantId+createdAt]',
      snapshotContents: 'id',
      settings: 'key',
      dictionary: '[projectId+id], projectId, [projectId+kind]',
      assessments: 'processId, projectId',
    },
    upgrade: async (tx: import('dexie').Transaction) => {
      const contents: { id: string; xml: string }[] = [];
      await tx.table('snapshots').toCollection().modify((snapshot: { id: string; xml?: string; size?: number; name?: string }) => {
        const xml = snapshot.xml ?? '';
        contents.push({ id: snapshot.id, xml });
        snapshot.size ??= xml.length;
        snapshot.name ??= '';
        delete snapshot.xml;
      });
      await tx.table('snapshotContents').bulkAdd(contents);
      await tx.table('processes').toCollection().modify((process: { deletedAt?: number | null }) => {
        process.deletedAt ??= null;
      });
    },
  },
  {
    // v6: client journey maps (per process and variant), the project's personas and the process's
    // interviews (src/domain/journey/model.ts); new tables, nothing to convert.
    version: 6,
    stores: {
      projects: 'id, updatedAt',
      processes: 'id, projectId',
      variants: 'id, projectId, processId, &[processId+kind]',
      snapshots: 'id, variantId, projectId, createdAt, [variantId+createdAt]',
      snapshotContents: 'id',
      settings: 'key',
      dictionary: '[projectId+id], projectId, [projectId+kind]',
      assessments: 'processId, projectId',
      personas: 'id, projectId',
      journeyMaps: 'id, projectId, processId, [processId+variantKind]',
      interviews: 'id, projectId, processId',
    },
  },
  {
    // v7: the action plan of each process and the R/F/D roadmap of each project (issue 10). New tables
    // only, nothing to migrate.
    version: 7,
    stores: {
      projects: 'id, updatedAt',
      processes: 'id, projectId',
      variants: 'id, projectId, processId, &[processId+kind]',
      snapshots: 'id, variantId, projectId, createdAt, [variantId+createdAt]',
      snapshotContents: 'id',
      settings: 'key',
      dictionary: '[projectId+id], projectId, [projectId+kind]',
      assessments: 'processId, projectId',
      personas: 'id, projectId',
      journeyMaps: 'id, projectId, processId, [processId+variantKind]',
      interviews: 'id, projectId, processId',
      actionPlans: 'processId, projectId',
      roadmaps: 'projectId',
    },
  },
  {
    // v8: each process's passport (§32, §36) and the status changes of its variants and plan (issue
    // 11). New tables only, nothing to migrate.
    version: 8,
    stores: v8Stores,
  },
  {
    // v9: team sync (issue 14). Per project: the server and token it is shared through (syncLinks) and
    // the shared document's state as this browser last merged it (syncDocs); per variant, the synced
    // revision its current content comes from (syncHeads); diagram XML of revisions by SHA-256
    // (syncBlobs). New tables only.
    version: 9,
    stores: v9Stores,
  },
  {
    // v10: a status change may name its approved content by SHA-256 (approvedSha256, shared by the team
    // sync) and a version may be content received from the team (fromTeam, never pushed as this
    // browser's revision). Both optional: nothing to convert, older records read as they are. The step
    // exists so that a tab of an older build, which would push a received version as its own, lets go
    // of the database (openWorkspace.ts) and a records file with them is refused by an older build.
    version: 10,
    stores: v9Stores,
  },
  {
    // v11: a variant's diagram moves out of its record into variantContents, the XML string itself
    // under the variant's id as an out-of-line key. An autosave then reads only the small record for its
    // revision check and puts the XML once: a put into a store with a key path makes Chromium clone the
    // megabytes once more to find the key, and reading the record copied them too. A record whose xml
    // is missing gets no content (the damaged-records screen names it). The autosave stores a diagram of
    // over half a million characters in parts, under keys after the id (variantContents.ts); readers take both.
    version: 11,
    stores: v11Stores,
    upgrade: async (tx: import('dexie').Transaction) => {
      const ids: string[] = [];
      const contents: unknown[] = [];
      await tx.table('variants').toCollection().modify((variant: { id: string; xml?: unknown }) => {
        if (variant.xml === undefined) return;
        ids.push(variant.id);
        contents.push(variant.xml);
        delete variant.xml;
      });
      await tx.table('variantContents').bulkAdd(contents, ids);
    },
  },
] as const;

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

export function applySchema(db: Dexie): void {
  for (const step of schemaVersions) {
    const version = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) version.upgrade(step.upgrade);
  }
}
