import type { DictionaryEntry, ExecutorSide, RoleEntry } from '../dictionary/dictionary';
import type { VariantFacts } from './facts';

/**
 * Whose staff does each step, from the dictionary's business roles and their side. In order:
 * - the step's executor role is a role's name: that role's side;
 * - the step's unit is a role's unit: the side of the roles of that unit;
 * - the step's lane is named as a role or its unit: that side; else the side most of the lane's
 *   other steps have by the first two rules (ties: the first in the diagram), else the parent lane's.
 * Names match ignoring case and repeated spaces. A step none of these reach has no side: the
 * forms then say it was not classified rather than guess.
 */
export function stepSides(facts: VariantFacts, dictionary: readonly DictionaryEntry[]): Map<string, ExecutorSide> {
  const roles = dictionary.filter((entry): entry is RoleEntry & { side: ExecutorSide } => entry.kind === 'role' && entry.side !== '');
  const byName = new Map<string, ExecutorSide>();
  const byUnit = new Map<string, ExecutorSide>();
  for (const role of roles) {
    if (!byName.has(key(role.name))) byName.set(key(role.name), role.side);
    if (role.unit && !byUnit.has(key(role.unit))) byUnit.set(key(role.unit), role.side);
  }
  const direct = new Map<string, ExecutorSide>();
  for (const step of facts.steps) {
    const side = (step.data?.executorRole && byName.get(key(step.data.executorRole))) || (step.data?.unit && byUnit.get(key(step.data.unit)));
    if (side) direct.set(step.id, side);
  }

  const laneSide = new Map<string, ExecutorSide | undefined>();
  const lanes = new Map(facts.lanes.map((lane) => [lane.id, lane]));
  const sideOfLane = (laneId: string): ExecutorSide | undefined => {
    if (laneSide.has(laneId)) return laneSide.get(laneId);
    laneSide.set(laneId, undefined); // a lane that names itself as its parent must not recurse forever
    const lane = lanes.get(laneId);
    const named = lane && (byName.get(key(lane.name)) ?? byUnit.get(key(lane.name)));
    const side = named ?? mostCommon(facts.steps.filter((step) => step.laneId === laneId).flatMap((step) => direct.get(step.id) ?? [])) ?? (lane?.parentLaneId ? sideOfLane(lane.parentLaneId) : undefined);
    laneSide.set(laneId, side);
    return side;
  };

  const sides = new Map<string, ExecutorSide>();
  for (const step of facts.steps) {
    const side = direct.get(step.id) ?? (step.laneId ? sideOfLane(step.laneId) : undefined);
    if (side) sides.set(step.id, side);
  }
  return sides;
}

function key(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function mostCommon(sides: ExecutorSide[]): ExecutorSide | undefined {
  const counts = new Map<ExecutorSide, number>();
  sides.forEach((side) => counts.set(side, (counts.get(side) ?? 0) + 1));
  let best: ExecutorSide | undefined;
  for (const [side, count] of counts) if (best === undefined || count > counts.get(best)!) best = side;
  return best;
}
