// Installs Debian's chromium when it is missing (browser tests and benches drive /usr/bin/chromium;
// nothing downloads a browser build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing Debian chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    console.error('Could not install chromium with apt-get (are you root?).');
    process.exit(1);
  }
}
