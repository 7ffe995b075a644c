// `npm test` runs this first: the Debian packages whose programs the tests run, installed
// when a program is missing and this user can (root, or sudo without a password), else the
// command to install them and a non-zero exit. With everything present it only looks at PATH.
//
// Plain Node, no dependencies: it also runs on the system Node (20 on many machines) before
// `npm ci` has brought the pinned one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the tests need. `commands`: the programs they look for on PATH (or in `env` when it
 * is set); `service`: the system service the package starts on its default port, which the
 * tests do not use (they start their own on free loopback ports).
 */
const REQUIREMENTS = [
  {
    pkg: 'prometheus-pushgateway',
    commands: ['prometheus-pushgateway'],
    env: { 'prometheus-pushgateway': 'PUSHGATEWAY_BIN' },
    service: 'prometheus-pushgateway',
    why: 'the Pushgateway tests push to a real Pushgateway',
  },
  {
    pkg: 'prometheus',
    commands: ['prometheus', 'promtool'],
    service: 'prometheus',
    why: 'the Prometheus tests run a real server (the server-metrics tests: it scrapes a local exporter, the gate queries it); promtool checks the exposition text',
  },
  {
    pkg: 'libxml2-utils',
    commands: ['xmllint'],
    why: 'xmllint checks that junit.xml and report.html are well-formed',
  },
  {
    pkg: 'chromium',
    commands: ['chromium'],
    env: { chromium: 'CHROMIUM_BIN' },
    why: 'the report.html test renders the page in headless Chromium at two widths',
  },
];

/** The Debian packages run their services as this user; the tests run theirs as the caller. */
const SERVICE_USER = 'prometheus';
const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
// Wait for a lock held by another apt (unattended upgrades on a CI runner) instead of failing.
const APT_LOCK = ['-o', 'DPkg::Lock::Timeout=300'];

const say = (line) => console.log(`prepare-tests: ${line}`);
const fail = (line) => {
  console.error(`prepare-tests: ${line}`);
  process.exit(1);
};

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Whether `command` runs: a path to an executable, or a name found on PATH. */
function found(command) {
  if (command.includes('/')) return isExecutable(command);
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => isExecutable(path.join(dir, command)));
}

function missingCommands(requirement) {
  return requirement.commands.filter((command) => !found(process.env[requirement.env?.[command]] || command));
}

/** The prefix that runs a command as root: none for root, `sudo -n` when sudo needs no password. */
function rootPrefix() {
  if (process.getuid?.() === 0) return [];
  if (found('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0)
    return ['sudo', '-n'];
  return undefined;
}

function run(prefix, argv, env = process.env) {
  const [command, ...args] = [...prefix, ...argv];
  return spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function runApt(prefix, action, args = []) {
  const apt = ['apt-get', ...APT_LOCK, action, ...args];
  // sudo may reset the environment: give it the variable on its command line too.
  const argv = prefix.length > 0 ? ['DEBIAN_FRONTEND=noninteractive', ...apt] : apt;
  const result = run(prefix, argv, APT_ENV);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd().split('\n').slice(-15);
    if (output.length > 0 && output[0] !== '') console.error(output.join('\n'));
    fail(`apt-get ${action} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

/** Stops the service a package just started and keeps it from starting at boot. */
function stopService(prefix, service) {
  if (found('service')) run(prefix, ['service', service, 'stop']);
  if (existsSync('/run/systemd/system') && found('systemctl'))
    run(prefix, ['systemctl', 'disable', '--now', service]);
  else if (found('update-rc.d')) run(prefix, ['update-rc.d', service, 'disable']);
  // Without an init system to ask: only the service user's process of that name, never a test's.
  if (found('pkill')) run(prefix, ['pkill', '-x', '-u', SERVICE_USER, service]);
}

const missing = REQUIREMENTS.map((requirement) => ({
  ...requirement,
  missing: missingCommands(requirement),
})).filter((requirement) => requirement.missing.length > 0);
if (missing.length === 0) {
  say(`all present (${REQUIREMENTS.flatMap((requirement) => requirement.commands).join(', ')})`);
  process.exit(0);
}

const packages = missing.map((requirement) => requirement.pkg);
const commands = missing.flatMap((requirement) => requirement.missing);
const prefix = found('apt-get') ? rootPrefix() : undefined;
if (prefix === undefined) {
  for (const requirement of missing) {
    console.error(
      `prepare-tests: missing ${requirement.missing.join(', ')} (Debian package ${requirement.pkg}): ${requirement.why}`,
    );
  }
  console.error(`install with:\n  sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`);
  fail(
    found('apt-get')
      ? 'cannot install them here: not root, and sudo is missing or asks for a password'
      : 'cannot install them here: no apt-get on this machine (elsewhere, install the programs above)',
  );
}

const started = Date.now();
say(`installing ${packages.join(' ')} with apt-get (missing: ${commands.join(', ')})`);
runApt(prefix, 'update');
runApt(prefix, 'install', ['-y', '--no-install-recommends', ...packages]);
const services = missing.flatMap((requirement) => (requirement.service ? [requirement.service] : []));
for (const service of services) stopService(prefix, service);

const stillMissing = missing.flatMap(missingCommands);
if (stillMissing.length > 0)
  fail(`apt-get installed ${packages.join(' ')}, yet ${stillMissing.join(', ')} is not on PATH`);
const seconds = Math.round((Date.now() - started) / 1000);
const stopped =
  services.length > 0 ? `; stopped and disabled the services they start (${services.join(', ')})` : '';
say(`installed ${packages.join(' ')} in ${seconds} s${stopped}`);
