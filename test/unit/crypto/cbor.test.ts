import { Buffer } from 'node:buffer';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type CborValue, decodeCbor, decodeCborPrefix } from '../../../src/client/local/crypto/cbor.js';
import { type CborInput, encodeCbor } from '../../support/cbor-encode.js';

const fromHex = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex, 'hex'));
const decodeHex = (hex: string): CborValue => decodeCbor(fromHex(hex));

describe('decodeCbor (RFC 8949 Appendix A)', () => {
  it.each<[string, number]>([
    ['00', 0],
    ['01', 1],
    ['0a', 10],
    ['17', 23],
    ['1818', 24],
    ['1819', 25],
    ['1864', 100],
    ['1903e8', 1000],
    ['1a000f4240', 1000000],
    ['1b000000e8d4a51000', 1000000000000],
    ['1b001fffffffffffff', Number.MAX_SAFE_INTEGER],
    ['20', -1],
    ['29', -10],
    ['3863', -100],
    ['3903e7', -1000],
    ['3b001ffffffffffffe', Number.MIN_SAFE_INTEGER],
  ])('integer %s is %d', (hex, value) => {
    expect(decodeHex(hex)).toBe(value);
  });

  it.each(['1b0020000000000000', '1bffffffffffffffff', '3b001fffffffffffff', '3bffffffffffffffff'])(
    'refuses integer %s beyond the safe range',
    (hex) => {
      expect(() => decodeHex(hex)).toThrow(/SAFE_INTEGER/);
    },
  );

  it.each<[string, number]>([
    ['f90000', 0],
    ['f98000', -0],
    ['f93c00', 1],
    ['fb3ff199999999999a', 1.1],
    ['f93e00', 1.5],
    ['f97bff', 65504],
    ['fa47c35000', 100000],
    ['fa7f7fffff', 3.4028234663852886e38],
    ['fb7e37e43c8800759c', 1e300],
    ['f90001', 5.960464477539063e-8],
    ['f90400', 0.00006103515625],
    ['f9c400', -4],
    ['fbc010666666666666', -4.1],
    ['f97c00', Infinity],
    ['f97e00', NaN],
    ['f9fc00', -Infinity],
    ['fa7f800000', Infinity],
    ['fb7ff8000000000000', NaN],
  ])('float %s is %d', (hex, value) => {
    expect(decodeHex(hex)).toBe(value);
  });

  it('decodes simple values', () => {
    expect(decodeHex('f4')).toBe(false);
    expect(decodeHex('f5')).toBe(true);
    expect(decodeHex('f6')).toBeNull();
    expect(decodeHex('f7')).toBeUndefined();
  });

  it('decodes byte strings as Uint8Array copies', () => {
    expect(decodeHex('40')).toEqual(new Uint8Array());
    const input = fromHex('4401020304');
    const value = decodeCbor(input);
    expect(value).toEqual(new Uint8Array([1, 2, 3, 4]));
    input[1] = 9;
    expect(value).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it('returns byte strings of this realm even for input from another realm (jsdom)', () => {
    const value = decodeCbor(runInNewContext('new Uint8Array([0x42, 7, 8])') as Uint8Array);
    expect(value instanceof Uint8Array).toBe(true);
    expect(value).toEqual(new Uint8Array([7, 8]));
  });

  it.each<[string, string]>([
    ['60', ''],
    ['6161', 'a'],
    ['6449455446', 'IETF'],
    ['62225c', '"\\'],
    ['62c3bc', 'ü'],
    ['63e6b0b4', '水'],
    ['64f0908591', '𐅑'],
  ])('text %s is %j', (hex, value) => {
    expect(decodeHex(hex)).toBe(value);
  });

  it('decodes arrays', () => {
    expect(decodeHex('80')).toEqual([]);
    expect(decodeHex('83010203')).toEqual([1, 2, 3]);
    expect(decodeHex('8301820203820405')).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeHex('98190102030405060708090a0b0c0d0e0f101112131415161718181819')).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it('decodes maps with integer and text keys', () => {
    expect(decodeHex('a0')).toEqual(new Map());
    expect(decodeHex('a201020304')).toEqual(
      new Map([
        [1, 2],
        [3, 4],
      ]),
    );
    expect(decodeHex('a26161016162820203')).toEqual(
      new Map<string, CborValue>([
        ['a', 1],
        ['b', [2, 3]],
      ]),
    );
    expect(decodeHex('826161a161626163')).toEqual(['a', new Map([['b', 'c']])]);
  });
});

describe('decodeCbor errors', () => {
  it.each<[string, string, RegExp]>([
    ['indefinite byte string', '5f42010243030405ff', /Indefinite-length/],
    ['indefinite array', '9fff', /Indefinite-length/],
    ['indefinite map', 'bf61610161629f0203ffff', /Indefinite-length/],
    ['break code', 'ff', /Indefinite-length/],
    ['tag 0', 'c074323031332d30332d32315432303a30343a30305a', /tags are not supported/],
    ['tag 24', 'd818456449455446', /tags are not supported/],
    ['reserved additional information', '1c', /Reserved/],
    ['one-byte simple value', 'f8ff', /simple value/],
    ['small simple value', 'f0', /simple value/],
    ['truncated byte string', '430102', /ends unexpectedly/],
    ['truncated integer', '1a0001', /ends unexpectedly/],
    ['truncated array', '8301', /ends unexpectedly/],
    ['empty input', '', /ends unexpectedly/],
    ['array map key', 'a18001', /keys must be integers or text/],
    ['duplicate map key', 'a201020103', /Duplicate CBOR map key 1/],
    ['trailing bytes', '0102', /Unexpected 1 bytes after/],
  ])('rejects %s', (_, hex, message) => {
    expect(() => decodeHex(hex)).toThrow(message);
  });

  it('rejects text that is not UTF-8', () => {
    expect(() => decodeHex('62c328')).toThrow(TypeError);
  });
});

describe('decodeCborPrefix', () => {
  it('returns the first item and its length, leaving what follows', () => {
    expect(decodeCborPrefix(fromHex('a201020304ffee'))).toEqual({
      value: new Map([
        [1, 2],
        [3, 4],
      ]),
      length: 5,
    });
  });

  it('reads from a view with an offset into a larger buffer', () => {
    const buffer = fromHex('ff1903e8ff');
    expect(decodeCborPrefix(buffer.subarray(1))).toEqual({ value: 1000, length: 3 });
  });
});

describe('with the test encoder', () => {
  it('round-trips a COSE key and an attestation-object-like structure', () => {
    const coseKey = new Map<number, CborInput>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(32).fill(0xab)],
      [-3, new Uint8Array(32).fill(0xcd)],
    ]);
    const value = new Map<string, CborInput>([
      ['fmt', 'none'],
      ['attStmt', new Map()],
      ['authData', new Uint8Array(300).fill(7)],
      ['list', [0, 23, 24, 255, 256, 65535, 65536, 4294967295, 4294967296, -1, -24, -25, -257, true, false, null]],
      ['big', Number.MAX_SAFE_INTEGER],
      ['key', coseKey],
    ]);
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });
});
