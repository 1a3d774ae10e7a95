import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { checkManifest } from '../src/domain/package/checkPackage';
import { sha256Hex } from '../src/domain/package/sha256';
import { countStored } from './support/rawDb';
import { Workbench } from './support/workbench';

const author = 'Айгерим Касымова';
const processName = 'Регистрация рождения ребенка';

/** The text of an Office file's parts under `folder` (word/, xl/): what Word or Excel would show, as XML. */
function officeXml(bytes: Uint8Array | undefined, folder: string): string {
  expect(bytes, 'the file is in the package').toBeDefined();
  const parts = unzipSync(bytes!);
  return Object.entries(parts)
    .filter(([path]) => path.startsWith(folder) && path.endsWith('.xml'))
    .map(([, content]) => new TextDecoder().decode(content))
    .join('\n');
}

test('a project exported as a package restores in an emptied browser, offline, with its diagrams and journey maps', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  const app = new Workbench(page);
  await app.openSample('рождени');
  const projectName = await page.locator('.project-header h1').textContent();

  // Given who prepares the forms (the comparison page's setting), a plan with one measure and a roadmap with one code
  await app.selectVariantTab('Сравнение');
  const authorInput = page.getByRole('textbox', { name: 'Исполнитель (в файлах и в блоке подписей)' });
  await authorInput.fill(author);
  await authorInput.press('Enter');
  await app.selectVariantTab('План мероприятий');
  await page.getByRole('button', { name: /^Принять предложение/ }).first().click();
  await expect(page.getByTestId('plan-status')).toHaveText('Сохранено');
  const measure = await page.getByLabel('Наименование мероприятий, мероприятие', { exact: false }).first().inputValue();
  await page.getByRole('link', { name: 'Дорожная карта и планы' }).click();
  const cell = page.getByRole('button', { name: new RegExp(`^${processName}, I квартал 2026 года`) });
  await cell.click();
  await expect(cell).toHaveText('R');
  await expect(page.getByTestId('roadmap-status')).toHaveText('Сохранено');

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
  const index = new TextDecoder().decode(entries['index.html']);
  expect(index).toContain('<img src=');
  const [project] = checked.manifest.projects;

  // And the comparison with the МВК questionnaire, the plan and the roadmap are there as real XLSX and DOCX,
  // listed in the manifest, linked from the index page, in the package's language, by the set author
  const processFiles = project!.processes[0]!.files;
  const folder = processFiles[0]!.slice(0, processFiles[0]!.lastIndexOf('/journeys/'));
  for (const name of ['comparison.xlsx', 'comparison.docx', 'plan.xlsx', 'plan.docx', 'plan.json']) expect(processFiles, name).toContain(`${folder}/${name}`);
  const projectFolder = project!.records.slice(0, project!.records.lastIndexOf('/'));
  expect(project!.files).toEqual([`${projectFolder}/roadmap.json`, `${projectFolder}/roadmap.xlsx`, `${projectFolder}/roadmap.docx`]);
  expect(index).toMatch(/<p>Сравнение вариантов и опросный лист МВК: <a href="[^"]+\/comparison\.xlsx">comparison\.xlsx<\/a>, <a href="[^"]+\/comparison\.docx">comparison\.docx<\/a><\/p>/);
  expect(index).toContain('roadmap.docx</a>');
  const questionnaireHeading = 'Опросный лист государственной услуги, подлежащий рассмотрению на Межведомственной комиссии по вопросам оказания государственных услуг';
  const comparisonDocx = officeXml(entries[`${folder}/comparison.docx`], 'word/');
  expect(comparisonDocx).toContain(questionnaireHeading);
  expect(comparisonDocx).toContain(author);
  expect(Object.keys(unzipSync(entries[`${folder}/comparison.docx`]!)).filter((p) => p.startsWith('word/media/')).length, 'the as-is and to-be diagrams').toBe(2);
  expect(officeXml(entries[`${folder}/comparison.docx`], 'docProps/')).toContain(`<dc:creator>${author}</dc:creator>`);
  expect(officeXml(entries[`${folder}/comparison.xlsx`], 'xl/')).toContain(questionnaireHeading);
  const planTitle = `План мероприятий по реализации целевого варианта бизнес-процесса «${processName}»`;
  for (const [path, part] of [[`${folder}/plan.docx`, 'word/'], [`${folder}/plan.xlsx`, 'xl/']] as const) {
    const xml = officeXml(entries[path], part);
    expect(xml, path).toContain(planTitle);
    // The measure as typed, up to the first character XML writes escaped.
    expect(xml, path).toContain(measure.split(/[&<>"']/)[0]!.slice(0, 40));
  }
  expect(officeXml(entries[`${folder}/plan.docx`], 'docProps/')).toContain(`<dc:creator>${author}</dc:creator>`);
  for (const [path, part] of [[`${projectFolder}/roadmap.docx`, 'word/'], [`${projectFolder}/roadmap.xlsx`, 'xl/']] as const) {
    const xml = officeXml(entries[path], part);
    expect(xml, path).toContain(`План-график реализации бизнес-процессов проекта «${projectName}»`);
    expect(xml, path).toContain('R — реинжиниринг');
  }
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
