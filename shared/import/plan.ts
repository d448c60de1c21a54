// Turning parsed rows into the writes that bring the ledger up to date, without touching
// it: records to create and to update (each complete and valid), rows that cannot go in
// and why. Matching is by address first, then by name, and an invoice is its debtor plus
// its number, so importing the same file twice changes nothing the second time.
//
// An address belongs to one customer. When a row's address is a customer's whose name is not the
// row's (the ledger's "Shared Mail A" and the file's "Shared Mail B", or two rows of the file),
// the plan does not decide alone: it reports the two names as a NameConflict and follows the
// user's answer, or keeps the first name until they give one.
import type { z } from 'zod';
import type { IsoDateTime } from '../dates';
import { Debtor, Invoice, type Settings } from '../ledger/schema';
import { nameKey } from './names';
import { PROGRESS_EVERY, rowTally, type RowProgress } from './progress';
import { RECEIVABLE_ONLY_FORMATS, type ImportFormat, type ImportRow, type RejectCode, type RejectedRow, type RowReason } from './types';

export interface PlanContext {
  now: Date;
  newId: () => string;
  settings: Settings;
  format: ImportFormat;
  /** The parse's rejected rows: an invoice they name is not taken for settled because it is missing from `rows`. */
  rejected?: readonly RejectedRow[];
  /**
   * Rows planned of all the rows, every PROGRESS_EVERY rows. The plan passes over the rows twice
   * (debtors, then invoices); each pass counts as half of each row.
   */
  onProgress?: RowProgress | undefined;
  /** The user's answers to the preview's name questions; an unanswered one is 'keep'. */
  nameChoices?: readonly NameAnswer[] | undefined;
}

/**
 * What one address with two names is: 'keep' — one customer, under the name it already has;
 * 'rename' — one customer, under the other name; 'separate' — two customers, and the rows with
 * the other name go to a customer of that name without this address.
 */
export const NAME_CHOICES = ['keep', 'rename', 'separate'] as const;
export type NameChoice = (typeof NAME_CHOICES)[number];

export interface NameAnswer {
  address: string;
  /** The other name, as the conflict gives it (compared as nameKey does). */
  name: string;
  choice: NameChoice;
}

export interface NameConflict {
  address: string;
  /** The name the address already goes with: the customer in the ledger (line null), or the file's first row with it. */
  holder: { name: string; line: number | null };
  /** The other name as the file writes it first, the lines where it comes with this address and their invoice numbers. */
  other: { name: string; lines: number[]; invoices: string[] };
  /** What the plan did: the user's answer, or 'keep' when there is none. */
  choice: NameChoice;
  answered: boolean;
}

export type PlanSkipCode = RejectCode | 'email-taken' | 'currency-mismatch' | 'invalid-record';

export interface PlanSkip {
  line: number;
  code: PlanSkipCode;
  message: string;
  reason: RowReason;
}

export interface PlanWarning {
  line: number;
  invoiceId: string;
  /** 'balance-grew': the file says less was paid than the ledger knew; 'amount-changed': the invoice total changed. */
  code: 'balance-grew' | 'amount-changed';
  message: string;
  /** The invoice, and the paid amount ('balance-grew') or total ('amount-changed') before and after, in minor units of `currency`. */
  number: string;
  currency: string;
  before: number;
  after: number;
}

export interface ImportSummary {
  rows: number;
  debtorsToCreate: number;
  debtorsToUpdate: number;
  invoicesToCreate: number;
  invoicesToUpdate: number;
  invoicesProposedPaid: number;
  unchanged: number;
  skipped: number;
  flagged: number;
  warnings: number;
}

export interface ImportPlan {
  debtorsToCreate: Debtor[];
  debtorsToUpdate: Debtor[];
  invoicesToCreate: Invoice[];
  invoicesToUpdate: Invoice[];
  /**
   * Receivable-only formats list what is still owed: an open invoice imported earlier from
   * the same format, for a debtor in this file, that the file no longer lists was settled.
   * Shown apart and written only when the user agrees.
   */
  invoicesProposedPaid: Invoice[];
  /** Rows whose invoice already reads exactly as the file says. */
  unchanged: number;
  skipped: PlanSkip[];
  /** Debtors in the file that have no address to write to. */
  flagged: { debtorId: string; code: 'no-address' }[];
  warnings: PlanWarning[];
  /** Addresses that come with two names, in file order, each with what the plan did about it. */
  nameConflicts: NameConflict[];
  summary: ImportSummary;
}

const DISPUTE_REASON = 'Marked as disputed in the imported file';

type Outcome<T> = { ok: true; value: T } | { ok: false; code: PlanSkipCode; message: string; reason: RowReason };

function validated<T>(schema: z.ZodType<T>, value: T, what: string, kind: 'debtor' | 'invoice'): Outcome<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return {
    ok: false,
    code: 'invalid-record',
    message: `the ${what} would not be valid (${where}${issue?.message ?? 'invalid'})`,
    reason: { code: 'invalid-record', what: kind },
  };
}

function invoiceKey(debtorId: string, number: string): string {
  return `${debtorId}\u0000${number}`;
}

function answerKey(address: string, name: string): string {
  return `${address}\u0000${nameKey(name)}`;
}

function sameDebtor(a: Debtor | undefined, b: Debtor): boolean {
  return a !== undefined && JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

class Planner {
  private readonly nowIso: IsoDateTime;
  /** Current state of every debtor, existing or planned. */
  private readonly debtors = new Map<string, Debtor>();
  /** New debtors; only those that end up with an invoice are created. */
  private readonly pending = new Set<string>();
  private readonly created = new Set<string>();
  private readonly updated = new Set<string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly invoices = new Map<string, Invoice>();
  private readonly invoicesCreated = new Map<string, Invoice>();
  private readonly invoicesUpdated = new Map<string, Invoice>();
  /** Debtor + number of every row whose debtor was identified, kept or not. */
  private readonly inFile = new Set<string>();
  private readonly debtorsInFile = new Set<string>();
  private unchanged = 0;
  private readonly skipped: PlanSkip[] = [];
  private readonly warnings: PlanWarning[] = [];
  /** The file's first line of each new debtor, for the name questions. */
  private readonly firstLine = new Map<string, number>();
  /** Name keys each debtor is known by: its own name, and the one it is renamed from. */
  private readonly knownAs = new Map<string, Set<string>>();
  /** By debtor and the other name's key. */
  private readonly conflicts = new Map<string, NameConflict>();
  private readonly answers = new Map<string, NameChoice>();

  constructor(
    private readonly existing: { debtors: readonly Debtor[]; invoices: readonly Invoice[] },
    private readonly ctx: PlanContext,
  ) {
    this.nowIso = ctx.now.toISOString();
    for (const answer of ctx.nameChoices ?? []) this.answers.set(answerKey(answer.address, answer.name), answer.choice);
    for (const debtor of existing.debtors) this.remember(debtor);
    for (const invoice of existing.invoices) this.invoices.set(invoiceKey(invoice.debtorId, invoice.number), invoice);
  }

  private remember(debtor: Debtor): void {
    this.debtors.set(debtor.id, debtor);
    for (const email of debtor.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, debtor.id);
    const name = nameKey(debtor.name);
    // Two customers with one name: the same one every time, whichever was seen first (a rename
    // can give a customer the name of another).
    const holder = this.byName.get(name);
    if (holder === undefined || debtor.id < holder) this.byName.set(name, debtor.id);
    let known = this.knownAs.get(debtor.id);
    if (!known) this.knownAs.set(debtor.id, (known = new Set()));
    known.add(name);
  }

  /**
   * The row's address is `ownerId`'s but its name is another: the question about it (created on
   * its first row), with this row counted in. null when the names are the same.
   */
  private nameConflict(row: ImportRow, ownerId: string, address: string): NameConflict | null {
    const key = nameKey(row.debtor.name);
    const id = `${ownerId}\u0000${key}`;
    let conflict = this.conflicts.get(id);
    if (!conflict) {
      if (this.knownAs.get(ownerId)?.has(key)) return null;
      const owner = this.debtors.get(ownerId)!;
      const answer = this.answers.get(answerKey(address, row.debtor.name));
      conflict = {
        address,
        holder: { name: owner.name, line: this.firstLine.get(ownerId) ?? null },
        other: { name: row.debtor.name, lines: [], invoices: [] },
        choice: answer ?? 'keep',
        answered: answer !== undefined,
      };
      this.conflicts.set(id, conflict);
    }
    if (conflict.other.lines.at(-1) !== row.line) {
      conflict.other.lines.push(row.line);
      conflict.other.invoices.push(row.invoice.number);
    }
    return conflict;
  }

  private skip(row: ImportRow, code: PlanSkipCode, message: string, reason: RowReason): void {
    this.skipped.push({ line: row.line, code, message, reason });
  }

  /**
   * Pass one: which debtor each row belongs to. Every row that names a debtor teaches it its
   * addresses (and fills an empty phone or notes) even if its invoice is skipped later, so
   * that the ledger after the import routes every row the same way again.
   */
  route(row: ImportRow): string | null {
    // An address the user said is another customer's than this name's: the row goes without it.
    const kept = row.debtor.emails.filter((email) => {
      const owner = this.byEmail.get(email);
      return owner === undefined || this.answers.get(answerKey(email, row.debtor.name)) !== 'separate' || this.nameConflict(row, owner, email) === null;
    });
    if (kept.length < row.debtor.emails.length) row = { ...row, debtor: { ...row.debtor, emails: kept } };
    const owners = new Set<string>();
    for (const email of row.debtor.emails) {
      const owner = this.byEmail.get(email);
      if (owner !== undefined) owners.add(owner);
    }
    if (owners.size > 1) {
      const names = [...owners].map((id) => this.debtors.get(id)!.name).join(', ');
      this.skip(row, 'email-taken', `the addresses ${row.debtor.emails.join(', ')} belong to different debtors (${names})`, {
        code: 'emails-taken',
        emails: row.debtor.emails.join(', '),
        names,
      });
      return null;
    }
    const ownerId = owners.size === 1 ? [...owners][0]! : undefined;
    const address = ownerId === undefined ? undefined : row.debtor.emails.find((email) => this.byEmail.get(email) === ownerId)!;
    const conflict = ownerId === undefined || address === undefined ? null : this.nameConflict(row, ownerId, address);
    if (conflict?.choice === 'separate') {
      // Another customer: the row goes by its other addresses or its name, without this customer's.
      const emails = row.debtor.emails.filter((email) => this.byEmail.get(email) !== ownerId);
      return this.route({ ...row, debtor: { ...row.debtor, emails } });
    }
    const key = nameKey(row.debtor.name);
    const matchedId = ownerId ?? this.byName.get(key);
    if (matchedId === undefined) {
      const created = this.newDebtor(row);
      if (!created.ok) {
        this.skip(row, created.code, created.message, created.reason);
        return null;
      }
      this.pending.add(created.value.id);
      this.firstLine.set(created.value.id, row.line);
      this.remember(created.value);
      return created.value.id;
    }
    if (row.line < (this.firstLine.get(matchedId) ?? Infinity)) this.firstLine.set(matchedId, row.line);
    const current = this.debtors.get(matchedId)!;
    const merged = this.mergedDebtor(current, row, conflict?.choice === 'rename' ? conflict.other.name : undefined);
    if (!merged.ok) {
      this.skip(row, merged.code, merged.message, merged.reason);
      return null;
    }
    if (merged.value !== current) {
      // Renamed: the old name no longer finds it, as it would not once the import is written.
      if (merged.value.name !== current.name && this.byName.get(nameKey(current.name)) === matchedId) this.byName.delete(nameKey(current.name));
      this.remember(merged.value);
      if (!this.pending.has(matchedId)) this.updated.add(matchedId);
    }
    return matchedId;
  }

  /** Pass two: the row's invoice, created, updated, unchanged or skipped. */
  plan(row: ImportRow, debtorId: string): void {
    const key = invoiceKey(debtorId, row.invoice.number);
    this.debtorsInFile.add(debtorId);
    if (this.inFile.has(key)) {
      const name = this.debtors.get(debtorId)!.name;
      this.skip(row, 'duplicate-invoice', `invoice ${row.invoice.number} of ${name} is already in this file`, {
        code: 'duplicate-in-file',
        number: row.invoice.number,
        name,
        firstLine: null,
      });
      return;
    }
    this.inFile.add(key);
    const current = this.invoices.get(key);
    if (current === undefined && row.invoice.status === 'void') {
      // A voided invoice is not owed: it is only news for an invoice Cobro already has, which turns void.
      this.skip(row, 'skipped-status', `invoice ${row.invoice.number} is void and not in Cobro: nothing to collect`, {
        code: 'not-to-collect',
        value: 'void',
        kind: 'void',
      });
      return;
    }
    const invoice = current === undefined ? this.newInvoice(row, debtorId) : this.updatedInvoice(current, row);
    if (!invoice.ok) return this.skip(row, invoice.code, invoice.message, invoice.reason);
    if (invoice.value === null) {
      this.unchanged++;
      return;
    }
    const { record, warnings } = invoice.value;
    this.invoices.set(key, record);
    if (current === undefined) {
      this.invoicesCreated.set(record.id, record);
      if (this.pending.has(debtorId)) this.created.add(debtorId);
    } else this.invoicesUpdated.set(record.id, record);
    for (const warning of warnings) this.warnings.push({ ...warning, line: row.line, invoiceId: record.id });
  }

  private newDebtor(row: ImportRow): Outcome<Debtor> {
    const { settings } = this.ctx;
    const draft: Debtor = {
      id: this.ctx.newId(),
      name: row.debtor.name,
      emails: row.debtor.emails,
      locale: row.debtor.locale ?? settings.defaultLocale,
      timeZone: row.debtor.timeZone ?? settings.defaultTimeZone,
      tags: [],
      notes: row.debtor.notes ?? '',
      pause: null,
      doNotContact: false,
      delinquencyOverride: null,
      contactPolicy: null,
      createdAt: this.nowIso,
      updatedAt: this.nowIso,
    };
    if (row.debtor.phone) draft.phone = row.debtor.phone;
    return validated<Debtor>(Debtor, draft, `debtor ${row.debtor.name}`, 'debtor');
  }

  /**
   * New addresses are added; a phone or notes only fill what is empty; the user's own edits stay.
   * `rename`: the user said this customer goes by the file's name.
   */
  private mergedDebtor(current: Debtor, row: ImportRow, rename?: string): Outcome<Debtor> {
    const newEmails = row.debtor.emails.filter((email) => !current.emails.includes(email));
    const phone = !current.phone && row.debtor.phone ? row.debtor.phone : undefined;
    const notes = current.notes === '' && row.debtor.notes ? row.debtor.notes : undefined;
    const name = rename !== undefined && rename !== current.name ? rename : undefined;
    if (newEmails.length === 0 && phone === undefined && notes === undefined && name === undefined) return { ok: true, value: current };
    const next: Debtor = {
      ...current,
      ...(name === undefined ? {} : { name }),
      emails: [...current.emails, ...newEmails],
      ...(phone === undefined ? {} : { phone }),
      ...(notes === undefined ? {} : { notes }),
      updatedAt: this.nowIso,
    };
    return validated<Debtor>(Debtor, next, `debtor ${current.name}`, 'debtor');
  }

  private newInvoice(row: ImportRow, debtorId: string): Outcome<{ record: Invoice; warnings: [] }> {
    const source = row.invoice;
    const draft: Invoice = {
      id: this.ctx.newId(),
      debtorId,
      number: source.number,
      currency: source.currency,
      amount: source.amount,
      paid: source.paid,
      issueDate: source.issueDate,
      dueDate: source.dueDate,
      status: source.status,
      dispute: source.status === 'disputed' ? { reason: DISPUTE_REASON, since: this.nowIso } : null,
      pause: null,
      source: { kind: 'import', format: this.ctx.format },
      createdAt: this.nowIso,
      updatedAt: this.nowIso,
    };
    const record = validated<Invoice>(Invoice, draft, `invoice ${source.number}`, 'invoice');
    return record.ok ? { ok: true, value: { record: record.value, warnings: [] } } : record;
  }

  /** null when the ledger already says what the file says. */
  private updatedInvoice(
    current: Invoice,
    row: ImportRow,
  ): Outcome<{ record: Invoice; warnings: Omit<PlanWarning, 'line' | 'invoiceId'>[] } | null> {
    const file = row.invoice;
    if (file.currency !== current.currency) {
      return {
        ok: false,
        code: 'currency-mismatch',
        message: `invoice ${file.number} is in ${current.currency} in Cobro but ${file.currency} in the file`,
        reason: { code: 'currency-mismatch', number: file.number, ledger: current.currency, file: file.currency },
      };
    }
    const warnings: Omit<PlanWarning, 'line' | 'invoiceId'>[] = [];
    const amount = file.amount;
    const facts = { number: file.number, currency: current.currency };
    if (amount !== current.amount) {
      warnings.push({
        code: 'amount-changed',
        message: `invoice ${file.number}: amount changed from ${current.amount} to ${amount} minor units`,
        ...facts,
        before: current.amount,
        after: amount,
      });
    }
    let paid = current.paid;
    if (file.paidUnknown) paid = Math.min(current.paid, amount);
    else if (file.paid !== current.paid) {
      if (file.paid < current.paid) {
        warnings.push({
          code: 'balance-grew',
          message: `invoice ${file.number}: the file says ${file.paid} minor units paid, Cobro had ${current.paid}; the balance grows`,
          ...facts,
          before: current.paid,
          after: file.paid,
        });
      }
      paid = file.paid;
    }
    const dueDate = file.dueDate;
    const issueDate = file.issueDate ?? current.issueDate;

    let status = current.status;
    if (file.status !== 'open') status = file.status;
    else if (paid >= amount && current.paid < current.amount) status = 'paid'; // settled by this import
    else if (current.status === 'paid' && paid < amount) status = 'open'; // reopened
    // Otherwise an open row leaves 'disputed', 'written_off' and 'void' alone: the user decided those here.
    let dispute = current.dispute;
    if (status === 'disputed' && dispute === null) dispute = { reason: DISPUTE_REASON, since: this.nowIso };
    if (status !== 'disputed' && current.status === 'disputed') dispute = null;

    if (
      amount === current.amount &&
      paid === current.paid &&
      status === current.status &&
      dueDate === current.dueDate &&
      issueDate === current.issueDate &&
      dispute === current.dispute
    ) {
      return { ok: true, value: null };
    }
    const next: Invoice = { ...current, amount, paid, status, dueDate, issueDate, dispute, updatedAt: this.nowIso };
    const record = validated<Invoice>(Invoice, next, `invoice ${file.number}`, 'invoice');
    return record.ok ? { ok: true, value: { record: record.value, warnings } } : record;
  }

  /** Receivable-only formats: open invoices this format brought in earlier and the file no longer lists. */
  private proposedPaid(): Invoice[] {
    if (!RECEIVABLE_ONLY_FORMATS.includes(this.ctx.format)) return [];
    const mentioned = new Set<string>();
    for (const rejected of this.ctx.rejected ?? []) if (rejected.invoiceNumber) mentioned.add(rejected.invoiceNumber);
    const proposals: Invoice[] = [];
    for (const invoice of this.existing.invoices) {
      if (!this.debtorsInFile.has(invoice.debtorId)) continue;
      if (invoice.source.kind !== 'import' || invoice.source.format !== this.ctx.format) continue;
      if ((invoice.status !== 'open' && invoice.status !== 'disputed') || invoice.paid >= invoice.amount) continue;
      if (this.inFile.has(invoiceKey(invoice.debtorId, invoice.number)) || mentioned.has(invoice.number)) continue;
      proposals.push({ ...invoice, paid: invoice.amount, status: 'paid', dispute: null, updatedAt: this.nowIso });
    }
    return proposals;
  }

  result(rowCount: number): ImportPlan {
    // Creation order follows first appearance in the file, not first invoice.
    const debtorsToCreate = [...this.pending]
      .filter((id) => this.created.has(id))
      .sort((a, b) => this.firstLine.get(a)! - this.firstLine.get(b)!)
      .map((id) => this.debtors.get(id)!);
    // Two answers may rename a customer and back (three names for one address): no change then.
    const before = new Map(this.existing.debtors.map((debtor) => [debtor.id, debtor]));
    const debtorsToUpdate = [...this.updated].map((id) => this.debtors.get(id)!).filter((debtor) => !sameDebtor(before.get(debtor.id), debtor));
    const invoicesToCreate = [...this.invoicesCreated.values()];
    const invoicesToUpdate = [...this.invoicesUpdated.values()];
    const invoicesProposedPaid = this.proposedPaid();
    const skipped = [...this.skipped].sort((a, b) => a.line - b.line);
    const flagged = [...this.debtorsInFile]
      .filter((id) => !this.pending.has(id) || this.created.has(id))
      .filter((id) => this.debtors.get(id)!.emails.length === 0)
      .map((debtorId) => ({ debtorId, code: 'no-address' as const }));
    return {
      debtorsToCreate,
      debtorsToUpdate,
      invoicesToCreate,
      invoicesToUpdate,
      invoicesProposedPaid,
      unchanged: this.unchanged,
      skipped,
      flagged,
      warnings: this.warnings,
      nameConflicts: [...this.conflicts.values()],
      summary: {
        rows: rowCount,
        debtorsToCreate: debtorsToCreate.length,
        debtorsToUpdate: debtorsToUpdate.length,
        invoicesToCreate: invoicesToCreate.length,
        invoicesToUpdate: invoicesToUpdate.length,
        invoicesProposedPaid: invoicesProposedPaid.length,
        unchanged: this.unchanged,
        skipped: skipped.length,
        flagged: flagged.length,
        warnings: this.warnings.length,
      },
    };
  }
}

export function planImport(
  rows: readonly ImportRow[],
  existing: { debtors: readonly Debtor[]; invoices: readonly Invoice[] },
  ctx: PlanContext,
): ImportPlan {
  const planner = new Planner(existing, ctx);
  const report = ctx.onProgress;
  const tally = report && rowTally(rows.length * 2, (passes) => report(Math.floor(passes / 2), rows.length), PROGRESS_EVERY * 2);
  // Rows with an address first: a row with only a name is then matched against the names the
  // customers end with, whatever the order of the file (a customer may be renamed by an answer).
  const routes: (string | null)[] = new Array<string | null>(rows.length).fill(null);
  for (const withAddress of [true, false]) {
    rows.forEach((row, index) => {
      if (row.debtor.emails.length > 0 !== withAddress) return;
      routes[index] = planner.route(row);
      tally?.add(1);
    });
  }
  rows.forEach((row, index) => {
    const debtorId = routes[index];
    if (debtorId !== null && debtorId !== undefined) planner.plan(row, debtorId);
    tally?.add(1);
  });
  const plan = planner.result(rows.length);
  tally?.finish();
  return plan;
}
