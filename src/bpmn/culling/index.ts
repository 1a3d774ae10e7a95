import ViewportCulling from './ViewportCulling';
import './culling.css';

export { default as ViewportCulling, shownAreaChangedEvent } from './ViewportCulling';

/** Elements far from the view are left out of the page's rendering (ViewportCulling). */
export const viewportCullingModule = {
  __init__: ['viewportCulling'],
  viewportCulling: ['type', ViewportCulling],
};
