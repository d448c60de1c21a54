// Every piece of Gmail's DOM that Cobro relies on, in one place. Gmail's class names are
// obfuscated and change without notice; when they do, this is the only file to update, and the
// fixtures in __fixtures__/ are the record of what the code was written against.
// Sources: the structure documented in DESIGN.md ("Gmail"), cross-checked against the public
// gmail.js and InboxSDK projects.

/** Attribute names Gmail puts on thread and message elements. */
export const GMAIL_ATTRIBUTES = {
  threadPermId: 'data-thread-perm-id',
  legacyThreadId: 'data-legacy-thread-id',
  messagePermId: 'data-message-id',
  legacyMessageId: 'data-legacy-message-id',
  /** On sender/recipient spans in a thread, and on recipient chips in older composes. */
  email: 'email',
  name: 'name',
  /** On recipient chips in the compose To/Cc/Bcc fields (2021+ compose). */
  hovercardId: 'data-hovercard-id',
} as const;

/** An open conversation (full page or preview pane). */
export const THREAD_SELECTORS = {
  subject: 'h2.hP',
  threadPermId: '[data-thread-perm-id]',
  legacyThreadId: '[data-legacy-thread-id]',
  /** One element per message, expanded or collapsed. */
  message: 'div.adn[data-legacy-message-id]',
  sender: 'span.gD[email]',
  /** Any element carrying an address, used when a collapsed message lacks span.gD. */
  anyAddress: 'span[email]',
  recipient: 'span.g2[email]',
  /** The "<address>" that follows the sender's name in an expanded message. */
  senderAddress: 'span.go',
  body: 'div.a3s',
  /**
   * The date in an expanded message's header: its title is the full date and time in the
   * user's language and clock ("Thu, Dec 3, 2026, 10:42 AM", "jue, 3 dic 2026, 10:42"), its
   * text a short or relative one.
   */
  sentDate: 'span.g3[title]',
  /**
   * Row states around a message: .kv collapsed (one line), .kQ/.kx hidden inside the
   * "N older messages" bundle. An expanded message sits in .h7.
   */
  collapsedRow: '.kv, .kQ, .kx',
  /** Rows of the thread list; never part of a thread, even in preview-pane mode. */
  listRow: 'tr.zA',
} as const;

/** Compose windows: popup, full screen, or the inline reply under a thread. */
export const COMPOSE_SELECTORS = {
  root: 'div.M9',
  popupContainer: 'div.AD',
  fullscreenContainer: '.aSs .aSt',
  /** The inline reply box sits in .ip.adB, inside the main content area .AO. */
  inlineContainer: '.ip.adB',
  mainContentArea: '.AO',
  body: 'div[contenteditable="true"][g_editable="true"]',
  subject: 'input[name="subjectbox"]',
  composeId: 'input[name="composeid"]',
  /** Holds '#msg-a:r…', the same id the sync request uses for the draft's message. */
  draftId: 'input[name="draft"]',
  /** The message being replied to. */
  repliedMessageId: 'input[name="rm"]',
  replyType: 'input[name="rt"]',
  /** Hex thread id of the conversation a reply belongs to. */
  legacyThreadId: 'input[name="lts"]',
  /** Recipient chips per field: new compose (listbox options) and older compose (.vR spans). */
  recipientChip: (field: RecipientField) =>
    `div[name="${field}"] [data-hovercard-id], div[name="${field}"] span[email]`,
  /** Older compose: a textarea per field; its table row holds .vR chips with span[email]. */
  legacyRecipientInput: (field: RecipientField) => `textarea[name="${field}"], input[name="${field}"]`,
  legacyChip: '.vR span[email]',
  /** Gmail's own Send button: not "send and archive" (.Uo), not the options arrow. */
  sendButton: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  sendButtonFallback: 'div.T-I.T-I-atl[role="button"]:not([aria-haspopup="true"])',
  /** The arrow beside Send that opens "Schedule send". */
  moreSendOptions: '.IZ .Up div > [role="button"][aria-haspopup="true"]',
  scheduleSend: '[selector="scheduledSend"]',
  /** The cell holding the Send button group; Cobro's button goes right after it. */
  toolbarAnchor: '.IZ tr.btC td.gU.Up',
  toolbarAnchorFallback: '.IZ .Up',
} as const;

export type RecipientField = 'to' | 'cc' | 'bcc';

/** The notice Gmail shows after sending ("Message sent · Undo"). Localised: a hint only. */
export const TOAST_SELECTORS = {
  container: '.b8.UC',
  message: '.vh',
  undo: '#link_undo, .bofITb',
} as const;

/** Where Gmail's page posts drafts and sends: /sync/u/<account>/i/s (query string optional). */
export const SYNC_PATH = /^\/sync\/u\/\d+\/i\/s$/;
export const GMAIL_ORIGIN = 'https://mail.google.com';
