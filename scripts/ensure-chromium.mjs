/**
 * The browser tests need a Chromium. Nothing on npm may download one here, so
 * use the system's: CHROME_PATH, or Debian's /usr/bin/chromium, installing it
 * with apt when we are root on a Debian-like machine.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
if (candidates.some((p) => existsSync(p))) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log('thidua: Chromium not found; installing Debian’s chromium package (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit' });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'thidua: the component tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
    'or point CHROME_PATH at a Chrome/Chromium binary, then run the tests again.',
);
process.exit(1);
