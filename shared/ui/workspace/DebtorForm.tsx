// Creating a debtor or editing one: name, addresses, contact details, language, time zone,
// tags, notes and "do not contact". The ledger's own checks (one debtor per address) come back
// on the field they concern.
import { Modal } from './Modal';
import { useMemo, useState, type FormEvent } from 'react';
import type { HandlerError, HandlerInput, Result } from '../../ledger/api';
import type { Debtor } from '../../ledger/schema';
import { isTimeZone } from '../../dates';
import { useUi } from '../context';
import { SearchField, TextField } from '../fields';
import { languageOptions, timeZoneOptions } from '../place-options';
import { errorText, issueText } from '../format';
import { FormButtons } from '../form-buttons';

export type DebtorFields = Pick<HandlerInput<'debtor-create'>, 'name' | 'emails' | 'contactName' | 'phone' | 'taxId' | 'address' | 'locale' | 'timeZone' | 'tags' | 'notes'> & {
  doNotContact?: boolean;
};

export interface DebtorFormProps {
  /** Absent: a new debtor. */
  debtor?: Debtor;
  defaults: { locale: string; timeZone: string };
  onSubmit(fields: DebtorFields): Promise<Result<unknown>>;
  onCancel(): void;
}

type Field = 'name' | 'emails' | 'locale' | 'timeZone' | 'phone' | 'form';
type Errors = Partial<Record<Field, string>>;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Addresses typed one per line or separated by commas or semicolons. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\n,;]+/).map((part) => part.trim()).filter((part) => part !== ''))];
}

function validLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}

function errorsFromHandler(t: ReturnType<typeof useUi>['t'], error: HandlerError): Errors {
  const found: Errors = {};
  for (const issue of error.issues ?? []) {
    const path = issue.path.replace(/^patch\./, '');
    if (path.startsWith('emails')) found.emails = error.code === 'email-taken' ? errorText(t, error) : issueText(t, issue);
    else if (path === 'name' || path === 'locale' || path === 'timeZone' || path === 'phone') found[path] = issueText(t, issue);
  }
  if (error.code === 'email-taken') found.emails = `${errorText(t, error)} ${error.message}`;
  if (Object.keys(found).length === 0) found.form = errorText(t, error);
  return found;
}

export function DebtorForm({ debtor, defaults, onSubmit, onCancel }: DebtorFormProps) {
  const { t, locale: uiLocale } = useUi('DebtorForm');
  const [name, setName] = useState(debtor?.name ?? '');
  const [emails, setEmails] = useState(debtor?.emails.join('\n') ?? '');
  const [contactName, setContactName] = useState(debtor?.contactName ?? '');
  const [phone, setPhone] = useState(debtor?.phone ?? '');
  const [taxId, setTaxId] = useState(debtor?.taxId ?? '');
  const [address, setAddress] = useState(debtor?.address ?? '');
  const [locale, setLocale] = useState(debtor?.locale ?? defaults.locale);
  const [timeZone, setTimeZone] = useState(debtor?.timeZone ?? defaults.timeZone);
  const [tags, setTags] = useState(debtor?.tags.join(', ') ?? '');
  const [notes, setNotes] = useState(debtor?.notes ?? '');
  const [doNotContact, setDoNotContact] = useState(debtor?.doNotContact ?? false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // Named in the UI's language; the stored tag or zone stays a choice even if the lists lack it.
  const languages = useMemo(() => languageOptions(uiLocale, debtor?.locale ?? defaults.locale), [uiLocale, debtor?.locale, defaults.locale]);
  const zones = useMemo(() => timeZoneOptions(uiLocale, debtor?.timeZone ?? defaults.timeZone), [uiLocale, debtor?.timeZone, defaults.timeZone]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const addresses = splitList(emails);
    const found: Errors = {};
    if (name.trim() === '') found.name = t('common.required');
    const bad = addresses.find((address) => !EMAIL_SHAPE.test(address));
    if (bad !== undefined) found.emails = t('ws.debtorForm.badEmail', { email: bad });
    if (!validLocale(locale.trim())) found.locale = t('ws.debtorForm.badLocale');
    if (!isTimeZone(timeZone.trim())) found.timeZone = t('ws.debtorForm.badTimeZone');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await onSubmit({
        name: name.trim(),
        emails: addresses,
        ...(contactName.trim() ? { contactName: contactName.trim() } : {}),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        // What the claim file names the customer by; an edit may clear them.
        ...(taxId.trim() || debtor?.taxId ? { taxId: taxId.trim() } : {}),
        ...(address.trim() || debtor?.address ? { address: address.trim() } : {}),
        locale: locale.trim(),
        timeZone: timeZone.trim(),
        tags: splitList(tags),
        notes: notes.trim(),
        ...(debtor ? { doNotContact } : {}),
      });
      if (!result.ok) setErrors(errorsFromHandler(t, result.error));
    } catch {
      setErrors({ form: t('common.somethingWentWrong') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={debtor ? t('ws.debtorForm.editTitle', { name: debtor.name }) : t('ws.debtorForm.newTitle')}
      onClose={onCancel}
      initialFocus={(element) => element.querySelector<HTMLElement>('input')}
    >
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={busy || undefined}>
        <TextField label={t('common.name')} value={name} onChange={setName} error={errors.name} required maxLength={200} />
        <TextField
          label={t('card.addresses')}
          hint={t('ws.debtorForm.emailsHint')}
          value={emails}
          onChange={setEmails}
          error={errors.emails}
          multiline
        />
        <div className="cobro-row">
          <TextField label={t('track.contactName')} value={contactName} onChange={setContactName} maxLength={200} />
          <TextField label={t('common.phone')} value={phone} onChange={setPhone} error={errors.phone} maxLength={40} />
        </div>
        <div className="cobro-row">
          <TextField label={t('claim.taxId')} value={taxId} onChange={setTaxId} maxLength={40} />
          <TextField label={t('claim.address')} value={address} onChange={setAddress} maxLength={500} />
        </div>
        <div className="cobro-row">
          <SearchField label={t('track.locale')} hint={t('ws.debtorForm.localeHint')} value={locale} options={languages} noMatch={t('ws.settings.noMatch')} onChange={setLocale} error={errors.locale} />
          <SearchField label={t('track.timeZone')} hint={t('ws.debtorForm.timeZoneHint')} value={timeZone} options={zones} noMatch={t('ws.settings.noMatch')} onChange={setTimeZone} error={errors.timeZone} />
        </div>
        <TextField label={t('card.tags')} hint={t('ws.debtorForm.tagsHint')} value={tags} onChange={setTags} />
        <TextField label={t('card.notes')} value={notes} onChange={setNotes} multiline maxLength={5000} />
        {debtor ? (
          <label className="cobro-check">
            <input type="checkbox" checked={doNotContact} onChange={(event) => setDoNotContact(event.target.checked)} />
            {t('state.debtor.doNotContact')}
          </label>
        ) : null}
        <FormButtons error={errors.form} busy={busy} onCancel={onCancel} />
      </form>
    </Modal>
  );
}
