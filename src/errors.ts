export type AppErrorCode = 'conflict' | 'not_found' | 'storage' | 'invalid_input' | 'configuration';

/**
 * The one error type of the service, for what a caller cannot decide about: storage away, a change
 * that met another, a stored value our schema refuses, a fault. What a person did (a closed
 * period, a missing right, a bad form) is an outcome the service returns as a value.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** Narrows to an AppError with that code (only that code, so the other branch keeps the rest). */
export function isAppError<C extends AppErrorCode = AppErrorCode>(
  error: unknown,
  code?: C,
): error is AppError & { readonly code: C } {
  return error instanceof AppError && (code === undefined || error.code === code);
}
