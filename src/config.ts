import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface JwtConfig {
  /** HS256 shared secret; generated into the data dir in development when nothing is set. */
  secret?: string;
  /** PEM public key for RS256/ES256. */
  publicKey?: string;
  /** JWKS endpoint for RS256/ES256 with key rotation. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /**
   * Longest lifetime (`exp` - `iat`, seconds) a token may have; `iat` is then required and may not
   * lie in the future, so no token is valid for longer than this from now.
   */
  maxAgeSeconds: number;
}

/** Electronic-signature password rules (21 CFR 11.300(b): passwords are periodically revised). */
export interface SigningConfig {
  /** Days a signing password signs before its owner must set a new one. */
  passwordMaxAgeDays: number;
  /** How many of a user's most recent signing passwords (the current one included) may not be set again. */
  passwordHistory: number;
}

/** Who may read `/metrics`. */
export interface MetricsConfig {
  /** Set: scrapes must send `Authorization: Bearer <token>`. Unset: open outside production, refused in production. */
  token?: string;
}

export interface Config {
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  jwt: JwtConfig;
  nodeEnv: NodeEnv;
  logLevel: LogLevel;
  /** Set: outbox wake-ups go through Redis pub/sub; unset: through PostgreSQL LISTEN/NOTIFY. */
  redisUrl?: string;
  /** How often each relay reads the outbox when no wake-up arrived (the fallback). */
  outboxPollMs: number;
  /**
   * A transaction left open this long without a statement is ended by PostgreSQL: until it ends,
   * the outbox relays of every process hold back all events committed after it started.
   */
  idleInTransactionTimeoutMs: number;
  /** How long a process may trust its answer that an account is not deactivated (a deactivation clears it on every process at once). */
  principalCacheMs: number;
  /** How many missed events a subscription may replay (`after:`); further behind, it re-reads through queries. */
  subscriptionMaxReplay: number;
  /** Days the outbox and finished webhook deliveries are kept (the audit trail is kept for ever). */
  eventRetentionDays: number;
  /**
   * `leaseMs`: how long a process's sender heartbeat may be silent before another process takes
   * over the deliveries it was sending (it beats every third of it).
   */
  webhooks: { retryBaseMs: number; timeoutMs: number; pollMs: number; leaseMs: number };
  /**
   * How long a stop (SIGTERM) waits for requests in flight to finish and their events to reach
   * subscribers before it cuts them off.
   */
  shutdownDrainMs: number;
  /**
   * How long a starting process (or `migration:run`) waits for another that holds the start-up
   * lock (migrating, seeding) before it gives up.
   */
  startupLockTimeoutMs: number;
  /** How long one migration statement waits for a table lock before its migration is rolled back and tried again. */
  migrationLockTimeoutMs: number;
  purchasing: PurchasingConfig;
  /** The manufacturer named in the header of documents such as the batch record PDF; unset: the header says it is not configured. */
  companyName?: string;
  signing: SigningConfig;
  metrics: MetricsConfig;
  browser: BrowserConfig;
}

/** What web pages may do with the API. */
export interface BrowserConfig {
  /**
   * Origins whose pages may call the API across origins (CORS), each exact (`https://app.example.com`)
   * or a pattern whose `*` stands for host or port characters (`http://localhost:*`, `https://*.example.com`);
   * `['*']` is any origin. Lower case, default ports dropped.
   */
  corsOrigins: string[];
  /** Serve GraphiQL at `GET /graphql` for browsers (and answer the introspection it needs). */
  graphqlIde: boolean;
}

export interface PurchasingConfig {
  /**
   * Per ISO 4217 currency, the order total (decimal string) above which only QA_MANAGER or ADMIN
   * may approve. An order in a currency not listed has no PURCHASING limit: only they approve it.
   */
  approvalLimits: Record<string, string>;
  /** How far (percent of the ordered quantity, decimal string) receipts may exceed an order line. */
  receiptOverTolerancePercent: string;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`Invalid configuration ${setting}: ${message}`);
  }
}

const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
  return raw as T;
}

function port(env: Env): number {
  const raw = env.PORT;
  if (raw === undefined || raw === '') return 4000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError('PORT', `"${raw}" is not a port number (0-65535)`);
  return n;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must use ${protocols.join(' or ')}`);
  return raw;
}

/** Free text shown to people, trimmed; unset or blank is undefined. */
function text(env: Env, name: string, maxLength: number): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (raw.length > maxLength || /[\u0000-\u001f\u007f]/.test(raw)) throw new ConfigError(name, `must be one line of at most ${maxLength} characters`);
  return raw;
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration as `<n>s`, `<n>m`, `<n>h` or `<n>d` (bare seconds also), in seconds, between `min` and `max`. */
function duration(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d{1,9})([smhd]?)$/.exec(raw.trim());
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's'] : NaN;
  if (!(seconds >= min && seconds <= max)) {
    throw new ConfigError(name, `must be a duration such as 30m, 24h or 7d, from ${min} s to ${max / 86_400} days`);
  }
  return seconds;
}

function positiveInt(env: Env, name: string, fallback: number, max: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  return value;
}

const DECIMAL = /^(0|[1-9]\d{0,13})(\.\d{1,6})?$/;

/** An exact non-negative decimal, kept as a string so no float ever touches money or quantities. */
function decimal(env: Env, name: string, fallback: string, max: number): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!DECIMAL.test(raw) || Number(raw) > max) throw new ConfigError(name, `must be a decimal number from 0 to ${max} with at most 6 decimal places`);
  return raw;
}

/** `AMOUNT CUR[, AMOUNT CUR...]`, e.g. `10000 EUR, 75000 CNY`: one limit per currency, never a bare amount. */
function approvalLimits(env: Env, name: string, fallback: string, max: number): Record<string, string> {
  const raw = env[name] === undefined || env[name] === '' ? fallback : env[name]!;
  const limits: Record<string, string> = {};
  for (const entry of raw.split(',')) {
    const match = /^\s*(\S+)\s+([A-Z]{3})\s*$/.exec(entry);
    if (!match) throw new ConfigError(name, `must list one limit per currency as "AMOUNT CUR", e.g. "10000 EUR, 75000 CNY" (got "${entry.trim()}")`);
    const [, amount, currency] = match;
    if (currency in limits) throw new ConfigError(name, `names ${currency} twice`);
    limits[currency] = decimal({ [name]: amount }, name, amount, max);
  }
  return limits;
}

function jwt(env: Env, nodeEnv: NodeEnv): JwtConfig {
  const secret = env.JWT_SECRET || undefined;
  const publicKey = env.JWT_PUBLIC_KEY ? env.JWT_PUBLIC_KEY.replace(/\\n/g, '\n') : undefined;
  const jwksUrl = url(env, 'JWKS_URL', ['https:', 'http:']);
  if (secret !== undefined && secret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  if (publicKey !== undefined && !publicKey.includes('-----BEGIN')) {
    throw new ConfigError('JWT_PUBLIC_KEY', 'must be a PEM-encoded public key');
  }
  if (publicKey && jwksUrl) throw new ConfigError('JWT_PUBLIC_KEY', 'set either JWT_PUBLIC_KEY or JWKS_URL, not both');
  if (nodeEnv === 'production' && !secret && !publicKey && !jwksUrl) {
    throw new ConfigError('JWT_SECRET', 'production needs JWT_SECRET, JWT_PUBLIC_KEY or JWKS_URL');
  }
  return {
    secret,
    publicKey,
    jwksUrl,
    issuer: env.JWT_ISSUER || 'lotgraph',
    audience: env.JWT_AUDIENCE || 'lotgraph-api',
    maxAgeSeconds: duration(env, 'JWT_MAX_AGE', 24 * 3600, 60, 30 * 86_400),
  };
}

function metrics(env: Env): MetricsConfig {
  const token = env.METRICS_TOKEN || undefined;
  if (token !== undefined && (token.length < 32 || /\s/.test(token))) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 32 characters without spaces');
  }
  return { token };
}

const ORIGIN_PATTERN = /^(https?):\/\/([a-z0-9*.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?\/?$/;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/**
 * `CORS_ORIGINS`: comma-separated origins or `*` patterns, `*` alone for any origin, `none` for
 * no cross-origin caller. Unset: the local development servers outside production, none in it.
 */
function corsOrigins(env: Env, nodeEnv: NodeEnv): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return nodeEnv === 'production' ? [] : ['http://localhost:*', 'http://127.0.0.1:*'];
  if (raw === 'none') return [];
  if (raw === '*') return ['*'];
  return raw.split(',').map((entry) => {
    const match = ORIGIN_PATTERN.exec(entry.trim().toLowerCase());
    if (!match || match[2].startsWith('.') || match[2].endsWith('.') || (match[3] !== undefined && match[3] !== '*' && Number(match[3]) > 65535)) {
      throw new ConfigError('CORS_ORIGINS', `"${entry.trim()}" is not an origin such as https://app.example.com, http://localhost:* or https://*.example.com (scheme, host and port only)`);
    }
    const [, scheme, host, portOrStar] = match;
    const port = portOrStar === undefined || portOrStar === DEFAULT_PORTS[scheme] ? '' : `:${portOrStar}`;
    return `${scheme}://${host}${port}`;
  });
}

/** Parses and validates the environment once; nothing else reads process.env. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  return {
    port: port(env),
    host: env.HOST || '0.0.0.0',
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: path.resolve(env.LOTGRAPH_DATA_DIR || './.lotgraph'),
    jwt: jwt(env, nodeEnv),
    nodeEnv,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    outboxPollMs: positiveInt(env, 'OUTBOX_POLL_MS', 1000, 60_000),
    idleInTransactionTimeoutMs: positiveInt(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, 3_600_000),
    principalCacheMs: positiveInt(env, 'PRINCIPAL_CACHE_MS', 5000, 60_000),
    subscriptionMaxReplay: positiveInt(env, 'SUBSCRIPTION_MAX_REPLAY', 10_000, 1_000_000),
    eventRetentionDays: positiveInt(env, 'EVENT_RETENTION_DAYS', 30, 3650),
    webhooks: {
      retryBaseMs: positiveInt(env, 'WEBHOOK_RETRY_BASE_MS', 30_000, 3_600_000),
      timeoutMs: positiveInt(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 60_000),
      pollMs: positiveInt(env, 'WEBHOOK_POLL_MS', 5000, 600_000),
      leaseMs: positiveInt(env, 'WEBHOOK_LEASE_MS', 10_000, 600_000, 1000),
    },
    shutdownDrainMs: positiveInt(env, 'SHUTDOWN_DRAIN_TIMEOUT_MS', 20_000, 600_000),
    startupLockTimeoutMs: positiveInt(env, 'STARTUP_LOCK_TIMEOUT_MS', 600_000, 86_400_000),
    migrationLockTimeoutMs: positiveInt(env, 'MIGRATION_LOCK_TIMEOUT_MS', 5_000, 600_000),
    purchasing: {
      approvalLimits: approvalLimits(env, 'PURCHASE_APPROVAL_LIMIT', '10000 EUR', 1e13),
      receiptOverTolerancePercent: decimal(env, 'RECEIPT_OVER_TOLERANCE_PERCENT', '10', 100),
    },
    companyName: text(env, 'COMPANY_NAME', 200),
    signing: {
      passwordMaxAgeDays: positiveInt(env, 'SIGNING_PASSWORD_MAX_AGE_DAYS', 90, 3650),
      passwordHistory: positiveInt(env, 'SIGNING_PASSWORD_HISTORY', 5, 24),
    },
    metrics: metrics(env),
    browser: {
      corsOrigins: corsOrigins(env, nodeEnv),
      graphqlIde: oneOf(env, 'GRAPHQL_IDE', ['on', 'off'], nodeEnv === 'production' ? 'off' : 'on') === 'on',
    },
  };
}
