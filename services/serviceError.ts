/**
 * The one error shape of the services (review, follow-ups): each failure a person can cause or
 * meet carries a stable code for scripts, a message a person can act on, and for a malformed
 * request its field-level issues. The surfaces map codes to what they answer: the HTTP routes to a
 * status (intake/adminUi/httpStatus.ts), the CLIs to an exit status; the message is the same on
 * every surface, so none words a refusal differently from another.
 */
export class ServiceError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    /** Field-level problems of a malformed request. */
    readonly issues: string[] = [],
  ) {
    super(message);
  }
}

/** The codes every service can answer with; each service adds its own to these. */
export type CommonErrorCode = 'not_found' | 'not_waiting' | 'temporal_unavailable';

/** The constructor a service's own error class offers: code, message, optional issues. */
export type ServiceErrorClass<Code extends string> = new (code: Code, message: string, issues?: string[]) => ServiceError<Code>;

/** A named ServiceError class for one service's codes. */
export function serviceErrorClass<Code extends string>(name: string) {
  return class extends ServiceError<Code> {
    constructor(code: Code, message: string, issues: string[] = []) {
      super(code, message, issues);
      this.name = name;
    }
  };
}
