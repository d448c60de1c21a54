// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findComposeViews, insertHtmlAtCursor, setSubjectIfEmpty, type ComposeView } from './compose';
import { loadFixture } from './fixture-dom';

const summary = (view: ComposeView) => ({
  kind: view.kind,
  composeId: view.composeId,
  draftId: view.draftId,
  threadId: view.threadId,
  recipients: view.recipients(),
  to: view.recipients('to'),
  cc: view.recipients('cc'),
  subject: view.subject?.value ?? null,
  send: view.sendButton?.textContent?.trim() ?? null,
  anchorIsSendCell: view.toolbarAnchor?.matches('td.gU.Up') ?? false,
  bodyIsEditable: view.body.getAttribute('g_editable') === 'true',
});

describe('findComposeViews', () => {
  it.each<[string, string[], ReturnType<typeof summary>[]]>([
    [
      'popup (the one still loading is skipped)',
      ['compose-popup.html'],
      [
        {
          kind: 'popup', composeId: 'c34', draftId: 'msg-a:r-6611223344556677889', threadId: undefined,
          recipients: ['pagos@talleresruiz.example', 'administracion@sonrisa.example', 'gestoria@estudiolumen.example'],
          to: ['pagos@talleresruiz.example', 'administracion@sonrisa.example'], cc: ['gestoria@estudiolumen.example'],
          subject: '', send: 'Enviar', anchorIsSendCell: true, bodyIsEditable: true,
        },
      ],
    ],
    [
      'inline reply under a thread',
      ['compose-inline-reply.html'],
      [
        {
          kind: 'inline', composeId: 'c41', draftId: 'msg-a:r-7788990011223344556', threadId: 'thread-f:1804444444444444444',
          recipients: ['pagos@talleresruiz.example'], to: ['pagos@talleresruiz.example'], cc: [],
          subject: 'Re: Factura F-2025-022', send: 'Enviar', anchorIsSendCell: true, bodyIsEditable: true,
        },
      ],
    ],
    [
      'full screen with the older recipient field, not yet saved',
      ['compose-fullscreen.html'],
      [
        {
          kind: 'fullscreen', composeId: 'c52', draftId: null, threadId: undefined,
          recipients: ['ap@northwind.example'], to: ['ap@northwind.example'], cc: [],
          subject: 'INV-7781', send: 'Send', anchorIsSendCell: true, bodyIsEditable: true,
        },
      ],
    ],
    [
      'a popup over an open thread is not part of that thread',
      ['thread-full-page.html', 'compose-popup.html'],
      [
        {
          kind: 'popup', composeId: 'c34', draftId: 'msg-a:r-6611223344556677889', threadId: undefined,
          recipients: ['pagos@talleresruiz.example', 'administracion@sonrisa.example', 'gestoria@estudiolumen.example'],
          to: ['pagos@talleresruiz.example', 'administracion@sonrisa.example'], cc: ['gestoria@estudiolumen.example'],
          subject: '', send: 'Enviar', anchorIsSendCell: true, bodyIsEditable: true,
        },
      ],
    ],
    ['a thread without a compose', ['thread-full-page.html'], []],
  ])('%s', (_name, files, expected) => {
    expect(findComposeViews(loadFixture(...files)).map(summary)).toEqual(expected);
  });

  it('reads the draft id live, as Gmail fills it in after the first save', () => {
    const [view] = findComposeViews(loadFixture('compose-fullscreen.html'));
    expect(view?.draftId).toBeNull();
    document.querySelector<HTMLInputElement>('input[name="draft"]')!.value = '#msg-a:r555';
    expect(view?.draftId).toBe('msg-a:r555');
  });

  it('finds the compose when given the compose root itself', () => {
    loadFixture('compose-inline-reply.html');
    const root = document.querySelector<HTMLElement>('div.M9')!;
    expect(findComposeViews(root).map((v) => v.root)).toEqual([root]);
  });

  it('the send button is Send, not the options arrow beside it', () => {
    const [view] = findComposeViews(loadFixture('compose-popup.html'));
    expect(view?.sendButton?.getAttribute('aria-haspopup')).toBeNull();
    expect(view?.sendButton?.classList.contains('T-I-atl')).toBe(true);
  });
});

/** What a browser's execCommand('insertHTML') does, closely enough: replace the selection. */
function browserLikeExecCommand(doc: Document) {
  return vi.fn((command: string, _ui: boolean, html: string) => {
    if (command !== 'insertHTML') return false;
    const range = doc.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(range.createContextualFragment(html));
    return true;
  });
}

describe('insertHtmlAtCursor', () => {
  // happy-dom has no execCommand; each case installs the one it needs on the document.
  const setExecCommand = (fn: unknown) => Object.defineProperty(document, 'execCommand', { value: fn, configurable: true });
  afterEach(() => {
    Reflect.deleteProperty(document, 'execCommand');
  });

  function setUp(): { body: HTMLElement; inputs: number[] } {
    loadFixture('compose-inline-reply.html');
    const body = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    const inputs: number[] = [];
    body.addEventListener('input', () => inputs.push(1));
    return { body, inputs };
  }

  /** Puts the caret right after the first line ("Hola Lucía,"). */
  function caretAfterGreeting(body: HTMLElement) {
    const range = document.createRange();
    range.setStartAfter(body.firstElementChild!);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }

  /** Puts the selection somewhere outside the compose body. */
  function selectOutside() {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h2.hP')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }

  const TEMPLATE = '<p data-t="1">Le recordamos la factura F-2025-022.</p>';
  const atCaret = '<div>Hola Lucía,</div><p data-t="1">Le recordamos la factura F-2025-022.</p><div><br></div><div>Un saludo</div>';
  const atEnd = '<div>Hola Lucía,</div><div><br></div><div>Un saludo</div><p data-t="1">Le recordamos la factura F-2025-022.</p>';

  it.each<[string, (body: HTMLElement) => void, 'available' | 'missing' | 'refuses', 'execCommand' | 'range', string]>([
    ['caret in the body, via execCommand', caretAfterGreeting, 'available', 'execCommand', atCaret],
    ['selection elsewhere → end of the body, via execCommand', selectOutside, 'available', 'execCommand', atEnd],
    ['no selection at all → end of the body', () => document.getSelection()!.removeAllRanges(), 'available', 'execCommand', atEnd],
    ['caret in the body, no execCommand → Range', caretAfterGreeting, 'missing', 'range', atCaret],
    ['selection elsewhere, no execCommand → end via Range', selectOutside, 'missing', 'range', atEnd],
    ['execCommand refuses → Range', caretAfterGreeting, 'refuses', 'range', atCaret],
  ])('%s', (_name, placeSelection, command, method, html) => {
    const { body, inputs } = setUp();
    placeSelection(body);
    const exec = command === 'available' ? browserLikeExecCommand(document) : vi.fn(() => false);
    if (command !== 'missing') setExecCommand(exec);

    expect(insertHtmlAtCursor(body, TEMPLATE, document)).toBe(method);
    expect(body.innerHTML).toBe(html);
    expect(inputs).toHaveLength(1);
    if (command !== 'missing') expect(exec).toHaveBeenCalledWith('insertHTML', false, TEMPLATE);
  });

  it('leaves the caret after the inserted text when it had to use a Range', () => {
    const { body } = setUp();
    caretAfterGreeting(body);
    insertHtmlAtCursor(body, TEMPLATE, document);
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(body);
    expect(body.childNodes[range.startOffset - 1]).toBe(body.querySelector('[data-t="1"]'));
  });
});

describe('setSubjectIfEmpty', () => {
  it.each<[string, string, boolean, string, string[]]>([
    ['empty', '', true, 'Factura F-2025-022 vencida', ['input', 'change']],
    ['only spaces', '   ', true, 'Factura F-2025-022 vencida', ['input', 'change']],
    ['already written by the user', 'Mi asunto', false, 'Mi asunto', []],
  ])('%s', (_name, before, changed, after, events) => {
    document.body.innerHTML = '<input name="subjectbox">';
    const input = document.querySelector<HTMLInputElement>('input')!;
    input.value = before;
    const seen: string[] = [];
    for (const type of ['input', 'change']) document.body.addEventListener(type, (e) => seen.push(e.type));
    expect(setSubjectIfEmpty(input, 'Factura F-2025-022 vencida')).toBe(changed);
    expect(input.value).toBe(after);
    expect(seen).toEqual(events);
  });
});
