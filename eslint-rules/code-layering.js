// @ts-check
/**
 * The layering rules of ARCHITECTURE.md as lint errors (in the spirit of VS Code's code-layering):
 * which area of the repository may import which, who may use Dexie, window.desk and raw IPC.
 * Areas are decided from paths relative to the repository root, so the rule needs no type info.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Packages shared/ may use: small and pure. */
const sharedPackages = new Set(['zod']);

/** @param {string} file absolute path @returns {string} posix path relative to the repo root */
function repoPath(file) {
  return path.relative(repoRoot, file).split(path.sep).join('/');
}

/** @param {string} rel @returns {'shared'|'renderer'|'electron'|'server'|'other'} */
function areaOf(rel) {
  const top = rel.split('/')[0];
  if (top === 'shared' || top === 'renderer' || top === 'electron' || top === 'server') return top;
  return 'other';
}

/** @param {string} source @returns {string} the package name of a bare specifier */
function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? source);
}

const forbiddenAreas = {
  shared: ['renderer', 'electron', 'server'],
  renderer: ['electron', 'server'],
  electron: ['renderer', 'server'],
  server: ['renderer', 'electron'],
  other: [],
};

const isIpcWrapper = (/** @type {string} */ rel) =>
  rel.startsWith('electron/main/ipc/') || rel === 'electron/preload/ipc.ts';

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layering rules of ARCHITECTURE.md' },
    schema: [],
    messages: {
      crossLayer: '{{from}}/ must not import {{to}}/ ("{{source}}"): see ARCHITECTURE.md, layering.',
      sharedPackage:
        'shared/ is pure TypeScript: it may import only {{allowed}} from outside itself, not "{{source}}".',
      dexieOutsideDb: 'Only renderer/db/ may import Dexie; go through a repository in renderer/db.',
      electronInRenderer: 'renderer/ knows the host only through shared/host, never "{{source}}".',
      deskOutsideHost: 'Only renderer/host/ may touch window.desk; use getHost() from renderer/host.',
      rawIpc:
        'Raw {{name}} is allowed only inside the typed IPC wrapper (electron/main/ipc, electron/preload/ipc.ts).',
    },
  },
  create(context) {
    const rel = repoPath(context.filename);
    const area = areaOf(rel);

    /** @param {import('estree').Node} node @param {string} source */
    function checkSource(node, source) {
      if (source.startsWith('.') || path.isAbsolute(source)) {
        const target = repoPath(path.resolve(path.dirname(context.filename), source));
        const targetArea = areaOf(target);
        if (forbiddenAreas[area].includes(targetArea)) {
          context.report({ node, messageId: 'crossLayer', data: { from: area, to: targetArea, source } });
        } else if (area === 'shared' && !target.startsWith('shared/')) {
          context.report({
            node,
            messageId: 'crossLayer',
            data: { from: area, to: target.split('/')[0] ?? target, source },
          });
        }
        return;
      }
      const pkg = packageName(source);
      if (area === 'shared' && !sharedPackages.has(pkg)) {
        context.report({
          node,
          messageId: 'sharedPackage',
          data: { source, allowed: [...sharedPackages].join(', ') },
        });
      }
      if (pkg === 'dexie' && !rel.startsWith('renderer/db/')) {
        context.report({ node, messageId: 'dexieOutsideDb' });
      }
      if (area === 'renderer' && (pkg === 'electron' || pkg.startsWith('@electron/'))) {
        context.report({ node, messageId: 'electronInRenderer', data: { source } });
      }
    }

    /** @param {any} node */
    function checkModuleNode(node) {
      if (node.source && typeof node.source.value === 'string') checkSource(node, node.source.value);
    }

    return {
      ImportDeclaration(node) {
        checkModuleNode(node);
        if (node.source.value === 'electron' && !isIpcWrapper(rel)) {
          for (const spec of node.specifiers) {
            const name =
              spec.type === 'ImportSpecifier' && spec.imported.type === 'Identifier'
                ? spec.imported.name
                : '';
            if (name === 'ipcMain' || name === 'ipcRenderer') {
              context.report({ node: spec, messageId: 'rawIpc', data: { name } });
            }
          }
        }
      },
      ExportNamedDeclaration: checkModuleNode,
      ExportAllDeclaration: checkModuleNode,
      ImportExpression(node) {
        if (node.source.type === 'Literal' && typeof node.source.value === 'string') {
          checkSource(node, node.source.value);
        }
      },
      CallExpression(node) {
        const [first] = node.arguments;
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          first?.type === 'Literal' &&
          typeof first.value === 'string'
        ) {
          checkSource(node, first.value);
        }
      },
      MemberExpression(node) {
        const prop = node.property.type === 'Identifier' && !node.computed ? node.property.name : undefined;
        if (
          prop === 'desk' &&
          node.object.type === 'Identifier' &&
          (node.object.name === 'window' || node.object.name === 'globalThis') &&
          !rel.startsWith('renderer/host/')
        ) {
          context.report({ node, messageId: 'deskOutsideHost' });
        }
        if ((prop === 'ipcMain' || prop === 'ipcRenderer') && !isIpcWrapper(rel)) {
          context.report({ node, messageId: 'rawIpc', data: { name: prop } });
        }
      },
    };
  },
};

export default {
  meta: { name: 'counter-desk-layering' },
  rules: { 'code-layering': rule },
};
