// The Progress view page's own words, in the display language (the page holds no text of its own).
import * as vscode from 'vscode';
import type { ProgressPageText } from '../../protocol/pageText';

export function progressPageText(): ProgressPageText {
  return {
    activeDays: vscode.l10n.t('Active days'),
    roadmaps: vscode.l10n.t('Roadmaps'),
    noProgress: vscode.l10n.t('No roadmap has progress yet. Mark a topic in progress or done to start.'),
    showMap: vscode.l10n.t('Show Map'),
    roadmapNumbers: vscode.l10n.t('{0}/{1} · {2}', '{0}', '{1}', '{2}'),
    roadmapBar: vscode.l10n.t('{0}: {1} done', '{0}', '{1}'),
    settings: vscode.l10n.t('Hours per Week and Target Date…'),
    dayNoActivity: vscode.l10n.t('No activity on {0}', '{0}'),
    dayTopic: vscode.l10n.t('{0} topic on {1}', '{0}', '{1}'),
    dayTopics: vscode.l10n.t('{0} topics on {1}', '{0}', '{1}'),
    heatmapLabel: vscode.l10n.t('Active days over the last year; {0}', '{0}'),
  };
}
