// The business profile (the stored settings) as a Gmail tab knows it: read once, when the tab
// starts, and again only after the background's "everything changed" notice, which every
// settings-set sends. The UI language and the picker's "is the setup done?" both read it, so
// opening the picker costs no extra round trip to the background.
import type { LedgerClient } from '../../shared/ledger/client';
import type { Settings } from '../../shared/ledger/schema';

export class ProfileCache {
  private current: Promise<Settings | null> | null = null;

  constructor(private readonly client: Pick<LedgerClient, 'send'>) {}

  /** The settings, or null when the ledger could not answer (the next call asks again). */
  get(): Promise<Settings | null> {
    if (this.current) return this.current;
    const reading: Promise<Settings | null> = this.client.send('settings-get', {}).then(
      (result) => (result.ok ? result.value : null),
      () => null,
    );
    this.current = reading;
    void reading.then((settings) => {
      if (settings === null && this.current === reading) this.current = null;
    });
    return reading;
  }

  /** Forgets what it held (the settings changed) and reads them again. */
  refresh(): Promise<Settings | null> {
    this.current = null;
    return this.get();
  }
}
