import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CardEditorPanel, JourneyMapPage } from './support/journey';
import { Workbench } from './support/workbench';

test('a journey map generated from the as-is diagram, edited, kept over a reload, compared with the to-be, exported as PNG', async ({ page }, testInfo) => {
  // Given the sample project of the certificate of no criminal record
  const app = new Workbench(page);
  await app.open();
  await page.locator('.sample-card').filter({ hasText: 'судимост' }).getByRole('button', { name: 'Открыть пример' }).click();
  await expect(app.canvas('asIs').locator('.djs-element[data-element-id="Task_SubmitApplication"]')).toBeVisible();
  const journey = new JourneyMapPage(page);
  await journey.open();

  // When the as-is map is generated from the diagram: the applicant's two visits to the service centre, linked to their steps
  await journey.generateFromDiagram('Черновик по схеме');
  await expect(journey.card('Прийти в ЦОН и подать заявление')).toContainText('Визит');
  await expect(journey.card('Повторно прийти в ЦОН и получить справку')).toBeVisible();
  await expect(journey.totalsRow('inPersonVisits')).toHaveText(['2']);

  // and a stage and a pain card citing the sample's interview are added
  await journey.addStage('Ожидание справки');
  await journey.addPainCard('Ожидание справки', 'Неизвестно, когда справка будет готова', 'Звонил в ЦОН три раза — никто не знал.', 'Ерлан Т., Соискатель работы, 2025-04-02');
  await journey.waitSaved();

  // then after a reload the stage, the card, the emotion curve and the totals are there
  await page.reload();
  await expect(journey.stageTitles().last()).toHaveValue('Ожидание справки');
  await expect(journey.card('Неизвестно, когда справка будет готова')).toContainText('Звонил в ЦОН три раза');
  await expect(journey.card('Неизвестно, когда справка будет готова')).toContainText('−2');
  await expect(journey.curvePoints()).toHaveCount(1);
  await expect(journey.totalsRow('pains')).toHaveText(['1']);
  await expect(journey.totalsRow('inPersonVisits')).toHaveText(['2']);

  // When the to-be map is derived from the to-be diagram, it is compared with the as-is map of the same persona
  await journey.showVariant('Как будет');
  await journey.generateFromDiagram('Черновик как будет');
  await expect(journey.totalsRow('inPersonVisits').last()).toHaveText('с 2 до 0');

  // and the comparison tab shows the journey figures "from … to …" next to the process figures
  await page.getByRole('tab', { name: 'Сравнение' }).click();
  const visits = page.getByTestId('journey-comparison').locator('tr[data-total="inPersonVisits"]').locator('td');
  await expect(visits.nth(3)).toHaveText('с 2 до 0');

  // When the as-is map is exported as PNG, the image has the map's size (drawn at twice its size) and is not blank
  await journey.open();
  await page.getByLabel('Карта', { exact: true }).selectOption({ label: 'Черновик по схеме — Соискатель работы' });
  const stages = await journey.stageTitles().count();
  const png = readFileSync(await journey.exportPng(testInfo));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(width).toBe(2 * (2 * 16 + 170 + stages * 200));
  expect(height).toBeGreaterThan(800);
  const inked = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark;
  }, png.toString('base64'));
  expect(inked).toBeGreaterThan(10_000);
});

test('cards move by the keyboard and by drag and drop, every edit undoes and redoes, and the diagram and step panel show what a card links', async ({ page }) => {
  // Given the birth sample's as-is journey map
  const app = new Workbench(page);
  await app.open();
  await page.locator('.sample-card').filter({ hasText: 'рождени' }).getByRole('button', { name: 'Открыть пример' }).click();
  await expect(app.canvas('asIs').locator('.djs-element[data-element-id="Task_FillApplication"]')).toBeVisible();
  const journey = new JourneyMapPage(page);
  await journey.open();
  await expect(journey.grid()).toHaveAttribute('aria-label', 'Карта пути клиента «Регистрация рождения: путь родителя (как есть)»');
  const card = journey.card('Заполнить заявление от руки');
  const editor = new CardEditorPanel(page);

  // When a card is selected, its steps are highlighted in the variant's diagram
  await card.click();
  await expect(page.getByTestId('journey-diagram').locator('.djs-element.rw-journey-linked[data-element-id="Task_FillApplication"]')).toBeVisible();
  await expect(page.getByTestId('journey-diagram').locator('.djs-element.rw-journey-linked[data-element-id="Task_CheckDocuments"]')).toBeVisible();

  // and moved one stage on with Alt+→, Ctrl+Z puts it back and Ctrl+Y moves it again
  await card.press('Alt+ArrowRight');
  await expect(editor.stage()).toHaveText('Ожидать свидетельство');
  await card.press('Control+z');
  await expect(editor.stage()).toHaveText('Собрать документы и подать заявление в ЗАГС');
  await card.press('Control+y');
  await expect(editor.stage()).toHaveText('Ожидать свидетельство');

  // and dragged into the client's actions of its stage, before the card there
  await journey.dragCard(card, journey.card('Ожидание 3 рабочих дня'));
  await expect(editor.lane()).toHaveText('Действия клиента');
  await expect(editor.stage()).toHaveText('Ожидать свидетельство');
  await expect(journey.grid().locator('[data-lane="actions"] .journey-card').nth(1)).toContainText('Заполнить заявление от руки');

  // and deleted with the Delete key: the toast offers to undo it
  await card.press('Delete');
  await expect(card).toHaveCount(0);
  await app.toast().getByRole('button', { name: 'Отменить' }).click();
  await expect(card).toBeVisible();
  await journey.waitSaved();

  // Then the step panel of the diagram lists the card citing the step, and leads back to the map
  await page.getByRole('tablist', { name: 'Варианты процесса' }).getByRole('tab', { name: 'Как есть' }).click();
  await app.selectElementNamed('Заполнить заявление от руки');
  const cited = page.getByTestId('step-journey-cards');
  await expect(cited).toContainText('Карта пути клиента (1)');
  await cited.getByRole('link', { name: 'Заполнить заявление от руки' }).click();
  await expect(journey.grid()).toBeVisible();
});
