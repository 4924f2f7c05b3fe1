/** The one error type for misuse and bad input; `exitCode` is what the CLI exits with. */
export class SitrepError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'SitrepError';
    this.exitCode = exitCode;
  }
}

