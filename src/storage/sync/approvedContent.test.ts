import { afterEach, describe, expect, it } from 'vitest';
import { approvedContentKey } from '../../domain/sync/revisions';
import { createProcess } from '../processRepository';
import { createProject } from '../projectRepository';
import { listStatusChanges, setVariantStatus } from '../statusRepository';
import { getVariant, saveVariantXml } from '../variantRepository';
import { addVersion, listVersions, versionXml } from '../versionRepository';
import { sha256Hex } from './sha256';
import { blobServer, closeWorkspaces, diagram, exchange, laptop, sharedProject, workspace, type Laptop } from '../../../test/syncLaptops';

afterEach(closeWorkspaces);

const approved = diagram('Принять заявление онлайн');
const later = diagram('Принять заявление онлайн и по почте');

/** Saves `xml` as the variant's content and keeps it as a version, as leaving the variant does. */
async function edit(who: Laptop, variantId: string, xml: string) {
  const variant = (await who.db.variants.get(variantId))!;
  await saveVariantXml(who.db, variantId, xml, variant.revision);
  await addVersion(who.db, variant, 'auto', xml);
}

/** Alice approves `approved`, sets it back with a reason and goes on editing: the current content is no longer the approved one. */
async function approveThenEditOn(alice: Laptop, variantId: string) {
  await edit(alice, variantId, approved);
  await setVariantStatus(alice.db, variantId, { to: 'approved', by: 'Алиса', reason: '' });
  await setVariantStatus(alice.db, variantId, { to: 'draft', by: 'Алиса', reason: 'Замечания МВК' });
  await edit(alice, variantId, later);
}

async function approvalOf(who: Laptop, processId: string) {
  return (await listStatusChanges(who.db, processId)).find((change) => change.status === 'approved')!;
}

describe('the approved content of an approval made on another laptop', () => {
  it('is kept on the receiving laptop as its own approved version, linked from the status change, though its current content moved on', async () => {
    const { alice, bob, process, variantId } = await sharedProject();
    // When alice approves the as-is, sets it back and edits it further, and both sync
    await approveThenEditOn(alice, variantId);
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();

    // Then bob's diagram is alice's latest, and bob's approval names a version of bob's with the approved content
    expect((await getVariant(bob.db, variantId))?.xml).toBe(later);
    const bobs = await approvalOf(bob, process.id);
    expect(bobs.approvedSha256).toBe(await sha256Hex(approved));
    expect(bobs.approvedSha256).toBe((await approvalOf(alice, process.id)).approvedSha256);
    expect(bobs.versionId).not.toBeNull();
    expect(await versionXml(bob.db, bobs.versionId!)).toBe(approved);
    const version = (await listVersions(bob.db, variantId)).find((v) => v.id === bobs.versionId);
    expect(version).toMatchObject({ reason: 'approved', fromTeam: true, createdAt: bobs.changedAt });

    // And the received version never goes up as bob's revision: the team's history and current content stay as they were
    const revisions = alice.bridge.revisions(variantId).length;
    await bob.bridge.sync();
    exchange(alice, bob);
    await alice.bridge.sync();
    expect(bob.bridge.revisions(variantId)).toHaveLength(revisions);
    expect(bob.bridge.state).toMatchObject({ forks: [], waitingRevisions: 0, error: null });
    expect((await getVariant(alice.db, variantId))?.xml).toBe(later);
    // nor is it kept twice
    await bob.bridge.sync();
    expect((await listVersions(bob.db, variantId)).filter((v) => v.reason === 'approved')).toHaveLength(1);
  });

  it('waits, without holding up the merge, while the content cannot be fetched, and is linked at a later sync', async () => {
    const { server, alice, bob, process, variantId } = await sharedProject();
    await approveThenEditOn(alice, variantId);
    await alice.bridge.sync();
    const sha256 = await sha256Hex(approved);

    // When bob gets the records while the approved content is not on the server (yet)
    const upload = server.blobs.get(sha256)!;
    server.blobs.delete(sha256);
    exchange(alice, bob);
    await bob.bridge.sync();

    // Then the approval is there, unlinked, and everything else merged
    expect(await approvalOf(bob, process.id)).toMatchObject({ approvedSha256: sha256, versionId: null });
    expect((await getVariant(bob.db, variantId))?.xml).toBe(later);
    expect(bob.bridge.state.error).toBeNull();

    // When the content is there but bob is offline, still nothing is linked, and nothing fails
    server.blobs.set(sha256, upload);
    server.online = false;
    await bob.bridge.sync();
    expect((await approvalOf(bob, process.id)).versionId).toBeNull();
    expect(bob.bridge.state.error).toBeNull();

    // And back online, the next sync links it
    server.online = true;
    await bob.bridge.sync();
    expect(await versionXml(bob.db, (await approvalOf(bob, process.id)).versionId!)).toBe(approved);
  });

  it('refuses content that does not match its hash, and links it once the server has the right one', async () => {
    const { server, alice, bob, process, variantId } = await sharedProject();
    await approveThenEditOn(alice, variantId);
    await alice.bridge.sync();
    const sha256 = await sha256Hex(approved);
    server.blobs.set(sha256, diagram('Подменённое'));
    exchange(alice, bob);
    await bob.bridge.sync();
    expect((await approvalOf(bob, process.id)).versionId).toBeNull();

    server.blobs.set(sha256, approved);
    await bob.bridge.sync();
    expect(await versionXml(bob.db, (await approvalOf(bob, process.id)).versionId!)).toBe(approved);
  });

  it('goes up once the approving laptop is back online, counted as waiting meanwhile', async () => {
    const { server, alice, bob, process, variantId } = await sharedProject();
    server.online = false;
    await approveThenEditOn(alice, variantId);
    await alice.bridge.sync();
    expect(alice.bridge.state.waitingRevisions).toBeGreaterThan(0);
    // Not named until its content is on the server: no laptop is told of content it cannot fetch
    expect((await approvalOf(alice, process.id)).approvedSha256).toBeUndefined();

    server.online = true;
    await alice.bridge.sync();
    expect(alice.bridge.state.waitingRevisions).toBe(0);
    expect(alice.doc.getMap(approvedContentKey).has(await sha256Hex(approved))).toBe(true);
    exchange(alice, bob);
    await bob.bridge.sync();
    expect(await versionXml(bob.db, (await approvalOf(bob, process.id)).versionId!)).toBe(approved);
  });

  it('reaches the team for an approval made before the project was shared, with no revision of it (a change without the hash, as older builds stored it)', async () => {
    // Given a local project approved, then edited on, then shared
    const server = blobServer();
    const aliceDb = workspace('alice');
    const project = await createProject(aliceDb, { name: 'Справка о несудимости', owner: 'ГП', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' });
    const process = await createProcess(aliceDb, project.id, 'Выдача справки', { asIs: approved });
    const variantId = (await aliceDb.variants.where('processId').equals(process.id).first())!.id;
    await setVariantStatus(aliceDb, variantId, { to: 'approved', by: 'Алиса', reason: '' });
    await setVariantStatus(aliceDb, variantId, { to: 'published', by: 'Алиса', reason: '' });
    await setVariantStatus(aliceDb, variantId, { to: 'draft', by: 'Алиса', reason: 'Новая редакция стандарта' });
    await saveVariantXml(aliceDb, variantId, later, (await aliceDb.variants.get(variantId))!.revision);
    expect((await approvalOf({ db: aliceDb } as Laptop, process.id)).approvedSha256).toBeUndefined();
    const alice = await laptop('alice', project.id, server, aliceDb);
    await alice.bridge.sync();
    const bob = await laptop('bob', project.id, server);
    exchange(alice, bob);
    await bob.bridge.sync();

    // Then the approved content is no revision, yet bob has it; the approval and its publication share one version
    const sha256 = await sha256Hex(approved);
    expect(alice.bridge.revisions(variantId).map((r) => r.sha256)).not.toContain(sha256);
    expect(alice.doc.getMap(approvedContentKey).get(sha256)).toBe(new TextEncoder().encode(approved).byteLength);
    const [publication, approval] = (await listStatusChanges(bob.db, process.id)).filter((c) => c.status !== 'draft').sort((a, b) => b.changedAt - a.changedAt);
    expect(publication).toMatchObject({ status: 'published', approvedSha256: sha256 });
    expect(approval).toMatchObject({ status: 'approved', approvedSha256: sha256 });
    expect(publication!.versionId).toBe(approval!.versionId);
    expect(await versionXml(bob.db, approval!.versionId!)).toBe(approved);
    expect((await getVariant(bob.db, variantId))?.xml).toBe(later);
  });

  it("reaches a viewer's laptop too", async () => {
    const { alice, bob, process, variantId } = await sharedProject();
    bob.bridge.setReadOnly(true);
    await approveThenEditOn(alice, variantId);
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();
    expect(await versionXml(bob.db, (await approvalOf(bob, process.id)).versionId!)).toBe(approved);
  });

  it('is carried by a publication made on the receiving laptop', async () => {
    const { alice, bob, process, variantId } = await sharedProject();
    await edit(alice, variantId, approved);
    await setVariantStatus(alice.db, variantId, { to: 'approved', by: 'Алиса', reason: '' });
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();
    const publication = await setVariantStatus(bob.db, variantId, { to: 'published', by: 'Бауыржан', reason: '' });
    const approval = await approvalOf(bob, process.id);
    expect(publication).toMatchObject({ versionId: approval.versionId, approvedSha256: approval.approvedSha256 });
  });
});
