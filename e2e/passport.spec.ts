import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { checkManifest } from '../src/domain/package/checkPackage';
import type { PackageManifest } from '../src/domain/package/manifest';
import { Workbench } from './support/workbench';

const processName = 'Регистрация рождения ребенка';
const checklistItem = (page: Page, id: string) => page.getByTestId('checklist').locator(`[data-item="${id}"]`);
const passportField = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Types into a passport field and leaves it (Enter records it, as leaving it does). */
async function type(page: Page, label: string, value: string) {
  await passportField(page, label).fill(value);
  await passportField(page, label).press('Enter');
}

async function expectDone(page: Page, done: string[], notDone: string[]) {
  for (const id of done) await expect(checklistItem(page, id), id).toHaveAttribute('data-done', 'true');
  for (const id of notDone) await expect(checklistItem(page, id), id).toHaveAttribute('data-done', 'false');
}

async function savePackage(page: Page, path: string, scope: 'Весь проект' | 'Только утверждённое — для архитектурного портала') {
  await page.getByRole('button', { name: 'Пакет публикации' }).click();
  const dialog = page.getByRole('dialog', { name: 'Пакет публикации' });
  await dialog.getByRole('radio', { name: scope }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Сохранить пакет' }).click();
  await (await download).saveAs(path);
  await expect(dialog).toBeHidden();
}

function readPackage(path: string): { entries: Record<string, Uint8Array>; manifest: PackageManifest } {
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  const checked = checkManifest(JSON.parse(new TextDecoder().decode(entries['manifest.json'])));
  if (!checked.ok) throw new Error(`manifest refused: ${JSON.stringify(checked.problem)}`);
  return { entries, manifest: checked.manifest };
}

/** The passport scrolls inside the app's frame: a tall window shows all of it. */
async function screenshotTall(page: Page, path: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2400 });
  await page.screenshot({ path });
  await page.setViewportSize(size);
}

const json = (entries: Record<string, Uint8Array>, path: string) => JSON.parse(new TextDecoder().decode(entries[path]));

test('a passport filled item by item turns its checklist green; an approved variant changes only with a recorded reason, its approved content kept', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const app = new Workbench(page);
  await app.openSample('рождени');
  await app.selectVariantTab('Паспорт процесса');

  // Given the sample: drawn, with step data, interviews and a journey map, but no passport yet
  await expect(page.getByTestId('checklist')).toContainText('Выполнено 4 из 9');
  await expectDone(page, ['asIsDrawn', 'stepData', 'interviews', 'targetDrawn'], ['legalActs', 'stakeholders', 'problems', 'justification', 'plan']);
  await expect(page.getByText('Акты пока не указаны.')).toBeVisible();

  // When the legal act governing the process is written
  await page.getByRole('button', { name: 'Добавить акт' }).click();
  await expect(passportField(page, 'Наименование, № 1')).toBeFocused();
  await type(page, 'Наименование, № 1', 'Кодекс РК «О браке (супружестве) и семье»');
  await type(page, 'Номер, № 1', '518-IV');
  await passportField(page, 'Дата, № 1').fill('2011-12-26');
  await type(page, 'Статья, пункт, № 1', 'ст. 187');
  await expectDone(page, ['legalActs'], ['stakeholders']);
  await expect(page.getByTestId('checklist')).toContainText('Выполнено 5 из 9');

  // … the stakeholders and their touchpoints
  await page.getByRole('button', { name: 'Добавить сторону' }).click();
  await type(page, 'Заинтересованная сторона, № 1', 'Родители ребёнка');
  await type(page, 'Точки контакта, № 1', 'Роддом, ЗАГС, ЦОН, портал eGov, SMS');
  await expectDone(page, ['stakeholders'], ['problems']);

  // … a problem, with the as-is step it concerns picked from the diagram's steps
  await page.getByRole('button', { name: 'Добавить проблему' }).click();
  await type(page, 'Проблема, № 1', 'Родители несколько раз приходят лично с одними и теми же документами');
  const problem = page.locator('[data-item]').filter({ has: passportField(page, 'Проблема, № 1') });
  await problem.getByText('Шаги схемы «как есть»: выбрано 0').click();
  await problem.getByRole('checkbox', { name: 'Собрать документы и лично прийти в ЗАГС' }).check();
  await expect(problem.locator('summary')).toContainText('выбран 1 — Собрать документы и лично прийти в ЗАГС');
  await expectDone(page, ['problems'], ['justification']);

  // … the team, the justification, and the optimal variant marked as required (the sample has one)
  await page.getByRole('button', { name: 'Добавить участника' }).click();
  await type(page, 'Фамилия, имя, отчество, № 1', 'Сапарова Айгерим');
  await expect(passportField(page, 'Роль, № 1')).toHaveValue('lead');
  await type(page, 'Обоснование выбранного целевого варианта', 'Данные о рождении и о родителях уже есть в ИС роддома и ГБД ФЛ: повторный сбор не допускается (п. 40).');
  await page.getByLabel('Команда описывает и оптимальный вариант («как должно быть»)').check();
  await expectDone(page, ['justification', 'targetDrawn'], ['plan']);
  await expect(checklistItem(page, 'targetDrawn')).toContainText('Нарисованы целевой и оптимальный варианты');
  await expect(page.getByTestId('passport-status')).toHaveText('Сохранено');
  await expect(page.getByTestId('checklist')).toContainText('Выполнено 8 из 9');

  // … and the plan, reached from its item, gets an action and is approved through its status
  await page.getByRole('link', { name: 'Перейти: План мероприятий составлен и утверждён' }).click();
  await page.getByRole('button', { name: /^Принять предложение/ }).first().click();
  await expect(page.getByTestId('plan-status')).toHaveText('Сохранено');
  await app.setStatus('План мероприятий', 'Утверждён', { date: '2026-04-01', who: 'Айгерим Сапарова' });
  await expect(page.getByTestId('status-plan')).toContainText('Утверждён');
  await expect(page.getByTestId('status-plan')).toContainText('Айгерим Сапарова');
  await expect(page.getByLabel('Дата утверждения плана и целевого варианта (УТВЕРЖДАЮ)')).toHaveValue('2026-04-01');
  await expect(page.getByRole('button', { name: /^Удалить мероприятие/ }).first()).toBeDisabled();
  await expect(page.getByRole('tab', { name: /План мероприятий/ })).toContainText('Утверждён');
  await page.getByTestId('status-plan').locator('xpath=..').locator('summary', { hasText: 'История статусов' }).click();
  await expect(page.locator('summary', { hasText: 'Утверждённая редакция плана от 01.04.2026' })).toBeVisible();

  // Then every item is green
  await app.selectVariantTab('Паспорт процесса');
  await expect(page.getByTestId('checklist')).toContainText('Выполнено 9 из 9');
  await screenshotTall(page, testInfo.outputPath('passport-ru.png'));

  // When the to-be is approved, it opens read-only, with its status on its tab
  await app.selectVariantTab('Как будет');
  await expect(app.taskNamed('Сверить данные с ГБД ФЛ и ИС ЗАГС', 'toBe')).toBeVisible();
  await app.setStatus('Как будет', 'Утверждён');
  await expect(page.getByRole('tab', { name: /Как будет/ })).toContainText('Утверждён');
  await expect(page.getByTestId('status-locked')).toContainText('Вариант утверждён и открыт только для просмотра');
  await expect(page.locator('.variant-canvas[data-variant="toBe"] .djs-palette')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('status-ru.png') });

  // Setting it back asks for the reason first, then records it, and the canvas is editable again
  await page.getByRole('button', { name: 'Вернуть в черновик…' }).click();
  const dialog = app.statusDialog('Как будет');
  await dialog.getByRole('button', { name: 'Изменить статус' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Укажите причину');
  await dialog.getByLabel(/^Причина изменения/).fill('Протокол проектной команды № 3: замечания МВК по сверке данных');
  await dialog.getByRole('button', { name: 'Изменить статус' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('status-locked')).toHaveCount(0);
  await expect(page.locator('.variant-canvas[data-variant="toBe"] .djs-palette')).toBeVisible();
  await app.renameTask('Сверить данные с ГБД ФЛ и ИС ЗАГС', 'Сверить данные с ГБД ФЛ', 'toBe');
  await app.waitSaved('toBe');

  // And the approved content is in the version history, never pruned
  await page.getByRole('button', { name: 'История версий' }).click();
  const history = page.getByRole('dialog', { name: /История версий/ });
  await expect(history.locator('tr[data-reason="approved"]')).toContainText('Утверждённая редакция');
  await expect(history.locator('tr[data-reason="approved"]').getByRole('button', { name: /^Удалить версию/ })).toBeDisabled();
  await history.locator('tr[data-reason="approved"]').getByRole('button', { name: 'Открыть' }).click();
  await expect(page.getByRole('dialog', { name: /^Утверждённая редакция —/ }).locator('.djs-element').filter({ hasText: 'Сверить данные с ГБД ФЛ и ИС ЗАГС' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // And the passport's protocol of statuses shows who set it back and why
  await app.selectVariantTab('Паспорт процесса');
  const protocol = page.getByRole('table', { name: 'История статусов' });
  await expect(protocol.locator('tbody tr').first()).toContainText('Протокол проектной команды № 3: замечания МВК по сверке данных');
  await expect(protocol.locator('tbody tr').first()).toContainText('Айгерим Сапарова');

  // The project's readiness table shows every process at a glance, each mark a link to where it is fixed
  await page.getByRole('button', { name: 'Добавить процесс' }).click();
  await expect(app.canvas('asIs')).toBeVisible();
  await page.getByRole('link', { name: 'Готовность процессов' }).click();
  const row = page.getByTestId('readiness-table').locator(`tr[data-process="${processName}"]`);
  const newRow = page.getByTestId('readiness-table').locator('tr[data-process="Новый бизнес-процесс"]');
  await expect(row.locator('td[data-done="true"]')).toHaveCount(9);
  await expect(newRow.locator('td[data-done="false"]')).toHaveCount(9);
  await expect(newRow.getByRole('link', { name: 'Указаны нормативные правовые акты: не выполнено' })).toHaveAttribute('href', /\/passport$/);
  await expect(newRow.getByRole('link', { name: 'Нарисована схема «как есть»: не выполнено' })).toHaveAttribute('href', /\/asIs$/);
  await expect(row).toContainText('выполнено 9 из 9');
  await expect(row).toContainText('План мероприятий: Утверждён');
  await page.screenshot({ path: testInfo.outputPath('readiness-ru.png'), fullPage: true });

  // In Kazakh too
  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(page.getByRole('heading', { name: 'Процестердің дайындығы' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('readiness-kk.png'), fullPage: true });
  await row.getByRole('link', { name: processName }).click();
  await expect(page.getByRole('heading', { name: `«${processName}» процесінің паспорты` })).toBeVisible();
  await expect(page.getByTestId('checklist')).toContainText('9 ішінен 9 орындалды');
  await screenshotTall(page, testInfo.outputPath('passport-kk.png'));
  await page.getByRole('tab', { name: /Іс-шаралар жоспары/ }).click();
  await expect(page.getByTestId('status-locked')).toContainText('Жоспар бекітілген');
  await page.screenshot({ path: testInfo.outputPath('status-kk.png') });
});

test('the package of approved items holds only them, with their statuses; the full package restores the passport, statuses and plan offline', async ({ page, context }, testInfo) => {
  test.setTimeout(180_000);
  const app = new Workbench(page);
  await app.openSample('рождени');
  await app.selectVariantTab('Паспорт процесса');
  await page.getByRole('button', { name: 'Добавить акт' }).click();
  await type(page, 'Наименование, № 1', 'Закон РК «О государственных услугах»');
  await expect(page.getByTestId('passport-status')).toHaveText('Сохранено');

  // Given the as-is and to-be approved, the optimal still a draft, and the plan approved
  await app.selectVariantTab('Как есть');
  await app.setStatus('Как есть', 'Согласован', { who: 'Нурлан Ахметов' });
  await app.setStatus('Как есть', 'Утверждён');
  await app.selectVariantTab('Как будет');
  await app.setStatus('Как будет', 'Утверждён');
  await app.selectVariantTab('План мероприятий');
  await page.getByRole('button', { name: /^Принять предложение/ }).first().click();
  await expect(page.getByTestId('plan-status')).toHaveText('Сохранено');
  await app.setStatus('План мероприятий', 'Утверждён', { date: '2026-04-01' });
  await expect(page.getByTestId('status-plan')).toContainText('Утверждён');

  // When the package of approved items is saved, it holds the approved variants and the plan, and nothing else
  const approvedPath = testInfo.outputPath('approved.zip');
  await savePackage(page, approvedPath, 'Только утверждённое — для архитектурного портала');
  const approved = readPackage(approvedPath);
  expect(approved.manifest.scope).toBe('approved');
  const [publishedProcess] = approved.manifest.projects[0]!.processes;
  expect(publishedProcess!.variants.map((v) => [v.kind, v.status])).toEqual([
    ['asIs', 'approved'],
    ['toBe', 'approved'],
  ]);
  const paths = Object.keys(approved.entries);
  expect(paths.some((p) => p.endsWith('/optimal.bpmn'))).toBe(false);
  expect(paths.some((p) => p.endsWith('/interviews.json'))).toBe(false);
  // The comparison and questionnaire (its to-be is approved) and the approved plan, as XLSX and DOCX too
  for (const ending of ['/as-is.bpmn', '/to-be.png', '/plan.json', '/passport.json', '/comparison.xlsx', '/comparison.docx', '/plan.xlsx', '/plan.docx']) {
    expect(paths.some((p) => p.endsWith(ending)), ending).toBe(true);
  }
  expect(publishedProcess!.files.filter((p) => /\.(xlsx|docx)$/.test(p)).map((p) => p.split('/').at(-1))).toEqual(['comparison.xlsx', 'comparison.docx', 'plan.xlsx', 'plan.docx']);
  const approvedRecords = json(approved.entries, approved.manifest.projects[0]!.records).tables;
  expect(approvedRecords.variants.map((v: { kind: string }) => v.kind).sort()).toEqual(['asIs', 'toBe']);
  expect(approvedRecords.snapshots).toEqual([]);
  expect(approvedRecords.interviews).toEqual([]);

  // And the full package carries every variant with its status
  const fullPath = testInfo.outputPath('full.zip');
  await savePackage(page, fullPath, 'Весь проект');
  const full = readPackage(fullPath);
  expect(full.manifest.scope).toBe('all');
  expect(full.manifest.projects[0]!.processes[0]!.variants.map((v) => [v.kind, v.status])).toEqual([
    ['asIs', 'approved'],
    ['toBe', 'approved'],
    ['optimal', 'draft'],
  ]);

  // When the browser's data is cleared and the full package is imported with the network off
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('reengineering-workbench');
        request.onsuccess = () => resolve();
        request.onblocked = () => resolve();
      }),
  );
  await page.reload();
  await app.open();
  await expect(page.locator('[data-testid="project-row"]')).toHaveCount(0);
  await context.setOffline(true);
  await app.chooseFile('Импорт пакета (.zip)', fullPath);
  await expect(app.toast()).toContainText('восстановлен');

  // Then the passport, the statuses and the plan are back
  await app.selectVariantTab('Паспорт процесса');
  await expect(passportField(page, 'Наименование, № 1')).toHaveValue('Закон РК «О государственных услугах»');
  await expect(checklistItem(page, 'plan')).toHaveAttribute('data-done', 'true');
  await expect(page.getByRole('tab', { name: /Как есть/ })).toContainText('Утверждён');
  await expect(page.getByRole('tab', { name: /Как будет/ })).toContainText('Утверждён');
  await expect(page.getByRole('tab', { name: /Как должно быть/ })).not.toContainText('Утверждён');
  await expect(page.getByRole('table', { name: 'История статусов' })).toContainText('Нурлан Ахметов');
  await app.selectVariantTab('План мероприятий');
  await expect(page.getByTestId('status-plan')).toContainText('Утверждён');
  await expect(page.getByLabel('Дата утверждения плана и целевого варианта (УТВЕРЖДАЮ)')).toHaveValue('2026-04-01');
  await expect(page.locator('tr.plan-row')).toHaveCount(1);
  await context.setOffline(false);
});
