import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { checkManifest } from '../src/domain/package/checkPackage';
import { sha256Hex } from '../src/domain/package/sha256';
import { countStored } from './support/rawDb';
import { Workbench } from './support/workbench';

test('a project exported as a package restores in an emptied browser, offline, with its diagrams and journey maps', async ({ page, context }, testInfo) => {
  const app = new Workbench(page);
  await app.openSample('рождени');
  const projectName = await page.locator('.project-header h1').textContent();

  // When the package is saved from the project page
  await page.getByRole('button', { name: 'Пакет публикации' }).click();
  const dialog = page.getByRole('dialog', { name: 'Пакет публикации' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Сохранить пакет' }).click();
  const path = testInfo.outputPath('package.zip');
  await (await download).saveAs(path);
  await expect(dialog).toBeHidden();

  // Then the zip holds a manifest that passes its schema and every file it lists, with the right checksums
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  const checked = checkManifest(manifest);
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  for (const file of checked.manifest.files) expect(await sha256Hex(entries[file.path]!), file.path).toBe(file.sha256);
  const paths = Object.keys(entries);
  for (const ending of ['/as-is.bpmn', '/as-is.svg', '/as-is.png', '/to-be.bpmn', '/optimal.png', '/records.json', '/interviews.json']) {
    expect(paths.some((p) => p.endsWith(ending)), ending).toBe(true);
  }
  expect(paths.filter((p) => p.includes('/journeys/') && p.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
  expect(new TextDecoder().decode(entries['index.html'])).toContain('<img src=');
  const [project] = checked.manifest.projects;
  expect(project!.processes[0]!.variants.map((v) => v.kind)).toEqual(['asIs', 'toBe', 'optimal']);
  expect(project!.processes[0]!.variants[0]!.metrics.steps).toBeGreaterThan(0);
  const storedMaps = await countStored(page, 'journeyMaps', 'projectId', project!.id);

  // When the browser's data is cleared, the network goes off, and the package is imported
  await page.evaluate(() => new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('reengineering-workbench');
    request.onsuccess = () => resolve();
    request.onblocked = () => resolve();
  }));
  // The project's own address now leads nowhere, and says so
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await app.open();
  await expect(page.locator('[data-testid="project-row"]')).toHaveCount(0);
  await context.setOffline(true);
  await app.chooseFile('Импорт пакета (.zip)', path);

  // Then the project is back with everything in it
  await expect(app.toast()).toContainText('восстановлен');
  await expect(page.locator('.project-header h1')).toHaveText(projectName!);
  await expect(app.canvas('asIs').locator('.djs-element.djs-shape').first()).toBeVisible();
  expect(await countStored(page, 'journeyMaps', 'projectId', project!.id)).toBe(storedMaps);
  await page.getByRole('tab', { name: 'Карта пути клиента' }).click();
  await expect(page.getByTestId('journey-grid')).toBeVisible();

  // And importing it again asks before touching the project that is now here
  await app.open();
  await app.chooseFile('Импорт пакета (.zip)', path);
  const asked = page.getByRole('dialog', { name: 'Такой проект уже есть' });
  await expect(asked).toContainText(projectName!);
  await asked.getByRole('button', { name: 'Оставить оба' }).click();
  await expect(page.locator('.project-header h1')).toHaveText(projectName!);
  await app.open();
  await expect(page.locator('[data-testid="project-row"]')).toHaveCount(2);
  await context.setOffline(false);
});

test('a file that is not a package, or a package changed after it was made, is refused and nothing is written', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Изменённый пакет', 'Задача');
  await page.getByRole('button', { name: 'Пакет публикации' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Пакет публикации' }).getByRole('button', { name: 'Сохранить пакет' }).click();
  const entries = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
  const records = Object.keys(entries).find((path) => path.endsWith('records.json'))!;
  entries[records] = new TextEncoder().encode(new TextDecoder().decode(entries[records]).replace('Задача', 'Подмена'));
  const tampered = testInfo.outputPath('tampered.zip');
  writeFileSync(tampered, zipSync(entries));
  const notZip = testInfo.outputPath('notes.zip');
  writeFileSync(notZip, 'just some text');

  await app.open();
  for (const [file, message] of [
    [notZip, 'Это не файл .zip'],
    [tampered, 'контрольная сумма не совпадает'],
  ] as const) {
    await app.chooseFile('Импорт пакета (.zip)', file);
    await expect(app.toast()).toContainText(message);
    await expect(app.toast()).toContainText('Ничего не записано');
  }
  await expect(page.locator('[data-testid="project-row"]')).toHaveCount(1);
  await expect(page.getByRole('dialog', { name: 'Такой проект уже есть' })).toBeHidden();
});
