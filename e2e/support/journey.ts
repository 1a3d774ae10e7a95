import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** The "Карта пути клиента" tab of a process, as a user works with it. */
export class JourneyMapPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Карта пути клиента' }).click();
    await expect(this.page.getByRole('heading', { name: /^Карта пути клиента:/ })).toBeVisible();
  }

  async showVariant(label: 'Как есть' | 'Как будет' | 'Как должно быть'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Вариант процесса' }).getByRole('tab', { name: label }).click();
  }

  /** "Построить по схеме" with the applicant lanes the app suggests and the first persona. */
  async generateFromDiagram(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Построить по схеме' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Название карты').fill(name);
    await dialog.getByRole('button', { name: 'Создать карту' }).click();
    await expect(this.grid()).toHaveAttribute('aria-label', `Карта пути клиента «${name}»`);
  }

  grid(): Locator {
    return this.page.getByTestId('journey-grid');
  }

  card(text: string): Locator {
    return this.grid().locator('.journey-card').filter({ hasText: text });
  }

  stageTitles(): Locator {
    return this.grid().locator('.journey-stage__title');
  }

  /** Drags a card onto a cell the way a mouse does: press, move a little to start the drag, move over the cell, release. */
  async dragCard(card: Locator, cell: Locator): Promise<void> {
    await card.scrollIntoViewIfNeeded();
    const from = (await card.boundingBox())!;
    const to = (await cell.boundingBox())!;
    await this.page.mouse.move(from.x + 20, from.y + 10);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 30, from.y + 20, { steps: 5 });
    await this.page.mouse.move(to.x + 20, to.y + 20, { steps: 10 });
    await this.page.mouse.up();
  }

  async addStage(title: string): Promise<void> {
    const before = await this.stageTitles().count();
    await this.grid().getByRole('button', { name: '+ Стадия' }).click();
    await expect(this.stageTitles()).toHaveCount(before + 1);
    const field = this.stageTitles().last();
    await field.fill(title);
    await field.press('Enter');
    await expect(field).toHaveValue(title);
  }

  /** A card in the pains lane of the stage titled `stage`, with a quote cited from an interview. */
  async addPainCard(stage: string, text: string, quote: string, interview: string): Promise<void> {
    await this.grid().getByRole('button', { name: `Добавить карточку: Боли (цитаты), ${stage}` }).click();
    const editor = this.page.getByTestId('card-editor');
    await this.commit(editor.getByLabel('Текст', { exact: true }), text);
    await this.commit(editor.getByLabel('Цитата', { exact: true }), quote);
    await editor.getByLabel('Из интервью').selectOption({ label: interview });
    await editor.getByRole('radio').nth(1).check();
    await expect(this.card(text)).toContainText(quote);
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('journey-save-status')).toHaveText('Сохранено');
  }

  totalsRow(total: string): Locator {
    return this.page.getByTestId('journey-totals').locator(`tr[data-total="${total}"]`).locator('td');
  }

  curvePoints(): Locator {
    return this.grid().getByTestId('emotion-curve').locator('circle.emotion-curve__point');
  }

  async exportPng(testInfo: TestInfo): Promise<string> {
    const toolbar = this.page.getByRole('toolbar').filter({ has: this.page.getByTestId('journey-save-status') });
    await toolbar.getByText('Экспорт', { exact: true }).click();
    const download = this.page.waitForEvent('download');
    await toolbar.getByRole('menuitem', { name: 'Изображение PNG' }).click();
    const file = await download;
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }

  private async commit(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press('Enter');
  }
}

/** The card editor beside the map. */
export class CardEditorPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('card-editor');
  }

  stage(): Locator {
    return this.root.getByLabel('Стадия', { exact: true }).locator('option:checked');
  }

  lane(): Locator {
    return this.root.getByLabel('Дорожка', { exact: true }).locator('option:checked');
  }
}
