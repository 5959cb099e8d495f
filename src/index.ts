import { run } from './main.js'

await run(process.env, { handleSignals: true })
