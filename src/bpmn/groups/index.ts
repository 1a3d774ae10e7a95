import CategoryRefsWithoutGroups from './CategoryRefsWithoutGroups';

/** Spares a diagram without groups bpmn-js's search for them after every edit. */
export const categoryRefsWithoutGroupsModule = {
  __init__: ['categoryRefsWithoutGroups'],
  categoryRefsWithoutGroups: ['type', CategoryRefsWithoutGroups],
};
