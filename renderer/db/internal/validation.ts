import type { z } from 'zod';

/** A validation problem as the forms show it: a dotted field path and an i18n message key. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export function validationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const params = 'params' in issue && issue.params !== undefined ? { params: issue.params } : {};
    return { path: issue.path.map(String).join('.'), message: issue.message, ...params };
  });
}
