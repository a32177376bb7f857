#!/usr/bin/env node
import { relaunchIfWorthIt } from '../dist/bundle/relaunch.js'

// On a 2-core machine a large check runs faster in a Node with one V8 helper thread (see
// src/relaunch.ts); that Node runs this script again and does the check.
if (!(await relaunchIfWorthIt())) {
  const { main } = await import('../dist/bundle/cli.js')
  await main()
}
