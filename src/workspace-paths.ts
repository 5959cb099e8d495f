/**
 * The workspace rule: every path go-xbuild reads from or writes to on the user's behalf
 * (working-directory, output-dir, archive-files) must resolve — symlinks included — inside the
 * workspace (GITHUB_WORKSPACE, or the current directory outside Actions). An absolute path is
 * accepted when it points inside (`${{ github.workspace }}/dist` is common in workflows); a
 * relative one with `..`, or one reached through a symlink, is judged by where it really leads.
 * Comparing real paths on both sides also keeps a workspace that is itself reached through a
 * symlink (macOS /tmp, a runner's _work link) working.
 */
import { lstat, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from './inputs-common.js'

/** `child` is `parent` or below it. Both absolute and already resolved. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

/**
 * A relative path that stays where it is put: forward slashes, no leading `/`, no drive letter,
 * no empty, `.` or `..` element, no backslash (a separator on Windows) and no control character.
 * Names read from untrusted text (a previous manifest, archive entries) must pass it.
 */
export function isPlainRelativePath(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (name === '' || /[\\\x00-\x1f\x7f]/.test(name) || /^[a-zA-Z]:/.test(name)) return false
  return name.split('/').every((e) => e !== '' && e !== '.' && e !== '..')
}

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code

/**
 * The real path of `p`, which may not exist yet: the real path of its deepest existing ancestor
 * plus the missing rest. A dangling symlink on the way is an error (creating through it would
 * land wherever it points once its target appears), and so is a file where a directory must be.
 */
export async function realpathOfMaybeMissing(p: string): Promise<string> {
  const missing: string[] = []
  for (let cur = path.resolve(p); ; cur = path.dirname(cur)) {
    let real: string
    try {
      real = await realpath(cur)
    } catch (error) {
      if (errno(error) !== 'ENOENT' && errno(error) !== 'ENOTDIR') throw error
      if (errno(error) === 'ENOENT' && (await lstat(cur).then(() => true, () => false))) throw new Error(`${cur} is a symlink that points nowhere`, { cause: error })
      if (cur === path.dirname(cur)) throw error
      missing.push(path.basename(cur))
      continue
    }
    if (missing.length && !(await stat(real)).isDirectory()) throw new Error(`${cur} is a file, not a directory`)
    return path.join(real, ...missing.reverse())
  }
}

/**
 * Resolves `value` (relative to `base`, or absolute) and checks that it leads inside the workspace.
 * Returns the path as written (not the real path), so messages and outputs read like the input.
 */
export async function resolveInsideWorkspace(input: string, value: string, base: string, workspace: string): Promise<string> {
  const resolved = path.resolve(base, value)
  let real: string
  let realWorkspace: string
  try {
    real = await realpathOfMaybeMissing(resolved)
    realWorkspace = await realpath(workspace)
  } catch (error) {
    throw new InputError(`${input}: "${value}" cannot be resolved: ${(error as Error).message}`, { cause: error })
  }
  if (!isInside(real, realWorkspace)) {
    throw new InputError(
      `${input}: "${value}" resolves to ${real}, outside the workspace ${realWorkspace}; ` +
        `${input} must stay inside the workspace (GITHUB_WORKSPACE): use a path inside it, without a symlink that leads out`
    )
  }
  return resolved
}
