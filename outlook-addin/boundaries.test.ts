// The add-in's own boundaries, checked on its source: Office.js is reached from office/ only,
// and the send script — loaded alone by classic Outlook's JavaScript-only runtime — pulls in no
// database code and none of the ledger.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsOf, listSources, reachableFrom, ROOT } from '../tests/arch/source-graph';

const ADDIN = join(ROOT, 'outlook-addin');
const OFFICE_GLOBALS = ['Office', 'OfficeRuntime'];

describe('Office.js is called from office/ only', () => {
  const outside = listSources(ADDIN).filter((file) => !file.startsWith(join(ADDIN, 'office') + '/') && !file.endsWith('.test.ts') && !file.endsWith('.test.tsx'));

  it('has sources to check', () => {
    expect(outside.length).toBeGreaterThan(10);
  });

  it.each(outside.map((file) => [relative(ROOT, file), file]))('%s touches no Office global', (_name, file) => {
    expect(factsOf(file, readFileSync(file, 'utf8')).globals.filter((name) => OFFICE_GLOBALS.includes(name))).toEqual([]);
  });
});

describe('the send script stays small', () => {
  it('reaches no database module and no ledger handler', () => {
    const reached = reachableFrom(join(ADDIN, 'launchevent/launchevent.ts'));
    const offenders = [...reached.values()].flatMap(({ file, via, facts }) => [
      ...facts.imports.filter((s) => /^(dexie|zod)$/.test(s)).map((s) => `${[...via, relative(ROOT, file)].join(' → ')} imports ${s}`),
      ...(relative(ROOT, file).startsWith('shared/ledger/') ? [`${[...via, relative(ROOT, file)].join(' → ')}`] : []),
    ]);
    expect(offenders).toEqual([]);
  });
});
