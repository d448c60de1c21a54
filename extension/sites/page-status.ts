// A page's status words, read with the import's table (shared/import/status-words.ts: English and
// Spanish as accounting tools write them) so a page and a file say the same thing about the same
// word, in the page readers' terms: part paid told apart from open, a draft from a deleted one.
import { foldText } from '../../shared/import/fold';
import { isPartlyPaidWord, notToCollectKind, statusFromWord } from '../../shared/import/status-words';
import type { PageInvoiceStatus } from './page-invoice';

/**
 * One status word or phrase, whole. null for a word the table does not know, for a deleted
 * document (it says nothing of what is owed) and for a written-off one (neither owed as usual nor
 * cancelled: the user says what it is in the form).
 */
export function pageStatusOf(word: string): PageInvoiceStatus | null {
  switch (statusFromWord(word)) {
    case 'open':
      return isPartlyPaidWord(word) ? 'partial' : 'open';
    // Still owed: the page readers have no word for the dispute.
    case 'disputed':
      return 'open';
    case 'paid':
      return 'paid';
    case 'void':
      return 'void';
    case 'skip':
      return notToCollectKind(word) === 'draft' ? 'draft' : null;
    default:
      return null;
  }
}

/** The longest phrase in the table ("pendiente de cobro", "paid in full") has three words. */
const MAX_PHRASE = 4;
/** Among phrases of the same length, the one that says most about what is owed comes first. */
const FIRST: readonly PageInvoiceStatus[] = ['partial', 'paid', 'void', 'draft', 'open'];

/**
 * A status in a text that may say more than the word ("Paid on 5 Dec", "Overdue (12 days)", "Estado:
 * enviada, no pagada"), as a generic page writes it: the longest known phrase in it, so "not paid"
 * is open and "partially paid" part paid, never "paid".
 */
export function pageStatusIn(text: string): PageInvoiceStatus | null {
  const whole = pageStatusOf(text);
  if (whole !== null) return whole;
  const words = foldText(text).split(/[^\p{L}\p{N}/_-]+/u).filter((word) => word !== '');
  for (let size = Math.min(MAX_PHRASE, words.length); size >= 1; size -= 1) {
    let best: PageInvoiceStatus | null = null;
    for (let at = 0; at + size <= words.length; at += 1) {
      const status = pageStatusOf(words.slice(at, at + size).join(' '));
      if (status !== null && (best === null || FIRST.indexOf(status) < FIRST.indexOf(best))) best = status;
    }
    if (best !== null) return best;
  }
  return null;
}
