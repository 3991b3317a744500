/**
 * Loaded with `node --import`: writes the address of every module the process resolves, one per
 * line, to the file RECORD_RESOLVED names, through Node's module customization hooks
 * (module.register), which see every import whatever loads it.
 */
import { register } from 'node:module'

register('./recordResolvedHooks.mjs', import.meta.url, { data: { file: process.env.RECORD_RESOLVED } })
