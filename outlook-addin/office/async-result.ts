// Office.js reports through callbacks with an AsyncResult; the add-in works with promises.
import { OfficeHostError } from './errors';
import type { OfficeApi } from './office-global';

export function officeCall<T>(
  office: OfficeApi,
  what: string,
  start: (done: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          const error = result.error as Office.Error | undefined;
          reject(
            new OfficeHostError(
              'office-call-failed',
              `Outlook could not ${what}: ${error?.message ?? 'no reason given'}`,
              typeof error?.code === 'number' ? error.code : undefined,
            ),
          );
        } else {
          resolve(result.value);
        }
      });
    } catch (error) {
      // Some clients throw synchronously for an API they lack instead of calling back.
      reject(new OfficeHostError('unsupported', `Outlook could not ${what}: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
}
