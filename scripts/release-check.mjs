#!/usr/bin/env node
// Usage: node scripts/release-check.mjs <tag> [--notes-file <file>]
// Fails (exit 1, one line saying why and how to fix it) unless <tag> can be released; writes the
// CHANGELOG section to --notes-file and, on GitHub Actions, version/major/prerelease to GITHUB_OUTPUT.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkRelease, ReleaseCheckError } from './release-lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [tag, ...rest] = process.argv.slice(2)
const notesAt = rest.indexOf('--notes-file')
try {
  if (!tag) throw new ReleaseCheckError('usage: node scripts/release-check.mjs <tag> [--notes-file <file>]')
  const r = checkRelease({
    tag,
    packageVersion: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version,
    changelog: readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
  })
  if (notesAt >= 0) writeFileSync(rest[notesAt + 1], `${r.notes}\n`)
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `version=${r.version}\nmajor=${r.major}\nprerelease=${r.prerelease}\n`)
  console.log(`${tag}: version ${r.version}, ${r.prerelease ? 'a prerelease (the major tag stays)' : `moves ${r.major}`}`)
} catch (error) {
  if (!(error instanceof ReleaseCheckError)) throw error
  console.error(`release-check: ${error.message}`)
  process.exit(1)
}
