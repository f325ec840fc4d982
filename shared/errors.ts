/** The one error shape that crosses the API boundary. Never a stack trace. */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'storage' | 'unauthorized' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for errors the user should see as one sentence. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
