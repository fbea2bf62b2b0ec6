// Run Check and Set Check…: on the clicked topic(s), else the topic in the panel, else the tree's
// selection or a pick. Running goes through the Testing view (one run, output streamed there).
import * as vscode from 'vscode';
import { CommandId } from '../contracts/commandIds';
import type { TopicRef } from '../contracts/topicRef';
import { checkCommandSchema, type CheckSpec } from '../model/checkSchema';
import { CHECKS_FILE_PATH } from '../model/checksFile';
import { practiceFolderOf, workspaceFolderFor } from '../workspaceFiles/workspaceLocations';
import type { CommandContext } from './commandContext';
import { resolveTopicTargets } from './targets';

async function topicsFor(context: CommandContext, clicked: unknown, selected: unknown, pickTitle: string): Promise<TopicRef[]> {
  if (clicked === undefined && context.topicPanels.currentTopic) return [context.topicPanels.currentTopic];
  const targets = await resolveTopicTargets(context, clicked, selected, pickTitle);
  return targets.flatMap(({ roadmapId, topicIds }) => topicIds.map((topicId) => ({ roadmapId, topicId })));
}

export function runCheckHandler(context: CommandContext) {
  return async (clicked?: unknown, selected?: unknown): Promise<void> => {
    const refs = await topicsFor(context, clicked, selected, vscode.l10n.t('Run Check'));
    if (refs.length === 0) return;
    const single = refs.length === 1 ? refs[0] : undefined;
    const availability = context.checks.availability();
    if (!availability.ok) {
      // The run still goes to the Testing view, which shows the same reason on each topic.
      void vscode.window.showWarningMessage(availability.reason);
    } else if (single && (await context.checks.resolve(single)).kind === 'none') {
      const title = context.catalog.get(single.roadmapId)?.roadmap.nodesById.get(single.topicId)?.title ?? single.topicId;
      const setCheck = vscode.l10n.t('Set Check…');
      const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t('"{0}" has no check yet: a command that passes when your practice is right.', title),
        setCheck,
      );
      if (answer === setCheck) await vscode.commands.executeCommand(CommandId.SetCheck, single);
      return;
    }
    await context.checks.runChecks(refs);
  };
}

/** Asks for the command and keeps it in the workspace checks file; an empty command removes the check. */
export function setCheckHandler(context: CommandContext) {
  return async (clicked?: unknown): Promise<CheckSpec | undefined> => {
    const [ref] = await topicsFor(context, clicked, undefined, vscode.l10n.t('Set Check'));
    if (!ref) return undefined;
    const entry = context.catalog.get(ref.roadmapId);
    const topic = entry?.roadmap.nodesById.get(ref.topicId);
    if (!entry || topic?.kind !== 'topic') return undefined;
    const folder = workspaceFolderFor(entry);
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep checks: they are saved in the workspace.'));
      return undefined;
    }
    const current = await context.checks.checksFile.checkOf(folder, ref);
    const resolved = await context.checks.resolve(ref);
    const practice = await practiceFolderOf(entry, topic);
    const runIn = current?.folder ?? (practice.ok && practice.exists ? practice.relativePath : undefined);
    const command = await vscode.window.showInputBox({
      title: vscode.l10n.t('Set Check: {0}', topic.title),
      prompt:
        runIn === undefined
          ? vscode.l10n.t(
              'A command that passes (exit code 0) when the practice is right. It runs in the workspace folder, only when you ask. Leave empty to remove the check.',
            )
          : vscode.l10n.t(
              'A command that passes (exit code 0) when the practice is right. It runs in {0}, only when you ask. Leave empty to remove the check.',
              runIn,
            ),
      value: current?.command ?? (resolved.kind === 'check' ? resolved.check.command : ''),
      placeHolder: vscode.l10n.t('e.g. node --test, npm test, pytest, go test ./...'),
      validateInput: (value) => {
        if (value.trim().length === 0) return undefined;
        const checked = checkCommandSchema.safeParse(value);
        return checked.success
          ? undefined
          : vscode.l10n.t('This command cannot be used: {0}.', checked.error.issues[0]?.message ?? vscode.l10n.t('it is not valid'));
      },
    });
    if (command === undefined) return undefined;
    const parsed = checkCommandSchema.safeParse(command);
    const check: CheckSpec | undefined = parsed.success
      ? { command: parsed.data, folder: runIn, timeoutSeconds: current?.timeoutSeconds }
      : undefined;
    if (!check && current === undefined) return undefined;
    const file = await context.checks.checksFile.write(folder, ref, check);
    const open = vscode.l10n.t('Open File');
    void vscode.window
      .showInformationMessage(
        check
          ? vscode.l10n.t('The check of "{0}" is saved in {1}.', topic.title, CHECKS_FILE_PATH)
          : vscode.l10n.t('The check of "{0}" was removed from {1}.', topic.title, CHECKS_FILE_PATH),
        open,
      )
      .then((answer) => {
        if (answer === open) void vscode.window.showTextDocument(file);
      });
    return check;
  };
}
