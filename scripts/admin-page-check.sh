#!/usr/bin/env bash
# Drives the admin page's value-file chooser in Debian's headless Chromium (playwright-core from npm, kept in
# target/): a small CSV lands in the import box, a file over 5 MB is refused with its message. Run after
# scripts/screenshots.sh, which renders target/screens/admin-page.html with the plugin's script. Needs npm, chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/browser-check
cd target/browser-check
[ -d node_modules/playwright-core ] || npm install --silent --no-save playwright-core@1.64 >/dev/null
printf 'customer,annual_value,potential\nAcme Logistics,250000,80\n' > values.csv
head -c 6000000 /dev/zero | tr '\0' 'a' > too-large.csv
cat > check.js <<'JS'
const { chromium } = require('playwright-core');
const assert = require('node:assert');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.goto('file://' + process.argv[2]);
    await page.setInputFiles('#rd-values-file', 'values.csv');
    await page.waitForFunction(() => document.getElementById('rd-values-text').value.includes('Acme'));
    assert.strictEqual(await page.inputValue('#rd-values-text'), 'customer,annual_value,potential\nAcme Logistics,250000,80\n');
    assert.match(await page.textContent('#rd-values-file-note'), /values\.csv loaded/);
    await page.setInputFiles('#rd-values-file', 'too-large.csv');
    await page.waitForFunction(() => document.getElementById('rd-values-file-note').textContent.includes('5 MB'));
    assert.strictEqual((await page.inputValue('#rd-values-text')).length, 57, 'the import box keeps the last good file');
    console.log('admin page value-file chooser: ok');
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e.message); process.exit(1); });
JS
node check.js "$PWD/../screens/admin-page.html"
