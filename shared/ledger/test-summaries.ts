// A debtor's summary line for tests of what lists and adds summaries up: someone who owes nothing,
// with the fields a case cares about given. Test support only.
import type { DebtorSummary, SummaryEntry } from './summary';

export function clearSummary(id: string, fields: Partial<DebtorSummary> = {}): DebtorSummary {
  return {
    id,
    name: id,
    emails: [],
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    tags: [],
    outstanding: [],
    overdue: [],
    daysLate: null,
    oldestDueDate: null,
    agingBucket: null,
    ladderStep: null,
    state: 'clear',
    severity: 0,
    kind: null,
    nextAction: null,
    dueToday: false,
    lastContactAt: null,
    paused: false,
    disputed: false,
    doNotContact: false,
    currencies: [],
    invoiceCount: 0,
    openInvoiceCount: 0,
    ...fields,
  };
}

export function summaryEntry(id: string, overrides: { summary?: Partial<DebtorSummary>; facts?: Partial<SummaryEntry['facts']> } = {}): SummaryEntry {
  return {
    summary: clearSummary(id, overrides.summary),
    facts: { aging: [], openPromises: [], payments: [], sales: [], writtenOff: [], ...overrides.facts },
    searchText: id,
  };
}
