// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixture-dom';
import { allThreadAddresses, chipAnchorFor, messageSentAt, messageText, parseGmailDate, readThread, type GmailThread } from './thread';

const ME = 'cobros@estudiolumen.example';

interface ExpectedMessage {
  messageId: string;
  from: { email: string; name: string };
  to: string[];
  collapsed: boolean;
}
interface ExpectedThread {
  threadId: string;
  legacyThreadId?: string;
  subject: string;
  messages: ExpectedMessage[];
}

function read(file: string): GmailThread {
  const result = readThread(loadFixture(file));
  if (!result.ok) throw new Error(`expected a thread in ${file}, got ${result.problem.detail}`);
  return result.thread;
}

const summary = (thread: GmailThread) => ({
  threadId: thread.threadId,
  legacyThreadId: thread.legacyThreadId,
  subject: thread.subject,
  messages: thread.messages.map(({ messageId, from, to, collapsed }) => ({ messageId, from, to, collapsed })),
});

describe('readThread on fixture pages', () => {
  it.each<[string, ExpectedThread]>([
    [
      'thread-single.html',
      {
        threadId: '18fe1a2b3c4d5e6f',
        legacyThreadId: '18fe1a2b3c4d5e6f',
        subject: 'Factura F-2025-014 pendiente',
        messages: [
          { messageId: '18fe1a2b3c4d5e6f', from: { email: 'pagos@talleresruiz.example', name: 'Lucía Ruiz' }, to: [ME], collapsed: false },
        ],
      },
    ],
    [
      'thread-multi-collapsed.html',
      {
        threadId: 'thread-f:1801234567890123456',
        legacyThreadId: '18ff0c7e2a5b1c40',
        subject: 'Re: Recordatorio factura 2025-031',
        messages: [
          { messageId: '18ff0c7e2a5b1c40', from: { email: ME, name: 'Estudio Lumen' }, to: ['administracion@sonrisa.example'], collapsed: true },
          { messageId: '18ff0c7e2a5b1c41', from: { email: 'administracion@sonrisa.example', name: 'Marta Gil' }, to: [], collapsed: true },
          { messageId: '18ff0c7e2a5b1c42', from: { email: ME, name: 'Estudio Lumen' }, to: [], collapsed: true },
          {
            messageId: '18ff0c7e2a5b1c43',
            from: { email: 'administracion@sonrisa.example', name: 'Marta Gil' },
            to: [ME, 'gestoria@sonrisa.example'],
            collapsed: false,
          },
        ],
      },
    ],
    [
      'thread-preview-pane.html',
      {
        threadId: 'thread-f:1790000000000000002',
        legacyThreadId: '18d5e0f0a0b0c0d2',
        subject: 'Re: Invoice BP-2025-007 overdue',
        messages: [
          { messageId: '18d5e0f0a0b0c0d2', from: { email: ME, name: 'Estudio Lumen' }, to: ['accounts@brightpixel.example'], collapsed: true },
          { messageId: '18d5e0f0a0b0c0d3', from: { email: 'accounts@brightpixel.example', name: 'Sam Carter' }, to: [ME], collapsed: false },
        ],
      },
    ],
    [
      'thread-full-page.html',
      {
        threadId: 'thread-f:1802222222222222222',
        legacyThreadId: '1902f1c9b7a8e6d5',
        subject: 'INV-7781 — second reminder',
        messages: [
          { messageId: '1902f1c9b7a8e6d5', from: { email: ME, name: 'Estudio Lumen' }, to: ['ap@northwind.example', 'controller@northwind.example'], collapsed: false },
          { messageId: '1902f1c9b7a8e6d6', from: { email: 'ap@northwind.example', name: 'Northwind AP' }, to: [ME, 'controller@northwind.example'], collapsed: false },
        ],
      },
    ],
    [
      'compose-inline-reply.html',
      {
        threadId: 'thread-f:1804444444444444444',
        legacyThreadId: '1903b5c6d7e8f901',
        subject: 'Factura F-2025-022',
        messages: [
          { messageId: '1903b5c6d7e8f901', from: { email: 'pagos@talleresruiz.example', name: 'Lucía Ruiz' }, to: [ME], collapsed: false },
        ],
      },
    ],
  ])('%s', (file, expected) => {
    expect(summary(read(file))).toEqual(expected);
  });

  it('hands back the message elements themselves, with Gmail perm ids when present', () => {
    const thread = read('thread-full-page.html');
    expect(thread.messages.map((m) => [m.element.className, m.element.getAttribute('data-legacy-message-id'), m.permMessageId])).toEqual([
      ['adn ads', '1902f1c9b7a8e6d5', 'msg-a:r1234567890123456789'],
      ['adn ads', '1902f1c9b7a8e6d6', 'msg-f:1802222222222222223'],
    ]);
  });

  it('ignores the thread list beside a preview pane', () => {
    const thread = read('thread-preview-pane.html');
    expect(allThreadAddresses(thread)).not.toContain('ap@northwind.example');
  });
});

describe('readThread reports a changed layout instead of guessing', () => {
  const message = (inner: string) =>
    `<div class="adn" data-legacy-message-id="abc">${inner}<div class="a3s">x</div></div>`;

  it.each<[string, string, string]>([
    ['the redesigned fixture page', 'layout-changed.html', 'no thread subject (h2.hP)'],
    ['no page at all', '', 'no thread subject (h2.hP)'],
    ['a subject but no messages', '<div><h2 class="hP" data-thread-perm-id="thread-f:1">S</h2><div class="mM2" data-legacy-message-id="a"></div></div>', 'no messages (div.adn[data-legacy-message-id]) around the subject'],
    ['no thread id anywhere', `<div><h2 class="hP">S</h2>${message('<span class="gD" email="a@b.example">A</span>')}</div>`, 'no thread id ([data-thread-perm-id] or [data-legacy-thread-id])'],
    ['a message without a sender', `<div><h2 class="hP" data-legacy-thread-id="1">S</h2>${message('<span class="g2" email="me@x.example">me</span>')}</div>`, 'message abc has no sender (span.gD[email])'],
    ['a sender whose address is not one', `<div><h2 class="hP" data-legacy-thread-id="1">S</h2>${message('<span class="gD" email="Lucía">Lucía</span>')}</div>`, 'message abc has no sender (span.gD[email])'],
  ])('%s', (_name, source, detail) => {
    if (source.endsWith('.html')) loadFixture(source);
    else document.body.innerHTML = source;
    expect(readThread(document)).toEqual({ ok: false, problem: { code: 'gmail-layout', detail } });
  });
});

describe('chipAnchorFor', () => {
  it.each<[number, string]>([
    [0, 'gD'], // hidden message: only the name span
    [1, 'gD'], // folded message: name without "<address>"
    [2, 'zF'], // folded message without span.gD: the span that carries the address
    [3, 'go'], // expanded message: after "<address>" so name and address stay together
  ])('message %i → after span.%s', (index, className) => {
    const thread = read('thread-multi-collapsed.html');
    const element = thread.messages[index]?.element;
    if (!element) throw new Error('fixture changed');
    expect(chipAnchorFor(element)?.classList.contains(className)).toBe(true);
  });

  it.each<[string, string]>([
    ['thread-single.html', 'go'], // 2025 markup: name, empty span.cfXrwd, then "<address>"
    ['thread-full-page.html', 'go'],
    ['thread-preview-pane.html', 'go'],
  ])('%s: after span.%s, past the empty span Gmail puts between name and address', (file, className) => {
    const element = read(file).messages.at(-1)?.element;
    if (!element) throw new Error('fixture changed');
    expect(chipAnchorFor(element)?.classList.contains(className)).toBe(true);
  });

  it.each<[string, string]>([
    ['<span class="gD" email="a@x.example">A</span> <span class="cfXrwd"></span><span class="go">&lt;a@x.example&gt;</span>', 'go'],
    ['<span class="gD" email="a@x.example">A</span><span></span><span></span><span class="go">&lt;a@x.example&gt;</span>', 'go'],
    // Something with text in between is not part of the name and address: the chip stays by the name.
    ['<span class="gD" email="a@x.example">A</span><span class="xY">via lists</span><span class="go">&lt;a@x.example&gt;</span>', 'gD'],
    ['<span class="gD" email="a@x.example">A</span> <span class="cfXrwd"></span>', 'gD'],
  ])('%s → after span.%s', (header, className) => {
    document.body.innerHTML = `<div class="adn"><h3 class="iw"><span class="qu">${header}</span></h3></div>`;
    expect(chipAnchorFor(document.querySelector('.adn') as Element)?.classList.contains(className)).toBe(true);
  });

  it('has nowhere to go without a sender', () => {
    document.body.innerHTML = '<div class="adn"><span class="g2" email="me@x.example">me</span></div>';
    expect(chipAnchorFor(document.querySelector('.adn') as Element)).toBeNull();
  });
});

describe('allThreadAddresses', () => {
  it.each<[string, string[]]>([
    ['thread-single.html', ['pagos@talleresruiz.example', ME]],
    ['thread-multi-collapsed.html', [ME, 'administracion@sonrisa.example', 'gestoria@sonrisa.example']],
    ['thread-full-page.html', [ME, 'ap@northwind.example', 'controller@northwind.example']],
  ])('%s', (file, expected) => {
    expect(allThreadAddresses(read(file))).toEqual(expected);
  });
});

describe('readThread reads back any conversation it is shown', () => {
  const address = fc.emailAddress().map((a) => a.toLowerCase());
  const messageModel = fc.record({
    from: address,
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0),
    to: fc.uniqueArray(address, { maxLength: 3 }),
    collapsed: fc.boolean(),
  });

  it('same senders, recipients, folding and order', () => {
    fc.assert(
      fc.property(fc.array(messageModel, { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 40 }), (models, subjectText) => {
        document.body.innerHTML = '';
        const main = document.createElement('div');
        const subject = document.createElement('h2');
        subject.className = 'hP';
        subject.setAttribute('data-thread-perm-id', 'thread-f:42');
        subject.textContent = subjectText;
        main.append(subject);
        models.forEach((model, index) => {
          const row = document.createElement('div');
          row.className = model.collapsed ? 'kv' : 'h7';
          const message = document.createElement('div');
          message.className = 'adn ads';
          message.setAttribute('data-legacy-message-id', `m${index}`);
          const sender = document.createElement('span');
          sender.className = 'gD';
          sender.setAttribute('email', model.from.toUpperCase());
          sender.setAttribute('name', model.name);
          message.append(sender);
          for (const to of model.to) {
            const recipient = document.createElement('span');
            recipient.className = 'g2';
            recipient.setAttribute('email', to);
            message.append(recipient);
          }
          if (!model.collapsed) {
            const body = document.createElement('div');
            body.className = 'a3s';
            message.append(body);
          }
          row.append(message);
          main.append(row);
        });
        document.body.append(main);

        const result = readThread(document);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.thread.subject).toBe(subjectText.trim());
        expect(result.thread.messages.map(({ messageId, from, to, collapsed }) => ({ messageId, from, to, collapsed }))).toEqual(
          models.map((m, i) => ({ messageId: `m${i}`, from: { email: m.from, name: m.name }, to: m.to, collapsed: m.collapsed })),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('messageText', () => {
  const message = (html: string) => {
    document.body.innerHTML = `<div class="adn" data-legacy-message-id="m1"><div class="a3s aiL">${html}</div></div>`;
    return document.body.firstElementChild as Element;
  };
  it.each([
    ['one line', '<div dir="ltr">Hola, pagamos el viernes.</div>', 'Hola, pagamos el viernes.'],
    ['lines from blocks and breaks', '<div>Buenos días,</div><div><br></div><div>le confirmo el pago.<br>Un saludo,<br>Marta</div>', 'Buenos días,\n\nle confirmo el pago.\nUn saludo,\nMarta'],
    ['inline elements run on, whitespace as one space', '<p>We <b>will</b>\n   pay <a href="#">on Friday</a>.</p>', 'We will pay on Friday.'],
    ['Gmail\'s folded quote is kept', '<div>Ok</div><div class="gmail_quote"><blockquote>El lun, escribió:<br>Factura vencida</blockquote></div>', 'Ok\nEl lun, escribió:\nFactura vencida'],
    ['styles and scripts are not text', '<style>p{}</style><p>Ok</p><script>x()</script>', 'Ok'],
    ['markup in the text stays text', '<div>&lt;b&gt;no&lt;/b&gt; &amp; yes</div>', '<b>no</b> & yes'],
  ])('%s', (_name, html, expected) => {
    expect(messageText(message(html))).toBe(expected);
  });

  it('is null without a body', () => {
    document.body.innerHTML = '<div class="adn" data-legacy-message-id="m1"><span class="y2">snippet</span></div>';
    expect(messageText(document.body.firstElementChild as Element)).toBeNull();
  });
});

describe('parseGmailDate', () => {
  it.each([
    ['Thu, Dec 3, 2026, 10:42 AM', { year: 2026, month: 12, day: 3, hour: 10, minute: 42 }],
    ['Thu, Dec 3, 2026, 12:05\u202fAM', { year: 2026, month: 12, day: 3, hour: 0, minute: 5 }],
    ['Thu, Dec 3, 2026 at 4:15 PM', { year: 2026, month: 12, day: 3, hour: 16, minute: 15 }],
    ['Thu, 3 Dec 2026, 16:15', { year: 2026, month: 12, day: 3, hour: 16, minute: 15 }],
    ['Thu 3 Dec 2026, 16:15', { year: 2026, month: 12, day: 3, hour: 16, minute: 15 }],
    ['lun, 2 jun 2025, 10:42', { year: 2025, month: 6, day: 2, hour: 10, minute: 42 }],
    ['mar, 3 mar 2026, 9:05', { year: 2026, month: 3, day: 3, hour: 9, minute: 5 }],
    ['mar, 1 dic 2026, 4:05 p. m.', { year: 2026, month: 12, day: 1, hour: 16, minute: 5 }],
    ['mar 1 dic 2026, 4:05 a.m.', { year: 2026, month: 12, day: 1, hour: 4, minute: 5 }],
    ['1 de septiembre de 2026, 8:00', { year: 2026, month: 9, day: 1, hour: 8, minute: 0 }],
    ['miércoles, 9 sept 2026, 23:59', { year: 2026, month: 9, day: 9, hour: 23, minute: 59 }],
  ])('%s', (title, expected) => {
    expect(parseGmailDate(title)).toEqual(expected);
  });

  it.each(['', '10:42', '2 hours ago', 'Thu, Dec 3, 10:42 AM', 'lun, 31 feb 2026, 10:00', 'Thu, Dec 3, 2026', '2026-12-03T10:42:00.000Z', 'Thu, Dec 3, 2026, 13:00 PM'])(
    'cannot read %j',
    (title) => {
      expect(parseGmailDate(title)).toBeNull();
    },
  );
});

describe('messageSentAt', () => {
  it('reads the header date title on the browser\'s clock, and nothing when it is missing', () => {
    const html = (title: string | null) =>
      `<div class="adn" data-legacy-message-id="m1"><div class="gE">${title === null ? '' : `<span class="g3" title="${title}">10:42</span>`}</div></div>`;
    document.body.innerHTML = html('lun, 2 jun 2025, 10:42');
    expect(messageSentAt(document.body.firstElementChild as Element)).toBe(new Date(2025, 5, 2, 10, 42).toISOString());
    document.body.innerHTML = html(null);
    expect(messageSentAt(document.body.firstElementChild as Element)).toBeNull();
    document.body.innerHTML = html('hace 2 horas');
    expect(messageSentAt(document.body.firstElementChild as Element)).toBeNull();
  });

  it('reads the fixture page', () => {
    const doc = loadFixture('thread-single.html');
    expect(messageSentAt(doc.querySelector('div.adn') as Element)).toBe(new Date(2025, 5, 2, 10, 42).toISOString());
  });
});
