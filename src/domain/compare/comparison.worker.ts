import { expose } from 'comlink';
import { comparisonApi } from './comparisonApi';

// The comparison off the main thread: the page asks, this worker parses, counts and diffs.
expose(comparisonApi);
