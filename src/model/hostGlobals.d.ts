// The only globals the model uses beyond ECMAScript: WHATWG URL and TextDecoder, which Node, browsers
// and web workers all provide. Declared here (a small subset) so the model compiles without the Node
// or DOM type definitions, and anything else host-specific fails to compile.

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
