// Builds the panel's page from a TopicState. Text goes in as text and notes as DOM nodes built from typed
// tokens: nothing from a message is ever parsed as HTML. Real buttons for actions; links are elements the
// page handles (see richTextDom.ts).
import { STATUS_LABELS, type Status } from '../model/status';
import { hasInvisibleCharacters } from '../protocol/invisibleCharacters';
import type { RichText } from '../protocol/richText';
import type { TopicState } from '../protocol/topicPanelProtocol';
import { linkElement, richTextFragment, visibleLinkText } from './richTextDom';

/** The status buttons, most used first. */
const STATUS_BUTTON_ORDER: readonly Status[] = ['done', 'in-progress', 'skipped', 'todo'];

/** Actions the page asks the extension for, by a button's `data-action`. */
export type PageAction = 'open-notes' | 'new-practice-file' | 'open-practice-folder' | 'manage-trust' | 'show-map';

interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (options.className) created.className = options.className;
  if (options.text !== undefined) created.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

/** A button for an action; `focusKey` lets focus come back to it after the page is rebuilt. */
function actionButton(label: string, action: PageAction, secondary: boolean): HTMLButtonElement {
  return element('button', {
    className: secondary ? 'secondary' : undefined,
    text: label,
    attributes: { type: 'button', 'data-action': action, 'data-focus-key': `action:${action}` },
  });
}

function section(id: string, heading: string, children: readonly Node[]): HTMLElement {
  return element('section', { attributes: { 'aria-labelledby': `${id}-heading` } }, [
    element('h2', { text: heading, attributes: { id: `${id}-heading` } }),
    ...children,
  ]);
}

/** A rendered note, in its own container. */
function renderedNote(content: RichText, className: string): HTMLElement {
  return element('div', { className: `markdown ${className}` }, [richTextFragment(content)]);
}

function breadcrumbs(state: TopicState): HTMLElement {
  const list = element('ol');
  state.breadcrumbs.forEach((crumb, index) => {
    const isCurrent = index === state.breadcrumbs.length - 1;
    const item = isCurrent
      ? element('span', { text: crumb.title, attributes: { 'aria-current': 'page' } })
      : element('button', {
          className: 'crumb',
          text: crumb.title,
          attributes: {
            type: 'button',
            title: 'Show in the Roadmaps view',
            'data-crumb': crumb.nodeId ?? '',
            'data-focus-key': `crumb:${crumb.nodeId ?? ''}`,
          },
        });
    list.append(element('li', {}, [item]));
  });
  return element('nav', { className: 'breadcrumbs', attributes: { 'aria-label': 'Topic path' } }, [list]);
}

function statusButtons(status: Status): HTMLElement {
  const group = element('div', { className: 'status-buttons', attributes: { role: 'group', 'aria-labelledby': 'status-label' } }, [
    element('span', { className: 'status-label', text: 'Status', attributes: { id: 'status-label' } }),
  ]);
  for (const value of STATUS_BUTTON_ORDER) {
    const label = STATUS_LABELS[value];
    group.append(
      element('button', {
        className: 'status-button',
        text: label,
        attributes: {
          type: 'button',
          'data-status': value,
          'data-focus-key': `status:${value}`,
          'aria-pressed': String(value === status),
        },
      }),
    );
  }
  return group;
}

/** Marks the pressed status button; the page is not rebuilt, so focus stays where it is. */
export function showStatus(root: ParentNode, status: Status): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-status]')) {
    button.setAttribute('aria-pressed', String(button.dataset.status === status));
  }
}

function notesSection(state: TopicState): HTMLElement {
  const children: Node[] = [];
  for (const note of state.notes) {
    if (note.source) children.push(element('p', { className: 'note-source', text: `From ${note.source}` }));
    children.push(renderedNote(note.content, 'topic-notes'));
  }
  if (children.length === 0) children.push(element('p', { className: 'empty', text: 'This topic has no notes.' }));
  return section('notes', 'About this topic', children);
}

function linksSection(state: TopicState): HTMLElement | undefined {
  if (state.links.length === 0) return undefined;
  const list = element('ul', { className: 'links' });
  for (const link of state.links) {
    const host = hostOf(link.url);
    const anchor = linkElement(link.url, link.url);
    anchor.append(...visibleLinkText(link.title));
    // A title that hides characters gets its whole address beside it, not just the host.
    const beside = hasInvisibleCharacters(link.title)
      ? element('span', { className: 'link-address', text: ` (${link.url})` })
      : host
        ? element('span', { className: 'host', text: ` ${host}` })
        : undefined;
    list.append(element('li', {}, [anchor, ...(beside ? [beside] : [])]));
  }
  return section('links', 'Reference links', [list]);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function practiceSection(state: TopicState): HTMLElement {
  const { practice } = state;
  const children: Node[] = [];
  if (practice.files.length > 0) {
    const list = element('ul', { className: 'files' });
    for (const file of practice.files) {
      list.append(
        element('li', {}, [
          element('a', {
            text: file.label,
            attributes: {
              role: 'link',
              tabindex: '0',
              'data-practice-id': file.id,
              'data-focus-key': `practice:${file.label}`,
              title: `Open ${file.label}`,
            },
          }),
        ]),
      );
    }
    children.push(list);
  } else {
    children.push(element('p', { className: 'empty', text: 'No practice files yet.' }));
  }
  if (practice.folder) {
    children.push(practiceFolderLine(practice.folder, practice.folderExists, practice.files.length === 0));
    // An empty (or missing) folder makes a first file the thing to do next.
    children.push(element('p', {}, [actionButton('New Practice File…', 'new-practice-file', practice.files.length > 0)]));
  }
  if (practice.problem) children.push(element('p', { className: 'problem', text: practice.problem }));
  return section('practice', 'Practice files', children);
}

/** The practice folder by name, as a link that reveals it (creating it first when it is missing). */
function practiceFolderLine(folder: string, exists: boolean | undefined, empty: boolean): HTMLElement {
  const name = `${folder}/`;
  const link = element('a', {
    className: 'practice-folder',
    text: name,
    attributes: {
      role: 'link',
      tabindex: '0',
      'data-action': 'open-practice-folder',
      'data-focus-key': 'action:open-practice-folder',
      title: exists === false ? `Create ${name} and show it in the Explorer` : `Show ${name} in the Explorer`,
    },
  });
  const after = exists === false ? ' does not exist yet: click it to create it.' : empty ? ' is empty.' : '';
  return element('p', { className: 'hint' }, [document.createTextNode('Practice folder: '), link, document.createTextNode(after)]);
}

/** The other roadmaps where the same subject appears, each a link to that topic, with its status there. */
function sameSubjectSection(state: TopicState): HTMLElement | undefined {
  if (state.elsewhere.length === 0) return undefined;
  const list = element('ul', { className: 'same-subject' });
  for (const other of state.elsewhere) {
    const key = `${other.roadmapId}/${other.topicId}`;
    list.append(
      element('li', {}, [
        element('a', {
          text: `${other.roadmapTitle}: ${other.topicTitle}`,
          attributes: {
            role: 'link',
            tabindex: '0',
            'data-same-subject': key,
            'data-focus-key': `same-subject:${key}`,
            title: `Open "${other.topicTitle}" in ${other.roadmapTitle}`,
          },
        }),
        element('span', { className: 'same-subject-status', text: ` · ${STATUS_LABELS[other.status]}` }),
      ]),
    );
  }
  return section('same-subject', 'Also in other roadmaps', [list]);
}

function personalNotesSection(state: TopicState): HTMLElement {
  const notes = state.personalNotes;
  const children: Node[] = [];
  if (notes.content !== undefined) children.push(renderedNote(notes.content, 'personal-notes'));
  else if (!notes.exists && !notes.problem)
    children.push(element('p', { className: 'empty', text: 'You have no notes for this topic yet.' }));
  if (notes.problem) children.push(element('p', { className: 'problem', text: notes.problem }));
  if (notes.path) {
    children.push(element('p', { className: 'hint', text: notes.path }));
    children.push(element('p', {}, [actionButton(notes.exists ? 'Open Notes' : 'Create Notes', 'open-notes', true)]));
  }
  return section('my-notes', 'My notes', children);
}

function restrictedBanner(): HTMLElement {
  return element('div', { className: 'banner', attributes: { role: 'note' } }, [
    element('p', {
      text: 'Restricted Mode: Markdown from this workspace is shown as plain text. Trust the folder to see it formatted.',
    }),
    actionButton('Manage Workspace Trust', 'manage-trust', true),
  ]);
}

export function renderTopic(state: TopicState): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(breadcrumbs(state));
  fragment.append(element('h1', { text: state.title }));
  if (state.summary) fragment.append(element('p', { className: 'summary', text: state.summary }));
  if (state.restricted) fragment.append(restrictedBanner());
  fragment.append(statusButtons(state.status));
  fragment.append(element('p', {}, [actionButton('Show Map', 'show-map', true)]));
  fragment.append(notesSection(state));
  const links = linksSection(state);
  if (links) fragment.append(links);
  fragment.append(practiceSection(state));
  fragment.append(personalNotesSection(state));
  const sameSubject = sameSubjectSection(state);
  if (sameSubject) fragment.append(sameSubject);
  return fragment;
}

export function renderMissing(message: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(element('h1', { text: 'Topic not found' }), element('p', { text: message }));
  return fragment;
}
