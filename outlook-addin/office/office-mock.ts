// Test support: an Office namespace built with office-addin-mock, with the enums Office.js
// defines (by their real values) and helpers for its callback style.
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApi } from './office-global';

const ENUMS = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  EventType: {
    ItemChanged: 'olkItemSelectedChanged',
    RecipientsChanged: 'olkRecipientsChanged',
    DialogMessageReceived: 'dialogMessageReceived',
    DialogEventReceived: 'dialogEventReceived',
  },
  MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
};

export type MockOffice = OfficeApi & Record<string, unknown>;

export function mockOffice(data: Record<string, unknown>): MockOffice {
  return new OfficeMockObject({ ...ENUMS, ...data }, 'outlook' as ConstructorParameters<typeof OfficeMockObject>[1]) as unknown as MockOffice;
}

type Callback = (result: { status: string; value?: unknown; error?: { code: number; message: string } }) => void;

/** The callback Office.js methods take last. */
export function callbackOf(args: unknown[]): Callback {
  const last = args[args.length - 1];
  if (typeof last !== 'function') throw new TypeError('the Office.js call was made without a callback');
  return last as Callback;
}

/** A mock method that answers with `value`, recording its arguments (callback excluded). */
export function answers(value: unknown, calls: unknown[][] = []) {
  return (...args: unknown[]) => {
    calls.push(args.slice(0, -1));
    callbackOf(args)({ status: 'succeeded', value });
  };
}

/** A mock method that fails the way Office.js does. */
export function fails(code: number, message: string) {
  return (...args: unknown[]) => callbackOf(args)({ status: 'failed', error: { code, message } });
}
