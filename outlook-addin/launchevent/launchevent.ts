// The OnMessageSend handler. Built as one classic script (no modules): classic Outlook on
// Windows loads it alone in its JavaScript-only runtime; the browser runtimes load it from
// commands.html together with the ledger writer module.
import { localStore } from '../logging/local-store';
import { recordSend } from '../logging/record-send';
import { findWriter } from '../logging/writer-slot';
import { officeApi } from '../office/office-global';
import { officeRuntimeApi, runtimeStore } from '../office/runtime-storage';
import { associateSendHandler } from '../office/send-event';

// Outlook warns the user after about five seconds; stay well inside that.
const WRITER_WAIT_MS = 1500;
const WRITE_WITHIN_MS = 2500;

const runtime = officeRuntimeApi();
// OfficeRuntime.storage where Outlook offers it (classic Outlook on Windows); the page's own
// localStorage in the browser runtimes that do not.
const queue = runtime ? runtimeStore(runtime) : localStore();

associateSendHandler(officeApi(), (draft) =>
  recordSend({
    draft,
    queue,
    findWriter: () => findWriter(WRITER_WAIT_MS),
    now: () => new Date(),
    writeWithinMs: WRITE_WITHIN_MS,
  }),
);
