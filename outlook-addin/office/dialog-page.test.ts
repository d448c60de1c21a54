import { describe, expect, it } from 'vitest';
import { dialogPageHost } from './dialog-page';
import { mockOffice } from './office-mock';

function officeFor(options: { ready?: 'resolves' | 'never' | 'rejects'; messageParent?: (message: string) => void; displayLanguage?: string }) {
  const ready = options.ready ?? 'resolves';
  return mockOffice({
    onReady: () =>
      ready === 'resolves' ? Promise.resolve({ host: 'Outlook' }) : ready === 'rejects' ? Promise.reject(new Error('no host')) : new Promise(() => undefined),
    context: {
      displayLanguage: options.displayLanguage ?? 'es-MX',
      ui: options.messageParent ? { messageParent: options.messageParent } : {},
    },
  });
}

describe('the page inside the dialog', () => {
  it('reads Outlook’s language and sends to the pane that opened it', async () => {
    const sent: string[] = [];
    const host = await dialogPageHost(officeFor({ messageParent: (message) => void sent.push(message) }), true);
    expect(host.displayLanguage).toBe('es-MX');
    expect(host.messageParent?.('{"type":"close"}')).toBe(true);
    expect(sent).toEqual(['{"type":"close"}']);
  });

  it('reports a send Office refused instead of throwing', async () => {
    const host = await dialogPageHost(
      officeFor({
        messageParent: () => {
          throw new Error('not a dialog');
        },
      }),
      true,
    );
    expect(host.messageParent?.('x')).toBe(false);
  });

  it.each([
    ['its address does not say it is a dialog', { messageParent: () => undefined }, false],
    ['Office has no messageParent', {}, true],
  ] as const)('has no way to the pane when %s', async (_name, options, inDialog) => {
    const host = await dialogPageHost(officeFor(options), inDialog);
    expect(host.messageParent).toBeNull();
    expect(host.displayLanguage).toBe('es-MX');
  });

  it.each([
    ['never becomes ready', 'never'],
    ['fails to start', 'rejects'],
  ] as const)('starts without Office when office.js %s', async (_name, ready) => {
    const host = await dialogPageHost(officeFor({ ready, messageParent: () => undefined }), true, 5);
    expect(host).toEqual({ displayLanguage: '', messageParent: null });
  });
});
