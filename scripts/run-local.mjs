#!/usr/bin/env node
// Runs the bundled action on your machine the way a runner would, without GitHub:
//   npm run local                       # builds ./example for the default targets
//   npm run local -- path/to/module targets='linux/amd64 darwin/arm64' ldflags='-s -w'
// Any name=value argument becomes the input of that name. The results stay in output-dir.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const dir = path.resolve(args.find((a) => !a.includes('=')) ?? path.join(root, 'example'))
const runner = mkdtempSync(path.join(tmpdir(), 'go-xbuild-local-'))
const outputs = path.join(runner, 'outputs')
writeFileSync(outputs, '')
const env = { ...process.env, GITHUB_OUTPUT: outputs, RUNNER_TEMP: path.join(runner, 'temp'), GITHUB_WORKSPACE: dir }
for (const a of args.filter((a) => a.includes('='))) {
  const [k, ...v] = a.split('=')
  env[`INPUT_${k.toUpperCase()}`] = v.join('=')
}
const r = spawnSync(process.execPath, [path.join(root, 'dist', 'index.js')], { cwd: dir, env, stdio: 'inherit' })
const text = readFileSync(outputs, 'utf8')
const out = /output-dir<<(\S+)\n([^\n]*)\n/.exec(text)
if (r.status === 0 && out) console.log(`\nDone: ${out[2]}`)
process.exit(r.status ?? 1)
