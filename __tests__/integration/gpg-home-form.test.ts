/**
 * The gpg signer with a GpgProgram as signing-setup picks it on Windows for Git's MSYS gpg: every
 * gpg and gpgconf call gets the home in the program's form (--homedir and GNUPGHOME alike). Here
 * the "MSYS" gpg is a wrapper around the real one that accepts only homes under /msys and strips
 * that prefix — so a single call with a native path fails the test.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanLeftovers } from '../../src/proc/leftovers.js'
import { openGpgSigner } from '../../src/release/sign/gpg.js'
import type { GpgProgram } from '../../src/release/sign/gpg-windows.js'
import { gpgKey, gpgVerify } from '../support/keys.js'
import { tempDir } from '../support/workspace.js'

function wrapper(dir: string, tool: 'gpg' | 'gpgconf', log: string): string {
  const real = execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim()
  const file = path.join(dir, tool)
  writeFileSync(
    file,
    `#!/bin/bash
echo "${tool} GNUPGHOME=$GNUPGHOME $*" >> '${log}'
[[ $GNUPGHOME == /msys/* ]] || { echo "GNUPGHOME not in MSYS form: $GNUPGHOME" >&2; exit 2; }
export GNUPGHOME=\${GNUPGHOME#/msys}
a=("$@")
[[ \${a[0]} == --homedir && \${a[1]} == /msys/* ]] || { echo "--homedir not in MSYS form: \${a[1]}" >&2; exit 2; }
a[1]=\${a[1]#/msys}
exec '${real}' "\${a[@]}"
`
  )
  chmodSync(file, 0o755)
  return file
}

describe('gpg with a home in another form (Windows: MSYS gpg)', () => {
  it('passes the converted home to every gpg and gpgconf call, signs, and still removes the home', async () => {
    const key = gpgKey('pass phrase')
    const bin = tempDir('msys-bin')
    const log = path.join(bin, 'calls.log')
    const program: GpgProgram = { gpg: wrapper(bin, 'gpg', log), gpgconf: wrapper(bin, 'gpgconf', log), homeArg: (h) => `/msys${h}`, flavor: 'msys' }
    const temp = tempDir('rt')
    const signer = await openGpgSigner(key.privateKey, 'pass phrase', temp, program)
    const file = path.join(tempDir('blob'), 'xapp-windows-amd64.exe')
    writeFileSync(file, 'MZ not really\n')
    const asc = await signer.sign(file)
    await signer.close()
    expect(gpgVerify(key.publicKey, file, asc)).toMatchObject({ ok: true })
    const calls = readFileSync(log, 'utf8').trim().split('\n')
    expect(calls.filter((c) => c.startsWith('gpg ')).length).toBeGreaterThanOrEqual(3)
    expect(calls.some((c) => c.startsWith('gpgconf ') && c.includes('--kill all'))).toBe(true)
    for (const c of calls) expect(c).toMatch(/GNUPGHOME=\/msys\/\S+ --homedir \/msys\//)
    expect(readdirSync(temp)).toEqual([])
    expect(existsSync(asc)).toBe(true)
  })

  it('the post step stops a left-behind agent through the same program, with the home in its form, and removes the home', async () => {
    const bin = tempDir('msys-bin')
    const log = path.join(bin, 'calls.log')
    const program: GpgProgram = { gpg: wrapper(bin, 'gpg', log), gpgconf: wrapper(bin, 'gpgconf', log), homeArg: (h) => `/msys${h}`, flavor: 'msys' }
    const temp = tempDir('rt')
    const home = path.join(temp, 'gABCDEF')
    mkdirSync(home, { mode: 0o700 })
    // an agent left running in that home, as after a SIGKILLed main step
    execFileSync('gpg-connect-agent', ['--homedir', home, '/bye'], { stdio: 'ignore' })
    const agents = () => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => /gpg-agent/.test(l) && l.includes(home))
    expect(agents().length).toBeGreaterThan(0)
    const said: string[] = []
    let lookups = 0
    await cleanLeftovers({ gnupgHomes: [home], dirs: [] }, temp, (m) => said.push(m), async () => (lookups++, program))
    expect(lookups).toBe(1)
    const calls = readFileSync(log, 'utf8').trim().split('\n')
    expect(calls).toEqual([`gpgconf GNUPGHOME=/msys${home} --homedir /msys${home} --kill all`])
    expect(said).toEqual([`cleanup: stopped the gpg-agent of ${home} and removed it`])
    expect(existsSync(home)).toBe(false)
    for (let i = 0; i < 30 && agents().length; i++) await new Promise((r) => setTimeout(r, 100))
    expect(agents()).toEqual([])
  })
})
