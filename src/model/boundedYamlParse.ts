// `yaml`'s parseDocument, with the nesting depth bounded before the document is built. yaml's lexer and
// CST parser keep their own stack and never recurse, but its composer (and toJS after it) recurse once
// per level: a file of 20,000 nested `[` exhausts the call stack there, and a second such parse in one
// process aborted it inside V8. So the CST parser is driven one lexeme at a time, as yaml's documentation
// shows, and the file is refused as soon as its stack is deeper than MAX_NESTING_DEPTH; only then does
// the composer see it. Otherwise this is parseDocument: the same tokens, options and errors.
import { Composer, Lexer, Parser, YAMLParseError, type CST, type Document, type LineCounter } from 'yaml';
import { MAX_NESTING_DEPTH } from './yamlStructure';

export type BoundedParse = { readonly document: Document.Parsed } | { readonly tooDeepAt: number };

export function parseDocumentWithinDepth(text: string, lineCounter: LineCounter): BoundedParse {
  const parser = new Parser(lineCounter.addNewLine);
  // Parser.parse() reports the first line itself; driving next() directly, it is ours to report.
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_NESTING_DEPTH) return { tooDeepAt: parser.offset };
  }
  for (const token of parser.end()) tokens.push(token);

  // uniqueKeys off: yaml's check compares every key with every other; checkStructure does it linearly.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  let document: Document.Parsed | undefined;
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (!document) {
      document = composed;
      continue;
    }
    // As parseDocument does when a second document follows.
    const [start, end] = composed.range;
    document.errors.push(
      new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'),
    );
    break;
  }
  // compose(tokens, forceDoc = true) always gives at least one document.
  if (!document) throw new Error('yaml composed no document');
  return { document };
}
