/** A small CBOR encoder for building test fixtures, kept apart from the decoder under test. */
export type CborInput = number | string | boolean | null | Uint8Array | CborInput[] | Map<number | string, CborInput>;

function head(major: number, argument: number): number[] {
  const type = major << 5;
  if (argument < 24) return [type | argument];
  if (argument < 0x100) return [type | 24, argument];
  if (argument < 0x10000) return [type | 25, argument >> 8, argument & 0xff];
  if (argument < 0x100000000) {
    return [type | 26, (argument >>> 24) & 0xff, (argument >>> 16) & 0xff, (argument >>> 8) & 0xff, argument & 0xff];
  }
  const big = BigInt(argument);
  return [type | 27, ...Array.from({ length: 8 }, (_, i) => Number((big >> BigInt(8 * (7 - i))) & 0xffn))];
}

function encodeInto(value: CborInput, out: number[]): void {
  if (value === false) out.push(0xf4);
  else if (value === true) out.push(0xf5);
  else if (value === null) out.push(0xf6);
  else if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('The test encoder only encodes integers.');
    out.push(...(value >= 0 ? head(0, value) : head(1, -1 - value)));
  } else if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    out.push(...head(3, bytes.length), ...bytes);
  } else if (Array.isArray(value)) {
    out.push(...head(4, value.length));
    for (const item of value) encodeInto(item, out);
  } else if (value instanceof Map) {
    out.push(...head(5, value.size));
    for (const [key, item] of value) {
      encodeInto(key, out);
      encodeInto(item, out);
    }
  } else {
    out.push(...head(2, value.length), ...value);
  }
}

export function encodeCbor(value: CborInput): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  encodeInto(value, out);
  return new Uint8Array(out);
}
