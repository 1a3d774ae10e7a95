import { describe, expect, it, vi } from 'vitest';
import { databasePerTest } from '../../test/testDb';
import { findDamagedRecords } from './records/damagedRecords';
import { createProject } from './projectRepository';
import { createProcess } from './processRepository';
import { rawWrite } from './rawVariantWrite';
import { splitIntoParts } from './contentParts';
import { contentPartChars, deleteVariants, partsOfWritten } from './variantContents';
import { deriveVariant, getVariant, listVariants, saveVariantXml, type SaverMemory } from './variantRepository';
import { VariantContentError } from './variantErrors';

const db = databasePerTest();

/** A diagram-like text of `length` characters, different at every position, so a part out of place shows. */
const textOf = (length: number, seed: string) => {
  let text = `<?xml version="1.0"?><!-- ${seed} -->`;
  for (let i = 0; text.length < length; i++) text += `<bpmn:task id="Task_${i}" name="Шаг ${i}" />\n`;
  return text.slice(0, length);
};

async function processWithVariants() {
  const project = await createProject(db(), { name: 'Части', owner: 'МЮ РК', serviceName: 'Услуга', serviceCode: '1', serviceConsumers: 'Физические лица', status: 'inProgress' });
  const process = await createProcess(db(), project.id, 'Процесс');
  await deriveVariant(db(), process.id, 'toBe', 'asIs');
  return listVariants(db(), process.id);
}

const storedKeys = async () => (await db().variantContents.toCollection().primaryKeys()).map(String).sort();

describe('variant contents in parts', () => {
  it('stores a long diagram in parts and reads it back whole; shorter saves drop the parts they no longer need', async () => {
    const [asIs, ...others] = await processWithVariants();
    const long = textOf(contentPartChars * 3 + 123, 'long');
    await saveVariantXml(db(), asIs!.id, long, 1);
    expect(await db().variantContents.get(asIs!.id)).toMatchObject({ parts: splitIntoParts(long, contentPartChars).length });
    expect((await getVariant(db(), asIs!.id))?.xml).toBe(long);
    expect(await findDamagedRecords(db())).toEqual([]);
    expect((await listVariants(db(), asIs!.processId)).find((v) => v.id === asIs!.id)?.xml).toBe(long);

    const shorter = textOf(contentPartChars * 2 + 5, 'shorter');
    await saveVariantXml(db(), asIs!.id, shorter, 2);
    expect((await getVariant(db(), asIs!.id))?.xml).toBe(shorter);
    expect((await storedKeys()).filter((key) => key.startsWith(asIs!.id))).toHaveLength(1 + splitIntoParts(shorter, contentPartChars).length);

    await saveVariantXml(db(), asIs!.id, '<short/>', 3);
    expect((await getVariant(db(), asIs!.id))?.xml).toBe('<short/>');
    expect(await storedKeys()).toEqual([asIs!.id, ...others.map((v) => v.id)].sort());
  });

  it("a saver's next write puts only the part its edit changed; after another writer's, all of them", async () => {
    const [asIs] = await processWithVariants();
    const stored: SaverMemory = {};
    const long = textOf(contentPartChars * 3, 'long');
    await saveVariantXml(db(), asIs!.id, long, 1, undefined, stored);
    const at = long.indexOf('name="Шаг 100"');
    const edited = long.slice(0, at) + 'name="Шаг сто"' + long.slice(at + 'name="Шаг 100"'.length);
    const puts = vi.spyOn(db().variantContents, 'put');
    const gets = vi.spyOn(db().variantContents, 'get');
    await saveVariantXml(db(), asIs!.id, edited, 2, undefined, stored);
    expect(puts).toHaveBeenCalledTimes(1);
    // The variant is at the revision the saver's parts were written at: they are the stored ones, unread.
    expect(gets).not.toHaveBeenCalled();
    expect((await getVariant(db(), asIs!.id))?.xml).toBe(edited);

    // Another writer (a closing tab, here) stores the diagram whole: the saver's parts are gone, so it writes them all.
    rawWrite(db(), { variant: { ...(await getVariant(db(), asIs!.id))!, xml: long, revision: 4 } });
    puts.mockClear();
    await saveVariantXml(db(), asIs!.id, edited, 4, undefined, stored);
    expect(gets).toHaveBeenCalledWith(asIs!.id);
    expect(puts).toHaveBeenCalledTimes(1 + splitIntoParts(edited, contentPartChars).length);
    expect((await getVariant(db(), asIs!.id))?.xml).toBe(edited);
    expect(await findDamagedRecords(db())).toEqual([]);
  });

  it('stores a diagram given in the pieces it was written in as the same parts, and its edit as one part; pieces that do not add up to it are not read', async () => {
    const [asIs] = await processWithVariants();
    const stored: SaverMemory = {};
    const long = textOf(contentPartChars * 3, 'pieces');
    // Pieces of the sizes a writer appends: tags, attribute values, texts of whole elements.
    const inPieces = (text: string) => text.match(/[^"]{1,97}"?|"/g)!;
    expect(inPieces(long).join('')).toBe(long);
    await saveVariantXml(db(), asIs!.id, long, 1, undefined, stored, partsOfWritten(long, inPieces(long)));
    expect(stored.last?.parts).toEqual(splitIntoParts(long, contentPartChars));
    expect((await getVariant(db(), asIs!.id))?.xml).toBe(long);

    const at = long.indexOf('name="Шаг 100"');
    const edited = long.slice(0, at) + 'name="Шаг сто"' + long.slice(at + 'name="Шаг 100"'.length);
    const puts = vi.spyOn(db().variantContents, 'put');
    await saveVariantXml(db(), asIs!.id, edited, 2, undefined, stored, partsOfWritten(edited, inPieces(edited)));
    expect(puts).toHaveBeenCalledTimes(1);
    expect((await getVariant(db(), asIs!.id))?.xml).toBe(edited);

    // Pieces of another text (a listener replaced what was written): the text itself is what is stored.
    await saveVariantXml(db(), asIs!.id, long, 3, undefined, stored, partsOfWritten(long, inPieces(edited).slice(1)));
    expect((await getVariant(db(), asIs!.id))?.xml).toBe(long);
    expect(await findDamagedRecords(db())).toEqual([]);
  });

  it('a diagram whose part is missing is an error for that variant alone', async () => {
    const [asIs, ...others] = await processWithVariants();
    await saveVariantXml(db(), asIs!.id, textOf(contentPartChars * 3, 'damaged'), 1);
    const [, second] = (await storedKeys()).filter((key) => key.startsWith(`${asIs!.id}\u0000`));
    await db().variantContents.delete(second!);
    await expect(getVariant(db(), asIs!.id)).rejects.toBeInstanceOf(VariantContentError);
    expect((await findDamagedRecords(db())).map((damaged) => damaged.key)).toEqual([asIs!.id]);
    expect((await listVariants(db(), asIs!.processId)).map((v) => v.id).sort()).toEqual(others.map((v) => v.id).sort());
  });

  it("a closing tab's write and a deletion leave no parts behind", async () => {
    const [asIs, toBe] = await processWithVariants();
    await saveVariantXml(db(), asIs!.id, textOf(contentPartChars * 2, 'a'), 1);
    await saveVariantXml(db(), toBe!.id, textOf(contentPartChars * 2, 'b'), 1);
    const closing = { ...(await getVariant(db(), asIs!.id))!, xml: '<closing/>', revision: 3 };
    rawWrite(db(), { variant: closing });
    await deleteVariants(db(), [toBe!.id]);
    expect((await getVariant(db(), asIs!.id))?.xml).toBe('<closing/>');
    expect((await storedKeys()).filter((key) => key.includes('\u0000'))).toEqual([]);
  });
});
