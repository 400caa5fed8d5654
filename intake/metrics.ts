/**
 * Prometheus metrics of the intake. A registry per server instance (not prom-client's global one)
 * so tests and an in-process orchestrator can build several servers without "already registered".
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface IntakeMetrics {
  registry: Registry;
  deliveries: Counter<'endpoint' | 'outcome'>;
  latency: Histogram<'endpoint'>;
  replays: Counter<'outcome'>;
}

export function createIntakeMetrics(): IntakeMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    deliveries: new Counter({
      name: 'intake_deliveries_total',
      help: 'Webhook deliveries by endpoint and outcome (started, duplicate, ignored, unauthorized, validation_failed, ...)',
      labelNames: ['endpoint', 'outcome'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'intake_delivery_duration_seconds',
      help: 'Time from request to answer for webhook deliveries',
      labelNames: ['endpoint'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    replays: new Counter({
      name: 'intake_dead_letter_replays_total',
      help: 'Operator replays of dead letters by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}
