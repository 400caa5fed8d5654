/**
 * The one way this service reaches Temporal: the address (TEMPORAL_ADDRESS, or the embedded dev
 * server's), TLS and API key spelled once, and every client built with the sealed-payload data
 * converter. The CLIs, the intake, `npm start` and the worker all connect through here.
 */
import { Client, Connection } from '@temporalio/client';
import type { Config } from '../config';
import { dataConverterFor } from '../integrations/temporal/dataConverter';

/** Where Temporal is: TEMPORAL_ADDRESS, else the embedded dev server's port on loopback. */
export function temporalAddress(config: Config): string {
  return config.temporal.address ?? `127.0.0.1:${config.temporal.port}`;
}

/** Address, TLS and API key, for a client Connection and the worker's NativeConnection alike. */
export function temporalConnectionOptions(config: Config, address = temporalAddress(config)): { address: string; tls: object | undefined; apiKey: string | undefined } {
  return { address, tls: config.temporal.tls ? {} : undefined, apiKey: config.temporal.apiKey };
}

export interface TemporalConnection {
  client: Client;
  connection: Connection;
  address: string;
  close(): Promise<void>;
}

/** A client on the configured namespace, sealing payloads; `address` overrides the configured one (the embedded dev server's). */
export async function connectTemporal(config: Config, opts: { address?: string } = {}): Promise<TemporalConnection> {
  const options = temporalConnectionOptions(config, opts.address);
  const connection = await Connection.connect(options);
  const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverterFor(config.temporal) });
  return { client, connection, address: options.address, close: () => connection.close() };
}
