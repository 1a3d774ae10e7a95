import { expect, test, type Browser } from '@playwright/test';
import { storedVariantXml } from './support/rawDb';
import { SyncServerProcess } from './support/syncServer';
import { JourneyMapPage } from './support/journey';
import { TeamSync } from './support/teamSync';
import { Workbench } from './support/workbench';

// Two laptops and the team's server, all on this machine's loopback.
let server: SyncServerProcess;
const tokens: Record<string, string> = {};

test.beforeAll(async () => {
  server = await SyncServerProcess.create();
  server.admin('user', 'add', 'aliya', '--name', 'Алия');
  server.admin('user', 'add', 'bauyrzhan', '--name', 'Бауыржан');
  server.admin('team', 'add', 'zags', '--name', 'Проектная группа ЗАГС');
  server.admin('member', 'set', 'zags', 'aliya', '--role', 'editor');
  server.admin('member', 'set', 'zags', 'bauyrzhan', '--role', 'editor');
  server.admin('user', 'add', 'saule', '--name', 'Сауле');
  server.admin('member', 'set', 'zags', 'saule', '--role', 'viewer');
  tokens.saule = server.admin('token', 'saule', 'zags');
  tokens.aliya = server.admin('token', 'aliya', 'zags');
  tokens.bauyrzhan = server.admin('token', 'bauyrzhan', 'zags');
  await server.start();
});

test.afterAll(async () => {
  await server?.dispose();
});

async function laptop(browser: Browser) {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  return { context, page, app: new Workbench(page), sync: new TeamSync(page) };
}

type Laptop = Awaited<ReturnType<typeof laptop>>;

/** The birth sample shared from `from` with Алия's token and opened on `to` with `token`, both synced; returns the project's code. */
async function shareSample(from: Laptop, to: Laptop, token: string): Promise<string> {
  await from.app.openSample('рождени');
  const code = await from.sync.share(server.url, tokens.aliya!);
  await from.sync.expectStatus('Синхронизировано');
  await to.app.open();
  await to.sync.openShared(server.url, token, code);
  await expect(to.app.taskNamed('Проверить документы')).toBeVisible({ timeout: 20_000 });
  await to.sync.expectStatus('Синхронизировано');
  return code;
}

test('two laptops: a shared project, offline edits on both, the dictionary merged and the diagram resolved in the diff', async ({ browser }) => {
  test.setTimeout(150_000);
  const a = await laptop(browser);
  const b = await laptop(browser);

  // Given a sample project shared from laptop A and opened on laptop B
  const code = await shareSample(a, b, tokens.bauyrzhan!);
  await expect(b.page.getByTestId('sync-peers')).toContainText('Алия');

  // When both go offline; A edits the dictionary, both change the as-is diagram and leave it
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await a.sync.expectStatus('Нет связи');
  await b.sync.expectStatus('Нет связи');
  await a.app.renameTask('Проверить документы', 'Проверить документы онлайн');
  await a.app.waitSaved();
  await b.app.renameTask('Проверить документы', 'Проверить документы в ЦОН');
  await b.app.waitSaved();
  await a.app.openDictionary();
  // Leaving the changed diagram kept a version, which cannot go up without the network
  await a.sync.expectStatus(/жд(ут|ёт) отправки/);
  const entry = a.page.getByTestId('dictionary-entry').first().getByLabel('Название');
  const renamed = `${await entry.inputValue()} (уточнено)`;
  await entry.fill(renamed);
  await entry.press('Tab');
  await b.app.openDictionary();

  // and both come back online
  await a.context.setOffline(false);
  await b.context.setOffline(false);

  // Then the dictionary edit is on both, and the variant shows two versions on both
  await expect(b.page.getByTestId('dictionary-entry').getByLabel('Название').first()).toHaveValue(renamed, { timeout: 20_000 });
  await a.sync.expectStatus('Конфликт версий');
  await b.sync.expectStatus('Конфликт версий');
  for (const side of [a, b]) {
    await side.page.getByRole('link', { name: /Регистрация рождения/ }).first().click();
    await expect(side.page.getByTestId('fork-banner')).toContainText('Две версии');
  }

  // When A compares both in the visual diff and takes B's version
  await a.page.getByTestId('fork-banner').getByRole('button', { name: 'Сравнить в визуальном сравнении' }).click();
  const diff = a.page.getByRole('dialog', { name: 'Две версии варианта' });
  await expect(diff.locator('.djs-container').first()).toBeVisible();
  await diff.getByRole('button', { name: 'Закрыть' }).click();
  await a.page.getByTestId('fork-banner').getByRole('button', { name: 'Взять версию: bauyrzhan' }).click();

  // Then both laptops end with one version, the same diagram, and synced
  for (const side of [a, b]) {
    await expect(side.page.getByTestId('fork-banner')).toHaveCount(0, { timeout: 20_000 });
    await expect(side.app.taskNamed('Проверить документы в ЦОН')).toBeVisible({ timeout: 20_000 });
    await expect(side.app.taskNamed('Проверить документы онлайн')).toHaveCount(0);
    await side.sync.expectStatus('Синхронизировано');
  }
  const [xmlA, xmlB] = [await storedVariantXml(a.page, code, 'asIs'), await storedVariantXml(b.page, code, 'asIs')];
  expect(xmlA).toContain('Проверить документы в ЦОН');
  expect(xmlA).toBe(xmlB);
  await a.context.close();
  await b.context.close();
});

test('an approval made on one laptop opens on the other from the status history, with the approved diagram though the current one moved on', async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  const a = await laptop(browser);
  const b = await laptop(browser);
  await shareSample(a, b, tokens.bauyrzhan!);
  // Laptop B cannot download diagrams for a while, as when the approving laptop's upload is still on its way
  const noBlobs = '**/blobs/**';
  await b.context.route(noBlobs, (route) => route.abort());

  // Given laptop A approves the as-is after a rename, sets it back with a reason and renames the step again
  await a.app.renameTask('Проверить документы', 'Проверить документы онлайн');
  await a.app.waitSaved();
  await a.app.setStatus('Как есть', 'Утверждён', { who: 'Алия' });
  await a.app.setBackToDraft('Как есть', { reason: 'Протокол № 4: замечания МВК' });
  await a.app.renameTask('Проверить документы онлайн', 'Проверить документы в ЦОН');
  await a.app.waitSaved();
  await a.app.selectVariantTab('Паспорт процесса');
  await a.sync.expectStatus('Синхронизировано');

  // Then laptop B has the approval in its protocol of statuses, its diagram still to come
  await b.app.selectVariantTab('Паспорт процесса');
  await expect(b.page.getByRole('table', { name: 'История статусов' })).toBeVisible();
  // (found by its class from here on, as the language changes)
  const protocol = b.page.locator('table.status-history');
  const approval = protocol.locator('tbody tr').filter({ has: b.page.locator('[data-status="approved"]') });
  await expect(approval).toContainText('утверждённая схема ещё не получена с сервера команды', { timeout: 20_000 });
  await expect(approval).toContainText('Алия');
  await protocol.screenshot({ path: testInfo.outputPath('approval-pending-ru.png') });
  await b.page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(approval).toContainText('бекітілген сызба топ серверінен әлі алынған жоқ');
  await protocol.screenshot({ path: testInfo.outputPath('approval-pending-kk.png') });
  await b.page.getByLabel('Интерфейс тілі').selectOption('ru');

  // When the diagrams can be downloaded again and B next syncs (here: its connection comes back)
  await b.context.unroute(noBlobs);
  await b.context.setOffline(true);
  await b.sync.expectStatus('Нет связи');
  await b.context.setOffline(false);

  // Then B opens the approval from the protocol of statuses: the diagram as approved, not the current one
  await approval.getByRole('button', { name: /^Открыть утверждённую схему: Как есть/ }).click({ timeout: 20_000 });
  const viewer = b.page.getByRole('dialog', { name: /^Как есть — утверждённая редакция от/ });
  await expect(viewer.locator('.djs-element').filter({ hasText: 'Проверить документы онлайн' }).first()).toBeVisible();
  await expect(viewer.locator('.djs-element').filter({ hasText: 'Проверить документы в ЦОН' })).toHaveCount(0);
  await b.page.screenshot({ path: testInfo.outputPath('approved-from-team-ru.png') });
  await b.page.keyboard.press('Escape');
  await protocol.screenshot({ path: testInfo.outputPath('approval-received-ru.png') });
  await b.app.selectVariantTab('Как есть');
  await expect(b.app.taskNamed('Проверить документы в ЦОН')).toBeVisible({ timeout: 20_000 });
  await b.sync.expectStatus('Синхронизировано');
  // The variant's version history says where that version came from
  await b.page.getByRole('button', { name: 'История версий' }).click();
  const history = b.page.getByRole('dialog', { name: /История версий/ });
  await expect(history.locator('tr[data-reason="approved"]')).toContainText('Утверждённая редакция · получена от команды');
  await history.screenshot({ path: testInfo.outputPath('history-from-team-ru.png') });
  await b.page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  // And in Kazakh too
  await b.page.getByLabel('Язык интерфейса').selectOption('kk');
  await b.page.getByRole('tab', { name: /Процесс паспорты/ }).click();
  await protocol.screenshot({ path: testInfo.outputPath('approval-received-kk.png') });
  await b.page.getByRole('button', { name: /^Бекітілген сызбаны ашу: Қандай күйде/ }).click();
  await expect(b.page.getByRole('dialog', { name: /бекітілген редакциясы$/ }).locator('.djs-element').filter({ hasText: 'Проверить документы онлайн' }).first()).toBeVisible();
  await b.page.screenshot({ path: testInfo.outputPath('approved-from-team-kk.png') });
  await b.page.keyboard.press('Escape');
  await b.page.getByRole('tab', { name: 'Қандай күйде' }).click();
  await b.page.getByRole('button', { name: 'Нұсқалар тарихы' }).click();
  const historyKk = b.page.getByRole('dialog', { name: /Нұсқалар тарихы/ });
  await expect(historyKk.locator('tr[data-reason="approved"]')).toContainText('топтан алынды');
  await historyKk.screenshot({ path: testInfo.outputPath('history-from-team-kk.png') });
  await a.context.close();
  await b.context.close();
});

test("a viewer's laptop shows the shared project read-only: no palette, and says why", async ({ browser }) => {
  test.setTimeout(90_000);
  const a = await laptop(browser);
  const viewer = await laptop(browser);
  await shareSample(a, viewer, tokens.saule!);
  await expect(viewer.page.getByTestId('viewer-banner')).toContainText('наблюдатель');
  await expect(viewer.page.getByRole('button', { name: /Изменить статус/ })).toHaveCount(0);
  await expect(a.page.getByRole('button', { name: /Изменить статус/ })).toBeVisible();
  await expect(viewer.page.locator('.variant-canvas[data-variant="asIs"] .djs-palette')).toHaveCount(0);
  // while the editor's own canvas keeps its palette
  await expect(a.page.locator('.variant-canvas[data-variant="asIs"] .djs-palette')).toBeVisible();
  await expect(a.page.getByTestId('viewer-banner')).toHaveCount(0);
  // nor processes added, renamed or deleted
  await expect(viewer.page.getByRole('button', { name: 'Добавить процесс' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: 'Переименовать' })).toHaveCount(0);
  await expect(a.page.getByRole('button', { name: 'Добавить процесс' })).toBeVisible();
  // and the plan and the passport take no edits either
  // The as-is editor stays open behind the other tabs (hidden, with its own banner): the shown banner is the one that counts.
  const shownBanner = viewer.page.getByTestId('viewer-banner').filter({ visible: true });
  await viewer.app.selectVariantTab('План мероприятий');
  await expect(shownBanner).toBeVisible();
  await expect(viewer.page.getByRole('button', { name: /Добавить мероприятие/ }).first()).toBeDisabled();
  await viewer.app.selectVariantTab('Паспорт процесса');
  await expect(shownBanner).toBeVisible();
  await expect(viewer.page.getByLabel('Обоснование выбранного целевого варианта')).toBeDisabled();
  const journey = new JourneyMapPage(viewer.page);
  await journey.open();
  await expect(shownBanner).toBeVisible();
  await expect(journey.stageTitles().first()).toBeDisabled();
  await expect(viewer.page.getByRole('button', { name: 'Построить по схеме' })).toHaveCount(0);
  await viewer.app.openDictionary();
  await expect(viewer.page.getByTestId('dictionary-entry').first().getByLabel('Название')).toBeDisabled();
  await expect(viewer.page.getByText('Импорт из CSV/XLSX')).toHaveCount(0);
  // Nor are the project's own fields offered for editing in the project list; a copy of it still is.
  await viewer.page.goto('/#/');
  const row = viewer.page.getByTestId('project-row');
  await expect(row.getByRole('button', { name: 'Копировать' })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Изменить' })).toHaveCount(0);
  await a.context.close();
  await viewer.context.close();
});
