import { isAppError } from '../errors';

const MAX_ATTEMPTS = 4;

/**
 * Runs a read-modify-write again when another writer won the race (an ETag conflict); after the
 * last attempt the conflict goes to the caller, who says "try again".
 */
export async function withConflictRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isAppError(error, 'conflict') || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
