import { brotliDecompressSync } from 'node:zlib';

/**
 * Which characters a WOFF2 font really has glyphs for, read from its `cmap` table: enough of the
 * WOFF2 format (https://www.w3.org/TR/WOFF2/) to find that one table, which is never transformed.
 */

// WOFF2's known-table index (section 5.1); only positions matter here: 0 cmap, 10 glyf, 11 loca.
const cmapIndex = 0;
const glyfIndex = 10;
const locaIndex = 11;
const arbitraryTag = 63;
const headerBytes = 48;

class Reader {
  private readonly bytes: Buffer;
  offset: number;
  constructor(bytes: Buffer, offset: number) {
    this.bytes = bytes;
    this.offset = offset;
  }
  u8(): number {
    return this.bytes.readUInt8(this.offset++);
  }
  /** UIntBase128: 7 bits per byte, high bit = more bytes follow. */
  base128(): number {
    let value = 0;
    for (let i = 0; i < 5; i += 1) {
      const byte = this.u8();
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('UIntBase128 longer than 5 bytes');
  }
}

/** The decompressed `cmap` table of a WOFF2 file. */
export function woff2Cmap(file: Buffer): Buffer {
  if (file.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  if (file.toString('latin1', 4, 8) === 'ttcf') throw new Error('font collections are not supported');
  const tableCount = file.readUInt16BE(12);
  const compressedSize = file.readUInt32BE(20);
  const reader = new Reader(file, headerBytes);
  let streamOffset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let i = 0; i < tableCount; i += 1) {
    const flags = reader.u8();
    const tagIndex = flags & 0x3f;
    if (tagIndex === arbitraryTag) reader.offset += 4;
    const transformVersion = flags >> 6;
    const length = reader.base128();
    // glyf and loca are transformed unless version 3; every other table only if version is not 0.
    const isGlyfOrLoca = tagIndex === glyfIndex || tagIndex === locaIndex;
    const transformed = isGlyfOrLoca ? transformVersion !== 3 : transformVersion !== 0;
    const storedLength = transformed ? reader.base128() : length;
    if (tagIndex === cmapIndex) cmap = { offset: streamOffset, length };
    streamOffset += storedLength;
  }
  if (!cmap) throw new Error('no cmap table');
  const stream = brotliDecompressSync(file.subarray(reader.offset, reader.offset + compressedSize));
  return stream.subarray(cmap.offset, cmap.offset + cmap.length);
}

/** A test for "has a glyph for this code point", from the font's Unicode cmap subtable. */
export function glyphLookup(cmap: Buffer): (codePoint: number) => boolean {
  const subtableCount = cmap.readUInt16BE(2);
  const unicodeSubtables = new Map<number, number>();
  for (let i = 0; i < subtableCount; i += 1) {
    const record = 4 + i * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    // Unicode platform, or Windows with Unicode BMP (1) / full repertoire (10).
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode) continue;
    const subtable = cmap.readUInt32BE(record + 4);
    unicodeSubtables.set(cmap.readUInt16BE(subtable), subtable);
  }
  const format12 = unicodeSubtables.get(12);
  if (format12 !== undefined) return (codePoint) => format12Glyph(cmap, format12, codePoint) !== 0;
  const format4 = unicodeSubtables.get(4);
  if (format4 !== undefined) return (codePoint) => format4Glyph(cmap, format4, codePoint) !== 0;
  throw new Error('no Unicode cmap subtable of format 4 or 12');
}

function format12Glyph(cmap: Buffer, at: number, codePoint: number): number {
  const groups = cmap.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i += 1) {
    const group = at + 16 + i * 12;
    const start = cmap.readUInt32BE(group);
    const end = cmap.readUInt32BE(group + 4);
    if (codePoint >= start && codePoint <= end) return cmap.readUInt32BE(group + 8) + (codePoint - start);
  }
  return 0;
}

function format4Glyph(cmap: Buffer, at: number, codePoint: number): number {
  if (codePoint > 0xffff) return 0;
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const endCodes = at + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const deltas = startCodes + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i += 1) {
    const end = cmap.readUInt16BE(endCodes + i * 2);
    if (codePoint > end) continue;
    const start = cmap.readUInt16BE(startCodes + i * 2);
    if (codePoint < start) return 0;
    const delta = cmap.readUInt16BE(deltas + i * 2);
    const rangeOffsetAt = rangeOffsets + i * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = cmap.readUInt16BE(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}
