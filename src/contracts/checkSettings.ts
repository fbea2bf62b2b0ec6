// The checks' settings as contributed in package.json (roadmapTracker.checks.*) and their defaults. A
// unit test checks package.json contributes the same.
import { DEFAULT_CHECK_TIMEOUT_SECONDS } from '../model/checkSchema';

export const CheckSettingKey = {
  /** Whether a topic whose practice folder holds tests gets the workspace's test command as its check. */
  DetectTests: 'checks.detectTests',
  /** Whether a passing check marks its topic done without asking. */
  MarkDoneOnPass: 'checks.markDoneOnPass',
  /** Time limit of a check that sets none, in seconds. */
  TimeoutSeconds: 'checks.timeoutSeconds',
} as const;

export const CHECK_SETTING_DEFAULTS = {
  detectTests: false,
  markDoneOnPass: false,
  timeoutSeconds: DEFAULT_CHECK_TIMEOUT_SECONDS,
} as const;

/** The Testing view's controller id and label. */
export const CHECKS_CONTROLLER_ID = 'roadmapTracker.checks';
export const CHECKS_CONTROLLER_LABEL = 'Roadmap';
