// The claim file or the formal letter for one debtor: the user picks the language and the date
// (amounts as of, or the letter's new deadline), the PDF is made here and downloaded. The PDF
// code and its font are separate chunks, fetched only now. In the letter's dialog the user can
// record that it went (date, how, the certificate's reference): a 'letter' event on the timeline, which
// the claim file then counts as proof of receipt.
import { useId, useState, type FormEvent } from 'react';
import { addDays, dateIn, isIsoDate } from '../../dates';
import { letterDedupeKey, LETTER_METHODS, type ClaimLanguage, type LetterMethod } from '../../claim/claim-data';
import type { PdfFonts } from '../../claim/claim-pdf-kit';
import type { Debtor } from '../../ledger/schema';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { errorText } from '../format';
import { useDialog } from '../use-dialog';
import type { DebtorDocument } from './routes';
import { useWorkspace } from './services';

export interface ClaimDocumentDialogProps {
  debtor: Debtor;
  document: DebtorDocument;
  onClose(): void;
  /** A letter was recorded as sent: the page reads the timeline again. */
  onRecorded(): void;
}

/** The letter gives this many days to pay unless the user picks another date. */
const LETTER_DAYS = 10;

const loadFonts = async (): Promise<PdfFonts> => (await import('../../claim/claim-pdf-fonts')).loadDejaVuSans();

type Made = { fileName: string; missingGlyphs: string[] };

export function ClaimDocumentDialog({ debtor, document, onClose, onRecorded }: ClaimDocumentDialogProps) {
  const { t, locale } = useUi('ClaimDocumentDialog');
  const { client, download } = useWorkspace('ClaimDocumentDialog');
  const id = useId();
  const dialog = useDialog<HTMLElement>(onClose, (element) => element.querySelector<HTMLElement>('select'));
  const today = dateIn(debtor.timeZone, new Date());
  const isLetter = document === 'letter';
  // The letter goes in the customer's language; the file in the user's (it is for their lawyer).
  const [language, setLanguage] = useState<ClaimLanguage>(() => ((isLetter ? debtor.locale : locale).toLowerCase().startsWith('es') ? 'es' : 'en'));
  const [date, setDate] = useState(isLetter ? addDays(today, LETTER_DAYS) : today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);

  const make = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !isIsoDate(date)) return;
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      const data = await client.send('claim-file', { debtorId: debtor.id, language, asOf: isLetter ? today : date });
      if (!data.ok) {
        setError(t('claim.dialog.failed', { reason: errorText(t, data.error) }));
        return;
      }
      const pdf = isLetter
        ? await (await import('../../claim/letter-pdf')).makeLetterPdf(data.value, { deadline: date }, loadFonts)
        : await (await import('../../claim/claim-pdf')).makeClaimPdf(data.value, loadFonts);
      download(pdf.fileName, new Blob([pdf.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
      setMade({ fileName: pdf.fileName, missingGlyphs: pdf.missingGlyphs });
    } catch (caught) {
      setError(t('claim.dialog.failed', { reason: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  };

  const languages = [
    { value: 'es', label: 'Español' },
    { value: 'en', label: 'English' },
  ];

  return (
    <div className="cobro-modal-backdrop">
      <section
        ref={dialog.ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        tabIndex={-1}
        className="cobro-dialog"
        data-cobro={isLetter ? 'letter-dialog' : 'claim-file-dialog'}
        onKeyDown={dialog.onKeyDown}
      >
        <h2 id={`${id}-title`}>{t(isLetter ? 'claim.dialog.letterTitle' : 'claim.dialog.fileTitle', { name: debtor.name })}</h2>
        <p>{t(isLetter ? 'claim.dialog.letterIntro' : 'claim.dialog.fileIntro')}</p>
        <form onSubmit={(event) => void make(event)}>
          <div className="cobro-row">
            <SelectField label={t('claim.dialog.language')} value={language} options={languages} onChange={(value) => setLanguage(value === 'en' ? 'en' : 'es')} />
            <TextField
              type="date"
              label={t(isLetter ? 'claim.dialog.deadline' : 'claim.dialog.asOf')}
              value={date}
              onChange={setDate}
              required
              {...(isLetter ? { min: addDays(today, 1) } : { max: today })}
            />
          </div>
          <div className="cobro-buttons">
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
            {/* Never disabled: a disabled button drops the focus, and Escape would no longer reach the dialog. */}
            <button type="submit" className="cobro-primary" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
              {busy ? t('claim.dialog.making') : t('claim.dialog.make')}
            </button>
          </div>
        </form>
        <div aria-live="polite">
          {made ? <p data-cobro="pdf-made">{t('claim.dialog.made', { fileName: made.fileName })}</p> : null}
          {made && made.missingGlyphs.length > 0 ? <p className="cobro-form-error">{t('claim.dialog.glyphsMissing', { chars: made.missingGlyphs.join(' ') })}</p> : null}
        </div>
        {error ? (
          <p role="alert" className="cobro-form-error">
            {error}
          </p>
        ) : null}
        {/* Also there without making the PDF again: the letter may have gone days after it was made. */}
        {isLetter ? <RecordLetterSent debtor={debtor} today={today} onRecorded={onRecorded} /> : null}
      </section>
    </div>
  );
}

function RecordLetterSent({ debtor, today, onRecorded }: { debtor: Debtor; today: string; onRecorded(): void }) {
  const { t } = useUi('RecordLetterSent');
  const { client } = useWorkspace('RecordLetterSent');
  const id = useId();
  const [sentOn, setSentOn] = useState(today);
  const [method, setMethod] = useState<LetterMethod>('burofax');
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(false);

  const record = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || recorded || !isIsoDate(sentOn)) return;
    setBusy(true);
    setError(null);
    const ref = reference.trim();
    const methodName = t(`claim.method.${method}`);
    // A certificate is logged once however often it is entered; a letter without one each time.
    const key = letterDedupeKey(debtor.id, method, ref) + (ref ? '' : `:${Date.now()}`);
    const result = await client.send('event-log', {
      debtorId: debtor.id,
      kind: 'letter',
      channel: method === 'email' ? 'email' : 'letter',
      direction: 'outbound',
      // Today: now. Another day: its midday, which is that day on any clock within eleven hours of UTC.
      ...(sentOn === today ? {} : { at: `${sentOn}T12:00:00.000Z` }),
      subject: t('claim.letterSubject'),
      note: ref ? t('claim.letterNote', { method: methodName, reference: ref }) : t('claim.letterNoteNoReference', { method: methodName }),
      dedupeKey: key,
    });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(t, result.error));
      return;
    }
    setRecorded(true);
    onRecorded();
  };

  return (
    <form className="cobro-panel" aria-labelledby={`${id}-title`} onSubmit={(event) => void record(event)} data-cobro="record-letter">
      <h3 id={`${id}-title`}>{t('claim.dialog.recordSent')}</h3>
      <div className="cobro-row">
        <TextField type="date" label={t('claim.dialog.sentOn')} value={sentOn} onChange={setSentOn} max={today} required />
        <SelectField
          label={t('claim.dialog.sentBy')}
          value={method}
          options={LETTER_METHODS.map((value) => ({ value, label: t(`claim.method.${value}`) }))}
          onChange={(value) => setMethod(LETTER_METHODS.find((name) => name === value) ?? 'burofax')}
        />
      </div>
      <TextField label={t('claim.dialog.reference')} hint={t('claim.dialog.referenceHint')} value={reference} onChange={setReference} maxLength={120} />
      <div className="cobro-buttons">
        <button type="submit" aria-disabled={busy || recorded || undefined} aria-busy={busy || undefined}>
          {t('claim.dialog.record')}
        </button>
      </div>
      {recorded ? <p role="status">{t('claim.dialog.recorded')}</p> : null}
      {error ? (
        <p role="alert" className="cobro-form-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
