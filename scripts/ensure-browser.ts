// Makes sure the end-to-end tests have a Chromium: Playwright's own, the system's, or one it installs.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.ts';

let path = findChromium();
if (!path) {
  console.log('No Chromium found: trying `npx playwright install chromium`…');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  if (install.status === 0) path = findChromium();
}
if (!path) {
  console.error(
    [
      'The end-to-end tests need Chromium, and none could be found or downloaded.',
      'Install one of these, then run the tests again:',
      '  - Debian or Ubuntu:  sudo apt-get install -y chromium',
      '  - anywhere with internet access:  npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium for the tests: ${path}`);
