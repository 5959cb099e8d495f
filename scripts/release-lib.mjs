// The checks a release of go-xbuild itself makes before anything is published (see RELEASING.md):
// the tag is a semver version tag, package.json says the same version, and CHANGELOG.md has its
// section, which becomes the release notes. Pure functions; scripts/release-check.mjs is the CLI.

const SEMVER_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/

export class ReleaseCheckError extends Error {}

/**
 * `v1.2.3` → { version: '1.2.3', major: 'v1', prerelease: false }; `v1.3.0-rc.1` is a prerelease
 * (the major tag does not move for it). Build metadata (`+x`) and anything else is refused.
 * @param {string} tag
 * @returns {{ version: string, major: string, prerelease: boolean }}
 */
export function parseReleaseTag(tag) {
  const m = SEMVER_TAG.exec(tag)
  if (!m) throw new ReleaseCheckError(`tag ${JSON.stringify(tag)} is not a release tag: push a semver version tag such as v1.2.3 or v1.3.0-rc.1`)
  return { version: tag.slice(1), major: `v${m[1]}`, prerelease: m[4] !== undefined }
}

/**
 * The body of `## [version]` in a Keep a Changelog file, up to the next `## ` heading, trimmed.
 * @param {string} changelog
 * @param {string} version
 * @returns {string}
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex((l) => new RegExp(`^## \\[${version.replace(/[.+]/g, '\\$&')}\\](\\s|$)`).test(l))
  if (start < 0) throw new ReleaseCheckError(`CHANGELOG.md has no "## [${version}]" section: move the Unreleased entries under it before tagging`)
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  if (end < 0) end = lines.length
  const body = lines.slice(start + 1, end).join('\n').trim()
  if (!body) throw new ReleaseCheckError(`CHANGELOG.md's "## [${version}]" section is empty: say what changed`)
  return body
}

/**
 * @param {{ tag: string, packageVersion: string, changelog: string }} input
 * @returns {{ version: string, major: string, prerelease: boolean, notes: string }}
 */
export function checkRelease({ tag, packageVersion, changelog }) {
  const t = parseReleaseTag(tag)
  if (packageVersion !== t.version) {
    throw new ReleaseCheckError(`package.json says version ${JSON.stringify(packageVersion)}, the tag says ${t.version}: set "version" to ${t.version} (npm version ${t.version} --no-git-tag-version) and commit before tagging`)
  }
  return { ...t, notes: changelogSection(changelog, t.version) }
}
