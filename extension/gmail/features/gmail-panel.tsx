// The panel on Gmail: the overlay's panel (overlay/panel.tsx) with Gmail's own views, the form
// that starts tracking a sender and the template picker; kept out of the invoicing tools' script.
import { TemplatePicker, type TemplatePickerProps } from '../../../shared/ui/TemplatePicker';
import { TrackDebtorForm } from '../../../shared/ui/TrackDebtorForm';
import { Panel, type OpenedFrom, type Showing } from '../../overlay/panel';
import { STALE_PANEL, standing } from '../../overlay/panel-subject';

export class GmailPanel extends Panel {
  /** The form that starts tracking `email`, a sender of the thread it is opened from. */
  async openTrackForm(email: string, name: string, from: OpenedFrom): Promise<void> {
    this.noteOpener(from.opener);
    const generation = ++this.generation;
    const showing: Showing & { kind: 'track' } = { kind: 'track', email, subject: { threadId: from.threadId, addresses: [email] } };
    this.showing = showing;
    const settings = await this.deps.client.send('settings-get', {});
    if (generation !== this.generation) return;
    if (!settings.ok) return this.problem(settings.error, generation);
    if (!this.follow()) return;
    const { defaultCurrency, defaultLocale, defaultTimeZone } = settings.value;
    const ui = this.deps.ui();
    return this.show(
      <section role="dialog" aria-label={ui.t('track.title', { email })}>
        <TrackDebtorForm
          key={email}
          email={email}
          name={name}
          defaults={{ currency: defaultCurrency, locale: defaultLocale, timeZone: defaultTimeZone }}
          onSubmit={async (input) => {
            if (this.showing !== showing || standing(showing.subject, this.deps.onScreen()) === 'gone') {
              void this.stale(name || email);
              return STALE_PANEL;
            }
            const created = await this.deps.client.send('debtor-create', input);
            if (created.ok) void this.drawCard(created.value.debtor.id, showing.subject);
            return created;
          }}
          onCancel={() => this.close({ restoreFocus: true })}
        />
      </section>,
      generation,
    );
  }

  openPicker(props: Omit<TemplatePickerProps, 'onClose'>): Promise<void> {
    this.noteOpener();
    const generation = ++this.generation;
    this.showing = { kind: 'other' };
    return this.show(<TemplatePicker key={props.debtor.id} {...props} onClose={() => this.close({ restoreFocus: true })} />, generation);
  }

}
