#!/usr/bin/env bash
# Try GIL Lab on a fresh machine: brings up a real VS Code (the VS Code server from the code-server npm
# package, used from any browser) with GIL Lab installed from its .vsix and a sample workspace open.
#
#   bash scripts/try.sh            # then open the printed address
#
# Env: GIL_LAB_PORT (default 8080), GIL_LAB_HOST (default 127.0.0.1; the server has no auth — keep it
# local, or forward the port over SSH), GIL_LAB_SAMPLES (default ~/gil-lab-samples),
# GIL_LAB_TRY_FT=1 (also build a free-threaded CPython 3.13t first, about five more minutes, for the
# lesson's last step; `bash .ci/setup --free-threaded` does it any time), GIL_LAB_TRY_REBUILD=1
# (npm ci + package even when gil-lab.vsix is newer than the sources), GIL_LAB_VSIX (install this .vsix,
# build nothing), GIL_LAB_CACHE (default ~/.cache/gil-lab), GIL_LAB_TRY_DIR (default $GIL_LAB_CACHE/try).
# Persistent state (installed extension, settings) lives in $GIL_LAB_TRY_DIR; nothing in the samples
# folder that already exists is overwritten.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${GIL_LAB_CACHE:-$HOME/.cache/gil-lab}"
export GIL_LAB_CACHE="$CACHE"
PORT="${GIL_LAB_PORT:-8080}"
HOST="${GIL_LAB_HOST:-127.0.0.1}"
SAMPLES="${GIL_LAB_SAMPLES:-$HOME/gil-lab-samples}"
TRY="${GIL_LAB_TRY_DIR:-$CACHE/try}"
STARTED=$(date +%s)
say() { printf '\033[1m[try %3ss]\033[0m %s\n' "$(( $(date +%s) - STARTED ))" "$*"; }
cd "$ROOT"
mkdir -p "$TRY"

# 1. Build and package the extension (skipped when the .vsix is newer than everything it is made from),
#    in the background while step 2 installs the VS Code server: the two do not depend on each other.
VSIX="${GIL_LAB_VSIX:-$ROOT/gil-lab.vsix}"
BUILD_LOG="$TRY/build.log"
build_pid=""
if [ -n "${GIL_LAB_VSIX:-}" ]; then
  say "using $VSIX"
elif [ "${GIL_LAB_TRY_REBUILD:-}" = 1 ] || [ ! -f "$VSIX" ] || [ -n "$(find package.json package-lock.json esbuild.config.mjs src media walkthroughs -newer "$VSIX" -print -quit 2>/dev/null)" ]; then
  say "npm ci and npm run package, in the background (log: $BUILD_LOG)"
  (npm ci --no-audit --no-fund && npm run package) >"$BUILD_LOG" 2>&1 &
  build_pid=$!
  trap '[ -n "$build_pid" ] && kill "$build_pid" 2>/dev/null' EXIT
fi

# 2. What the VS Code server needs (Node 24 and the server), cached in $CACHE.
say "installing Node 24 and the VS Code server (.ci/setup --try; a few minutes the first time, seconds after)"
bash .ci/setup --try
if [ "${GIL_LAB_TRY_FT:-}" = 1 ]; then
  say "building a free-threaded CPython 3.13t (.ci/setup --free-threaded; about five minutes the first time)"
  bash .ci/setup --free-threaded
fi
# shellcheck disable=SC1091
source "$CACHE/env.sh"
[ -x "$GIL_LAB_NODE24" ] && [ -f "$GIL_LAB_VSCODE_SERVER" ] || { echo ".ci/setup did not install the VS Code server; see its output" >&2; exit 1; }

if [ -n "$build_pid" ]; then
  say "waiting for npm ci and npm run package"
  if ! wait "$build_pid"; then
    build_pid=""
    tail -n 40 "$BUILD_LOG" >&2
    echo "Building the extension failed; the whole log is $BUILD_LOG" >&2
    exit 1
  fi
  build_pid=""
fi
[ -f "$VSIX" ] || { echo "npm run package did not produce $VSIX" >&2; exit 1; }

# 3. Install it into a persistent extensions dir of the server.
mkdir -p "$TRY/extensions" "$TRY/data/data/Machine" "$TRY/data/data/User"
say "installing $(basename "$VSIX") into $TRY/extensions"
"$GIL_LAB_NODE24" "$GIL_LAB_VSCODE_SERVER" --install-extension "$VSIX" --force \
  --extensions-dir "$TRY/extensions" --server-data-dir "$TRY/data" --accept-server-license-terms

# Settings for a first visit (kept once written, so your own changes stay): the Welcome page lists the
# GIL Lab walkthrough; no trust prompt for the samples folder.
# A free-threaded CPython already built into the cache is the lesson's second interpreter.
FT_SETTING=""
[ -x "${GIL_LAB_PYTHON_FT:-}" ] && FT_SETTING="\"gilLab.compareWith\": \"$GIL_LAB_PYTHON_FT\","
for scope in Machine User; do
  f="$TRY/data/data/$scope/settings.json"
  [ -f "$f" ] || cat > "$f" <<JSON
{
  $FT_SETTING
  "workbench.startupEditor": "welcomePage",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.ignoreRecommendations": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden"
}
JSON
done
if [ -x "${GIL_LAB_PYTHON_FT:-}" ]; then
  FT_NOTE="The free-threaded CPython in $CACHE is the second interpreter of \"Compare Two Interpreters\"."
else
  FT_NOTE="The last lesson compares with a free-threaded Python: run \`bash .ci/setup --free-threaded\` in this
  checkout (about five minutes; \"GIL Lab: Select Interpreter to Compare With\" then lists it), or start
  with GIL_LAB_TRY_FT=1 bash scripts/try.sh."
fi

# 4. The sample workspace: the walkthrough's samples, never over files that exist.
mkdir -p "$SAMPLES"
src="$ROOT/walkthroughs/samples"
[ -d "$src" ] || src="$ROOT/test/fixtures/workspace"
copied=0
for f in "$src"/*.py; do
  [ -e "$f" ] || continue
  if [ ! -e "$SAMPLES/$(basename "$f")" ]; then cp "$f" "$SAMPLES/"; copied=$((copied + 1)); fi
done
say "samples in $SAMPLES ($copied new)"

# 5. Serve VS Code in the foreground.
if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
  echo "Port $PORT on $HOST is in use; set GIL_LAB_PORT to another port." >&2
  exit 1
fi
# The address opens the samples folder and its first sample (the `openFile` payload of VS Code's web
# workbench), so GIL Lab activates (it activates on Python files) and its lenses show at once.
FIRST="$(find "$SAMPLES" -maxdepth 1 -name '*.py' | sort | head -n 1)"
URL="$("$GIL_LAB_NODE24" -e '
  const [host, port, folder, file] = process.argv.slice(1);
  let u = `http://${host}:${port}/?folder=${encodeURIComponent(folder)}`;
  if (file) u += `&payload=${encodeURIComponent(JSON.stringify([["openFile", `vscode-remote://${host}:${port}${file}`]]))}`;
  console.log(u);' "$HOST" "$PORT" "$SAMPLES" "$FIRST")"
cat <<EOF

  GIL Lab is ready. Open this address in your browser:

      $URL

  (or just http://$HOST:$PORT/?folder=$SAMPLES). Open a .py file and GIL Lab activates; run
  "GIL Lab: Open Walkthrough" from the command palette (F1) for the lessons.
  $FT_NOTE
  Over SSH: ssh -L $PORT:127.0.0.1:$PORT <this machine>, then open the address locally.
  Ctrl+C stops the server. (Ready after $(( $(date +%s) - STARTED )) s.)

EOF
export GIL_LAB_OPEN_WALKTHROUGH="${GIL_LAB_OPEN_WALKTHROUGH:-1}" # for the extension: open the walkthrough on first activation
trap - EXIT
exec "$GIL_LAB_NODE24" "$GIL_LAB_VSCODE_SERVER" --host "$HOST" --port "$PORT" \
  --without-connection-token --accept-server-license-terms --disable-workspace-trust --disable-telemetry \
  --server-data-dir "$TRY/data" --extensions-dir "$TRY/extensions"
