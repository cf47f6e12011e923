import pino, { type Logger } from 'pino';
import type { Config } from '../config';

/** Structured JSON logs (pino); every request's lines carry its requestId. */
export function createLogger(config: Pick<Config, 'logLevel' | 'nodeEnv'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'lotgraph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', '*.password', '*.signature.password'], censor: '[redacted]' },
  });
}
