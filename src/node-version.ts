/**
 * The oldest Node.js loadgate runs on. undici 8, the engine's HTTP client, needs 22.19: on
 * an older Node it fails while its module loads (a TypeError on a zlib function that is not
 * there yet), before loadgate could say anything. So the entry points ask this first, before
 * anything that imports undici is loaded. The action itself runs on node24 (action.yml).
 */
export const MINIMUM_NODE_VERSION = '22.19.0';

type Version = readonly [major: number, minor: number, patch: number];

/** `24.1.0`, `v24.1.0` or `22.19` (a pre-release tag after it is ignored), else undefined. */
function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?![\d.])/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : undefined;
}

function isOlder(have: Version, need: Version): boolean {
  for (let i = 0; i < 3; i += 1) {
    if (have[i] !== need[i]) return have[i]! < need[i]!;
  }
  return false;
}

/**
 * Why a Node.js of `version` (as in `process.versions.node`) cannot run loadgate, e.g.
 * "needs Node.js 22.19 or newer (this is Node 20.20.2)"; undefined when it can, or when the
 * version cannot be read (then nothing is claimed about it).
 */
export function unsupportedNodeReason(
  version: string,
  minimum: string = MINIMUM_NODE_VERSION,
): string | undefined {
  const have = parseVersion(version);
  const need = parseVersion(minimum);
  if (have === undefined || need === undefined || !isOlder(have, need)) return undefined;
  const wanted = need[2] === 0 ? `${need[0]}.${need[1]}` : need.join('.');
  return `needs Node.js ${wanted} or newer (this is Node ${version.trim().replace(/^v/, '')})`;
}
