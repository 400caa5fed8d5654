/**
 * Encrypted history: every payload a client or worker sends to Temporal (workflow and activity
 * inputs and results: names, phones, emails, transcripts) is sealed with AES-256-GCM before it
 * leaves the process. Each sealed payload names the key that sealed it, so keys rotate: the first
 * configured key seals, every configured key opens. A payload that is not sealed (histories
 * recorded before the codec) passes through unchanged, so old histories still replay.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const text = new TextEncoder();
const read = (b: Uint8Array | null | undefined) => (b ? new TextDecoder().decode(b) : '');

export interface PayloadKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

export class PayloadKeyMissing extends Error {
  override name = 'PayloadKeyMissing';
}

export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;
  private readonly current: PayloadKey;

  /** `keys[0]` seals; all of them open. */
  constructor(keys: PayloadKey[]) {
    if (!keys.length) throw new Error('at least one payload key is needed');
    for (const k of keys) if (k.key.length !== 32) throw new Error(`payload key ${k.id} must be 32 bytes`);
    this.current = keys[0];
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  // async: a payload that cannot be opened rejects the promise, it never throws past it.
  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => this.seal(p));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => this.open(p));
  }

  private seal(p: Payload): Payload {
    const plain = temporal.api.common.v1.Payload.encode(p).finish();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return { metadata: { [METADATA_ENCODING_KEY]: text.encode(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: text.encode(this.current.id) }, data };
  }

  private open(p: Payload): Payload {
    if (read(p.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return p;
    const id = read(p.metadata?.[KEY_ID_METADATA]);
    const key = this.byId.get(id);
    if (!key) throw new PayloadKeyMissing(`payload sealed with key "${id}", which is not configured (PAYLOAD_ENCRYPTION_KEYS)`);
    const data = Buffer.from(p.data ?? new Uint8Array());
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
    return temporal.api.common.v1.Payload.decode(plain) as Payload;
  }
}
