import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Callers pass ids and outcomes, never report text or personal data; the
 * redaction below is a second line of defence for fields that must never reach a log.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lagesbild-bot' },
      redact: {
        paths: ['text', 'value', 'data', '*.text', '*.value', '*.data', 'req.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
