// Unit tests run in Node; IndexedDB comes from fake-indexeddb there (e2e tests use Chromium's real one).
import 'fake-indexeddb/auto';
