// Shared parts of the fault scenarios: packaged instances on the machine's PostgreSQL, an HTTP client that never
// hangs, the data a scenario needs, and the database checks that decide whether a promise held.
import { spawn, execFileSync } from 'node:child_process';
import { openSync } from 'node:fs';

export const KEY = process.env.FAULTS_ORGANISER_KEY ?? 'faults-organiser-key-0123456789abcdef';
const JAR = 'target/quarkus-app/quarkus-run.jar';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const now = () => Number(process.hrtime.bigint() / 1000000n);

/** A packaged service instance: API on 18400+n, management (health) on 19400+n. */
export class Instance {
  constructor(n, env = {}) {
    this.n = n;
    this.port = 18400 + n;
    this.base = `http://localhost:${this.port}/api/v1`;
    this.health = `http://localhost:${19400 + n}/q/health`;
    this.env = env;
  }

  start() {
    const log = openSync(`target/faults-instance-${this.n}.log`, 'a');
    this.process = spawn('java', ['-Xmx256m', '-jar', JAR], {
      stdio: ['ignore', log, log],
      env: {
        ...process.env, MAYORS_ORGANISER_KEY: KEY, QUARKUS_HTTP_PORT: `${this.port}`,
        QUARKUS_MANAGEMENT_PORT: `${19400 + this.n}`, MAYORS_RATE_LIMIT_ENABLED: 'false',
        MAYORS_WEBHOOKS_WORKER_ENABLED: 'false', QUARKUS_LOG_CONSOLE_LEVEL: 'WARN', ...this.env,
      },
    });
    this.exited = new Promise((r) => this.process.on('exit', (code, signal) => r(signal ?? code)));
    return this;
  }

  /** Milliseconds from now until /q/health/ready answers 200. */
  async ready(timeoutMs = 60000) {
    const from = now();
    while (now() - from < timeoutMs) {
      if ((await probe(`${this.health}/ready`)) === 200) return now() - from;
      await sleep(100);
    }
    throw new Error(`instance ${this.n} not ready after ${timeoutMs} ms (see target/faults-instance-${this.n}.log)`);
  }

  kill(signal) {
    this.process.kill(signal);
    return this.exited;
  }
}

export async function probe(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3000) })).status;
  } catch {
    return 0;
  }
}

/** One call; never throws: status 0 means no answer (refused, reset, timed out). */
export async function call(instance, method, path, { key, body, idempotencyKey, timeoutMs = 15000 } = {}) {
  const headers = { Accept: 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const started = now();
  try {
    const res = await fetch(instance.base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: res.status, json, ms: now() - started, type: res.headers.get('content-type') ?? '',
      retryAfter: res.headers.get('retry-after') };
  } catch (e) {
    return { status: 0, error: String(e.cause?.code ?? e.name), ms: now() - started };
  }
}

export async function must(instance, method, path, options, expected = [200, 201, 204]) {
  const r = await call(instance, method, path, options);
  if (!expected.includes(r.status)) {
    throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.json)}`);
  }
  return r.json;
}

/** An OPEN event with {@code capacity} places and {@code partners} partner cities, each with a mayor and a key. */
export async function setUp(instance, label, capacity, partners) {
  await call(instance, 'POST', '/countries', { key: KEY, body: { code: 'JP', name: 'Japan' } });
  const run = `${label} ${Date.now()}`;
  const host = (await must(instance, 'POST', '/cities', { key: KEY,
    body: { name: `Host ${run}`, countryCode: 'JP', adminLevel: 'CITY', timeZone: 'Asia/Tokyo' } })).id;
  const day = new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10);
  const event = (await must(instance, 'POST', '/events', { key: KEY, body: { name: `Faults ${run}`, hostCityId: host,
    status: 'OPEN', capacity, startsAt: `${day}T09:00:00+09:00`, endsAt: `${day}T18:00:00+09:00`, topicIds: [] } })).id;
  const cities = [];
  for (let i = 0; i < partners; i++) {
    const city = (await must(instance, 'POST', '/cities', { key: KEY,
      body: { name: `City ${i} ${run}`, countryCode: 'JP', adminLevel: 'CITY', timeZone: 'Asia/Tokyo' } })).id;
    const mayor = (await must(instance, 'POST', '/mayors', { key: KEY,
      body: { fullName: `Mayor ${i} ${run}`, title: 'Mayor', cityId: city, languages: ['ja'] } })).id;
    const apiKey = (await must(instance, 'POST', '/partners', { key: KEY, body: { cityId: city, name: `Office ${i} ${run}` } })).apiKey;
    cities.push({ city, mayor, apiKey, idempotencyKey: `faults-${label}-${i}-${Date.now()}` });
  }
  return { event, cities, capacity };
}

export function psql(sql) {
  return execFileSync('psql', ['-qtAX', '-c', sql], { encoding: 'utf8' }).trim();
}

/**
 * What the database says of an event after a scenario, against what clients were told: every acknowledged
 * registration present, no city registered twice, the capacity never exceeded, no idempotency claim left hanging.
 */
export function verify(setup, acknowledged) {
  const label = setup.cities[0].idempotencyKey.split('-').slice(0, 2).join('-');
  const rows = psql(`select id, city_id, status from registration where event_id = '${setup.event}'`)
    .split('\n').filter(Boolean).map((l) => l.split('|'));
  const ids = new Set(rows.map((r) => r[0]));
  const perCity = new Map();
  rows.forEach((r) => perCity.set(r[1], (perCity.get(r[1]) ?? 0) + 1));
  const holding = rows.filter((r) => ['PENDING', 'CONFIRMED', 'CHECKED_IN'].includes(r[2])).length;
  const hanging = Number(psql(`select count(*) from idempotency_key where idem_key like '${label}-%' and state = 'IN_PROGRESS'`));
  return {
    acknowledged: acknowledged.size,
    found: [...acknowledged.values()].filter((id) => ids.has(id)).length,
    rows: rows.length,
    duplicates: [...perCity.values()].filter((n) => n > 1).length,
    holding,
    capacityViolations: Math.max(0, holding - setup.capacity),
    hangingClaims: hanging,
  };
}

export function report(name, figures, checks) {
  console.log(`-- ${name}: ${JSON.stringify(figures)}`);
  let ok = true;
  for (const [what, held] of Object.entries(checks)) {
    console.log(`   ${held ? 'ok  ' : 'FAIL'} ${what}`);
    ok &&= held;
  }
  return ok;
}
