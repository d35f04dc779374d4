import type { z } from 'zod';

interface IssueLike {
  readonly message: string;
  readonly path: readonly PropertyKey[];
  readonly errors?: readonly (readonly IssueLike[])[];
}

/** Every issue, including those nested in union errors, as "path: message". */
export function issuesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  if (result.success) return [];
  const walk = (issues: readonly IssueLike[]): string[] =>
    issues.flatMap((issue) => [
      `${issue.path.join('.')}: ${issue.message}`,
      ...(issue.errors ?? []).flatMap(walk),
    ]);
  return walk(result.error.issues as readonly IssueLike[]);
}

/** Just the messages. */
export function messagesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  return issuesOf(result).map((line) => line.slice(line.indexOf(': ') + 2));
}
