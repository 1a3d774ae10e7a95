import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('renaming a process renames it inside its BPMN, so an exported file imports under the new name', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Название процесса', 'Принять заявление');
  await app.renameProcess('Новый бизнес-процесс', 'Выдача справки о несудимости');
  await app.waitSaved();

  const exported = testInfo.outputPath('renamed.bpmn');
  await app.exportBpmnTo(exported);
  expect(readFileSync(exported, 'utf8')).toMatch(/<bpmn:process id="[^"]+" name="Выдача справки о несудимости"/);

  await app.chooseFile('Импорт процесса из .bpmn', exported);
  await expect(app.processLink('Выдача справки о несудимости')).toHaveCount(2);
  await expect(page.locator('.process-list li', { hasText: 'Новый бизнес-процесс' })).toHaveCount(0);
});
