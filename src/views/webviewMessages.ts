// How a webview host takes a message from its page: checked against its protocol's schema (one that does
// not validate is dropped and logged, never acted on), then handled; a failure is logged and shown once.
import * as vscode from 'vscode';
import type * as z from 'zod/mini';
import { describeInvalid } from '../protocol/topicPanelProtocol';

export async function receiveWebviewMessage<T extends { readonly type: string }>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  where: string,
  log: vscode.LogOutputChannel,
  handle: (message: T) => Promise<void>,
): Promise<void> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    log.warn(`${where}: dropped a message that does not validate (${describeInvalid(parsed.error)})`);
    return;
  }
  try {
    await handle(parsed.data);
  } catch (failure) {
    log.error(`${where}: "${parsed.data.type}" failed`, failure);
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Roadmap Tracker: {0}', failure instanceof Error ? failure.message : String(failure)),
    );
  }
}
