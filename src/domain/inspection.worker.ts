import { expose } from 'comlink';
import { inspectionApi } from './inspectionApi';

// The import's checks off the main thread: parsing and checking a 3 MB file takes the better part of a second.
expose(inspectionApi);
