// Types for release-lib.mjs (plain JavaScript, run by node without a build step).
export class ReleaseCheckError extends Error {}
export function parseReleaseTag(tag: string): { version: string; major: string; prerelease: boolean }
export function changelogSection(changelog: string, version: string): string
export function checkRelease(input: { tag: string; packageVersion: string; changelog: string }): { version: string; major: string; prerelease: boolean; notes: string }
