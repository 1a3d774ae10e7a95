import { expose } from 'comlink';
import { storedLintApi } from './storedLintApi';

// The checks off the main thread: a 3,000-node model takes the better part of a second to parse and lint.
expose(storedLintApi);
