/**
 * scripts/prepare-tests.mjs, run as `npm test` runs it, with PATH set to a folder of
 * stand-ins: apt-get (records its arguments and lays down the programs of the packages it
 * is asked for), sudo, service, systemctl, update-rc.d and pkill (record theirs). Nothing
 * outside that folder is run, so the machine's own packages are never touched.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('scripts/prepare-tests.mjs');
const ALL_COMMANDS = ['prometheus-pushgateway', 'prometheus', 'promtool', 'xmllint', 'chromium'];
const isRoot = process.getuid?.() === 0;
// As root, the script is also run as nobody: the path a developer without root takes.
const NOBODY = { uid: 65534, gid: 65534 };

const FAKE_APT = `#!/bin/sh
echo "apt-get $* DEBIAN_FRONTEND=$DEBIAN_FRONTEND" >> "$FAKE_LOG"
if [ -n "$FAKE_APT_FAIL" ]; then echo "E: $FAKE_APT_FAIL"; exit 100; fi
lay() { printf '#!/bin/sh\\n' > "$FAKE_BIN/$1"; /bin/chmod 755 "$FAKE_BIN/$1"; }
for arg in "$@"; do
  case "$arg" in
    prometheus-pushgateway) lay prometheus-pushgateway ;;
    prometheus) lay prometheus; lay promtool ;;
    libxml2-utils) [ -n "$FAKE_APT_NO_XMLLINT" ] || lay xmllint ;;
    chromium) lay chromium ;;
  esac
done
`;
const FAKE_SUDO = `#!/bin/sh
echo "sudo $*" >> "$FAKE_LOG"
[ "$1" = "-n" ] && shift
[ "$1" = "true" ] && exit "\${FAKE_SUDO_STATUS:-0}"
exec /usr/bin/env "$@"
`;
const recorder = (name: string): string => `#!/bin/sh\necho "${name} $*" >> "$FAKE_LOG"\n`;

let dir: string;
let bin: string;
let log: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-prepare-'));
  bin = path.join(dir, 'bin');
  log = path.join(dir, 'calls.log');
  writeFileSync(log, '');
  mkdirSync(bin);
  // nobody writes the log and lays programs in bin.
  for (const writable of [dir, bin, log]) chmodSync(writable, 0o777);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function place(name: string, body = '#!/bin/sh\n'): void {
  const file = path.join(bin, name);
  writeFileSync(file, body);
  chmodSync(file, 0o755);
}

function withStandIns(...tools: Array<'apt-get' | 'sudo' | 'init'>): void {
  if (tools.includes('apt-get')) place('apt-get', FAKE_APT);
  if (tools.includes('sudo')) place('sudo', FAKE_SUDO);
  if (tools.includes('init'))
    for (const tool of ['service', 'systemctl', 'update-rc.d', 'pkill']) place(tool, recorder(tool));
}

function prepare(env: Record<string, string> = {}, user: { uid?: number; gid?: number } = {}) {
  const result = spawnSync(process.execPath, [SCRIPT], {
    env: { PATH: bin, FAKE_BIN: bin, FAKE_LOG: log, ...env },
    encoding: 'utf8',
    timeout: 20_000,
    ...user,
  });
  const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

describe('prepare-tests with everything present', () => {
  it('says so in one line and calls nothing', () => {
    for (const command of ALL_COMMANDS) place(command);
    withStandIns('apt-get', 'sudo', 'init');
    const { code, stdout, stderr, calls } = prepare();
    expect(code).toBe(0);
    expect(stdout).toBe(`prepare-tests: all present (${ALL_COMMANDS.join(', ')})\n`);
    expect(stderr).toBe('');
    expect(calls).toEqual([]);
  });

  it('takes the Pushgateway from PUSHGATEWAY_BIN, as the tests do', () => {
    for (const command of ['prometheus', 'promtool', 'xmllint', 'chromium']) place(command);
    const elsewhere = path.join(dir, 'my-pushgateway');
    writeFileSync(elsewhere, '#!/bin/sh\n');
    chmodSync(elsewhere, 0o755);
    withStandIns('apt-get');
    expect(prepare({ PUSHGATEWAY_BIN: elsewhere })).toMatchObject({ code: 0, calls: [] });
    // Not executable: not there.
    chmodSync(elsewhere, 0o644);
    expect(prepare({ PUSHGATEWAY_BIN: elsewhere }).calls).toContain(
      'apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends prometheus-pushgateway DEBIAN_FRONTEND=noninteractive',
    );
  });
});

describe('prepare-tests and Chromium', () => {
  it("takes Chromium from CHROMIUM_BIN, and installs Debian's chromium when it is missing", () => {
    for (const command of ['prometheus-pushgateway', 'prometheus', 'promtool', 'xmllint']) place(command);
    const elsewhere = path.join(dir, 'my-chromium');
    writeFileSync(elsewhere, '#!/bin/sh\n');
    chmodSync(elsewhere, 0o755);
    withStandIns('apt-get', 'sudo', 'init');
    expect(prepare({ CHROMIUM_BIN: elsewhere })).toMatchObject({ code: 0, calls: [] });
    const { code, calls } = prepare({}, isRoot ? NOBODY : {});
    expect(code).toBe(0);
    expect(calls).toContain(
      'apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends chromium DEBIAN_FRONTEND=noninteractive',
    );
    expect(existsSync(path.join(bin, 'chromium'))).toBe(true);
  });
});

describe('prepare-tests installing what is missing', () => {
  it.runIf(isRoot)('as root: updates once, installs only the missing packages, stops their services', () => {
    place('prometheus');
    place('promtool');
    place('chromium');
    withStandIns('apt-get', 'init');
    const { code, stdout, stderr, calls } = prepare();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const apt = calls.filter((call) => call.startsWith('apt-get'));
    expect(apt).toEqual([
      'apt-get -o DPkg::Lock::Timeout=300 update DEBIAN_FRONTEND=noninteractive',
      'apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends prometheus-pushgateway libxml2-utils DEBIAN_FRONTEND=noninteractive',
    ]);
    // Only the service of the package installed now; prometheus was there before.
    const init = calls.filter((call) => !call.startsWith('apt-get'));
    expect(init).toContain('service prometheus-pushgateway stop');
    expect(init).toContain('pkill -x -u prometheus prometheus-pushgateway');
    expect(
      init.some((call) =>
        [
          'systemctl disable --now prometheus-pushgateway',
          'update-rc.d prometheus-pushgateway disable',
        ].includes(call),
      ),
    ).toBe(true);
    for (const call of [
      'service prometheus stop',
      'systemctl disable --now prometheus',
      'update-rc.d prometheus disable',
      'pkill -x -u prometheus prometheus',
    ]) {
      expect(init).not.toContain(call);
    }
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'prepare-tests: installing prometheus-pushgateway libxml2-utils with apt-get (missing: prometheus-pushgateway, xmllint)',
    );
    expect(lines.at(-1)).toMatch(
      /^prepare-tests: installed prometheus-pushgateway libxml2-utils in \d+ s; stopped and disabled the services they start \(prometheus-pushgateway\)$/,
    );
    for (const command of ALL_COMMANDS) expect(existsSync(path.join(bin, command))).toBe(true);
  });

  it('without root: through sudo -n when sudo needs no password', () => {
    place('prometheus-pushgateway');
    place('chromium');
    withStandIns('apt-get', 'sudo', 'init');
    const { code, stdout, stderr, calls } = prepare({}, isRoot ? NOBODY : {});
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(calls).toContain('sudo -n true');
    expect(calls).toContain(
      'sudo -n DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends prometheus libxml2-utils',
    );
    // The variable reaches apt-get through sudo's command line.
    expect(calls).toContain(
      'apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends prometheus libxml2-utils DEBIAN_FRONTEND=noninteractive',
    );
    expect(calls.filter((call) => call.endsWith(' update DEBIAN_FRONTEND=noninteractive'))).toHaveLength(1);
    expect(calls).toContain('sudo -n service prometheus stop');
    expect(stdout).toMatch(/prepare-tests: installed prometheus libxml2-utils in \d+ s;/);
  });
});

describe('prepare-tests when it cannot install', () => {
  function expectInstructions(stderr: string, packages: string, reason: string): void {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toContain(`  sudo apt-get install -y --no-install-recommends ${packages}`);
    expect(lines.at(-1)).toBe(`prepare-tests: ${reason}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  }

  it('without apt-get: names each missing program, its package and why, and exits 1', () => {
    place('prometheus-pushgateway');
    place('xmllint');
    place('chromium');
    const { code, stdout, stderr } = prepare();
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'prepare-tests: missing prometheus, promtool (Debian package prometheus): the Prometheus tests',
    );
    expect(stderr).not.toContain('xmllint');
    expectInstructions(
      stderr,
      'prometheus',
      'cannot install them here: no apt-get on this machine (elsewhere, install the programs above)',
    );
  });

  it('without root and with a sudo that asks for a password: calls no apt-get', () => {
    withStandIns('apt-get', 'sudo');
    const { code, stderr, calls } = prepare({ FAKE_SUDO_STATUS: '1' }, isRoot ? NOBODY : {});
    expect(code).toBe(1);
    expect(calls).toEqual(['sudo -n true']);
    expectInstructions(
      stderr,
      'prometheus-pushgateway prometheus libxml2-utils chromium',
      'cannot install them here: not root, and sudo is missing or asks for a password',
    );
  });

  it("when apt-get fails: shows the end of apt-get's output and exits 1", () => {
    withStandIns('apt-get', 'sudo');
    const { code, stderr } = prepare(
      { FAKE_APT_FAIL: 'Unable to locate package prometheus' },
      isRoot ? NOBODY : {},
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'E: Unable to locate package prometheus\nprepare-tests: apt-get update failed (exit 100)\n',
    );
  });

  it('when a program is still missing after the install: names it', () => {
    withStandIns('apt-get', 'sudo', 'init');
    const { code, stderr } = prepare({ FAKE_APT_NO_XMLLINT: '1' }, isRoot ? NOBODY : {});
    expect(code).toBe(1);
    expect(stderr).toBe(
      'prepare-tests: apt-get installed prometheus-pushgateway prometheus libxml2-utils chromium, yet xmllint is not on PATH\n',
    );
  });
});
