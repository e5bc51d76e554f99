#!/usr/bin/env bash
# Times the README's commands the way a new user meets them and prints the README's
# performance table (Markdown) with the machine it ran on.
#
#   bash scripts/timings.sh            # from a fresh clone of this repository's HEAD
#
# Each row starts from an empty target folder in a fresh clone (crates already
# downloaded into Cargo's cache, as after a first `cargo fetch`), so the numbers are
# what the first ten minutes cost. The edit rows touch one CODING file and time the
# regeneration check that follows.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export CARGO_TERM_COLOR=never
unset CARGO_TARGET_DIR

seconds() { # seconds COMMAND...: runs it quietly, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}

fresh_clone() { # fresh_clone DIR: a clone of HEAD with an empty target folder
  rm -rf "$1"
  git clone --quiet "$repo" "$1"
}

(cd "$repo" && cargo fetch --locked >/dev/null 2>&1)
load() { awk '{ print $1 }' /proc/loadavg; } # the 1-minute load average
load_start=$(load)

# The README's two commands, in both orders, each from an empty target folder.
fresh_clone "$work/a"
gen_first=$(cd "$work/a" && seconds cargo xtask gen-specs)
test_after=$(cd "$work/a" && seconds cargo test --workspace --locked)
coding_builds_a=$(cd "$work/a" && find target/debug/deps -name 'libforgespec_coding-*.rlib' | wc -l)

fresh_clone "$work/b"
test_first=$(cd "$work/b" && seconds cargo test --workspace --locked)
gen_after=$(cd "$work/b" && seconds cargo xtask gen-specs)
coding_builds_b=$(cd "$work/b" && find target/debug/deps -name 'libforgespec_coding-*.rlib' | wc -l)

# Generation once built, and the edit → regenerate loop on the largest crate.
check_built=$(cd "$work/b" && seconds cargo xtask gen-specs --check)
# The edit loop, touching: a small section, the largest section's largest file, and
# the shapes every section uses (which rebuilds every section).
edit() { # edit FILE: touch it under crates/forgespec-coding, time the check
  touch "$work/b/crates/forgespec-coding/$1"
  (cd "$work/b" && seconds cargo xtask gen-specs --check)
}
edit_project=$(edit sections/project/src/lib.rs)
edit_git=$(edit sections/git/src/commit.rs)
edit_common=$(edit common/src/lib.rs)
target_size=$(du -sh "$work/b/target" | cut -f1)
load_end=$(load)

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
cat <<EOF
Measured by \`bash scripts/timings.sh\` on $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ { print $2 }') GiB,
$(rustc --version), $(date -u +%Y-%m-%d); the 1-minute load average was ${load_start} before the run
and ${load_end} after it (near 0 when nothing else runs):

| what | command | time |
|---|---|---|
| set-up, generator first: the generator from an empty target folder | \`cargo xtask gen-specs\` | ${gen_first} s |
| … then the tests | \`cargo test --workspace\` | ${test_after} s |
| set-up, tests first: the tests from an empty target folder | \`cargo test --workspace\` | ${test_first} s |
| … then the generator | \`cargo xtask gen-specs\` | ${gen_after} s |
| builds of forgespec-coding in either order (1 = built once) | \`ls target/debug/deps/libforgespec_coding-*.rlib\` | ${coding_builds_a} / ${coding_builds_b} |
| regeneration check, everything built | \`cargo xtask gen-specs --check\` | ${check_built} s |
| touch one CODING section (项目), then the check | \`touch crates/forgespec-coding/sections/project/src/lib.rs && cargo xtask gen-specs --check\` | ${edit_project} s |
| touch the largest CODING section (代码托管, 5,800 lines) | \`touch crates/forgespec-coding/sections/git/src/commit.rs && cargo xtask gen-specs --check\` | ${edit_git} s |
| touch CODING's shared shapes (every section rebuilds) | \`touch crates/forgespec-coding/common/src/lib.rs && cargo xtask gen-specs --check\` | ${edit_common} s |
| target folder after set-up | \`du -sh target\` | ${target_size} |
EOF
