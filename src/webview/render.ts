// Builds the panel's page from a TopicState. Text goes in as text and notes as DOM nodes built from typed
// tokens: nothing from a message is ever parsed as HTML. Real buttons for actions; links are elements the
// page handles (see richTextDom.ts).
import type { Status } from '../model/status';
import { fillText, type TopicPageText, type TopicPageTextKey } from '../protocol/pageText';
import { hasInvisibleCharacters } from '../protocol/invisibleCharacters';
import type { RichText } from '../protocol/richText';
import type { TopicState } from '../protocol/topicPanelProtocol';
import { linkElement, richTextFragment, visibleLinkText } from './richTextDom';

/** The status buttons, most used first, and the text naming each. */
const STATUS_BUTTON_ORDER: readonly Status[] = ['done', 'in-progress', 'skipped', 'todo'];
export const STATUS_TEXT: Readonly<Record<Status, TopicPageTextKey>> = {
  todo: 'statusTodo',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  skipped: 'statusSkipped',
};

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

function breadcrumbs(state: TopicState, text: TopicPageText): HTMLElement {
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
            title: text.showInRoadmaps,
            'data-crumb': crumb.nodeId ?? '',
            'data-focus-key': `crumb:${crumb.nodeId ?? ''}`,
          },
        });
    list.append(element('li', {}, [item]));
  });
  return element('nav', { className: 'breadcrumbs', attributes: { 'aria-label': text.topicPath } }, [list]);
}

function statusButtons(status: Status, text: TopicPageText): HTMLElement {
  const group = element('div', { className: 'status-buttons', attributes: { role: 'group', 'aria-labelledby': 'status-label' } }, [
    element('span', { className: 'status-label', text: text.status, attributes: { id: 'status-label' } }),
  ]);
  for (const value of STATUS_BUTTON_ORDER) {
    const label = text[STATUS_TEXT[value]];
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

function notesSection(state: TopicState, text: TopicPageText): HTMLElement {
  const children: Node[] = [];
  for (const note of state.notes) {
    if (note.source) children.push(element('p', { className: 'note-source', text: fillText(text.noteFrom, note.source) }));
    children.push(renderedNote(note.content, 'topic-notes'));
  }
  if (children.length === 0) children.push(element('p', { className: 'empty', text: text.noNotes }));
  return section('notes', text.aboutTopic, children);
}

function linksSection(state: TopicState, text: TopicPageText): HTMLElement | undefined {
  if (state.links.length === 0) return undefined;
  const list = element('ul', { className: 'links' });
  for (const link of state.links) {
    const host = hostOf(link.url);
    const anchor = linkElement(link.url, link.url);
    anchor.append(...visibleLinkText(link.title, (code) => fillText(text.invisibleCharacter, code)));
    // A title that hides characters gets its whole address beside it, not just the host.
    const beside = hasInvisibleCharacters(link.title)
      ? element('span', { className: 'link-address', text: ` (${link.url})` })
      : host
        ? element('span', { className: 'host', text: ` ${host}` })
        : undefined;
    list.append(element('li', {}, [anchor, ...(beside ? [beside] : [])]));
  }
  return section('links', text.referenceLinks, [list]);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function practiceSection(state: TopicState, text: TopicPageText): HTMLElement {
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
              title: fillText(text.openPracticeFile, file.label),
            },
          }),
        ]),
      );
    }
    children.push(list);
  } else {
    children.push(element('p', { className: 'empty', text: text.noPracticeFiles }));
  }
  if (practice.folder) {
    children.push(practiceFolderLine(practice.folder, practice.folderExists, practice.files.length === 0, text));
    // An empty (or missing) folder makes a first file the thing to do next.
    children.push(element('p', {}, [actionButton(text.newPracticeFile, 'new-practice-file', practice.files.length > 0)]));
  }
  if (practice.problem) children.push(element('p', { className: 'problem', text: practice.problem }));
  return section('practice', text.practiceFiles, children);
}

/** Text nodes around `node`, put where `{0}` is in a translated sentence. */
function sentenceAround(template: string, node: Node): Node[] {
  const at = template.indexOf('{0}');
  if (at < 0) return [document.createTextNode(template), node];
  return [document.createTextNode(template.slice(0, at)), node, document.createTextNode(template.slice(at + 3))];
}

/** The practice folder by name, as a link that reveals it (creating it first when it is missing). */
function practiceFolderLine(folder: string, exists: boolean | undefined, empty: boolean, text: TopicPageText): HTMLElement {
  const name = `${folder}/`;
  const link = element('a', {
    className: 'practice-folder',
    text: name,
    attributes: {
      role: 'link',
      tabindex: '0',
      'data-action': 'open-practice-folder',
      'data-focus-key': 'action:open-practice-folder',
      title: fillText(exists === false ? text.createAndShowFolder : text.showFolder, name),
    },
  });
  const sentence = exists === false ? text.practiceFolderMissing : empty ? text.practiceFolderEmpty : text.practiceFolder;
  return element('p', { className: 'hint' }, sentenceAround(sentence, link));
}

/** The other roadmaps where the same subject appears, each a link to that topic, with its status there. */
function sameSubjectSection(state: TopicState, text: TopicPageText): HTMLElement | undefined {
  if (state.elsewhere.length === 0) return undefined;
  const list = element('ul', { className: 'same-subject' });
  for (const other of state.elsewhere) {
    const key = `${other.roadmapId}/${other.topicId}`;
    list.append(
      element('li', {}, [
        element('a', {
          text: fillText(text.sameSubjectTopic, other.roadmapTitle, other.topicTitle),
          attributes: {
            role: 'link',
            tabindex: '0',
            'data-same-subject': key,
            'data-focus-key': `same-subject:${key}`,
            title: fillText(text.openSameSubject, other.topicTitle, other.roadmapTitle),
          },
        }),
        element('span', { className: 'same-subject-status', text: fillText(text.sameSubjectStatus, text[STATUS_TEXT[other.status]]) }),
      ]),
    );
  }
  return section('same-subject', text.sameSubjectHeading, [list]);
}

function personalNotesSection(state: TopicState, text: TopicPageText): HTMLElement {
  const notes = state.personalNotes;
  const children: Node[] = [];
  if (notes.content !== undefined) children.push(renderedNote(notes.content, 'personal-notes'));
  else if (!notes.exists && !notes.problem) children.push(element('p', { className: 'empty', text: text.noPersonalNotes }));
  if (notes.problem) children.push(element('p', { className: 'problem', text: notes.problem }));
  if (notes.path) {
    children.push(element('p', { className: 'hint', text: notes.path }));
    children.push(element('p', {}, [actionButton(notes.exists ? text.openNotes : text.createNotes, 'open-notes', true)]));
  }
  return section('my-notes', text.myNotes, children);
}

function restrictedBanner(text: TopicPageText): HTMLElement {
  return element('div', { className: 'banner', attributes: { role: 'note' } }, [
    element('p', { text: text.restricted }),
    actionButton(text.manageTrust, 'manage-trust', true),
  ]);
}

export function renderTopic(state: TopicState, text: TopicPageText): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(breadcrumbs(state, text));
  fragment.append(element('h1', { text: state.title }));
  if (state.summary) fragment.append(element('p', { className: 'summary', text: state.summary }));
  if (state.restricted) fragment.append(restrictedBanner(text));
  fragment.append(statusButtons(state.status, text));
  fragment.append(element('p', {}, [actionButton(text.showMap, 'show-map', true)]));
  fragment.append(notesSection(state, text));
  const links = linksSection(state, text);
  if (links) fragment.append(links);
  fragment.append(practiceSection(state, text));
  fragment.append(personalNotesSection(state, text));
  const sameSubject = sameSubjectSection(state, text);
  if (sameSubject) fragment.append(sameSubject);
  return fragment;
}

export function renderMissing(message: string, text: TopicPageText): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(element('h1', { text: text.topicNotFound }), element('p', { text: message }));
  return fragment;
}
