import type { PlatformPath } from 'node:path';
import { hasControlCharacter } from '../control-characters';

/**
 * Maps an app://desk/... request to a file inside the renderer build, or refuses it.
 *
 * Chromium already canonicalises URLs of a standard scheme, but this resolver does not rely on
 * that: it reads the raw path, refuses anything that could climb out of the root or name a file
 * indirectly (dot segments, encoded separators, backslashes, drive letters, NUL, control
 * characters), and finally checks that the joined path is still inside the root.
 */
export type ResolvedAppPath =
  | { readonly kind: 'file'; readonly filePath: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

export interface AppPathRoot {
  /** Absolute directory the files are served from (dist/renderer). */
  readonly rootDir: string;
  /** scheme://host prefix the request must carry, e.g. "app://desk". */
  readonly origin: string;
  /** node:path flavour of the OS; tests pass path.win32 to check Windows behaviour on Linux. */
  readonly path: PlatformPath;
}

const INDEX_FILE = 'index.html';

export function resolveAppPath(requestUrl: string, root: AppPathRoot): ResolvedAppPath {
  const prefix = `${root.origin}/`;
  if (requestUrl.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) {
    return refused(404, 'not an application URL');
  }
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/u, 1)[0] ?? '';
  const rawSegments = rawPath === '' ? [] : rawPath.split('/');

  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    const isLast = index === rawSegments.length - 1;
    if (raw === '' && isLast) break; // trailing slash: a directory-style route
    const segment = decodeSegment(raw);
    if (segment === null) return refused(400, 'malformed percent-encoding');
    const problem = segmentProblem(segment);
    if (problem !== null) return refused(403, problem);
    segments.push(segment);
  }

  // Paths whose last segment has no extension are client-side routes: the single page answers them.
  const last = segments.at(-1);
  const routeSegments = last === undefined || !last.includes('.') ? [INDEX_FILE] : segments;

  const rootDir = root.path.resolve(root.rootDir);
  const filePath = root.path.resolve(rootDir, ...routeSegments);
  const inside = root.path.relative(rootDir, filePath);
  if (inside === '' || inside.startsWith('..') || root.path.isAbsolute(inside)) {
    return refused(403, 'outside the application folder');
  }
  return { kind: 'file', filePath };
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function segmentProblem(segment: string): string | null {
  if (segment === '') return 'empty path segment';
  if (segment === '.' || segment === '..') return 'dot segment';
  if (segment.includes('/')) return 'encoded slash';
  if (segment.includes('\\')) return 'backslash';
  if (hasControlCharacter(segment)) return 'control character';
  if (segment.includes(':')) return 'colon (drive letter or stream name)';
  if (/[. ]$/u.test(segment)) return 'trailing dot or space (aliased on Windows)';
  return null;
}

function refused(status: 400 | 403 | 404, reason: string): ResolvedAppPath {
  return { kind: 'refused', status, reason };
}
