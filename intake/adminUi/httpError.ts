/**
 * The one error shape of the admin surfaces (review, follow-ups; their API, pages and CLIs): each
 * failure a person can cause or meet carries the HTTP status the API answers with, a stable code
 * for scripts, and a message a person can act on. The CLIs print the same message, so a surface
 * never words a refusal differently from another.
 */
export class HttpError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    /** Field-level problems of a malformed request. */
    readonly issues: string[],
    readonly statusCode: number,
  ) {
    super(message);
  }
}

/** The codes every admin surface answers with alike; each surface adds its own to these. */
export const COMMON_STATUS = {
  not_found: 404,
  not_waiting: 409,
  temporal_unavailable: 503,
} as const;

/** The constructor a surface's own error class offers: code, message, optional issues. */
export type HttpErrorClass<Code extends string> = new (code: Code, message: string, issues?: string[]) => HttpError<Code>;

/** A named HttpError class whose status follows from its code (one table per surface). */
export function httpErrorClass<Code extends string>(name: string, statusOf: Readonly<Record<Code, number>>) {
  return class extends HttpError<Code> {
    constructor(code: Code, message: string, issues: string[] = []) {
      super(code, message, issues, statusOf[code]);
      this.name = name;
    }
  };
}
