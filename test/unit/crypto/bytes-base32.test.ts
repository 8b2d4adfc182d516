import { Buffer } from 'node:buffer';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from '../../../src/client/local/crypto/base32.js';
import {
  bytesEqual,
  concatBytes,
  fromBase64Url,
  randomBytes,
  sha256,
  toBase64Url,
  toBytes,
  utf8Decode,
  utf8Encode,
} from '../../../src/client/local/crypto/bytes.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('utf8', () => {
  it('round-trips non-ASCII text', () => {
    const bytes = utf8Encode('Grüße, 水 𐅑');
    expect(hex(bytes)).toBe(Buffer.from('Grüße, 水 𐅑', 'utf8').toString('hex'));
    expect(utf8Decode(bytes)).toBe('Grüße, 水 𐅑');
  });

  it('rejects malformed UTF-8 instead of substituting characters', () => {
    expect(() => utf8Decode(new Uint8Array([0x61, 0xc3, 0x28]))).toThrow(TypeError);
  });
});

describe('base64url', () => {
  it('matches Node for every length from 0 to 40 bytes, and decodes back', () => {
    for (let length = 0; length <= 40; length++) {
      const bytes = randomBytes(length);
      const encoded = toBase64Url(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(encoded)).toEqual(bytes);
    }
  });

  it('uses the URL-safe alphabet without padding', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(toBase64Url(new Uint8Array([0xff]))).toBe('_w');
  });

  it('accepts padded input', () => {
    expect(fromBase64Url('_w==')).toEqual(new Uint8Array([0xff]));
  });

  it.each(['ab+c', 'ab/c', 'a', 'ab c', 'a=bc', 'abcde'])('rejects %j with a clear error', (text) => {
    expect(() => fromBase64Url(text)).toThrow(/Invalid base64url string/);
  });
});

describe('byte helpers', () => {
  it('concatenates in order', () => {
    expect(concatBytes(new Uint8Array([1, 2]), new Uint8Array(), new Uint8Array([3]))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('compares contents and lengths', () => {
    expect(bytesEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(bytesEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(bytesEqual(new Uint8Array([0, 0]), new Uint8Array([0, 0, 0]))).toBe(false);
    expect(bytesEqual(new Uint8Array(), new Uint8Array())).toBe(true);
  });

  it('draws fresh random bytes of the requested length', () => {
    const a = randomBytes(32);
    expect(a.byteLength).toBe(32);
    expect(bytesEqual(a, randomBytes(32))).toBe(false);
  });

  it('hashes with SHA-256 (FIPS 180-2 "abc" vector)', async () => {
    expect(hex(await sha256(utf8Encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('copies exactly the viewed bytes of an ArrayBuffer, typed array or DataView', () => {
    const buffer = new Uint8Array([9, 1, 2, 3, 9]).buffer;
    expect(toBytes(buffer)).toEqual(new Uint8Array([9, 1, 2, 3, 9]));
    expect(toBytes(new Uint8Array(buffer, 1, 3))).toEqual(new Uint8Array([1, 2, 3]));
    expect(toBytes(new DataView(buffer, 3, 2))).toEqual(new Uint8Array([3, 9]));
    expect(toBytes(new Uint16Array([0x0102]))).toHaveLength(2);
    const source = new Uint8Array([1]);
    const copy = toBytes(source);
    source[0] = 2;
    expect(copy[0]).toBe(1);
  });
  it('accepts bytes from another realm, as jsdom hands out', () => {
    const foreign = runInNewContext('new Uint8Array([1, 2, 3, 4]).subarray(1)') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    const bytes = toBytes(foreign);
    expect(bytes instanceof Uint8Array).toBe(true);
    expect(Array.from(bytes)).toEqual([2, 3, 4]);
    expect(Array.from(toBytes(runInNewContext('new Uint8Array([5]).buffer') as ArrayBuffer))).toEqual([5]);
    expect(bytesEqual(foreign, new Uint8Array([2, 3, 4]))).toBe(true);
    expect(toBase64Url(foreign)).toBe('AgME');
  });
});

describe('base32', () => {
  // RFC 4648 section 10, without the padding.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];

  it.each(vectors)('encodes %j as %j and back', (text, encoded) => {
    expect(base32Encode(utf8Encode(text))).toBe(encoded);
    expect(utf8Decode(base32Decode(encoded))).toBe(text);
  });

  it('round-trips random bytes of every length up to 40', () => {
    for (let length = 0; length <= 40; length++) {
      const bytes = randomBytes(length);
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    }
  });

  it('ignores case, spaces, hyphens and padding', () => {
    expect(utf8Decode(base32Decode('mzxw 6ytb-oi======'))).toBe('foobar');
  });

  it.each(['MZXW1', 'MZ8W', 'MZ0W', 'MZ!W'])('rejects %j', (text) => {
    expect(() => base32Decode(text)).toThrow(/Invalid base32 character/);
  });
});
