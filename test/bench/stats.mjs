// Medians and ranges of the per-load measures.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** { median, min, max } of one measure over loads, and its values in run order (for per-run pairs). */
export function spread(loads, pick) {
  const values = loads.map(pick);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
}

/**
 * The median over runs of a's value divided by b's in the same run. The two loads of a pair are under half a
 * minute apart, so a slower spell of the shared machine moves both alike and mostly drops out of their ratio.
 */
export function pairedRatio(a, b) {
  return median(a.values.map((value, run) => value / b.values[run]));
}

/** The measures the report shows, per app and rate. */
export const MEASURES = {
  inDomMs: (load) => load.inDomMs,
  formMs: (load) => load.formMs,
  blockingMs: (load) => load.blockingMs,
  commitsToForm: (load) => load.commitsToForm,
  heapBytes: (load) => load.heapBytes,
  typingCommits: (load) => load.typingCommits,
  typingScriptMs: (load) => load.typingScriptMs,
};

/** summary[appId][rate][measure] = { median, min, max, values }; heap also over both rates as rate 'all'. */
export function summarise(loadsByApp, rates) {
  const summary = {};
  for (const [id, byRate] of Object.entries(loadsByApp)) {
    summary[id] = {};
    for (const rate of rates) {
      summary[id][rate] = Object.fromEntries(Object.entries(MEASURES).map(([name, pick]) => [name, spread(byRate[rate], pick)]));
    }
    summary[id].all = { heapBytes: spread(rates.flatMap((rate) => byRate[rate]), MEASURES.heapBytes) };
  }
  return summary;
}
