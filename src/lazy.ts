/**
 * Dynamic import() of a CommonJS package from the bundle: esbuild hands back the module's exports
 * under `default` (a chunk of CommonJS code has no static named exports), while Node and the tests
 * give them as named exports. This takes either.
 */
export async function importCjs<T extends object>(load: Promise<T>): Promise<T> {
  const mod = (await load) as T & { default?: T }
  return mod.default && typeof mod.default === 'object' && Object.keys(mod).every((k) => k === 'default' || k === 'module.exports') ? mod.default : mod
}
