// The map's words (mapWords.ts) translated on the extension's side, through @vscode/l10n: for the map
// page's `text` message and for SVG exports.
import * as l10n from '@vscode/l10n';
import type { MapSceneText } from './mapWords';

/** The templates in the display language @vscode/l10n was configured with (English without a bundle). */
export function mapSceneText(): MapSceneText {
  return {
    topicNameTodo: l10n.t('{0}, to do', '{0}'),
    topicNameInProgress: l10n.t('{0}, in progress', '{0}'),
    topicNameDone: l10n.t('{0}, done', '{0}'),
    topicNameSkipped: l10n.t('{0}, skipped', '{0}'),
    statusTodo: l10n.t('To do'),
    statusInProgress: l10n.t('In progress'),
    statusDone: l10n.t('Done'),
    statusSkipped: l10n.t('Skipped'),
    topicTooltip: l10n.t('{0} — {1}', '{0}', '{1}'),
    groupName: l10n.t('{0}: {1} of {2} done', '{0}', '{1}', '{2}'),
    mapName: l10n.t('{0}: {1} of {2} topics done ({3}%)', '{0}', '{1}', '{2}', '{3}'),
  };
}
