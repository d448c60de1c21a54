// "Find a debtor": the shared search box, and the card of whoever is picked.
import { useState } from 'react';
import type { Debtor } from '../../shared/ledger/schema';
import { DebtorSearch } from '../../shared/ui/DebtorSearch';
import { DebtorPanel } from './DebtorPanel';
import type { PaneServices } from './pane-services';
import { searchDebtors } from './search-debtors';
import { usePaneText } from './pane-text';

export function SearchView({ services }: { services: PaneServices }) {
  const pt = usePaneText();
  const { client } = services;
  const [debtor, setDebtor] = useState<Debtor | null>(null);
  if (debtor) {
    return (
      <>
        <button type="button" className="cobro-pane-back" onClick={() => setDebtor(null)}>
          {pt('pane.back')}
        </button>
        <DebtorPanel client={client} debtorId={debtor.id} onClose={() => setDebtor(null)} />
      </>
    );
  }
  return (
    <DebtorSearch
      onSearch={searchDebtors(client)}
      onPick={setDebtor}
    />
  );
}
