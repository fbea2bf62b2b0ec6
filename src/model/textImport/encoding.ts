// Repair of "mojibake": UTF-8 text that was once decoded with a Windows code page (1254 Turkish or
// 1252 Western, or plain Latin-1) and saved again as UTF-8, so that "⏳" reads "â³" and "–" reads
// "â€“". Code pages 1254 and 1252 leave some bytes (0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E) without
// a character; those bytes were dropped, so some sequences are short and the missing byte is guessed.
//
// Why a hand-written table and not iconv-lite: only the reverse direction (character → byte) of the
// upper half of three closely related code pages is needed, which is 33 special entries plus
// arithmetic, and it keeps a runtime dependency out of the extension bundle.

/** Characters of Windows-1252 / Windows-1254 in 0x80–0x9F, and the Turkish letters of 1254. */
const SPECIAL_CHAR_TO_BYTE: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
  // Windows-1254 replaces six Latin-1 letters with Turkish ones.
  [0x011e, 0xd0],
  [0x0130, 0xdd],
  [0x015e, 0xde],
  [0x011f, 0xf0],
  [0x0131, 0xfd],
  [0x015f, 0xfe],
]);

/**
 * Bytes a code page has no character for, so they vanished from the damaged text. Ordered by how
 * often each occurs inside emoji's UTF-8 (0x8F first: it ends U+FE0F), which breaks ties between
 * equally plausible repairs deterministically.
 */
const DROPPED_BYTES: readonly number[] = [0x8f, 0x90, 0x8d, 0x8e, 0x9d, 0x9e, 0x81];

/** The byte a character stood for in the damaged text's code page, or undefined for other characters. */
function byteOf(code: number): number | undefined {
  if (code >= 0x80 && code <= 0xff) return code;
  return SPECIAL_CHAR_TO_BYTE.get(code);
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** Number of continuation bytes a UTF-8 lead byte announces, or 0 for a byte that cannot lead. */
function continuationCount(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return 0;
}

/** Decodes one complete UTF-8 sequence strictly (no overlongs, no surrogates); undefined if invalid. */
function decodeSequence(bytes: readonly number[]): number | undefined {
  const [lead, ...rest] = bytes;
  if (lead === undefined || rest.length !== continuationCount(lead)) return undefined;
  if (!rest.every(isContinuation)) return undefined;
  let code = rest.length === 1 ? lead & 0x1f : rest.length === 2 ? lead & 0x0f : lead & 0x07;
  for (const byte of rest) code = (code << 6) | (byte & 0x3f);
  const minimum = [0, 0x80, 0x800, 0x10000][rest.length] ?? 0;
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return code;
}

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const EMOJI = /^\p{Emoji}$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
/** Unassigned, control, private-use: never what a writer meant. */
const IMPLAUSIBLE = /^[\p{Cn}\p{Cc}\p{Co}\p{Cs}]$/u;

const isPictograph = (code: number): boolean => PICTOGRAPH.test(String.fromCodePoint(code));

/** Punctuation, arrows, maths, technical symbols, box drawing, shapes, dingbats. */
function isCommonSymbol(code: number): boolean {
  return (code >= 0x2010 && code <= 0x205f) || (code >= 0x2190 && code <= 0x23ff) || (code >= 0x2500 && code <= 0x27bf);
}

/** Quotes, dashes, bullets, arrows and box drawing that roadmaps use all the time. */
const FREQUENT_SYMBOLS = new Set(Array.from('‘’“”„–—…•→←↑↓↔─│┌┐└┘├┤┬┴┼═║', (char) => char.codePointAt(0) as number));

interface RepairContext {
  /** The character decoded just before this sequence, if any. */
  previous: number | undefined;
  /** The damaged bytes after this sequence start a variation selector (EF B8 …). */
  variationSelectorFollows: boolean;
}

/**
 * How plausible a character is as the repair of a short sequence; undefined rules it out. Only
 * symbols qualify: guessing a missing byte into a letter would corrupt real text.
 */
function guessScore(code: number, context: RepairContext): number | undefined {
  const char = String.fromCodePoint(code);
  if (code === 0xfe0f) return context.previous !== undefined && isPictograph(context.previous) ? 100 : 60;
  if (PICTOGRAPH.test(char)) {
    let score = 80;
    if (EMOJI.test(char)) score += 5;
    // A pictograph followed by U+FE0F is most likely one that needs it (text-style by default).
    if (EMOJI_PRESENTATION.test(char) !== context.variationSelectorFollows) score += 5;
    return score;
  }
  if (FREQUENT_SYMBOLS.has(code)) return 70;
  if (isCommonSymbol(code) && !IMPLAUSIBLE.test(char)) return 50;
  return undefined;
}

/** Candidate completions of a short sequence: the missing bytes inserted at every possible place. */
function* completions(lead: number, present: readonly number[], missing: number): Generator<number[]> {
  if (missing === 0) {
    yield [lead, ...present];
    return;
  }
  const total = present.length + missing;
  // Choose which positions (among the continuation slots) hold inserted bytes.
  for (let mask = 0; mask < 1 << total; mask++) {
    if (popCount(mask) !== missing) continue;
    yield* fillMask(lead, present, mask, total);
  }
}

function* fillMask(lead: number, present: readonly number[], mask: number, total: number): Generator<number[]> {
  const insertedSlots = [...Array(total).keys()].filter((slot) => (mask >> slot) & 1);
  const choices =
    insertedSlots.length === 1 ? DROPPED_BYTES.map((b) => [b]) : DROPPED_BYTES.flatMap((a) => DROPPED_BYTES.map((b) => [a, b]));
  for (const choice of choices) {
    const sequence = [lead];
    let fromPresent = 0;
    let fromChoice = 0;
    // The mask sets as many slots as `choice` holds bytes and leaves as many as `present` holds.
    for (let slot = 0; slot < total; slot++) {
      sequence.push((mask >> slot) & 1 ? choice[fromChoice++]! : present[fromPresent++]!);
    }
    yield sequence;
  }
}

function popCount(value: number): number {
  let count = 0;
  for (let rest = value; rest > 0; rest >>= 1) count += rest & 1;
  return count;
}

/** The best repair of a short sequence, or undefined when no completion is a plausible symbol. */
function guessShortSequence(lead: number, present: readonly number[], context: RepairContext): number | undefined {
  const missing = continuationCount(lead) - present.length;
  let best: { code: number; score: number } | undefined;
  for (const sequence of completions(lead, present, missing)) {
    const code = decodeSequence(sequence);
    if (code === undefined) continue;
    const score = guessScore(code, context);
    if (score !== undefined && (best === undefined || score > best.score)) best = { code, score };
  }
  return best?.code;
}

interface Segment {
  /** Index range in the run's characters. */
  start: number;
  end: number;
  /** The repaired character, or undefined to keep the original characters. */
  code: number | undefined;
  /**
   * Strong evidence of damage: a complete sequence of 3 or 4 bytes that decodes to a symbol, a
   * 2-byte one led by Â/Ã/Ä/Å, or a short one completed into an emoji.
   */
  strongEvidence: boolean;
}

/**
 * A character that damaged text gives away: emoji, punctuation, arrows, box drawing. A complete
 * 3-byte sequence decoding to a CJK ideograph, say, is no evidence: "é––" is such a sequence.
 */
const isTellingSymbol = (code: number): boolean => code === 0xfe0f || isPictograph(code) || isCommonSymbol(code);

/** Guesses by their inputs: a long damaged text repeats the same few sequences, so this keeps repair linear. */
type GuessCache = Map<string, number | undefined>;

function cachedGuess(lead: number, present: readonly number[], context: RepairContext, cache: GuessCache): number | undefined {
  const previousIsPictograph = context.previous !== undefined && isPictograph(context.previous);
  const key = `${lead},${present.join(',')},${previousIsPictograph ? 1 : 0}${context.variationSelectorFollows ? 1 : 0}`;
  if (cache.has(key)) return cache.get(key);
  const code = guessShortSequence(lead, present, context);
  cache.set(key, code);
  return code;
}

/** Splits a run of code-page characters (given as bytes) into UTF-8 sequences and repairs each. */
function repairRun(bytes: readonly number[], cache: GuessCache): Segment[] {
  const segments: Segment[] = [];
  let previous: number | undefined;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!; // index < bytes.length
    const wanted = continuationCount(lead);
    let end = index + 1;
    while (end < bytes.length && end - index - 1 < wanted && isContinuation(bytes[end])) end++;
    const present = bytes.slice(index + 1, end);
    let code: number | undefined;
    let strongEvidence = false;
    if (wanted > 0 && present.length === wanted) {
      code = decodeSequence([lead, ...present]);
      if (code !== undefined && IMPLAUSIBLE.test(String.fromCodePoint(code))) code = undefined;
      strongEvidence = code !== undefined && (wanted >= 2 ? isTellingSymbol(code) : lead >= 0xc2 && lead <= 0xc5);
    } else if (wanted > 0 && present.length > 0 && present.length < wanted && wanted - present.length <= 2) {
      const next = bytes[end];
      const variationSelectorFollows = next === 0xef && bytes[end + 1] === 0xb8;
      code = cachedGuess(lead, present, { previous, variationSelectorFollows }, cache);
      // A guess that lands on an emoji is as telling as a complete sequence.
      strongEvidence = code !== undefined && (code === 0xfe0f || isPictograph(code));
    }
    segments.push({ start: index, end, code, strongEvidence });
    previous = code;
    index = end;
  }
  return segments;
}

export interface EncodingRepair {
  /** The repaired text; the input itself when nothing needed repair. */
  text: string;
  /** How many damaged sequences were turned back into the characters they stood for. */
  repairedSequences: number;
}

/**
 * Repairs UTF-8 text that went through Windows-1254, Windows-1252 or Latin-1. Text without clear
 * signs of that damage (at least one sequence that only damage produces, such as "â€“" or "ğŸ")
 * comes back unchanged, so real Turkish or French text is safe. Runs in linear time.
 */
export function repairMojibake(text: string): EncodingRepair {
  interface Run {
    start: number;
    end: number;
    segments: Segment[];
  }
  const runs: Run[] = [];
  const cache: GuessCache = new Map();
  let evidence = 0;
  let index = 0;
  while (index < text.length) {
    if (byteOf(text.charCodeAt(index)) === undefined) {
      index++;
      continue;
    }
    const start = index;
    const bytes: number[] = [];
    for (let byte = byteOf(text.charCodeAt(index)); byte !== undefined; byte = byteOf(text.charCodeAt(++index))) {
      bytes.push(byte);
    }
    const segments = repairRun(bytes, cache);
    evidence += segments.filter((segment) => segment.strongEvidence).length;
    if (segments.some((segment) => segment.code !== undefined)) runs.push({ start, end: index, segments });
  }
  if (evidence === 0) return { text, repairedSequences: 0 };

  let repairedSequences = 0;
  const parts: string[] = [];
  let copied = 0;
  for (const run of runs) {
    parts.push(text.slice(copied, run.start));
    for (const segment of run.segments) {
      if (segment.code === undefined) {
        parts.push(text.slice(run.start + segment.start, run.start + segment.end));
      } else {
        parts.push(String.fromCodePoint(segment.code));
        repairedSequences++;
      }
    }
    copied = run.end;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), repairedSequences };
}

/**
 * Turns a file's bytes into text: honours a UTF-8 or UTF-16 byte-order mark (and drops it),
 * otherwise reads UTF-8, replacing invalid bytes with U+FFFD (which the importer counts as binary).
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}
