// The preview's question when one email address comes with two names: in Cobro an address
// belongs to one customer, so the user says whether the names are one customer (under which name)
// or two (the second added without the address). Each answer plans the preview again at once.
import { useId } from 'react';
import type { NameChoice, NameConflict } from '../../import/plan';
import { useUi } from '../context';
import { linesText } from './import-reasons';

const CHOICES: readonly NameChoice[] = ['keep', 'rename', 'separate'];

export function ImportNameChoice(props: { conflicts: NameConflict[]; busy: boolean; onChoose(conflict: NameConflict, choice: NameChoice): void }) {
  const { t, locale } = useUi('ImportNameChoice');
  const id = useId();
  if (props.conflicts.length === 0) return null;
  const list = (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  return (
    <section aria-labelledby={`${id}-title`} className="cobro-panel cobro-name-choice" data-cobro="import-names" aria-busy={props.busy}>
      <h4 id={`${id}-title`}>{t('ws.import.names.title', { count: props.conflicts.length })}</h4>
      <p>{t('ws.import.names.hint')}</p>
      {props.conflicts.map((conflict, index) => {
        const group = `${id}-${index}`;
        const names: Record<NameChoice, string> = { keep: conflict.holder.name, rename: conflict.other.name, separate: conflict.other.name };
        return (
          <fieldset key={`${conflict.address}\u0000${conflict.other.name}`} data-address={conflict.address}>
            <legend>
              {t('ws.import.names.question', {
                address: conflict.address,
                holder: conflict.holder.name,
                holderLine: conflict.holder.line ?? 0,
                other: conflict.other.name,
                lines: linesText(t, locale, conflict.other.lines),
              })}
            </legend>
            <p className="cobro-muted">{t('ws.import.names.invoices', { count: conflict.other.invoices.length, list: list(conflict.other.invoices.slice(0, 10)) })}</p>
            {CHOICES.map((choice) => (
              <label className="cobro-check" key={choice}>
                <input
                  type="radio"
                  name={group}
                  value={choice}
                  checked={conflict.choice === choice}
                  onChange={() => props.onChoose(conflict, choice)}
                />
                {t(`ws.import.names.${choice}`, { name: names[choice] })}
              </label>
            ))}
            {conflict.answered ? null : <p className="cobro-field-hint">{t('ws.import.names.default', { holder: conflict.holder.name, other: conflict.other.name })}</p>}
          </fieldset>
        );
      })}
      {props.busy ? (
        <p role="status" className="cobro-muted">
          {t('ws.import.names.updating')}
        </p>
      ) : null}
    </section>
  );
}
