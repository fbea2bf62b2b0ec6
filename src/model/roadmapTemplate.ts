// The starter file "New Roadmap" writes: a small valid roadmap that shows every part of the format.

export interface TemplateOptions {
  id: string;
  title: string;
}

const yamlString = (text: string): string => JSON.stringify(text);

export function newRoadmapTemplate({ id, title }: TemplateOptions): string {
  return `# A roadmap for Roadmap Tracker. Every node needs a stable id (kebab-case) and a title.
# Groups ("kind: group") are headings; topics (the default) have a status and may hold topics.
id: ${id}
title: ${yamlString(title)}
description: What this roadmap covers, in a sentence or two.
source: Where it comes from (a URL, a book, a person).
nodes:
  - id: basics
    title: Basics
    kind: group
    summary: Start here.
    children:
      - id: first-topic
        title: First topic
        summary: One line about it.
        links:
          - title: A reference
            url: https://example.com/
      - id: second-topic
        title: Second topic
        practice: ["practice/second-topic/**"]
        children:
          - id: a-sub-topic
            title: A sub-topic
  - id: next-steps
    title: Next steps
    kind: group
    children:
      - id: third-topic
        title: Third topic
        notes: |
          Notes in **Markdown**, shown in the topic panel.
`;
}
