#!/usr/bin/env bash
# Source this file: it puts a Node 22 LTS binary first on PATH.
# The machine's Node may be older (Node 20 is past end of life); the registry's `node@22`
# package ships a real Node 22 binary, so nothing is downloaded from outside the npm registry.
_cd_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_cd_node_dir="$_cd_root/.tools/node22"
_cd_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_cd_major node)" -lt 22 ]; then
  if [ ! -x "$_cd_node_dir/node_modules/.bin/node" ]; then
    echo "[ensure-node] installing node@22 from the npm registry into .tools/node22" >&2
    mkdir -p "$_cd_node_dir"
    npm install --silent --no-save --no-audit --no-fund --prefix "$_cd_node_dir" node@22.23.3 >&2
  fi
  export PATH="$_cd_node_dir/node_modules/.bin:$PATH"
fi
echo "[ensure-node] using node $(node --version)" >&2
unset _cd_root _cd_node_dir
