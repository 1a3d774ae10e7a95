import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../test/testDb';
import { emptyPlan, type ActionPlan } from '../domain/plan/plan';
import { addRow, newRow } from '../domain/plan/planEdits';
import { DelayedSaver } from './delayedSaver';
import { getPlan, savePlan } from './planRepository';
import { DamagedRecordError } from './records/validRecords';
import type { SaveStatus } from './variantSaver';

const database = databasePerTest();
const hour = 60 * 60 * 1000;

/** The plan page's saver: a damaged stored plan is final. */
function saverFor(delayMs = hour) {
  const statuses: SaveStatus[] = [];
  const saved: ActionPlan[] = [];
  const saver = new DelayedSaver<ActionPlan>({
    store: async (plan) => void saved.push(await savePlan(database(), plan)),
    isFinal: (error) => error instanceof DamagedRecordError,
    status: (s) => statuses.push(s),
    delayMs,
    retryMs: hour,
  });
  return { saver, statuses, saved };
}

const withRow = (id: string) => addRow(newRow(id, 'legal', { action: id }))(emptyPlan('p', 'pr'));

describe('DelayedSaver, as the plan page uses it', () => {
  it('writes only the newest of the plans scheduled before a flush', async () => {
    const { saver, statuses, saved } = saverFor();
    saver.schedule(withRow('first'));
    saver.schedule(withRow('second'));
    expect(saver.hasPendingChanges).toBe(true);
    await saver.flush();
    expect((await getPlan(database(), 'p', 'pr')).rows.map((r) => r.action)).toEqual(['second']);
    expect(statuses).toEqual(['pending', 'pending', 'saving', 'saved']);
    expect(saved[0]?.updatedAt).toBeGreaterThan(0);
    expect(saver.hasPendingChanges).toBe(false);
  });

  it('keeps the plan after a failed write and writes it on the next flush', async () => {
    const { saver, statuses } = saverFor();
    const db = database();
    db.close();
    saver.schedule(withRow('kept'));
    await saver.flush();
    expect(statuses.at(-1)).toBe('error');
    expect(saver.hasPendingChanges).toBe(true);
    await db.open();
    await saver.flush();
    expect(statuses.at(-1)).toBe('saved');
    expect((await getPlan(db, 'p', 'pr')).rows.map((r) => r.action)).toEqual(['kept']);
    await saver.dispose();
  });

  it('stops, and writes nothing over a damaged stored plan', async () => {
    const { saver, statuses } = saverFor();
    await database().actionPlans.put({ processId: 'pr', projectId: 'p', rows: 'lost' } as never);
    saver.schedule(withRow('new'));
    await saver.flush();
    expect(statuses.at(-1)).toBe('conflict');
    expect(saver.unsaved?.rows.map((r) => r.action)).toEqual(['new']);
    saver.schedule(withRow('newer'));
    await saver.flush();
    expect(await database().actionPlans.get('pr')).toMatchObject({ rows: 'lost' });
  });
});
