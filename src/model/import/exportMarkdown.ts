// RoadmapInput → Markdown checklist text that the importer reads back to the same tree: the roadmap
// title as a `#` heading, the description as a paragraph, groups as list items ending in ":" (their
// summary as a blockquote below), topics as checklist items "- [ ] **Title**: summary".
// Links, notes and practice globs are not part of the export.

import type { NodeInput, RoadmapInput } from '../schema';
import type { ImportedStatus } from './inline';

const CHECKBOX: Readonly<Record<ImportedStatus, string>> = {
  todo: '[ ]',
  'in-progress': '[/]',
  done: '[x]',
  skipped: '[-]',
};

/** Backslash-escapes what the importer would otherwise read as Markdown or as a marker. */
function escapeInline(text: string): string {
  let out = text.replace(/[\\`*_[\]<>~]/g, '\\$&');
  out = out.replace(/^(\d{1,3})([.)])(?=[ \t])/, '$1\\$2');
  out = out.replace(/^[#+|=-]/, '\\$&');
  return out;
}

/** A title also must not end in ":" (that would make it a label). */
const escapeTitle = (title: string): string => escapeInline(title).replace(/:$/, '\\:');

export function exportRoadmapMarkdown(roadmap: RoadmapInput, progress?: ReadonlyMap<string, ImportedStatus>): string {
  const lines = [`# ${escapeTitle(roadmap.title).replace(/#$/, '\\#')}`, ''];
  if (roadmap.description !== undefined && roadmap.description.trim().length > 0) {
    lines.push(escapeInline(roadmap.description.replace(/\s+/g, ' ').trim()), '');
  }
  const write = (node: NodeInput, depth: number): void => {
    const indent = '  '.repeat(depth);
    if (node.kind === 'group') {
      lines.push(`${indent}- ${escapeTitle(node.title)}:`);
      if (node.summary !== undefined) lines.push(`${indent}  > ${escapeInline(oneLine(node.summary))}`);
    } else {
      const box = CHECKBOX[progress?.get(node.id) ?? 'todo'];
      const text =
        node.summary === undefined
          ? escapeTitle(node.title)
          : `**${escapeInline(node.title)}**: ${escapeInline(oneLine(node.summary))}`;
      lines.push(`${indent}- ${box} ${text}`);
    }
    for (const child of node.children ?? []) write(child, depth + 1);
  };
  for (const node of roadmap.nodes) write(node, 0);
  return `${lines.join('\n')}\n`;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
