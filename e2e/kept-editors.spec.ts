import { expect, test, type Page } from '@playwright/test';
import { projectIdOf, storedVariantXml, writeVariantBehindTheApp } from './support/rawDb';
import { Workbench } from './support/workbench';

/** A process whose as-is has the task `task` and whose to-be is a copy of it, shown on the to-be. */
async function processWithToBe(app: Workbench, project: string, task: string): Promise<void> {
  await app.newProcessWithTask(project, task);
  await app.selectVariantTab('Как будет');
  await app.page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await expect(app.taskNamed(task, 'toBe')).toBeVisible();
}

const autoVersionsOfAsIs = async (app: Workbench) => {
  await app.page.getByRole('button', { name: 'История версий' }).click();
  const history = app.page.getByRole('dialog', { name: /История версий/ });
  await expect(history.getByRole('table').or(history.getByText('Версий пока нет'))).toBeVisible();
  const count = await history.locator('tr[data-reason="auto"]').count();
  await history.getByRole('button', { name: 'Закрыть' }).click();
  return count;
};

/** The pane of a variant's editor; a kept one lies under the shown one, hidden from assistive technology. */
const pane = (app: Workbench, kind: 'asIs' | 'toBe') => app.page.locator('.pane', { has: app.canvas(kind) });
const expectShown = async (app: Workbench, kind: 'asIs' | 'toBe', shown: boolean) => {
  if (shown) await expect(pane(app, kind)).not.toHaveAttribute('aria-hidden');
  else await expect(pane(app, kind)).toHaveAttribute('aria-hidden', 'true');
};

/** Marks the drawn shape of a task: a new import draws every shape anew, so the mark is gone after one. */
const markShape = (app: Workbench, task: string) => app.taskNamed(task).evaluate((shape) => shape.setAttribute('data-e2e-mark', 'drawn-once'));
const markedShapes = (page: Page) => page.getByTestId('canvas-asIs').locator('[data-e2e-mark="drawn-once"]');

test('switching back to a variant shows its editor as it was left, without importing the diagram again', async ({ page }) => {
  const app = new Workbench(page);
  await processWithToBe(app, 'Быстрое переключение', 'Шаг A');
  await app.selectVariantTab('Как есть');
  await app.selectElementNamed('Шаг A');
  await markShape(app, 'Шаг A');

  for (let round = 0; round < 2; round++) {
    await app.selectVariantTab('Как будет');
    await expectShown(app, 'toBe', true);
    await expectShown(app, 'asIs', false);
    // Hidden from assistive technology, so from role queries too: the only toolbar is the to-be's
    await expect(page.getByRole('button', { name: 'История версий' })).toHaveCount(1);
    await app.selectVariantTab('Как есть');
    await expectShown(app, 'toBe', false);
    // The very shape drawn before, still selected, and the step panel shows it
    await expect(markedShapes(page)).toHaveCount(1);
    await expect(app.taskNamed('Шаг A')).toHaveClass(/selected/);
    await expect(pane(app, 'asIs').getByTestId('step-panel')).toContainText('Шаг A');
  }

  // Another tab of the process (the comparison) keeps them too
  await page.getByRole('tab', { name: 'Сравнение' }).click();
  await expect(page.getByRole('tab', { name: 'Сравнение' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.canvas('asIs')).toBeHidden();
  await app.selectVariantTab('Как есть');
  await expect(markedShapes(page)).toHaveCount(1);
  await expect(app.taskNamed('Шаг A')).toBeVisible();

  // Leaving the process closes the kept editors: coming back imports the diagram anew
  await page.locator('.app-header__title').click();
  await page.getByRole('link', { name: 'Быстрое переключение' }).click();
  await expect(app.taskNamed('Шаг A')).toBeVisible();
  await expect(markedShapes(page)).toHaveCount(0);
  await expect(page.locator('.variant-canvas')).toHaveCount(1);
  await expect(page.locator('.pane')).toHaveCount(1);
});

test('a variant left while a label is being typed stores it, and leaving a changed variant keeps one automatic version', async ({ page }) => {
  const app = new Workbench(page);
  await processWithToBe(app, 'Скрытый редактор', 'Шаг A');
  const projectId = projectIdOf(page);
  await app.selectVariantTab('Как есть');
  // The as-is was changed (its task added) before the to-be was made from it: that first leave kept a version,
  // written once the leave's save is stored (on a slow machine, after the history was first opened here)
  await expect.poll(() => autoVersionsOfAsIs(app)).toBe(1);

  // Typing a label and switching tabs without Enter: the hidden editor records and stores it
  await app.taskNamed('Шаг A').dblclick();
  const label = app.canvas('asIs').locator('.djs-direct-editing-content');
  await expect(label).toBeVisible();
  await label.fill('Шаг B');
  await app.selectVariantTab('Как будет');
  await expectShown(app, 'asIs', false);
  await expect.poll(() => storedVariantXml(page, projectId, 'asIs')).toContain('name="Шаг B"');

  // Back and forth with no change keeps no further version
  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('Шаг B')).toBeVisible();
  await app.selectVariantTab('Как будет');
  await app.selectVariantTab('Как есть');
  await expect.poll(() => autoVersionsOfAsIs(app)).toBe(2);

  await page.reload();
  await expect(app.taskNamed('Шаг B')).toBeVisible();
});

test('keys go to the shown editor only: undo in the to-be leaves the hidden as-is alone', async ({ page }) => {
  const app = new Workbench(page);
  await processWithToBe(app, 'Клавиши', 'Шаг A');
  await app.selectVariantTab('Как есть');
  await app.renameTask('Шаг A', 'Новое имя');
  await app.waitSaved();
  await app.selectElementNamed('Новое имя');

  await app.selectVariantTab('Как будет');
  await app.canvas('toBe').click({ position: { x: 400, y: 300 } });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Delete');
  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('Новое имя')).toBeVisible();
  await expect(app.taskNamed('Шаг A')).toHaveCount(0);
  await expect(app.saveStatus()).toHaveAccessibleName('Сохранено');
});

test('a change stored elsewhere to a hidden variant is there when it is shown again', async ({ page }) => {
  const app = new Workbench(page);
  await processWithToBe(app, 'Чужая запись', 'Шаг A');
  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('Шаг A')).toBeVisible();
  await app.selectVariantTab('Как будет');
  await writeVariantBehindTheApp(page, { projectId: projectIdOf(page), kind: 'asIs', replace: 'Шаг A', by: 'Чужая правка', announce: true });

  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('Чужая правка')).toBeVisible();
  await expect(app.taskNamed('Шаг A')).toHaveCount(0);
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);
  // Drawn while hidden, it is framed once shown: the shape lies inside the canvas
  expect(await app.coveredShapes()).toEqual([]);
  await app.appendTaskToStart('Дальше');
  await app.waitSaved();
});

test('another browser tab opening a variant this tab keeps hidden gets to edit it', async ({ page, context }) => {
  const app = new Workbench(page);
  await processWithToBe(app, 'Передача', 'Шаг A');
  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('Шаг A')).toBeVisible();
  const asIsUrl = page.url();
  await app.selectVariantTab('Как будет');

  const other = await context.newPage();
  const second = new Workbench(other);
  await other.goto(asIsUrl);
  await expect(second.taskNamed('Шаг A')).toBeVisible();
  await expect(other.getByTestId('locked-banner')).toHaveCount(0);
  await second.appendTaskToStart('Правка во второй вкладке');
  await second.waitSaved();

  // Here the as-is is now opened anew, read-only, following the other tab
  await app.selectVariantTab('Как есть');
  await expect(page.getByTestId('locked-banner')).toBeVisible();
  await expect(app.taskNamed('Правка во второй вкладке')).toBeVisible();
});

test('each kept editor keeps its own edits and undo, and the hidden one takes no focus from the keyboard', async ({ page }) => {
  const app = new Workbench(page);
  await processWithToBe(app, 'Своя отмена', 'Шаг A');
  await app.selectVariantTab('Как есть');
  await app.renameTask('Шаг A', 'Шаг как есть');
  await app.selectVariantTab('Как будет');
  await app.renameTask('Шаг A', 'Шаг как будет', 'toBe');

  // Back on the as-is: its edit is there, and its undo takes back its own edit, not the to-be's
  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('Шаг как есть')).toBeVisible();
  await app.canvas('asIs').click({ position: { x: 400, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(app.taskNamed('Шаг A')).toBeVisible();
  await app.selectVariantTab('Как будет');
  await expect(app.taskNamed('Шаг как будет', 'toBe')).toBeVisible();

  // Tabbing through the whole page never lands in the hidden as-is: not its toolbar, panels, canvas, nor what bpmn-js
  // lays over the canvas (the checks' problem chips, the palette). Recorded as focus arrives, before the workspace
  // takes focus out of a hidden pane.
  await expectShown(app, 'asIs', false);
  await expect(pane(app, 'asIs').locator('.editor-toolbar button').first()).toBeAttached();
  await expect(pane(app, 'asIs').locator('.rw-lint-chip').first()).toBeAttached();
  await page.evaluate(() => {
    const focused: string[] = [];
    (window as unknown as { focusedInHidden: string[] }).focusedInHidden = focused;
    addEventListener(
      'focusin',
      ({ target }) => {
        if (target instanceof Element && target.closest('.pane[aria-hidden]')) focused.push(target.outerHTML.slice(0, 80));
      },
      true,
    );
  });
  await page.locator('.app-header__title').focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (window as unknown as { focusedInHidden: string[] }).focusedInHidden)).toEqual([]);

  // Shown again, its chips are within reach again (once the switch is painted)
  await app.selectVariantTab('Как есть');
  const chip = pane(app, 'asIs').locator('.rw-lint-chip').first();
  await expect(async () => {
    await chip.focus();
    await expect(chip).toBeFocused({ timeout: 100 });
  }).toPass();
});

test('a language change keeps every open editor, undo history included, and what they show speaks the new language', async ({ page }) => {
  const app = new Workbench(page);
  await processWithToBe(app, 'Смена языка', 'Шаг A');
  await app.selectVariantTab('Как есть');
  await app.renameTask('Шаг A', 'Шаг до смены языка');
  await app.waitSaved();
  await markShape(app, 'Шаг до смены языка');
  // The shown to-be has its context pad open when the language changes
  await app.selectVariantTab('Как будет');
  await app.selectElementNamed('Шаг A', 'toBe');
  const appendTask = app.canvas('toBe').locator('.djs-context-pad .entry[data-action="append.append-task"]');
  await expect(appendTask).toHaveAttribute('title', 'Добавить задачу');

  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(appendTask).toHaveAttribute('title', 'Тапсырма қосу');

  // Back on the as-is: the very editor left before the change (its drawn shape is the one marked), in Kazakh
  await app.selectVariantTab('Қандай күйде');
  await expectShown(app, 'asIs', true);
  await expect(markedShapes(page)).toHaveCount(1);
  const asIs = app.canvas('asIs');
  await expect(asIs.locator('.djs-palette .entry[data-action="create.task"]')).toHaveAttribute('aria-label', 'Тапсырма құру');
  await expect(asIs.locator('.djs-search-input input')).toHaveAttribute('aria-label', 'Диаграммадан іздеу');
  await expect(asIs.locator('.djs-minimap > .toggle')).toHaveAttribute('title', /Шағын картаны (ашу|жабу)/);
  await expect(asIs.locator('.rw-lint-chip').first()).toHaveAttribute('title', /Қадамның орындаушысы/);
  await expect(page.locator('.variant-canvas[data-variant="asIs"]').getByTestId('save-status')).toHaveAccessibleName('Сақталды');

  // Its undo history is there: Ctrl+Z takes back the rename made before the change
  await asIs.click({ position: { x: 400, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(app.taskNamed('Шаг A')).toBeVisible();
  await expect(app.taskNamed('Шаг до смены языка')).toHaveCount(0);
});
