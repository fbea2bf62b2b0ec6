// Typed access to the checks' settings (roadmapTracker.checks.*).
import * as vscode from 'vscode';
import { CHECK_SETTING_DEFAULTS, CheckSettingKey } from '../contracts/checkSettings';
import { SETTINGS_SECTION } from '../contracts/settingKeys';
import { MAX_CHECK_TIMEOUT_SECONDS } from '../model/checkSchema';

export interface CheckSettings {
  readonly detectTests: boolean;
  readonly markDoneOnPass: boolean;
  readonly timeoutSeconds: number;
}

export function checkSettings(scope?: vscode.ConfigurationScope): CheckSettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const timeout = configuration.get<unknown>(CheckSettingKey.TimeoutSeconds);
  return {
    detectTests: configuration.get<unknown>(CheckSettingKey.DetectTests) === true,
    markDoneOnPass: configuration.get<unknown>(CheckSettingKey.MarkDoneOnPass) === true,
    timeoutSeconds:
      typeof timeout === 'number' && Number.isInteger(timeout) && timeout >= 1 && timeout <= MAX_CHECK_TIMEOUT_SECONDS
        ? timeout
        : CHECK_SETTING_DEFAULTS.timeoutSeconds,
  };
}

/** Whether a configuration change concerns the checks. */
export function affectsChecks(event: vscode.ConfigurationChangeEvent): boolean {
  return ['checks', 'practiceFolder'].some((key) => event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`));
}
