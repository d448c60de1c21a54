// Loaded by commands.html in the browser runtimes only: opens the ledger in this origin (the
// task pane's) and offers the send handler a direct writer.
import { openAddinLedger } from '../ledger/open-ledger';
import { logSentMail } from '../logging/log-sent-mail';
import { canHoldLedger, offerWriter } from '../logging/writer-slot';

if (canHoldLedger()) {
  const { client } = openAddinLedger();
  offerWriter({ log: (sent) => logSentMail(client, sent) });
}
