// Input the collection core cannot work with. The ledger validates records before they get
// here, so in practice this only reaches a caller who passes raw strings (a time zone).
export type CollectionErrorCode = 'invalid-time-zone';

export class CollectionError extends Error {
  constructor(
    readonly code: CollectionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CollectionError';
  }
}
