// Fault scenarios against the packaged service on the machine's PostgreSQL (issue 13): the database stopped under
// load, the process killed with SIGKILL, three instances sharing one database. Each prints its figures and exits
// non-zero if a promise broke: every acknowledged registration stored once, no duplicate from a retried key,
// capacity never exceeded, no idempotency key left stuck, a fast 503 (never a 500) while the database is away.
import { Instance, KEY, call, must, now, probe, report, setUp, sleep, verify } from './lib.mjs';
import { execFileSync } from 'node:child_process';

const PG = process.env.PG_VERSION;
const pg = (action) => execFileSync('pg_ctlcluster', [PG, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])]);

/** Registers every city once, retrying with the same Idempotency-Key until acknowledged (as a client should). */
function registrar(setup, pickInstance, acknowledged, log) {
  return async (city) => {
    const body = { headMayorId: city.mayor };
    for (let attempt = 0; attempt < 200; attempt++) {
      const r = await call(pickInstance(attempt), 'POST', `/events/${setup.event}/registrations`,
        { key: city.apiKey, body, idempotencyKey: city.idempotencyKey });
      log.push(r);
      if (r.status === 201) {
        acknowledged.set(city.city, r.json.id);
        return r.json;
      }
      await sleep(r.retryAfter ? Math.min(1000, Number(r.retryAfter) * 1000) : 250);
    }
    throw new Error(`city ${city.city} was never acknowledged`);
  };
}

async function pool(items, workers, job) {
  const queue = [...items];
  await Promise.all(Array.from({ length: workers }, async () => {
    while (queue.length) await job(queue.shift());
  }));
}

async function outage() {
  const api = new Instance(0, { MAYORS_IDEMPOTENCY_ABANDONED_AFTER: 'PT5S' }).start();
  await api.ready();
  const setup = await setUp(api, 'outage', 45, 90);
  const acknowledged = new Map();
  const log = [];
  const reads = [];
  let stopping = false;
  const reader = (async () => {
    while (!stopping) {
      const r = await call(api, 'GET', `/events/${setup.event}`);
      reads.push({ ...r, at: now() });
      await sleep(20);
    }
  })();
  const register = registrar(setup, () => api, acknowledged, log);
  const load = pool(setup.cities, 3, async (city) => {
    await register(city);
    await sleep(100); // paced, so that registrations are still arriving while the database is away
  });

  await sleep(1500);
  const down = now();
  pg('stop');
  const during = { ready: [], live: [] };
  while (now() - down < 10000) {
    during.ready.push(await probe(`${api.health}/ready`));
    during.live.push(await probe(`${api.health}/live`));
    await sleep(500);
  }
  const restarted = now();
  pg('start');
  let recovered = null;
  while (now() - restarted < 30000 && recovered === null) {
    const r = await call(api, 'GET', `/events/${setup.event}`);
    if (r.status === 200) recovered = now() - restarted;
    else await sleep(100);
  }
  await load;
  stopping = true;
  await reader;
  // A create and its recorded answer commit together, so no key is left claimed by the outage; every late retry
  // replays its answer (201) or meets the city's registration (409). The wait also covers the abandon time of a
  // claim made by an earlier release.
  await sleep(5500);
  const retried = await Promise.all(setup.cities.map((c) => call(api, 'POST', `/events/${setup.event}/registrations`,
    { key: c.apiKey, body: { headMayorId: c.mayor }, idempotencyKey: c.idempotencyKey })));
  await api.kill('SIGTERM');

  const whileDown = reads.filter((r) => r.at > down + 500 && r.at < restarted);
  const failed = whileDown.filter((r) => r.status !== 200);
  const figures = { ...verify(setup, acknowledged), requests: log.length + reads.length, readsWhileDown: whileDown.length,
    answered503: failed.filter((r) => r.status === 503 && r.retryAfter).length,
    answered500: [...log, ...reads].filter((r) => r.status >= 500 && r.status !== 503).length,
    slowestFailureMs: Math.max(0, ...failed.map((r) => r.ms)), recoveryMs: recovered,
    lateRetries: retried.map((r) => r.status).join(',').replace(/(\d+)(,\1)*/g, (m, s) => `${s}×${m.split(',').length}`) };
  return report('database outage (10 s)', figures, {
    'reads while the database is down fail with 503 and Retry-After': failed.length > 0 && figures.answered503 === failed.length,
    'no 500 at any time': figures.answered500 === 0,
    'failures are fast (≤ 6 s: the pool acquisition timeout)': figures.slowestFailureMs <= 6000,
    'readiness DOWN while the database is away': during.ready.filter((s) => s === 503).length >= during.ready.length - 2,
    'liveness UP throughout': during.live.every((s) => s === 200),
    'recovered without a restart within 10 s': recovered !== null && recovered <= 10000,
    'every acknowledged registration is stored': figures.found === figures.acknowledged && figures.acknowledged === setup.cities.length,
    'no duplicates, capacity held': figures.duplicates === 0 && figures.capacityViolations === 0,
    'later retries replay (201) or meet the registration (409), creating nothing': retried.every((r) => [201, 409].includes(r.status))
      && figures.rows === setup.cities.length,
    'no key left claimed after the abandon time': figures.hangingClaims === 0,
  });
}

async function crash() {
  let api = new Instance(1, { MAYORS_IDEMPOTENCY_ABANDONED_AFTER: 'PT5S' }).start();
  await api.ready();
  const setup = await setUp(api, 'crash', 30, 60);
  const acknowledged = new Map();
  const log = [];
  const current = () => api;
  const load = pool(setup.cities, 12, registrar(setup, current, acknowledged, log));
  while (acknowledged.size < 15) await sleep(10);
  const killedAt = now();
  await api.kill('SIGKILL');
  const unanswered = () => log.filter((r) => r.status === 0).length;
  api = new Instance(1, { MAYORS_IDEMPOTENCY_ABANDONED_AFTER: 'PT5S' }).start();
  const restartMs = await api.ready();
  await load;
  const figures = { ...verify(setup, acknowledged), requests: log.length, unansweredAroundTheKill: unanswered(),
    restartToReadyMs: restartMs, allAcknowledgedAfterMs: now() - killedAt,
    retriesToldInProgress: log.filter((r) => r.status === 409).length };
  await api.kill('SIGTERM');
  return report('kill -9 under registration load', figures, {
    'every city acknowledged after retries with the same key': figures.acknowledged === setup.cities.length,
    'every acknowledged registration stored exactly once': figures.found === figures.acknowledged && figures.rows === setup.cities.length,
    'no duplicates from retried keys': figures.duplicates === 0,
    'capacity held': figures.capacityViolations === 0,
    'no idempotency key left in progress': figures.hangingClaims === 0,
  });
}

async function instances() {
  const apis = [2, 3, 4].map((n) => new Instance(n).start());
  await Promise.all(apis.map((a) => a.ready()));
  const setup = await setUp(apis[0], 'instances', 20, 45);
  const acknowledged = new Map();
  const log = [];
  let next = 0;
  // each attempt, retries included, goes to the next instance: a retry lands elsewhere
  const roundRobin = () => apis[next++ % apis.length];
  const created = new Map();
  const register = registrar(setup, roundRobin, acknowledged, log);
  await pool(setup.cities, 9, async (city) => {
    const first = await register(city);
    // the same request again, on another instance: the first answer, not a second registration
    const again = await call(roundRobin(), 'POST', `/events/${setup.event}/registrations`,
      { key: city.apiKey, body: { headMayorId: city.mayor }, idempotencyKey: city.idempotencyKey });
    created.set(city.city, { ...first, replayed: again.status === 201 && again.json.id === first.id });
  });
  const pendingFirst = [...created.values()].filter((r) => r.status === 'PENDING').slice(0, 8);
  const waitlisted = [...created.values()].filter((r) => r.status === 'WAITLISTED');
  // cancellations race on different instances; each frees a place the oldest waitlisted takes
  await Promise.all(pendingFirst.map((r, i) => call(apis[i % apis.length], 'POST',
    `/events/${setup.event}/registrations/${r.id}/cancel`, { key: KEY })));
  const after = await must(apis[1], 'GET', `/events/${setup.event}/registrations?limit=100`, { key: KEY });
  const status = new Map(after.items.map((r) => [r.id, r.status]));
  const promoted = waitlisted.filter((r) => status.get(r.id) === 'PENDING');
  const stillWaiting = waitlisted.filter((r) => status.get(r.id) === 'WAITLISTED');
  const fifo = promoted.every((p) => stillWaiting.every((w) => p.createdAt < w.createdAt || (p.createdAt === w.createdAt && p.id < w.id)));
  // Graceful shutdown under load: requests already sent to the instance are answered; the load balancer's view
  // (readiness) turns DOWN at once, so it stops sending new ones.
  const leaving = apis[2];
  const answers = [];
  let terminatedAt = Infinity;
  let stop = false;
  const readers = Array.from({ length: 4 }, async () => {
    while (!stop) {
      const sent = now();
      const r = await call(leaving, 'GET', `/events/${setup.event}/registrations?limit=20`, { key: KEY });
      answers.push({ sent, status: r.status });
    }
  });
  await sleep(1000);
  terminatedAt = now();
  const exited = leaving.kill('SIGTERM');
  let readinessDownMs = null;
  while (readinessDownMs === null && now() - terminatedAt < 5000) {
    if ((await probe(`${leaving.health}/ready`)) !== 200) readinessDownMs = now() - terminatedAt;
  }
  await exited;
  stop = true;
  await Promise.all(readers);
  const before = answers.filter((a) => a.sent < terminatedAt);
  await Promise.all(apis.slice(0, 2).map((a) => a.kill('SIGTERM')));
  const figures = { ...verify(setup, acknowledged), requests: log.length + setup.cities.length + pendingFirst.length + answers.length,
    retriesReplayedElsewhere: [...created.values()].filter((r) => r.replayed).length, cancelled: pendingFirst.length,
    promoted: promoted.length, sentBeforeSigterm: before.length, answeredAfterSigterm: answers.filter((a) => a.sent >= terminatedAt && a.status === 200).length,
    readinessDownMs };
  return report('three instances, one database', figures, {
    'every acknowledged registration stored once': figures.found === setup.cities.length && figures.rows === setup.cities.length,
    'a key retried on another instance replays the first answer': figures.retriesReplayedElsewhere === setup.cities.length,
    'capacity held': figures.capacityViolations === 0 && figures.holding === setup.capacity,
    'each cancellation promoted one waitlisted registration': promoted.length === pendingFirst.length,
    'promotion in waitlist order (oldest first)': fifo,
    'SIGTERM under load: every request sent before it answered 200': before.length > 0 && before.every((a) => a.status === 200),
    'SIGTERM: readiness DOWN within 1 s': readinessDownMs !== null && readinessDownMs <= 1000,
  });
}

const results = [];
for (const scenario of [outage, crash, instances]) {
  try {
    results.push(await scenario());
  } catch (e) {
    console.log(`-- ${scenario.name}: FAIL ${e.stack}`);
    results.push(false);
  }
}
if (results.includes(false)) process.exit(1);
console.log('fault scenarios passed');
