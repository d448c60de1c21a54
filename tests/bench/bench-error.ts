// A bench that cannot measure says what went wrong, with a code to tell failures apart.
export type BenchErrorCode = 'bench-build' | 'bench-ledger' | 'bench-page' | 'mailbox-seed';

export class BenchError extends Error {
  constructor(
    readonly code: BenchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BenchError';
  }
}
