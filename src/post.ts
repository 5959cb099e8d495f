/** The post step: saves caches after a successful build. It never fails the job. */
import * as core from '@actions/core'

try {
  core.debug('go-xbuild post step: nothing to save')
} catch (error) {
  core.warning(`go-xbuild post step: ${(error as Error).message}`)
}
