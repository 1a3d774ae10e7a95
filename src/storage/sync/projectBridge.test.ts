import { afterEach, describe, expect, it } from 'vitest';
import { addEntry, listDictionary, putEntry } from '../dictionaryRepository';
import { getPassport, savePassport } from '../passportRepository';
import { getPlan, savePlan } from '../planRepository';
import { deleteProcessForever } from '../processRepository';
import { listStatusChanges, setVariantStatus } from '../statusRepository';
import { addVersion } from '../versionRepository';
import { getVariant, saveVariantXml } from '../variantRepository';
import { sha256Hex } from './sha256';
import type { PlanRow } from '../../domain/plan/plan';
import { newLegalAct } from '../../domain/passport/passport';
import { isLocked, variantStatus } from '../../domain/lifecycle/lifecycle';
import { closeWorkspaces, diagram, exchange, sharedProject } from '../../../test/syncLaptops';

afterEach(closeWorkspaces);

describe('the Dexie ⇄ Yjs bridge of a shared project', () => {
  it('gives a new laptop the project, its processes, dictionary and diagrams (blobs uploaded before their revisions)', async () => {
    const { server, bob, project, variantId, alice } = await sharedProject();
    expect((await bob.db.projects.get(project.id))?.name).toBe('Регистрация рождения');
    expect((await listDictionary(bob.db, project.id)).map((e) => e.name)).toEqual(['Справка о рождении']);
    expect((await getVariant(bob.db, variantId))?.xml).toBe(diagram('Принять заявление'));
    const [initial] = alice.bridge.revisions(variantId);
    expect(initial).toMatchObject({ reason: 'initial', parents: [], author: 'alice', sha256: await sha256Hex(diagram('Принять заявление')) });
    expect(server.blobs.get(initial!.sha256)).toBe(diagram('Принять заявление'));
  });

  it('writes nothing more to the document when nothing changed (its own echo is not taken for a change)', async () => {
    const { alice } = await sharedProject();
    let updates = 0;
    alice.doc.on('update', () => updates++);
    await alice.bridge.sync();
    await alice.bridge.sync();
    expect(updates).toBe(0);
  });

  it('merges a dictionary edit from one laptop and shows two versions when both changed the diagram offline; a merge ends it on both', async () => {
    const { alice, bob, project, variantId } = await sharedProject();
    // When both are offline: bob renames the entry; both change the diagram and leave it (a checkpoint)
    const [entry] = await listDictionary(bob.db, project.id);
    await putEntry(bob.db, { ...entry!, name: 'Свидетельство о рождении' });
    for (const [who, label] of [[alice, 'Принять заявление онлайн'], [bob, 'Принять заявление в ЦОН']] as const) {
      const variant = (await who.db.variants.get(variantId))!;
      await saveVariantXml(who.db, variantId, diagram(label), variant.revision);
      await addVersion(who.db, variant, 'auto', diagram(label));
      await who.bridge.sync();
    }
    // and then reconnect
    exchange(alice, bob);
    await alice.bridge.sync();
    await bob.bridge.sync();

    // Then the dictionary edit is on both, and the variant has two versions on both
    expect((await listDictionary(alice.db, project.id)).map((e) => e.name)).toEqual(['Свидетельство о рождении']);
    expect(alice.bridge.state.forks).toEqual([variantId]);
    expect(bob.bridge.state.forks).toEqual([variantId]);
    const heads = alice.bridge.heads(variantId);
    expect(heads.map((h) => h.author).sort()).toEqual(['alice', 'bob']);

    // When alice takes bob's version
    const bobs = heads.find((h) => h.author === 'bob')!;
    await alice.bridge.resolve(variantId, { keep: 'theirs', revisionId: bobs.id });
    exchange(alice, bob);
    await bob.bridge.sync();

    // Then one version again, with both parents, and both laptops have the same diagram
    expect(alice.bridge.state.forks).toEqual([]);
    expect(bob.bridge.state.forks).toEqual([]);
    const [merge] = alice.bridge.heads(variantId);
    expect(merge).toMatchObject({ reason: 'merge' });
    expect(merge!.parents.sort()).toEqual(heads.map((h) => h.id).sort());
    expect((await getVariant(alice.db, variantId))?.xml).toBe(diagram('Принять заявление в ЦОН'));
    expect((await getVariant(bob.db, variantId))?.xml).toBe(diagram('Принять заявление в ЦОН'));
  });

  it('takes a newer revision from the team when nothing changed here, and passes a named version on with its name', async () => {
    const { alice, bob, variantId } = await sharedProject();
    const variant = (await alice.db.variants.get(variantId))!;
    await saveVariantXml(alice.db, variantId, diagram('Новое'), variant.revision);
    await addVersion(alice.db, variant, 'named', diagram('Новое'), { name: 'Согласовано' });
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();
    expect((await getVariant(bob.db, variantId))?.xml).toBe(diagram('Новое'));
    expect(bob.bridge.state.forks).toEqual([]);
    expect(alice.bridge.heads(variantId)[0]).toMatchObject({ reason: 'named', name: 'Согласовано' });
  });

  it('holds a revision back while its blob cannot be uploaded, and counts it as waiting', async () => {
    const { server, alice, variantId } = await sharedProject();
    server.online = false;
    const variant = (await alice.db.variants.get(variantId))!;
    await addVersion(alice.db, variant, 'auto', diagram('Офлайн'));
    await alice.bridge.sync();
    expect(alice.bridge.revisions(variantId)).toHaveLength(1);
    expect(alice.bridge.state.waitingRevisions).toBe(1);

    server.online = true;
    await alice.bridge.sync();
    expect(alice.bridge.revisions(variantId)).toHaveLength(2);
    expect(alice.bridge.state.waitingRevisions).toBe(0);
  });

  it("lets a viewer's laptop follow the team's revisions without pushing its own", async () => {
    const { alice, bob, variantId } = await sharedProject();
    bob.bridge.setReadOnly(true);
    const mine = (await bob.db.variants.get(variantId))!;
    await addVersion(bob.db, mine, 'named', diagram('Правка зрителя'), { name: 'Моя' });
    await bob.bridge.sync();
    expect(bob.bridge.revisions(variantId)).toHaveLength(1);

    const theirs = (await alice.db.variants.get(variantId))!;
    await saveVariantXml(alice.db, variantId, diagram('Правка редактора'), theirs.revision);
    await addVersion(alice.db, theirs, 'auto', diagram('Правка редактора'));
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();
    expect((await getVariant(bob.db, variantId))?.xml).toBe(diagram('Правка редактора'));
    expect(bob.bridge.state.forks).toEqual([]);
  });

  it('merges edits of different fields of one plan row made on two laptops', async () => {
    const { alice, bob, project, process } = await sharedProject();
    const row: PlanRow = { id: 'row-1', section: 'legal', action: 'Исключить справку', responsibleUnit: '', responsiblePerson: '', deadline: null, completionForm: null, expectedResult: '', status: 'planned', source: null } as PlanRow;
    await savePlan(alice.db, { ...(await getPlan(alice.db, project.id, process.id)), rows: [row] });
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();

    const a = await getPlan(alice.db, project.id, process.id);
    await savePlan(alice.db, { ...a, rows: [{ ...a.rows[0]!, action: 'Исключить справку о рождении' }] });
    const b = await getPlan(bob.db, project.id, process.id);
    await savePlan(bob.db, { ...b, rows: [{ ...b.rows[0]!, responsibleUnit: 'Управление цифровизации' }] });
    await alice.bridge.sync();
    await bob.bridge.sync();
    exchange(alice, bob);
    await alice.bridge.sync();
    await bob.bridge.sync();

    for (const who of [alice, bob]) {
      expect((await getPlan(who.db, project.id, process.id)).rows[0]).toMatchObject({ action: 'Исключить справку о рождении', responsibleUnit: 'Управление цифровизации' });
    }
  });

  it('passes a deletion on, but keeps a record the other laptop changed meanwhile', async () => {
    const { alice, bob, project } = await sharedProject();
    const kept = await addEntry(alice.db, project.id, 'system', 'ГБД ФЛ');
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();
    const [first] = (await listDictionary(bob.db, project.id)).filter((e) => e.name === 'Справка о рождении');

    // bob deletes both; alice meanwhile renames one of them
    await bob.db.dictionary.bulkDelete([[project.id, first!.id], [project.id, kept.id]]);
    await putEntry(alice.db, { ...kept, name: 'ГБД «Физические лица»' });
    await bob.bridge.sync();
    await alice.bridge.sync();
    exchange(alice, bob);
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();

    for (const who of [alice, bob]) expect((await listDictionary(who.db, project.id)).map((e) => e.name)).toEqual(['ГБД «Физические лица»']);
  });
  it('passes on a process deleted for good: the other laptop deletes its variant with the variant\'s diagram', async () => {
    const { alice, bob, process, variantId } = await sharedProject();
    await deleteProcessForever(bob.db, process.id);
    await bob.bridge.sync();
    exchange(alice, bob);
    await alice.bridge.sync();

    expect(await alice.db.variants.get(variantId)).toBeUndefined();
    expect(await alice.db.variantContents.get(variantId)).toBeUndefined();
  });

  it("passes the passport on item by item, and an approval with its approved diagram as a named revision (this browser's version id stays local, the content's hash is shared)", async () => {
    const { alice, bob, project, process, variantId } = await sharedProject();
    // When alice lists a legal act and bob, offline, lists another, then alice edits and approves the as-is
    const act = (id: string, title: string) => ({ ...newLegalAct(id), title });
    await savePassport(alice.db, { ...(await getPassport(alice.db, project.id, process.id)), legalActs: [act('a1', 'Закон о госуслугах')] });
    await alice.bridge.sync();
    exchange(alice, bob);
    await bob.bridge.sync();
    const bobs = await getPassport(bob.db, project.id, process.id);
    await savePassport(bob.db, { ...bobs, legalActs: [...bobs.legalActs, act('b1', 'Стандарт услуги')] });
    await saveVariantXml(alice.db, variantId, diagram('Принять заявление онлайн'), (await alice.db.variants.get(variantId))!.revision);
    await setVariantStatus(alice.db, variantId, { to: 'approved', by: 'Алиса', reason: '' });
    await alice.bridge.sync();
    await bob.bridge.sync();
    exchange(alice, bob);
    await alice.bridge.sync();
    await bob.bridge.sync();

    // Then both acts are on both laptops, and bob sees the variant approved by alice, locked
    for (const who of [alice, bob]) expect((await getPassport(who.db, project.id, process.id)).legalActs.map((a) => a.title).sort()).toEqual(['Закон о госуслугах', 'Стандарт услуги']);
    const [approval] = await listStatusChanges(bob.db, process.id);
    const [alicesApproval] = await listStatusChanges(alice.db, process.id);
    expect(approval).toMatchObject({ status: 'approved', changedBy: 'Алиса', approvedSha256: await sha256Hex(diagram('Принять заявление онлайн')) });
    // bob's change names bob's own version of the approved content (approvedContent.test.ts), not alice's
    expect(approval!.versionId).not.toBe(alicesApproval!.versionId);
    expect(isLocked(variantStatus(await listStatusChanges(bob.db, process.id), 'asIs').status)).toBe(true);
    expect((await getVariant(bob.db, variantId))?.xml).toBe(diagram('Принять заявление онлайн'));
    expect((await listStatusChanges(alice.db, process.id))[0]!.versionId).not.toBeNull();
    expect(alice.bridge.revisions(variantId).map((r) => r.reason)).toEqual(['initial', 'named']);
  });
});
