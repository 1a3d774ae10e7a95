import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('after a save the checks read the stored diagram themselves: the page sends their worker no copy of it', async ({ page }) => {
  // Every message the page posts to a worker, as text (comlink's messages are plain data).
  await page.addInitScript(() => {
    const sent: string[] = ((window as unknown as { __workerMessages: string[] }).__workerMessages = []);
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      sent.push(JSON.stringify(message));
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof Worker.prototype.postMessage;
  });
  const app = new Workbench(page);
  await app.newProcessWithTask('Проверки без копии', 'Принять заявление');
  const messages = () => page.evaluate(() => (window as unknown as { __workerMessages: string[] }).__workerMessages.slice());
  const before = (await messages()).length;

  await app.renameTask('Принять заявление', 'Проверить комплектность документов');
  await app.waitSaved();
  // The checks ran on the renamed step: its problem chip says the step has no executor.
  await expect(app.canvas('asIs').locator('.rw-lint-chip').first()).toBeVisible();
  await expect.poll(async () => (await messages()).slice(before).filter((m) => m.includes('lintStored')).length).toBeGreaterThan(0);
  const afterSave = (await messages()).slice(before);
  expect(afterSave.filter((m) => m.includes('lintXml'))).toEqual([]);
  expect(afterSave.filter((m) => m.includes('Проверить комплектность документов'))).toEqual([]);
});
