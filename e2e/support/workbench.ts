import { expect, type Locator, type Page } from '@playwright/test';

/** The workbench as a user sees it: intent-named steps, so specs read as user stories. */
export class Workbench {
  constructor(readonly page: Page) {}

  async open(hash = '/'): Promise<void> {
    await this.page.goto(`/#${hash}`);
    await expect(this.page.locator('.app-header')).toBeVisible();
  }

  async createProject(name: string, service = 'Выдача справки'): Promise<void> {
    await this.page.getByRole('button', { name: 'Новый проект' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Название проекта').fill(name);
    await dialog.getByLabel('Государственная услуга').fill(service);
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(this.page.locator('.project-header h1')).toHaveText(name);
  }

  async addProcess(): Promise<void> {
    await this.page.getByRole('button', { name: 'Добавить процесс' }).click();
    await expect(this.canvas('asIs').locator('.djs-element[data-element-id="StartEvent_1"]')).toBeVisible();
  }

  /** A new project with one process whose as-is has one stored task: where most stories start. */
  async newProcessWithTask(project: string, task: string): Promise<void> {
    await this.open();
    await this.createProject(project);
    await this.addProcess();
    await this.appendTaskToStart(task);
    await this.waitSaved();
  }

  /** Opens a sample project from the start page; `which` is part of its name ("рождени", "судимост"). */
  async openSample(which: string): Promise<void> {
    await this.open();
    await this.page.locator('.sample-card').filter({ hasText: which }).getByRole('button', { name: 'Открыть пример' }).click();
    await expect(this.page.locator('.project-header h1')).toContainText(which);
  }

  canvas(kind: 'asIs' | 'toBe' | 'optimal'): Locator {
    return this.page.getByTestId(`canvas-${kind}`);
  }

  saveStatus(kind: 'asIs' | 'toBe' | 'optimal' = 'asIs'): Locator {
    return this.page.locator(`.variant-canvas[data-variant="${kind}"]`).getByTestId('save-status');
  }

  /** Appends a task to an element (the new diagram's start event by default) through the context pad and names it. */
  async appendTaskToStart(name: string, kind: 'asIs' | 'toBe' | 'optimal' = 'asIs', from = 'StartEvent_1'): Promise<void> {
    const canvas = this.canvas(kind);
    const pane = this.page.locator(`.variant-canvas[data-variant="${kind}"]`);
    // Fit, then one step out, so the context pad of an element at the edge stays inside the canvas.
    await pane.getByRole('button', { name: 'Вписать в окно' }).click();
    await pane.getByRole('button', { name: 'Уменьшить' }).click();
    await canvas.locator(`.djs-element[data-element-id="${from}"]`).click();
    await canvas.locator('.djs-context-pad .entry[data-action="append.append-task"]').click();
    const editor = canvas.locator('.djs-direct-editing-content');
    await expect(editor).toBeVisible();
    await editor.fill(name);
    await editor.press('Enter');
    await expect(this.taskNamed(name, kind)).toBeVisible();
  }

  /** Renames a task on the canvas by typing its label (one edit). */
  async renameTask(name: string, to: string, kind: 'asIs' | 'toBe' | 'optimal' = 'asIs'): Promise<void> {
    await this.taskNamed(name, kind).dblclick();
    const editor = this.canvas(kind).locator('.djs-direct-editing-content');
    await expect(editor).toBeVisible();
    await editor.fill(to);
    await editor.press('Enter');
  }

  /** Drops a file from the desktop on the canvas, as a user drags one from a folder. */
  async dropOnCanvas(fileName: string, text: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ fileName, text }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], fileName, { type: 'application/xml' }));
        return dt;
      },
      { fileName, text },
    );
    await this.page.locator('.canvas-drop').dispatchEvent('drop', { dataTransfer: transfer });
  }

  /**
   * What of the drawn diagram lies outside the canvas or under its palette or minimap button, as
   * "element-id: palette|minimap|outside"; empty when «Вписать в окно» framed it well.
   */
  async coveredShapes(kind: 'asIs' | 'toBe' | 'optimal' = 'asIs'): Promise<string[]> {
    return this.canvas(kind).evaluate((canvas) => {
      const rect = (selector: string) => canvas.querySelector(selector)?.getBoundingClientRect();
      const [palette, minimap, frame] = [rect('.djs-palette'), rect('.djs-minimap'), canvas.getBoundingClientRect()];
      const overlaps = (a: DOMRect, b: DOMRect | undefined) => b !== undefined && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...canvas.querySelectorAll('.djs-element:not(.djs-root) > .djs-visual')].flatMap((visual) => {
        const box = visual.getBoundingClientRect();
        const id = visual.parentElement!.getAttribute('data-element-id');
        if (box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom) return [`${id}: outside`];
        if (overlaps(box, palette)) return [`${id}: palette`];
        return overlaps(box, minimap) ? [`${id}: minimap`] : [];
      });
    });
  }

  taskNamed(name: string, kind: 'asIs' | 'toBe' | 'optimal' = 'asIs'): Locator {
    return this.canvas(kind).locator('.djs-element.djs-shape').filter({ hasText: name });
  }

  async waitSaved(kind: 'asIs' | 'toBe' | 'optimal' = 'asIs'): Promise<void> {
    await expect(this.saveStatus(kind)).toHaveAccessibleName('Сохранено');
  }

  async selectVariantTab(label: string): Promise<void> {
    await this.page.getByRole('tab', { name: label }).click();
  }

  async chooseFile(buttonName: string, file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: buttonName }).first().click();
    await (await chooser).setFiles(file);
  }

  async selectElementNamed(name: string, kind: 'asIs' | 'toBe' | 'optimal' = 'asIs'): Promise<void> {
    // diagram-js swallows the first click after a connect or drag ends; a user simply clicks again. A click on the
    // only selected element deselects it (diagram-js's SelectionBehavior), so one selected already, as a task just
    // appended and named is, is left selected.
    await expect(async () => {
      const shape = this.taskNamed(name, kind).first();
      if (!(await shape.evaluate((element) => element.classList.contains('selected')))) await shape.click();
      await expect(this.page.locator(`.variant-canvas[data-variant="${kind}"]`).getByTestId('step-panel')).toContainText(name, { timeout: 1000 });
    }).toPass();
  }

  async openDictionary(): Promise<void> {
    await this.page.getByRole('link', { name: 'Словарь проекта' }).click();
    await expect(this.page.getByRole('heading', { name: 'Словарь проекта' })).toBeVisible();
  }

  async exportBpmnTo(path: string): Promise<void> {
    await this.page.getByText('Экспорт', { exact: true }).first().click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: 'BPMN 2.0 XML (.bpmn)' }).first().click();
    await (await download).saveAs(path);
  }

  toast(): Locator {
    return this.page.locator('.toast').last();
  }

  /** What the app last told screen readers (routine success is said there, not in a toast). */
  announcement(): Locator {
    return this.page.getByTestId('announcer');
  }

  processLink(name: string): Locator {
    return this.page.locator('.process-list').getByRole('link', { name, exact: true });
  }

  private processRow(name: string): Locator {
    return this.page.locator('.process-list > ul > li').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async renameProcess(from: string, to: string): Promise<void> {
    await this.processRow(from).getByRole('button', { name: 'Переименовать' }).click();
    const input = this.page.locator('.process-list').getByLabel('Название бизнес-процесса');
    await input.fill(to);
    await input.press('Enter');
    await expect(this.processLink(to)).toBeVisible();
  }

  /** "Delete" on a process: it goes to the project's trash at once, with an undo toast. */
  async trashProcess(name: string): Promise<void> {
    await this.processRow(name).getByRole('button', { name: 'Удалить' }).click();
    await expect(this.processLink(name)).toHaveCount(0);
  }

  processTrash(): Locator {
    return this.page.locator('.process-list details.trash');
  }

  async openProcessTrash(): Promise<void> {
    const trash = this.processTrash();
    if ((await trash.getAttribute('open')) === null) await trash.locator('summary').click();
  }

  processTrashRow(name: string): Locator {
    return this.processTrash().getByTestId('trash-row').filter({ hasText: name });
  }

  /**
   * Changes the status of a variant or the plan ("Как будет", "План мероприятий") from its tab,
   * giving what the dialog asks: the plan's date, the reason to set back what is approved, the
   * user's name the first time.
   */
  async setStatus(subject: string, status: string, answers: StatusAnswers = {}): Promise<void> {
    await this.page.getByRole('button', { name: `Изменить статус: ${subject}` }).click();
    await this.page.getByRole('dialog', { name: `Изменить статус: ${subject}` }).getByRole('radio', { name: status, exact: true }).check();
    await this.answerStatusDialog(subject, answers);
  }

  /** "Set back to draft" on an approved variant or plan, with the reason. */
  async setBackToDraft(subject: string, answers: StatusAnswers): Promise<void> {
    await this.page.getByRole('button', { name: 'Вернуть в черновик…' }).click();
    await this.answerStatusDialog(subject, answers);
  }

  statusDialog(subject: string): Locator {
    return this.page.getByRole('dialog', { name: `Изменить статус: ${subject}` });
  }

  private async answerStatusDialog(subject: string, { date, reason, who }: StatusAnswers): Promise<void> {
    const dialog = this.statusDialog(subject);
    if (date) await dialog.getByLabel(/^Дата/).fill(date);
    if (reason) await dialog.getByLabel(/^Причина изменения/).fill(reason);
    if (who) await dialog.getByLabel('Кто изменяет статус').fill(who);
    await dialog.getByRole('button', { name: 'Изменить статус' }).click();
    await expect(dialog).toBeHidden();
  }
}

export interface StatusAnswers {
  date?: string;
  reason?: string;
  who?: string;
}

/** The step data panel beside the canvas. */
export class StepPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    // Kept editors keep their panels, hidden (aria-hidden) under the shown ones.
    this.root = page.locator('.pane:not([aria-hidden])').getByTestId('step-panel').first();
  }

  async text(label: string, value: string): Promise<void> {
    const input = this.root.getByLabel(label, { exact: true });
    await input.fill(value);
    await input.press('Enter');
  }

  async choose(label: string, option: string): Promise<void> {
    await this.root.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async check(label: string): Promise<void> {
    await this.root.getByLabel(label, { exact: true }).check();
  }

  uses(kind: 'document-use' | 'field-use' | 'system-use'): Locator {
    return this.root.getByTestId(kind);
  }

  async addDocument(name: string): Promise<void> {
    await this.add('Документ', name, 'document-use');
  }

  async addField(name: string): Promise<void> {
    await this.add('Поле', name, 'field-use');
  }

  private async add(label: string, name: string, kind: 'document-use' | 'field-use'): Promise<void> {
    const before = await this.uses(kind).count();
    await this.text(label, name);
    await expect(this.uses(kind)).toHaveCount(before + 1);
  }

  async expectData(expected: { role: string; documents: string[]; fields: string[] }): Promise<void> {
    await expect(this.root.getByLabel('Бизнес-роль исполнителя', { exact: true })).toHaveValue(expected.role);
    await expect(this.uses('document-use').locator('strong')).toHaveText(expected.documents);
    await expect(this.uses('field-use').locator('strong')).toHaveText(expected.fields);
  }
}
