// What a view shows under its heading until its ledger read is ready: the error, or "Loading…".
// Only the body: the view keeps its own section and heading, so the focus the workspace put on
// the heading stays when the data arrives.
import { useUi } from '../context';
import { errorText } from '../format';
import type { QueryState } from './use-ledger-query';

export function QueryPending({ state }: { state: QueryState<unknown> }) {
  const { t } = useUi('QueryPending');
  return state.phase === 'failed' ? (
    <p role="alert" className="cobro-form-error">
      {errorText(t, state.error)}
    </p>
  ) : (
    <p className="cobro-muted">{t('common.loading')}</p>
  );
}
