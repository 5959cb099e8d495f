import { run } from './main.js'
import { installTerminal } from './terminal.js'

// outside GitHub Actions, workflow commands become text for a person (src/terminal.ts)
const restore = installTerminal(process.env)
await run(process.env, { handleSignals: true })
restore()
