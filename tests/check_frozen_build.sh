#!/usr/bin/env bash
# Build the PyInstaller folder from pyinstaller.spec and run its console program on the
# core commands — proof that the spec carries everything (forms, resources, migrations,
# fonts). CI runs it after the tests; locally: bash tests/check_frozen_build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip install -q "pyinstaller>=6.5,<7"
python3 -m PyInstaller --noconfirm --log-level WARN --distpath "$work/dist" \
    --workpath "$work/build" pyinstaller.spec
cli="$work/dist/dxdesk/dxdesk-cli"
db="$work/Dữ liệu thử/dxdesk.sqlite"
export DXDESK_DATA_DIR="$work/data"
"$cli" --version
"$cli" demo --db "$db" --size 200
"$cli" check --db "$db"
"$cli" export docx --db "$db" --kind plan -o "$work/kế hoạch.docx"
"$cli" export pdf --db "$db" --kind report -o "$work/báo cáo.pdf"
"$cli" import resources/samples/ke-hoach-cds-tinh-quang-mau-2026.txt --dry-run
test -s "$work/kế hoạch.docx" && test -s "$work/báo cáo.pdf"
QT_QPA_PLATFORM=offscreen "$work/dist/dxdesk/dxdesk" --db "$db" --exit-after-startup
# …and until the editing code (the ORM, the model) has loaded after the first paint.
QT_QPA_PLATFORM=offscreen "$work/dist/dxdesk/dxdesk" --db "$db" --exit-after-startup ready
echo "frozen build: ok ($(du -sh "$work/dist/dxdesk" | cut -f1))"
