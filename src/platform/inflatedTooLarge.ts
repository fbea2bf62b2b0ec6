// Thrown by inflateRaw (inflate.ts, inflate.web.ts) when a stream inflates past the caller's limit.
export class InflatedTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`it inflates to more than ${limit} bytes`);
  }
}
