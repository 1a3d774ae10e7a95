import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { putRawRecords } from './support/rawDb';
import { Workbench } from './support/workbench';

test('damaged records are left out and listed: the good project and its comparison open, a damaged record is exported and deleted', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Рабочий проект');
  await app.addProcess();
  const href = await page.locator('.process-list a[aria-current="page"]').getAttribute('href');
  const [, projectId, processId] = /project\/([^/]+)\/process\/([^/]+)/.exec(href ?? '') ?? [];
  const now = Date.now();
  const project = { owner: '', serviceName: '', serviceCode: '', status: 'planned', createdAt: now, updatedAt: now };
  const damagedProcess = { id: 'damaged-process', projectId, name: { ru: 'Сломанный процесс' }, position: 1, createdAt: now, deletedAt: null };
  await putRawRecords(page, {
    projects: [
      { ...project, id: 'damaged-project', name: 123, deletedAt: null },
      { ...project, id: 'damaged-trashed', name: 123, deletedAt: now },
    ],
    processes: [damagedProcess],
    assessments: [{ processId, projectId, target: 'toBe', proposals: null, questionnaire: 'lost', matchOverrides: {}, updatedAt: now }],
  });

  // The start screen lists the good project only, and the header says how many records are damaged.
  await page.goto('/#/');
  await page.reload();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  await expect(page.getByTestId('project-row')).toContainText('Рабочий проект');
  await expect(page.getByTestId('trash-row')).toHaveCount(0);
  await expect(page.getByTestId('damaged-badge')).toHaveText('⚠ 4 повреждённые записи');

  // The good project opens with its good process; the comparison opens, and refuses to write over the damaged answers.
  await page.getByRole('link', { name: 'Рабочий проект' }).click();
  await expect(page.locator('.project-header h1')).toHaveText('Рабочий проект');
  await expect(page.locator('.process-list li')).toHaveCount(1);
  await expect(app.canvas('asIs').locator('.djs-element[data-element-id="StartEvent_1"]')).toBeVisible();
  await page.goto(`/#/project/${projectId}/process/${processId}/compare`);
  await expect(page.getByTestId('metrics-table')).toBeVisible();
  await page.getByTestId('proposals').getByLabel('Проактивное оказание').selectOption({ label: 'да' });
  await expect(app.toast()).toContainText('ответы сравнения этого процесса повреждены');

  // The damaged screen lists each record with its table and what is wrong.
  await page.getByTestId('damaged-badge').click();
  await expect(page.getByRole('heading', { name: 'Повреждённые записи' })).toBeVisible();
  const rows = page.getByTestId('damaged-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: 'damaged-trashed' })).toContainText('Проекты');
  await expect(rows.filter({ hasText: 'damaged-trashed' })).toContainText('«name»: неверный тип значения');
  await expect(rows.filter({ hasText: 'damaged-process' })).toContainText('Процессы');
  await expect(rows.filter({ hasText: processId! })).toContainText('Ответы сравнения');
  await expect(rows.filter({ hasText: processId! })).toContainText('«questionnaire»: неверный тип значения');
  await page.screenshot({ path: testInfo.outputPath('damaged-ru.png'), fullPage: true });

  // Export gives the record exactly as stored.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Выгрузить запись damaged-process в JSON' }).click();
  const file = await (await download).path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(damagedProcess);

  // Delete asks first; the record is gone, after a reload too.
  await page.getByRole('button', { name: 'Удалить запись damaged-trashed' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Удалить' }).click();
  await expect(rows).toHaveCount(3);
  await expect(app.toast()).toContainText('Запись удалена');
  await page.reload();
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('damaged-trashed')).toHaveCount(0);
  await expect(page.getByTestId('damaged-badge')).toHaveText('⚠ 3 повреждённые записи');

  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(page.getByRole('heading', { name: 'Зақымдалған жазбалар' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('damaged-kk.png'), fullPage: true });
});

test('without damaged records the header shows no badge and the screen says there are none', async ({ page }) => {
  const app = new Workbench(page);
  await app.open('/damaged');
  await expect(page.getByText('Повреждённых записей нет.')).toBeVisible();
  await expect(page.getByTestId('damaged-badge')).toHaveCount(0);
});
