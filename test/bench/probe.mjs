// What runs in the page before any of its scripts (Playwright's addInitScript): it counts React commits, keeps
// the long tasks, and notes the first frame in which the sign-in password field can be used.

/** The sign-in form's password field and login field in all five apps (Amplify UI, the plain form, Gatehouse). */
export const PASSWORD_FIELD = 'form input[type="password"]';
export const LOGIN_FIELD = 'form input[autocomplete="username"]';

/**
 * Installed with `context.addInitScript(probe, PASSWORD_FIELD)`; Playwright serialises it, so it uses nothing
 * from this module. State lives on `window.__bench`.
 */
export function probe(passwordSelector) {
  if (window.top !== window) return;
  const bench = { commits: [], longTasks: [], renderer: undefined, inDomAt: undefined, readyAt: undefined };
  window.__bench = bench;

  // React DOM (production builds too) hands itself to a devtools hook when one exists, then reports each commit.
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(internals) {
      bench.renderer = `${internals.rendererPackageName} ${internals.version} (bundleType ${internals.bundleType})`;
      return 1;
    },
    onCommitFiberRoot() {
      bench.commits.push(performance.now());
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    setStrictMode() {},
    checkDCE() {},
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // In the DOM, rendered (not display:none, not visibility:hidden, no transparent ancestor), a box, enabled.
  const usable = (field) => {
    if (!field || field.matches(':disabled')) return false;
    if (!field.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = field.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  bench.ready = new Promise((resolve) => {
    const frame = () => {
      const field = document.querySelector(passwordSelector);
      if (field && bench.inDomAt === undefined) bench.inDomAt = performance.now();
      if (usable(field)) {
        bench.readyAt = performance.now();
        resolve(bench.readyAt);
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}
