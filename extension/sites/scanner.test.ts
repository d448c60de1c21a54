// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageScanner, idleSchedule, type Candidate, type PageScannerDeps, type ScanBatch, type ScanDeadline } from './scanner';

/** A scheduler the test runs by hand: each slice may read `budget` nodes (its deadline counts the reads). */
function manualSchedule() {
  const queued: ((deadline: ScanDeadline) => void)[] = [];
  return {
    schedule: (run: (deadline: ScanDeadline) => void) => {
      queued.push(run);
      return () => {
        const at = queued.indexOf(run);
        if (at >= 0) queued.splice(at, 1);
      };
    },
    get waiting() {
      return queued.length;
    },
    /** Runs one slice; returns false when none was scheduled. */
    runOne(budget = 1000): boolean {
      const run = queued.shift();
      if (!run) return false;
      let left = budget;
      // The scanner asks after each read whether time is left; `budget` reads fit in a slice.
      run({ timeRemaining: () => (--left > 0 ? 1 : 0) });
      return true;
    },
    runAll(budget = 1000): number {
      let slices = 0;
      while (this.runOne(budget)) slices += 1;
      return slices;
    },
  };
}

const isOwnNode = (node: Node) => node.nodeName.startsWith('COBRO-');

function invoiceRows(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const number = `F-2026-${String(n).padStart(4, '0')}`;
    return `<tr><td><a href="/invoices/${n}">${number}</a></td><td>Cliente ${n} S.L.</td><td>cliente${n}@example.es</td><td>1.${String(n).padStart(3, '0')},50 €</td><td>05/12/2026</td><td>Pendiente</td></tr>`;
  }).join('');
}

/** Every test's scanner is stopped after it, even when the test failed half-way. */
const controllers: AbortController[] = [];

function setUp(html: string, extra: Partial<PageScannerDeps> = {}) {
  document.body.innerHTML = html;
  const scheduler = manualSchedule();
  const asks: ScanBatch[] = [];
  const found: Candidate[][] = [];
  const scanner = new PageScanner({
    root: document,
    win: window,
    isOwnNode,
    ask: async (batch) => {
      asks.push(batch);
    },
    onFound: (candidates) => found.push(candidates),
    schedule: scheduler.schedule,
    ...extra,
  });
  const controller = new AbortController();
  controllers.push(controller);
  return { scanner, scheduler, asks, found, controller };
}

const allAsked = (asks: ScanBatch[]) => ({
  emails: asks.flatMap((batch) => batch.emails).sort(),
  numbers: asks.flatMap((batch) => batch.numbers).sort(),
});

/** Lets a mutation observer's callback run, then the 100 ms wait after the last change. */
async function afterChanges() {
  await Promise.resolve();
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await vi.advanceTimersByTimeAsync(100);
}

describe('PageScanner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.abort();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('finds the numbers and addresses of a table of 20 invoices, and where each one is', async () => {
    const { scanner, scheduler, asks, controller } = setUp(
      `<h1>Facturas</h1><table><thead><tr><th>Número</th><th>Cliente</th><th>Correo</th><th>Importe</th><th>Vence</th><th>Estado</th></tr></thead>
       <tbody>${invoiceRows(1, 20)}</tbody></table>`,
    );
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();

    const numbers = Array.from({ length: 20 }, (_, i) => `F-2026-${String(i + 1).padStart(4, '0')}`);
    const emails = Array.from({ length: 20 }, (_, i) => `cliente${i + 1}@example.es`);
    // No dates, amounts, or the customers' names: numbers and addresses only.
    expect(allAsked(asks)).toEqual({ emails: [...emails].sort(), numbers: [...numbers].sort() });
    expect(asks).toHaveLength(1);
    const anchors = scanner.anchorsOf('number', 'F-2026-0007');
    expect(anchors.map((element) => element.outerHTML)).toEqual(['<a href="/invoices/7">F-2026-0007</a>']);
    expect(scanner.anchorsOf('email', 'cliente7@example.es').map((element) => element.tagName)).toEqual(['TD']);
    expect(scanner.wasAsked('number', 'F-2026-0007')).toBe(true);
    controller.abort();
  });

  it('reads a long page in slices, never more than a slice can hold at once', async () => {
    const { scanner, scheduler, asks, found, controller } = setUp(`<table><tbody>${invoiceRows(1, 20)}</tbody></table>`);
    scanner.start(controller.signal);
    // 20 rows × 6 text nodes, 10 reads per slice: 12 slices, and a 13th that finds the page's end.
    const slices = scheduler.runAll(10);
    await scanner.idle();
    expect(slices).toBe(13);
    // Each slice hands over what it read: 10 cells hold at most 4 numbers and addresses.
    expect(found.every((batch) => batch.length <= 4)).toBe(true);
    expect(allAsked(asks).numbers).toHaveLength(20);
    controller.abort();
  });

  it('after the first read, reads only what was added or changed, and asks only about what is new', async () => {
    const { scanner, scheduler, asks, found, controller } = setUp(`<table><tbody id="rows">${invoiceRows(1, 3)}</tbody></table><p id="note">Ver INV-1</p>`);
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    asks.length = 0;
    found.length = 0;

    document.getElementById('rows')!.insertAdjacentHTML('beforeend', invoiceRows(3, 2)); // F-2026-0003 again, and 0004
    document.getElementById('note')!.firstChild!.nodeValue = 'Ver INV-1 e INV-2';
    await afterChanges();
    expect(scheduler.runAll()).toBe(1);
    await scanner.idle();

    expect(allAsked(asks)).toEqual({ emails: ['cliente4@example.es'], numbers: ['F-2026-0004', 'INV-2'] });
    const read = found.flat().map((candidate) => candidate.value).sort();
    expect(read).toEqual(['F-2026-0003', 'F-2026-0004', 'INV-1', 'INV-2', 'cliente3@example.es', 'cliente4@example.es']);
    // A value asked before gains its new occurrence.
    expect(scanner.anchorsOf('number', 'F-2026-0003')).toHaveLength(2);
    controller.abort();
  });

  it('reads a node added and then filled in once, with what it holds when read', async () => {
    const { scanner, scheduler, found, controller } = setUp('<table><tbody id="rows"></tbody></table>');
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    const row = document.createElement('tr');
    document.getElementById('rows')!.append(row);
    await Promise.resolve();
    row.insertAdjacentHTML('beforeend', '<td>F-9001</td><td>ana@x.es</td>');
    await afterChanges();
    scheduler.runAll();
    await scanner.idle();
    expect(found.flat().map((candidate) => candidate.value)).toEqual(['F-9001', 'ana@x.es']);
    controller.abort();
  });

  it('waits for the page to be still for 100 ms, but never more than 5 s', async () => {
    const { scanner, scheduler, asks, controller } = setUp('<div id="feed"></div>');
    scanner.start(controller.signal);
    scheduler.runAll();
    const feed = document.getElementById('feed')!;
    for (let i = 1; i <= 60; i += 1) {
      feed.insertAdjacentHTML('beforeend', `<p>INV-${1000 + i}</p>`);
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(90);
      if (i < 55) expect(scheduler.waiting).toBe(0);
    }
    // 55 changes 90 ms apart: the 5 s cap came while the page was still changing.
    expect(scheduler.runAll()).toBe(1);
    await Promise.resolve();
    expect(allAsked(asks).numbers.length).toBeGreaterThanOrEqual(55);
    controller.abort();
  });

  it('skips the page code, styles, pictures and templates, and Cobro’s own elements', async () => {
    const { scanner, scheduler, asks, controller } = setUp(
      `<p>F-1001</p>
       <script>var invoice = "F-2001";</script><style>.f-2002::after { content: "F-2002" }</style>
       <svg><text>F-2003</text></svg><noscript>F-2004</noscript><template><p>F-2005</p></template>
       <cobro-chip><span>F-2006</span></cobro-chip>`,
    );
    document.querySelector('cobro-chip')!.attachShadow({ mode: 'open' }).innerHTML = '<b>F-2007</b>';
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    expect(allAsked(asks)).toEqual({ emails: [], numbers: ['F-1001'] });

    // Nor what Cobro adds later, or what changes in a style sheet.
    document.querySelector('cobro-chip')!.append('F-2008');
    document.body.append(document.createElement('cobro-card'));
    document.querySelector('cobro-card')!.textContent = 'F-2009';
    document.querySelector('style')!.textContent = '.x::after { content: "F-2010" }';
    await afterChanges();
    scheduler.runAll();
    await scanner.idle();
    expect(allAsked(asks)).toEqual({ emails: [], numbers: ['F-1001'] });
    controller.abort();
  });

  it('reads the values of text fields, never of password or hidden ones, and again when they change', async () => {
    const { scanner, scheduler, asks, controller } = setUp(
      `<input id="number" value="F-3001"><input type="email" value="Pagos@Acme.example"><input type="search" value="F-3002">
       <input type="password" value="F-3003"><input type="hidden" value="F-3004"><input type="checkbox" value="F-3005">
       <textarea id="notes">F-3006</textarea>`,
    );
    const notes = document.getElementById('notes') as HTMLTextAreaElement;
    notes.value = 'Reclamada F-3007';
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    expect(allAsked(asks)).toEqual({ emails: ['pagos@acme.example'], numbers: ['F-3001', 'F-3002', 'F-3007'] });
    expect(scanner.anchorsOf('number', 'F-3007')).toEqual([notes]);

    const field = document.getElementById('number') as HTMLInputElement;
    field.value = 'F-3008';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await afterChanges();
    scheduler.runAll();
    await scanner.idle();
    expect(allAsked(asks).numbers).toContain('F-3008');
    // The field no longer shows the old number: it is no longer one of its places.
    expect(scanner.anchorsOf('number', 'F-3001')).toEqual([]);
    expect(scanner.anchorsOf('number', 'F-3008')).toEqual([field]);
    controller.abort();
  });

  it('reads only the first 50,000 characters of one huge text', async () => {
    const { scanner, scheduler, asks, controller } = setUp(`<pre>F-1 ${'x '.repeat(24_990)} F-0000002 ${'y '.repeat(10)} F-0000003</pre>`);
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    expect(allAsked(asks).numbers).toEqual(['F-0000002', 'F-1']);
    controller.abort();
  });

  it('reads the open shadow roots of the page’s web components, and what changes in them', async () => {
    const { scanner, scheduler, asks, controller } = setUp('<invoice-row></invoice-row><p>F-1001</p>');
    const shadow = document.querySelector('invoice-row')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>F-5001</span><nested-cell></nested-cell>';
    shadow.querySelector('nested-cell')!.attachShadow({ mode: 'open' }).innerHTML = '<a>ana@x.es</a>';
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    expect(allAsked(asks)).toEqual({ emails: ['ana@x.es'], numbers: ['F-1001', 'F-5001'] });
    expect(scanner.anchorsOf('number', 'F-5001')[0]?.getRootNode()).toBe(shadow);

    shadow.append('F-5002');
    await afterChanges();
    scheduler.runAll();
    await scanner.idle();
    expect(allAsked(asks).numbers).toContain('F-5002');
    // Text right inside the shadow root: its host is where it is shown.
    expect(scanner.anchorsOf('number', 'F-5002')).toEqual([document.querySelector('invoice-row')]);
    controller.abort();
  });

  it('gives only connected elements as anchors', async () => {
    const { scanner, scheduler, controller } = setUp('<p id="a">F-4001</p><p id="b">F-4001</p>');
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    document.getElementById('a')!.remove();
    expect(scanner.anchorsOf('number', 'F-4001').map((element) => element.id)).toEqual(['b']);
    controller.abort();
  });

  it('asks in batches no larger than the ledger takes, one ask at a time, and stops asking at the page limit', async () => {
    let inFlight = 0;
    let most = 0;
    const asks: ScanBatch[] = [];
    const { scanner, scheduler, controller } = setUp(`<p>${Array.from({ length: 10 }, (_, i) => `F-${5000 + i} c${i}@x.es`).join(' ')}</p><p>F-6000</p>`, {
      limits: { batchEmails: 3, batchNumbers: 4, total: 15 },
      ask: async (batch) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        asks.push(batch);
        await new Promise((resolve) => setTimeout(resolve, 10));
        inFlight -= 1;
      },
    });
    scanner.start(controller.signal);
    scheduler.runAll();
    const idle = scanner.idle();
    await vi.runAllTimersAsync();
    await idle;
    expect(most).toBe(1);
    expect(asks.every((batch) => batch.emails.length <= 3 && batch.numbers.length <= 4)).toBe(true);
    const asked = allAsked(asks);
    expect(asked.emails.length + asked.numbers.length).toBe(15);
    expect(asked.numbers).not.toContain('F-6000');
    controller.abort();
  });

  it('asks again about values whose ask failed, when they appear again', async () => {
    let fail = true;
    const asks: ScanBatch[] = [];
    const { scanner, scheduler, controller } = setUp('<p>F-7001</p>', {
      ask: async (batch) => {
        asks.push(batch);
        if (fail) throw new Error('background restarting');
      },
    });
    scanner.start(controller.signal);
    scheduler.runAll();
    await scanner.idle();
    expect(scanner.wasAsked('number', 'F-7001')).toBe(false);
    fail = false;
    document.body.insertAdjacentHTML('beforeend', '<p>F-7001</p>');
    await afterChanges();
    scheduler.runAll();
    await scanner.idle();
    expect(asks.map((batch) => batch.numbers)).toEqual([['F-7001'], ['F-7001']]);
    expect(scanner.wasAsked('number', 'F-7001')).toBe(true);
    controller.abort();
  });

  it('stops everything when its signal aborts: no slice, no timer, no ask, no listener', async () => {
    const { scanner, scheduler, asks, controller } = setUp(`<table><tbody>${invoiceRows(1, 20)}</tbody></table><input id="f">`);
    scanner.start(controller.signal);
    scheduler.runOne(10);
    await Promise.resolve();
    const askedBefore = asks.length;
    document.body.insertAdjacentHTML('beforeend', '<p>F-8001</p>');
    await Promise.resolve();
    controller.abort();
    expect(scheduler.waiting).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await scanner.idle();

    document.body.insertAdjacentHTML('beforeend', '<p>F-8002</p>');
    const field = document.getElementById('f') as HTMLInputElement;
    field.value = 'F-8003';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await afterChanges();
    expect(scheduler.waiting).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(asks.length).toBe(askedBefore);
  });
});

describe('idleSchedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('without requestIdleCallback, runs after a zero timer with an 8 ms slice, and can be cancelled', async () => {
    expect(typeof (window as { requestIdleCallback?: unknown }).requestIdleCallback).not.toBe('function');
    const schedule = idleSchedule(window);
    const slices: number[] = [];
    schedule((deadline) => slices.push(deadline.timeRemaining()));
    const cancel = schedule(() => slices.push(-1));
    cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(slices).toEqual([8]);
  });

  it('with requestIdleCallback, asks for idle time with a 1 s timeout, and cancels through cancelIdleCallback', () => {
    const requests: { timeout?: number }[] = [];
    const cancelled: number[] = [];
    const win = Object.assign(Object.create(window) as Window & typeof globalThis, {
      requestIdleCallback: (_run: IdleRequestCallback, options?: IdleRequestOptions) => requests.push(options ?? {}),
      cancelIdleCallback: (id: number) => cancelled.push(id),
    });
    const cancel = idleSchedule(win)(() => {});
    cancel();
    expect(requests).toEqual([{ timeout: 1000 }]);
    expect(cancelled).toEqual([1]);
  });
});
