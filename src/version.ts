import packageJson from '../package.json' with { type: 'json' };

export const EVALGATE_VERSION: string = packageJson.version;
