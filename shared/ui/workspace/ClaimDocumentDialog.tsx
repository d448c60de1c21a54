// The claim file or the formal letter for one debtor: the user picks the language and the date
// (amounts as of, or the letter's new deadline), the PDF is made here and downloaded. The PDF
// code and its font are separate chunks, fetched only now. In the letter's dialog the user can
// record that it went (date, how, the certificate's reference): a 'letter' event on the timeline, which
// the claim file then counts as proof of receipt. For the claim file the user may add each
// invoice's own PDF: checked when chosen (the check is part of the PDF code, fetched then), held
// in this dialog only and gone when it closes — the ledger never stores them.
import { Modal } from './Modal';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { addDays, dateIn, isIsoDate } from '../../dates';
import { letterDedupeKey, LETTER_METHODS, type ClaimLanguage, type LetterMethod } from '../../claim/claim-data';
import type { PdfFonts } from '../../claim/claim-pdf-kit';
import type { InvoicePdf } from '../../claim/claim-pdf';
import { fileSize, INVOICE_PDF_MAX_BYTES, type InvoicePdfProblem } from '../../claim/invoice-files';
import type { Debtor, Invoice } from '../../ledger/schema';
import { useUi } from '../context';
import { SelectField, TextField } from '../fields';
import { errorText } from '../format';
import type { DebtorDocument } from './routes';
import { useWorkspace } from './services';

export interface ClaimDocumentDialogProps {
  debtor: Debtor;
  document: DebtorDocument;
  /** The debtor's invoices: the claim file offers to attach each one's PDF. */
  invoices: readonly Pick<Invoice, 'id' | 'number'>[];
  onClose(): void;
  /** A letter was recorded as sent: the page reads the timeline again. */
  onRecorded(): void;
}

/** The letter gives this many days to pay unless the user picks another date. */
const LETTER_DAYS = 10;

const loadFonts = async (): Promise<PdfFonts> => (await import('../../claim/claim-pdf-fonts')).loadDejaVuSans();

type Made = { fileName: string; missingGlyphs: string[] };

/** An invoice PDF the user chose and the check accepted. */
interface ChosenPdf extends InvoicePdf {
  size: number;
  protected: boolean;
}

export function ClaimDocumentDialog({ debtor, document, invoices, onClose, onRecorded }: ClaimDocumentDialogProps) {
  const { t, locale } = useUi('ClaimDocumentDialog');
  const { client, download } = useWorkspace('ClaimDocumentDialog');
  const today = dateIn(debtor.timeZone, new Date());
  const isLetter = document === 'letter';
  // The letter goes in the customer's language; the file in the user's (it is for their lawyer).
  const [language, setLanguage] = useState<ClaimLanguage>(() => ((isLetter ? debtor.locale : locale).toLowerCase().startsWith('es') ? 'es' : 'en'));
  const [date, setDate] = useState(isLetter ? addDays(today, LETTER_DAYS) : today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [pdfs, setPdfs] = useState<ReadonlyMap<string, ChosenPdf>>(new Map());
  const choosePdf = (invoiceId: string, pdf: ChosenPdf | null) =>
    setPdfs((before) => {
      const after = new Map(before);
      if (pdf) after.set(invoiceId, pdf);
      else after.delete(invoiceId);
      return after;
    });

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
        : await (await import('../../claim/claim-pdf')).makeClaimPdf(data.value, loadFonts, [...pdfs.values()]);
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
    <Modal
      title={t(isLetter ? 'claim.dialog.letterTitle' : 'claim.dialog.fileTitle', { name: debtor.name })}
      onClose={onClose}
      initialFocus={(element) => element.querySelector<HTMLElement>('select')}
      dataCobro={isLetter ? 'letter-dialog' : 'claim-file-dialog'}
    >
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
        {!isLetter && invoices.length > 0 ? (
          <fieldset data-cobro="invoice-pdfs">
            <legend>{t('claim.attach.legend')}</legend>
            <p className="cobro-field-hint">{t('claim.attach.note')}</p>
            {invoices.map((invoice) => (
              <InvoicePdfField key={invoice.id} invoice={invoice} chosen={pdfs.get(invoice.id) ?? null} onChoose={(pdf) => choosePdf(invoice.id, pdf)} />
            ))}
          </fieldset>
        ) : null}
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
    </Modal>
  );
}

const PROBLEM_TEXT = { 'too-large': 'claim.attach.tooLarge', 'not-pdf': 'claim.attach.notPdf', unreadable: 'claim.attach.unreadable' } as const;

/**
 * One invoice's PDF: a file input until a file is accepted, then its name and size with Remove.
 * A refused file leaves things as they were and says why beside the input. Focus follows the
 * swap (to Remove once attached, back to the input once removed) so the keyboard is not lost.
 */
function InvoicePdfField({ invoice, chosen, onChoose }: { invoice: Pick<Invoice, 'id' | 'number'>; chosen: ChosenPdf | null; onChoose(pdf: ChosenPdf | null): void }) {
  const { t, locale } = useUi('InvoicePdfField');
  const id = useId();
  const [checking, setChecking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const remove = useRef<HTMLButtonElement | null>(null);
  const focusNext = useRef<'input' | 'remove' | null>(null);

  useEffect(() => {
    const target = focusNext.current === 'input' ? input.current : focusNext.current === 'remove' ? remove.current : null;
    if (target) {
      focusNext.current = null;
      target.focus();
    }
  }, [chosen]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const field = event.currentTarget;
    const file = field.files?.[0];
    if (!file) return;
    setProblem(null);
    const refuse = (reason: InvoicePdfProblem) => {
      setProblem(t(PROBLEM_TEXT[reason], { file: file.name, size: fileSize(file.size, locale) }));
      // The input shows no file again: the refused one is not attached.
      field.value = '';
    };
    // Too big is known before reading a byte of it.
    if (file.size > INVOICE_PDF_MAX_BYTES) return refuse('too-large');
    setChecking(file.name);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const checked = await (await import('../../claim/invoice-pdf')).checkInvoicePdf(bytes);
      if (!checked.ok) return refuse(checked.problem);
      focusNext.current = 'remove';
      onChoose({ invoiceId: invoice.id, originalName: file.name, bytes, size: bytes.length, protected: checked.value.protected });
    } catch {
      refuse('unreadable');
    } finally {
      setChecking(null);
    }
  };

  const label = t('claim.attach.label', { number: invoice.number });
  if (chosen)
    return (
      <div className="cobro-field" data-cobro="invoice-pdf" data-invoice-number={invoice.number}>
        <span className="cobro-field-label">{label}</span>
        <div className="cobro-attached-file">
          <span role="status">{t('claim.attach.chosen', { file: chosen.originalName, size: fileSize(chosen.size, locale) })}</span>
          <button
            ref={remove}
            type="button"
            aria-label={t('claim.attach.removeLabel', { number: invoice.number })}
            onClick={() => {
              focusNext.current = 'input';
              onChoose(null);
            }}
          >
            {t('claim.attach.remove')}
          </button>
        </div>
        {chosen.protected ? <p className="cobro-field-hint">{t('claim.attach.protectedNote')}</p> : null}
      </div>
    );
  return (
    <div className={problem ? 'cobro-field cobro-field-invalid' : 'cobro-field'} data-cobro="invoice-pdf" data-invoice-number={invoice.number}>
      <span id={`${id}-label`} className="cobro-field-label">
        {label}
      </span>
      {/* The browser's own file button speaks the browser's language, not the user's: it is hidden
          (still focusable, still the control a screen reader meets) behind a label in the UI's words. */}
      <div className="cobro-file-pick">
        <input
          ref={input}
          id={id}
          type="file"
          accept="application/pdf"
          className="cobro-visually-hidden"
          aria-labelledby={`${id}-label`}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => void choose(event)}
        />
        <label htmlFor={id} className="cobro-file-button" aria-hidden="true">
          {t('claim.attach.choose')}
        </label>
        <span className="cobro-muted">{t('claim.attach.noFile')}</span>
      </div>
      {checking ? <p className="cobro-field-hint">{t('claim.attach.checking', { file: checking })}</p> : null}
      {problem ? (
        <p id={`${id}-error`} role="alert" className="cobro-field-error">
          {problem}
        </p>
      ) : null}
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
