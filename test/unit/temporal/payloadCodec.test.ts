/** AES-256-GCM sealing of Temporal payloads: round trip, rotation, tampering, old plain payloads. */
import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, PayloadKeyMissing } from '../../../integrations/temporal/payloadCodec';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const plain = defaultPayloadConverter.toPayload({ caller: { phone: '+14155550123', email: 'dana@northwind.io' } })!;

it('seals a payload so its bytes show nothing, and opens it back exactly', async () => {
  const codec = new AesGcmPayloadCodec([k1]);
  const [sealed] = await codec.encode([plain]);
  expect(new TextDecoder().decode(sealed.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
  expect(Buffer.from(sealed.data!).toString('latin1')).not.toContain('4155550123');
  expect(Buffer.from(sealed.data!).toString('latin1')).not.toContain('northwind');
  const [opened] = await codec.decode([sealed]);
  expect(defaultPayloadConverter.fromPayload(opened)).toEqual({ caller: { phone: '+14155550123', email: 'dana@northwind.io' } });
});

it('rotates: a new first key seals, the old key still opens what it sealed', async () => {
  const [old] = await new AesGcmPayloadCodec([k1]).encode([plain]);
  const rotated = new AesGcmPayloadCodec([k2, k1]);
  const [fresh] = await rotated.encode([plain]);
  expect(new TextDecoder().decode(fresh.metadata!['encryption-key-id'])).toBe('k2');
  expect(defaultPayloadConverter.fromPayload((await rotated.decode([old]))[0])).toEqual(defaultPayloadConverter.fromPayload(plain));
  await expect(new AesGcmPayloadCodec([k2]).decode([old])).rejects.toThrow(PayloadKeyMissing);
});

it('refuses a tampered payload', async () => {
  const codec = new AesGcmPayloadCodec([k1]);
  const [sealed] = await codec.encode([plain]);
  const data = Buffer.from(sealed.data!);
  data[data.length - 20] ^= 1;
  await expect(codec.decode([{ ...sealed, data }])).rejects.toThrow();
});

it('passes through payloads recorded before sealing (old histories still replay)', async () => {
  const [same] = await new AesGcmPayloadCodec([k1]).decode([plain]);
  expect(same).toBe(plain);
});
