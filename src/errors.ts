/** The one error type for misuse and bad input; `exitCode` is what the CLI exits with. */
export class SitrepError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'SitrepError';
    this.exitCode = exitCode;
  }
}

/** An input that could not be read; recorded in the ingest summary, never thrown past the reader. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly record: number | null = null,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
