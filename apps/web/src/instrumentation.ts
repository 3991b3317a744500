/** When the server starts: check the settings (not on the first visitor's request) and set up the page cache. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { checkSettingsAtStartup } = await import('./lib/startup')
  checkSettingsAtStartup()
  const { keepTagsOfPagesRouterPages } = await import('./cache/pagesCacheTags')
  keepTagsOfPagesRouterPages()
}
