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

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
