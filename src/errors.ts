export type AppErrorCode =
  'conflict' | 'not_found' | 'storage' | 'forbidden' | 'invalid_input' | 'period_closed' | 'configuration';

/** The one error type of the service: a code to branch on, a cause for the logs. */
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
