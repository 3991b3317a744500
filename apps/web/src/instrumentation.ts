/** When the server starts: check the settings (not on the first visitor's request). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { checkSettingsAtStartup } = await import('./lib/startup')
  checkSettingsAtStartup()
}
