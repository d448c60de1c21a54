import { describe, expect, it } from 'vitest';
import { mockOffice } from './office-mock';
import { whenOfficeReady } from './ready';

describe('starting in Outlook', () => {
  it('reads the display language, the user and the requirement sets once Office is ready', async () => {
    let ready = false;
    const office = mockOffice({
      onReady: async () => {
        ready = true;
        return { host: 'Outlook', platform: 'OfficeOnline' };
      },
      context: {
        displayLanguage: 'es-MX',
        mailbox: { userProfile: { emailAddress: ' Yo@MiEmpresa.es ' } },
        requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && Number(version) <= 1.12 },
      },
    });
    const start = await whenOfficeReady(office);
    expect(ready).toBe(true);
    expect(start.inOutlook).toBe(true);
    expect(start.displayLanguage).toBe('es-MX');
    expect(start.userEmail).toBe('yo@miempresa.es');
    expect([start.supportsMailbox('1.11'), start.supportsMailbox('1.12'), start.supportsMailbox('1.13')]).toEqual([true, true, false]);
  });

  it('notices office.js running outside Outlook', async () => {
    const office = mockOffice({ onReady: async () => ({ host: null, platform: null }), context: { displayLanguage: 'en-US' } });
    expect((await whenOfficeReady(office)).inOutlook).toBe(false);
  });
});
