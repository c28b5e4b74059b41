#!/usr/bin/env bash
# Renders the real Velocity templates (issue panel, admin page, its setup check) with sample data and AUI's stylesheet, then takes
# screenshots with Debian's headless Chromium into docs/screenshots/. Needs: JDK 17+, Maven, npm (for AUI,
# Apache-2.0, fetched into target/ and never committed), chromium and fonts-wqy-microhei (for the zh_CN panel).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
mkdir -p target/aui target/screens docs/screenshots
if [ ! -f target/aui/package/dist/aui/aui-prototyping.css ]; then
  (cd target/aui && npm pack --silent @atlassian/aui@9.13.6 >/dev/null && tar xzf atlassian-aui-9.13.6.tgz)
fi
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.retentiondesk.plugin.ScreenshotPages \
  target/screens "$PWD/target/aui/package/dist/aui/aui-prototyping.css"
# calibration.html of a generated world whose churn follows other hidden weights (README "Calibration")
cal=target/screens/calibration
rd() { java -cp "target/classes:$(cat target/test.classpath)" io.retentiondesk.report.RetentionDeskCommand "$@" >/dev/null; }
rm -rf "$cal"
rd generate --tickets 64000 --customers 4000 --out "$cal/export" \
  --churn-weights REOPENED=60,CALLBACK_FAILED=60,HANDOFFS=40,LOW_RATING=0,COMPLAINT=0
rd calibrate --issues "$cal"/export/issues-*.json --values "$cal/export/values.csv" \
  --callbacks "$cal/export/callbacks.csv" --as-of 2026-06-30T00:00:00Z --out "$cal/out"
cp "$cal/out/calibration.html" target/screens/calibration.html
profile=$(mktemp -d)
shot() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" --window-size="$2" \
  --screenshot="docs/screenshots/$1.png" "file://$PWD/target/screens/$1.html" 2>/dev/null; }
shot panel-at-risk-key 1200,760
shot panel-at-risk-key-zh 1200,760
shot panel-quiet-small 1200,520
shot admin-page 1200,2900
shot rates-page 1200,700
shot calibration 1200,1900
shot setup-section 1200,640
ls -l docs/screenshots
