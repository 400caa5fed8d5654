/**
 * gRPC status codes on Temporal client errors. The SDK often wraps the gRPC error in a
 * ServiceError ("Failed to start Workflow") with the status only on its `cause`, so every check
 * walks the cause chain. One place, so the intake, the services and the activities agree.
 */
export const GRPC = { DEADLINE_EXCEEDED: 4, UNIMPLEMENTED: 12, UNAVAILABLE: 14 } as const;

export interface GrpcError {
  code: number;
  message: string;
  details?: string;
}

/** The first error on the chain that carries a numeric gRPC code, or null. */
export function grpcErrorOf(err: unknown): GrpcError | null {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'number') return e as GrpcError;
  }
  return null;
}

/** The server is down or too slow to answer (UNAVAILABLE, DEADLINE_EXCEEDED): nothing was changed. */
export function isTemporalUnreachable(err: unknown): boolean {
  const code = grpcErrorOf(err)?.code;
  return code === GRPC.UNAVAILABLE || code === GRPC.DEADLINE_EXCEEDED;
}

/** The server does not offer this call (the time-skipping test server, for visibility lists). */
export function isUnimplemented(err: unknown): boolean {
  return grpcErrorOf(err)?.code === GRPC.UNIMPLEMENTED;
}
