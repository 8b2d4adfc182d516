import { utf8Decode } from './bytes.js';

export type CborValue =
  | number
  | string
  | boolean
  | null
  | undefined
  | Uint8Array<ArrayBuffer>
  | CborValue[]
  | Map<number | string, CborValue>;

class CborReader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get position(): number {
    return this.offset;
  }

  private take(length: number): number {
    if (length > this.bytes.byteLength - this.offset) throw new Error('CBOR data ends unexpectedly.');
    const start = this.offset;
    this.offset += length;
    return start;
  }

  private uint(size: 1 | 2 | 4 | 8): number {
    const at = this.take(size);
    if (size === 1) return this.view.getUint8(at);
    if (size === 2) return this.view.getUint16(at);
    if (size === 4) return this.view.getUint32(at);
    const value = this.view.getBigUint64(at);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('CBOR integer is beyond Number.MAX_SAFE_INTEGER.');
    return Number(value);
  }

  /** The argument that follows the initial byte: a value, a length or a count. */
  private argument(info: number): number {
    if (info < 24) return info;
    if (info === 24) return this.uint(1);
    if (info === 25) return this.uint(2);
    if (info === 26) return this.uint(4);
    if (info === 27) return this.uint(8);
    if (info === 31) throw new Error('Indefinite-length CBOR items are not supported.');
    throw new Error(`Reserved CBOR additional information ${info}.`);
  }

  private float(info: number): number {
    if (info === 25) return halfToNumber(this.view.getUint16(this.take(2)));
    if (info === 26) return this.view.getFloat32(this.take(4));
    return this.view.getFloat64(this.take(8));
  }

  read(): CborValue {
    const initial = this.view.getUint8(this.take(1));
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return this.argument(info);
      case 1: {
        const value = -1 - this.argument(info);
        if (!Number.isSafeInteger(value)) throw new Error('CBOR integer is beyond Number.MIN_SAFE_INTEGER.');
        return value;
      }
      case 2: {
        const start = this.take(this.argument(info));
        // A copy made with this realm's Uint8Array, whatever realm the input came from.
        return new Uint8Array(this.bytes.subarray(start, this.offset));
      }
      case 3: {
        const start = this.take(this.argument(info));
        return utf8Decode(this.bytes.subarray(start, this.offset));
      }
      case 4: {
        const count = this.argument(info);
        const items: CborValue[] = [];
        for (let i = 0; i < count; i++) items.push(this.read());
        return items;
      }
      case 5: {
        const count = this.argument(info);
        const map = new Map<number | string, CborValue>();
        for (let i = 0; i < count; i++) {
          const key = this.read();
          if (typeof key !== 'number' && typeof key !== 'string') {
            throw new Error('CBOR map keys must be integers or text.');
          }
          if (map.has(key)) throw new Error(`Duplicate CBOR map key ${JSON.stringify(key)}.`);
          map.set(key, this.read());
        }
        return map;
      }
      case 6:
        throw new Error('CBOR tags are not supported.');
      default:
        return this.simple(info);
    }
  }

  private simple(info: number): CborValue {
    switch (info) {
      case 20:
        return false;
      case 21:
        return true;
      case 22:
        return null;
      case 23:
        return undefined;
      case 25:
      case 26:
      case 27:
        return this.float(info);
      case 31:
        throw new Error('Indefinite-length CBOR items are not supported.');
      default:
        throw new Error(`Unsupported CBOR simple value (additional information ${info}).`);
    }
  }
}

/** IEEE 754 binary16, which DataView cannot read on every runtime this library supports. */
function halfToNumber(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >> 10) & 0x1f;
  const fraction = half & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** The first CBOR item in `bytes` and how many bytes it took (data may follow it). */
export function decodeCborPrefix(bytes: Uint8Array): { value: CborValue; length: number } {
  const reader = new CborReader(bytes);
  const value = reader.read();
  return { value, length: reader.position };
}

/** Exactly one CBOR item: trailing bytes are an error. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const { value, length } = decodeCborPrefix(bytes);
  if (length !== bytes.byteLength) {
    throw new Error(`Unexpected ${bytes.byteLength - length} bytes after the CBOR item.`);
  }
  return value;
}
