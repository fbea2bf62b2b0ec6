// The fast path of loading a roadmap: js-yaml reads the text straight into plain data, without the
// Document and source positions the `yaml` library builds. It is only an accelerator: it answers for
// text it can vouch for (the same data `yaml` gives), and says "not vouched" for anything else, which
// the loader then reads with `yaml` as before, with every position and message.
//
// What it refuses to vouch for, so that `yaml`'s reading and messages stay the authority:
// - any parse error, duplicate key, anchor used by an alias (aliases cost `yaml` an alias budget), merge
//   key (`<<` stays a plain key and the schema refuses it), `%` directive (one could switch YAML 1.1 on);
// - a line of only spaces or tabs: in a block scalar `yaml` drops such a line's spaces beyond the
//   indentation where the YAML spec (and js-yaml) keeps them;
// - any tag other than !!str, !!seq and !!map;
// - a plain scalar that YAML 1.2's core schema reads as null, a boolean or a float, or an integer other
//   than a short decimal one: the two libraries round and spell those differently at the edges, and no
//   valid roadmap holds them except short integers (`timeoutSeconds`).
import { defineScalarTag, FAILSAFE_SCHEMA, load, NOT_RESOLVED } from 'js-yaml';
import { MAX_NESTING_DEPTH } from './yamlStructure';

/** Thrown from inside js-yaml when a scalar is one the fast path does not read. */
class NotVouched extends Error {}

/** The core schema's null, bool, int and float forms, as `yaml` (the authority) resolves them. */
const CORE_NON_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;
/** Exactly representable, so both libraries give the same number. */
const SHORT_DECIMAL = /^[-+]?[0-9]{1,15}$/;

const coreScalarGuard = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  // Every first character CORE_NON_STRING can start with ('' is the empty scalar); others skip the test.
  implicitFirstChars: ['', '~', 'n', 'N', 't', 'T', 'f', 'F', '-', '+', '.', ...'0123456789'],
  resolve: (source, isExplicit) => {
    if (isExplicit) throw new NotVouched();
    if (!CORE_NON_STRING.test(source)) return NOT_RESOLVED;
    if (!SHORT_DECIMAL.test(source)) throw new NotVouched();
    // As `yaml` does: the digits after the sign, then the sign (so "-0" is -0).
    const magnitude = parseInt(source.replace(/^[-+]/, ''), 10);
    return source.startsWith('-') ? -1 * magnitude : magnitude;
  },
  identify: () => false,
});

const FAST_SCHEMA = FAILSAFE_SCHEMA.withTags(coreScalarGuard);
/**
 * js-yaml counts every node on the way down, the `yaml` path the collections open at once: half the
 * `yaml` path's bound keeps every file read here well inside it, so neither path refuses what the other reads.
 */
const FAST_MAX_DEPTH = MAX_NESTING_DEPTH / 2;
/** A line starting with `%` may be a directive (`%YAML 1.1` changes how scalars read). */
const MAYBE_DIRECTIVE = /^%/m;
/**
 * A line of only spaces or tabs, after any line terminator JavaScript knows (what `/^[ \t]+$/m` finds).
 * Without the `m` flag: V8 then scans for the line break alone, about twice as fast on a long file.
 */
const FIRST_LINE_BLANK_WITH_WHITESPACE = /^[ \t]+(?:[\n\r\u2028\u2029]|$)/;
const LATER_LINE_BLANK_WITH_WHITESPACE = /[\n\r\u2028\u2029][ \t]+(?:[\n\r\u2028\u2029]|$)/;

export type FastYamlResult = { readonly vouched: true; readonly data: unknown } | { readonly vouched: false };

const NOT_VOUCHED: FastYamlResult = { vouched: false };

/** The data of `text` when the fast reader can vouch that `yaml` reads the same; otherwise not vouched. */
export function readYamlFast(text: string): FastYamlResult {
  if (hasLineYamlMustRead(text)) return NOT_VOUCHED;
  try {
    return { vouched: true, data: load(text, { schema: FAST_SCHEMA, maxAliases: 0, maxDepth: FAST_MAX_DEPTH }) };
  } catch {
    // Any failure (syntax, duplicate keys, an alias, a scalar above, nesting, the stack) goes to `yaml`.
    return NOT_VOUCHED;
  }
}

/** Whether a line of `text` may be a directive or is blank but for spaces or tabs (see above). */
export function hasLineYamlMustRead(text: string): boolean {
  return (
    (text.includes('%') && MAYBE_DIRECTIVE.test(text)) ||
    FIRST_LINE_BLANK_WITH_WHITESPACE.test(text) ||
    LATER_LINE_BLANK_WITH_WHITESPACE.test(text)
  );
}
