// What sits beside one invoice on a tool's page: the customer's status chip (as in Gmail), and
// when it applies, what the page says that the ledger does not (paid, or less left), an offer to
// add an invoice Cobro does not have, and on an invoice's own page, Chase. Beside an invoice only
// marks fit: each mark's words are its tooltip and its accessible name.
import type { UiLanguage } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { useUi } from '../../../shared/ui/context';
import { nextActionText } from '../../../shared/ui/card/next-action-text';
import { formatDay } from '../../../shared/ui/format';
import { StatusChip } from '../../../shared/ui/StatusChip';
import type { Debtor } from '../../../shared/ledger/schema';
import type { CollectionStatus } from '../../../shared/collection/status';
import { extensionText } from '../../ui/messages';
import type { PageUpdate } from '../chip-plan';

export interface PageChipProps {
  language: UiLanguage;
  /** The tool's name ("Invoice Ninja"), or the site's host for the generic scanner. */
  tool: string;
  number: string | null;
  /** The customer, when the ledger knows them. */
  customer: { debtor: Debtor; status: CollectionStatus } | null;
  update: PageUpdate | null;
  /** Marks one above the other: beside a list's row there is height to spare, not width. */
  stacked?: boolean;
  onOpen?: () => void;
  onRecord?: () => void;
  onAdd?: () => void;
  onChase?: () => void;
}

export function PageChip({ language, tool, number, customer, update, stacked = false, onOpen, onRecord, onAdd, onChase }: PageChipProps) {
  const { t, locale } = useUi('PageChip');
  const next = customer?.status.nextAction ?? null;
  const nextText = next ? `${nextActionText(t, next)} · ${formatDay(next.date, locale)}` : null;
  const updateText =
    update === null
      ? null
      : update.kind === 'paid'
        ? extensionText(language, 'sitePaid', { tool })
        : extensionText(language, 'siteLower', { tool, amount: formatMoney({ amount: update.pageBalance, currency: update.currency }, locale) });
  return (
    <span className={`cobro cobro-page-chip${stacked ? ' cobro-page-chip-stacked' : ''}`}>
      {customer && onOpen ? <StatusChip
          debtor={customer.debtor}
          status={customer.status}
          onOpen={onOpen}
          compact
          note={nextText ? extensionText(language, 'siteNext', { what: nextText }) : undefined}
        /> : null}
      {update && onRecord ? (
        <button
          type="button"
          className="cobro-chip cobro-chip-update cobro-chip-compact"
          data-cobro="page-update"
          title={updateText ?? undefined}
          aria-label={extensionText(language, 'siteUpdateLabel', {
            tool,
            number: number ?? '',
            amount: formatMoney({ amount: update.pageBalance, currency: update.currency }, locale),
            ledger: formatMoney({ amount: update.ledgerBalance, currency: update.currency }, locale),
          })}
          onClick={() => onRecord()}
        >
          <span className="cobro-chip-plus" aria-hidden="true">
            !
          </span>
        </button>
      ) : null}
      {onAdd ? (
        <button
          type="button"
          className="cobro-chip cobro-chip-track cobro-chip-compact"
          data-cobro="page-add"
          title={extensionText(language, 'siteAdd')}
          aria-label={extensionText(language, 'siteAddLabel', { number: number ?? '' })}
          onClick={() => onAdd()}
        >
          <span className="cobro-chip-plus" aria-hidden="true">
            +
          </span>
        </button>
      ) : null}
      {customer && onChase ? (
        <button
          type="button"
          className="cobro-chip cobro-chip-chase"
          data-cobro="page-chase"
          aria-label={extensionText(language, 'siteChaseLabel', { name: customer.debtor.name })}
          onClick={() => onChase()}
        >
          {extensionText(language, 'siteChase')}
        </button>
      ) : null}
    </span>
  );
}
