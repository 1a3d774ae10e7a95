import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '../../../domain/plan/plan';
import { quarterKey, romanQuarter } from '../../../domain/plan/quarter';
import { cellCodes, cycleCell, deriveFromPlan, roadmapCodes, roadmapQuarters, setCell, toggleCode, type Roadmap, type RoadmapCode } from '../../../domain/plan/roadmap';
import type { Process } from '../../../domain/variant';
import { showInfo } from '../../ui/toastStore';

interface Props {
  roadmap: Roadmap;
  processes: Process[];
  plans: ReadonlyMap<string, ActionPlan>;
  update(change: (current: Roadmap) => Roadmap): void;
}

/**
 * Processes against the quarters of the period, each cell a button: a click moves it on through
 * empty → R → F → D, and from the keyboard the arrows move between cells (one cell is in the tab
 * order), R, F and D put a code in or take it out, Delete clears, Enter and Space move it on.
 */
export function RoadmapGrid({ roadmap, processes, plans, update }: Props) {
  const { t } = useTranslation();
  const quarters = roadmapQuarters(roadmap);
  const years = [...new Set(quarters.map((q) => q.year))];
  const [chosen, setFocus] = useState({ row: 0, column: 0 });
  // Within the grid as it is now (a process may have gone), so one cell is always in the tab order.
  const focus = { row: Math.min(chosen.row, processes.length - 1), column: Math.min(chosen.column, quarters.length - 1) };
  const cells = useRef(new Map<string, HTMLButtonElement>());

  const moveFocus = (row: number, column: number) => {
    const next = { row: Math.max(0, Math.min(processes.length - 1, row)), column: Math.max(0, Math.min(quarters.length - 1, column)) };
    setFocus(next);
    cells.current.get(`${next.row}:${next.column}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, row: number, column: number) => {
    const process = processes[row]!;
    const key = quarterKey(quarters[column]!);
    const letter = event.key.toUpperCase();
    const moves: Record<string, [number, number]> = { ArrowUp: [row - 1, column], ArrowDown: [row + 1, column], ArrowLeft: [row, column - 1], ArrowRight: [row, column + 1], Home: [row, 0], End: [row, quarters.length - 1] };
    const move = moves[event.key];
    if (move) moveFocus(...move);
    else if (roadmapCodes.includes(letter as RoadmapCode) && !event.ctrlKey && !event.metaKey && !event.altKey) update((current) => toggleCode(current, process.id, key, letter as RoadmapCode));
    else if (event.key === 'Delete' || event.key === 'Backspace') update((current) => setCell(current, process.id, key, []));
    else return;
    event.preventDefault();
  };

  const derive = (process: Process) => {
    const plan = plans.get(process.id);
    if (!plan || !deriveFromPlan(roadmap, plan)) return showInfo(t('roadmap.deriveNothing', { process: process.name }));
    update((current) => deriveFromPlan(current, plan) ?? current);
    showInfo(t('roadmap.derived', { process: process.name }));
  };

  const codesText = (codes: RoadmapCode[]) => (codes.length ? codes.map((code) => `${code} — ${t(`roadmap.code.${code}`)}`).join(', ') : t('roadmap.empty'));

  return (
    <div className="roadmap-wrap">
      <table className="roadmap" aria-label={t('roadmap.grid')}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('roadmap.process')}
            </th>
            {years.map((year) => (
              <th key={year} scope="colgroup" colSpan={4} className="roadmap__year">
                {year}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              <span className="visually-hidden">{t('roadmap.derive')}</span>
            </th>
          </tr>
          <tr>
            {quarters.map((q) => (
              <th key={quarterKey(q)} scope="col" className={q.quarter === 1 ? 'roadmap__quarter roadmap__quarter--first' : 'roadmap__quarter'}>
                {t('roadmap.quarter', { quarter: romanQuarter(q.quarter) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {processes.map((process, row) => (
            <tr key={process.id}>
              <th scope="row">{process.name}</th>
              {quarters.map((q, column) => {
                const key = quarterKey(q);
                const codes = cellCodes(roadmap, process.id, key);
                const focused = focus.row === row && focus.column === column;
                return (
                  <td key={key} className={q.quarter === 1 ? 'roadmap__cell roadmap__cell--first' : 'roadmap__cell'}>
                    <button
                      type="button"
                      ref={(element) => {
                        if (element) cells.current.set(`${row}:${column}`, element);
                        else cells.current.delete(`${row}:${column}`);
                      }}
                      className={`roadmap-code${codes.length ? ` roadmap-code--${codes.join('')}` : ''}`}
                      tabIndex={focused ? 0 : -1}
                      aria-label={`${t('roadmap.cellLabel', { process: process.name, quarter: romanQuarter(q.quarter), year: q.year })}: ${codesText(codes)}`}
                      data-cell={`${process.id}:${key}`}
                      onFocus={() => setFocus({ row, column })}
                      onClick={() => update((current) => cycleCell(current, process.id, key))}
                      onKeyDown={(event) => onKeyDown(event, row, column)}
                    >
                      {codes.join(' ')}
                    </button>
                  </td>
                );
              })}
              <td>
                <button type="button" className="link-button" title={t('roadmap.deriveHint')} aria-label={t('roadmap.deriveOf', { process: process.name })} onClick={() => derive(process)}>
                  {t('roadmap.derive')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
