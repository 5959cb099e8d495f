/** The ten-target fixture the issues refer to: every first-class arch plus riscv64, windows/arm64 and freebsd. */
export const TEN_TARGETS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/386',
  'linux/riscv64',
  'darwin/amd64',
  'darwin/arm64',
  'windows/amd64',
  'windows/arm64',
  'freebsd/amd64'
]
