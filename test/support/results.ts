// Reads how many tests a layer ran from what it printed, for the summary of `npm test`.

export interface Counts {
  passed: number;
  failed: number;
}

/**
 * The harness's closing lines ("<layer>: N passed, N failed") when the step printed any; else mocha's
 * summary ("N passing", "N failing"). The harness prints mocha's summary too, so only one is counted.
 */
export function countResults(output: string): Counts {
  const counts: Counts = { passed: 0, failed: 0 };
  const layerLines = [...output.matchAll(/^\s*[\w() -]+: (\d+) passed, (\d+) failed\s*$/gm)];
  if (layerLines.length > 0) {
    for (const [, passed, failed] of layerLines) {
      counts.passed += Number(passed);
      counts.failed += Number(failed);
    }
    return counts;
  }
  for (const [, passed] of output.matchAll(/^\s*(\d+) passing\b/gm)) counts.passed += Number(passed);
  for (const [, failed] of output.matchAll(/^\s*(\d+) failing\b/gm)) counts.failed += Number(failed);
  return counts;
}
