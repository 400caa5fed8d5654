/** The one data converter every Temporal client and worker of this service uses: sealed payloads. */
import type { DataConverter } from '@temporalio/common';
import type { Config } from '../../config';
import { AesGcmPayloadCodec } from './payloadCodec';

export function dataConverterFor(temporal: Pick<Config['temporal'], 'payloadKeys'>): DataConverter {
  return { payloadCodecs: [new AesGcmPayloadCodec(temporal.payloadKeys)] };
}
