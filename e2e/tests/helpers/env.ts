/** Ports and accounts of the end-to-end stack: its own, so it never meets a developer's servers. */
export const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 3200)
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3201)
export const CMS = `http://localhost:${CMS_PORT}`
export const WEB = `http://localhost:${WEB_PORT}`
export const EDITOR = { email: 'editor-e2e@example.com', password: 'e2e-correct-horse-battery' }
export const REVALIDATE_SECRET = 'e2e-revalidate-secret-0123456789abcdef'
export const INQUIRY_API_KEY = 'e2e-inquiry-api-key-0123456789abcdef0123'
export const SEED_ARTICLE = {
  slug: 'hope-and-healing-for-those-who-have-betrayed',
  title: 'Hope and Healing for Those Who Have Betrayed: A Path Forward',
}
