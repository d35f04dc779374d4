import type { ServiceDefinition } from './serviceDefinition';
import type { ApplicantRole } from './vocabulary';

export type GroundsProblem =
  | { readonly kind: 'too-few-grounds'; readonly minimum: number }
  | { readonly kind: 'unknown-ground'; readonly ground: string }
  | { readonly kind: 'grounds-not-applicable' };

/** Grounds claimed must be the service's own and at least its minimum; none for other services. */
export function groundsProblems(service: ServiceDefinition, grounds: readonly string[]): GroundsProblem[] {
  if (service.grounds === undefined) return grounds.length > 0 ? [{ kind: 'grounds-not-applicable' }] : [];
  const known = service.grounds.options.map((option) => option.id);
  const problems: GroundsProblem[] = grounds
    .filter((ground) => !known.includes(ground))
    .map((ground) => ({ kind: 'unknown-ground', ground }));
  if (new Set(grounds).size < service.grounds.minimum)
    problems.push({ kind: 'too-few-grounds', minimum: service.grounds.minimum });
  return problems;
}

/** Whether someone in `role` may apply, given whether the student is a minor (unknown: undefined). */
export function mayApplyAs(
  service: ServiceDefinition,
  role: ApplicantRole,
  studentIsMinor: boolean | undefined,
): boolean {
  const rule = service.applicants.find((r) => r.role === role);
  if (rule === undefined) return false;
  return !rule.onlyForMinor || studentIsMinor !== false;
}
