// UTF-8 size of a string without Node's Buffer or the DOM's TextEncoder, so the model stays pure.

/** Bytes `text` takes as UTF-8; a lone surrogate counts as the 3-byte replacement character, as encoders write it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
