/** Builds the repacked release archives once per test run, before any test file starts. */
import { goAsset } from './assets.js'
import { corruptingUpxAsset, crashingUpxAsset, upxAsset } from './upx-assets.js'

export default async function setup(): Promise<void> {
  await goAsset()
  await Promise.all([upxAsset(), crashingUpxAsset(), corruptingUpxAsset()])
}
