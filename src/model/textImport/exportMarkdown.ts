// RoadmapInput → Markdown checklist text that the importer reads back to the same tree: the roadmap
// title as a `#` heading, the description as a paragraph, groups as list items ending in ":" (their
// summary as a blockquote below), topics as checklist items "- [ ] **Title**: summary".
// Links, notes and practice globs are not part of the export.

import type { NodeInput, RoadmapInput } from '../schema';
import { collapseSpaces, ESCAPABLE_SYMBOLS, isPersonalRemark, type ImportedStatus } from './inline';

const CHECKBOX: Readonly<Record<ImportedStatus, string>> = {
  todo: '[ ]',
  'in-progress': '[/]',
  done: '[x]',
  skipped: '[-]',
};

/**
 * Backslash-escapes what the importer would otherwise read as Markdown, a marker or structure.
 * `parens` also escapes parentheses (so that a personal remark is not dropped).
 */
function escapeInline(text: string, parens = false): string {
  let out = text.replace(parens ? /[\\`*_[\]<>~()]/g : /[\\`*_[\]<>~]/g, '\\$&');
  out = out.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
  out = out.replace(/^-+/, (dashes) => dashes.replace(/-/g, '\\-')).replace(/^[#+|=]/, '\\$&');
  if (ESCAPABLE_SYMBOLS.includes(out[0] ?? '')) out = `\\${out}`;
  return out;
}

/**
 * A title also must not end in ":" (that would make it a label), nor keep a personal remark's
 * parentheses unescaped (the importer would drop the remark).
 */
const escapeTitle = (title: string): string => escapeInline(title, isPersonalRemark(title)).replace(/:$/, '\\:');

export function exportRoadmapMarkdown(roadmap: RoadmapInput, progress?: ReadonlyMap<string, ImportedStatus>): string {
  const heading = escapeTitle(roadmap.title);
  // A "#" at the end of a heading would be read as a closing sequence.
  const lines = [`# ${/(^|[^\\])#$/.test(heading) ? `${heading.slice(0, -1)}\\#` : heading}`, ''];
  if (roadmap.description !== undefined && roadmap.description.trim().length > 0) {
    // Escaped like a title: a paragraph ending in ":" before a list would be read as a label.
    lines.push(escapeTitle(oneLine(roadmap.description)), '');
  }
  const write = (node: NodeInput, depth: number): void => {
    const indent = '  '.repeat(depth);
    if (node.kind === 'group') {
      lines.push(`${indent}- ${escapeTitle(node.title)}:`);
      if (node.summary !== undefined) lines.push(`${indent}  > ${escapeInline(oneLine(node.summary))}`);
    } else {
      const box = CHECKBOX[progress?.get(node.id) ?? 'todo'];
      const text =
        node.summary === undefined ? escapeTitle(node.title) : `**${escapeTitle(node.title)}**: ${escapeInline(oneLine(node.summary))}`;
      lines.push(`${indent}- ${box} ${text}`);
    }
    for (const child of node.children ?? []) write(child, depth + 1);
  };
  for (const node of roadmap.nodes) write(node, 0);
  return `${lines.join('\n')}\n`;
}

/** Line breaks become spaces; other whitespace is collapsed the way the importer does it. */
const oneLine = (text: string): string => collapseSpaces(text.replace(/[\r\n]+/g, ' '));
