import packageJson from '../package.json' with { type: 'json' };

/** The released version, shown in reports and results.json. */
export const TOOL_VERSION: string = packageJson.version;
export const TOOL_NAME = 'loadgate';
