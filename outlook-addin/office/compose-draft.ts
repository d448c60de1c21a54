// A compose-mode item as the add-in's ComposeDraft. Each method is one Office.js call.
import type { BodyFormat, ComposeDraft, MailAddress } from '../mail/types';
import { officeCall } from './async-result';
import { OfficeHostError } from './errors';
import type { OfficeApi } from './office-global';

function toAddresses(list: readonly Office.EmailAddressDetails[] | null | undefined): MailAddress[] {
  return (list ?? [])
    .map((details) => ({ address: details.emailAddress?.trim() ?? '', name: details.displayName?.trim() ?? '' }))
    .filter((entry) => entry.address !== '');
}

export function composeDraft(office: OfficeApi, item: Office.MessageCompose): ComposeDraft {
  const sessionData = item.sessionData as Office.SessionData | undefined;
  const recipientsOf = (field: Office.Recipients | undefined, name: string) =>
    field ? officeCall<Office.EmailAddressDetails[]>(office, `read the ${name} recipients`, (done) => field.getAsync(done)) : [];

  const requireSessionData = (): Office.SessionData => {
    if (!sessionData) throw new OfficeHostError('unsupported', 'This Outlook keeps no session data for drafts (Mailbox 1.11).');
    return sessionData;
  };

  return {
    async recipients() {
      const [to, cc, bcc] = await Promise.all([recipientsOf(item.to, 'To'), recipientsOf(item.cc, 'Cc'), recipientsOf(item.bcc, 'Bcc')]);
      return [...toAddresses(to), ...toAddresses(cc), ...toAddresses(bcc)];
    },

    async subject() {
      return (await officeCall<string>(office, 'read the subject', (done) => item.subject.getAsync(done))) ?? '';
    },

    async setSubject(subject) {
      await officeCall<void>(office, 'set the subject', (done) => item.subject.setAsync(subject, done));
    },

    async bodyFormat(): Promise<BodyFormat> {
      const type = await officeCall<Office.CoercionType>(office, 'read the body format', (done) => item.body.getTypeAsync(done));
      return type === office.CoercionType.Html ? 'html' : 'text';
    },

    async insertAtCursor(content, format) {
      const coercionType = format === 'html' ? office.CoercionType.Html : office.CoercionType.Text;
      await officeCall<void>(office, 'insert into the message', (done) => item.body.setSelectedDataAsync(content, { coercionType }, done));
    },

    async bodyText() {
      return (await officeCall<string>(office, 'read the message text', (done) => item.body.getAsync(office.CoercionType.Text, done))) ?? '';
    },

    conversationId() {
      return typeof item.conversationId === 'string' && item.conversationId.trim() !== '' ? item.conversationId : null;
    },

    keepsSessionData: sessionData !== undefined,

    async readSessionValue(key) {
      // getAllAsync rather than getAsync: clients differ on how they report a key that was never set.
      const all = await officeCall<object>(office, 'read the draft session data', (done) => requireSessionData().getAllAsync(done));
      const value = (all as Record<string, unknown> | null)?.[key];
      return typeof value === 'string' ? value : null;
    },

    async writeSessionValue(key, value) {
      await officeCall<void>(office, 'save the draft session data', (done) => requireSessionData().setAsync(key, value, done));
    },

    async onRecipientsChanged(listener) {
      if (typeof item.addHandlerAsync !== 'function') return async () => {};
      const handler = () => listener();
      await officeCall<void>(office, 'watch the recipients', (done) =>
        item.addHandlerAsync(office.EventType.RecipientsChanged, handler, done),
      );
      return async () => {
        await officeCall<void>(office, 'stop watching the recipients', (done) =>
          item.removeHandlerAsync(office.EventType.RecipientsChanged, done),
        ).catch(() => undefined);
      };
    },
  };
}
