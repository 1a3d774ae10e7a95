export { diffMarkerClass, markDiff } from './diffMarkers';
export { centreOn, elementInfo, neighbourIds, selectOnly } from './navigate';
