// Unit tests run the real Dexie code against an in-memory IndexedDB.
import 'fake-indexeddb/auto';
