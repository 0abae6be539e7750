#!/usr/bin/env bash
# The worked example "Is the Moscow-Baku crisis escalating?" (docs/worked-example.md).
# Usage: examples/moscow-baku/run.sh [DB]   (default: a fresh database in a temporary directory)
# Writes the dyad chart to docs/img/moscow-baku-rus-aze.png, which the documentation shows.
# tests/test_worked_example.py runs the `dyadwatch` lines below and checks their output, so the
# page cannot drift from what the commands do. Set DYADWATCH to run another build of the CLI.
set -euo pipefail
cd "$(dirname "$0")/../.."
DYADWATCH=${DYADWATCH:-dyadwatch}
db=${1:-$(mktemp -d)/moscow-baku.db}
mkdir -p docs/img

$DYADWATCH ingest examples/moscow-baku --db "$db"
$DYADWATCH events --dyad RUS-AZE --db "$db" --format table
$DYADWATCH events --dyad RUS-AZE --root 17 --db "$db" --format jsonl
$DYADWATCH dyad RUS AZE --db "$db" --plot docs/img/moscow-baku-rus-aze.png
$DYADWATCH dyad RUS AZE --to 2025-07 --db "$db"
${PYTHON:-python3} examples/moscow-baku/compare.py "$db" docs/img/moscow-baku-two-counts.png
