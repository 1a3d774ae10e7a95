import { describe, expect, it } from 'vitest';
import { generateDiagram } from '../../../bench/generateDiagram';
import { databasePerTest } from '../../../test/testDb';
import { createProcess } from '../../storage/processRepository';
import { createProject } from '../../storage/projectRepository';
import { contentPartChars } from '../../storage/variantContents';
import { VariantContentError } from '../../storage/variantErrors';
import { listVariants, saveVariantXml } from '../../storage/variantRepository';
import { storedLintApi } from './storedLintApi';

const db = databasePerTest();
const context = { dictionary: [], variantKind: 'asIs' as const };

describe('the lint worker reading a stored diagram', () => {
  it('finds what it finds in the same XML sent to it, for a diagram stored in parts too', async () => {
    const project = await createProject(db(), { name: 'Проверки', owner: 'МЮ РК', serviceName: 'Услуга', serviceCode: '1', serviceConsumers: 'Физические лица', status: 'inProgress' });
    const process = await createProcess(db(), project.id, 'Процесс');
    const [asIs] = await listVariants(db(), process.id);
    const xml = generateDiagram(1000);
    expect(xml.length).toBeGreaterThan(contentPartChars);
    await saveVariantXml(db(), asIs!.id, xml, 1);
    const fromStore = await storedLintApi.lintStored({ database: db().name, variantId: asIs!.id }, context, 'stored');
    const sent = await storedLintApi.lintXml(xml, context, 'sent');
    expect(Array.isArray(fromStore) && fromStore.length).toBeGreaterThan(0);
    expect(fromStore).toEqual(sent);
  });

  it('says which variant has no diagram to read', async () => {
    await expect(storedLintApi.lintStored({ database: db().name, variantId: 'missing' }, context, 'stored')).rejects.toBeInstanceOf(VariantContentError);
  });
});
