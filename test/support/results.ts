// Reads how many tests a layer ran from what it printed, for the summary of `npm test`.

export interface Counts {
  passed: number;
  failed: number;
  /** Tests a layer skipped on purpose, with a stated reason (the web worker host, Node-only cases). */
  skipped: number;
}

/**
 * The harness's closing lines ("<layer>: N passed, N failed[, N skipped]") when the step printed any; else mocha's
 * summary ("N passing", "N failing"). The harness prints mocha's summary too, so only one is counted.
 */
export function countResults(output: string): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  const layerLines = [...output.matchAll(/^\s*[\w() -]+: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/gm)];
  if (layerLines.length > 0) {
    for (const [, passed, failed, skipped] of layerLines) {
      counts.passed += Number(passed);
      counts.failed += Number(failed);
      counts.skipped += Number(skipped ?? 0);
    }
    return counts;
  }
  for (const [, passed] of output.matchAll(/^\s*(\d+) passing\b/gm)) counts.passed += Number(passed);
  for (const [, failed] of output.matchAll(/^\s*(\d+) failing\b/gm)) counts.failed += Number(failed);
  for (const [, skipped] of output.matchAll(/^\s*(\d+) pending\b/gm)) counts.skipped += Number(skipped);
  return counts;
}
