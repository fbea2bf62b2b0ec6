// node:assert/strict in the web worker host's test bundle: the strict mode of the `assert` package,
// Node's assert ported to the browser.
import { strict } from 'assert';

export = strict;
