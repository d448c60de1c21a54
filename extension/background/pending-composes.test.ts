import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSendOf,
  MAX_PENDING_COMPOSES,
  PENDING_COMPOSE_KEY_PREFIX,
  PENDING_COMPOSE_TTL_MS,
  pendingComposes,
  type StorageAreaLike,
} from './pending-composes';
import { ANA_COMPOSE as ANA } from './test-composes';

const T0 = Date.parse('2026-03-02T10:00:00.000Z');

/** A storage area in memory, as the browser's behaves: values are copied in and out. */
function memoryArea(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async () => Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)])),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of [keys].flat()) data.delete(k);
    },
  };
}

function store(area = memoryArea()) {
  const clock = { ms: T0 };
  let n = 0;
  const composes = pendingComposes({ area: () => area, now: () => clock.ms, newId: () => `id${++n}` });
  return { area, clock, composes };
}


describe('isSendOf', () => {
  it.each<[string, { to: string[]; subject?: string }, boolean]>([
    ['the same recipient and subject', { to: ['ana@x.es'], subject: 'Factura F-1 vencida' }, true],
    ['with someone in copy', { to: ['gestoria@x.es', 'ana@x.es'], subject: 'Factura F-1 vencida' }, true],
    ['the address in other case, the subject with other spacing', { to: ['Ana@X.es'], subject: '  Factura  F-1 vencida ' }, true],
    ['another recipient', { to: ['bea@x.es'], subject: 'Factura F-1 vencida' }, false],
    ['another subject', { to: ['ana@x.es'], subject: 'Re: Factura F-1 vencida' }, false],
    ['no subject', { to: ['ana@x.es'] }, false],
  ])('%s → %s', (_label, sent, expected) => {
    expect(isSendOf(ANA, sent)).toBe(expected);
  });
});

describe('pendingComposes', () => {
  it('finds the compose a send came from until it is forgotten', async () => {
    const { composes } = store();
    await composes.remember(ANA);
    const found = await composes.find({ to: ['ana@x.es'], subject: 'Factura F-1 vencida' });
    expect(found?.compose).toEqual({ ...ANA, createdAt: T0, expiresAt: T0 + PENDING_COMPOSE_TTL_MS });
    expect(found?.key).toBe(`${PENDING_COMPOSE_KEY_PREFIX}id1`);
    // Found again (a retry, a second tab) until the send is logged and the note forgotten.
    expect((await composes.find({ to: ['ana@x.es'], subject: 'Factura F-1 vencida' }))?.key).toBe(found?.key);
    await composes.forget(found!.key);
    expect(await composes.find({ to: ['ana@x.es'], subject: 'Factura F-1 vencida' })).toBeNull();
  });

  it('does not take a send for a compose that has expired, and clears it away', async () => {
    const { area, clock, composes } = store();
    await composes.remember(ANA);
    clock.ms += PENDING_COMPOSE_TTL_MS - 1;
    expect(await composes.find({ to: ['ana@x.es'], subject: ANA.subject })).not.toBeNull();
    clock.ms += 1;
    expect(await composes.find({ to: ['ana@x.es'], subject: ANA.subject })).toBeNull();
    expect(area.data.size).toBe(0);
  });

  it('answers with the newest of two composes to the same person with the same subject', async () => {
    const { clock, composes } = store();
    await composes.remember(ANA);
    clock.ms += 60_000;
    await composes.remember({ ...ANA, templateId: 'custom-1', step: 'call' });
    expect((await composes.find({ to: ['ana@x.es'], subject: ANA.subject }))?.compose.templateId).toBe('custom-1');
  });

  it('ignores and clears records that are not composes, and leaves other keys alone', async () => {
    const { area, composes } = store();
    await area.set({
      [`${PENDING_COMPOSE_KEY_PREFIX}forged`]: { ...ANA, templateId: '', createdAt: T0, expiresAt: T0 + 1000 },
      [`${PENDING_COMPOSE_KEY_PREFIX}junk`]: 'hello',
      'someone-else': { keep: true },
    });
    expect(await composes.find({ to: ['ana@x.es'], subject: ANA.subject })).toBeNull();
    expect([...area.data.keys()]).toEqual(['someone-else']);
  });

  it('refuses to note a compose that is not one', async () => {
    const { area, composes } = store();
    await expect(composes.remember({ ...ANA, to: [] })).rejects.toThrow();
    expect(area.data.size).toBe(0);
  });

  it('keeps at most the newest composes', async () => {
    const { area, clock, composes } = store();
    for (let i = 0; i < MAX_PENDING_COMPOSES + 5; i += 1) {
      clock.ms += 1000;
      await composes.remember({ ...ANA, subject: `Factura ${i}` });
    }
    expect(area.data.size).toBe(MAX_PENDING_COMPOSES);
    expect(await composes.find({ to: ['ana@x.es'], subject: 'Factura 4' })).toBeNull();
    expect(await composes.find({ to: ['ana@x.es'], subject: 'Factura 5' })).not.toBeNull();
    expect(await composes.find({ to: ['ana@x.es'], subject: `Factura ${MAX_PENDING_COMPOSES + 4}` })).not.toBeNull();
  });

  it('lives only in storage: a second store over the same area (a restarted worker) finds what the first noted', async () => {
    const area = memoryArea();
    await store(area).composes.remember(ANA);
    expect((await store(area).composes.find({ to: ['ana@x.es'], subject: ANA.subject }))?.compose.templateId).toBe(ANA.templateId);
  });

  it('finds a noted compose for any send to that person with that subject, whoever else is copied', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.emailAddress(), { maxLength: 5 }), fc.nat({ max: 5 }), async (others, at) => {
        const { composes } = store();
        await composes.remember(ANA);
        const to = [...others.filter((a) => a.toLowerCase() !== 'ana@x.es')];
        to.splice(Math.min(at, to.length), 0, 'ana@x.es');
        return (await composes.find({ to, subject: ANA.subject })) !== null && (await composes.find({ to: others.filter((a) => a.toLowerCase() !== 'ana@x.es'), subject: ANA.subject })) === null;
      }),
      { numRuns: 50 },
    );
  });
});
