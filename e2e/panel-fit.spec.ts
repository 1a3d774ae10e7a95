import { expect, test, type Page } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

/** The options of the step panel's lists whose text is wider than the list shows (measured in the list's own font). */
async function cutOptions(page: Page): Promise<string[]> {
  return page.getByTestId('step-panel').evaluate((panel) => {
    const context = document.createElement('canvas').getContext('2d')!;
    return [...panel.querySelectorAll('select')].flatMap((select) => {
      const style = getComputedStyle(select);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // The list shows its text between its padding and the arrow (about 20 px).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return [...select.options].filter((option) => context.measureText(option.text).width > room).map((option) => `${select.getAttribute('aria-label')}: ${option.text}`);
    });
  });
}

test('every choice in the step panel fits its list in Russian, Kazakh and English', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const app = new Workbench(page);
  await app.newProcessWithTask('Ширина списков', 'Принять заявление');
  await app.selectElementNamed('Принять заявление');
  const panel = new StepPanel(page);
  await panel.addDocument('Заявление');
  await panel.addField('ИИН');
  await panel.uses('field-use').first().getByLabel('Заполнение').selectOption('system');
  await app.waitSaved();
  for (const [language, label] of [['ru', 'Язык интерфейса'], ['kk', 'Язык интерфейса'], ['en', 'Интерфейс тілі']] as const) {
    if (language !== 'ru') await page.getByLabel(label).selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await app.selectElementNamed('Принять заявление');
    const folded = panel.root.locator('.use-row details:not([open]) > summary');
    while ((await folded.count()) > 0) await folded.first().click();
    expect(await cutOptions(page), language).toEqual([]);
  }
});
