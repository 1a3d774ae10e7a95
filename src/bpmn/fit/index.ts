import FitView from './FitView';

export { default as FitView } from './FitView';

/** `fitView.fit()`: the toolbar's and the first draw's fit, inside the area the canvas's controls leave free. */
export const fitViewModule = {
  fitView: ['type', FitView],
};
