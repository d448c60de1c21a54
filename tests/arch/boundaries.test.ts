// The boundaries DESIGN.md makes firm, checked on the real source tree.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsOf, listSources, reachableFrom, ROOT } from './source-graph';

const HOST_MODULE = /^(wxt(\/.*)?|#imports|webextension-polyfill|@wxt-dev\/.*|office-js|@microsoft\/office-js)$/;
const HOST_GLOBALS = ['browser', 'chrome', 'Office', 'OfficeRuntime'];
const STORAGE_MODULE = /^(dexie|dexie-react-hooks|fake-indexeddb(\/.*)?|idb)$/;

function hostApiUses(file: string, text: string): string[] {
  const facts = factsOf(file, text);
  return [
    ...facts.imports.filter((s) => HOST_MODULE.test(s)).map((s) => `imports ${s}`),
    ...facts.globals.filter((g) => HOST_GLOBALS.includes(g)).map((g) => `uses ${g}`),
  ];
}

function storageUses(facts: ReturnType<typeof factsOf>): string[] {
  return [
    ...facts.imports.filter((s) => STORAGE_MODULE.test(s)).map((s) => `imports ${s}`),
    ...facts.globals.filter((g) => g === 'indexedDB' || g === 'IDBFactory').map((g) => `uses ${g}`),
  ];
}

describe('the checker itself', () => {
  it.each([
    ["import { browser } from 'wxt/browser';", ['imports wxt/browser']],
    ["import { defineBackground } from '#imports';", ['imports #imports']],
    ['chrome.runtime.sendMessage({});', ['uses chrome']],
    ['const x = Office.context.mailbox;', ['uses Office']],
    ["const m = await import('wxt/utils/storage');", ['imports wxt/utils/storage']],
    ['type T = Office.MessageRead; const a: T | null = null;', []],
    ['const settings = { chrome: true }; settings.chrome;', []],
    ["import { z } from 'zod';", []],
  ])('%s → %j', (code, expected) => {
    expect(hostApiUses('x.ts', code)).toEqual(expected);
  });

  it.each([
    ["import Dexie from 'dexie';", ['imports dexie']],
    ['const r = indexedDB.open("x");', ['uses indexedDB']],
    ['const r = globalThis.indexedDB;', []],
    ["import type { Table } from 'dexie';", []],
  ])('storage: %s → %j', (code, expected) => {
    expect(storageUses(factsOf('x.ts', code))).toEqual(expected);
  });
});

describe('shared/ is host-free', () => {
  const files = listSources(join(ROOT, 'shared'));

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports no host API', (_name, file) => {
    expect(hostApiUses(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('content scripts never open IndexedDB', () => {
  // A database opened in a content script belongs to the page's origin (mail.google.com), where the page can read it.
  const entrypoints = listSources(join(ROOT, 'extension', 'entrypoints')).filter((f) =>
    /defineContentScript\s*\(/.test(readFileSync(f, 'utf8')),
  );

  it.each(entrypoints.map((f) => [relative(ROOT, f), f]))('%s reaches no storage module', (_name, entry) => {
    const offenders: string[] = [];
    for (const { file, via, facts } of reachableFrom(entry).values()) {
      for (const use of storageUses(facts)) offenders.push(`${[...via, relative(ROOT, file)].join(' → ')} ${use}`);
    }
    expect(offenders).toEqual([]);
  });

  it('would notice a content script that reaches the database through an import chain', () => {
    const fakeTree: Record<string, string> = {
      [join(ROOT, 'extension/entrypoints/fake.content.ts')]: "import { x } from '../fake-lib';",
      [join(ROOT, 'extension/fake-lib.ts')]: "import { db } from '@/fake-db'; export const x = db;",
      [join(ROOT, 'extension/fake-db.ts')]: "import Dexie from 'dexie'; export const db = new Dexie('a');",
    };
    const reached = reachableFrom(join(ROOT, 'extension/entrypoints/fake.content.ts'), {
      read: (f) => fakeTree[f] ?? '',
      isFile: (f) => f in fakeTree,
    });
    const offenders = [...reached.values()].flatMap((r) => storageUses(r.facts).map((u) => [...r.via, u].join(' → ')));
    expect(offenders).toEqual(['extension/entrypoints/fake.content.ts → extension/fake-lib.ts → imports dexie']);
  });
});
