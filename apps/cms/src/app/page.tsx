import { redirect } from 'next/navigation'

/** The CMS has no public pages of its own: its root opens the admin. */
export default function Home() {
  redirect('/admin')
}
