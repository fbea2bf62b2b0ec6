// Formatting in VS Code's display language (`vscode.env.language`, fixed for the window's life).
import * as vscode from 'vscode';
import { localeFormat, type LocaleFormat } from '../model/localeFormat';

let format: LocaleFormat | undefined;

export function displayFormat(): LocaleFormat {
  format ??= localeFormat(vscode.env.language);
  return format;
}
