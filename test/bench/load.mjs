// One measured page load in a fresh browser context: time to a usable sign-in form, blocking time and React
// commits before it, heap after GC, then typing into the login field.
import { LOGIN_FIELD, PASSWORD_FIELD, probe } from './probe.mjs';

/** 20 characters typed into the login field. */
export const TYPED = 'ada.byron@example.io';

const SETTLE_MIN_MS = 1000;
const QUIET_MS = 500;
const SETTLE_MAX_MS = 5000;
const AFTER_TYPING_MS = 500;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests of the page: how many are in flight, when the last one ended, which left localhost. */
function trackRequests(page, origin) {
  const state = { inFlight: 0, lastActivity: Date.now(), offHost: [], failed: [] };
  const done = () => {
    state.inFlight -= 1;
    state.lastActivity = Date.now();
  };
  page.on('request', (request) => {
    state.inFlight += 1;
    state.lastActivity = Date.now();
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) state.offHost.push(request.url());
  });
  page.on('requestfinished', done);
  page.on('requestfailed', (request) => {
    state.failed.push(request.url());
    done();
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) state.failed.push(`${response.status()} ${response.url()}`);
  });
  return state;
}

/** Waits until the app is idle: a while after the form showed, no request and no React commit for QUIET_MS. */
async function settle(page, requests) {
  const start = Date.now();
  await sleep(SETTLE_MIN_MS);
  while (Date.now() - start < SETTLE_MAX_MS) {
    const sinceCommit = await page.evaluate(() => performance.now() - (window.__bench.commits.at(-1) ?? 0));
    if (requests.inFlight === 0 && Date.now() - requests.lastActivity >= QUIET_MS && sinceCommit >= QUIET_MS) return;
    await sleep(100);
  }
}

const scriptSeconds = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN;
};

/** Loads `url` at CPU throttling `rate` in a new context of `browser`; returns the measures of that load. */
export async function measureLoad(browser, url, rate) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe, PASSWORD_FIELD);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const requests = trackRequests(page, new URL(url).origin);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(url, { waitUntil: 'commit' });
    const formAt = await page.evaluate(() => window.__bench.ready);
    await settle(page, requests);
    const load = await page.evaluate(() => ({ commits: window.__bench.commits, longTasks: window.__bench.longTasks, renderer: window.__bench.renderer, inDomAt: window.__bench.inDomAt }));
    if (load.renderer === undefined) throw new Error(`${url}: React never reached the devtools hook stub, so commits cannot be counted`);
    if (!load.renderer.endsWith('(bundleType 0)')) throw new Error(`${url}: not a production React build: ${load.renderer}`);
    const blockingMs = load.longTasks.filter((task) => task.start < formAt).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    const commitsToForm = load.commits.filter((at) => at <= formAt).length;

    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');

    await page.focus(LOGIN_FIELD);
    await sleep(QUIET_MS);
    const commitsBefore = await page.evaluate(() => window.__bench.commits.length);
    const scriptBefore = await scriptSeconds(cdp);
    await page.keyboard.type(TYPED);
    await sleep(AFTER_TYPING_MS);
    const scriptAfter = await scriptSeconds(cdp);
    const typing = await page.evaluate((field) => ({ commits: window.__bench.commits.length, value: document.querySelector(field)?.value }), LOGIN_FIELD);
    if (typing.value !== TYPED) throw new Error(`${url}: the login field holds "${String(typing.value)}" after typing "${TYPED}"`);

    return {
      inDomMs: load.inDomAt,
      formMs: formAt,
      blockingMs,
      commitsToForm,
      heapBytes: usedSize,
      typingCommits: typing.commits - commitsBefore,
      typingScriptMs: (scriptAfter - scriptBefore) * 1000,
      renderer: load.renderer,
      offHost: requests.offHost,
      failed: requests.failed,
      errors,
    };
  } finally {
    await context.close();
  }
}
