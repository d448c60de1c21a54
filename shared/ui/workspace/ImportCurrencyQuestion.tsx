// "Which currency is $ in this file?": asked when amounts are written with a bare "$" and
// nothing in the file says which dollar or peso. The answer applies to every "$" of the file;
// Cobro never assumes one (a Mexican "$" read as US dollars would be silently wrong).
import { useId, useState } from 'react';
import { DOLLAR_CURRENCIES } from '../../import/amount-cells';
import { useUi } from '../context';
import { currencyName } from '../places';

export interface ImportCurrencyQuestionProps {
  /** The user's default currency when it is written "$": preselected and listed first. */
  suggested: string | null;
  onAnswer(currency: string): void;
  onRestart(): void;
}

/** The suggestion first, then the usual "$" currencies in their order. */
export function dollarChoices(suggested: string | null): string[] {
  const rest = DOLLAR_CURRENCIES.filter((code) => code !== suggested);
  return suggested === null ? rest : [suggested, ...rest];
}

export function ImportCurrencyQuestion({ suggested, onAnswer, onRestart }: ImportCurrencyQuestionProps) {
  const { t, locale } = useUi('ImportCurrencyQuestion');
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(suggested);
  return (
    <form
      className="cobro-panel"
      data-cobro="import-currency-question"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== null) onAnswer(chosen);
      }}
    >
      <fieldset aria-describedby={`${id}-hint`}>
        <legend>{t('ws.import.dollarQuestion')}</legend>
        <p id={`${id}-hint`}>{t('ws.import.dollarHint')}</p>
        {dollarChoices(suggested).map((code) => (
          <label key={code} className="cobro-check">
            <input type="radio" name={`${id}-currency`} value={code} required checked={chosen === code} onChange={() => setChosen(code)} />
            {currencyName(code, locale)}
          </label>
        ))}
      </fieldset>
      <div className="cobro-buttons">
        <button type="submit" className="cobro-primary">
          {t('ws.import.continue')}
        </button>
        <button type="button" onClick={onRestart}>
          {t('ws.import.another')}
        </button>
      </div>
    </form>
  );
}
