/** Setup file of every vitest project: after a test file's last test, its temporary directories go. */
import { afterAll } from 'vitest'
import { removeTempDirs } from './workspace.js'

afterAll(() => {
  removeTempDirs()
})
