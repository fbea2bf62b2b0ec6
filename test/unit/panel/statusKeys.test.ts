import { strict as assert } from 'node:assert';
import { statusForKey, type KeyPress } from '../../../src/webview/statusKeys';

const press = (fields: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...fields,
});

describe('status keys on the topic panel', () => {
  it('Ctrl+Enter (Cmd+Enter) toggles done', () => {
    assert.equal(statusForKey(press({ key: 'Enter', ctrlKey: true }), 'todo'), 'done');
    assert.equal(statusForKey(press({ key: 'Enter', metaKey: true }), 'in-progress'), 'done');
    assert.equal(statusForKey(press({ key: 'Enter', ctrlKey: true }), 'done'), 'todo');
  });

  it('Alt+D / P / S / T set done / in progress / skipped / to do, by physical key', () => {
    assert.equal(statusForKey(press({ code: 'KeyD', key: '∂', altKey: true }), 'todo'), 'done');
    assert.equal(statusForKey(press({ code: 'KeyP', altKey: true }), 'todo'), 'in-progress');
    assert.equal(statusForKey(press({ code: 'KeyS', altKey: true }), 'todo'), 'skipped');
    assert.equal(statusForKey(press({ code: 'KeyT', altKey: true }), 'done'), 'todo');
  });

  it('leaves every other key alone', () => {
    assert.equal(statusForKey(press({ key: 'Enter' }), 'todo'), undefined);
    assert.equal(statusForKey(press({ code: 'KeyD' }), 'todo'), undefined);
    assert.equal(statusForKey(press({ code: 'KeyD', altKey: true, ctrlKey: true }), 'todo'), undefined);
    assert.equal(statusForKey(press({ code: 'KeyX', altKey: true }), 'todo'), undefined);
    assert.equal(statusForKey(press({ code: 'KeyD', altKey: true, shiftKey: true }), 'todo'), undefined);
  });
});
