import pkg from '../package.json' with { type: 'json' }

/** This action's own version, recorded in every manifest. */
export const GO_XBUILD_VERSION: string = pkg.version
