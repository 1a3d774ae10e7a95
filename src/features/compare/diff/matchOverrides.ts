import type { MatchOverride } from '../../../domain/diff/matchSteps';

/**
 * The user's corrections with one more in force. It replaces whatever was said before about the
 * same old step, and any pairing of another old step with the same new one, so the saved list
 * never holds two words on one step.
 */
export function withOverride(overrides: readonly MatchOverride[], override: MatchOverride): MatchOverride[] {
  const superseded = (earlier: MatchOverride) => earlier.oldId === override.oldId || (override.newId !== null && earlier.newId === override.newId);
  return [...overrides.filter((earlier) => !superseded(earlier)), override];
}

const ownGroups = new Set(['bpmn:Lane', 'bpmn:Participant', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/**
 * What an element may be paired with by hand: any step, event or gateway with another (the user
 * knows when a task became an event), but a lane only with a lane, a pool with a pool, data with
 * data of its kind. matchSteps takes the user's word, so the choice is narrowed here.
 */
export function matchGroup(type: string): string {
  return ownGroups.has(type) ? type : 'flowNode';
}
