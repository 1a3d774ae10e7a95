import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/plan/calendar/isoDate';
import { completionForms, effectiveStatus, groupRows, rowStatuses, type ActionPlan, type CompletionForm, type NumberedRow, type PlanRow, type PlanSection, type RowStatus } from '../../domain/plan/plan';
import { moveRow, moveRowTo, newRow, removeRow, restoreRow, updateRow, type PlanEdit } from '../../domain/plan/planEdits';
import { rowBacking, type ProposedAction } from '../../domain/plan/proposals';
import { CommitInput } from '../ui/CommitInput';
import { showInfo } from '../ui/toastStore';
import { DeadlineInput } from './DeadlineInput';
import { itemList } from './proposalText';

interface Props {
  plan: ActionPlan;
  /** The comparison's current proposals, to flag rows whose reason is gone; null while unknown. */
  proposals: readonly ProposedAction[] | null;
  today: IsoDate;
  apply(edit: PlanEdit): void;
}

const columns = ['number', 'action', 'responsible', 'deadline', 'completionForm', 'expectedResult', 'status', 'actions'] as const;
const rowMime = 'application/x-plan-row';

/**
 * The plan as the form of Appendix 3 lays it out: the five headings, each with its rows, every cell
 * editable in place. Rows move by their handle (drag and drop, to any place under any heading) or
 * with Alt+↑ / Alt+↓ from any control of the row; the control keeps the focus.
 */
export function PlanTable({ plan, proposals, today, apply }: Props) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<string | null>(null);
  const groups = groupRows(plan.rows);

  const add = (section: PlanSection) => apply((current) => ({ ...current, rows: [...current.rows, newRow(crypto.randomUUID(), section)] }));

  const keepFocus = (edit: PlanEdit) => {
    const focused = document.activeElement as HTMLElement | null;
    apply(edit);
    requestAnimationFrame(() => focused?.isConnected && document.activeElement !== focused && focused.focus());
  };

  const drop = (event: DragEvent, section: PlanSection, before: PlanRow | null) => {
    const id = event.dataTransfer.getData(rowMime) || dragged;
    setDragged(null);
    if (!id) return;
    event.preventDefault();
    const siblings = plan.rows.filter((row) => row.section === section);
    const from = siblings.findIndex((row) => row.id === id);
    const rest = siblings.filter((row) => row.id !== id);
    // Dropped on a row: the moved row takes its place, as a swap would.
    const target = before ? rest.indexOf(before) + (from !== -1 && from <= siblings.indexOf(before) ? 1 : 0) : rest.length;
    apply(moveRowTo(id, section, target));
  };

  return (
    <table className="plan-table" aria-label={t('plan.table')}>
      <colgroup>
        {columns.map((column) => (
          <col key={column} className={`plan-table__col--${column}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`plan.column.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.section} data-section={group.section}>
          <tr className="plan-table__section" onDragOver={(e) => dragged && e.preventDefault()} onDrop={(e) => drop(e, group.section, null)}>
            <th scope="colgroup" colSpan={columns.length}>
              <span>
                {group.number}. {t(`plan.section.${group.section}`)}
              </span>
              <button type="button" className="link-button" aria-label={t('plan.addRowTo', { section: t(`plan.section.${group.section}`) })} onClick={() => add(group.section)}>
                + {t('plan.addRow')}
              </button>
            </th>
          </tr>
          {group.rows.length === 0 && (
            <tr className="plan-table__empty">
              <td colSpan={columns.length}>{t('plan.emptySection')}</td>
            </tr>
          )}
          {group.rows.map((numbered) => (
            <PlanRowView
              key={numbered.row.id}
              numbered={numbered}
              status={effectiveStatus(numbered.row, today)}
              proposals={proposals}
              dragging={dragged === numbered.row.id}
              apply={apply}
              onMove={(offset) => keepFocus(moveRow(numbered.row.id, offset))}
              onRemove={() => {
                // No confirmation: the toast puts the row back where it was, whatever was edited since.
                const index = plan.rows.indexOf(numbered.row);
                apply(removeRow(numbered.row.id));
                showInfo(t('plan.removed', { number: numbered.number }), { action: { label: t('app.undo'), run: () => apply(restoreRow(numbered.row, index)) } });
              }}
              onDragStart={(event) => {
                event.dataTransfer.setData(rowMime, numbered.row.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragged(numbered.row.id);
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(event) => dragged && event.preventDefault()}
              onDrop={(event) => drop(event, group.section, numbered.row)}
            />
          ))}
        </tbody>
      ))}
    </table>
  );
}

interface RowProps {
  numbered: NumberedRow;
  status: RowStatus;
  proposals: readonly ProposedAction[] | null;
  dragging: boolean;
  apply(edit: PlanEdit): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
  onDragStart(event: DragEvent): void;
  onDragEnd(): void;
  onDragOver(event: DragEvent): void;
  onDrop(event: DragEvent): void;
}

function PlanRowView({ numbered, status, proposals, dragging, apply, onMove, onRemove, onDragStart, onDragEnd, onDragOver, onDrop }: RowProps) {
  const { t } = useTranslation();
  const { row, number } = numbered;
  const set = (patch: Partial<Omit<PlanRow, 'id'>>) => apply(updateRow(row.id, patch));
  const label = (field: string) => t('plan.fieldOf', { field, number });
  const backing = proposals ? rowBacking(row, proposals) : null;
  const overdueByDate = status === 'overdue' && row.status !== 'overdue';

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <tr
      className={['plan-row', dragging && 'plan-row--dragging', backing?.state === 'gone' && 'plan-row--gone'].filter(Boolean).join(' ')}
      data-row-id={row.id}
      aria-label={t('plan.rowLabel', { number })}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <td className="plan-row__number">
        <span className="drag-handle" draggable title={t('plan.dragOf', { number })} aria-hidden="true" onDragStart={onDragStart} onDragEnd={onDragEnd}>
          ⠿
        </span>
        {number}
      </td>
      <td>
        <CommitInput multiline aria-label={label(t('plan.column.action'))} value={row.action} onCommit={(action) => set({ action })} />
        {backing && row.source && (backing.state === 'partly' || backing.state === 'gone') && (
          <p className={`backing backing--${backing.state}`} role="status">
            <strong>{t(`plan.backing.${backing.state}Badge`)}</strong> {t(`plan.backing.${backing.state}`, { list: itemList(backing.gone, t) })}
          </p>
        )}
        {backing?.state === 'backed' && row.source && (
          <details className="backing">
            <summary>{t('plan.backing.fromSummary', { count: row.source.items.length })}</summary>
            {itemList(row.source.items, t)}
          </details>
        )}
      </td>
      <td>
        <CommitInput aria-label={label(t('plan.responsibleUnit'))} placeholder={t('plan.responsibleUnit')} value={row.responsibleUnit} onCommit={(responsibleUnit) => set({ responsibleUnit })} />
        <CommitInput aria-label={label(t('plan.responsiblePerson'))} placeholder={t('plan.responsiblePerson')} value={row.responsiblePerson} onCommit={(responsiblePerson) => set({ responsiblePerson })} />
      </td>
      <td>
        <DeadlineInput value={row.deadline} label={number} onChange={(deadline) => set({ deadline })} />
      </td>
      <td>
        <select aria-label={label(t('plan.column.completionForm'))} value={row.completionForm ?? ''} onChange={(e) => set({ completionForm: (e.target.value || null) as CompletionForm | null })}>
          <option value="">{t('plan.form.none')}</option>
          {completionForms.map((form) => (
            <option key={form} value={form}>
              {t(`plan.form.${form}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CommitInput multiline aria-label={label(t('plan.column.expectedResult'))} value={row.expectedResult} onCommit={(expectedResult) => set({ expectedResult })} />
      </td>
      <td>
        <select className={`status-select status-select--${status}`} aria-label={label(t('plan.column.status'))} value={row.status} onChange={(e) => set({ status: e.target.value as RowStatus })}>
          {rowStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`plan.status.${value}`)}
            </option>
          ))}
        </select>
        {overdueByDate && <p className="overdue-note">{t('plan.overdueByDeadline')}</p>}
      </td>
      <td className="plan-row__actions">
        <button type="button" className="icon-button" title={t('plan.moveUp')} aria-label={t('plan.moveUpOf', { number })} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="icon-button" title={t('plan.moveDown')} aria-label={t('plan.moveDownOf', { number })} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="icon-button danger" aria-label={t('plan.removeOf', { number })} onClick={onRemove}>
          ×
        </button>
      </td>
    </tr>
  );
}
