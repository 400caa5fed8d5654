/**
 * The floor's worker, a process of its own as ours is: FLOOR_TASK_QUEUE on TEMPORAL_ADDRESS, the
 * same worker options our workflow worker uses by default. Stops on SIGTERM.
 */
import { NativeConnection, Worker } from '@temporalio/worker';
import * as activities from './activities';

async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS;
  const taskQueue = process.env.FLOOR_TASK_QUEUE;
  if (!address || !taskQueue) throw new Error('TEMPORAL_ADDRESS and FLOOR_TASK_QUEUE are required');
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default', taskQueue, workflowsPath: require.resolve('./workflows'), activities });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => worker.shutdown());
  process.stdout.write('floor worker running\n');
  await worker.run();
  await connection.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
