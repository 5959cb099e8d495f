/**
 * Each runner OS, decided from injected facts: which targets a host can smoke-test, the cgo check
 * per mode, Windows' file-operation retries (injected fs and clock), and gpg on Windows.
 */
import { describe, expect, it } from 'vitest'
import { cannotStartHere, hostRunFor } from '../../src/build/run-binary.js'
import { checkCgoTargets, readCgoConfig, type CgoCheckScope } from '../../src/build/cgo.js'
import { DEFAULT_DELAYS_MS, isTransientFsError, retryFs, retryingFileOps, type FileOps } from '../../src/fs-retry.js'
import { decideWindowsGpg, findGpg, isMsysGpg, toMsysPath } from '../../src/release/sign/gpg-windows.js'
import { parseTargets } from '../../src/plan/targets.js'
import { resolveRelease, type GoIndexRelease } from '../../src/tools/go-versions.js'
import { upxAsset } from '../../src/tools/upx.js'
import { zigHostKey } from '../../src/tools/zig.js'
import { parseGoVersionSpec } from '../../src/tools/go-versions.js'

const t = (s: string) => parseTargets(s)[0]!

describe('smoke-test: which targets a host runs', () => {
  const HOSTS = [
    ['linux', 'x64'],
    ['linux', 'arm64'],
    ['darwin', 'x64'],
    ['darwin', 'arm64'],
    ['win32', 'x64'],
    ['win32', 'arm64']
  ] as const
  const TARGETS = ['linux/amd64', 'linux/386', 'linux/arm64', 'linux/riscv64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64', 'windows/386', 'windows/arm64', 'freebsd/amd64'] as const
  // host → target → how ('n' native, 'e' the OS's emulation, 'q' qemu-user, '-' not at all)
  const WANT: Record<string, string> = {
    'linux/x64': 'n n q q - - - - - -',
    'linux/arm64': 'q q n q - - - - - -',
    'darwin/x64': '- - - - n - - - - -',
    'darwin/arm64': '- - - - e n - - - -',
    'win32/x64': '- - - - - - n n - -',
    'win32/arm64': '- - - - - - e e n -'
  }
  const code = { native: 'n', emulated: 'e', qemu: 'q', no: '-' } as const
  it.each(HOSTS)('on %s/%s', (platform, arch) => {
    const got = TARGETS.map((x) => code[hostRunFor(t(x), platform, arch).how]).join(' ')
    expect(got).toBe(WANT[`${platform}/${arch}`])
  })
  it('names the emulation', () => {
    expect(hostRunFor(t('darwin/amd64'), 'darwin', 'arm64')).toEqual({ how: 'emulated', by: 'Rosetta 2' })
    expect(hostRunFor(t('linux/arm/v7'), 'linux', 'x64')).toEqual({ how: 'qemu', arch: 'arm' })
  })
  it.each([
    ['ENOENT', true],
    ['EACCES', true],
    ['ENOEXEC', true],
    ['EBADARCH', true],
    ['EFTYPE', true],
    ['UNKNOWN', true],
    ['EMFILE', false],
    ['ENOMEM', false],
    [undefined, false]
  ] as const)('a spawn error %s means "cannot run here": %s', (c, want) => {
    expect(cannotStartHere(c ? { spawnErrorCode: c } : {})).toBe(want)
  })
})

describe('cgo check per mode', () => {
  const cgo = (value: string) => readCgoConfig((n) => (n === 'cgo' ? value : ''))
  const scope = (mode: CgoCheckScope['mode'], runnerPlatform: string, partial = false): CgoCheckScope => ({ mode, partial, runnerPlatform })
  const all = parseTargets('linux/amd64, darwin/arm64')
  it.each([
    ['plan', 'linux'],
    ['merge', 'linux'],
    ['merge', 'win32'],
    ['build', 'darwin']
  ] as const)('%s on %s accepts darwin cgo', (mode, platform) => {
    expect(() => checkCgoTargets(cgo('darwin/arm64'), all, scope(mode, platform))).not.toThrow()
  })
  it.each(['linux', 'win32'])('a build on %s refuses darwin cgo, pointing at plan', (platform) => {
    expect(() => checkCgoTargets(cgo('darwin/arm64'), all, scope('build', platform))).toThrow(
      new RegExp(`darwin/arm64: cgo for Apple platforms needs Apple's SDK, which a ${platform} runner cannot use; .*mode: plan puts it on macos-runs-on`)
    )
  })
  it('a partial job may have cgo name targets of the other jobs', () => {
    const share = parseTargets('linux/amd64')
    expect(() => checkCgoTargets(cgo('darwin/arm64'), share, scope('build', 'linux', true))).not.toThrow()
    expect(() => checkCgoTargets(cgo('darwin/arm64'), share, scope('build', 'linux'))).toThrow(/cgo names darwin\/arm64, which targets does not build/)
    // a partial job on Linux whose own share is darwin cgo is still refused
    expect(() => checkCgoTargets(cgo('darwin/arm64'), all, scope('build', 'linux', true))).toThrow(/Apple's SDK/)
  })
})

describe('fs-retry', () => {
  const err = (code: string) => Object.assign(new Error(`${code}: resource busy or locked`), { code })
  /** An fs whose ops fail with `codes` in turn, then succeed; and a clock that only records. */
  function fake(codes: string[]) {
    const calls: string[] = []
    const sleeps: number[] = []
    const next = async (what: string) => {
      calls.push(what)
      const c = codes.shift()
      if (c) throw err(c)
    }
    const fs: FileOps = { rename: (a, b) => next(`rename ${a} ${b}`), rm: (p) => next(`rm ${p}`), cp: (a, b) => next(`cp ${a} ${b}`) }
    const sleep = async (ms: number) => void sleeps.push(ms)
    return { fs, calls, sleeps, sleep }
  }

  it.each(['EBUSY', 'EPERM', 'EACCES'])('retries %s on Windows until it passes', async (code) => {
    const f = fake([code, code])
    await retryingFileOps({ platform: 'win32', sleep: f.sleep }, f.fs).rename('a', 'b')
    expect(f.calls).toEqual(['rename a b', 'rename a b', 'rename a b'])
    expect(f.sleeps).toEqual(DEFAULT_DELAYS_MS.slice(0, 2))
  })

  it.each(['linux', 'darwin'] as const)('does not retry on %s', async (platform) => {
    const f = fake(['EBUSY'])
    await expect(retryingFileOps({ platform, sleep: f.sleep }, f.fs).rm('x')).rejects.toMatchObject({ code: 'EBUSY' })
    expect(f.calls).toHaveLength(1)
    expect(f.sleeps).toEqual([])
  })

  it('passes other errors through at once, unchanged', async () => {
    const f = fake(['ENOENT'])
    await expect(retryingFileOps({ platform: 'win32', sleep: f.sleep }, f.fs).rename('a', 'b')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(f.sleeps).toEqual([])
    expect(isTransientFsError(err('EXDEV'), 'win32')).toBe(false)
  })

  it('gives up after the last delay, saying what held it and how long it waited', async () => {
    const f = fake(Array(10).fill('EBUSY'))
    const logs: string[] = []
    const error = await retryFs('remove C:\\out', () => f.fs.rm('C:\\out'), { platform: 'win32', sleep: f.sleep, delaysMs: [10, 20], log: (m) => logs.push(m) }).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/^remove C:\\out: EBUSY: resource busy or locked \(still EBUSY after 3 tries over 0\.0 s; another process — often anti-virus/)
    expect(((error as Error).cause as { code: string }).code).toBe('EBUSY')
    expect(f.calls).toHaveLength(3)
    expect(logs).toEqual(['remove C:\\out: EBUSY, trying again in 10 ms (a file may be held by anti-virus)', 'remove C:\\out: EBUSY, trying again in 20 ms (a file may be held by anti-virus)'])
  })

  it('really waits with the default clock (a few ms)', async () => {
    let n = 0
    const started = Date.now()
    await retryFs('x', async () => { if (n++ < 2) throw err('EBUSY') }, { platform: 'win32', delaysMs: [2, 2] })
    expect(n).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(3)
  })
})

describe('gpg on Windows', () => {
  it.each([
    ['C:\\Users\\runneradmin\\AppData\\Local\\Temp\\gAbc123', '/c/Users/runneradmin/AppData/Local/Temp/gAbc123'],
    ['D:\\a\\_temp\\g1', '/d/a/_temp/g1'],
    ['D:/a/_temp/g1/', '/d/a/_temp/g1'],
    ['C:\\', '/c'],
    ['\\\\?\\C:\\x\\y', '/c/x/y'],
    ['\\\\server\\share\\dir', '//server/share/dir'],
    ['relative\\dir', undefined],
    ['/already/posix', undefined],
    ['', undefined]
  ])('toMsysPath(%j) = %j', (win, posix) => expect(toMsysPath(win)).toBe(posix))

  const GPG4WIN = 'gpg (GnuPG) 2.4.5\nlibgcrypt 1.10.3\nHome: C:\\Users\\runneradmin\\AppData\\Roaming\\gnupg\nSupported algorithms:\n'
  const MSYS = 'gpg (GnuPG) 2.4.5\nlibgcrypt 1.10.3\nHome: /c/Users/runneradmin/.gnupg\nSupported algorithms:\n'
  it.each([
    ['C:\\Program Files (x86)\\GnuPG\\bin\\gpg.exe', GPG4WIN, false],
    ['C:\\Program Files\\Git\\usr\\bin\\gpg.exe', GPG4WIN, true],
    ['C:\\tools\\gpg.exe', MSYS, true],
    ['C:\\tools\\gpg.exe', 'gpg (GnuPG) 2.2\nHome: ~/.gnupg\n', true],
    ['C:\\tools\\gpg.exe', 'no home line', false]
  ])('isMsysGpg(%j, …) = %s', (p, out, want) => expect(isMsysGpg(p, out)).toBe(want))

  const HOME = 'D:\\a\\_temp\\gAbc123'
  it('Gpg4win gets Windows paths', () => {
    const p = decideWindowsGpg({ gpg: 'C:\\Program Files (x86)\\GnuPG\\bin\\gpg.exe', versionOutput: GPG4WIN }, HOME)
    expect(p).toMatchObject({ flavor: 'native', gpgconf: 'C:\\Program Files (x86)\\GnuPG\\bin\\gpgconf.exe' })
    expect(p.homeArg(HOME)).toBe(HOME)
  })
  it("Git's MSYS gpg gets POSIX-form homes", () => {
    const p = decideWindowsGpg({ gpg: 'C:\\Program Files\\Git\\usr\\bin\\gpg.exe', versionOutput: MSYS }, HOME)
    expect(p).toMatchObject({ flavor: 'msys', gpgconf: 'C:\\Program Files\\Git\\usr\\bin\\gpgconf.exe' })
    expect(p.homeArg(HOME)).toBe('/d/a/_temp/gAbc123')
  })
  it.each([
    [{}, HOME, /sign: gpg is not on PATH on this Windows runner; install Gpg4win/],
    [{ gpg: 'C:\\x\\gpg.exe', versionError: 'exit 2: broken' }, HOME, /sign: C:\\x\\gpg\.exe --version failed \(exit 2: broken\); install Gpg4win/],
    [{ gpg: 'C:\\Program Files\\Git\\usr\\bin\\gpg.exe', versionOutput: MSYS }, 'temp\\g1', /MSYS gpg, which cannot use a home at temp\\g1 \(RUNNER_TEMP\); install Gpg4win/]
  ])('fails at setup, saying to install Gpg4win: %j', (found, home, message) => {
    expect(() => decideWindowsGpg(found, home)).toThrow(message)
  })
  it('looks nothing up off Windows, and asks which and --version on it', async () => {
    const asked: string[] = []
    const lookup = {
      which: async (n: string) => (asked.push(`which ${n}`), 'C:\\Program Files\\Git\\usr\\bin\\gpg.exe'),
      version: async (g: string) => (asked.push(`version ${g}`), { stdout: MSYS })
    }
    expect((await findGpg('linux', '/tmp/g', lookup)).gpg).toBe('gpg')
    expect(asked).toEqual([])
    expect((await findGpg('win32', HOME, lookup)).flavor).toBe('msys')
    expect(asked).toEqual(['which gpg', 'version C:\\Program Files\\Git\\usr\\bin\\gpg.exe'])
  })
})

describe('mode: plan pins one Go release, whatever the platform', () => {
  const rel = (version: string, stable = true, os = 'linux'): GoIndexRelease => ({
    version,
    stable,
    files: [{ filename: `${version}.${os}-amd64.tar.gz`, os, arch: 'amd64', version, sha256: 'a'.repeat(64), kind: 'archive' }]
  })
  const INDEX = [rel('go1.26.8'), rel('go1.26.7'), rel('go1.27rc1', false), rel('go1.25.9', true, 'darwin')]
  it.each([
    ['1.26', '1.26.8'],
    ['stable', '1.26.8'],
    ['oldstable', '1.25.9'],
    ['1.26.7', '1.26.7'],
    ['1.27rc1', '1.27.0-rc.1'],
    ['>=1.25 <1.26', '1.25.9']
  ])('%s → %s', (spec, want) => expect(resolveRelease(INDEX, parseGoVersionSpec(spec)).version).toBe(want))
  it('names the request when nothing matches', () => {
    expect(() => resolveRelease(INDEX, parseGoVersionSpec('1.19'))).toThrow(/go-version: no Go release matches "1\.19" in the release index \(newest stable: 1\.26\.8, 1\.26\.7, 1\.25\.9\)/)
  })
})

describe('installer decisions per runner host (linux/darwin/win32 × x64/arm64)', () => {
  it.each([
    ['linux', 'x64', 'upx-4.2.4-amd64_linux.tar.xz', 'upx'],
    ['linux', 'arm64', 'upx-4.2.4-arm64_linux.tar.xz', 'upx'],
    ['win32', 'x64', 'upx-4.2.4-win64.zip', 'upx.exe'],
    // Windows on Arm runs the x64 build through its emulation: UPX publishes no arm64 one
    ['win32', 'arm64', 'upx-4.2.4-win64.zip', 'upx.exe']
  ])('UPX on %s/%s: %s', (platform, arch, name, exe) => {
    expect(upxAsset('4.2.4', platform, arch)).toEqual({ name, dir: name.replace(/\.(tar\.xz|zip)$/, ''), exe })
  })

  it.each([['x64'], ['arm64']])('UPX on darwin/%s: none published, the message says to brew install it', (arch) => {
    expect(() => upxAsset('4.2.4', 'darwin', arch)).toThrow(/UPX publishes no macOS binary: install it first \(brew install upx\)/)
  })

  it.each([
    ['linux', 'x64', 'x86_64-linux'],
    ['linux', 'arm64', 'aarch64-linux'],
    ['darwin', 'x64', 'x86_64-macos'],
    ['darwin', 'arm64', 'aarch64-macos'],
    ['win32', 'x64', 'x86_64-windows'],
    ['win32', 'arm64', 'aarch64-windows']
  ])('zig on %s/%s: the index key %s', (platform, arch, key) => expect(zigHostKey(platform, arch)).toBe(key))

  it('zig refuses a host it has no build for', () => expect(() => zigHostKey('aix', 'ppc64')).toThrow(/zig publishes no toolchain for a aix\/ppc64 runner/))
})
