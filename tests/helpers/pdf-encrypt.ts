/**
 * Test-only: password-protects a PDF with the standard security handler, RC4 128-bit (V 2, R 3), as in
 * ISO 32000-1 §7.6.3 algorithms 1, 2, 3 and 5. pdf-lib writes no encrypted files, and the reader must be
 * tested on a file that pdf.js really cannot open without the password.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const KEY_BYTES = 16;
/** Every permission granted; the password only guards opening. */
const PERMISSIONS = -4;

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
};

const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

/** RC4 with the key, then 19 more times with the key XOR 1…19 (revision 3). */
function rc4Rounds(key: Uint8Array, data: Uint8Array): Uint8Array {
  let out = rc4(key, data);
  for (let i = 1; i <= 19; i++)
    out = rc4(
      key.map((b) => b ^ i),
      out,
    );
  return out;
}

/** Algorithm 3: the /O entry. */
function ownerEntry(owner: string, user: string): Uint8Array {
  let hash = md5(padded(owner || user));
  for (let i = 0; i < 50; i++) hash = md5(hash);
  return rc4Rounds(hash.subarray(0, KEY_BYTES), padded(user));
}

/** Algorithm 2: the file key. */
function fileKey(user: string, o: Uint8Array, id: Uint8Array): Uint8Array {
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  let hash = md5(padded(user), o, p, id);
  for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, KEY_BYTES));
  return hash.subarray(0, KEY_BYTES);
}

/** Algorithm 5: the /U entry. */
const userEntry = (key: Uint8Array, id: Uint8Array) =>
  Buffer.concat([rc4Rounds(key, md5(PAD, id)), Buffer.alloc(16)]);

/** Algorithm 1: the key for one object. */
function objectKey(key: Uint8Array, ref: PDFRef): Uint8Array {
  const n = ref.objectNumber;
  const g = ref.generationNumber;
  const salt = Uint8Array.of(n & 255, (n >> 8) & 255, (n >> 16) & 255, g & 255, (g >> 8) & 255);
  return md5(key, salt).subarray(0, Math.min(KEY_BYTES + 5, 16));
}

const hex = (bytes: Uint8Array) => PDFHexString.of(Buffer.from(bytes).toString('hex'));

function encryptStrings(obj: PDFObject, key: Uint8Array): PDFObject {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return hex(rc4(key, obj.asBytes()));
  if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) obj.set(i, encryptStrings(obj.get(i), key));
    return obj;
  }
  if (obj instanceof PDFDict) {
    for (const [name, value] of obj.entries()) obj.set(name, encryptStrings(value, key));
    return obj;
  }
  return obj;
}

/** The PDF, encrypted so that it opens only with `user` (or `owner`). */
export async function encryptPdf(
  bytes: Uint8Array,
  user: string,
  owner = `${user}-owner`,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = doc.context;
  const id = randomBytes(16);
  const o = ownerEntry(owner, user);
  const key = fileKey(user, o, id);
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    const k = objectKey(key, ref);
    if (obj instanceof PDFRawStream) {
      encryptStrings(obj.dict, k);
      context.assign(ref, PDFRawStream.of(obj.dict, rc4(k, obj.contents)));
    } else context.assign(ref, encryptStrings(obj, k));
  }
  const encrypt = context.obj({
    Filter: 'Standard',
    V: 2,
    R: 3,
    Length: 128,
    P: PDFNumber.of(PERMISSIONS),
  });
  encrypt.set(PDFName.of('O'), hex(o));
  encrypt.set(PDFName.of('U'), hex(userEntry(key, id)));
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([hex(id), hex(id)]);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
