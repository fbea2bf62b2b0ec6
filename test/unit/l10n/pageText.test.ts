// The pages' own words arrive from the extension, complete: a text message missing a key does not
// validate, and values go into a text literally.
import { strict as assert } from 'node:assert';
import { fillText, TOPIC_PAGE_TEXT_KEYS } from '../../../src/protocol/pageText';
import { extensionMessageSchema } from '../../../src/protocol/topicPanelProtocol';
import { mapExtensionMessageSchema } from '../../../src/protocol/mapProtocol';
import { progressExtensionMessageSchema } from '../../../src/protocol/progressViewProtocol';

const topicText = Object.fromEntries(TOPIC_PAGE_TEXT_KEYS.map((key) => [key, `text of ${key}`]));

describe('the pages’ words in the display language', () => {
  it('validates a topic page text message with every key and a language tag', () => {
    assert.ok(extensionMessageSchema.safeParse({ type: 'text', locale: 'tr', text: topicText }).success);
    assert.ok(extensionMessageSchema.safeParse({ type: 'text', locale: 'pt-br', text: topicText }).success);
  });

  it('refuses a text message missing a key, with an unknown key, or with a bad language tag', () => {
    const { showMap: _dropped, ...missing } = topicText;
    assert.equal(extensionMessageSchema.safeParse({ type: 'text', locale: 'tr', text: missing }).success, false);
    assert.equal(extensionMessageSchema.safeParse({ type: 'text', locale: 'tr', text: { ...topicText, extra: 'x' } }).success, false);
    assert.equal(extensionMessageSchema.safeParse({ type: 'text', locale: '<script>', text: topicText }).success, false);
    assert.equal(mapExtensionMessageSchema.safeParse({ type: 'text', locale: 'tr', text: topicText }).success, false);
    assert.equal(progressExtensionMessageSchema.safeParse({ type: 'text', locale: 'tr', text: {} }).success, false);
  });

  it('takes a roadmap language on the topic state and the map, and refuses a malformed one', () => {
    const map = { type: 'map', roadmapId: 'r', title: 'R', nodes: [], statuses: [], report: false };
    assert.ok(mapExtensionMessageSchema.safeParse({ ...map, lang: 'tr' }).success);
    assert.ok(mapExtensionMessageSchema.safeParse(map).success);
    assert.equal(mapExtensionMessageSchema.safeParse({ ...map, lang: 'not a tag' }).success, false);
  });

  it('fills placeholders in any order, inserting values literally', () => {
    assert.equal(fillText('{1}: {0} konu', '3', 'Mar 5'), 'Mar 5: 3 konu');
    assert.equal(fillText('From {0}', '$& {1} $1'), 'From $& {1} $1');
    assert.equal(fillText('{0} and {2}', 'a'), 'a and {2}');
  });
});
