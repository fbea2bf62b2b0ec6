// Loader problems as Problems-panel diagnostics (positions are 1-based in the model, 0-based here).
import * as vscode from 'vscode';
import type { Problem, SourceRange } from '../model/problems';

export const DIAGNOSTIC_SOURCE = 'Roadmap Tracker';

function toRange(range: SourceRange): vscode.Range {
  const start = new vscode.Position(Math.max(0, range.start.line - 1), Math.max(0, range.start.column - 1));
  const end = new vscode.Position(Math.max(0, range.end.line - 1), Math.max(0, range.end.column - 1));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

export function toDiagnostic(uri: vscode.Uri, problem: Problem): vscode.Diagnostic {
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(toRange(problem.range), problem.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  if (problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(related.range)), related.message),
    );
  }
  return diagnostic;
}
