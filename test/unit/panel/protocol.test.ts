// The panel's messages: well-formed ones pass, anything else is rejected (and so dropped, not acted on).
import { strict as assert } from 'node:assert';
import {
  extensionMessageSchema,
  persistedStateSchema,
  topicStateSchema,
  webviewMessageSchema,
  describeInvalid,
  type TopicState,
} from '../../../src/protocol/topicPanelProtocol';

const ref = { roadmapId: 'backend', topicId: 'http-caching' };

const STATE: TopicState = {
  ...ref,
  title: 'HTTP Caching',
  summary: 'Cache-Control, ETags',
  breadcrumbs: [{ title: 'Backend' }, { nodeId: 'web', title: 'Web' }, { nodeId: 'http-caching', title: 'HTTP Caching' }],
  status: 'in-progress',
  restricted: false,
  notes: [
    { content: [{ type: 'open', tag: 'p' }, { type: 'text', text: 'x' }, { type: 'close' }] },
    {
      source: 'notes/http.md',
      content: [
        { type: 'open', tag: 'p', className: 'problem' },
        { type: 'link', href: 'https://example.com/', title: 't' },
        { type: 'text', text: 'y' },
        { type: 'close' },
        { type: 'close' },
      ],
    },
  ],
  links: [{ title: 'RFC 9111', url: 'https://www.rfc-editor.org/rfc/rfc9111' }],
  practice: {
    folder: 'practice/backend/http-caching',
    folderExists: true,
    files: [{ id: '0', label: 'practice/backend/http-caching/a.ts' }],
  },
  elsewhere: [
    { roadmapId: 'backend-essentials', roadmapTitle: 'Backend Essentials', topicId: 'caching', topicTitle: 'Caching', status: 'done' },
  ],
  personalNotes: { path: '.roadmap/notes/backend/http-caching.md', exists: false },
};

describe('panel protocol', () => {
  it('takes ids by the roadmap schema rule', () => {
    for (const [id, valid] of [
      ['http-caching', true],
      ['Http_Caching', false],
      ['a--b', false],
      ['x'.repeat(81), false],
    ] as const) {
      const parsed = webviewMessageSchema.safeParse({ type: 'revealInTree', roadmapId: id });
      assert.equal(parsed.success, valid, id);
    }
  });

  it('accepts every well-formed message from the page', () => {
    const messages = [
      { type: 'ready' },
      { type: 'setStatus', ...ref, status: 'done' },
      { type: 'revealInTree', roadmapId: 'backend' },
      { type: 'revealInTree', roadmapId: 'backend', nodeId: 'web' },
      { type: 'openLink', href: 'https://example.com' },
      { type: 'openPracticeFile', ...ref, fileId: '12' },
      { type: 'openNotes', ...ref },
      { type: 'newPracticeFile', ...ref },
      { type: 'openPracticeFolder', ...ref },
      { type: 'openSameSubject', roadmapId: 'backend-essentials', topicId: 'caching' },
      { type: 'manageWorkspaceTrust' },
      { type: 'invalidMessage', reason: 'state.title: invalid_type' },
    ];
    for (const message of messages) assert.ok(webviewMessageSchema.safeParse(message).success, JSON.stringify(message));
  });

  const malformedFromPage: readonly unknown[] = [
    undefined,
    null,
    'ready',
    42,
    [],
    {},
    { type: 'READY' },
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
    { type: 'ready', extra: true },
    { type: 'setStatus', ...ref },
    { type: 'setStatus', ...ref, status: 'finished' },
    { type: 'setStatus', roadmapId: 'backend', topicId: '../etc', status: 'done' },
    { type: 'setStatus', roadmapId: 'Backend', topicId: 'x', status: 'done' },
    { type: 'setStatus', roadmapId: 'backend', topicId: 'x'.repeat(81), status: 'done' },
    { type: 'setStatus', ...ref, status: 'done', __proto__: { admin: true }, polluted: 1 },
    { type: 'revealInTree' },
    { type: 'revealInTree', roadmapId: 'backend', nodeId: 7 },
    { type: 'openLink' },
    { type: 'openLink', href: '' },
    { type: 'openLink', href: 'x'.repeat(2049) },
    { type: 'openLink', href: { toString: 'https://example.com' } },
    { type: 'openPracticeFile', ...ref, fileId: '../../etc/passwd' },
    { type: 'openPracticeFile', ...ref, fileId: 'file:///etc/passwd' },
    { type: 'openPracticeFile', ...ref, fileId: 3 },
    { type: 'openNotes', roadmapId: 'backend' },
    { type: 'openPracticeFolder', ...ref, path: '../outside' },
    { type: 'openSameSubject', roadmapId: 'backend' },
    { type: 'openSameSubject', roadmapId: 'backend', topicId: '../etc' },
    { type: 'invalidMessage', reason: 'x'.repeat(2001) },
  ];
  for (const message of malformedFromPage) {
    it(`rejects from the page: ${JSON.stringify(message)?.slice(0, 80) ?? String(message)}`, () => {
      const parsed = webviewMessageSchema.safeParse(message);
      assert.equal(parsed.success, false);
      if (!parsed.success) assert.ok(describeInvalid(parsed.error).length > 0);
    });
  }

  it('accepts the state, status and missing messages the extension sends', () => {
    assert.ok(extensionMessageSchema.safeParse({ type: 'state', state: STATE }).success);
    assert.ok(extensionMessageSchema.safeParse({ type: 'status', ...ref, status: 'skipped' }).success);
    assert.ok(extensionMessageSchema.safeParse({ type: 'missing', ...ref, message: 'gone' }).success);
  });

  const malformedFromExtension: readonly [string, unknown][] = [
    ['no type', { state: STATE }],
    ['unknown type', { type: 'eval', code: 'alert(1)' }],
    ['a bad status', { type: 'status', ...ref, status: 'DONE' }],
    ['state with a bad status', { type: 'state', state: { ...STATE, status: 'x' } }],
    ['state with an extra field', { type: 'state', state: { ...STATE, script: '<script>' } }],
    [
      'state with a javascript: reference link',
      { type: 'state', state: { ...STATE, links: [{ title: 'x', url: 'javascript:alert(1)' }] } },
    ],
    ['state with a non-numeric practice id', { type: 'state', state: { ...STATE, practice: { files: [{ id: 'a', label: 'x' }] } } }],
    ['state without the same-subject list', { type: 'state', state: { ...STATE, elsewhere: undefined } }],
    [
      'state with a same-subject entry without a status',
      { type: 'state', state: { ...STATE, elsewhere: [{ roadmapId: 'a', roadmapTitle: 'A', topicId: 'b', topicTitle: 'B' }] } },
    ],
    ['state without breadcrumbs', { type: 'state', state: { ...STATE, breadcrumbs: undefined } }],
    // Issue 11, item 12: notes are typed tokens; HTML, unknown tags, classes or attributes do not pass.
    ['state with a note as HTML', { type: 'state', state: { ...STATE, notes: [{ html: '<p>x</p>' }] } }],
    ['state with a note as an HTML string', { type: 'state', state: { ...STATE, notes: [{ content: '<img src=x onerror=alert(1)>' }] } }],
    ['state with a <script> token', { type: 'state', state: { ...STATE, notes: [{ content: [{ type: 'open', tag: 'script' }] }] } }],
    ['state with an <a> token', { type: 'state', state: { ...STATE, notes: [{ content: [{ type: 'open', tag: 'a' }] }] } }],
    [
      'state with an event handler on a token',
      { type: 'state', state: { ...STATE, notes: [{ content: [{ type: 'open', tag: 'p', onclick: 'x()' }] }] } },
    ],
    [
      'state with an unknown class',
      { type: 'state', state: { ...STATE, notes: [{ content: [{ type: 'open', tag: 'p', className: 'x" onclick="y' }] }] } },
    ],
    ['state with an HTML token type', { type: 'state', state: { ...STATE, notes: [{ content: [{ type: 'html', html: '<b>x</b>' }] }] } }],
    ['state with an empty link', { type: 'state', state: { ...STATE, notes: [{ content: [{ type: 'link', href: '' }] }] } }],
    ['state with HTML as personal notes', { type: 'state', state: { ...STATE, personalNotes: { exists: true, html: '<p>x</p>' } } }],
  ];
  for (const [name, message] of malformedFromExtension) {
    it(`rejects from the extension: ${name}`, () => {
      assert.equal(extensionMessageSchema.safeParse(message).success, false);
    });
  }

  it('keeps a well-formed state as it is and validates what a restored panel saved', () => {
    const parsed = topicStateSchema.safeParse(STATE);
    assert.ok(parsed.success);
    assert.deepEqual(parsed.data, STATE);
    assert.ok(persistedStateSchema.safeParse(ref).success);
    for (const saved of [undefined, null, {}, { roadmapId: 'backend' }, { ...ref, extra: 1 }, { roadmapId: 1, topicId: 'x' }]) {
      assert.equal(persistedStateSchema.safeParse(saved).success, false, JSON.stringify(saved));
    }
  });
});
