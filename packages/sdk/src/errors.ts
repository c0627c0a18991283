import type { ErrorCode, FieldIssue } from '@thidua/schemas';

/**
 * What went wrong on the client's side of the wire, beyond the API's own
 * codes. A call given up by its `AbortSignal` is not one of them: it rejects
 * with the signal's reason, as `fetch` does (see `isAbort`).
 */
export type ClientErrorCode = 'network_error' | 'timeout' | 'invalid_response';

/**
 * The one error the SDK throws. `status` is the HTTP status (0 when no
 * response came); `code` is the API's error code or a client-side one;
 * `issues` name the fields at fault, as the API reported them.
 */
export class ThiduaApiError extends Error {
  override readonly name = 'ThiduaApiError';
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly issues: FieldIssue[];
  readonly requestId: string | undefined;

  constructor(init: {
    message: string;
    status: number;
    code: ErrorCode | ClientErrorCode;
    issues?: FieldIssue[];
    requestId?: string | undefined;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.requestId = init.requestId;
  }

  /** True when trying again later may succeed: the network, a timeout or the server, not the request. */
  get retryable(): boolean {
    return this.status === 0 ? this.code !== 'invalid_response' : this.status >= 500 || this.status === 429 || this.status === 408;
  }
}
