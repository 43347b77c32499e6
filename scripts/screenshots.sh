#!/usr/bin/env bash
# Takes the README's screenshots (home, a pair comparison, filtered roles, a pick result, a profile; desktop 1280 px
# and phone 390 px) into docs/screenshots/, with the browser tests' headless Chromium. Pages still being built on
# other branches are skipped; rerun after merging them. The list is SHOWN in ScreenshotsTest.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=ScreenshotsTest -Dscreenshots=true -Dsurefire.failIfNoSpecifiedTests=false
ls -l docs/screenshots/
