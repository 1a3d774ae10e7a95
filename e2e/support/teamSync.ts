import { expect, type Page } from '@playwright/test';

/** The team-sync steps of one laptop, as a user takes them (issue 14). */
export class TeamSync {
  constructor(readonly page: Page) {}

  status() {
    return this.page.getByTestId('sync-indicator').getByRole('status');
  }

  /** Shares the open project with the token's team; returns the project code to give colleagues. */
  async share(server: string, token: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Совместная работа' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Совместная работа над проектом' });
    await dialog.getByLabel('Адрес сервера синхронизации').fill(server);
    await dialog.getByLabel('Ваш токен доступа').fill(token);
    await dialog.getByRole('button', { name: 'Передать проект команде' }).click();
    const code = (await dialog.getByTestId('project-code').textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    return code;
  }

  /** Opens, from the start page, a project a colleague shared. */
  async openShared(server: string, token: string, code: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Открыть общий проект' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Открыть общий проект' });
    await dialog.getByLabel('Адрес сервера синхронизации').fill(server);
    await dialog.getByLabel('Ваш токен доступа').fill(token);
    await dialog.getByLabel('Код проекта').fill(code);
    await dialog.getByRole('button', { name: 'Открыть', exact: true }).click();
    await expect(this.page.locator('.project-header h1')).toBeVisible({ timeout: 20_000 });
  }

  async expectStatus(text: string | RegExp): Promise<void> {
    await expect(this.status()).toContainText(text, { timeout: 20_000 });
  }
}
