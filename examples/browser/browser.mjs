// The API from a real browser (Debian's chromium, driven by playwright-core): a page on an allowed origin uses the
// generated TypeScript client for a preflighted POST with a bearer key and reads ETag, Location, Link and
// X-Request-Id; a page on any other origin cannot read the answer. Exits non-zero when a check fails.
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const base = (process.env.BASE_URL ?? 'http://localhost:8080') + '/api/v1';
const key = process.env.ORGANISER_KEY;
const allowedPort = Number(process.env.BROWSER_ALLOWED_PORT ?? 18300);
const foreignPort = Number(process.env.BROWSER_FOREIGN_PORT ?? 18301);

let failed = false;
function check(condition, message) {
  console.log((condition ? 'ok  ' : 'FAIL ') + message);
  failed ||= !condition;
}

const servers = [await serve(allowedPort), await serve(foreignPort)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  // Preflights never reach page.on('request'); the DevTools protocol reports them.
  const preflights = [];
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.enable');
  devtools.on('Network.requestWillBeSent', (e) => { if (e.request.method === 'OPTIONS') preflights.push(e.request.url); });
  await page.goto(`http://localhost:${allowedPort}/page.html`);
  await page.waitForFunction(() => typeof window.scenario === 'function');
  const seen = await page.evaluate(([b, k]) => window.scenario(b, k), [base, key]);
  check(seen.status === 201, `created from http://localhost:${allowedPort} (201, got ${seen.status})`);
  check(preflights.some((u) => u.endsWith('/topics')), 'the POST was preflighted (OPTIONS /topics)');
  check(/^"\d+"$/.test(seen.etag ?? ''), `ETag is readable (${seen.etag})`);
  check((seen.location ?? '').endsWith('/topics/' + seen.id), 'Location is readable and names the new topic');
  check((seen.requestId ?? '').length > 0, `X-Request-Id is readable (${seen.requestId})`);
  check((seen.link ?? '').includes('rel="next"'), 'Link is readable on a paged list');
  check((seen.rateLimitPolicy ?? '').startsWith('"'), `RateLimit-Policy is readable (${seen.rateLimitPolicy})`);

  const stranger = await browser.newPage();
  await stranger.goto(`http://localhost:${foreignPort}/page.html`);
  await stranger.waitForFunction(() => typeof window.foreign === 'function');
  const outcome = await stranger.evaluate((b) => window.foreign(b), base);
  check(outcome === 'blocked', `a page from http://localhost:${foreignPort} cannot read the answer (${outcome})`);
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}
if (failed) process.exit(1);
console.log('browser checks passed');
