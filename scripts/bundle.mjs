// Bundles the action's entry points into dist/ (committed: the runner executes it without npm install).
// `--check` bundles into a temporary directory and fails when dist/ differs, so a stale dist/ is caught.
import { build } from 'esbuild'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const check = process.argv.includes('--check')
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = check ? await mkdtemp(path.join(tmpdir(), 'go-xbuild-dist-')) : path.join(root, 'dist')

// @actions/core (its OIDC client) and @actions/tool-cache import @actions/http-client at their top,
// and it imports undici: ~80 ms of parsing at every start-up. They get src/lazy-http-client.ts, which
// loads the real client on the first request (every method they call is async). ADR 0013.
const lazyHttpClient = {
  name: 'lazy-http-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client$/ }, (args) => {
      const from = args.importer.split(path.sep).join('/')
      return /\/node_modules\/@actions\/(core|tool-cache)\/lib\//.test(from) ? { path: path.join(root, 'src', 'lazy-http-client.ts') } : undefined
    })
  }
}

if (!check) await rm(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts' },
  outdir,
  bundle: true,
  splitting: true, // heavy clients (artifact, cache, signing) load lazily from their own chunks
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyHttpClient],
  // Some bundled dependencies are CommonJS and call require() on Node built-ins.
  banner: { js: "import { createRequire as __goxbuildCreateRequire } from 'node:module';\nconst require = __goxbuildCreateRequire(import.meta.url);" }
})

if (check) {
  const list = async dir => (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter(e => e.isFile()).map(e => path.relative(dir, path.join(e.parentPath, e.name))).sort()
  const want = await list(outdir)
  const have = await list(path.join(root, 'dist')).catch(() => [])
  const problems = []
  for (const f of new Set([...want, ...have])) {
    const a = await readFile(path.join(outdir, f)).catch(() => null)
    const b = await readFile(path.join(root, 'dist', f)).catch(() => null)
    if (!a) problems.push(`dist/${f} is not produced by the sources any more`)
    else if (!b) problems.push(`dist/${f} is missing`)
    else if (!a.equals(b)) problems.push(`dist/${f} differs from the sources`)
  }
  await rm(outdir, { recursive: true, force: true })
  if (problems.length) {
    console.error(`dist/ is stale; run \`npm run package\` and commit dist/:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  console.log('dist/ matches the sources')
}
