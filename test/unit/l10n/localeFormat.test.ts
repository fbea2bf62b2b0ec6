import { strict as assert } from 'node:assert';
import { localeFormat } from '../../../src/model/localeFormat';

const topics = { one: (n: string) => `${n} topic`, other: (n: string) => `${n} topics` };

describe('numbers, plurals and dates in the display language', () => {
  it('chooses the plural form by the language rules and formats the count', () => {
    const english = localeFormat('en');
    assert.equal(english.plural(1, topics), '1 topic');
    assert.equal(english.plural(3, topics), '3 topics');
    assert.equal(english.plural(0, topics), '0 topics');
    assert.equal(english.plural(1234, topics), '1,234 topics');
  });

  it('groups thousands and writes percentages the Turkish way', () => {
    const turkish = localeFormat('tr');
    assert.equal(turkish.number(1234), '1.234');
    assert.equal(turkish.percent(25), '%25');
    assert.equal(localeFormat('en').percent(25), '25%');
    assert.equal(turkish.plural(1234, topics), '1.234 topics');
  });

  it('falls back to "other" for a category a message leaves out', () => {
    // Arabic has "few" for 3; a message with only one/other still gets a sentence.
    assert.equal(localeFormat('ar').plural(3, topics).endsWith('topics'), true);
  });

  it('writes dates in the language, and relative times', () => {
    const day = Date.UTC(2026, 2, 5, 12);
    assert.match(localeFormat('tr').date(day), /Mar/);
    assert.match(localeFormat('en').date(day), /Mar 5, 2026/);
    assert.equal(localeFormat('en').relative(-1, 'day'), 'yesterday');
    assert.equal(localeFormat('tr').relative(-1, 'day'), 'dün');
  });

  it('takes a tag Intl refuses as English instead of throwing', () => {
    const format = localeFormat('not a locale!');
    assert.equal(format.locale, 'en');
    assert.equal(format.number(1234), '1,234');
  });
});
