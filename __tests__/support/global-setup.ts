/** Builds the repacked release archives once per test run, before any test file starts. */
import { goAsset } from './assets.js'
import { corruptingUpxAsset, crashingUpxAsset, upxAsset } from './upx-assets.js'
import { muslCrossAsset, zigAsset } from './cgo-assets.js'

export default async function setup(): Promise<void> {
  await goAsset()
  await Promise.all([upxAsset(), crashingUpxAsset(), corruptingUpxAsset()])
  await zigAsset()
  await Promise.all([muslCrossAsset('x86_64-unknown-linux-musl'), muslCrossAsset('aarch64-unknown-linux-musl')])
}
